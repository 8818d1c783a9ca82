# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'comparison_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_ComparisonPage(object):
    def setupUi(self, ComparisonPage):
        if not ComparisonPage.objectName():
            ComparisonPage.setObjectName(u"ComparisonPage")
        ComparisonPage.resize(1100, 700)
        self.mainLayout = QVBoxLayout(ComparisonPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, -1, 0, 0)
        self.hintLabel = QLabel(ComparisonPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.comparisonView = QTableView(ComparisonPage)
        self.comparisonView.setObjectName(u"comparisonView")
        self.comparisonView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.comparisonView.setWordWrap(True)
        self.comparisonView.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.comparisonView)

        self.markedLabel = QLabel(ComparisonPage)
        self.markedLabel.setObjectName(u"markedLabel")
        self.markedLabel.setStyleSheet(u"font-weight: 600;")
        self.markedLabel.setTextFormat(Qt.PlainText)
        self.markedLabel.setText(u"")

        self.mainLayout.addWidget(self.markedLabel)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(ComparisonPage)

        QMetaObject.connectSlotsByName(ComparisonPage)
    # setupUi

    def retranslateUi(self, ComparisonPage):
        self.hintLabel.setText(QCoreApplication.translate("ComparisonPage", u"The topics side by side. Tick \u201cPropose to the steering committee\u201d for the topics to propose (typically two): move to the cell with the arrow keys and press Space.", None))
        pass
    # retranslateUi

