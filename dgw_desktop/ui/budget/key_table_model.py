"""The cost-sharing keys: name and method edited in place, and how many scenarios use each.

A key that becomes "custom percentages" starts with equal percentages over all the project's
municipalities (split exactly by ``largest_remainder``, so they add up to 100%); the
percentages are then edited on the right, and saved together.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from dgw_desktop.domain.cost_split import CostKey, KeyShare, largest_remainder
from dgw_desktop.domain.entities import Municipality
from dgw_desktop.domain.formatting import format_integer
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.commands.budget_commands import EditCostKeyCommand
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.widgets.choice_delegate import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex
NAME, METHOD, USED = range(3)


def equal_shares(municipalities: list[Municipality]) -> tuple[KeyShare, ...]:
    """Equal percentages that add up to exactly 100% (33,34 / 33,33 / 33,33)."""
    if not municipalities:
        return ()
    basis_points = largest_remainder(10_000, [(m.id, 1) for m in municipalities])
    return tuple(KeyShare(m.id, Decimal(basis_points[m.id]) / 100) for m in municipalities)


class KeyTableModel(KeyedTableModel[CostKey]):
    def __init__(self, source: BudgetSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session = source.session
        self._usage: dict[str, int] = {}
        source.reloaded.connect(self.refresh)
        self.reload()

    def reload(self) -> None:
        overview = self.source.overview
        usage: dict[str, int] = {}
        for split in overview.scenarios:
            scenario = split.scenario
            for key_id in {scenario.key_id, *(k for _c, k in scenario.category_keys)}:
                usage[key_id] = usage.get(key_id, 0) + 1
        self._usage = usage
        keys = overview.keys
        self.replace_rows(keys, [key.id for key in keys], 3)

    def method_text(self, method: str) -> str:
        return {
            "equal": self.tr("Equal shares"),
            "inhabitants": self.tr("By inhabitants"),
            "custom": self.tr("Custom percentages"),
        }.get(method, method)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Key"), self.tr("Method"), self.tr("Scenarios"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.row(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return key.name
            if column == METHOD:
                return self.method_text(key.method)
            return format_integer(self._usage.get(key.id, 0))
        if role == Qt.ItemDataRole.EditRole:
            return {NAME: key.name, METHOD: key.method}.get(column)
        if role == CHOICES_ROLE and column == METHOD:
            return [(self.method_text(m), m) for m in ("equal", "inhabitants", "custom")]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == USED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == NAME and self._usage.get(key.id):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (NAME, METHOD):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        before = self.row(index.row())
        if index.column() == NAME:
            after = dataclasses.replace(before, name=str(value))
        elif index.column() == METHOD:
            shares = before.shares
            if value == "custom" and not shares:
                shares = equal_shares(list(self.source.overview.municipalities))
            after = dataclasses.replace(before, method=value, shares=shares)
        else:
            return False
        if after == before:
            return True
        error = push_edit(self.session, EditCostKeyCommand(self.session, before, after))
        if error:
            self.refused.emit(error)
            return False
        return True
