# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wheel_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_WheelTab(object):
    def setupUi(self, WheelTab):
        if not WheelTab.objectName():
            WheelTab.setObjectName(u"WheelTab")
        WheelTab.resize(1000, 460)
        self.mainLayout = QHBoxLayout(WheelTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.wheelPanel = QWidget(WheelTab)
        self.wheelPanel.setObjectName(u"wheelPanel")
        self.wheelPanel.setMinimumSize(QSize(250, 0))
        self.wheelPanel.setMaximumSize(QSize(320, 16777215))
        self.wheelLayout = QVBoxLayout(self.wheelPanel)
        self.wheelLayout.setObjectName(u"wheelLayout")
        self.wheelLayout.setContentsMargins(0, 0, 0, 0)
        self.figuresLabel = QLabel(self.wheelPanel)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setWordWrap(True)
        self.figuresLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")
        self.figuresLabel.setText(u"")

        self.wheelLayout.addWidget(self.figuresLabel)

        self.ruleLabel = QLabel(self.wheelPanel)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setTextFormat(Qt.PlainText)
        self.ruleLabel.setStyleSheet(u"color: #555;")
        self.ruleLabel.setText(u"")

        self.wheelLayout.addWidget(self.ruleLabel)


        self.mainLayout.addWidget(self.wheelPanel)

        self.segmentTabs = QTabWidget(WheelTab)
        self.segmentTabs.setObjectName(u"segmentTabs")
        self.segmentTabs.setDocumentMode(True)

        self.mainLayout.addWidget(self.segmentTabs)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(WheelTab)

        QMetaObject.connectSlotsByName(WheelTab)
    # setupUi

    def retranslateUi(self, WheelTab):
        pass
    # retranslateUi

