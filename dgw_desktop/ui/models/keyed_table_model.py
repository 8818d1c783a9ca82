"""A table model whose rows have keys, so a reload that keeps the rows keeps the view's place.

Editing a cell writes to the store, which announces the change, which reloads the model. A
model reset would throw away the view's current cell (and with it keyboard entry such as
pressing + several times); when the rows are the same ones, only their data changes.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class KeyedTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses call ``replace_rows`` with fresh rows, their keys and the column count.

    ``refused`` carries the message of an edit the store refused (nothing was written).
    """

    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._keys: list[Hashable] = []
        self._column_count = 0
        self._paused = False
        self._stale = False

    # -- to implement -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the rows from the store and hand them to ``replace_rows``."""
        raise NotImplementedError

    # -- reloading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload now; while paused (nobody looks), once when resumed."""
        if self._paused:
            self._stale = True
        else:
            self.reload()

    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        if not paused and self._stale:
            self._stale = False
            self.reload()

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._column_count

    def row(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_of_key(self, key: Hashable) -> int:
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def replace_rows(
        self, rows: Sequence[Row], keys: Sequence[Hashable], column_count: int
    ) -> None:
        same_shape = list(keys) == self._keys and column_count == self._column_count
        if same_shape:
            self._rows = list(rows)
            if self._rows and column_count:
                last = self.index(len(self._rows) - 1, column_count - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            if column_count:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, column_count - 1)
            if self._rows:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = list(keys)
        self._column_count = column_count
        self.endResetModel()
