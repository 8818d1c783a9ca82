# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_funding_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSplitter, QTableView, QTreeView, QVBoxLayout,
    QWidget)

class Ui_BudgetFundingTab(object):
    def setupUi(self, BudgetFundingTab):
        if not BudgetFundingTab.objectName():
            BudgetFundingTab.setObjectName(u"BudgetFundingTab")
        BudgetFundingTab.resize(1100, 700)
        self.mainLayout = QVBoxLayout(BudgetFundingTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.verticalSplitter = QSplitter(BudgetFundingTab)
        self.verticalSplitter.setObjectName(u"verticalSplitter")
        self.verticalSplitter.setOrientation(Qt.Vertical)
        self.verticalSplitter.setChildrenCollapsible(False)
        self.sourcesGroup = QGroupBox(self.verticalSplitter)
        self.sourcesGroup.setObjectName(u"sourcesGroup")
        self.sourcesLayout = QVBoxLayout(self.sourcesGroup)
        self.sourcesLayout.setObjectName(u"sourcesLayout")
        self.sourcesView = QTableView(self.sourcesGroup)
        self.sourcesView.setObjectName(u"sourcesView")
        self.sourcesView.setAlternatingRowColors(True)
        self.sourcesView.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.sourcesView.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.sourcesView.setWordWrap(False)

        self.sourcesLayout.addWidget(self.sourcesView)

        self.sourceButtons = QHBoxLayout()
        self.sourceButtons.setObjectName(u"sourceButtons")
        self.addSourceButton = QPushButton(self.sourcesGroup)
        self.addSourceButton.setObjectName(u"addSourceButton")

        self.sourceButtons.addWidget(self.addSourceButton)

        self.deleteSourceButton = QPushButton(self.sourcesGroup)
        self.deleteSourceButton.setObjectName(u"deleteSourceButton")

        self.sourceButtons.addWidget(self.deleteSourceButton)

        self.sourcesHintLabel = QLabel(self.sourcesGroup)
        self.sourcesHintLabel.setObjectName(u"sourcesHintLabel")
        self.sourcesHintLabel.setWordWrap(True)
        self.sourcesHintLabel.setStyleSheet(u"color: #555;")

        self.sourceButtons.addWidget(self.sourcesHintLabel)

        self.sourceButtons.setStretch(2, 1)

        self.sourcesLayout.addLayout(self.sourceButtons)

        self.verticalSplitter.addWidget(self.sourcesGroup)
        self.balanceGroup = QGroupBox(self.verticalSplitter)
        self.balanceGroup.setObjectName(u"balanceGroup")
        self.balanceLayout = QVBoxLayout(self.balanceGroup)
        self.balanceLayout.setObjectName(u"balanceLayout")
        self.balanceView = QTreeView(self.balanceGroup)
        self.balanceView.setObjectName(u"balanceView")
        self.balanceView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.balanceView.setAlternatingRowColors(False)
        self.balanceView.setUniformRowHeights(True)
        self.balanceView.setWordWrap(False)

        self.balanceLayout.addWidget(self.balanceView)

        self.verticalSplitter.addWidget(self.balanceGroup)

        self.mainLayout.addWidget(self.verticalSplitter)

        QWidget.setTabOrder(self.sourcesView, self.addSourceButton)
        QWidget.setTabOrder(self.addSourceButton, self.deleteSourceButton)
        QWidget.setTabOrder(self.deleteSourceButton, self.balanceView)

        self.retranslateUi(BudgetFundingTab)

        QMetaObject.connectSlotsByName(BudgetFundingTab)
    # setupUi

    def retranslateUi(self, BudgetFundingTab):
        self.sourcesGroup.setTitle(QCoreApplication.translate("BudgetFundingTab", u"Funding sources", None))
#if QT_CONFIG(tooltip)
        self.addSourceButton.setToolTip(QCoreApplication.translate("BudgetFundingTab", u"A new funding source (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.addSourceButton.setText(QCoreApplication.translate("BudgetFundingTab", u"Ne&w source", None))
#if QT_CONFIG(tooltip)
        self.deleteSourceButton.setToolTip(QCoreApplication.translate("BudgetFundingTab", u"Delete the funding source of the current cell (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteSourceButton.setText(QCoreApplication.translate("BudgetFundingTab", u"&Delete source", None))
        self.sourcesHintLabel.setText(QCoreApplication.translate("BudgetFundingTab", u"Type in a cell and press Enter; amounts like 50.000 or 1.234,56.", None))
        self.balanceGroup.setTitle(QCoreApplication.translate("BudgetFundingTab", u"Costs against funding: gap or surplus per scenario and municipality", None))
        pass
    # retranslateUi

