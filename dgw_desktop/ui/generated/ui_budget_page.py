# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_BudgetPage(object):
    def setupUi(self, BudgetPage):
        if not BudgetPage.objectName():
            BudgetPage.setObjectName(u"BudgetPage")
        BudgetPage.resize(1100, 760)
        self.mainLayout = QVBoxLayout(BudgetPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(BudgetPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.titleLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(BudgetPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.summaryLabel.setStyleSheet(u"font-size: 12pt;")
        self.summaryLabel.setText(u"")

        self.titleLayout.addWidget(self.summaryLabel)

        self.titleLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.titleLayout)

        self.tabWidget = QTabWidget(BudgetPage)
        self.tabWidget.setObjectName(u"tabWidget")
        self.tabWidget.setDocumentMode(True)

        self.mainLayout.addWidget(self.tabWidget)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(BudgetPage)

        QMetaObject.connectSlotsByName(BudgetPage)
    # setupUi

    def retranslateUi(self, BudgetPage):
        self.titleLabel.setText(QCoreApplication.translate("BudgetPage", u"Budget", None))
        pass
    # retranslateUi

