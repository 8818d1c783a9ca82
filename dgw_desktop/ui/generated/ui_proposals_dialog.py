# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proposals_dialog.ui'
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
    QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProposalsDialog(object):
    def setupUi(self, ProposalsDialog):
        if not ProposalsDialog.objectName():
            ProposalsDialog.setObjectName(u"ProposalsDialog")
        ProposalsDialog.resize(620, 420)
        self.mainLayout = QVBoxLayout(ProposalsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.promptLabel = QLabel(ProposalsDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.promptLabel)

        self.topicList = QListWidget(ProposalsDialog)
        self.topicList.setObjectName(u"topicList")
        self.topicList.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.topicList)

        self.allCheck = QCheckBox(ProposalsDialog)
        self.allCheck.setObjectName(u"allCheck")

        self.mainLayout.addWidget(self.allCheck)

        self.noteLabel = QLabel(ProposalsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #555;")
        self.noteLabel.setText(u"")

        self.mainLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(ProposalsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.promptLabel.setBuddy(self.topicList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.topicList, self.allCheck)

        self.retranslateUi(ProposalsDialog)

        QMetaObject.connectSlotsByName(ProposalsDialog)
    # setupUi

    def retranslateUi(self, ProposalsDialog):
        ProposalsDialog.setWindowTitle(QCoreApplication.translate("ProposalsDialog", u"Put topics to the meeting", None))
        self.promptLabel.setText(QCoreApplication.translate("ProposalsDialog", u"Tick the &topics to put to this meeting (Space ticks the current one). A topic put to a meeting becomes proposed; it needs a strategic question.", None))
        self.allCheck.setText(QCoreApplication.translate("ProposalsDialog", u"&Show all topics, not only those marked for proposal", None))
    # retranslateUi

