"""The themes as a tree: each theme with its domain, its number of challenges and of
municipalities sharing it; expanded, its challenges.

Challenges are dragged out of a theme and dropped onto one as a list of ids
(``challenge_mime``); a drop pushes the same undoable command as the keyboard does. A theme
name is edited in place (F2).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from dgw_desktop.domain.entities import Challenge, Theme
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.store.themes import ThemeSummary, theme_members, theme_summaries
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.commands.theme_commands import AssignChallengesCommand, RenameThemeCommand
from dgw_desktop.ui.models.challenge_mime import (
    CHALLENGE_IDS_MIME,
    challenge_ids_from,
    challenge_ids_mime,
)
from dgw_desktop.ui.models.entity_table_model import ID_ROLE
from dgw_desktop.ui.models.names import NameLookup
from dgw_desktop.ui.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex
NAME, DOMAIN, CHALLENGES, MUNICIPALITIES = range(4)
IS_THEME_ROLE = Qt.ItemDataRole.UserRole + 3
_THEME_ITEM = 0  # internal id of a theme row; a challenge row holds its theme's row + 1
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class ThemeTreeModel(QAbstractItemModel):
    refused = Signal(str)  # an edit or drop the store refused: the message to show
    assigned = Signal(object, list)  # after a drop: theme id (None: no theme), challenge ids

    reload_tables = frozenset({"theme", "domain", "municipality"})

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._themes: list[ThemeSummary] = []
        self._members: list[list[Challenge]] = []
        self._row_of_challenge: dict[str, int] = {}  # challenge id → its theme's row
        self._pending: list[tuple[str, ...]] = []  # challenge changes still to check
        self.names = NameLookup.load(session.project_file)
        session.rows_changed.connect(self._on_rows_changed)
        self.reload()

    # -- structure ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _THEME_ITEM)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index | None = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent()
            return QObject.parent(self)
        if not child.isValid() or child.internalId() == _THEME_ITEM:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _THEME_ITEM)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._themes)
        if parent.internalId() == _THEME_ITEM and parent.column() == 0:
            return len(self._members[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    # -- content --------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _THEME_ITEM:
            return self._theme_data(self._themes[index.row()], index.column(), role)
        challenge = self._members[index.internalId() - 1][index.row()]
        return self._challenge_data(challenge, index.column(), role)

    def _theme_data(self, theme: ThemeSummary, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return theme.id
        if role == IS_THEME_ROLE:
            return True
        if role == Qt.ItemDataRole.FontRole and column == NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (CHALLENGES, MUNICIPALITIES):
            return _RIGHT
        if role == Qt.ItemDataRole.EditRole and column == NAME:
            return theme.name
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                theme.name,
                theme.domain_name or self.tr("Across domains"),
                str(theme.challenge_count),
                str(theme.municipality_count),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MUNICIPALITIES:
                names = self.names.municipality_names(theme.municipality_ids)
                return self.tr("Shared by: {0}").format(names) if names else self.tr("No one yet")
            return theme.description or theme.name
        return None

    def _challenge_data(self, challenge: Challenge, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return challenge.id
        if role == IS_THEME_ROLE:
            return False
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MUNICIPALITIES:
            return _RIGHT
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return challenge.text
            if column == DOMAIN:  # only where it differs from the theme's
                theme = self._themes[self._row_of_challenge[challenge.id]]
                same = theme.domain_id == challenge.domain_id
                return "" if same else self.names.domains.get(challenge.domain_id, "")
            if column == MUNICIPALITIES:
                return str(len(challenge.municipality_ids))
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MUNICIPALITIES:
                names = self.names.municipality_names(challenge.municipality_ids)
                return self.tr("Shared by: {0}").format(names) if names else self.tr("No one yet")
            return challenge.text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Theme"),
                self.tr("Domain"),
                self.tr("Challenges"),
                self.tr("Municipalities"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == MUNICIPALITIES:
            return self.tr("How many municipalities share the theme's challenges")
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (CHALLENGES, MUNICIPALITIES):
            return _RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDropEnabled
        if index.internalId() != _THEME_ITEM:
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Renaming in place is an undoable rename; a refused name is reported, not stored."""
        if role != Qt.ItemDataRole.EditRole or not self.is_theme(index) or index.column() != NAME:
            return False
        theme = self.theme(index.row())
        name = str(value)
        if name.strip() == theme.name:
            return False
        error = push_edit(self.session, RenameThemeCommand(self.session, theme, name))
        if error:
            self.refused.emit(error)
            return False
        return True

    # -- drag and drop --------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [CHALLENGE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        ids = [
            str(index.data(ID_ROLE))
            for index in sorted(indexes, key=lambda i: (i.internalId(), i.row()))
            if index.isValid() and not self.is_theme(index)
        ]
        return challenge_ids_mime(ids) if ids else None

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def drop_target(self, row: int, parent: Index) -> int | None:
        """The row of the theme a drop at (row, parent) lands in; None between themes."""
        if not parent.isValid():
            return None
        if parent.internalId() == _THEME_ITEM:
            return parent.row()
        return parent.internalId() - 1  # onto a challenge: into that challenge's theme

    def _movable(self, data: QMimeData | None, row: int, parent: Index) -> tuple[int, list[str]]:
        target = self.drop_target(row, parent)
        if target is None:
            return -1, []
        ids = challenge_ids_from(data)
        return target, [i for i in ids if self._row_of_challenge.get(i) != target]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return False
        return bool(self._movable(data, row, parent)[1])

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return False
        target, ids = self._movable(data, row, parent)
        if not ids:
            return False
        return self.assign(self._themes[target].id, ids)

    def assign(self, theme_id: str | None, challenge_ids: Sequence[str]) -> bool:
        """Put challenges in a theme (None: out of their theme) as one undoable step."""
        theme = next((self.theme(r) for r, t in enumerate(self._themes) if t.id == theme_id), None)
        if theme_id is not None and theme is None:
            return False
        ids = list(challenge_ids)
        error = push_edit(self.session, AssignChallengesCommand(self.session, theme, ids))
        if error:
            self.refused.emit(error)
            return False
        self.assigned.emit(theme_id, ids)
        return True

    # -- what the page uses ---------------------------------------------------------------------
    def is_theme(self, index: Index) -> bool:
        return index.isValid() and index.internalId() == _THEME_ITEM

    def theme(self, row: int) -> Theme:
        summary = self._themes[row]
        return Theme(
            id=summary.id,
            name=summary.name,
            domain_id=summary.domain_id,
            description=summary.description,
        )

    def summaries(self) -> list[ThemeSummary]:
        return list(self._themes)

    def summary(self, row: int) -> ThemeSummary:
        return self._themes[row]

    def members(self, row: int) -> list[Challenge]:
        return list(self._members[row])

    def theme_index(self, theme_id: str) -> QModelIndex:
        for row, theme in enumerate(self._themes):
            if theme.id == theme_id:
                return self.index(row, 0)
        return QModelIndex()

    def challenge_index(self, challenge_id: str) -> QModelIndex:
        theme_row = self._row_of_challenge.get(challenge_id)
        if theme_row is None:
            return QModelIndex()
        for row, challenge in enumerate(self._members[theme_row]):
            if challenge.id == challenge_id:
                return self.index(row, 0, self.index(theme_row, 0))
        return QModelIndex()

    def theme_of_challenge(self, challenge_id: str) -> str | None:
        row = self._row_of_challenge.get(challenge_id)
        return None if row is None else self._themes[row].id

    def reload(self) -> None:
        self._pending.clear()  # a full reload answers every pending check
        self.beginResetModel()
        project_file = self.session.project_file
        self.names = NameLookup.load(project_file)
        self._themes = theme_summaries(project_file)
        members = theme_members(project_file)
        self._members = [members.get(theme.id, []) for theme in self._themes]
        self._row_of_challenge = {
            challenge.id: row for row, group in enumerate(self._members) for challenge in group
        }
        self.endResetModel()

    def _on_rows_changed(self, table: str, ids: Sequence[str]) -> None:
        if table in self.reload_tables:
            self.reload()
        elif table == "challenge":
            # Theme edits also announce "theme" and reload at once; what is left (a capture,
            # an edit on another page) is checked one event-loop turn later, coalesced.
            if not self._pending:
                QTimer.singleShot(0, self._check_pending)
            self._pending.append(tuple(ids))

    def _check_pending(self) -> None:
        pending, self._pending = self._pending, []
        if not pending or not self.session.is_open:  # closed in the meantime
            return
        if any(not ids for ids in pending):
            self.reload()
            return
        ids = list(dict.fromkeys(i for group in pending for i in group))
        if self._concerns_themes(ids):
            self.reload()

    def _concerns_themes(self, ids: Sequence[str]) -> bool:
        """Whether a change of these challenges shows here (a member, or one now in a theme)."""
        if len(ids) > 500 or any(i in self._row_of_challenge for i in ids):
            return True
        return any(c.theme_id for c in list_challenges(self.session.project_file, ids=ids))
