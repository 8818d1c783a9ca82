"""Scenarios side by side: what each municipality pays, and per inhabitant, in each scenario.

Rows: the municipalities of any scenario (``BudgetOverview.comparison``), then the total of
each scenario. The shares come from the store's exact split (largest remainder), so a
scenario's column adds up to its total to the cent.
"""

from __future__ import annotations

import textwrap
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dgw_desktop.domain.budget_overview import ComparisonRow, ScenarioSplit
from dgw_desktop.domain.formatting import format_integer, format_money
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel

Index = QModelIndex | QPersistentModelIndex
MUNICIPALITY, INHABITANTS = range(2)
FIRST_SCENARIO_COLUMN = 2
HEADER_WIDTH = 12  # characters: long scenario names wrap in the header
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOTAL_COLOR = QColor("#eef3f8")
PROPOSAL_COLOR = QColor("#fff4d6")


def euros_per_inhabitant(value: Decimal) -> str:
    """``Decimal("4.71")`` (euros, two decimals) → ``€ 4,71``."""
    return format_money(int(value * 100))


class ComparisonModel(KeyedTableModel[ComparisonRow | None]):
    """A row is a ``ComparisonRow``, or None for the total row at the bottom."""

    def __init__(self, source: BudgetSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.splits: tuple[ScenarioSplit, ...] = ()
        source.reloaded.connect(self.refresh)
        self.reload()

    def reload(self) -> None:
        self.splits = self.source.overview.scenarios
        rows: list[ComparisonRow | None] = list(self.source.overview.comparison)
        scenario_ids = tuple(split.scenario.id for split in self.splits)
        keys = [(row.municipality.id, scenario_ids) for row in rows if row is not None]
        rows.append(None)
        keys.append(("total", scenario_ids))
        self.replace_rows(rows, keys, FIRST_SCENARIO_COLUMN + 2 * len(self.splits))

    def scenario_at(self, column: int) -> tuple[int, bool]:
        """(scenario index, per inhabitant?) of a figure column."""
        offset = column - FIRST_SCENARIO_COLUMN
        return offset // 2, offset % 2 == 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section >= FIRST_SCENARIO_COLUMN:
            scenario_index, per_inhabitant = self.scenario_at(section)
            split = self.splits[scenario_index]
            name = split.scenario.name + (" ★" if split.scenario.is_proposal else "")
            if role == Qt.ItemDataRole.DisplayRole:
                if per_inhabitant:
                    return self.tr("per\ninhabitant")
                return textwrap.fill(name, HEADER_WIDTH)
            if role == Qt.ItemDataRole.ToolTipRole:
                text = self.tr("{0}, key “{1}”").format(split.scenario.name, split.key.name)
                return text + (
                    "\n" + self.tr("★ the proposal") if split.scenario.is_proposal else ""
                )
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(RIGHT)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Municipality"), self.tr("Inhabitants"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == INHABITANTS:
            return int(RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != MUNICIPALITY:
            return int(RIGHT)
        if role == Qt.ItemDataRole.FontRole and row is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if row is None:
                return QBrush(TOTAL_COLOR)
            if column >= FIRST_SCENARIO_COLUMN:
                split = self.splits[self.scenario_at(column)[0]]
                if split.scenario.is_proposal:
                    return QBrush(PROPOSAL_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and row is not None:
            return self._tooltip(row, column)
        return None

    def _text(self, row: ComparisonRow | None, column: int) -> str:
        if column == MUNICIPALITY:
            return self.tr("Total") if row is None else row.municipality.name
        if column == INHABITANTS:
            if row is None:
                return ""
            return format_integer(row.municipality.inhabitants)
        scenario_index, per_inhabitant = self.scenario_at(column)
        split = self.splits[scenario_index]
        if row is None:
            if per_inhabitant:
                return euros_per_inhabitant(split.per_inhabitant)
            return format_money(split.total_cents)
        share = row.cells[scenario_index]
        if share is None:
            return "–"
        if per_inhabitant:
            return euros_per_inhabitant(share.per_inhabitant)
        return format_money(share.total_cents)

    def _tooltip(self, row: ComparisonRow, column: int) -> str | None:
        if column < FIRST_SCENARIO_COLUMN:
            return None
        share = row.cells[self.scenario_at(column)[0]]
        if share is None:
            return self.tr("Not a partner in this scenario")
        return self.tr("Share of the shared pool {0}; lines it bears alone {1}").format(
            format_money(share.shared_cents), format_money(share.own_cents)
        )
