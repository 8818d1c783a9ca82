"""The challenge list: filtering and sorting done in Python over precomputed keys.

A QSortFilterProxyModel would call back into Python for every row and column on each
keystroke; with 100,000 challenges that is far too slow. Here a keystroke is one pass of
``in`` over lower-cased strings, and an edit updates only the rows it touched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.ui.commands.challenge_commands import EditChallengeCommand
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.models.entity_table_model import ID_ROLE
from dgw_desktop.ui.models.names import NameLookup
from dgw_desktop.ui.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex
TEXT, DOMAIN, WORKSHOP, THEME, MUNICIPALITIES, NOTES = range(6)
COLUMN_COUNT = 6
EDITABLE_COLUMNS = frozenset({TEXT, NOTES})
# More changed rows than this are applied with one model reset instead of row by row.
BULK_ROWS = 50
# Filter value for "challenges in no theme yet".
NO_THEME = ""


@dataclass(frozen=True)
class ChallengeFilter:
    text: str = ""
    domain_id: str | None = None
    municipality_id: str | None = None
    workshop_id: str | None = None
    theme_id: str | None = None  # NO_THEME: only challenges without a theme

    def accepts(self, challenge: Challenge, haystack: str) -> bool:
        if self.text and self.text not in haystack:
            return False
        if self.domain_id and challenge.domain_id != self.domain_id:
            return False
        if self.workshop_id and challenge.workshop_id != self.workshop_id:
            return False
        if self.theme_id is not None and (challenge.theme_id or NO_THEME) != self.theme_id:
            return False
        return not (self.municipality_id and self.municipality_id not in challenge.municipality_ids)

    def choices(self) -> tuple[str | None, ...]:
        return (self.domain_id, self.municipality_id, self.workshop_id, self.theme_id)

    def narrows(self, previous: ChallengeFilter) -> bool:
        """True when every row this filter accepts was accepted by ``previous`` too."""
        return self.choices() == previous.choices() and previous.text in self.text


class ChallengeListModel(QAbstractTableModel):
    watched_tables = frozenset({"domain", "workshop", "municipality", "theme"})
    edit_failed = Signal(str)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._challenges: list[Challenge] = []
        self._haystacks: list[str] = []
        self._visible: list[int] = []
        self._filter = ChallengeFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.names = NameLookup.load(session.project_file)
        session.changed.connect(self._on_changed)
        session.rows_changed.connect(self._on_rows_changed)
        self.reload()

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit in place: the change is an undo step, committed before the cell shows it."""
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE_COLUMNS:
            return False
        before = self.entity(index.row())
        field = "text" if index.column() == TEXT else "notes"
        after = dataclasses.replace(before, **{field: str(value)})
        if getattr(after, field).strip() == getattr(before, field):
            return False
        error = push_edit(self.session, EditChallengeCommand(self.session, before, after))
        if error:
            self.edit_failed.emit(error)
            return False
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        challenge = self._challenges[self._visible[index.row()]]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.EditRole,
        ):
            return self._display(challenge, index.column())
        if role == ID_ROLE:
            return challenge.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Challenge"),
                self.tr("Domain"),
                self.tr("Workshop"),
                self.tr("Theme"),
                self.tr("Municipalities"),
                self.tr("Notes"),
            )[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order) if column >= 0 else None
        self._apply_sort()
        self.layoutChanged.emit()

    # -- what the page uses --------------------------------------------------------------------
    def entity(self, row: int) -> Challenge:
        return self._challenges[self._visible[row]]

    def entities(self) -> list[Challenge]:
        return [self._challenges[position] for position in self._visible]

    def total_count(self) -> int:
        return len(self._challenges)

    def row_of(self, challenge_id: str) -> int:
        for row, position in enumerate(self._visible):
            if self._challenges[position].id == challenge_id:
                return row
        return -1

    @property
    def current_filter(self) -> ChallengeFilter:
        return self._filter

    def set_filter(self, new_filter: ChallengeFilter) -> None:
        new_filter = dataclasses.replace(new_filter, text=new_filter.text.casefold().strip())
        if new_filter == self._filter:
            return
        # Typing one more letter only narrows: search the rows shown (already in order).
        narrowing = new_filter.narrows(self._filter)
        candidates: Iterable[int] = self._visible if narrowing else range(len(self._challenges))
        self.beginResetModel()
        self._filter = new_filter
        self._visible = self._matching(candidates)
        if self._sort and not narrowing:
            self._apply_sort()
        self.endResetModel()

    def set_text_filter(self, text: str) -> None:
        self.set_filter(dataclasses.replace(self._filter, text=text))

    def reload(self) -> None:
        self.beginResetModel()
        self.names = NameLookup.load(self.session.project_file)
        self._challenges = list_challenges(self.session.project_file)
        self._haystacks = [self._haystack(challenge) for challenge in self._challenges]
        self._refilter()
        self.endResetModel()

    # -- internals -----------------------------------------------------------------------------
    def _display(self, challenge: Challenge, column: int) -> str:
        if column == TEXT:
            return challenge.text
        if column == DOMAIN:
            return self.names.domains.get(challenge.domain_id, "")
        if column == WORKSHOP:
            return self.names.workshops.get(challenge.workshop_id or "", "")
        if column == THEME:
            return self.names.themes.get(challenge.theme_id or "", "")
        if column == MUNICIPALITIES:
            return self.names.municipality_names(challenge.municipality_ids)
        return challenge.notes

    def _haystack(self, challenge: Challenge) -> str:
        # Typing searches what people said (text and notes); domain, municipality, theme and
        # workshop have their own filters. Keeping names out saves memory on big projects.
        if not challenge.notes:
            return challenge.text.casefold()
        return f"{challenge.text}\n{challenge.notes}".casefold()

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        challenges = self._challenges
        if column == DOMAIN:
            positions = self.names.domain_positions
            return lambda p: positions.get(challenges[p].domain_id, 0)
        if column == MUNICIPALITIES:
            return lambda p: (len(challenges[p].municipality_ids), self._haystacks[p])
        return lambda p: self._display(challenges[p], column).casefold()

    def _apply_sort(self) -> None:
        if self._sort is None:
            self._visible.sort()
            return
        column, order = self._sort
        self._visible.sort(
            key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder
        )

    def _matching(self, candidates: Iterable[int]) -> list[int]:
        haystacks, challenges, current = self._haystacks, self._challenges, self._filter
        if any(choice is not None for choice in current.choices()):
            return [p for p in candidates if current.accepts(challenges[p], haystacks[p])]
        # Only text: the common case while typing, kept to one bare scan of the strings.
        needle = current.text
        if not needle:
            return list(candidates)
        return [p for p in candidates if needle in haystacks[p]]

    def _refilter(self) -> None:
        self._visible = self._matching(range(len(self._challenges)))
        self._apply_sort()

    def _on_changed(self, table: str) -> None:
        if table in self.watched_tables:
            self.reload()

    def _on_rows_changed(self, table: str, ids: Sequence[str]) -> None:
        if table != "challenge":
            return
        if not ids:
            self.reload()
            return
        self._update_rows(list(ids))

    def _update_rows(self, ids: list[str]) -> None:
        fresh = {c.id: c for c in list_challenges(self.session.project_file, ids=ids)}
        wanted = set(ids)
        known = {c.id: position for position, c in enumerate(self._challenges) if c.id in wanted}
        removed = [challenge_id for challenge_id in ids if challenge_id not in fresh]
        if removed:
            self._remove_positions(sorted(known[i] for i in removed if i in known))
            known = {c.id: p for p, c in enumerate(self._challenges) if c.id in fresh}
        newcomers = [c for c in fresh.values() if c.id not in known]
        last = self._challenges[-1].created_at if self._challenges else ""
        if any(challenge.created_at < last for challenge in newcomers):
            # An undone delete brings back older rows: put them back where they were.
            self.reload()
            return
        if len(fresh) > BULK_ROWS:
            self._bulk_update(fresh, known)
            return
        for challenge_id, challenge in fresh.items():
            if challenge_id in known:
                self._replace(known[challenge_id], challenge)
        self._append_all(newcomers)

    def _remove_positions(self, positions: list[int]) -> None:
        gone = set(positions)
        self.beginResetModel()
        remap: dict[int, int] = {}
        kept: list[Challenge] = []
        kept_haystacks: list[str] = []
        for position, challenge in enumerate(self._challenges):
            if position in gone:
                continue
            remap[position] = len(kept)
            kept.append(challenge)
            kept_haystacks.append(self._haystacks[position])
        self._challenges, self._haystacks = kept, kept_haystacks
        self._visible = [remap[p] for p in self._visible if p in remap]
        self.endResetModel()

    def _replace(self, position: int, challenge: Challenge) -> None:
        self._challenges[position] = challenge
        self._haystacks[position] = self._haystack(challenge)
        shown = position in self._visible
        accepted = self._filter.accepts(challenge, self._haystacks[position])
        if shown and accepted:
            row = self._visible.index(position)
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        elif shown != accepted:
            self.beginResetModel()
            self._refilter()
            self.endResetModel()

    def _append_all(self, challenges: list[Challenge]) -> None:
        """Add new rows at the end in one model change."""
        shown: list[int] = []
        for challenge in challenges:
            position = len(self._challenges)
            self._challenges.append(challenge)
            self._haystacks.append(self._haystack(challenge))
            if self._filter.accepts(challenge, self._haystacks[position]):
                shown.append(position)
        if not shown:
            return
        if self._sort is None:
            first = len(self._visible)
            self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
            self._visible.extend(shown)
            self.endInsertRows()
        else:
            self.beginResetModel()
            self._visible.extend(shown)
            self._apply_sort()
            self.endResetModel()

    def _bulk_update(self, fresh: dict[str, Challenge], known: dict[str, int]) -> None:
        """Many rows at once (an import, a theme of hundreds): one reset, one filter pass."""
        self.beginResetModel()
        for challenge_id, challenge in fresh.items():
            if challenge_id in known:
                position = known[challenge_id]
                self._challenges[position] = challenge
                self._haystacks[position] = self._haystack(challenge)
            else:
                self._challenges.append(challenge)
                self._haystacks.append(self._haystack(challenge))
        self._refilter()
        self.endResetModel()
