"""Column layout of the Stuurgroep page's tables (meetings, proposals, decisions, log)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from dgw_desktop.ui.models.decision_log_model import (
    CHOSEN_COLUMN,
    DECISION_COLUMN,
    MEETING_COLUMN,
    NUMBER_COLUMN,
    RATIONALE_COLUMN,
    REVIEW_COLUMN,
)
from dgw_desktop.ui.models.proposal_table_model import STATUS_COLUMN

_FIT = QHeaderView.ResizeMode.ResizeToContents
_FREE = QHeaderView.ResizeMode.Interactive
_STRETCH = QHeaderView.ResizeMode.Stretch


def set_up_meetings(view: QTableView) -> None:
    """Date, title, place, members, agenda, counts; the agenda takes what is left."""
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(_FREE)
    header.setStretchLastSection(False)
    for column in (0, 5, 6):
        header.setSectionResizeMode(column, _FIT)
    for column, width in ((1, 260), (2, 170), (3, 240)):
        header.resizeSection(column, width)
    header.setSectionResizeMode(4, _STRETCH)


def set_up_proposals(view: QTableView) -> None:
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    for column in (0, 1, STATUS_COLUMN):
        header.setSectionResizeMode(column, _FIT)
    header.setStretchLastSection(True)


def set_up_meeting_decisions(view: QTableView) -> None:
    """The log's columns without meeting, rationale and review; texts wrapped."""
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(_FIT)
    for column in (MEETING_COLUMN, RATIONALE_COLUMN, REVIEW_COLUMN):
        view.setColumnHidden(column, True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(_FIT)
    header.setSectionResizeMode(DECISION_COLUMN, _STRETCH)
    header.setStretchLastSection(False)


def set_up_log(view: QTableView) -> None:
    """Every column; the decision and its rationale share the width, wrapped.

    A log holds tens of decisions, not thousands, so rows fit their text.
    """
    view.sortByColumn(NUMBER_COLUMN, Qt.SortOrder.AscendingOrder)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(_FIT)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(_FIT)
    for column, width in ((MEETING_COLUMN, 150), (CHOSEN_COLUMN, 150)):
        header.setSectionResizeMode(column, _FREE)
        header.resizeSection(column, width)
    for column in (DECISION_COLUMN, RATIONALE_COLUMN):
        header.setSectionResizeMode(column, _STRETCH)
