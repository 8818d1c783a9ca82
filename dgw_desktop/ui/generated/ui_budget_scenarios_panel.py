# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_scenarios_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_BudgetScenariosPanel(object):
    def setupUi(self, BudgetScenariosPanel):
        if not BudgetScenariosPanel.objectName():
            BudgetScenariosPanel.setObjectName(u"BudgetScenariosPanel")
        BudgetScenariosPanel.resize(560, 340)
        self.mainLayout = QVBoxLayout(BudgetScenariosPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scenariosView = QTableView(BudgetScenariosPanel)
        self.scenariosView.setObjectName(u"scenariosView")
        self.scenariosView.setAlternatingRowColors(True)
        self.scenariosView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.scenariosView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.scenariosView.setWordWrap(False)

        self.mainLayout.addWidget(self.scenariosView)

        self.scenarioButtons = QGridLayout()
        self.scenarioButtons.setObjectName(u"scenarioButtons")
        self.scenarioNameEdit = QLineEdit(BudgetScenariosPanel)
        self.scenarioNameEdit.setObjectName(u"scenarioNameEdit")

        self.scenarioButtons.addWidget(self.scenarioNameEdit, 0, 0, 1, 1)

        self.addScenarioButton = QPushButton(BudgetScenariosPanel)
        self.addScenarioButton.setObjectName(u"addScenarioButton")

        self.scenarioButtons.addWidget(self.addScenarioButton, 0, 1, 1, 1)

        self.proposalButton = QPushButton(BudgetScenariosPanel)
        self.proposalButton.setObjectName(u"proposalButton")

        self.scenarioButtons.addWidget(self.proposalButton, 1, 0, 1, 1)

        self.deleteScenarioButton = QPushButton(BudgetScenariosPanel)
        self.deleteScenarioButton.setObjectName(u"deleteScenarioButton")

        self.scenarioButtons.addWidget(self.deleteScenarioButton, 1, 1, 1, 1)


        self.mainLayout.addLayout(self.scenarioButtons)

        self.detailLayout = QHBoxLayout()
        self.detailLayout.setObjectName(u"detailLayout")
        self.membersLayout = QVBoxLayout()
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersLabel = QLabel(BudgetScenariosPanel)
        self.membersLabel.setObjectName(u"membersLabel")

        self.membersLayout.addWidget(self.membersLabel)

        self.membersView = QListView(BudgetScenariosPanel)
        self.membersView.setObjectName(u"membersView")

        self.membersLayout.addWidget(self.membersView)


        self.detailLayout.addLayout(self.membersLayout)

        self.categoryKeysLayout = QVBoxLayout()
        self.categoryKeysLayout.setObjectName(u"categoryKeysLayout")
        self.categoryKeysLabel = QLabel(BudgetScenariosPanel)
        self.categoryKeysLabel.setObjectName(u"categoryKeysLabel")

        self.categoryKeysLayout.addWidget(self.categoryKeysLabel)

        self.categoryKeysView = QTableView(BudgetScenariosPanel)
        self.categoryKeysView.setObjectName(u"categoryKeysView")
        self.categoryKeysView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.categoryKeysView.setWordWrap(False)

        self.categoryKeysLayout.addWidget(self.categoryKeysView)


        self.detailLayout.addLayout(self.categoryKeysLayout)

        self.detailLayout.setStretch(0, 4)
        self.detailLayout.setStretch(1, 5)

        self.mainLayout.addLayout(self.detailLayout)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.membersLabel.setBuddy(self.membersView)
        self.categoryKeysLabel.setBuddy(self.categoryKeysView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scenariosView, self.scenarioNameEdit)
        QWidget.setTabOrder(self.scenarioNameEdit, self.addScenarioButton)
        QWidget.setTabOrder(self.addScenarioButton, self.proposalButton)
        QWidget.setTabOrder(self.proposalButton, self.deleteScenarioButton)
        QWidget.setTabOrder(self.deleteScenarioButton, self.membersView)
        QWidget.setTabOrder(self.membersView, self.categoryKeysView)

        self.retranslateUi(BudgetScenariosPanel)

        QMetaObject.connectSlotsByName(BudgetScenariosPanel)
    # setupUi

    def retranslateUi(self, BudgetScenariosPanel):
        BudgetScenariosPanel.setTitle(QCoreApplication.translate("BudgetScenariosPanel", u"Scenarios", None))
        self.scenarioNameEdit.setPlaceholderText(QCoreApplication.translate("BudgetScenariosPanel", u"New scenario", None))
#if QT_CONFIG(tooltip)
        self.addScenarioButton.setToolTip(QCoreApplication.translate("BudgetScenariosPanel", u"A new scenario with the partners and key of the selected one", None))
#endif // QT_CONFIG(tooltip)
        self.addScenarioButton.setText(QCoreApplication.translate("BudgetScenariosPanel", u"Add scena&rio", None))
#if QT_CONFIG(tooltip)
        self.proposalButton.setToolTip(QCoreApplication.translate("BudgetScenariosPanel", u"The scenario the steering committee is asked to decide on", None))
#endif // QT_CONFIG(tooltip)
        self.proposalButton.setText(QCoreApplication.translate("BudgetScenariosPanel", u"Mark as &proposal", None))
        self.deleteScenarioButton.setText(QCoreApplication.translate("BudgetScenariosPanel", u"Delete scenari&o", None))
        self.membersLabel.setText(QCoreApplication.translate("BudgetScenariosPanel", u"Partners &in this scenario:", None))
        self.categoryKeysLabel.setText(QCoreApplication.translate("BudgetScenariosPanel", u"Key per &category (bold: a key of its own):", None))
    # retranslateUi

