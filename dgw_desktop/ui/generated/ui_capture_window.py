# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'capture_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QLineEdit, QListView, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CaptureWindow(object):
    def setupUi(self, CaptureWindow):
        if not CaptureWindow.objectName():
            CaptureWindow.setObjectName(u"CaptureWindow")
        CaptureWindow.resize(1280, 800)
        self.mainLayout = QVBoxLayout(CaptureWindow)
        self.mainLayout.setSpacing(14)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(40, 24, 40, 24)
        self.headerLabel = QLabel(CaptureWindow)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"Workshop")
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.tagLayout = QHBoxLayout()
        self.tagLayout.setSpacing(12)
        self.tagLayout.setObjectName(u"tagLayout")

        self.mainLayout.addLayout(self.tagLayout)

        self.recentView = QListView(CaptureWindow)
        self.recentView.setObjectName(u"recentView")
        self.recentView.setFocusPolicy(Qt.NoFocus)
        self.recentView.setWordWrap(True)
        self.recentView.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.recentView.setSelectionMode(QAbstractItemView.NoSelection)
        self.recentView.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.recentView)

        self.saidByEdit = QLineEdit(CaptureWindow)
        self.saidByEdit.setObjectName(u"saidByEdit")

        self.mainLayout.addWidget(self.saidByEdit)

        self.inputEdit = QLineEdit(CaptureWindow)
        self.inputEdit.setObjectName(u"inputEdit")

        self.mainLayout.addWidget(self.inputEdit)

        self.statusLabel = QLabel(CaptureWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.mainLayout.addWidget(self.statusLabel)

        self.hintLabel = QLabel(CaptureWindow)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setText(u"")

        self.mainLayout.addWidget(self.hintLabel)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(CaptureWindow)

        QMetaObject.connectSlotsByName(CaptureWindow)
    # setupUi

    def retranslateUi(self, CaptureWindow):
        CaptureWindow.setWindowTitle(QCoreApplication.translate("CaptureWindow", u"Live capture", None))
        self.saidByEdit.setPlaceholderText(QCoreApplication.translate("CaptureWindow", u"Who said it (optional)", None))
        self.inputEdit.setPlaceholderText(QCoreApplication.translate("CaptureWindow", u"Type a challenge and press Enter", None))
    # retranslateUi

