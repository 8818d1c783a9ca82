"""The challenges in no theme yet, filtered by domain and by text as you type.

Like ``ChallengeListModel`` it filters in Python over precomputed lower-case text, and a
change touches only the rows it concerns (inserted or removed in place, so the selection
stays), which keeps it fluid with thousands of challenges. Challenges are dragged from here
onto a theme, and dropped here to take them out of their theme.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.commands.theme_commands import AssignChallengesCommand
from dgw_desktop.ui.models.challenge_mime import (
    CHALLENGE_IDS_MIME,
    challenge_ids_from,
    challenge_ids_mime,
)
from dgw_desktop.ui.models.entity_table_model import ID_ROLE
from dgw_desktop.ui.models.names import NameLookup
from dgw_desktop.ui.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex
TEXT, DOMAIN, MUNICIPALITIES = range(3)
_MANY = 500  # beyond this many changed rows a reset is cheaper than row-by-row updates


class UnassignedChallengesModel(QAbstractTableModel):
    refused = Signal(str)
    assigned = Signal(object, list)  # after a drop: None (no theme), challenge ids

    watched_tables = frozenset({"domain", "municipality", "workshop"})

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rank: dict[str, int] = {}  # capture order of every challenge seen
        self._challenges: dict[str, Challenge] = {}  # the unassigned ones
        self._haystacks: dict[str, str] = {}
        self._ordered: list[str] = []  # all unassigned ids, in capture order
        self._rows: list[str] = []  # the ids shown, in capture order
        self._text = ""
        self._domain_id: str | None = None
        self.names = NameLookup.load(session.project_file)
        session.changed.connect(self._on_changed)
        session.rows_changed.connect(self._on_rows_changed)
        self.reload()

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        challenge = self._challenges[self._rows[index.row()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(challenge, index.column())
        if role == ID_ROLE:
            return challenge.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Challenge"), self.tr("Domain"), self.tr("Municipalities"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- drag and drop --------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [CHALLENGE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return challenge_ids_mime(self._rows[row] for row in rows) if rows else None

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def _movable(self, data: QMimeData | None) -> list[str]:
        """The dragged challenges that are in a theme now (the others are here already)."""
        return [i for i in challenge_ids_from(data) if i not in self._challenges]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action != Qt.DropAction.IgnoreAction and bool(self._movable(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = self._movable(data)
        if action == Qt.DropAction.IgnoreAction or not ids:
            return False
        error = push_edit(self.session, AssignChallengesCommand(self.session, None, ids))
        if error:
            self.refused.emit(error)
            return False
        self.assigned.emit(None, ids)
        return True

    # -- what the page uses ---------------------------------------------------------------------
    def challenge(self, row: int) -> Challenge:
        return self._challenges[self._rows[row]]

    def total_count(self) -> int:
        return len(self._ordered)

    def row_of(self, challenge_id: str) -> int:
        if challenge_id not in self._challenges:
            return -1
        row = bisect_left(self._rows, self._rank[challenge_id], key=self._rank.__getitem__)
        return row if row < len(self._rows) and self._rows[row] == challenge_id else -1

    def set_filter(self, text: str, domain_id: str | None) -> None:
        text = text.casefold().strip()
        if (text, domain_id) == (self._text, self._domain_id):
            return
        # One more letter typed only narrows: search the rows shown (already in order).
        narrowing = domain_id == self._domain_id and self._text in text
        self.beginResetModel()
        self._text, self._domain_id = text, domain_id
        self._rows = self._filtered(self._rows if narrowing else self._ordered)
        self.endResetModel()

    def set_text_filter(self, text: str) -> None:
        self.set_filter(text, self._domain_id)

    def set_domain_filter(self, domain_id: str | None) -> None:
        self.set_filter(self._text, domain_id)

    def reload(self) -> None:
        self.beginResetModel()
        self.names = NameLookup.load(self.session.project_file)
        everything = list_challenges(self.session.project_file)
        self._rank = {challenge.id: rank for rank, challenge in enumerate(everything)}
        self._challenges = {c.id: c for c in everything if c.theme_id is None}
        self._haystacks = {i: self._haystack(c) for i, c in self._challenges.items()}
        self._ordered = list(self._challenges)
        self._rows = self._filtered(self._ordered)
        self.endResetModel()

    # -- internals ------------------------------------------------------------------------------
    def _display(self, challenge: Challenge, column: int) -> str:
        if column == TEXT:
            return challenge.text
        if column == DOMAIN:
            return self.names.domains.get(challenge.domain_id, "")
        return self.names.municipality_names(challenge.municipality_ids)

    def _haystack(self, challenge: Challenge) -> str:
        parts = (
            challenge.text,
            self.names.domains.get(challenge.domain_id, ""),
            self.names.municipality_names(challenge.municipality_ids),
            self.names.workshops.get(challenge.workshop_id or "", ""),
            challenge.notes,
        )
        return "\n".join(parts).casefold()

    def _filtered(self, candidates: list[str]) -> list[str]:
        challenges, haystacks, text = self._challenges, self._haystacks, self._text
        if self._domain_id:
            candidates = [i for i in candidates if challenges[i].domain_id == self._domain_id]
        return [i for i in candidates if text in haystacks[i]] if text else list(candidates)

    def _accepts(self, challenge_id: str) -> bool:
        if self._domain_id and self._challenges[challenge_id].domain_id != self._domain_id:
            return False
        return not self._text or self._text in self._haystacks[challenge_id]

    def _on_changed(self, table: str) -> None:
        if table in self.watched_tables:
            self.reload()

    def _on_rows_changed(self, table: str, ids: Sequence[str]) -> None:
        if table != "challenge":
            return
        if not ids or len(ids) > _MANY:
            self.reload()
            return
        fresh = {c.id: c for c in list_challenges(self.session.project_file, ids=list(ids))}
        for challenge_id in dict.fromkeys(ids):
            self._update(challenge_id, fresh.get(challenge_id))

    def _update(self, challenge_id: str, challenge: Challenge | None) -> None:
        if challenge_id not in self._rank:
            self._rank[challenge_id] = len(self._rank)
        rank_of = self._rank.__getitem__
        rank = self._rank[challenge_id]
        was_here = challenge_id in self._challenges
        shown_row = self.row_of(challenge_id)
        if challenge is None or challenge.theme_id is not None:
            if not was_here:
                return
            if shown_row >= 0:
                self.beginRemoveRows(QModelIndex(), shown_row, shown_row)
                del self._rows[shown_row]
                self._drop(challenge_id, rank)
                self.endRemoveRows()
            else:
                self._drop(challenge_id, rank)
            return
        self._challenges[challenge_id] = challenge
        self._haystacks[challenge_id] = self._haystack(challenge)
        if not was_here:
            self._ordered.insert(bisect_left(self._ordered, rank, key=rank_of), challenge_id)
        accepted = self._accepts(challenge_id)
        if shown_row >= 0 and accepted:
            self.dataChanged.emit(self.index(shown_row, 0), self.index(shown_row, 2))
        elif shown_row >= 0:
            self.beginRemoveRows(QModelIndex(), shown_row, shown_row)
            del self._rows[shown_row]
            self.endRemoveRows()
        elif accepted:
            row = bisect_left(self._rows, rank, key=rank_of)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, challenge_id)
            self.endInsertRows()

    def _drop(self, challenge_id: str, rank: int) -> None:
        position = bisect_left(self._ordered, rank, key=self._rank.__getitem__)
        del self._ordered[position]
        del self._challenges[challenge_id]
        del self._haystacks[challenge_id]
