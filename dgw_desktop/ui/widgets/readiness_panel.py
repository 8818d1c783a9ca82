"""The readiness dashboard on the Overzicht page: three cards, Inhoud, Team and Middelen,
from ``store.readiness.readiness_dashboard`` (the rules are in ``domain.readiness``).

The panel knows no pages: ``link_activated(page, target_id)`` says where an item leads, and
``set_page_available`` tells it which pages exist, so items for a page not built yet are not
links. It reloads (once per event-loop turn, and only while shown) when a table it reads
changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from dgw_desktop.domain.readiness import ReadinessDashboard, StrategicChallenge
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.widgets.readiness_card import ReadinessCard

# Tables that change often during a workshop and never change readiness.
UNRELATED_TABLES = frozenset(
    {
        "challenge",
        "challenge_municipality",
        "participant",
        "attendance",
        "vote",
        "vote_round",
        "score",
        "criterion",
        "placement",
        "workshop",
        "project",
    }
)
CARD_HEIGHT = 210


class ReadinessPanel(QWidget):
    link_activated = Signal(str, str)  # page key (domain.readiness.PAGE_*), target id or ""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("readinessPanel")
        self._page_available: Callable[[str], bool] = lambda _page: False
        self.cards: dict[StrategicChallenge, ReadinessCard] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for challenge in StrategicChallenge:
            card = ReadinessCard(self)
            card.setFixedHeight(CARD_HEIGHT)
            card.link_activated.connect(self.link_activated)
            layout.addWidget(card, 1)
            self.cards[challenge] = card
        self.dashboard: ReadinessDashboard | None = None
        self._pending = False
        self._stale = False
        session.changed.connect(self._on_changed)
        # The first figures follow one event-loop turn after the window is shown: they read
        # the whole project (topics, decisions, budget) and must not delay opening a file.
        self._schedule()

    def set_page_available(self, available: Callable[[str], bool]) -> None:
        self._page_available = available
        self._schedule()

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._refresh_if_pending)

    def refresh(self) -> None:
        from dgw_desktop.store.readiness import readiness_dashboard  # not needed to start

        self._pending = False
        self._stale = False
        self.dashboard = readiness_dashboard(self.session.project_file)
        for readiness in self.dashboard.challenges:
            self.cards[readiness.challenge].show_readiness(readiness, self._page_available)

    def _on_changed(self, table: str) -> None:
        if table in UNRELATED_TABLES:
            return
        if not self.isVisible():
            self._stale = True
        else:
            self._schedule()

    def _refresh_if_pending(self) -> None:
        if self._pending and self.session.is_open:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)
