# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_comparison_panel.ui'
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

class Ui_BudgetComparisonPanel(object):
    def setupUi(self, BudgetComparisonPanel):
        if not BudgetComparisonPanel.objectName():
            BudgetComparisonPanel.setObjectName(u"BudgetComparisonPanel")
        BudgetComparisonPanel.resize(1100, 340)
        self.mainLayout = QVBoxLayout(BudgetComparisonPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(BudgetComparisonPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.tableSide = QWidget(self.splitter)
        self.tableSide.setObjectName(u"tableSide")
        self.tableLayout = QVBoxLayout(self.tableSide)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.comparisonView = QTableView(self.tableSide)
        self.comparisonView.setObjectName(u"comparisonView")
        self.comparisonView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.comparisonView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.comparisonView.setWordWrap(False)

        self.tableLayout.addWidget(self.comparisonView)

        self.noteLabel = QLabel(self.tableSide)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #555;")
        self.noteLabel.setText(u"")

        self.tableLayout.addWidget(self.noteLabel)

        self.tableLayout.setStretch(0, 1)
        self.splitter.addWidget(self.tableSide)
        self.chartSide = QWidget(self.splitter)
        self.chartSide.setObjectName(u"chartSide")
        self.chartLayout = QVBoxLayout(self.chartSide)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.metricLayout = QHBoxLayout()
        self.metricLayout.setObjectName(u"metricLayout")
        self.metricLabel = QLabel(self.chartSide)
        self.metricLabel.setObjectName(u"metricLabel")

        self.metricLayout.addWidget(self.metricLabel)

        self.metricCombo = QComboBox(self.chartSide)
        self.metricCombo.setObjectName(u"metricCombo")

        self.metricLayout.addWidget(self.metricCombo)

        self.metricSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.metricLayout.addItem(self.metricSpacer)

        self.metricLayout.setStretch(2, 1)

        self.chartLayout.addLayout(self.metricLayout)

        self.chartArea = QScrollArea(self.chartSide)
        self.chartArea.setObjectName(u"chartArea")
        self.chartArea.setWidgetResizable(True)
        self.chartArea.setFrameShape(QFrame.NoFrame)
        self.chartPlaceholder = QWidget()
        self.chartPlaceholder.setObjectName(u"chartPlaceholder")
        self.chartArea.setWidget(self.chartPlaceholder)

        self.chartLayout.addWidget(self.chartArea)

        self.chartLayout.setStretch(1, 1)
        self.splitter.addWidget(self.chartSide)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.metricLabel.setBuddy(self.metricCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.comparisonView, self.metricCombo)

        self.retranslateUi(BudgetComparisonPanel)

        QMetaObject.connectSlotsByName(BudgetComparisonPanel)
    # setupUi

    def retranslateUi(self, BudgetComparisonPanel):
        BudgetComparisonPanel.setTitle(QCoreApplication.translate("BudgetComparisonPanel", u"Scenarios compared: what each municipality pays", None))
        self.metricLabel.setText(QCoreApplication.translate("BudgetComparisonPanel", u"Chart sho&ws:", None))
    # retranslateUi

