"""The partners of one scenario as a checkable list of the project's municipalities.

Checking or unchecking a municipality is one ``EditScenarioCommand``; the store refuses a
scenario without partners, or one whose custom key gives none of them a share.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from dgw_desktop.domain.cost_split import Scenario
from dgw_desktop.domain.entities import Municipality
from dgw_desktop.domain.formatting import format_integer
from dgw_desktop.ui.budget.scenario_detail_model import ScenarioDetailModel
from dgw_desktop.ui.commands.budget_commands import EditScenarioCommand
from dgw_desktop.ui.commands.store_command import push_edit

Index = QModelIndex | QPersistentModelIndex


class ScenarioMembersModel(ScenarioDetailModel[Municipality]):
    def reload(self) -> None:
        towns = list(self.source.overview.municipalities) if self.scenario else []
        self.replace_rows(towns, [(self.scenario_id, m.id) for m in towns], 1)

    def is_member(self, row: int) -> bool:
        scenario = self.scenario
        return scenario is not None and self.row(row).id in scenario.member_ids

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        municipality = self.row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{municipality.name} ({format_integer(municipality.inhabitants)})"
        if role == Qt.ItemDataRole.CheckStateRole:
            member = self.is_member(index.row())
            return Qt.CheckState.Checked if member else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("{0}: {1} inhabitants").format(
                municipality.name, format_integer(municipality.inhabitants)
            )
            if not municipality.is_partner:
                text += "\n" + self.tr("A possible partner, not yet in the pilot")
            return text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        before = self.scenario
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or before is None:
            return False
        municipality_id = self.row(index.row()).id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        members = [m for m in before.member_ids if m != municipality_id]
        if checked:
            members.append(municipality_id)
        return self.set_members(before, tuple(members))

    def set_members(self, before: Scenario, members: tuple[str, ...]) -> bool:
        after = dataclasses.replace(before, member_ids=members)
        if set(after.member_ids) == set(before.member_ids):
            return True
        error = push_edit(self.session, EditScenarioCommand(self.session, before, after))
        if error:
            self.refused.emit(error)
            return False
        return True
