# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'priorities_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_PrioritiesPage(object):
    def setupUi(self, PrioritiesPage):
        if not PrioritiesPage.objectName():
            PrioritiesPage.setObjectName(u"PrioritiesPage")
        PrioritiesPage.resize(1100, 760)
        self.mainLayout = QVBoxLayout(PrioritiesPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(PrioritiesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.mainLayout.addWidget(self.titleLabel)

        self.tabWidget = QTabWidget(PrioritiesPage)
        self.tabWidget.setObjectName(u"tabWidget")
        self.tabWidget.setDocumentMode(True)

        self.mainLayout.addWidget(self.tabWidget)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(PrioritiesPage)

        QMetaObject.connectSlotsByName(PrioritiesPage)
    # setupUi

    def retranslateUi(self, PrioritiesPage):
        self.titleLabel.setText(QCoreApplication.translate("PrioritiesPage", u"Prioritising", None))
        pass
    # retranslateUi

