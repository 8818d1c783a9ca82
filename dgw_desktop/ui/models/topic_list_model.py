"""The topics of the project: title, domain, status, marked for proposal, wheel readiness."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from dgw_desktop.domain.topics import TOPIC_CONTEXT, Topic, TopicStatus, status_label
from dgw_desktop.domain.wheel import EMPTY_WHEEL, WheelReadiness
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.topics import list_topics
from dgw_desktop.store.wheel import wheels_by_topic
from dgw_desktop.ui.models.entity_table_model import Column, EntityTableModel, Index
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.widgets.dgw_wheel import TRAFFIC_COLORS

TITLE, DOMAIN, STATUS, MARKED, WHEEL = range(5)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class TopicRow:
    topic: Topic
    domain_name: str
    wheel: WheelReadiness

    @property
    def id(self) -> str:
        return self.topic.id


def status_text(status: TopicStatus) -> str:
    return QCoreApplication.translate(TOPIC_CONTEXT, status_label(status))


class TopicListModel(EntityTableModel[TopicRow]):
    watched_tables = frozenset({"topic", "domain", "data_source", "wheel_role", "wheel_action"})

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)

    def columns(self) -> Sequence[Column[TopicRow]]:
        return (
            Column(self.tr("Topic"), lambda r: r.topic.title),
            Column(self.tr("Domain"), lambda r: r.domain_name or self.tr("across domains")),
            Column(
                self.tr("Status"),
                lambda r: status_text(r.topic.status),
                sort_key=lambda r: list(TopicStatus).index(r.topic.status),
            ),
            Column(
                self.tr("Proposal"),
                lambda r: "✔" if r.topic.marked_for_proposal else "",
                sort_key=lambda r: not r.topic.marked_for_proposal,
                alignment=CENTER,
            ),
            Column(
                self.tr("Wheel"),
                lambda r: f"{r.wheel.percent} %",
                sort_key=lambda r: r.wheel.percent,
                alignment=RIGHT,
            ),
        )

    def load(self) -> list[TopicRow]:
        project_file = self.session.project_file
        domains = {d.id: d.name for d in list_domains(project_file)}
        wheels = wheels_by_topic(project_file)
        return [
            TopicRow(
                topic,
                domains.get(topic.domain_id or "", ""),
                wheels[topic.id].readiness if topic.id in wheels else EMPTY_WHEEL,
            )
            for topic in list_topics(project_file)
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == WHEEL:
            wheel = self.entity(index.row()).wheel
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(TRAFFIC_COLORS[wheel.status]).darker(110)
            if role == Qt.ItemDataRole.FontRole:
                return None
        if index.isValid() and index.column() == MARKED:
            if role == Qt.ItemDataRole.ToolTipRole:
                marked = self.entity(index.row()).topic.marked_for_proposal
                return self.tr("Marked to propose to the steering committee") if marked else None
        return super().data(index, role)
