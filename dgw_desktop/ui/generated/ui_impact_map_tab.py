# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'impact_map_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImpactMapTab(object):
    def setupUi(self, ImpactMapTab):
        if not ImpactMapTab.objectName():
            ImpactMapTab.setObjectName(u"ImpactMapTab")
        ImpactMapTab.resize(1100, 700)
        self.mainLayout = QVBoxLayout(ImpactMapTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.chooserLayout = QHBoxLayout()
        self.chooserLayout.setObjectName(u"chooserLayout")
        self.workshopLabel = QLabel(ImpactMapTab)
        self.workshopLabel.setObjectName(u"workshopLabel")

        self.chooserLayout.addWidget(self.workshopLabel)

        self.workshopCombo = QComboBox(ImpactMapTab)
        self.workshopCombo.setObjectName(u"workshopCombo")
        self.workshopCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.workshopCombo.setMinimumContentsLength(18)

        self.chooserLayout.addWidget(self.workshopCombo)

        self.countLabel = QLabel(ImpactMapTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.chooserLayout.addWidget(self.countLabel)

        self.chooserLayout.setStretch(1, 2)
        self.chooserLayout.setStretch(2, 3)

        self.mainLayout.addLayout(self.chooserLayout)

        self.splitter = QSplitter(ImpactMapTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 6, 0)
        self.itemsLabel = QLabel(self.listPanel)
        self.itemsLabel.setObjectName(u"itemsLabel")
        self.itemsLabel.setStyleSheet(u"font-weight: 600;")

        self.listLayout.addWidget(self.itemsLabel)

        self.itemView = QTableView(self.listPanel)
        self.itemView.setObjectName(u"itemView")
        self.itemView.setAlternatingRowColors(True)
        self.itemView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.itemView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.itemView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.itemView.setWordWrap(False)

        self.listLayout.addWidget(self.itemView)

        self.placeLayout = QFormLayout()
        self.placeLayout.setObjectName(u"placeLayout")
        self.impactLabel = QLabel(self.listPanel)
        self.impactLabel.setObjectName(u"impactLabel")

        self.placeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.impactLabel)

        self.impactSpin = QSpinBox(self.listPanel)
        self.impactSpin.setObjectName(u"impactSpin")
        self.impactSpin.setMaximumSize(QSize(110, 16777215))
        self.impactSpin.setMinimum(1)
        self.impactSpin.setMaximum(5)
        self.impactSpin.setValue(3)

        self.placeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.impactSpin)

        self.effortLabel = QLabel(self.listPanel)
        self.effortLabel.setObjectName(u"effortLabel")

        self.placeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.effortLabel)

        self.effortSpin = QSpinBox(self.listPanel)
        self.effortSpin.setObjectName(u"effortSpin")
        self.effortSpin.setMaximumSize(QSize(110, 16777215))
        self.effortSpin.setMinimum(1)
        self.effortSpin.setMaximum(5)
        self.effortSpin.setValue(3)

        self.placeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.effortSpin)

        self.quadrantTitleLabel = QLabel(self.listPanel)
        self.quadrantTitleLabel.setObjectName(u"quadrantTitleLabel")

        self.placeLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quadrantTitleLabel)

        self.quadrantLabel = QLabel(self.listPanel)
        self.quadrantLabel.setObjectName(u"quadrantLabel")
        self.quadrantLabel.setStyleSheet(u"font-weight: 600;")
        self.quadrantLabel.setText(u"")

        self.placeLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quadrantLabel)


        self.listLayout.addLayout(self.placeLayout)

        self.placeButtons = QHBoxLayout()
        self.placeButtons.setObjectName(u"placeButtons")
        self.placeButton = QPushButton(self.listPanel)
        self.placeButton.setObjectName(u"placeButton")

        self.placeButtons.addWidget(self.placeButton)

        self.removePlacementButton = QPushButton(self.listPanel)
        self.removePlacementButton.setObjectName(u"removePlacementButton")

        self.placeButtons.addWidget(self.removePlacementButton)

        self.placeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.placeButtons.addItem(self.placeSpacer)


        self.listLayout.addLayout(self.placeButtons)

        self.hintLabel = QLabel(self.listPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.listLayout.addWidget(self.hintLabel)

        self.splitter.addWidget(self.listPanel)
        self.mapPanel = QWidget(self.splitter)
        self.mapPanel.setObjectName(u"mapPanel")
        self.mapLayout = QVBoxLayout(self.mapPanel)
        self.mapLayout.setObjectName(u"mapLayout")
        self.mapLayout.setContentsMargins(6, 0, 0, 0)
        self.splitter.addWidget(self.mapPanel)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.workshopLabel.setBuddy(self.workshopCombo)
        self.itemsLabel.setBuddy(self.itemView)
        self.impactLabel.setBuddy(self.impactSpin)
        self.effortLabel.setBuddy(self.effortSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.workshopCombo, self.itemView)
        QWidget.setTabOrder(self.itemView, self.impactSpin)
        QWidget.setTabOrder(self.impactSpin, self.effortSpin)
        QWidget.setTabOrder(self.effortSpin, self.placeButton)
        QWidget.setTabOrder(self.placeButton, self.removePlacementButton)

        self.retranslateUi(ImpactMapTab)

        QMetaObject.connectSlotsByName(ImpactMapTab)
    # setupUi

    def retranslateUi(self, ImpactMapTab):
        self.workshopLabel.setText(QCoreApplication.translate("ImpactMapTab", u"&Workshop:", None))
        self.itemsLabel.setText(QCoreApplication.translate("ImpactMapTab", u"Themes and &challenges", None))
        self.impactLabel.setText(QCoreApplication.translate("ImpactMapTab", u"Imp&act", None))
        self.effortLabel.setText(QCoreApplication.translate("ImpactMapTab", u"Effor&t", None))
        self.quadrantTitleLabel.setText(QCoreApplication.translate("ImpactMapTab", u"Quadrant", None))
        self.placeButton.setText(QCoreApplication.translate("ImpactMapTab", u"&Place on the map", None))
        self.removePlacementButton.setText(QCoreApplication.translate("ImpactMapTab", u"Take &off the map", None))
        self.hintLabel.setText(QCoreApplication.translate("ImpactMapTab", u"Drag a dot to another square, or use the arrow keys on the map (Ctrl+arrow keys in the list).", None))
        pass
    # retranslateUi

