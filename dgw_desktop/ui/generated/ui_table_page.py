# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'table_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_TablePage(object):
    def setupUi(self, TablePage):
        if not TablePage.objectName():
            TablePage.setObjectName(u"TablePage")
        TablePage.resize(800, 600)
        self.mainLayout = QVBoxLayout(TablePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(TablePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        self.titleLabel.setText(u"Title")

        self.mainLayout.addWidget(self.titleLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addButton = QPushButton(TablePage)
        self.addButton.setObjectName(u"addButton")

        self.toolLayout.addWidget(self.addButton)

        self.editButton = QPushButton(TablePage)
        self.editButton.setObjectName(u"editButton")

        self.toolLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(TablePage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolLayout.addWidget(self.deleteButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.filterEdit = QLineEdit(TablePage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(260, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.toolLayout.addWidget(self.filterEdit)


        self.mainLayout.addLayout(self.toolLayout)

        self.tableView = QTableView(TablePage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)

        self.mainLayout.addWidget(self.tableView)

        self.countLabel = QLabel(TablePage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)


        self.retranslateUi(TablePage)

        QMetaObject.connectSlotsByName(TablePage)
    # setupUi

    def retranslateUi(self, TablePage):
        self.addButton.setText(QCoreApplication.translate("TablePage", u"&New\u2026", None))
        self.editButton.setText(QCoreApplication.translate("TablePage", u"&Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("TablePage", u"&Delete", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("TablePage", u"Filter (Ctrl+F)", None))
        pass
    # retranslateUi

