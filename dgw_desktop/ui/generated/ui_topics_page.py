# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'topics_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_TopicsPage(object):
    def setupUi(self, TopicsPage):
        if not TopicsPage.objectName():
            TopicsPage.setObjectName(u"TopicsPage")
        TopicsPage.resize(1100, 760)
        self.mainLayout = QVBoxLayout(TopicsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(TopicsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.mainLayout.addWidget(self.titleLabel)

        self.pageTabs = QTabWidget(TopicsPage)
        self.pageTabs.setObjectName(u"pageTabs")
        self.pageTabs.setDocumentMode(True)
        self.topicsTab = QWidget()
        self.topicsTab.setObjectName(u"topicsTab")
        self.topicsLayout = QVBoxLayout(self.topicsTab)
        self.topicsLayout.setObjectName(u"topicsLayout")
        self.topicsLayout.setContentsMargins(0, -1, 0, 0)
        self.splitter = QSplitter(self.topicsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.topicView = QTableView(self.listPanel)
        self.topicView.setObjectName(u"topicView")
        self.topicView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.topicView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.topicView.setAlternatingRowColors(True)
        self.topicView.setSortingEnabled(True)
        self.topicView.setTabKeyNavigation(False)

        self.listLayout.addWidget(self.topicView)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(self.listPanel)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.newFromThemeButton = QPushButton(self.listPanel)
        self.newFromThemeButton.setObjectName(u"newFromThemeButton")

        self.listButtons.addWidget(self.newFromThemeButton)

        self.deleteButton = QPushButton(self.listPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)

        self.countLabel = QLabel(self.listPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.listButtons.addWidget(self.countLabel)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPanel)
        self.editorPanel = QWidget(self.splitter)
        self.editorPanel.setObjectName(u"editorPanel")
        self.editorLayout = QVBoxLayout(self.editorPanel)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyLabel = QLabel(self.editorPanel)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.emptyLabel)

        self.splitter.addWidget(self.editorPanel)

        self.topicsLayout.addWidget(self.splitter)

        self.pageTabs.addTab(self.topicsTab, "")

        self.mainLayout.addWidget(self.pageTabs)

        self.mainLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.topicView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.newFromThemeButton)
        QWidget.setTabOrder(self.newFromThemeButton, self.deleteButton)

        self.retranslateUi(TopicsPage)

        QMetaObject.connectSlotsByName(TopicsPage)
    # setupUi

    def retranslateUi(self, TopicsPage):
        self.titleLabel.setText(QCoreApplication.translate("TopicsPage", u"Topics", None))
        self.newButton.setText(QCoreApplication.translate("TopicsPage", u"&New topic\u2026", None))
        self.newFromThemeButton.setText(QCoreApplication.translate("TopicsPage", u"New topic from the&me\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("TopicsPage", u"&Delete topic", None))
        self.emptyLabel.setText(QCoreApplication.translate("TopicsPage", u"No topic selected. Make one with New topic or New topic from theme.", None))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.topicsTab), QCoreApplication.translate("TopicsPage", u"To&pics", None))
        pass
    # retranslateUi

