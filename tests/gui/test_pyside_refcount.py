"""Guard against the PySide6 6.12.0 bug that releases a reference to None on every void call.

With that build, a long workshop session (or one large import with the challenge list open)
ends in "Fatal Python error: none_dealloc". pyproject.toml pins a build without it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt


class _Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return None


def test_void_qt_calls_keep_references_to_none_and_booleans(qapp: object) -> None:
    target = QObject()
    model = _Model()
    before_none = sys.getrefcount(None)
    before_true = sys.getrefcount(True)
    for _ in range(1000):
        target.setObjectName("x")
        model.beginResetModel()
        model.endResetModel()
    # A little slack for unrelated allocations; the bug loses one per call (3,000 here).
    assert sys.getrefcount(None) - before_none > -50
    assert sys.getrefcount(True) - before_true > -50
