"""The scores of one theme or challenge: criteria across, Consensus and participants down.

Each cell holds a 1–5 score or nothing; each edit is a ``SetScoreCommand``. The first row is
the result per criterion (``domain.scoring``): the consensus score if there is one, else the
participants' mean, flagged where their scores spread widely.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from dgw_desktop.domain.entities import Criterion, Participant, Target
from dgw_desktop.domain.formatting import format_decimal
from dgw_desktop.domain.scoring import DISSENT_RULE, CriterionResult, weighted_ranking
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.participants import list_participants
from dgw_desktop.store.scoring import list_criteria, list_scores
from dgw_desktop.ui.commands.priority_commands import SetScoreCommand
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex
WATCHED = frozenset({"score", "criterion", "participant", "challenge", "theme", "municipality"})
CONSENSUS_COLOR = QColor("#e6f0fa")
RESULT_COLOR = QColor("#eeeeee")
DISSENT_COLOR = QColor("#fbd9a8")
CONSENSUS_KEY = "consensus"
RESULT_KEY = "result"


@dataclass(frozen=True)
class GridRow:
    key: Hashable  # CONSENSUS_KEY, a participant id, or RESULT_KEY
    label: str
    values: tuple[int | None, ...]  # per criterion; empty for the result row
    participant_id: str | None = None


def participant_label(participant: Participant, municipality: str) -> str:
    who = participant.name or participant.department or "?"
    return f"{who} ({municipality})" if municipality else who


class ScoreGridModel(KeyedTableModel[GridRow]):
    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id: str | None = None
        self.target: Target | None = None
        self.criteria: list[Criterion] = []
        self.results: tuple[CriterionResult, ...] = ()
        session.changed.connect(self._on_changed)
        self.reload()

    def set_target(self, workshop_id: str | None, target: Target | None) -> None:
        self.workshop_id = workshop_id
        self.target = target
        self.reload()

    def reload(self) -> None:
        project_file = self.session.project_file
        self.criteria = list_criteria(project_file)
        if self.target is None:
            self.results = ()
            self.replace_rows([], [], len(self.criteria))
            return
        scores = list_scores(project_file, self.target)
        values = {(s.criterion_id, s.participant_id): s.value for s in scores}
        ranked = weighted_ranking(self.criteria, scores, targets=[self.target])
        self.results = ranked[0].criteria if ranked else ()
        towns = {m.id: m.name for m in list_municipalities(project_file)}
        people = list_participants(project_file, self.workshop_id) if self.workshop_id else []
        rows = [
            GridRow(RESULT_KEY, self.tr("Result"), ()),
            GridRow(
                CONSENSUS_KEY,
                self.tr("Consensus"),
                tuple(values.get((c.id, None)) for c in self.criteria),
            ),
        ]
        rows += [
            GridRow(
                person.id,
                participant_label(person, towns.get(person.municipality_id, "")),
                tuple(values.get((c.id, person.id)) for c in self.criteria),
                person.id,
            )
            for person in people
        ]
        self.replace_rows(rows, [row.key for row in rows], len(self.criteria))

    def _on_changed(self, table: str) -> None:
        if table in WATCHED:
            self.refresh()

    def is_result_row(self, row: int) -> bool:
        return self.row(row).key == RESULT_KEY

    def row_of_participant(self, participant_id: str | None) -> int:
        """The row of a participant's scores; None: the consensus row."""
        return self.row_of_key(CONSENSUS_KEY if participant_id is None else participant_id)

    # -- Qt model API -------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row.key == RESULT_KEY:
            return self._result_data(index.column(), role)
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.key == CONSENSUS_KEY:
            return QBrush(CONSENSUS_COLOR)
        if role == Qt.ItemDataRole.FontRole and row.key == CONSENSUS_KEY:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _result_data(self, column: int, role: int) -> Any:
        if column >= len(self.results):
            return None
        result = self.results[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if result.value is None else format_decimal(result.value, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DISSENT_COLOR if result.dissent else RESULT_COLOR)
        if role == Qt.ItemDataRole.DecorationRole and result.dissent:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._result_tooltip(result)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _result_tooltip(self, result: CriterionResult) -> str:
        scores = ", ".join(str(value) for value in result.participant_scores)
        if result.consensus:
            text = self.tr("The consensus score counts.")
        elif result.participant_scores:
            text = self.tr("Mean of the participants' scores: {0}").format(scores)
        else:
            text = self.tr("No score yet.")
        if result.dissent:
            rule = QCoreApplication.translate("Scoring", DISSENT_RULE)
            text += "\n" + self.tr("Participants' scores: {0}").format(scores) + "\n" + rule
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.criteria):
                return None
            criterion = self.criteria[section]
            return self.tr("{0}\n× {1}").format(criterion.name, criterion.weight)
        return self.row(section).label if section < self.rowCount() else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.is_result_row(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_score(index.row(), index.column(), None if value is None else int(value))

    def set_score(self, row: int, column: int, value: int | None) -> bool:
        """Set (None: clear) one score as an undoable edit; False when refused."""
        if self.target is None or self.is_result_row(row) or column >= len(self.criteria):
            return False
        grid_row = self.row(row)
        if grid_row.values[column] == value:
            return True
        command = SetScoreCommand(
            self.session, self.criteria[column].id, self.target, grid_row.participant_id, value
        )
        error = push_edit(self.session, command)
        if error:
            self.refused.emit(error)
            return False
        return True
