# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'voting_tab.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_VotingTab(object):
    def setupUi(self, VotingTab):
        if not VotingTab.objectName():
            VotingTab.setObjectName(u"VotingTab")
        VotingTab.resize(1100, 700)
        self.mainLayout = QVBoxLayout(VotingTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.chooserLayout = QHBoxLayout()
        self.chooserLayout.setObjectName(u"chooserLayout")
        self.workshopLabel = QLabel(VotingTab)
        self.workshopLabel.setObjectName(u"workshopLabel")

        self.chooserLayout.addWidget(self.workshopLabel)

        self.workshopCombo = QComboBox(VotingTab)
        self.workshopCombo.setObjectName(u"workshopCombo")
        self.workshopCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.workshopCombo.setMinimumContentsLength(18)

        self.chooserLayout.addWidget(self.workshopCombo)

        self.roundLabel = QLabel(VotingTab)
        self.roundLabel.setObjectName(u"roundLabel")

        self.chooserLayout.addWidget(self.roundLabel)

        self.roundCombo = QComboBox(VotingTab)
        self.roundCombo.setObjectName(u"roundCombo")
        self.roundCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.roundCombo.setMinimumContentsLength(14)

        self.chooserLayout.addWidget(self.roundCombo)

        self.newRoundButton = QPushButton(VotingTab)
        self.newRoundButton.setObjectName(u"newRoundButton")

        self.chooserLayout.addWidget(self.newRoundButton)

        self.editRoundButton = QPushButton(VotingTab)
        self.editRoundButton.setObjectName(u"editRoundButton")

        self.chooserLayout.addWidget(self.editRoundButton)

        self.deleteRoundButton = QPushButton(VotingTab)
        self.deleteRoundButton.setObjectName(u"deleteRoundButton")

        self.chooserLayout.addWidget(self.deleteRoundButton)

        self.chooserLayout.setStretch(1, 2)
        self.chooserLayout.setStretch(3, 2)

        self.mainLayout.addLayout(self.chooserLayout)

        self.budgetLabel = QLabel(VotingTab)
        self.budgetLabel.setObjectName(u"budgetLabel")
        self.budgetLabel.setStyleSheet(u"font-size: 14pt; padding: 4px 0;")
        self.budgetLabel.setText(u"")

        self.mainLayout.addWidget(self.budgetLabel)

        self.splitter = QSplitter(VotingTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.entryPanel = QWidget(self.splitter)
        self.entryPanel.setObjectName(u"entryPanel")
        self.entryLayout = QVBoxLayout(self.entryPanel)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLayout.setContentsMargins(0, 0, 6, 0)
        self.entryHeaderLayout = QHBoxLayout()
        self.entryHeaderLayout.setObjectName(u"entryHeaderLayout")
        self.entryLabel = QLabel(self.entryPanel)
        self.entryLabel.setObjectName(u"entryLabel")
        self.entryLabel.setStyleSheet(u"font-weight: 600;")

        self.entryHeaderLayout.addWidget(self.entryLabel)

        self.entrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryHeaderLayout.addItem(self.entrySpacer)

        self.filterEdit = QLineEdit(self.entryPanel)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(200, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.entryHeaderLayout.addWidget(self.filterEdit)


        self.entryLayout.addLayout(self.entryHeaderLayout)

        self.voteView = QTableView(self.entryPanel)
        self.voteView.setObjectName(u"voteView")
        self.voteView.setAlternatingRowColors(True)
        self.voteView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.voteView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.voteView.setSortingEnabled(True)
        self.voteView.setWordWrap(False)

        self.entryLayout.addWidget(self.voteView)

        self.hintLabel = QLabel(self.entryPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.entryLayout.addWidget(self.hintLabel)

        self.splitter.addWidget(self.entryPanel)
        self.resultsPanel = QWidget(self.splitter)
        self.resultsPanel.setObjectName(u"resultsPanel")
        self.resultsLayout = QVBoxLayout(self.resultsPanel)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(6, 0, 0, 0)
        self.resultsLabel = QLabel(self.resultsPanel)
        self.resultsLabel.setObjectName(u"resultsLabel")
        self.resultsLabel.setStyleSheet(u"font-weight: 600;")

        self.resultsLayout.addWidget(self.resultsLabel)

        self.chartArea = QScrollArea(self.resultsPanel)
        self.chartArea.setObjectName(u"chartArea")
        self.chartArea.setWidgetResizable(True)
        self.chartArea.setFrameShape(QFrame.StyledPanel)

        self.resultsLayout.addWidget(self.chartArea)

        self.resultsLayout.setStretch(1, 1)
        self.splitter.addWidget(self.resultsPanel)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.workshopLabel.setBuddy(self.workshopCombo)
        self.roundLabel.setBuddy(self.roundCombo)
        self.entryLabel.setBuddy(self.voteView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.workshopCombo, self.roundCombo)
        QWidget.setTabOrder(self.roundCombo, self.newRoundButton)
        QWidget.setTabOrder(self.newRoundButton, self.editRoundButton)
        QWidget.setTabOrder(self.editRoundButton, self.deleteRoundButton)
        QWidget.setTabOrder(self.deleteRoundButton, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.voteView)

        self.retranslateUi(VotingTab)

        QMetaObject.connectSlotsByName(VotingTab)
    # setupUi

    def retranslateUi(self, VotingTab):
        self.workshopLabel.setText(QCoreApplication.translate("VotingTab", u"&Workshop:", None))
        self.roundLabel.setText(QCoreApplication.translate("VotingTab", u"&Round:", None))
        self.newRoundButton.setText(QCoreApplication.translate("VotingTab", u"&New round\u2026", None))
        self.editRoundButton.setText(QCoreApplication.translate("VotingTab", u"Edit r&ound\u2026", None))
        self.deleteRoundButton.setText(QCoreApplication.translate("VotingTab", u"De&lete round", None))
        self.entryLabel.setText(QCoreApplication.translate("VotingTab", u"Do&ts per theme or challenge", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("VotingTab", u"Filter (Ctrl+F)", None))
        self.hintLabel.setText(QCoreApplication.translate("VotingTab", u"Type a number, or press + and \u2212 to give or take one dot. Delete: no dots.", None))
        self.resultsLabel.setText(QCoreApplication.translate("VotingTab", u"Results, most dots first", None))
        pass
    # retranslateUi

