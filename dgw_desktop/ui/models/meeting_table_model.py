"""The steering committee's meetings as a table: date, who was there, the agenda, counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from dgw_desktop.domain.formatting import format_date
from dgw_desktop.domain.steering import Meeting
from dgw_desktop.store.steering import list_decisions, list_meetings
from dgw_desktop.ui.models.entity_table_model import Column, EntityTableModel, Index

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MEMBERS_COLUMN, AGENDA_COLUMN = 3, 4


class MeetingTableModel(EntityTableModel[Meeting]):
    watched_tables = frozenset({"meeting", "meeting_proposal", "decision"})

    def load(self) -> list[Meeting]:
        project_file = self.session.project_file
        self.decision_counts = Counter(d.meeting_id for d in list_decisions(project_file))
        return list_meetings(project_file)

    def decision_count(self, meeting_id: str) -> int:
        return self.decision_counts.get(meeting_id, 0)

    def columns(self) -> Sequence[Column[Meeting]]:
        return (
            Column(self.tr("Date"), lambda m: format_date(m.held_on), lambda m: m.held_on),
            Column(self.tr("Meeting"), lambda m: m.title),
            Column(self.tr("Location"), lambda m: m.location),
            Column(self.tr("Members present"), lambda m: ", ".join(m.members_present)),
            Column(self.tr("Agenda items"), lambda m: "; ".join(m.agenda_items)),
            Column(
                self.tr("Proposals"),
                lambda m: str(len(m.proposal_ids)),
                lambda m: len(m.proposal_ids),
                _RIGHT,
            ),
            Column(
                self.tr("Decisions"),
                lambda m: str(self.decision_count(m.id)),
                lambda m: self.decision_count(m.id),
                _RIGHT,
            ),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            meeting = self.entity(index.row())
            if index.column() == MEMBERS_COLUMN:
                return "\n".join(meeting.members_present)
            if index.column() == AGENDA_COLUMN:
                return "\n".join(
                    f"{number}. {item}" for number, item in enumerate(meeting.agenda_items, 1)
                )
        return super().data(index, role)
