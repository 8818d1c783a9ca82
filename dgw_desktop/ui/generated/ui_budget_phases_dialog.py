# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_phases_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_BudgetPhasesDialog(object):
    def setupUi(self, BudgetPhasesDialog):
        if not BudgetPhasesDialog.objectName():
            BudgetPhasesDialog.setObjectName(u"BudgetPhasesDialog")
        BudgetPhasesDialog.resize(980, 400)
        self.mainLayout = QVBoxLayout(BudgetPhasesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(BudgetPhasesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.listsSplitter = QSplitter(BudgetPhasesDialog)
        self.listsSplitter.setObjectName(u"listsSplitter")
        self.listsSplitter.setOrientation(Qt.Horizontal)
        self.listsSplitter.setChildrenCollapsible(False)
        self.phaseGroup = QGroupBox(self.listsSplitter)
        self.phaseGroup.setObjectName(u"phaseGroup")
        self.phaseLayout = QVBoxLayout(self.phaseGroup)
        self.phaseLayout.setObjectName(u"phaseLayout")
        self.phasesView = QTableView(self.phaseGroup)
        self.phasesView.setObjectName(u"phasesView")
        self.phasesView.setAlternatingRowColors(True)
        self.phasesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.phasesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.phasesView.setWordWrap(False)

        self.phaseLayout.addWidget(self.phasesView)

        self.phaseAddLayout = QHBoxLayout()
        self.phaseAddLayout.setObjectName(u"phaseAddLayout")
        self.phaseNameEdit = QLineEdit(self.phaseGroup)
        self.phaseNameEdit.setObjectName(u"phaseNameEdit")

        self.phaseAddLayout.addWidget(self.phaseNameEdit)

        self.addPhaseButton = QPushButton(self.phaseGroup)
        self.addPhaseButton.setObjectName(u"addPhaseButton")

        self.phaseAddLayout.addWidget(self.addPhaseButton)

        self.phaseAddLayout.setStretch(0, 1)

        self.phaseLayout.addLayout(self.phaseAddLayout)

        self.phaseButtons = QHBoxLayout()
        self.phaseButtons.setObjectName(u"phaseButtons")
        self.deletePhaseButton = QPushButton(self.phaseGroup)
        self.deletePhaseButton.setObjectName(u"deletePhaseButton")

        self.phaseButtons.addWidget(self.deletePhaseButton)

        self.phaseUpButton = QPushButton(self.phaseGroup)
        self.phaseUpButton.setObjectName(u"phaseUpButton")

        self.phaseButtons.addWidget(self.phaseUpButton)

        self.phaseDownButton = QPushButton(self.phaseGroup)
        self.phaseDownButton.setObjectName(u"phaseDownButton")

        self.phaseButtons.addWidget(self.phaseDownButton)

        self.phaseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phaseButtons.addItem(self.phaseSpacer)

        self.phaseButtons.setStretch(3, 1)

        self.phaseLayout.addLayout(self.phaseButtons)

        self.listsSplitter.addWidget(self.phaseGroup)
        self.categoryGroup = QGroupBox(self.listsSplitter)
        self.categoryGroup.setObjectName(u"categoryGroup")
        self.categoryLayout = QVBoxLayout(self.categoryGroup)
        self.categoryLayout.setObjectName(u"categoryLayout")
        self.categoriesView = QTableView(self.categoryGroup)
        self.categoriesView.setObjectName(u"categoriesView")
        self.categoriesView.setAlternatingRowColors(True)
        self.categoriesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.categoriesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.categoriesView.setWordWrap(False)

        self.categoryLayout.addWidget(self.categoriesView)

        self.categoryAddLayout = QHBoxLayout()
        self.categoryAddLayout.setObjectName(u"categoryAddLayout")
        self.categoryNameEdit = QLineEdit(self.categoryGroup)
        self.categoryNameEdit.setObjectName(u"categoryNameEdit")

        self.categoryAddLayout.addWidget(self.categoryNameEdit)

        self.addCategoryButton = QPushButton(self.categoryGroup)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.categoryAddLayout.addWidget(self.addCategoryButton)

        self.categoryAddLayout.setStretch(0, 1)

        self.categoryLayout.addLayout(self.categoryAddLayout)

        self.categoryButtons = QHBoxLayout()
        self.categoryButtons.setObjectName(u"categoryButtons")
        self.deleteCategoryButton = QPushButton(self.categoryGroup)
        self.deleteCategoryButton.setObjectName(u"deleteCategoryButton")

        self.categoryButtons.addWidget(self.deleteCategoryButton)

        self.categoryUpButton = QPushButton(self.categoryGroup)
        self.categoryUpButton.setObjectName(u"categoryUpButton")

        self.categoryButtons.addWidget(self.categoryUpButton)

        self.categoryDownButton = QPushButton(self.categoryGroup)
        self.categoryDownButton.setObjectName(u"categoryDownButton")

        self.categoryButtons.addWidget(self.categoryDownButton)

        self.categorySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.categoryButtons.addItem(self.categorySpacer)

        self.categoryButtons.setStretch(3, 1)

        self.categoryLayout.addLayout(self.categoryButtons)

        self.listsSplitter.addWidget(self.categoryGroup)

        self.mainLayout.addWidget(self.listsSplitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.undoButton = QPushButton(BudgetPhasesDialog)
        self.undoButton.setObjectName(u"undoButton")

        self.bottomLayout.addWidget(self.undoButton)

        self.redoButton = QPushButton(BudgetPhasesDialog)
        self.redoButton.setObjectName(u"redoButton")

        self.bottomLayout.addWidget(self.redoButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(BudgetPhasesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.bottomLayout.addWidget(self.buttonBox)

        self.bottomLayout.setStretch(2, 1)

        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.phasesView, self.phaseNameEdit)
        QWidget.setTabOrder(self.phaseNameEdit, self.addPhaseButton)
        QWidget.setTabOrder(self.addPhaseButton, self.deletePhaseButton)
        QWidget.setTabOrder(self.deletePhaseButton, self.phaseUpButton)
        QWidget.setTabOrder(self.phaseUpButton, self.phaseDownButton)
        QWidget.setTabOrder(self.phaseDownButton, self.categoriesView)
        QWidget.setTabOrder(self.categoriesView, self.categoryNameEdit)
        QWidget.setTabOrder(self.categoryNameEdit, self.addCategoryButton)
        QWidget.setTabOrder(self.addCategoryButton, self.deleteCategoryButton)
        QWidget.setTabOrder(self.deleteCategoryButton, self.categoryUpButton)
        QWidget.setTabOrder(self.categoryUpButton, self.categoryDownButton)
        QWidget.setTabOrder(self.categoryDownButton, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.redoButton)
        QWidget.setTabOrder(self.redoButton, self.buttonBox)

        self.retranslateUi(BudgetPhasesDialog)

        QMetaObject.connectSlotsByName(BudgetPhasesDialog)
    # setupUi

    def retranslateUi(self, BudgetPhasesDialog):
        BudgetPhasesDialog.setWindowTitle(QCoreApplication.translate("BudgetPhasesDialog", u"Phases and cost categories", None))
        self.introLabel.setText(QCoreApplication.translate("BudgetPhasesDialog", u"Every budget line has a phase and a cost category; the totals on the Budget page follow this order. Press F2 to rename, Del to delete, Ctrl+Up and Ctrl+Down to move. Only a phase or category that no budget line uses can be deleted.", None))
        self.phaseGroup.setTitle(QCoreApplication.translate("BudgetPhasesDialog", u"P&hases", None))
        self.phaseNameEdit.setPlaceholderText(QCoreApplication.translate("BudgetPhasesDialog", u"New phase, e.g. 4 evaluatie", None))
#if QT_CONFIG(tooltip)
        self.addPhaseButton.setToolTip(QCoreApplication.translate("BudgetPhasesDialog", u"Add it at the end of the list (Enter in the name field)", None))
#endif // QT_CONFIG(tooltip)
        self.addPhaseButton.setText(QCoreApplication.translate("BudgetPhasesDialog", u"&Add phase", None))
#if QT_CONFIG(tooltip)
        self.deletePhaseButton.setToolTip(QCoreApplication.translate("BudgetPhasesDialog", u"Delete it (Del); only when no budget line uses it", None))
#endif // QT_CONFIG(tooltip)
        self.deletePhaseButton.setText(QCoreApplication.translate("BudgetPhasesDialog", u"&Delete phase", None))
#if QT_CONFIG(tooltip)
        self.phaseUpButton.setToolTip(QCoreApplication.translate("BudgetPhasesDialog", u"Move it up in the list (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.phaseUpButton.setText(QCoreApplication.translate("BudgetPhasesDialog", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.phaseDownButton.setToolTip(QCoreApplication.translate("BudgetPhasesDialog", u"Move it down in the list (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.phaseDownButton.setText(QCoreApplication.translate("BudgetPhasesDialog", u"Move do&wn", None))
        self.categoryGroup.setTitle(QCoreApplication.translate("BudgetPhasesDialog", u"Cost categor&ies", None))
        self.categoryNameEdit.setPlaceholderText(QCoreApplication.translate("BudgetPhasesDialog", u"New cost category, e.g. reiskosten", None))
#if QT_CONFIG(tooltip)
        self.addCategoryButton.setToolTip(QCoreApplication.translate("BudgetPhasesDialog", u"Add it at the end of the list (Enter in the name field)", None))
#endif // QT_CONFIG(tooltip)
        self.addCategoryButton.setText(QCoreApplication.translate("BudgetPhasesDialog", u"Add &category", None))
#if QT_CONFIG(tooltip)
        self.deleteCategoryButton.setToolTip(QCoreApplication.translate("BudgetPhasesDialog", u"Delete it (Del); only when no budget line uses it", None))
#endif // QT_CONFIG(tooltip)
        self.deleteCategoryButton.setText(QCoreApplication.translate("BudgetPhasesDialog", u"De&lete category", None))
#if QT_CONFIG(tooltip)
        self.categoryUpButton.setToolTip(QCoreApplication.translate("BudgetPhasesDialog", u"Move it up in the list (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.categoryUpButton.setText(QCoreApplication.translate("BudgetPhasesDialog", u"Move u&p", None))
#if QT_CONFIG(tooltip)
        self.categoryDownButton.setToolTip(QCoreApplication.translate("BudgetPhasesDialog", u"Move it down in the list (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.categoryDownButton.setText(QCoreApplication.translate("BudgetPhasesDialog", u"Move dow&n", None))
        self.undoButton.setText(QCoreApplication.translate("BudgetPhasesDialog", u"Undo", None))
        self.redoButton.setText(QCoreApplication.translate("BudgetPhasesDialog", u"Redo", None))
    # retranslateUi

