"""The newest challenges of one workshop, oldest first, as the capture screen shows them.

Only the last ``SHOWN`` are kept: a projector shows about ten, and laying out thousands of
word-wrapped rows on every capture would make typing lag.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.ui.models.names import NameLookup
from dgw_desktop.ui.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex
SHOWN = 50


class RecentCapturesModel(QAbstractListModel):
    def __init__(
        self, session: ProjectSession, workshop_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.names = NameLookup.load(session.project_file)
        self._items: list[Challenge] = []
        self.total = 0
        self._load()
        session.rows_changed.connect(self._on_rows_changed)

    def _load(self) -> None:
        project_file = self.session.project_file
        self.total = int(
            project_file.query(
                "SELECT count(*) FROM challenge WHERE workshop_id = ?", (self.workshop_id,)
            )[0][0]
        )
        newest = project_file.query(
            "SELECT id FROM challenge WHERE workshop_id = ? ORDER BY created_at DESC, rowid DESC "
            "LIMIT ?",
            (self.workshop_id, SHOWN),
        )
        self._items = list_challenges(project_file, ids=[row[0] for row in newest])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        challenge = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            names = self.names.municipality_names(challenge.municipality_ids)
            text = f"{challenge.text}   [{names}]" if names else challenge.text
            return f"{text}   — {challenge.said_by}" if challenge.said_by else text
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == len(self._items) - 1:
            return QColor("#fff1b8")  # the newest capture stands out on the projector
        return None

    def challenge(self, row: int) -> Challenge:
        return self._items[row]

    def _on_rows_changed(self, table: str, ids: Sequence[str]) -> None:
        if table != "challenge":
            return
        if not ids:
            self.beginResetModel()
            self._load()
            self.endResetModel()
            return
        fresh = {c.id: c for c in list_challenges(self.session.project_file, ids=list(ids))}
        for row in reversed(range(len(self._items))):
            challenge_id = self._items[row].id
            if challenge_id in ids and (
                challenge_id not in fresh or fresh[challenge_id].workshop_id != self.workshop_id
            ):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.total -= 1
                self.endRemoveRows()
        positions = {c.id: row for row, c in enumerate(self._items)}
        for challenge in fresh.values():
            if challenge.workshop_id != self.workshop_id:
                continue
            if challenge.id in positions:
                row = positions[challenge.id]
                self._items[row] = challenge
                self.dataChanged.emit(self.index(row), self.index(row))
            else:
                if len(self._items) >= SHOWN:
                    self.beginRemoveRows(QModelIndex(), 0, 0)
                    del self._items[0]
                    self.endRemoveRows()
                row = len(self._items)
                self.total += 1
                self.beginInsertRows(QModelIndex(), row, row)
                self._items.append(challenge)
                self.endInsertRows()
