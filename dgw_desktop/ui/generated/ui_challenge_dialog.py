# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'challenge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ChallengeDialog(object):
    def setupUi(self, ChallengeDialog):
        if not ChallengeDialog.objectName():
            ChallengeDialog.setObjectName(u"ChallengeDialog")
        ChallengeDialog.resize(560, 520)
        self.mainLayout = QVBoxLayout(ChallengeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.textLabel = QLabel(ChallengeDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(ChallengeDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.domainLabel = QLabel(ChallengeDialog)
        self.domainLabel.setObjectName(u"domainLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainCombo = QComboBox(ChallengeDialog)
        self.domainCombo.setObjectName(u"domainCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.domainCombo)

        self.workshopLabel = QLabel(ChallengeDialog)
        self.workshopLabel.setObjectName(u"workshopLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.workshopLabel)

        self.workshopCombo = QComboBox(ChallengeDialog)
        self.workshopCombo.setObjectName(u"workshopCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.workshopCombo)

        self.municipalitiesLabel = QLabel(ChallengeDialog)
        self.municipalitiesLabel.setObjectName(u"municipalitiesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.municipalitiesLabel)

        self.municipalityList = QListWidget(ChallengeDialog)
        self.municipalityList.setObjectName(u"municipalityList")
        self.municipalityList.setMaximumSize(QSize(16777215, 150))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.municipalityList)

        self.notesLabel = QLabel(ChallengeDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ChallengeDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ChallengeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ChallengeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.domainLabel.setBuddy(self.domainCombo)
        self.workshopLabel.setBuddy(self.workshopCombo)
        self.municipalitiesLabel.setBuddy(self.municipalityList)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.domainCombo)
        QWidget.setTabOrder(self.domainCombo, self.workshopCombo)
        QWidget.setTabOrder(self.workshopCombo, self.municipalityList)
        QWidget.setTabOrder(self.municipalityList, self.notesEdit)

        self.retranslateUi(ChallengeDialog)

        QMetaObject.connectSlotsByName(ChallengeDialog)
    # setupUi

    def retranslateUi(self, ChallengeDialog):
        ChallengeDialog.setWindowTitle(QCoreApplication.translate("ChallengeDialog", u"Challenge", None))
        self.textLabel.setText(QCoreApplication.translate("ChallengeDialog", u"&Challenge", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("ChallengeDialog", u"What do employees run into? One statement, in their words.", None))
        self.domainLabel.setText(QCoreApplication.translate("ChallengeDialog", u"&Domain", None))
        self.workshopLabel.setText(QCoreApplication.translate("ChallengeDialog", u"&Workshop", None))
        self.municipalitiesLabel.setText(QCoreApplication.translate("ChallengeDialog", u"&Shared by", None))
        self.notesLabel.setText(QCoreApplication.translate("ChallengeDialog", u"&Notes", None))
    # retranslateUi

