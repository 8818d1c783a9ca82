# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(800, 600)
        self.outerLayout = QHBoxLayout(WelcomePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer)

        self.mainLayout = QVBoxLayout()
        self.mainLayout.setObjectName(u"mainLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.topSpacer)

        self.titleLabel = QLabel(WelcomePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 22pt; font-weight: 600;")
        self.titleLabel.setText(u"DGW Desktop")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(WelcomePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setMaximumSize(QSize(560, 16777215))

        self.mainLayout.addWidget(self.introLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(WelcomePage)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.openButton = QPushButton(WelcomePage)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.demoButton = QPushButton(WelcomePage)
        self.demoButton.setObjectName(u"demoButton")

        self.buttonLayout.addWidget(self.demoButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.recentLabel = QLabel(WelcomePage)
        self.recentLabel.setObjectName(u"recentLabel")
        self.recentLabel.setStyleSheet(u"font-weight: 600; margin-top: 12px;")

        self.mainLayout.addWidget(self.recentLabel)

        self.recentList = QListWidget(WelcomePage)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setMaximumSize(QSize(560, 200))

        self.mainLayout.addWidget(self.recentList)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.outerLayout.addLayout(self.mainLayout)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.introLabel.setText(QCoreApplication.translate("WelcomePage", u"Prepare a data-driven working pilot with several municipalities: workshops, shared challenges, topics, team and budget \u2014 all in one file on this laptop.", None))
        self.newButton.setText(QCoreApplication.translate("WelcomePage", u"&New project\u2026", None))
        self.openButton.setText(QCoreApplication.translate("WelcomePage", u"&Open\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePage", u"Open &demo project", None))
        self.recentLabel.setText(QCoreApplication.translate("WelcomePage", u"Recent projects", None))
        pass
    # retranslateUi

