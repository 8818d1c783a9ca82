# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participants_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ParticipantsPanel(object):
    def setupUi(self, ParticipantsPanel):
        if not ParticipantsPanel.objectName():
            ParticipantsPanel.setObjectName(u"ParticipantsPanel")
        ParticipantsPanel.resize(900, 300)
        self.mainLayout = QVBoxLayout(ParticipantsPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, -1, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ParticipantsPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")
        self.titleLabel.setText(u"")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.addButton = QPushButton(ParticipantsPanel)
        self.addButton.setObjectName(u"addButton")

        self.headerLayout.addWidget(self.addButton)

        self.editButton = QPushButton(ParticipantsPanel)
        self.editButton.setObjectName(u"editButton")

        self.headerLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(ParticipantsPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.headerLayout.addWidget(self.deleteButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.contentLayout = QHBoxLayout()
        self.contentLayout.setObjectName(u"contentLayout")
        self.participantView = QTableView(ParticipantsPanel)
        self.participantView.setObjectName(u"participantView")
        self.participantView.setAlternatingRowColors(True)
        self.participantView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.participantView.setSortingEnabled(True)
        self.participantView.setWordWrap(False)

        self.contentLayout.addWidget(self.participantView)

        self.attendanceGroup = QGroupBox(ParticipantsPanel)
        self.attendanceGroup.setObjectName(u"attendanceGroup")
        self.attendanceLayout = QVBoxLayout(self.attendanceGroup)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceView = QTableView(self.attendanceGroup)
        self.attendanceView.setObjectName(u"attendanceView")
        self.attendanceView.setSelectionMode(QAbstractItemView.NoSelection)
        self.attendanceView.setFocusPolicy(Qt.TabFocus)

        self.attendanceLayout.addWidget(self.attendanceView)

        self.attendanceSummaryLabel = QLabel(self.attendanceGroup)
        self.attendanceSummaryLabel.setObjectName(u"attendanceSummaryLabel")
        self.attendanceSummaryLabel.setWordWrap(True)
        self.attendanceSummaryLabel.setText(u"")

        self.attendanceLayout.addWidget(self.attendanceSummaryLabel)

        self.attendanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.attendanceLayout.addItem(self.attendanceSpacer)


        self.contentLayout.addWidget(self.attendanceGroup)

        self.contentLayout.setStretch(0, 3)
        self.contentLayout.setStretch(1, 2)

        self.mainLayout.addLayout(self.contentLayout)

        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.participantView)
        QWidget.setTabOrder(self.participantView, self.attendanceView)

        self.retranslateUi(ParticipantsPanel)

        QMetaObject.connectSlotsByName(ParticipantsPanel)
    # setupUi

    def retranslateUi(self, ParticipantsPanel):
        self.addButton.setText(QCoreApplication.translate("ParticipantsPanel", u"Add &participant\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ParticipantsPanel", u"Edit part&icipant\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ParticipantsPanel", u"Remo&ve participant", None))
        self.attendanceGroup.setTitle(QCoreApplication.translate("ParticipantsPanel", u"Attendance per municipality", None))
        pass
    # retranslateUi

