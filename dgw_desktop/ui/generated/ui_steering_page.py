# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'steering_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_SteeringPage(object):
    def setupUi(self, SteeringPage):
        if not SteeringPage.objectName():
            SteeringPage.setObjectName(u"SteeringPage")
        SteeringPage.resize(1060, 700)
        self.mainLayout = QVBoxLayout(SteeringPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(SteeringPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.mainLayout.addWidget(self.titleLabel)

        self.tabWidget = QTabWidget(SteeringPage)
        self.tabWidget.setObjectName(u"tabWidget")
        self.meetingsTab = QWidget()
        self.meetingsTab.setObjectName(u"meetingsTab")
        self.meetingsLayout = QVBoxLayout(self.meetingsTab)
        self.meetingsLayout.setObjectName(u"meetingsLayout")
        self.meetingToolLayout = QHBoxLayout()
        self.meetingToolLayout.setObjectName(u"meetingToolLayout")
        self.newMeetingButton = QPushButton(self.meetingsTab)
        self.newMeetingButton.setObjectName(u"newMeetingButton")

        self.meetingToolLayout.addWidget(self.newMeetingButton)

        self.editMeetingButton = QPushButton(self.meetingsTab)
        self.editMeetingButton.setObjectName(u"editMeetingButton")

        self.meetingToolLayout.addWidget(self.editMeetingButton)

        self.deleteMeetingButton = QPushButton(self.meetingsTab)
        self.deleteMeetingButton.setObjectName(u"deleteMeetingButton")

        self.meetingToolLayout.addWidget(self.deleteMeetingButton)

        self.meetingToolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetingToolLayout.addItem(self.meetingToolSpacer)

        self.meetingCountLabel = QLabel(self.meetingsTab)
        self.meetingCountLabel.setObjectName(u"meetingCountLabel")
        self.meetingCountLabel.setText(u"")

        self.meetingToolLayout.addWidget(self.meetingCountLabel)


        self.meetingsLayout.addLayout(self.meetingToolLayout)

        self.meetingSplitter = QSplitter(self.meetingsTab)
        self.meetingSplitter.setObjectName(u"meetingSplitter")
        self.meetingSplitter.setOrientation(Qt.Vertical)
        self.meetingSplitter.setChildrenCollapsible(False)
        self.meetingView = QTableView(self.meetingSplitter)
        self.meetingView.setObjectName(u"meetingView")
        self.meetingView.setAlternatingRowColors(True)
        self.meetingView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetingView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meetingView.setSortingEnabled(True)
        self.meetingView.setWordWrap(False)
        self.meetingSplitter.addWidget(self.meetingView)
        self.detailWidget = QWidget(self.meetingSplitter)
        self.detailWidget.setObjectName(u"detailWidget")
        self.detailLayout = QVBoxLayout(self.detailWidget)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.meetingHeading = QLabel(self.detailWidget)
        self.meetingHeading.setObjectName(u"meetingHeading")
        self.meetingHeading.setStyleSheet(u"font-size: 12pt; font-weight: 600;")
        self.meetingHeading.setWordWrap(True)
        self.meetingHeading.setText(u"")

        self.detailLayout.addWidget(self.meetingHeading)

        self.contentLayout = QHBoxLayout()
        self.contentLayout.setObjectName(u"contentLayout")
        self.meetingScroll = QScrollArea(self.detailWidget)
        self.meetingScroll.setObjectName(u"meetingScroll")
        self.meetingScroll.setFrameShape(QFrame.NoFrame)
        self.meetingScroll.setWidgetResizable(True)
        self.meetingScroll.setFocusPolicy(Qt.NoFocus)
        self.meetingScroll.setStyleSheet(u"QScrollArea, QWidget#meetingScrollContents { background: transparent; }")
        self.meetingScrollContents = QWidget()
        self.meetingScrollContents.setObjectName(u"meetingScrollContents")
        self.meetingInfoLayout = QVBoxLayout(self.meetingScrollContents)
        self.meetingInfoLayout.setObjectName(u"meetingInfoLayout")
        self.meetingInfoLayout.setContentsMargins(0, 0, -1, -1)
        self.membersHeading = QLabel(self.meetingScrollContents)
        self.membersHeading.setObjectName(u"membersHeading")
        self.membersHeading.setStyleSheet(u"font-weight: 600;")

        self.meetingInfoLayout.addWidget(self.membersHeading)

        self.membersLabel = QLabel(self.meetingScrollContents)
        self.membersLabel.setObjectName(u"membersLabel")
        self.membersLabel.setWordWrap(True)
        self.membersLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.membersLabel.setText(u"")

        self.meetingInfoLayout.addWidget(self.membersLabel)

        self.agendaGap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.meetingInfoLayout.addItem(self.agendaGap)

        self.agendaHeading = QLabel(self.meetingScrollContents)
        self.agendaHeading.setObjectName(u"agendaHeading")
        self.agendaHeading.setStyleSheet(u"font-weight: 600;")

        self.meetingInfoLayout.addWidget(self.agendaHeading)

        self.agendaLabel = QLabel(self.meetingScrollContents)
        self.agendaLabel.setObjectName(u"agendaLabel")
        self.agendaLabel.setWordWrap(True)
        self.agendaLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.agendaLabel.setText(u"")

        self.meetingInfoLayout.addWidget(self.agendaLabel)

        self.meetingInfoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.meetingInfoLayout.addItem(self.meetingInfoSpacer)

        self.meetingScroll.setWidget(self.meetingScrollContents)

        self.contentLayout.addWidget(self.meetingScroll)

        self.committeeLayout = QVBoxLayout()
        self.committeeLayout.setObjectName(u"committeeLayout")
        self.proposalsHeaderLayout = QHBoxLayout()
        self.proposalsHeaderLayout.setObjectName(u"proposalsHeaderLayout")
        self.proposalsHeading = QLabel(self.detailWidget)
        self.proposalsHeading.setObjectName(u"proposalsHeading")
        self.proposalsHeading.setStyleSheet(u"font-weight: 600;")

        self.proposalsHeaderLayout.addWidget(self.proposalsHeading)

        self.proposalsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.proposalsHeaderLayout.addItem(self.proposalsSpacer)

        self.putTopicsButton = QPushButton(self.detailWidget)
        self.putTopicsButton.setObjectName(u"putTopicsButton")

        self.proposalsHeaderLayout.addWidget(self.putTopicsButton)


        self.committeeLayout.addLayout(self.proposalsHeaderLayout)

        self.proposalView = QTableView(self.detailWidget)
        self.proposalView.setObjectName(u"proposalView")
        self.proposalView.setAlternatingRowColors(True)
        self.proposalView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.proposalView.setWordWrap(False)

        self.committeeLayout.addWidget(self.proposalView)

        self.decisionsHeaderLayout = QHBoxLayout()
        self.decisionsHeaderLayout.setObjectName(u"decisionsHeaderLayout")
        self.decisionsHeading = QLabel(self.detailWidget)
        self.decisionsHeading.setObjectName(u"decisionsHeading")
        self.decisionsHeading.setStyleSheet(u"font-weight: 600;")

        self.decisionsHeaderLayout.addWidget(self.decisionsHeading)

        self.decisionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionsHeaderLayout.addItem(self.decisionsSpacer)

        self.recordButton = QPushButton(self.detailWidget)
        self.recordButton.setObjectName(u"recordButton")

        self.decisionsHeaderLayout.addWidget(self.recordButton)

        self.correctButton = QPushButton(self.detailWidget)
        self.correctButton.setObjectName(u"correctButton")

        self.decisionsHeaderLayout.addWidget(self.correctButton)


        self.committeeLayout.addLayout(self.decisionsHeaderLayout)

        self.decisionView = QTableView(self.detailWidget)
        self.decisionView.setObjectName(u"decisionView")
        self.decisionView.setAlternatingRowColors(True)
        self.decisionView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.decisionView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.decisionView.setWordWrap(True)

        self.committeeLayout.addWidget(self.decisionView)

        self.noteLabel = QLabel(self.detailWidget)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setStyleSheet(u"color: #555;")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setText(u"")

        self.committeeLayout.addWidget(self.noteLabel)

        self.committeeLayout.setStretch(1, 2)
        self.committeeLayout.setStretch(3, 3)

        self.contentLayout.addLayout(self.committeeLayout)

        self.contentLayout.setStretch(0, 2)
        self.contentLayout.setStretch(1, 5)

        self.detailLayout.addLayout(self.contentLayout)

        self.detailLayout.setStretch(1, 1)
        self.meetingSplitter.addWidget(self.detailWidget)

        self.meetingsLayout.addWidget(self.meetingSplitter)

        self.meetingsLayout.setStretch(1, 1)
        self.tabWidget.addTab(self.meetingsTab, "")
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logLayout = QVBoxLayout(self.logTab)
        self.logLayout.setObjectName(u"logLayout")
        self.helpLabel = QLabel(self.logTab)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)
        self.helpLabel.setStyleSheet(u"background: #fff6dc; border: 1px solid #e6d3a0; border-radius: 4px; padding: 6px;")
        self.helpLabel.setText(u"")

        self.logLayout.addWidget(self.helpLabel)

        self.logToolLayout = QHBoxLayout()
        self.logToolLayout.setObjectName(u"logToolLayout")
        self.correctLogButton = QPushButton(self.logTab)
        self.correctLogButton.setObjectName(u"correctLogButton")

        self.logToolLayout.addWidget(self.correctLogButton)

        self.logToolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logToolLayout.addItem(self.logToolSpacer)

        self.filterEdit = QLineEdit(self.logTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(260, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.logToolLayout.addWidget(self.filterEdit)


        self.logLayout.addLayout(self.logToolLayout)

        self.logView = QTableView(self.logTab)
        self.logView.setObjectName(u"logView")
        self.logView.setAlternatingRowColors(True)
        self.logView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.logView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.logView.setSortingEnabled(True)
        self.logView.setWordWrap(True)

        self.logLayout.addWidget(self.logView)

        self.logCountLabel = QLabel(self.logTab)
        self.logCountLabel.setObjectName(u"logCountLabel")
        self.logCountLabel.setText(u"")

        self.logLayout.addWidget(self.logCountLabel)

        self.logLayout.setStretch(2, 1)
        self.tabWidget.addTab(self.logTab, "")

        self.mainLayout.addWidget(self.tabWidget)

        self.mainLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.tabWidget, self.newMeetingButton)
        QWidget.setTabOrder(self.newMeetingButton, self.editMeetingButton)
        QWidget.setTabOrder(self.editMeetingButton, self.deleteMeetingButton)
        QWidget.setTabOrder(self.deleteMeetingButton, self.meetingView)
        QWidget.setTabOrder(self.meetingView, self.putTopicsButton)
        QWidget.setTabOrder(self.putTopicsButton, self.proposalView)
        QWidget.setTabOrder(self.proposalView, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.correctButton)
        QWidget.setTabOrder(self.correctButton, self.decisionView)
        QWidget.setTabOrder(self.decisionView, self.correctLogButton)
        QWidget.setTabOrder(self.correctLogButton, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.logView)

        self.retranslateUi(SteeringPage)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SteeringPage)
    # setupUi

    def retranslateUi(self, SteeringPage):
        self.titleLabel.setText(QCoreApplication.translate("SteeringPage", u"Steering committee", None))
        self.newMeetingButton.setText(QCoreApplication.translate("SteeringPage", u"&New meeting\u2026", None))
#if QT_CONFIG(tooltip)
        self.newMeetingButton.setToolTip(QCoreApplication.translate("SteeringPage", u"Add a meeting of the steering committee (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.editMeetingButton.setText(QCoreApplication.translate("SteeringPage", u"Ed&it meeting\u2026", None))
#if QT_CONFIG(tooltip)
        self.editMeetingButton.setToolTip(QCoreApplication.translate("SteeringPage", u"Date, members present and agenda of the selected meeting (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteMeetingButton.setText(QCoreApplication.translate("SteeringPage", u"&Delete meeting", None))
#if QT_CONFIG(tooltip)
        self.deleteMeetingButton.setToolTip(QCoreApplication.translate("SteeringPage", u"Delete the selected meeting; a meeting with decisions stays (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.membersHeading.setText(QCoreApplication.translate("SteeringPage", u"Members present", None))
        self.agendaHeading.setText(QCoreApplication.translate("SteeringPage", u"Agenda", None))
        self.proposalsHeading.setText(QCoreApplication.translate("SteeringPage", u"Topics put to this meeting", None))
        self.putTopicsButton.setText(QCoreApplication.translate("SteeringPage", u"&Put topics to this meeting\u2026", None))
#if QT_CONFIG(tooltip)
        self.putTopicsButton.setToolTip(QCoreApplication.translate("SteeringPage", u"Choose the topics the committee decides on; they become proposed (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.decisionsHeading.setText(QCoreApplication.translate("SteeringPage", u"Decisions of this meeting", None))
        self.recordButton.setText(QCoreApplication.translate("SteeringPage", u"&Record a decision\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("SteeringPage", u"Write a decision of this meeting in the log (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.correctButton.setText(QCoreApplication.translate("SteeringPage", u"&Correct a decision\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("SteeringPage", u"Record a new decision that replaces the selected one (Ctrl+Shift+R)", None))
#endif // QT_CONFIG(tooltip)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.meetingsTab), QCoreApplication.translate("SteeringPage", u"&Meetings", None))
        self.correctLogButton.setText(QCoreApplication.translate("SteeringPage", u"&Correct the selected decision\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctLogButton.setToolTip(QCoreApplication.translate("SteeringPage", u"Record a new decision that replaces the selected one (Ctrl+Shift+R)", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("SteeringPage", u"Filter (Ctrl+F)", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.logTab), QCoreApplication.translate("SteeringPage", u"Decision &log", None))
        pass
    # retranslateUi

