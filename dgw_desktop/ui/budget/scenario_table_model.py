"""The scenarios: name and key edited in place, partners, total cost, and which is the proposal.

Figures come from each scenario's ``ScenarioSplit`` in the overview.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dgw_desktop.domain.budget_overview import ScenarioSplit
from dgw_desktop.domain.formatting import format_integer, format_money
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.commands.budget_commands import EditScenarioCommand
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.widgets.choice_delegate import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex
NAME, KEY, PARTNERS, PROPOSAL = range(4)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PROPOSAL_COLOR = QColor("#fff4d6")


class ScenarioTableModel(KeyedTableModel[ScenarioSplit]):
    def __init__(self, source: BudgetSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session = source.session
        source.reloaded.connect(self.refresh)
        self.reload()

    def reload(self) -> None:
        splits = self.source.overview.scenarios
        self.replace_rows(splits, [split.scenario.id for split in splits], 4)

    def row_of_scenario(self, scenario_id: str | None) -> int:
        return self.row_of_key(scenario_id) if scenario_id else -1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Scenario"),
                self.tr("Key"),
                self.tr("Partners"),
                self.tr("Proposal"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == PARTNERS:
            return int(RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        split = self.row(index.row())
        scenario = split.scenario
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return scenario.name
            if column == KEY:
                return split.key.name
            if column == PARTNERS:
                return format_integer(len(split.members))
            return "★" if scenario.is_proposal else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PARTNERS:
                return ", ".join(m.municipality.name for m in split.members)
            if column == PROPOSAL:
                return (
                    self.tr("The proposal to the steering committee")
                    if scenario.is_proposal
                    else None
                )
            text = self.tr("Cost {0}").format(format_money(split.total_cents))
            if split.left_out_cents:
                text += "\n" + self.tr("Lines borne by municipalities outside it: {0}").format(
                    format_money(split.left_out_cents)
                )
            return text
        if role == Qt.ItemDataRole.EditRole:
            return {NAME: scenario.name, KEY: scenario.key_id}.get(column)
        if role == CHOICES_ROLE and column == KEY:
            return [(key.name, key.id) for key in self.source.overview.keys]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PARTNERS:
            return int(RIGHT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PROPOSAL:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and scenario.is_proposal:
            return QBrush(PROPOSAL_COLOR)
        if role == Qt.ItemDataRole.FontRole and scenario.is_proposal:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (NAME, KEY):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        before = self.row(index.row()).scenario
        if index.column() == NAME:
            after = dataclasses.replace(before, name=str(value))
        elif index.column() == KEY:
            after = dataclasses.replace(before, key_id=str(value))
        else:
            return False
        if after == before:
            return True
        error = push_edit(self.session, EditScenarioCommand(self.session, before, after))
        if error:
            self.refused.emit(error)
            return False
        return True
