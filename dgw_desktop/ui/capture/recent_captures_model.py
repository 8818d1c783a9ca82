"""The challenges of one workshop, oldest first, as the capture screen shows them."""

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


class RecentCapturesModel(QAbstractListModel):
    def __init__(
        self, session: ProjectSession, workshop_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.names = NameLookup.load(session.project_file)
        self._items: list[Challenge] = [
            c for c in list_challenges(session.project_file) if c.workshop_id == workshop_id
        ]
        session.rows_changed.connect(self._on_rows_changed)

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
            self._items = [
                c
                for c in list_challenges(self.session.project_file)
                if c.workshop_id == self.workshop_id
            ]
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
                row = len(self._items)
                self.beginInsertRows(QModelIndex(), row, row)
                self._items.append(challenge)
                self.endInsertRows()
