# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'municipality_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_MunicipalityDialog(object):
    def setupUi(self, MunicipalityDialog):
        if not MunicipalityDialog.objectName():
            MunicipalityDialog.setObjectName(u"MunicipalityDialog")
        MunicipalityDialog.resize(420, 220)
        self.mainLayout = QVBoxLayout(MunicipalityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(MunicipalityDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(MunicipalityDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.cbsCodeLabel = QLabel(MunicipalityDialog)
        self.cbsCodeLabel.setObjectName(u"cbsCodeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cbsCodeLabel)

        self.cbsCodeEdit = QLineEdit(MunicipalityDialog)
        self.cbsCodeEdit.setObjectName(u"cbsCodeEdit")
        self.cbsCodeEdit.setPlaceholderText(u"GM0785")
        self.cbsCodeEdit.setMaxLength(6)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cbsCodeEdit)

        self.inhabitantsLabel = QLabel(MunicipalityDialog)
        self.inhabitantsLabel.setObjectName(u"inhabitantsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.inhabitantsLabel)

        self.inhabitantsSpin = QSpinBox(MunicipalityDialog)
        self.inhabitantsSpin.setObjectName(u"inhabitantsSpin")
        self.inhabitantsSpin.setMinimum(0)
        self.inhabitantsSpin.setMaximum(2000000)
        self.inhabitantsSpin.setGroupSeparatorShown(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.inhabitantsSpin)

        self.partnerCheck = QCheckBox(MunicipalityDialog)
        self.partnerCheck.setObjectName(u"partnerCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.partnerCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(MunicipalityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MunicipalityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.cbsCodeLabel.setBuddy(self.cbsCodeEdit)
        self.inhabitantsLabel.setBuddy(self.inhabitantsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MunicipalityDialog)

        QMetaObject.connectSlotsByName(MunicipalityDialog)
    # setupUi

    def retranslateUi(self, MunicipalityDialog):
        MunicipalityDialog.setWindowTitle(QCoreApplication.translate("MunicipalityDialog", u"Municipality", None))
        self.nameLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"&Name", None))
        self.cbsCodeLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"&CBS code", None))
        self.inhabitantsLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"&Inhabitants", None))
        self.partnerCheck.setText(QCoreApplication.translate("MunicipalityDialog", u"&Partner in the pilot (otherwise a possible partner)", None))
    # retranslateUi

