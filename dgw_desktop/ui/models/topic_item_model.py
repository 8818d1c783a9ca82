"""An editable table of one topic's rows of one kind (risks, KPIs, data sources, roles,
actions). What each column shows and how an edit changes the row is described by
``ItemColumn``s (see ``topic_item_columns``); every edit is one undo command via the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from dgw_desktop.domain.messages import UserError
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.ui.commands.store_command import push_edit, translate_error
from dgw_desktop.ui.commands.topic_item_commands import ItemKind, UpdateItemCommand
from dgw_desktop.ui.models.entity_table_model import ID_ROLE
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex
COLUMN_CONTEXT = "TopicItemModel"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ItemColumn:
    """``header`` is an English source text in context ``COLUMN_CONTEXT``.

    ``apply(item, value)`` returns the changed row (it may raise a ``UserError`` for input
    it cannot read); without it the column is read-only. With ``checked`` the column is a
    check box and ``apply`` receives a bool.
    """

    header: str
    display: Callable[[Any], str]
    edit: Callable[[Any], Any] | None = None
    apply: Callable[[Any, Any], Any] | None = None
    checked: Callable[[Any], bool] | None = None
    alignment: Qt.AlignmentFlag = LEFT
    tooltip: str = ""  # English source text in context COLUMN_CONTEXT


class TopicItemModel(KeyedTableModel[Any]):
    def __init__(
        self,
        session: ProjectSession,
        kind: ItemKind,
        columns: Sequence[ItemColumn],
        load: Callable[[ProjectFile, str], list[Any]],
        parent: QObject | None = None,
        also_watch: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.columns = list(columns)
        self._load = load
        self._watched = frozenset({kind.table, "topic"}) | also_watch
        self.topic_id: str | None = None
        session.changed.connect(self._on_changed)

    def set_topic(self, topic_id: str | None) -> None:
        self.topic_id = topic_id
        self.reload()

    def reload(self) -> None:
        items: list[Any] = []
        if self.topic_id is not None:
            try:
                items = self._load(self.session.project_file, self.topic_id)
            except UserError:
                items = []
        self.replace_rows(items, [item.id for item in items], len(self.columns))

    def _on_changed(self, table: str) -> None:
        if table in self._watched:
            self.refresh()

    # -- Qt model API ---------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row(index.row())
        column = self.columns[index.column()]
        if column.checked is not None:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = column.checked(item)
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(COLUMN_CONTEXT, column.header)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.display(item) or None
        if role == Qt.ItemDataRole.EditRole:
            return column.edit(item) if column.edit else column.display(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == ID_ROLE:
            return item.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(COLUMN_CONTEXT, column.header)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return QCoreApplication.translate(COLUMN_CONTEXT, column.tooltip)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        column = self.columns[index.column()]
        if column.apply is None:
            return flags
        if column.checked is not None:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.apply is None:
            return False
        if column.checked is not None:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        return self.change(index.row(), column, value)

    def change(self, row: int, column: ItemColumn, value: Any) -> bool:
        """Apply ``value`` to the row through the column; a refusal is reported by ``refused``."""
        assert column.apply is not None
        before = self.row(row)
        try:
            after = column.apply(before, value)
        except UserError as error:
            self.refused.emit(translate_error(error))
            return False
        if after == before:
            return True
        error_text = push_edit(
            self.session, UpdateItemCommand(self.session, self.kind, before, after)
        )
        if error_text:
            self.refused.emit(error_text)
            return False
        return True
