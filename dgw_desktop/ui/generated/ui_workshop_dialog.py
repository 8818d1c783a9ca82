# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WorkshopDialog(object):
    def setupUi(self, WorkshopDialog):
        if not WorkshopDialog.objectName():
            WorkshopDialog.setObjectName(u"WorkshopDialog")
        WorkshopDialog.resize(560, 600)
        self.mainLayout = QVBoxLayout(WorkshopDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(WorkshopDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(WorkshopDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.domainLabel = QLabel(WorkshopDialog)
        self.domainLabel.setObjectName(u"domainLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainCombo = QComboBox(WorkshopDialog)
        self.domainCombo.setObjectName(u"domainCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.domainCombo)

        self.dateLabel = QLabel(WorkshopDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateKnownCheck = QCheckBox(WorkshopDialog)
        self.dateKnownCheck.setObjectName(u"dateKnownCheck")

        self.dateLayout.addWidget(self.dateKnownCheck)

        self.dateEdit = QDateEdit(WorkshopDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.dateLayout.addWidget(self.dateEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.locationLabel = QLabel(WorkshopDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(WorkshopDialog)
        self.locationEdit.setObjectName(u"locationEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.facilitatorLabel = QLabel(WorkshopDialog)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.facilitatorLabel)

        self.facilitatorEdit = QLineEdit(WorkshopDialog)
        self.facilitatorEdit.setObjectName(u"facilitatorEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.facilitatorEdit)

        self.municipalitiesLabel = QLabel(WorkshopDialog)
        self.municipalitiesLabel.setObjectName(u"municipalitiesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.municipalitiesLabel)

        self.municipalityList = QListWidget(WorkshopDialog)
        self.municipalityList.setObjectName(u"municipalityList")
        self.municipalityList.setMaximumSize(QSize(16777215, 150))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.municipalityList)

        self.notesLabel = QLabel(WorkshopDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(WorkshopDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(WorkshopDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(WorkshopDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.domainLabel.setBuddy(self.domainCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.facilitatorLabel.setBuddy(self.facilitatorEdit)
        self.municipalitiesLabel.setBuddy(self.municipalityList)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkshopDialog)

        QMetaObject.connectSlotsByName(WorkshopDialog)
    # setupUi

    def retranslateUi(self, WorkshopDialog):
        WorkshopDialog.setWindowTitle(QCoreApplication.translate("WorkshopDialog", u"Workshop", None))
        self.titleLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Title", None))
        self.domainLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Domain", None))
        self.dateLabel.setText(QCoreApplication.translate("WorkshopDialog", u"D&ate", None))
        self.dateKnownCheck.setText(QCoreApplication.translate("WorkshopDialog", u"Known", None))
        self.locationLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Location", None))
        self.facilitatorLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Facilitator", None))
        self.municipalitiesLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Municipalities taking part", None))
        self.notesLabel.setText(QCoreApplication.translate("WorkshopDialog", u"Agenda and &notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("WorkshopDialog", u"Agenda, agreements, things to remember", None))
    # retranslateUi

