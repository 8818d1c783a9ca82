# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_lines_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_BudgetLinesTab(object):
    def setupUi(self, BudgetLinesTab):
        if not BudgetLinesTab.objectName():
            BudgetLinesTab.setObjectName(u"BudgetLinesTab")
        BudgetLinesTab.resize(1100, 700)
        self.mainLayout = QVBoxLayout(BudgetLinesTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.verticalSplitter = QSplitter(BudgetLinesTab)
        self.verticalSplitter.setObjectName(u"verticalSplitter")
        self.verticalSplitter.setOrientation(Qt.Vertical)
        self.verticalSplitter.setChildrenCollapsible(False)
        self.linesGroup = QGroupBox(self.verticalSplitter)
        self.linesGroup.setObjectName(u"linesGroup")
        self.linesLayout = QVBoxLayout(self.linesGroup)
        self.linesLayout.setObjectName(u"linesLayout")
        self.linesView = QTableView(self.linesGroup)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setAlternatingRowColors(True)
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.linesView.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.linesView.setWordWrap(False)

        self.linesLayout.addWidget(self.linesView)

        self.lineButtons = QHBoxLayout()
        self.lineButtons.setObjectName(u"lineButtons")
        self.addLineButton = QPushButton(self.linesGroup)
        self.addLineButton.setObjectName(u"addLineButton")

        self.lineButtons.addWidget(self.addLineButton)

        self.deleteLinesButton = QPushButton(self.linesGroup)
        self.deleteLinesButton.setObjectName(u"deleteLinesButton")

        self.lineButtons.addWidget(self.deleteLinesButton)

        self.linesHintLabel = QLabel(self.linesGroup)
        self.linesHintLabel.setObjectName(u"linesHintLabel")
        self.linesHintLabel.setWordWrap(True)
        self.linesHintLabel.setStyleSheet(u"color: #555;")

        self.lineButtons.addWidget(self.linesHintLabel)

        self.phasesButton = QPushButton(self.linesGroup)
        self.phasesButton.setObjectName(u"phasesButton")

        self.lineButtons.addWidget(self.phasesButton)

        self.lineButtons.setStretch(2, 1)

        self.linesLayout.addLayout(self.lineButtons)

        self.verticalSplitter.addWidget(self.linesGroup)
        self.bottomSplitter = QSplitter(self.verticalSplitter)
        self.bottomSplitter.setObjectName(u"bottomSplitter")
        self.bottomSplitter.setOrientation(Qt.Horizontal)
        self.bottomSplitter.setChildrenCollapsible(False)
        self.totalsGroup = QGroupBox(self.bottomSplitter)
        self.totalsGroup.setObjectName(u"totalsGroup")
        self.totalsLayout = QVBoxLayout(self.totalsGroup)
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.totalsView = QTableView(self.totalsGroup)
        self.totalsView.setObjectName(u"totalsView")
        self.totalsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.totalsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.totalsView.setWordWrap(False)

        self.totalsLayout.addWidget(self.totalsView)

        self.grandTotalLabel = QLabel(self.totalsGroup)
        self.grandTotalLabel.setObjectName(u"grandTotalLabel")
        self.grandTotalLabel.setWordWrap(True)
        self.grandTotalLabel.setText(u"")

        self.totalsLayout.addWidget(self.grandTotalLabel)

        self.totalsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.totalsLayout.addItem(self.totalsSpacer)

        self.bottomSplitter.addWidget(self.totalsGroup)
        self.ratesGroup = QGroupBox(self.bottomSplitter)
        self.ratesGroup.setObjectName(u"ratesGroup")
        self.ratesLayout = QVBoxLayout(self.ratesGroup)
        self.ratesLayout.setObjectName(u"ratesLayout")
        self.ratesView = QTableView(self.ratesGroup)
        self.ratesView.setObjectName(u"ratesView")
        self.ratesView.setAlternatingRowColors(True)
        self.ratesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ratesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ratesView.setWordWrap(False)

        self.ratesLayout.addWidget(self.ratesView)

        self.newRateLayout = QHBoxLayout()
        self.newRateLayout.setObjectName(u"newRateLayout")
        self.rateNameEdit = QLineEdit(self.ratesGroup)
        self.rateNameEdit.setObjectName(u"rateNameEdit")

        self.newRateLayout.addWidget(self.rateNameEdit)

        self.rateAmountEdit = QLineEdit(self.ratesGroup)
        self.rateAmountEdit.setObjectName(u"rateAmountEdit")
        self.rateAmountEdit.setMaximumWidth(110)
        self.rateAmountEdit.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.newRateLayout.addWidget(self.rateAmountEdit)

        self.rateInternalCheck = QCheckBox(self.ratesGroup)
        self.rateInternalCheck.setObjectName(u"rateInternalCheck")
        self.rateInternalCheck.setChecked(True)

        self.newRateLayout.addWidget(self.rateInternalCheck)

        self.addRateButton = QPushButton(self.ratesGroup)
        self.addRateButton.setObjectName(u"addRateButton")

        self.newRateLayout.addWidget(self.addRateButton)

        self.newRateLayout.setStretch(0, 1)

        self.ratesLayout.addLayout(self.newRateLayout)

        self.rateButtons = QHBoxLayout()
        self.rateButtons.setObjectName(u"rateButtons")
        self.deleteRateButton = QPushButton(self.ratesGroup)
        self.deleteRateButton.setObjectName(u"deleteRateButton")

        self.rateButtons.addWidget(self.deleteRateButton)

        self.rateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rateButtons.addItem(self.rateSpacer)

        self.defaultRateLabel = QLabel(self.ratesGroup)
        self.defaultRateLabel.setObjectName(u"defaultRateLabel")

        self.rateButtons.addWidget(self.defaultRateLabel)

        self.defaultRateCombo = QComboBox(self.ratesGroup)
        self.defaultRateCombo.setObjectName(u"defaultRateCombo")
        self.defaultRateCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.rateButtons.addWidget(self.defaultRateCombo)

        self.rateButtons.setStretch(1, 1)

        self.ratesLayout.addLayout(self.rateButtons)

        self.ratesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ratesLayout.addItem(self.ratesSpacer)

        self.bottomSplitter.addWidget(self.ratesGroup)
        self.verticalSplitter.addWidget(self.bottomSplitter)

        self.mainLayout.addWidget(self.verticalSplitter)

#if QT_CONFIG(shortcut)
        self.defaultRateLabel.setBuddy(self.defaultRateCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.linesView, self.addLineButton)
        QWidget.setTabOrder(self.addLineButton, self.deleteLinesButton)
        QWidget.setTabOrder(self.deleteLinesButton, self.phasesButton)
        QWidget.setTabOrder(self.phasesButton, self.totalsView)
        QWidget.setTabOrder(self.totalsView, self.ratesView)
        QWidget.setTabOrder(self.ratesView, self.rateNameEdit)
        QWidget.setTabOrder(self.rateNameEdit, self.rateAmountEdit)
        QWidget.setTabOrder(self.rateAmountEdit, self.rateInternalCheck)
        QWidget.setTabOrder(self.rateInternalCheck, self.addRateButton)
        QWidget.setTabOrder(self.addRateButton, self.deleteRateButton)
        QWidget.setTabOrder(self.deleteRateButton, self.defaultRateCombo)

        self.retranslateUi(BudgetLinesTab)

        QMetaObject.connectSlotsByName(BudgetLinesTab)
    # setupUi

    def retranslateUi(self, BudgetLinesTab):
        self.linesGroup.setTitle(QCoreApplication.translate("BudgetLinesTab", u"Budget lines", None))
#if QT_CONFIG(tooltip)
        self.addLineButton.setToolTip(QCoreApplication.translate("BudgetLinesTab", u"A new line in the phase and category of the current line (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.addLineButton.setText(QCoreApplication.translate("BudgetLinesTab", u"Ne&w line", None))
#if QT_CONFIG(tooltip)
        self.deleteLinesButton.setToolTip(QCoreApplication.translate("BudgetLinesTab", u"Delete the lines of the selected cells (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteLinesButton.setText(QCoreApplication.translate("BudgetLinesTab", u"&Delete lines", None))
        self.linesHintLabel.setText(QCoreApplication.translate("BudgetLinesTab", u"Type in a cell and press Enter. Hours like 12,5; amounts like 1.234,56. Grey cells do not apply to the kind of line.", None))
#if QT_CONFIG(tooltip)
        self.phasesButton.setToolTip(QCoreApplication.translate("BudgetLinesTab", u"Add, rename, delete and order the phases and cost categories", None))
#endif // QT_CONFIG(tooltip)
        self.phasesButton.setText(QCoreApplication.translate("BudgetLinesTab", u"&Phases and cost categories\u2026", None))
        self.totalsGroup.setTitle(QCoreApplication.translate("BudgetLinesTab", u"Totals per phase and category", None))
        self.ratesGroup.setTitle(QCoreApplication.translate("BudgetLinesTab", u"Hourly rates", None))
        self.rateNameEdit.setPlaceholderText(QCoreApplication.translate("BudgetLinesTab", u"New rate, e.g. data-analist intern", None))
        self.rateAmountEdit.setPlaceholderText(QCoreApplication.translate("BudgetLinesTab", u"\u20ac per hour", None))
        self.rateInternalCheck.setText(QCoreApplication.translate("BudgetLinesTab", u"Inte&rnal", None))
        self.addRateButton.setText(QCoreApplication.translate("BudgetLinesTab", u"Add ra&te", None))
        self.deleteRateButton.setText(QCoreApplication.translate("BudgetLinesTab", u"Remo&ve rate", None))
        self.defaultRateLabel.setText(QCoreApplication.translate("BudgetLinesTab", u"Default &internal rate:", None))
        pass
    # retranslateUi

