# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'themes_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTreeView, QVBoxLayout, QWidget)

class Ui_ThemesPage(object):
    def setupUi(self, ThemesPage):
        if not ThemesPage.objectName():
            ThemesPage.setObjectName(u"ThemesPage")
        ThemesPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(ThemesPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ThemesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.mainLayout.addWidget(self.titleLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.newButton = QPushButton(ThemesPage)
        self.newButton.setObjectName(u"newButton")

        self.toolLayout.addWidget(self.newButton)

        self.renameButton = QPushButton(ThemesPage)
        self.renameButton.setObjectName(u"renameButton")

        self.toolLayout.addWidget(self.renameButton)

        self.mergeButton = QPushButton(ThemesPage)
        self.mergeButton.setObjectName(u"mergeButton")

        self.toolLayout.addWidget(self.mergeButton)

        self.dissolveButton = QPushButton(ThemesPage)
        self.dissolveButton.setObjectName(u"dissolveButton")

        self.toolLayout.addWidget(self.dissolveButton)

        self.toolSeparator = QFrame(ThemesPage)
        self.toolSeparator.setObjectName(u"toolSeparator")
        self.toolSeparator.setFrameShape(QFrame.Shape.VLine)
        self.toolSeparator.setFrameShadow(QFrame.Shadow.Sunken)

        self.toolLayout.addWidget(self.toolSeparator)

        self.moveButton = QPushButton(ThemesPage)
        self.moveButton.setObjectName(u"moveButton")

        self.toolLayout.addWidget(self.moveButton)

        self.takeOutButton = QPushButton(ThemesPage)
        self.takeOutButton.setObjectName(u"takeOutButton")

        self.toolLayout.addWidget(self.takeOutButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)


        self.mainLayout.addLayout(self.toolLayout)

        self.splitter = QSplitter(ThemesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.themesPane = QWidget(self.splitter)
        self.themesPane.setObjectName(u"themesPane")
        self.themesLayout = QVBoxLayout(self.themesPane)
        self.themesLayout.setObjectName(u"themesLayout")
        self.themesLayout.setContentsMargins(0, 0, 0, 0)
        self.themesLabel = QLabel(self.themesPane)
        self.themesLabel.setObjectName(u"themesLabel")
        self.themesLabel.setStyleSheet(u"font-weight: 600;")

        self.themesLayout.addWidget(self.themesLabel)

        self.themeTree = QTreeView(self.themesPane)
        self.themeTree.setObjectName(u"themeTree")
        self.themeTree.setAlternatingRowColors(True)
        self.themeTree.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.themeTree.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.themeTree.setEditTriggers(QAbstractItemView.EditKeyPressed)
        self.themeTree.setDragEnabled(True)
        self.themeTree.setDragDropMode(QAbstractItemView.DragDrop)
        self.themeTree.setDefaultDropAction(Qt.MoveAction)
        self.themeTree.setUniformRowHeights(True)
        self.themeTree.setAllColumnsShowFocus(True)

        self.themesLayout.addWidget(self.themeTree)

        self.themesCountLabel = QLabel(self.themesPane)
        self.themesCountLabel.setObjectName(u"themesCountLabel")
        self.themesCountLabel.setText(u"")

        self.themesLayout.addWidget(self.themesCountLabel)

        self.splitter.addWidget(self.themesPane)
        self.unassignedPane = QWidget(self.splitter)
        self.unassignedPane.setObjectName(u"unassignedPane")
        self.unassignedLayout = QVBoxLayout(self.unassignedPane)
        self.unassignedLayout.setObjectName(u"unassignedLayout")
        self.unassignedLayout.setContentsMargins(0, 0, 0, 0)
        self.unassignedLabel = QLabel(self.unassignedPane)
        self.unassignedLabel.setObjectName(u"unassignedLabel")
        self.unassignedLabel.setStyleSheet(u"font-weight: 600;")

        self.unassignedLayout.addWidget(self.unassignedLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.domainLabel = QLabel(self.unassignedPane)
        self.domainLabel.setObjectName(u"domainLabel")

        self.filterLayout.addWidget(self.domainLabel)

        self.domainCombo = QComboBox(self.unassignedPane)
        self.domainCombo.setObjectName(u"domainCombo")
        self.domainCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterLayout.addWidget(self.domainCombo)

        self.filterEdit = QLineEdit(self.unassignedPane)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)


        self.unassignedLayout.addLayout(self.filterLayout)

        self.unassignedView = QTableView(self.unassignedPane)
        self.unassignedView.setObjectName(u"unassignedView")
        self.unassignedView.setAlternatingRowColors(True)
        self.unassignedView.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.unassignedView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.unassignedView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.unassignedView.setDragEnabled(True)
        self.unassignedView.setDragDropMode(QAbstractItemView.DragDrop)
        self.unassignedView.setDragDropOverwriteMode(False)
        self.unassignedView.setDefaultDropAction(Qt.MoveAction)
        self.unassignedView.setWordWrap(True)

        self.unassignedLayout.addWidget(self.unassignedView)

        self.unassignedCountLabel = QLabel(self.unassignedPane)
        self.unassignedCountLabel.setObjectName(u"unassignedCountLabel")
        self.unassignedCountLabel.setText(u"")

        self.unassignedLayout.addWidget(self.unassignedCountLabel)

        self.splitter.addWidget(self.unassignedPane)

        self.mainLayout.addWidget(self.splitter)

        self.hintLabel = QLabel(ThemesPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hintLabel)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.themesLabel.setBuddy(self.themeTree)
        self.unassignedLabel.setBuddy(self.unassignedView)
        self.domainLabel.setBuddy(self.domainCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.dissolveButton)
        QWidget.setTabOrder(self.dissolveButton, self.moveButton)
        QWidget.setTabOrder(self.moveButton, self.takeOutButton)
        QWidget.setTabOrder(self.takeOutButton, self.themeTree)
        QWidget.setTabOrder(self.themeTree, self.domainCombo)
        QWidget.setTabOrder(self.domainCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.unassignedView)

        self.retranslateUi(ThemesPage)

        QMetaObject.connectSlotsByName(ThemesPage)
    # setupUi

    def retranslateUi(self, ThemesPage):
        self.titleLabel.setText(QCoreApplication.translate("ThemesPage", u"Themes", None))
        self.newButton.setText(QCoreApplication.translate("ThemesPage", u"&New theme\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ThemesPage", u"A new theme, with the selected challenges in it (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.renameButton.setText(QCoreApplication.translate("ThemesPage", u"&Rename", None))
#if QT_CONFIG(tooltip)
        self.renameButton.setToolTip(QCoreApplication.translate("ThemesPage", u"Rename the theme in place (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("ThemesPage", u"&Merge\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("ThemesPage", u"Merge the selected themes into one of them (Ctrl+M)", None))
#endif // QT_CONFIG(tooltip)
        self.dissolveButton.setText(QCoreApplication.translate("ThemesPage", u"D&issolve", None))
#if QT_CONFIG(tooltip)
        self.dissolveButton.setToolTip(QCoreApplication.translate("ThemesPage", u"Remove the selected themes; their challenges stay, without a theme (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.moveButton.setText(QCoreApplication.translate("ThemesPage", u"Move to &theme\u2026", None))
#if QT_CONFIG(tooltip)
        self.moveButton.setToolTip(QCoreApplication.translate("ThemesPage", u"Put the selected challenges in a theme (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
        self.takeOutButton.setText(QCoreApplication.translate("ThemesPage", u"Take &out of theme", None))
#if QT_CONFIG(tooltip)
        self.takeOutButton.setToolTip(QCoreApplication.translate("ThemesPage", u"The selected challenges leave their theme (Ctrl+Shift+T)", None))
#endif // QT_CONFIG(tooltip)
        self.themesLabel.setText(QCoreApplication.translate("ThemesPage", u"Theme&s", None))
        self.unassignedLabel.setText(QCoreApplication.translate("ThemesPage", u"Challenges &without a theme", None))
        self.domainLabel.setText(QCoreApplication.translate("ThemesPage", u"&Domain", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ThemesPage", u"Filter (Ctrl+F)", None))
        self.hintLabel.setText(QCoreApplication.translate("ThemesPage", u"Drag challenges onto a theme, between themes, or back to the list on the right. By keyboard: select challenges and press Ctrl+T to put them in a theme, Ctrl+Shift+T or Del to take them out again. F2 renames a theme. A theme only groups: its challenges always stay.", None))
        pass
    # retranslateUi

