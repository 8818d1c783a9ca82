"""The dots of one voting round: a row per theme or challenge of the workshop.

The "Dots" column is editable; each edit is a ``SetDotsCommand`` (undoable). The store
refuses negative numbers and more dots than the round has; the model then writes nothing
and emits ``refused`` with the store's message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dgw_desktop.domain.formatting import format_integer
from dgw_desktop.store.priority_targets import TargetInfo, workshop_targets
from dgw_desktop.store.voting import list_votes, vote_results
from dgw_desktop.ui.commands.priority_commands import SetDotsCommand
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.models.entity_table_model import SORT_ROLE
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.models.target_kinds import KIND_COLORS, kind_label
from dgw_desktop.ui.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex
KIND, TEXT, DOTS = range(3)
WATCHED = frozenset({"vote", "vote_round", "challenge", "theme", "participant", "workshop"})


@dataclass(frozen=True)
class VoteRow:
    info: TargetInfo
    dots: int


class VoteTableModel(KeyedTableModel[VoteRow]):
    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id: str | None = None
        self.round_id: str | None = None
        session.changed.connect(self._on_changed)
        self.reload()  # the columns exist from the start, so views can size them

    def set_round(self, workshop_id: str | None, round_id: str | None) -> None:
        self.workshop_id = workshop_id
        self.round_id = round_id
        self.reload()

    def reload(self) -> None:
        project_file = self.session.project_file
        infos = workshop_targets(project_file, self.workshop_id) if self.workshop_id else []
        dots = {}
        if self.round_id:
            dots = {vote.target: vote.dots for vote in list_votes(project_file, self.round_id)}
            # Targets with dots that are no longer in the workshop's lists still count.
            listed = {info.target for info in infos}
            infos += [
                TargetInfo(result.target, result.text)
                for result in vote_results(project_file, self.round_id)
                if result.target not in listed
            ]
        rows = [VoteRow(info, dots.get(info.target, 0)) for info in infos]
        self.replace_rows(rows, [row.info.target for row in rows], 3)

    def _on_changed(self, table: str) -> None:
        if table in WATCHED:
            self.refresh()

    # -- Qt model API -------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                return kind_label(row.info.kind)
            if column == TEXT:
                return row.info.text
            return format_integer(row.dots)
        if role == Qt.ItemDataRole.EditRole:
            return row.dots if column == DOTS else None
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return row.info.text
        if role == SORT_ROLE:
            return (row.info.kind, row.info.text.casefold(), row.dots)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DOTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == KIND:
                return QBrush(KIND_COLORS[row.info.kind])
            if column == DOTS and row.dots == 0:
                return QBrush(QColor("#9aa0a6"))
        if role == Qt.ItemDataRole.FontRole and column == DOTS and row.dots:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Type"), self.tr("Theme or challenge"), self.tr("Dots"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == DOTS and self.round_id:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != DOTS or role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_dots(index.row(), int(value) if value is not None else 0)

    # -- edits --------------------------------------------------------------------------------
    def set_dots(self, row: int, dots: int) -> bool:
        """Give row ``row`` exactly ``dots`` (an undoable edit); False when refused."""
        if self.round_id is None or not 0 <= row < self.rowCount():
            return False
        info = self.row(row).info
        if dots == self.row(row).dots:
            return True
        command = SetDotsCommand(self.session, self.round_id, info.target, dots, info.text)
        error = push_edit(self.session, command)
        if error:
            self.refused.emit(error)
            return False
        return True

    def add_dots(self, row: int, step: int) -> bool:
        """One dot more (step 1) or less (step -1) for row ``row``."""
        if not 0 <= row < self.rowCount():
            return False
        return self.set_dots(row, self.row(row).dots + step)
