"""The key per cost category in one scenario: the scenario's own key, or another one.

E.g. in the demo, training (opleiding) is shared equally while the rest goes by inhabitants.
Choosing is one ``EditScenarioCommand``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from dgw_desktop.domain.budget import CostCategory
from dgw_desktop.ui.budget.scenario_detail_model import ScenarioDetailModel
from dgw_desktop.ui.commands.budget_commands import EditScenarioCommand
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.widgets.choice_delegate import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex
CATEGORY, KEY = range(2)


class CategoryKeysModel(ScenarioDetailModel[CostCategory]):
    def reload(self) -> None:
        categories = list(self.source.overview.categories) if self.scenario else []
        self.replace_rows(categories, [(self.scenario_id, c.id) for c in categories], 2)

    def own_key(self, category_id: str) -> str | None:
        scenario = self.scenario
        if scenario is None:
            return None
        return dict(scenario.category_keys).get(category_id)

    def default_text(self) -> str:
        scenario = self.scenario
        key = self.source.overview.key(scenario.key_id) if scenario else None
        return key.name if key else "?"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Category"), self.tr("Key"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        category = self.row(index.row())
        own = self.own_key(category.id)
        if index.column() == CATEGORY:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return category.name
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            key = self.source.overview.key(own) if own else None
            return key.name if key else self.default_text()
        if role == Qt.ItemDataRole.ToolTipRole:
            if own:
                return self.tr("A key of its own in this scenario")
            return self.tr("The scenario's key")
        if role == Qt.ItemDataRole.EditRole:
            return own
        if role == CHOICES_ROLE:
            scenario = self.scenario
            keys = [
                (k.name, k.id)
                for k in self.source.overview.keys
                if scenario is None or k.id != scenario.key_id
            ]
            default = self.tr("{0} (the scenario's key)").format(self.default_text())
            return [(default, None), *keys]
        if role == Qt.ItemDataRole.FontRole and own:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == KEY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        before = self.scenario
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or before is None:
            return False
        category_id = self.row(index.row()).id
        keys = dict(before.category_keys)
        if value is None:
            keys.pop(category_id, None)
        else:
            keys[category_id] = str(value)
        after = dataclasses.replace(before, category_keys=tuple(keys.items()))
        if after == before:
            return True
        error = push_edit(self.session, EditScenarioCommand(self.session, before, after))
        if error:
            self.refused.emit(error)
            return False
        return True
