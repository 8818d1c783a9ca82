"""Budget totals: cost categories down, phases across, with a total row and column.

The last column is the total per category, the last row the total per phase, and the corner
the grand total; all from ``BudgetTotals`` (plain sums of the line amounts), so every figure
equals the sum of the lines above it on the Lines tab.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dgw_desktop.domain.budget_overview import BudgetOverview
from dgw_desktop.domain.formatting import format_money
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel

Index = QModelIndex | QPersistentModelIndex
TOTAL_KEY = "total"
TOTAL_COLOR = QColor("#eef3f8")
HEADER_WIDTH = 14  # characters: long phase names wrap in the header
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TotalsModel(KeyedTableModel[str]):
    """Rows: category ids, then ``TOTAL_KEY``; columns: the phases, then the total."""

    def __init__(self, source: BudgetSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        source.reloaded.connect(self.refresh)
        self.reload()

    @property
    def overview(self) -> BudgetOverview:
        return self.source.overview

    def reload(self) -> None:
        keys = [c.id for c in self.overview.categories] + [TOTAL_KEY]
        phases = tuple(p.id for p in self.overview.phases)
        # The phases are part of the shape: a renamed phase keeps it, a new one resets.
        self.replace_rows(keys, [(key, phases) for key in keys], len(phases) + 1)

    def row_count_without_total(self) -> int:
        return self.rowCount() - 1

    def cents(self, row: int, column: int) -> int:
        totals = self.overview.totals
        phases = self.overview.phases
        category_id = self.row(row)
        if column < len(phases):
            phase_id = phases[column].id
            if category_id == TOTAL_KEY:
                return totals.by_phase.get(phase_id, 0)
            return totals.by_phase_and_category.get((phase_id, category_id), 0)
        if category_id == TOTAL_KEY:
            return totals.total
        return totals.by_category.get(category_id, 0)

    def is_total(self, row: int, column: int) -> bool:
        return self.row(row) == TOTAL_KEY or column == len(self.overview.phases)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return format_money(self.cents(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.is_total(row, column):
            return QBrush(TOTAL_COLOR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        role_is_tooltip = role == Qt.ItemDataRole.ToolTipRole
        if role_is_tooltip:
            role = Qt.ItemDataRole.DisplayRole
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        phases = self.overview.phases
        if orientation == Qt.Orientation.Horizontal:
            if section < len(phases):
                name = phases[section].name
                return name if role_is_tooltip else textwrap.fill(name, HEADER_WIDTH)
            return self.tr("Total")
        if section >= self.rowCount():
            return None
        key = self.row(section)
        return self.tr("Total") if key == TOTAL_KEY else self.overview.category_name(key)
