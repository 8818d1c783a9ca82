"""The budget read model of the open project, shared by every model of the budget page.

``store.budget.budget_overview`` computes every amount, total, hours row, split and balance
in one go (about a millisecond for the demo). The page's models all show parts of that one
overview, so they never disagree, and it is computed once per committed change rather than
once per model.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from dgw_desktop.domain.budget_overview import BudgetOverview
from dgw_desktop.store.budget import budget_overview
from dgw_desktop.ui.session import ProjectSession

# Tables whose changes can change a figure on the budget page.
WATCHED = frozenset(
    {
        "budget_line",
        "rate",
        "project",
        "phase",
        "cost_category",
        "cost_key",
        "scenario",
        "funding_source",
        "municipality",
    }
)


class BudgetSource(QObject):
    """Holds the current ``BudgetOverview``; ``reloaded`` fires after every recomputation."""

    reloaded = Signal()

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.overview: BudgetOverview = budget_overview(session.project_file)
        session.changed.connect(self._on_changed)

    def _on_changed(self, table: str) -> None:
        if table in WATCHED:
            self.reload()

    def reload(self) -> None:
        self.overview = budget_overview(self.session.project_file)
        self.reloaded.emit()
