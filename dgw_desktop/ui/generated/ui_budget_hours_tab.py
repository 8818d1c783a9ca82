# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_hours_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_BudgetHoursTab(object):
    def setupUi(self, BudgetHoursTab):
        if not BudgetHoursTab.objectName():
            BudgetHoursTab.setObjectName(u"BudgetHoursTab")
        BudgetHoursTab.resize(1100, 700)
        self.mainLayout = QVBoxLayout(BudgetHoursTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(BudgetHoursTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(BudgetHoursTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tableGroup = QGroupBox(self.splitter)
        self.tableGroup.setObjectName(u"tableGroup")
        self.tableLayout = QVBoxLayout(self.tableGroup)
        self.tableLayout.setObjectName(u"tableLayout")
        self.hoursView = QTableView(self.tableGroup)
        self.hoursView.setObjectName(u"hoursView")
        self.hoursView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.hoursView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.hoursView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.hoursView.setWordWrap(False)

        self.tableLayout.addWidget(self.hoursView)

        self.totalLabel = QLabel(self.tableGroup)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)
        self.totalLabel.setText(u"")

        self.tableLayout.addWidget(self.totalLabel)

        self.splitter.addWidget(self.tableGroup)
        self.chartGroup = QGroupBox(self.splitter)
        self.chartGroup.setObjectName(u"chartGroup")
        self.chartLayout = QVBoxLayout(self.chartGroup)
        self.chartLayout.setObjectName(u"chartLayout")
        self.metricLayout = QHBoxLayout()
        self.metricLayout.setObjectName(u"metricLayout")
        self.metricLabel = QLabel(self.chartGroup)
        self.metricLabel.setObjectName(u"metricLabel")

        self.metricLayout.addWidget(self.metricLabel)

        self.metricCombo = QComboBox(self.chartGroup)
        self.metricCombo.setObjectName(u"metricCombo")

        self.metricLayout.addWidget(self.metricCombo)

        self.metricSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.metricLayout.addItem(self.metricSpacer)

        self.metricLayout.setStretch(2, 1)

        self.chartLayout.addLayout(self.metricLayout)

        self.chartArea = QScrollArea(self.chartGroup)
        self.chartArea.setObjectName(u"chartArea")
        self.chartArea.setWidgetResizable(True)
        self.chartArea.setFrameShape(QFrame.NoFrame)
        self.chartPlaceholder = QWidget()
        self.chartPlaceholder.setObjectName(u"chartPlaceholder")
        self.chartArea.setWidget(self.chartPlaceholder)

        self.chartLayout.addWidget(self.chartArea)

        self.chartLayout.setStretch(1, 1)
        self.splitter.addWidget(self.chartGroup)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.metricLabel.setBuddy(self.metricCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hoursView, self.metricCombo)

        self.retranslateUi(BudgetHoursTab)

        QMetaObject.connectSlotsByName(BudgetHoursTab)
    # setupUi

    def retranslateUi(self, BudgetHoursTab):
        self.introLabel.setText(QCoreApplication.translate("BudgetHoursTab", u"The time asked of each municipality's employees, from the lines of hours that name whose staff works them (Lines tab: Role and Staff of).", None))
        self.tableGroup.setTitle(QCoreApplication.translate("BudgetHoursTab", u"Per municipality, role and phase", None))
        self.chartGroup.setTitle(QCoreApplication.translate("BudgetHoursTab", u"Chart", None))
        self.metricLabel.setText(QCoreApplication.translate("BudgetHoursTab", u"Sho&w:", None))
        pass
    # retranslateUi

