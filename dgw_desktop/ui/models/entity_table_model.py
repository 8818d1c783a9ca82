"""A read-only table model over a list of entities reloaded from the store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from dgw_desktop.ui.session import ProjectSession

Entity = TypeVar("Entity")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[Entity]):
    header: str
    display: Callable[[Entity], str]
    sort_key: Callable[[Entity], Any] | None = None
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class EntityTableModel(QAbstractTableModel, Generic[Entity]):
    """Subclasses provide ``columns()`` and ``load()``; the model reloads when one of
    ``watched_tables`` changes in the store."""

    watched_tables: frozenset[str] = frozenset()
    # Tables that only feed counts: reloaded one event-loop turn later, coalesced, so a
    # capture shows on screen before the counts on other pages catch up.
    deferred_tables: frozenset[str] = frozenset()

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[Entity] = []
        self._columns: Sequence[Column[Entity]] = ()
        self._reload_pending = False
        session.changed.connect(self._on_changed)
        self.reload()

    # -- to implement -----------------------------------------------------------------------
    def columns(self) -> Sequence[Column[Entity]]:
        raise NotImplementedError

    def load(self) -> list[Entity]:
        raise NotImplementedError

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entity = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(entity)
        if role == SORT_ROLE:
            return column.sort_key(entity) if column.sort_key else column.display(entity).casefold()
        if role == ID_ROLE:
            return getattr(entity, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    # -- helpers ------------------------------------------------------------------------------
    def entity(self, row: int) -> Entity:
        return self._rows[row]

    def entities(self) -> list[Entity]:
        return list(self._rows)

    def row_of(self, entity_id: str) -> int:
        for row, entity in enumerate(self._rows):
            if getattr(entity, "id", None) == entity_id:
                return row
        return -1

    def reload(self) -> None:
        self.beginResetModel()
        self._columns = self.columns()
        self._rows = self.load()
        self.endResetModel()

    def _on_changed(self, table: str) -> None:
        if table in self.deferred_tables:
            if not self._reload_pending:
                self._reload_pending = True
                QTimer.singleShot(0, self._deferred_reload)
        elif table in self.watched_tables:
            self.reload()

    def _deferred_reload(self) -> None:
        self._reload_pending = False
        if self.session.is_open:  # the project may have been closed in the meantime
            self.reload()
