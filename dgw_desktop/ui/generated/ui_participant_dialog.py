# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ParticipantDialog(object):
    def setupUi(self, ParticipantDialog):
        if not ParticipantDialog.objectName():
            ParticipantDialog.setObjectName(u"ParticipantDialog")
        ParticipantDialog.resize(460, 230)
        self.mainLayout = QVBoxLayout(ParticipantDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.workshopCaption = QLabel(ParticipantDialog)
        self.workshopCaption.setObjectName(u"workshopCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.workshopCaption)

        self.workshopLabel = QLabel(ParticipantDialog)
        self.workshopLabel.setObjectName(u"workshopLabel")
        self.workshopLabel.setText(u"")
        self.workshopLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.workshopLabel)

        self.municipalityLabel = QLabel(ParticipantDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityCombo = QComboBox(ParticipantDialog)
        self.municipalityCombo.setObjectName(u"municipalityCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipalityCombo)

        self.departmentLabel = QLabel(ParticipantDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(ParticipantDialog)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.nameLabel = QLabel(ParticipantDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ParticipantDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ParticipantDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ParticipantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.municipalityLabel.setBuddy(self.municipalityCombo)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.municipalityCombo, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.nameEdit)

        self.retranslateUi(ParticipantDialog)

        QMetaObject.connectSlotsByName(ParticipantDialog)
    # setupUi

    def retranslateUi(self, ParticipantDialog):
        ParticipantDialog.setWindowTitle(QCoreApplication.translate("ParticipantDialog", u"Participant", None))
        self.workshopCaption.setText(QCoreApplication.translate("ParticipantDialog", u"Workshop", None))
        self.municipalityLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Municipality", None))
        self.departmentLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Department", None))
        self.departmentEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"e.g. Sociaal domein, Financi\u00ebn", None))
        self.nameLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"optional: leave empty to keep the participant anonymous", None))
    # retranslateUi

