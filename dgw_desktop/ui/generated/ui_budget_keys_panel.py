# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_keys_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_BudgetKeysPanel(object):
    def setupUi(self, BudgetKeysPanel):
        if not BudgetKeysPanel.objectName():
            BudgetKeysPanel.setObjectName(u"BudgetKeysPanel")
        BudgetKeysPanel.resize(460, 300)
        self.mainLayout = QVBoxLayout(BudgetKeysPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.keysView = QTableView(BudgetKeysPanel)
        self.keysView.setObjectName(u"keysView")
        self.keysView.setAlternatingRowColors(True)
        self.keysView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.keysView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.keysView.setWordWrap(False)

        self.mainLayout.addWidget(self.keysView)

        self.newKeyLayout = QHBoxLayout()
        self.newKeyLayout.setObjectName(u"newKeyLayout")
        self.keyNameEdit = QLineEdit(BudgetKeysPanel)
        self.keyNameEdit.setObjectName(u"keyNameEdit")

        self.newKeyLayout.addWidget(self.keyNameEdit)

        self.keyMethodCombo = QComboBox(BudgetKeysPanel)
        self.keyMethodCombo.setObjectName(u"keyMethodCombo")

        self.newKeyLayout.addWidget(self.keyMethodCombo)

        self.addKeyButton = QPushButton(BudgetKeysPanel)
        self.addKeyButton.setObjectName(u"addKeyButton")

        self.newKeyLayout.addWidget(self.addKeyButton)

        self.deleteKeyButton = QPushButton(BudgetKeysPanel)
        self.deleteKeyButton.setObjectName(u"deleteKeyButton")

        self.newKeyLayout.addWidget(self.deleteKeyButton)

        self.newKeyLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.newKeyLayout)

        self.sharesInfoLabel = QLabel(BudgetKeysPanel)
        self.sharesInfoLabel.setObjectName(u"sharesInfoLabel")
        self.sharesInfoLabel.setWordWrap(True)
        self.sharesInfoLabel.setStyleSheet(u"color: #555;")
        self.sharesInfoLabel.setText(u"")

        self.mainLayout.addWidget(self.sharesInfoLabel)

        self.sharesView = QTableView(BudgetKeysPanel)
        self.sharesView.setObjectName(u"sharesView")
        self.sharesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.sharesView.setWordWrap(False)

        self.mainLayout.addWidget(self.sharesView)

        self.sharesButtons = QHBoxLayout()
        self.sharesButtons.setObjectName(u"sharesButtons")
        self.sumLabel = QLabel(BudgetKeysPanel)
        self.sumLabel.setObjectName(u"sumLabel")
        self.sumLabel.setWordWrap(True)
        self.sumLabel.setText(u"")

        self.sharesButtons.addWidget(self.sumLabel)

        self.saveSharesButton = QPushButton(BudgetKeysPanel)
        self.saveSharesButton.setObjectName(u"saveSharesButton")

        self.sharesButtons.addWidget(self.saveSharesButton)

        self.resetSharesButton = QPushButton(BudgetKeysPanel)
        self.resetSharesButton.setObjectName(u"resetSharesButton")

        self.sharesButtons.addWidget(self.resetSharesButton)

        self.sharesButtons.setStretch(0, 1)

        self.mainLayout.addLayout(self.sharesButtons)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        QWidget.setTabOrder(self.keysView, self.keyNameEdit)
        QWidget.setTabOrder(self.keyNameEdit, self.keyMethodCombo)
        QWidget.setTabOrder(self.keyMethodCombo, self.addKeyButton)
        QWidget.setTabOrder(self.addKeyButton, self.deleteKeyButton)
        QWidget.setTabOrder(self.deleteKeyButton, self.sharesView)
        QWidget.setTabOrder(self.sharesView, self.saveSharesButton)
        QWidget.setTabOrder(self.saveSharesButton, self.resetSharesButton)

        self.retranslateUi(BudgetKeysPanel)

        QMetaObject.connectSlotsByName(BudgetKeysPanel)
    # setupUi

    def retranslateUi(self, BudgetKeysPanel):
        BudgetKeysPanel.setTitle(QCoreApplication.translate("BudgetKeysPanel", u"Cost-sharing keys", None))
        self.keyNameEdit.setPlaceholderText(QCoreApplication.translate("BudgetKeysPanel", u"New key", None))
        self.addKeyButton.setText(QCoreApplication.translate("BudgetKeysPanel", u"Add &key", None))
        self.deleteKeyButton.setText(QCoreApplication.translate("BudgetKeysPanel", u"Delete ke&y", None))
        self.saveSharesButton.setText(QCoreApplication.translate("BudgetKeysPanel", u"Save percen&tages", None))
        self.resetSharesButton.setText(QCoreApplication.translate("BudgetKeysPanel", u"Re&vert", None))
    # retranslateUi

