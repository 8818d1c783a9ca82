# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vote_round_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_VoteRoundDialog(object):
    def setupUi(self, VoteRoundDialog):
        if not VoteRoundDialog.objectName():
            VoteRoundDialog.setObjectName(u"VoteRoundDialog")
        VoteRoundDialog.resize(420, 170)
        self.mainLayout = QVBoxLayout(VoteRoundDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(VoteRoundDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(VoteRoundDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.dotsLabel = QLabel(VoteRoundDialog)
        self.dotsLabel.setObjectName(u"dotsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dotsLabel)

        self.dotsSpin = QSpinBox(VoteRoundDialog)
        self.dotsSpin.setObjectName(u"dotsSpin")
        self.dotsSpin.setMinimum(1)
        self.dotsSpin.setMaximum(100)
        self.dotsSpin.setValue(5)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dotsSpin)


        self.mainLayout.addLayout(self.formLayout)

        self.budgetLabel = QLabel(VoteRoundDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")
        self.budgetLabel.setWordWrap(True)
        self.budgetLabel.setText(u"")

        self.mainLayout.addWidget(self.budgetLabel)

        self.errorLabel = QLabel(VoteRoundDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(VoteRoundDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.dotsLabel.setBuddy(self.dotsSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.dotsSpin)

        self.retranslateUi(VoteRoundDialog)

        QMetaObject.connectSlotsByName(VoteRoundDialog)
    # setupUi

    def retranslateUi(self, VoteRoundDialog):
        VoteRoundDialog.setWindowTitle(QCoreApplication.translate("VoteRoundDialog", u"Voting round", None))
        self.nameLabel.setText(QCoreApplication.translate("VoteRoundDialog", u"&Name", None))
        self.dotsLabel.setText(QCoreApplication.translate("VoteRoundDialog", u"&Dots per participant", None))
    # retranslateUi

