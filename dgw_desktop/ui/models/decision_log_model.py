"""The decision log as a read-only table: every decision ever recorded, in order.

A decision that a correction replaced stays in the log, struck through and marked with the
number of the decision that replaces it. A review date that has passed (of a decision that
still stands) is highlighted. There is no editing here: the log is append-only.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from dgw_desktop.domain.formatting import format_date
from dgw_desktop.store.steering import DecisionLogEntry, decision_log
from dgw_desktop.ui.models.entity_table_model import ID_ROLE, Column, EntityTableModel, Index
from dgw_desktop.ui.models.filter_proxy import TableFilterProxy

MEETING_ROLE = Qt.ItemDataRole.UserRole + 3
(
    NUMBER_COLUMN,
    DATE_COLUMN,
    MEETING_COLUMN,
    DECISION_COLUMN,
    CHOSEN_COLUMN,
    RATIONALE_COLUMN,
    REVIEW_COLUMN,
    REPLACED_COLUMN,
) = range(8)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_REPLACED_TEXT = QColor("#777777")
_OVERDUE_TEXT = QColor("#8a1c1c")
_OVERDUE_BACKGROUND = QColor("#f5d0d3")


class DecisionLogModel(EntityTableModel[DecisionLogEntry]):
    watched_tables = frozenset({"decision", "meeting", "topic"})
    today: Callable[[], datetime.date] = staticmethod(datetime.date.today)

    def load(self) -> list[DecisionLogEntry]:
        entries = decision_log(self.session.project_file)
        self._numbers = {entry.decision.id: entry.number for entry in entries}
        return entries

    def number_of(self, decision_id: str | None) -> int | None:
        return self._numbers.get(decision_id or "")

    def entry_of(self, decision_id: str) -> DecisionLogEntry | None:
        row = self.row_of_decision(decision_id)
        return self.entity(row) if row >= 0 else None

    def row_of_decision(self, decision_id: str) -> int:
        for row, entry in enumerate(self.entities()):
            if entry.decision.id == decision_id:
                return row
        return -1

    def review_passed(self, entry: DecisionLogEntry) -> bool:
        review_on = entry.decision.review_on
        return entry.standing and review_on is not None and review_on < self.today()

    # -- columns --------------------------------------------------------------------------------
    def _decision_text(self, entry: DecisionLogEntry) -> str:
        if entry.replaces_number is None:
            return entry.decision.text
        return self.tr("Corrects #{0}: {1}").format(entry.replaces_number, entry.decision.text)

    def _replaced_text(self, entry: DecisionLogEntry) -> str:
        number = self.number_of(entry.replaced_by_id)
        return self.tr("Replaced by #{0}").format(number) if number is not None else ""

    def columns(self) -> Sequence[Column[DecisionLogEntry]]:
        return (
            Column("#", lambda e: str(e.number), lambda e: e.number, _RIGHT),
            Column(
                self.tr("Date"),
                lambda e: format_date(e.decision.decided_on),
                lambda e: (e.decision.decided_on or datetime.date.min, e.number),
            ),
            Column(self.tr("Meeting"), lambda e: e.meeting.title or format_date(e.meeting.held_on)),
            Column(self.tr("Decision"), self._decision_text),
            Column(self.tr("Chosen option"), lambda e: e.chosen_topic_title),
            Column(self.tr("Rationale"), lambda e: e.decision.rationale),
            Column(
                self.tr("Review on"),
                lambda e: format_date(e.decision.review_on),
                lambda e: (e.decision.review_on or datetime.date.max, e.number),
            ),
            Column(self.tr("Replaced by"), self._replaced_text),
        )

    # -- looks ----------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entity(index.row())
        column = index.column()
        if role == ID_ROLE:
            return entry.decision.id
        if role == MEETING_ROLE:
            return entry.meeting.id
        overdue = column == REVIEW_COLUMN and self.review_passed(entry)
        if role == Qt.ItemDataRole.FontRole and not entry.standing and column != REPLACED_COLUMN:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return _OVERDUE_TEXT
            return None if entry.standing else _REPLACED_TEXT
        if role == Qt.ItemDataRole.BackgroundRole:
            return _OVERDUE_BACKGROUND if overdue else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column, overdue)
        return super().data(index, role)

    def _tooltip(self, entry: DecisionLogEntry, column: int, overdue: bool) -> str:
        if overdue:
            return self.tr("The review date has passed: put this decision on the agenda again.")
        if column == MEETING_COLUMN:
            return f"{entry.meeting.title}\n{format_date(entry.meeting.held_on)}".strip()
        if column == RATIONALE_COLUMN:
            return entry.decision.rationale
        if not entry.standing:
            return self.tr("Replaced by decision #{0}; kept in the log as it was.").format(
                self.number_of(entry.replaced_by_id)
            )
        return self._decision_text(entry) if column == DECISION_COLUMN else ""


class DecisionLogProxy(TableFilterProxy):
    """Filters the log as you type; ``set_meeting`` keeps only one meeting's decisions."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meeting_id: str | None = None
        self._only_meeting = False

    def set_meeting(self, meeting_id: str | None) -> None:
        """Only the decisions of this meeting (None: of no meeting, i.e. none)."""
        self.beginFilterChange()
        self._only_meeting = True
        self._meeting_id = meeting_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._only_meeting:
            model = self.sourceModel()
            if model.index(source_row, 0, source_parent).data(MEETING_ROLE) != self._meeting_id:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
