# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'origin_chooser_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_OriginChooserDialog(object):
    def setupUi(self, OriginChooserDialog):
        if not OriginChooserDialog.objectName():
            OriginChooserDialog.setObjectName(u"OriginChooserDialog")
        OriginChooserDialog.resize(820, 440)
        self.mainLayout = QVBoxLayout(OriginChooserDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.promptLabel = QLabel(OriginChooserDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)
        self.promptLabel.setText(u"Prompt")

        self.mainLayout.addWidget(self.promptLabel)

        self.filterEdit = QLineEdit(OriginChooserDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.filterEdit)

        self.choiceView = QTableView(OriginChooserDialog)
        self.choiceView.setObjectName(u"choiceView")
        self.choiceView.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.choiceView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.choiceView.setAlternatingRowColors(True)
        self.choiceView.setTabKeyNavigation(False)
        self.choiceView.setWordWrap(False)

        self.mainLayout.addWidget(self.choiceView)

        self.noteLabel = QLabel(OriginChooserDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(OriginChooserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.filterEdit, self.choiceView)

        self.retranslateUi(OriginChooserDialog)

        QMetaObject.connectSlotsByName(OriginChooserDialog)
    # setupUi

    def retranslateUi(self, OriginChooserDialog):
        OriginChooserDialog.setWindowTitle(QCoreApplication.translate("OriginChooserDialog", u"Choose themes or challenges", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("OriginChooserDialog", u"Type to find a theme or challenge", None))
        self.noteLabel.setText(QCoreApplication.translate("OriginChooserDialog", u"\u201cFeeds topics\u201d shows the topics a theme or challenge already feeds. Select several with Ctrl or Shift and the arrow keys.", None))
    # retranslateUi

