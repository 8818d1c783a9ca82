"""The rate table: name, hourly rate, internal or external, and how many lines use each rate.

Editing a rate is one ``EditRateCommand``; the store refuses a rate of € 0,00 (a line of hours
needs a price) and making the default internal rate external. Lines refer to their rate, so
a changed rate changes the amount of every line that uses it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from dgw_desktop.domain.budget import Rate
from dgw_desktop.domain.budget_overview import BudgetOverview
from dgw_desktop.domain.formatting import format_integer, format_money, parse_money
from dgw_desktop.domain.messages import UserError
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.budget.line_table_model import money_text
from dgw_desktop.ui.commands.budget_commands import EditRateCommand
from dgw_desktop.ui.commands.store_command import push_edit, translate_error
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel

Index = QModelIndex | QPersistentModelIndex
NAME, CENTS, INTERNAL, USED = range(4)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RateTableModel(KeyedTableModel[Rate]):
    def __init__(self, source: BudgetSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session = source.session
        self._usage: dict[str, int] = {}
        source.reloaded.connect(self.refresh)
        self.reload()

    @property
    def overview(self) -> BudgetOverview:
        return self.source.overview

    def reload(self) -> None:
        usage: dict[str, int] = {}
        for item in self.overview.lines:
            if item.rate_id is not None:
                usage[item.rate_id] = usage.get(item.rate_id, 0) + 1
        self._usage = usage
        rates = self.overview.rates
        self.replace_rows(rates, [rate.id for rate in rates], 4)

    def usage(self, rate_id: str) -> int:
        return self._usage.get(rate_id, 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Rate"), self.tr("Per hour"), self.tr("Internal"), self.tr("Lines"))[
                section
            ]
        if role == Qt.ItemDataRole.ToolTipRole and section == USED:
            return self.tr("Budget lines that use this rate (also as the default)")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rate = self.row(index.row())
        column = index.column()
        is_default = rate.id == self.overview.default_rate_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return self.tr("{0} (default)").format(rate.name) if is_default else rate.name
            if column == CENTS:
                return format_money(rate.cents)
            if column == USED:
                return format_integer(self.usage(rate.id))
            return None
        if role == Qt.ItemDataRole.EditRole:
            return {NAME: rate.name, CENTS: money_text(rate.cents)}.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == INTERNAL:
            return Qt.CheckState.Checked if rate.is_internal else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (CENTS, USED):
            return int(RIGHT)
        if role == Qt.ItemDataRole.FontRole and is_default and column == NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and is_default:
            return self.tr("Lines of hours without a rate of their own use this rate.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (NAME, CENTS):
            flags |= Qt.ItemFlag.ItemIsEditable
        elif index.column() == INTERNAL:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        before = self.row(index.row())
        column = index.column()
        try:
            if role == Qt.ItemDataRole.CheckStateRole and column == INTERNAL:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked
                after = dataclasses.replace(before, is_internal=checked)
            elif role == Qt.ItemDataRole.EditRole and column == NAME:
                after = dataclasses.replace(before, name=str(value))
            elif role == Qt.ItemDataRole.EditRole and column == CENTS:
                after = dataclasses.replace(before, cents=parse_money(str(value)))
            else:
                return False
        except UserError as error:
            self.refused.emit(translate_error(error))
            return False
        if after == before:
            return True
        error_text = push_edit(self.session, EditRateCommand(self.session, before, after))
        if error_text:
            self.refused.emit(error_text)
            return False
        return True
