"""The phases or the cost categories of the budget: name (edited in place), lines, amount.

One model serves both lists (``PHASES`` or ``CATEGORIES``); the rows come from the shared
budget overview in their order (position). Renaming a row is one undo command; the store
refuses an empty or duplicate name, and the refusal is emitted as ``refused``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from dgw_desktop.domain.budget import CostCategory, Phase
from dgw_desktop.domain.budget_overview import BudgetOverview
from dgw_desktop.domain.formatting import format_integer, format_money
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.commands.budget_list_commands import (
    RenameCategoryCommand,
    RenamePhaseCommand,
)
from dgw_desktop.ui.commands.store_command import StoreCommand, push_edit
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel

Index = QModelIndex | QPersistentModelIndex
Kind = Literal["phase", "category"]
PHASES: Kind = "phase"
CATEGORIES: Kind = "category"
NAME, LINES, AMOUNT = range(3)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Named = Phase | CostCategory


class NamedListModel(KeyedTableModel[Named]):
    def __init__(self, source: BudgetSource, kind: Kind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session = source.session
        self.kind = kind
        self._usage: dict[str, int] = {}
        source.reloaded.connect(self.refresh)
        self.reload()

    @property
    def overview(self) -> BudgetOverview:
        return self.source.overview

    def items(self) -> tuple[Named, ...]:
        overview = self.overview
        return overview.phases if self.kind == PHASES else overview.categories

    def reload(self) -> None:
        usage: dict[str, int] = {}
        for amount in self.overview.lines:
            line = amount.line
            key = line.phase_id if self.kind == PHASES else line.category_id
            usage[key] = usage.get(key, 0) + 1
        self._usage = usage
        items = self.items()
        self.replace_rows(items, [item.id for item in items], 3)

    def usage(self, item_id: str) -> int:
        """How many budget lines use the phase or category (it cannot be deleted while used)."""
        return self._usage.get(item_id, 0)

    def amount(self, item_id: str) -> int:
        totals = self.overview.totals
        by_id = totals.by_phase if self.kind == PHASES else totals.by_category
        return by_id.get(item_id, 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.tr("Phase") if self.kind == PHASES else self.tr("Cost category")
            return (name, self.tr("Lines"), self.tr("Amount"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != NAME:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and section == LINES:
            return self.tr("Budget lines that use it; only an unused one can be deleted")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return item.name
            if role == Qt.ItemDataRole.EditRole:
                return None
            if column == LINES:
                return format_integer(self.usage(item.id))
            return format_money(self.amount(item.id))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return self.tr("Press F2 to rename")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != NAME:
            return False
        before = self.row(index.row())
        after = dataclasses.replace(before, name=str(value))
        if after.name.strip() == before.name:
            return True
        command: StoreCommand
        if isinstance(before, Phase):
            command = RenamePhaseCommand(self.session, before, after)  # type: ignore[arg-type]
        else:
            command = RenameCategoryCommand(self.session, before, after)  # type: ignore[arg-type]
        error_text = push_edit(self.session, command)
        if error_text:
            self.refused.emit(error_text)
            return False
        return True
