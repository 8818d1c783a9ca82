"""An open project: a navigation list of pages beside the page shown."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from dgw_desktop.ui.pages.challenges_page import ChallengesPage
from dgw_desktop.ui.pages.overview_page import OverviewPage
from dgw_desktop.ui.pages.workshops_page import WorkshopsPage
from dgw_desktop.ui.session import ProjectSession


class ProjectView(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(190)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 8px; }")
        self.stack = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)

        self.overview_page = OverviewPage(session)
        self.workshops_page = WorkshopsPage(session)
        self.challenges_page = ChallengesPage(session)
        for title, page in (
            (self.tr("Overview"), self.overview_page),
            (self.tr("Workshops"), self.workshops_page),
            (self.tr("Challenges"), self.challenges_page),
        ):
            self.navigation.addItem(title)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.stack.indexOf(page))
