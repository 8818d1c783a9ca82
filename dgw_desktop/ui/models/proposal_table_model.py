"""The topics put to one meeting, with their status as it is now.

The status column shows what a decision does: after "topic X chosen" is recorded, X reads
Chosen and the others On hold or Rejected, straight from the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.topics import TOPIC_CONTEXT, Topic, TopicStatus, status_label
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.steering import get_meeting
from dgw_desktop.store.topics import list_topics
from dgw_desktop.ui.models.entity_table_model import Column, EntityTableModel, Index
from dgw_desktop.ui.session import ProjectSession

STATUS_COLUMN = 2
STATUS_COLOURS: dict[TopicStatus, str] = {
    TopicStatus.PROPOSED: "#dbe9f7",
    TopicStatus.CHOSEN: "#cfe8d2",
    TopicStatus.ON_HOLD: "#fbe8bf",
    TopicStatus.REJECTED: "#f5d0d3",
}


def status_text(status: TopicStatus) -> str:
    return QCoreApplication.translate(TOPIC_CONTEXT, status_label(status))


class ProposalTableModel(EntityTableModel[Topic]):
    watched_tables = frozenset({"meeting", "meeting_proposal", "topic", "decision", "domain"})

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        self._meeting_id: str | None = None
        self._domains: dict[str, str] = {}
        super().__init__(session, parent)

    def set_meeting(self, meeting_id: str | None) -> None:
        if meeting_id != self._meeting_id:
            self._meeting_id = meeting_id
            self.reload()

    def load(self) -> list[Topic]:
        if self._meeting_id is None:
            return []
        project_file = self.session.project_file
        try:
            meeting = get_meeting(project_file, self._meeting_id)
        except ValidationError:  # deleted a moment ago; the page selects another one
            return []
        self._domains = {d.id: d.name for d in list_domains(project_file)}
        topics = {topic.id: topic for topic in list_topics(project_file)}
        return [topics[i] for i in meeting.proposal_ids if i in topics]

    def columns(self) -> Sequence[Column[Topic]]:
        return (
            Column(self.tr("Topic"), lambda t: t.title),
            Column(
                self.tr("Domain"),
                lambda t: self._domains.get(t.domain_id or "", self.tr("across domains")),
            ),
            Column(self.tr("Status"), lambda t: status_text(t.status)),
            Column(self.tr("Strategic question"), lambda t: t.strategic_question),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and index.column() == STATUS_COLUMN
        ):
            colour = STATUS_COLOURS.get(self.entity(index.row()).status)
            return QColor(colour) if colour else None
        return super().data(index, role)
