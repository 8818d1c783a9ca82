"""An open project: a navigation list of pages beside the page shown.

Pages are built (and their modules imported) when first shown, so opening a project costs
only the Overzicht page; the others follow on demand.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from dgw_desktop.ui.pages.overview_page import OverviewPage
from dgw_desktop.ui.session import ProjectSession

# The pages after Overzicht, in navigation order: attribute name, title, "module:Class".
# To add a page, add one line here.
LAZY_PAGES: tuple[tuple[str, str, str], ...] = (
    (
        "workshops_page",
        QT_TRANSLATE_NOOP("ProjectView", "Workshops"),
        "dgw_desktop.ui.pages.workshops_page:WorkshopsPage",
    ),
    (
        "challenges_page",
        QT_TRANSLATE_NOOP("ProjectView", "Challenges"),
        "dgw_desktop.ui.pages.challenges_page:ChallengesPage",
    ),
    (
        "themes_page",
        QT_TRANSLATE_NOOP("ProjectView", "Themes"),
        "dgw_desktop.ui.pages.themes_page:ThemesPage",
    ),
    (
        "priorities_page",
        QT_TRANSLATE_NOOP("ProjectView", "Prioritising"),
        "dgw_desktop.ui.pages.priorities_page:PrioritiesPage",
    ),
)
LAZY_PAGE_NAMES = frozenset(name for name, _title, _target in LAZY_PAGES)


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
        self.navigation.addItem(self.tr("Overview"))
        self.stack.addWidget(self.overview_page)
        self._pages: dict[str, QWidget] = {}
        self._order = ["overview_page"] + [name for name, _title, _target in LAZY_PAGES]
        self._targets = {name: target for name, _title, target in LAZY_PAGES}
        for _name, title, _target in LAZY_PAGES:
            self.navigation.addItem(self.tr(title))
            self.stack.addWidget(QWidget())  # replaced by the page when first shown
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(0)

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not set normally: the lazily built pages.
        if name in LAZY_PAGE_NAMES:
            return self.page(name)
        raise AttributeError(name)

    def page(self, name: str) -> QWidget:
        """The page called ``name`` (e.g. ``"challenges_page"``), built if needed."""
        if name == "overview_page":
            return self.overview_page
        if name not in self._pages:
            module_name, class_name = self._targets[name].split(":")
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(self.session)
            row = self._order.index(name)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[name] = page
        return self._pages[name]

    def built_pages(self) -> list[QWidget]:
        return [self.overview_page, *self._pages.values()]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self._order[row])
        self.stack.setCurrentWidget(page)

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.stack.indexOf(page))
