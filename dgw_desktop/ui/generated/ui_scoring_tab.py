# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scoring_tab.ui'
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
    QSpinBox, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_ScoringTab(object):
    def setupUi(self, ScoringTab):
        if not ScoringTab.objectName():
            ScoringTab.setObjectName(u"ScoringTab")
        ScoringTab.resize(1100, 700)
        self.mainLayout = QVBoxLayout(ScoringTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.chooserLayout = QHBoxLayout()
        self.chooserLayout.setObjectName(u"chooserLayout")
        self.workshopLabel = QLabel(ScoringTab)
        self.workshopLabel.setObjectName(u"workshopLabel")

        self.chooserLayout.addWidget(self.workshopLabel)

        self.workshopCombo = QComboBox(ScoringTab)
        self.workshopCombo.setObjectName(u"workshopCombo")
        self.workshopCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.workshopCombo.setMinimumContentsLength(18)

        self.chooserLayout.addWidget(self.workshopCombo)

        self.targetLabel = QLabel(ScoringTab)
        self.targetLabel.setObjectName(u"targetLabel")

        self.chooserLayout.addWidget(self.targetLabel)

        self.targetCombo = QComboBox(ScoringTab)
        self.targetCombo.setObjectName(u"targetCombo")
        self.targetCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.targetCombo.setMinimumContentsLength(24)

        self.chooserLayout.addWidget(self.targetCombo)

        self.chooserLayout.setStretch(1, 2)
        self.chooserLayout.setStretch(3, 3)

        self.mainLayout.addLayout(self.chooserLayout)

        self.verticalSplitter = QSplitter(ScoringTab)
        self.verticalSplitter.setObjectName(u"verticalSplitter")
        self.verticalSplitter.setOrientation(Qt.Vertical)
        self.verticalSplitter.setChildrenCollapsible(False)
        self.topSplitter = QSplitter(self.verticalSplitter)
        self.topSplitter.setObjectName(u"topSplitter")
        self.topSplitter.setOrientation(Qt.Horizontal)
        self.topSplitter.setChildrenCollapsible(False)
        self.criteriaGroup = QGroupBox(self.topSplitter)
        self.criteriaGroup.setObjectName(u"criteriaGroup")
        self.criteriaLayout = QVBoxLayout(self.criteriaGroup)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaView = QTableView(self.criteriaGroup)
        self.criteriaView.setObjectName(u"criteriaView")
        self.criteriaView.setAlternatingRowColors(True)
        self.criteriaView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.criteriaView.setSelectionMode(QAbstractItemView.SingleSelection)

        self.criteriaLayout.addWidget(self.criteriaView)

        self.newCriterionLayout = QHBoxLayout()
        self.newCriterionLayout.setObjectName(u"newCriterionLayout")
        self.criterionNameEdit = QLineEdit(self.criteriaGroup)
        self.criterionNameEdit.setObjectName(u"criterionNameEdit")

        self.newCriterionLayout.addWidget(self.criterionNameEdit)

        self.weightSpin = QSpinBox(self.criteriaGroup)
        self.weightSpin.setObjectName(u"weightSpin")
        self.weightSpin.setMinimum(1)
        self.weightSpin.setMaximum(100)
        self.weightSpin.setValue(1)

        self.newCriterionLayout.addWidget(self.weightSpin)

        self.addCriterionButton = QPushButton(self.criteriaGroup)
        self.addCriterionButton.setObjectName(u"addCriterionButton")

        self.newCriterionLayout.addWidget(self.addCriterionButton)

        self.newCriterionLayout.setStretch(0, 1)

        self.criteriaLayout.addLayout(self.newCriterionLayout)

        self.criteriaButtons = QHBoxLayout()
        self.criteriaButtons.setObjectName(u"criteriaButtons")
        self.removeCriterionButton = QPushButton(self.criteriaGroup)
        self.removeCriterionButton.setObjectName(u"removeCriterionButton")

        self.criteriaButtons.addWidget(self.removeCriterionButton)

        self.defaultCriteriaButton = QPushButton(self.criteriaGroup)
        self.defaultCriteriaButton.setObjectName(u"defaultCriteriaButton")

        self.criteriaButtons.addWidget(self.defaultCriteriaButton)

        self.criteriaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.criteriaButtons.addItem(self.criteriaSpacer)


        self.criteriaLayout.addLayout(self.criteriaButtons)

        self.topSplitter.addWidget(self.criteriaGroup)
        self.scoresGroup = QGroupBox(self.topSplitter)
        self.scoresGroup.setObjectName(u"scoresGroup")
        self.scoresLayout = QVBoxLayout(self.scoresGroup)
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.scoreView = QTableView(self.scoresGroup)
        self.scoreView.setObjectName(u"scoreView")
        self.scoreView.setSelectionMode(QAbstractItemView.SingleSelection)

        self.scoresLayout.addWidget(self.scoreView)

        self.scoreHintLabel = QLabel(self.scoresGroup)
        self.scoreHintLabel.setObjectName(u"scoreHintLabel")
        self.scoreHintLabel.setWordWrap(True)
        self.scoreHintLabel.setStyleSheet(u"color: #555;")

        self.scoresLayout.addWidget(self.scoreHintLabel)

        self.topSplitter.addWidget(self.scoresGroup)
        self.verticalSplitter.addWidget(self.topSplitter)
        self.rankingGroup = QGroupBox(self.verticalSplitter)
        self.rankingGroup.setObjectName(u"rankingGroup")
        self.rankingLayout = QVBoxLayout(self.rankingGroup)
        self.rankingLayout.setObjectName(u"rankingLayout")
        self.rankingHeaderLayout = QHBoxLayout()
        self.rankingHeaderLayout.setObjectName(u"rankingHeaderLayout")
        self.wholeProjectCheck = QCheckBox(self.rankingGroup)
        self.wholeProjectCheck.setObjectName(u"wholeProjectCheck")

        self.rankingHeaderLayout.addWidget(self.wholeProjectCheck)

        self.dissentLegendLabel = QLabel(self.rankingGroup)
        self.dissentLegendLabel.setObjectName(u"dissentLegendLabel")
        self.dissentLegendLabel.setWordWrap(True)
        self.dissentLegendLabel.setText(u"")

        self.rankingHeaderLayout.addWidget(self.dissentLegendLabel)

        self.rankingHeaderLayout.setStretch(1, 1)

        self.rankingLayout.addLayout(self.rankingHeaderLayout)

        self.rankingView = QTableView(self.rankingGroup)
        self.rankingView.setObjectName(u"rankingView")
        self.rankingView.setAlternatingRowColors(True)
        self.rankingView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rankingView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rankingView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rankingView.setWordWrap(False)

        self.rankingLayout.addWidget(self.rankingView)

        self.verticalSplitter.addWidget(self.rankingGroup)

        self.mainLayout.addWidget(self.verticalSplitter)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.workshopLabel.setBuddy(self.workshopCombo)
        self.targetLabel.setBuddy(self.targetCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.workshopCombo, self.targetCombo)
        QWidget.setTabOrder(self.targetCombo, self.scoreView)
        QWidget.setTabOrder(self.scoreView, self.criteriaView)
        QWidget.setTabOrder(self.criteriaView, self.criterionNameEdit)
        QWidget.setTabOrder(self.criterionNameEdit, self.weightSpin)
        QWidget.setTabOrder(self.weightSpin, self.addCriterionButton)
        QWidget.setTabOrder(self.addCriterionButton, self.removeCriterionButton)
        QWidget.setTabOrder(self.removeCriterionButton, self.defaultCriteriaButton)
        QWidget.setTabOrder(self.defaultCriteriaButton, self.wholeProjectCheck)
        QWidget.setTabOrder(self.wholeProjectCheck, self.rankingView)

        self.retranslateUi(ScoringTab)

        QMetaObject.connectSlotsByName(ScoringTab)
    # setupUi

    def retranslateUi(self, ScoringTab):
        self.workshopLabel.setText(QCoreApplication.translate("ScoringTab", u"&Workshop:", None))
        self.targetLabel.setText(QCoreApplication.translate("ScoringTab", u"&Theme or challenge:", None))
        self.criteriaGroup.setTitle(QCoreApplication.translate("ScoringTab", u"Criteria and weights", None))
        self.criterionNameEdit.setPlaceholderText(QCoreApplication.translate("ScoringTab", u"New criterion", None))
        self.weightSpin.setPrefix(QCoreApplication.translate("ScoringTab", u"weight ", None))
        self.addCriterionButton.setText(QCoreApplication.translate("ScoringTab", u"&Add criterion", None))
        self.removeCriterionButton.setText(QCoreApplication.translate("ScoringTab", u"&Remove criterion", None))
        self.defaultCriteriaButton.setText(QCoreApplication.translate("ScoringTab", u"Add defa&ult criteria", None))
        self.scoresGroup.setTitle(QCoreApplication.translate("ScoringTab", u"Scores 1\u20135", None))
        self.scoreHintLabel.setText(QCoreApplication.translate("ScoringTab", u"Type 1\u20135 per participant, or one consensus score per criterion (it overrides the participants' scores). Delete: no score.", None))
        self.rankingGroup.setTitle(QCoreApplication.translate("ScoringTab", u"Weighted ranking", None))
        self.wholeProjectCheck.setText(QCoreApplication.translate("ScoringTab", u"Whole &project (all workshops)", None))
        pass
    # retranslateUi

