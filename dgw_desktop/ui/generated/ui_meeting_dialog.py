# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(560, 520)
        self.mainLayout = QVBoxLayout(MeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = QDateEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.dateLayout.addWidget(self.dateEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.titleLabel = QLabel(MeetingDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(MeetingDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.locationLabel = QLabel(MeetingDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(MeetingDialog)
        self.locationEdit.setObjectName(u"locationEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.membersLabel = QLabel(MeetingDialog)
        self.membersLabel.setObjectName(u"membersLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersEdit = QPlainTextEdit(MeetingDialog)
        self.membersEdit.setObjectName(u"membersEdit")
        self.membersEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.membersEdit)

        self.agendaLabel = QLabel(MeetingDialog)
        self.agendaLabel.setObjectName(u"agendaLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.agendaLabel)

        self.agendaEdit = QPlainTextEdit(MeetingDialog)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.agendaEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(MeetingDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555;")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(MeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.membersLabel.setBuddy(self.membersEdit)
        self.agendaLabel.setBuddy(self.agendaEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.membersEdit)
        QWidget.setTabOrder(self.membersEdit, self.agendaEdit)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date", None))
        self.titleLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"e.g. Steering committee: choice of pilot topic", None))
        self.locationLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Location", None))
        self.membersLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Members present", None))
        self.membersEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"One name per line, e.g. Alderman M. Jansen (Goirle, chair)", None))
        self.agendaLabel.setText(QCoreApplication.translate("MeetingDialog", u"A&genda items", None))
        self.agendaEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"One item per line", None))
        self.hintLabel.setText(QCoreApplication.translate("MeetingDialog", u"Enter starts a new line in the lists; Ctrl+Enter saves.", None))
    # retranslateUi

