# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(1040, 660)
        self.mainLayout = QVBoxLayout(ImportPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ImportPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setText(u"")

        self.mainLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(ImportPreviewDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.issuesGroup = QGroupBox(self.splitter)
        self.issuesGroup.setObjectName(u"issuesGroup")
        self.issuesLayout = QVBoxLayout(self.issuesGroup)
        self.issuesLayout.setObjectName(u"issuesLayout")
        self.issueView = QTableView(self.issuesGroup)
        self.issueView.setObjectName(u"issueView")
        self.issueView.setAlternatingRowColors(True)
        self.issueView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.issueView.setWordWrap(True)

        self.issuesLayout.addWidget(self.issueView)

        self.issueButtons = QHBoxLayout()
        self.issueButtons.setObjectName(u"issueButtons")
        self.copyButton = QPushButton(self.issuesGroup)
        self.copyButton.setObjectName(u"copyButton")

        self.issueButtons.addWidget(self.copyButton)

        self.issueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.issueButtons.addItem(self.issueSpacer)


        self.issuesLayout.addLayout(self.issueButtons)

        self.splitter.addWidget(self.issuesGroup)
        self.challengesGroup = QGroupBox(self.splitter)
        self.challengesGroup.setObjectName(u"challengesGroup")
        self.challengesGroup.setTitle(u"")
        self.challengesLayout = QVBoxLayout(self.challengesGroup)
        self.challengesLayout.setObjectName(u"challengesLayout")
        self.challengeView = QTableView(self.challengesGroup)
        self.challengeView.setObjectName(u"challengeView")
        self.challengeView.setAlternatingRowColors(True)
        self.challengeView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.challengeView.setWordWrap(False)

        self.challengesLayout.addWidget(self.challengeView)

        self.splitter.addWidget(self.challengesGroup)

        self.mainLayout.addWidget(self.splitter)

        self.blockedLabel = QLabel(ImportPreviewDialog)
        self.blockedLabel.setObjectName(u"blockedLabel")
        self.blockedLabel.setStyleSheet(u"color: #8c1d13; font-weight: 600;")
        self.blockedLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.blockedLabel)

        self.buttonBox = QDialogButtonBox(ImportPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.issueView, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.challengeView)

        self.retranslateUi(ImportPreviewDialog)

        QMetaObject.connectSlotsByName(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"Import challenges", None))
        self.issuesGroup.setTitle(QCoreApplication.translate("ImportPreviewDialog", u"Problems and warnings", None))
        self.copyButton.setText(QCoreApplication.translate("ImportPreviewDialog", u"&Copy problems", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("ImportPreviewDialog", u"Copy every problem as text, to fix the file or mail it", None))
#endif // QT_CONFIG(tooltip)
        self.blockedLabel.setText(QCoreApplication.translate("ImportPreviewDialog", u"Nothing is added while there are problems. Correct them in the file and import it again.", None))
    # retranslateUi

