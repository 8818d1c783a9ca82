"""Hours asked of internal staff: municipality × role × phase, with a total per municipality.

The rows are ``BudgetOverview.hours`` (``domain.budget.hours_asked``): lines of hours that
name whose staff works them. Hours per week add up the lines of one phase (they run side by
side); a municipality's total row adds up only the hours, since phases follow each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dgw_desktop.domain.budget import HoursRow
from dgw_desktop.domain.formatting import format_decimal
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel

Index = QModelIndex | QPersistentModelIndex
MUNICIPALITY, ROLE, PHASE, PER_WEEK, HOURS = range(5)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOTAL_COLOR = QColor("#eef3f8")


@dataclass(frozen=True)
class HoursTableRow:
    municipality: str
    role: str
    phase: str
    hours_per_week: Decimal | None  # None on a total row
    hours: Decimal
    is_total: bool = False


class HoursTableModel(KeyedTableModel[HoursTableRow]):
    def __init__(self, source: BudgetSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        source.reloaded.connect(self.refresh)
        self.reload()

    def reload(self) -> None:
        overview = self.source.overview
        rows: list[HoursTableRow] = []
        keys: list[tuple[str, str, str]] = []
        by_municipality: dict[str, list[HoursRow]] = {}
        for item in overview.hours:
            by_municipality.setdefault(item.municipality_id, []).append(item)
        for municipality_id, items in by_municipality.items():
            name = overview.municipality_name(municipality_id)
            for number, item in enumerate(items):
                rows.append(
                    HoursTableRow(
                        name if number == 0 else "",  # once per municipality: easier to read
                        item.role,
                        overview.phase_name(item.phase_id),
                        item.hours_per_week,
                        item.hours,
                    )
                )
                keys.append((municipality_id, item.role, item.phase_id))
            total = sum((item.hours for item in items), Decimal(0))
            rows.append(HoursTableRow("", self.tr("Total {0}").format(name), "", None, total, True))
            keys.append((municipality_id, "", ""))
        self.replace_rows(rows, keys, 5)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Municipality"),
                self.tr("Role"),
                self.tr("Phase"),
                self.tr("Hours\nper week"),
                self.tr("Hours"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (PER_WEEK, HOURS):
            return int(RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == MUNICIPALITY:
                return row.municipality
            if column == ROLE:
                return row.role
            if column == PHASE:
                return row.phase
            if column == PER_WEEK:
                return "" if row.hours_per_week is None else format_decimal(row.hours_per_week, 2)
            return format_decimal(row.hours, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PER_WEEK, HOURS):
            return int(RIGHT)
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.is_total:
            return QBrush(TOTAL_COLOR)
        return None
