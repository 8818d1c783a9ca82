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
    (
        "topics_page",
        QT_TRANSLATE_NOOP("ProjectView", "Topics"),
        "dgw_desktop.ui.pages.topics_page:TopicsPage",
    ),
    (
        "steering_page",
        QT_TRANSLATE_NOOP("ProjectView", "Steering committee"),
        "dgw_desktop.ui.pages.steering_page:SteeringPage",
    ),
    (
        "budget_page",
        QT_TRANSLATE_NOOP("ProjectView", "Budget"),
        "dgw_desktop.ui.pages.budget_page:BudgetPage",
    ),
)
LAZY_PAGE_NAMES = frozenset(name for name, _title, _target in LAZY_PAGES)

# The page that fixes a readiness item (``domain.readiness.PAGE_*``); a page not (yet) in
# LAZY_PAGES cannot be shown, and its items are not links.
READINESS_PAGES: dict[str, str] = {
    "topics": "topics_page",
    "comparison": "topics_page",
    "decisions": "steering_page",
    "team": "team_page",
    "budget": "budget_page",
}


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
        panel = self.overview_page.readiness_panel
        panel.set_page_available(self.has_page_named)
        panel.link_activated.connect(self.show_page_named)

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

    def has_page_named(self, name: str) -> bool:
        """Whether ``name`` (a page attribute or a readiness page key) can be shown."""
        attribute = READINESS_PAGES.get(name, name)
        return attribute == "overview_page" or attribute in LAZY_PAGE_NAMES

    def show_page_named(self, name: str, target_id: str | None = None) -> bool:
        """Show the page called ``name`` (e.g. ``"topics_page"`` or a readiness key such as
        ``"comparison"``); a page with ``navigate_to(key, target_id)`` is asked to show the
        item. False when there is no such page (yet)."""
        if not self.has_page_named(name):
            return False
        page = self.page(READINESS_PAGES.get(name, name))
        self.show_page(page)
        navigate = getattr(page, "navigate_to", None)
        if callable(navigate):
            navigate(name, target_id)
        return True
