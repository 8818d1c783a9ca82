"""The base of tables that show one part of one scenario (its partners, its keys per category).

Subclasses implement ``reload`` for ``self.scenario`` (None: no scenario chosen, no rows).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

from dgw_desktop.domain.cost_split import Scenario
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel

Row = TypeVar("Row")


class ScenarioDetailModel(KeyedTableModel[Row]):
    def __init__(self, source: BudgetSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session = source.session
        self.scenario_id: str | None = None
        source.reloaded.connect(self.refresh)
        self.reload()

    @property
    def scenario(self) -> Scenario | None:
        return next(
            (
                split.scenario
                for split in self.source.overview.scenarios
                if split.scenario.id == self.scenario_id
            ),
            None,
        )

    def set_scenario(self, scenario_id: str | None) -> None:
        if scenario_id != self.scenario_id:
            self.scenario_id = scenario_id
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError
