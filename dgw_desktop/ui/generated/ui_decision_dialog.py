# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(680, 640)
        self.mainLayout = QVBoxLayout(DecisionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.ruleLabel = QLabel(DecisionDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setStyleSheet(u"background: #fff6dc; border: 1px solid #e6d3a0; border-radius: 4px; padding: 6px;")
        self.ruleLabel.setText(u"")

        self.mainLayout.addWidget(self.ruleLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.meetingLabel = QLabel(DecisionDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(DecisionDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingCombo)

        self.replacesLabel = QLabel(DecisionDialog)
        self.replacesLabel.setObjectName(u"replacesLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.replacesLabel)

        self.replacesCombo = QComboBox(DecisionDialog)
        self.replacesCombo.setObjectName(u"replacesCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.replacesCombo)

        self.textLabel = QLabel(DecisionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(DecisionDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.chosenLabel = QLabel(DecisionDialog)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.chosenLabel)

        self.chosenCombo = QComboBox(DecisionDialog)
        self.chosenCombo.setObjectName(u"chosenCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.chosenCombo)

        self.othersLabel = QLabel(DecisionDialog)
        self.othersLabel.setObjectName(u"othersLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.othersLabel)

        self.othersCombo = QComboBox(DecisionDialog)
        self.othersCombo.setObjectName(u"othersCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.othersCombo)

        self.dateLabel = QLabel(DecisionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = QDateEdit(DecisionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.dateLayout.addWidget(self.dateEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.rationaleLabel = QLabel(DecisionDialog)
        self.rationaleLabel.setObjectName(u"rationaleLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.rationaleLabel)

        self.rationaleEdit = QPlainTextEdit(DecisionDialog)
        self.rationaleEdit.setObjectName(u"rationaleEdit")
        self.rationaleEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rationaleEdit)

        self.reviewLabel = QLabel(DecisionDialog)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.reviewLayout = QHBoxLayout()
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewCheck = QCheckBox(DecisionDialog)
        self.reviewCheck.setObjectName(u"reviewCheck")

        self.reviewLayout.addWidget(self.reviewCheck)

        self.reviewEdit = QDateEdit(DecisionDialog)
        self.reviewEdit.setObjectName(u"reviewEdit")
        self.reviewEdit.setCalendarPopup(True)
        self.reviewEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.reviewLayout.addWidget(self.reviewEdit)

        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewLayout.addItem(self.reviewSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.reviewLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.replacesLabel.setBuddy(self.replacesCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.chosenLabel.setBuddy(self.chosenCombo)
        self.othersLabel.setBuddy(self.othersCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.rationaleLabel.setBuddy(self.rationaleEdit)
        self.reviewLabel.setBuddy(self.reviewCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.meetingCombo, self.replacesCombo)
        QWidget.setTabOrder(self.replacesCombo, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.chosenCombo)
        QWidget.setTabOrder(self.chosenCombo, self.othersCombo)
        QWidget.setTabOrder(self.othersCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.rationaleEdit)
        QWidget.setTabOrder(self.rationaleEdit, self.reviewCheck)
        QWidget.setTabOrder(self.reviewCheck, self.reviewEdit)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Record a decision", None))
        self.meetingLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Meeting", None))
        self.replacesLabel.setText(QCoreApplication.translate("DecisionDialog", u"Rep&laces", None))
#if QT_CONFIG(tooltip)
        self.replacesCombo.setToolTip(QCoreApplication.translate("DecisionDialog", u"A correction names the decision it replaces; that decision stays in the log, marked as replaced.", None))
#endif // QT_CONFIG(tooltip)
        self.textLabel.setText(QCoreApplication.translate("DecisionDialog", u"&What was decided", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"In the committee's words, e.g. The committee chooses \u2026 as the pilot topic.", None))
        self.chosenLabel.setText(QCoreApplication.translate("DecisionDialog", u"Chosen &option", None))
        self.othersLabel.setText(QCoreApplication.translate("DecisionDialog", u"Other &proposals", None))
        self.dateLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Date", None))
        self.rationaleLabel.setText(QCoreApplication.translate("DecisionDialog", u"R&ationale", None))
        self.rationaleEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"Why the committee decided this", None))
        self.reviewLabel.setText(QCoreApplication.translate("DecisionDialog", u"Re&view on", None))
        self.reviewCheck.setText(QCoreApplication.translate("DecisionDialog", u"Review", None))
    # retranslateUi

