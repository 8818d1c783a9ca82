# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'theme_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ThemeDialog(object):
    def setupUi(self, ThemeDialog):
        if not ThemeDialog.objectName():
            ThemeDialog.setObjectName(u"ThemeDialog")
        ThemeDialog.resize(480, 150)
        self.mainLayout = QVBoxLayout(ThemeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ThemeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ThemeDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.domainLabel = QLabel(ThemeDialog)
        self.domainLabel.setObjectName(u"domainLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainCombo = QComboBox(ThemeDialog)
        self.domainCombo.setObjectName(u"domainCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.domainCombo)

        self.withSelectionCheck = QCheckBox(ThemeDialog)
        self.withSelectionCheck.setObjectName(u"withSelectionCheck")
        self.withSelectionCheck.setText(u"Put the selected challenges in it")
        self.withSelectionCheck.setChecked(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.withSelectionCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ThemeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ThemeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.domainLabel.setBuddy(self.domainCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.domainCombo)
        QWidget.setTabOrder(self.domainCombo, self.withSelectionCheck)

        self.retranslateUi(ThemeDialog)

        QMetaObject.connectSlotsByName(ThemeDialog)
    # setupUi

    def retranslateUi(self, ThemeDialog):
        ThemeDialog.setWindowTitle(QCoreApplication.translate("ThemeDialog", u"New theme", None))
        self.nameLabel.setText(QCoreApplication.translate("ThemeDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ThemeDialog", u"What the challenges have in common", None))
        self.domainLabel.setText(QCoreApplication.translate("ThemeDialog", u"&Domain", None))
    # retranslateUi

