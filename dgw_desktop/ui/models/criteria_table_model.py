"""The scoring criteria with their weights; name and weight are edited in place (undoable)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from dgw_desktop.domain.entities import Criterion
from dgw_desktop.domain.formatting import format_integer
from dgw_desktop.store.scoring import list_criteria
from dgw_desktop.ui.commands.priority_commands import EditCriterionCommand
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex
NAME, WEIGHT = range(2)


class CriteriaTableModel(KeyedTableModel[Criterion]):
    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        criteria = list_criteria(self.session.project_file)
        self.replace_rows(criteria, [criterion.id for criterion in criteria], 2)

    def _on_changed(self, table: str) -> None:
        if table == "criterion":
            self.refresh()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        criterion = self.row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return criterion.name if index.column() == NAME else format_integer(criterion.weight)
        if role == Qt.ItemDataRole.EditRole:
            return criterion.name if index.column() == NAME else criterion.weight
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == WEIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Criterion"), self.tr("Weight"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        before = self.row(index.row())
        if index.column() == NAME:
            after = dataclasses.replace(before, name=str(value))
        else:
            after = dataclasses.replace(before, weight=int(value))
        if after == before:
            return True
        error = push_edit(self.session, EditCriterionCommand(self.session, before, after))
        if error:
            self.refused.emit(error)
            return False
        return True
