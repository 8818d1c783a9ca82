"""The weighted ranking of themes and challenges, with the dissent flag.

Of one workshop (``store.priority_targets.workshop_ranking``) or of the whole project
(``store.scoring.score_ranking``); both rank with ``domain.scoring.weighted_ranking``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from dgw_desktop.domain.entities import Criterion
from dgw_desktop.domain.formatting import format_decimal
from dgw_desktop.domain.scoring import DISSENT_RULE, RankedTarget
from dgw_desktop.store.priority_targets import workshop_ranking
from dgw_desktop.store.scoring import list_criteria, score_ranking
from dgw_desktop.store.targets import target_texts
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.models.target_kinds import KIND_COLORS, kind_label
from dgw_desktop.ui.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex
RANK, TEXT, KIND, SCORE, DISSENT = range(5)
FIXED_COLUMNS = 5
WATCHED = frozenset({"score", "criterion", "participant", "challenge", "theme", "workshop"})
DISSENT_ROW_COLOR = QColor("#fdf0dc")
DISSENT_COLOR = QColor("#fbd9a8")


class RankingTableModel(KeyedTableModel[RankedTarget]):
    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id: str | None = None
        self.whole_project = False
        self.criteria: list[Criterion] = []
        self.labels: dict[object, str] = {}
        session.changed.connect(self._on_changed)
        self.reload()

    def set_scope(self, workshop_id: str | None, whole_project: bool) -> None:
        self.workshop_id = workshop_id
        self.whole_project = whole_project
        self.reload()

    def reload(self) -> None:
        project_file = self.session.project_file
        self.criteria = list_criteria(project_file)
        if self.whole_project:
            ranking = score_ranking(project_file)
        elif self.workshop_id:
            ranking = workshop_ranking(project_file, self.workshop_id)
        else:
            ranking = []
        self.labels = dict(target_texts(project_file, [line.target for line in ranking]))
        self.replace_rows(
            ranking, [line.target for line in ranking], FIXED_COLUMNS + len(self.criteria)
        )

    def _on_changed(self, table: str) -> None:
        if table in WATCHED:
            self.refresh()

    def dissent_tooltip(self, line: RankedTarget) -> str:
        details = [
            f"{criterion.name}: {', '.join(str(v) for v in result.participant_scores)}"
            for criterion, result in zip(self.criteria, line.criteria, strict=False)
            if result.dissent
        ]
        rule = QCoreApplication.translate("Scoring", DISSENT_RULE)
        return "\n".join([self.tr("The participants disagree:"), *details, "", rule])

    # -- Qt model API -------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.dissent:
                return self.dissent_tooltip(line)
            return self.labels.get(line.target, "") if column == TEXT else None
        if role == Qt.ItemDataRole.DecorationRole and column == DISSENT and line.dissent:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.BackgroundRole and line.dissent:
            return QBrush(DISSENT_COLOR if column == DISSENT else DISSENT_ROW_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND:
            return QBrush(KIND_COLORS[line.target.kind])
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (TEXT, KIND, DISSENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column in (RANK, SCORE):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, line: RankedTarget, column: int) -> str:
        if column == RANK:
            return "" if line.rank is None else str(line.rank)
        if column == TEXT:
            return self.labels.get(line.target, "")
        if column == KIND:
            return kind_label(line.target.kind)
        if column == SCORE:
            return "—" if line.score is None else format_decimal(line.score, 2)
        if column == DISSENT:
            return self.tr("Dissent") if line.dissent else ""
        result = line.criteria[column - FIXED_COLUMNS]
        if result.value is None:
            return ""
        text = format_decimal(result.value, 2)
        return text + " " + self.tr("(C)") if result.consensus else text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            fixed = (
                self.tr("Rank"),
                self.tr("Theme or challenge"),
                self.tr("Type"),
                self.tr("Score"),
                self.tr("Dissent"),
            )
            if section < FIXED_COLUMNS:
                return fixed[section]
            criterion = self.criteria[section - FIXED_COLUMNS]
            return f"{criterion.name} ×{criterion.weight}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == DISSENT:
                return QCoreApplication.translate("Scoring", DISSENT_RULE)
            if section >= FIXED_COLUMNS:
                return self.tr("(C): the consensus score; otherwise the participants' mean")
        return None
