"""What an import would do, as tables: the problems and warnings, and the challenges to add.

Both are read-only models over an ``ImportPlan``: nothing here touches the project file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from dgw_desktop.imports.challenges import ImportPlan
    from dgw_desktop.imports.matching import ImportTargets

Index = QModelIndex | QPersistentModelIndex

PROBLEM_BACKGROUND = QColor("#fbd9d3")
PROBLEM_FOREGROUND = QColor("#8c1d13")
WARNING_BACKGROUND = QColor("#fff1c7")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_RIGHT_CENTRED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT_CENTRED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ImportIssue:
    """One line of the issues table; ``row`` 0 is the file as a whole."""

    is_problem: bool
    row: int
    column: str
    message: str
    line: str  # the whole problem in one line, for the tooltip and copying


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def duplicate_message(first_row: int | None) -> str:
    if first_row is None:
        return QCoreApplication.translate(
            "ImportPreview", "The project already has this challenge; it will be added again."
        )
    return QCoreApplication.translate(
        "ImportPreview", "The same challenge as row {0}; both rows will be added."
    ).format(first_row)


def issues_of(plan: ImportPlan) -> list[ImportIssue]:
    """Every problem (in file order), then every possible duplicate."""
    issues = [
        ImportIssue(
            True,
            problem.row,
            problem.column,
            problem.message(_translate),
            problem.translated(_translate),
        )
        for problem in plan.problems
    ]
    for duplicate in plan.duplicates:
        message = duplicate_message(duplicate.first_row)
        line = QCoreApplication.translate("ImportPreview", "row {0}: {1}").format(
            duplicate.row, message
        )
        issues.append(ImportIssue(False, duplicate.row, "", message, line))
    return issues


class ImportIssueModel(QAbstractTableModel):
    def __init__(self, plan: ImportPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issues = issues_of(plan)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Kind"), self.tr("Row"), self.tr("Column"), self.tr("Message"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        issue = self.issues[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("Problem") if issue.is_problem else self.tr("Warning")
            if column == 1:
                return str(issue.row) if issue.row > 0 else self.tr("file")
            return issue.column if column == 2 else issue.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return issue.line
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((_RIGHT if column == 1 else _LEFT).value)
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return PROBLEM_BACKGROUND if issue.is_problem else WARNING_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and issue.is_problem:
            return PROBLEM_FOREGROUND
        return None

    def problem_lines(self) -> list[str]:
        return [issue.line for issue in self.issues if issue.is_problem]


class PlannedChallengeModel(QAbstractTableModel):
    """The challenges the import would add, with the row each comes from."""

    def __init__(
        self, plan: ImportPlan, targets: ImportTargets, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.challenges = list(plan.challenges)
        self.rows = list(plan.rows)
        self._domains = {d.id: d.name for d in targets.domains}
        self._municipalities = {m.id: m.name for m in targets.municipalities}
        self._workshops = {w.id: w.title for w in targets.workshops}
        self._duplicates = {d.row: duplicate_message(d.first_row) for d in plan.duplicates}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.challenges)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Row"),
                self.tr("Challenge"),
                self.tr("Domain"),
                self.tr("Municipalities"),
                self.tr("Workshop"),
            )[section]
        return None

    def _text(self, row: int, column: int) -> str:
        challenge = self.challenges[row]
        if column == 0:
            return str(self.rows[row])
        if column == 1:
            return challenge.text
        if column == 2:
            return self._domains.get(challenge.domain_id, "")
        if column == 3:
            return ", ".join(self._municipalities.get(i, "?") for i in challenge.municipality_ids)
        return self._workshops.get(challenge.workshop_id or "", "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        duplicate = self._duplicates.get(self.rows[row])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(row, column)
            return f"{text}\n\n{duplicate}" if duplicate else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((_RIGHT_CENTRED if column == 0 else _LEFT_CENTRED).value)
        if role == Qt.ItemDataRole.BackgroundRole and duplicate:
            return WARNING_BACKGROUND
        return None
