# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'theme_chooser_dialog.ui'
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
    QLabel, QLineEdit, QListView, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ThemeChooserDialog(object):
    def setupUi(self, ThemeChooserDialog):
        if not ThemeChooserDialog.objectName():
            ThemeChooserDialog.setObjectName(u"ThemeChooserDialog")
        ThemeChooserDialog.resize(600, 360)
        self.mainLayout = QVBoxLayout(ThemeChooserDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.promptLabel = QLabel(ThemeChooserDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)
        self.promptLabel.setText(u"Prompt")

        self.mainLayout.addWidget(self.promptLabel)

        self.filterEdit = QLineEdit(ThemeChooserDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.filterEdit)

        self.themeList = QListView(ThemeChooserDialog)
        self.themeList.setObjectName(u"themeList")
        self.themeList.setAlternatingRowColors(True)
        self.themeList.setUniformItemSizes(True)

        self.mainLayout.addWidget(self.themeList)

        self.noteLabel = QLabel(ThemeChooserDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #555;")
        self.noteLabel.setText(u"")

        self.mainLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(ThemeChooserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.filterEdit, self.themeList)

        self.retranslateUi(ThemeChooserDialog)

        QMetaObject.connectSlotsByName(ThemeChooserDialog)
    # setupUi

    def retranslateUi(self, ThemeChooserDialog):
        ThemeChooserDialog.setWindowTitle(QCoreApplication.translate("ThemeChooserDialog", u"Choose a theme", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ThemeChooserDialog", u"Type to find a theme", None))
    # retranslateUi

