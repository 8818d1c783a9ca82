# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(900, 700)
        self.mainLayout = QVBoxLayout(OverviewPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(OverviewPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.mainLayout.addWidget(self.titleLabel)

        self.detailsScroll = QScrollArea(OverviewPage)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setFrameShape(QFrame.NoFrame)
        self.detailsScroll.setWidgetResizable(True)
        self.detailsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.detailsWidget = QWidget()
        self.detailsWidget.setObjectName(u"detailsWidget")
        self.detailsLayout = QVBoxLayout(self.detailsWidget)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.projectGroup = QGroupBox(self.detailsWidget)
        self.projectGroup.setObjectName(u"projectGroup")
        self.projectLayout = QFormLayout(self.projectGroup)
        self.projectLayout.setObjectName(u"projectLayout")
        self.nameLabel = QLabel(self.projectGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.projectLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.projectGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.projectLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.descriptionLabel = QLabel(self.projectGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.projectLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.projectGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.projectLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.detailsLayout.addWidget(self.projectGroup)

        self.tablesLayout = QHBoxLayout()
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.municipalityGroup = QGroupBox(self.detailsWidget)
        self.municipalityGroup.setObjectName(u"municipalityGroup")
        self.municipalityLayout = QVBoxLayout(self.municipalityGroup)
        self.municipalityLayout.setObjectName(u"municipalityLayout")
        self.municipalityView = QTableView(self.municipalityGroup)
        self.municipalityView.setObjectName(u"municipalityView")
        self.municipalityView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.municipalityView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.municipalityView.setSortingEnabled(True)
        self.municipalityView.setAlternatingRowColors(True)

        self.municipalityLayout.addWidget(self.municipalityView)

        self.municipalityButtons = QHBoxLayout()
        self.municipalityButtons.setObjectName(u"municipalityButtons")
        self.addMunicipalityButton = QPushButton(self.municipalityGroup)
        self.addMunicipalityButton.setObjectName(u"addMunicipalityButton")

        self.municipalityButtons.addWidget(self.addMunicipalityButton)

        self.editMunicipalityButton = QPushButton(self.municipalityGroup)
        self.editMunicipalityButton.setObjectName(u"editMunicipalityButton")

        self.municipalityButtons.addWidget(self.editMunicipalityButton)

        self.deleteMunicipalityButton = QPushButton(self.municipalityGroup)
        self.deleteMunicipalityButton.setObjectName(u"deleteMunicipalityButton")

        self.municipalityButtons.addWidget(self.deleteMunicipalityButton)

        self.municipalitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.municipalityButtons.addItem(self.municipalitySpacer)


        self.municipalityLayout.addLayout(self.municipalityButtons)

        self.partnerSummaryLabel = QLabel(self.municipalityGroup)
        self.partnerSummaryLabel.setObjectName(u"partnerSummaryLabel")
        self.partnerSummaryLabel.setText(u"")

        self.municipalityLayout.addWidget(self.partnerSummaryLabel)


        self.tablesLayout.addWidget(self.municipalityGroup)

        self.rightColumnLayout = QVBoxLayout()
        self.rightColumnLayout.setObjectName(u"rightColumnLayout")
        self.domainGroup = QGroupBox(self.detailsWidget)
        self.domainGroup.setObjectName(u"domainGroup")
        self.domainLayout = QVBoxLayout(self.domainGroup)
        self.domainLayout.setObjectName(u"domainLayout")
        self.domainView = QTableView(self.domainGroup)
        self.domainView.setObjectName(u"domainView")
        self.domainView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.domainView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.domainView.setAlternatingRowColors(True)

        self.domainLayout.addWidget(self.domainView)

        self.domainButtons = QHBoxLayout()
        self.domainButtons.setObjectName(u"domainButtons")
        self.addDomainButton = QPushButton(self.domainGroup)
        self.addDomainButton.setObjectName(u"addDomainButton")

        self.domainButtons.addWidget(self.addDomainButton)

        self.renameDomainButton = QPushButton(self.domainGroup)
        self.renameDomainButton.setObjectName(u"renameDomainButton")

        self.domainButtons.addWidget(self.renameDomainButton)

        self.deleteDomainButton = QPushButton(self.domainGroup)
        self.deleteDomainButton.setObjectName(u"deleteDomainButton")

        self.domainButtons.addWidget(self.deleteDomainButton)

        self.domainSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.domainButtons.addItem(self.domainSpacer)


        self.domainLayout.addLayout(self.domainButtons)


        self.rightColumnLayout.addWidget(self.domainGroup)

        self.attendanceGroup = QGroupBox(self.detailsWidget)
        self.attendanceGroup.setObjectName(u"attendanceGroup")
        self.attendanceLayout = QVBoxLayout(self.attendanceGroup)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceHintLabel = QLabel(self.attendanceGroup)
        self.attendanceHintLabel.setObjectName(u"attendanceHintLabel")
        self.attendanceHintLabel.setWordWrap(True)

        self.attendanceLayout.addWidget(self.attendanceHintLabel)

        self.attendanceView = QTableView(self.attendanceGroup)
        self.attendanceView.setObjectName(u"attendanceView")
        self.attendanceView.setSelectionMode(QAbstractItemView.NoSelection)
        self.attendanceView.setFocusPolicy(Qt.TabFocus)

        self.attendanceLayout.addWidget(self.attendanceView)

        self.attendanceSummaryLabel = QLabel(self.attendanceGroup)
        self.attendanceSummaryLabel.setObjectName(u"attendanceSummaryLabel")
        self.attendanceSummaryLabel.setWordWrap(True)
        self.attendanceSummaryLabel.setTextFormat(Qt.PlainText)
        self.attendanceSummaryLabel.setText(u"")

        self.attendanceLayout.addWidget(self.attendanceSummaryLabel)

        self.attendanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.attendanceLayout.addItem(self.attendanceSpacer)


        self.rightColumnLayout.addWidget(self.attendanceGroup)

        self.rightColumnLayout.setStretch(0, 2)
        self.rightColumnLayout.setStretch(1, 3)

        self.tablesLayout.addLayout(self.rightColumnLayout)


        self.detailsLayout.addLayout(self.tablesLayout)

        self.detailsLayout.setStretch(1, 1)
        self.detailsScroll.setWidget(self.detailsWidget)

        self.mainLayout.addWidget(self.detailsScroll)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.titleLabel.setText(QCoreApplication.translate("OverviewPage", u"Overview", None))
        self.projectGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Project", None))
        self.nameLabel.setText(QCoreApplication.translate("OverviewPage", u"&Name", None))
        self.descriptionLabel.setText(QCoreApplication.translate("OverviewPage", u"&Description", None))
        self.municipalityGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Municipalities", None))
        self.addMunicipalityButton.setText(QCoreApplication.translate("OverviewPage", u"Add municipality\u2026", None))
        self.editMunicipalityButton.setText(QCoreApplication.translate("OverviewPage", u"Edit\u2026", None))
        self.deleteMunicipalityButton.setText(QCoreApplication.translate("OverviewPage", u"Delete", None))
        self.domainGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Domains", None))
        self.addDomainButton.setText(QCoreApplication.translate("OverviewPage", u"Add domain\u2026", None))
        self.renameDomainButton.setText(QCoreApplication.translate("OverviewPage", u"Rename\u2026", None))
        self.deleteDomainButton.setText(QCoreApplication.translate("OverviewPage", u"Delete", None))
        self.attendanceGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Input per municipality", None))
        self.attendanceHintLabel.setText(QCoreApplication.translate("OverviewPage", u"Participants per partner in each domain's workshops.", None))
        pass
    # retranslateUi

