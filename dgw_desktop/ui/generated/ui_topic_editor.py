# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'topic_editor.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_TopicEditor(object):
    def setupUi(self, TopicEditor):
        if not TopicEditor.objectName():
            TopicEditor.setObjectName(u"TopicEditor")
        TopicEditor.resize(1000, 480)
        self.mainLayout = QVBoxLayout(TopicEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.editorTabs = QTabWidget(TopicEditor)
        self.editorTabs.setObjectName(u"editorTabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QFormLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(self.generalTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.domainLabel = QLabel(self.generalTab)
        self.domainLabel.setObjectName(u"domainLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainCombo = QComboBox(self.generalTab)
        self.domainCombo.setObjectName(u"domainCombo")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.domainCombo)

        self.statusLabel = QLabel(self.generalTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusCombo = QComboBox(self.generalTab)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumContentsLength(14)
        self.statusCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.statusLayout.addWidget(self.statusCombo)

        self.markedLabel = QLabel(self.generalTab)
        self.markedLabel.setObjectName(u"markedLabel")
        self.markedLabel.setTextFormat(Qt.PlainText)
        self.markedLabel.setText(u"")

        self.statusLayout.addWidget(self.markedLabel)

        self.statusLayout.setStretch(1, 1)

        self.generalLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.statusLayout)

        self.statusRuleLabel = QLabel(self.generalTab)
        self.statusRuleLabel.setObjectName(u"statusRuleLabel")
        self.statusRuleLabel.setWordWrap(True)
        self.statusRuleLabel.setTextFormat(Qt.PlainText)
        self.statusRuleLabel.setStyleSheet(u"color: #555;")
        self.statusRuleLabel.setText(u"")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusRuleLabel)

        self.questionLabel = QLabel(self.generalTab)
        self.questionLabel.setObjectName(u"questionLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionEdit = QPlainTextEdit(self.generalTab)
        self.questionEdit.setObjectName(u"questionEdit")
        self.questionEdit.setTabChangesFocus(True)
        self.questionEdit.setMaximumSize(QSize(16777215, 64))

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.questionEdit)

        self.descriptionLabel = QLabel(self.generalTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.generalTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.editorTabs.addTab(self.generalTab, "")
        self.originsTab = QWidget()
        self.originsTab.setObjectName(u"originsTab")
        self.originsLayout = QVBoxLayout(self.originsTab)
        self.originsLayout.setObjectName(u"originsLayout")
        self.originsHintLabel = QLabel(self.originsTab)
        self.originsHintLabel.setObjectName(u"originsHintLabel")
        self.originsHintLabel.setWordWrap(True)

        self.originsLayout.addWidget(self.originsHintLabel)

        self.originView = QTableView(self.originsTab)
        self.originView.setObjectName(u"originView")
        self.originView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.originView.setAlternatingRowColors(True)
        self.originView.setWordWrap(True)

        self.originsLayout.addWidget(self.originView)

        self.originButtons = QHBoxLayout()
        self.originButtons.setObjectName(u"originButtons")
        self.addOriginButton = QPushButton(self.originsTab)
        self.addOriginButton.setObjectName(u"addOriginButton")

        self.originButtons.addWidget(self.addOriginButton)

        self.removeOriginButton = QPushButton(self.originsTab)
        self.removeOriginButton.setObjectName(u"removeOriginButton")

        self.originButtons.addWidget(self.removeOriginButton)

        self.originSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.originButtons.addItem(self.originSpacer)


        self.originsLayout.addLayout(self.originButtons)

        self.editorTabs.addTab(self.originsTab, "")
        self.risksTab = QWidget()
        self.risksTab.setObjectName(u"risksTab")
        self.risksLayout = QVBoxLayout(self.risksTab)
        self.risksLayout.setObjectName(u"risksLayout")
        self.editorTabs.addTab(self.risksTab, "")
        self.kpisTab = QWidget()
        self.kpisTab.setObjectName(u"kpisTab")
        self.kpisLayout = QVBoxLayout(self.kpisTab)
        self.kpisLayout.setObjectName(u"kpisLayout")
        self.editorTabs.addTab(self.kpisTab, "")

        self.mainLayout.addWidget(self.editorTabs)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.domainLabel.setBuddy(self.domainCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.questionLabel.setBuddy(self.questionEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.domainCombo)
        QWidget.setTabOrder(self.domainCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.questionEdit)
        QWidget.setTabOrder(self.questionEdit, self.descriptionEdit)

        self.retranslateUi(TopicEditor)

        self.editorTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TopicEditor)
    # setupUi

    def retranslateUi(self, TopicEditor):
        self.titleLabel.setText(QCoreApplication.translate("TopicEditor", u"&Title", None))
        self.domainLabel.setText(QCoreApplication.translate("TopicEditor", u"Dom&ain", None))
        self.statusLabel.setText(QCoreApplication.translate("TopicEditor", u"&Status", None))
        self.questionLabel.setText(QCoreApplication.translate("TopicEditor", u"Strategic &question", None))
        self.questionEdit.setPlaceholderText(QCoreApplication.translate("TopicEditor", u"The question the pilot must answer", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TopicEditor", u"Des&cription", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.generalTab), QCoreApplication.translate("TopicEditor", u"&General", None))
        self.originsHintLabel.setText(QCoreApplication.translate("TopicEditor", u"The themes and challenges this topic grew from. They stay as they are; the column on the right shows which other topics they also feed.", None))
        self.addOriginButton.setText(QCoreApplication.translate("TopicEditor", u"&Add origin\u2026", None))
        self.removeOriginButton.setText(QCoreApplication.translate("TopicEditor", u"Remo&ve origin", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.originsTab), QCoreApplication.translate("TopicEditor", u"O&rigins", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.risksTab), QCoreApplication.translate("TopicEditor", u"R&isks", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.kpisTab), QCoreApplication.translate("TopicEditor", u"&KPIs", None))
        pass
    # retranslateUi

