"""Topics side by side (a column per topic) from ``store.comparison.compare_topics``.

The first row is a check box per topic, "propose to the steering committee"; ticking it is
an undoable ``set_marked_for_proposal``. The wheel row carries the ``WheelReadiness`` for a
delegate that draws a small wheel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from dgw_desktop.domain.formatting import format_decimal, format_integer
from dgw_desktop.domain.topic_details import KPI_MOMENT_LABELS, format_kpi_value
from dgw_desktop.domain.topics import TOPIC_CONTEXT
from dgw_desktop.domain.wheel import Segment
from dgw_desktop.store.comparison import TopicComparison, compare_topics
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.commands.topic_commands import SetMarkedForProposalCommand
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.models.topic_list_model import status_text
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.widgets.dgw_wheel import segment_label
from dgw_desktop.ui.widgets.dgw_wheel import status_text as readiness_text

Index = QModelIndex | QPersistentModelIndex
WHEEL_ROLE = Qt.ItemDataRole.UserRole + 10

(
    PROPOSE,
    STATUS,
    QUESTION,
    DOMAIN,
    MUNICIPALITIES,
    CHALLENGES,
    DOTS,
    SCORE,
    WHEEL,
    DATA,
    PEOPLE,
    ACTIONS,
    RISKS,
    KPIS,
    ORIGINS,
) = range(15)
FIELDS = tuple(range(15))
SEGMENT_ROWS = {DATA: Segment.DATA, PEOPLE: Segment.PEOPLE, ACTIONS: Segment.ACTIONS}
WATCHED = frozenset(
    {
        "topic",
        "topic_risk",
        "topic_kpi",
        "data_source",
        "wheel_role",
        "wheel_action",
        "vote",
        "score",
        "criterion",
        "theme",
        "challenge",
        "domain",
        "municipality",
    }
)


class ComparisonModel(KeyedTableModel[int]):
    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._topics: list[TopicComparison] = []
        session.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self._topics = compare_topics(self.session.project_file)
        self.replace_rows(FIELDS, FIELDS, len(self._topics))

    def _on_changed(self, table: str) -> None:
        if table in WATCHED:
            self.refresh()

    def comparisons(self) -> list[TopicComparison]:
        return list(self._topics)

    def comparison(self, column: int) -> TopicComparison:
        return self._topics[column]

    def column_of(self, topic_id: str) -> int:
        return next((c for c, t in enumerate(self._topics) if t.topic.id == topic_id), -1)

    # -- Qt model API ---------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._topics[section].topic.title if section < len(self._topics) else None
        return self._row_title(section)

    def _row_title(self, row: int) -> str:
        if row in SEGMENT_ROWS:
            return "   " + segment_label(SEGMENT_ROWS[row])
        return (
            self.tr("Propose to the steering committee"),
            self.tr("Status"),
            self.tr("Strategic question"),
            self.tr("Domain"),
            self.tr("Municipalities sharing"),
            self.tr("Underlying challenges"),
            self.tr("Votes (dots)"),
            self.tr("Weighted score"),
            self.tr("DGW wheel"),
            "",
            "",
            "",
            self.tr("Risks"),
            self.tr("KPIs"),
            self.tr("Grown from"),
        )[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.row() == PROPOSE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._topics):
            return None
        item = self._topics[index.column()]
        row = index.row()
        if row == PROPOSE:
            if role == Qt.ItemDataRole.CheckStateRole:
                marked = item.topic.marked_for_proposal
                return Qt.CheckState.Checked if marked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Propose") if item.topic.marked_for_proposal else ""
            return None
        if row == WHEEL and role == WHEEL_ROLE:
            return item.wheel
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(item, row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def text(self, item: TopicComparison, row: int) -> str:
        """The cell text of ``row`` for one topic (what the user reads)."""
        if row == STATUS:
            return status_text(item.status)
        if row == QUESTION:
            return item.strategic_question
        if row == DOMAIN:
            return item.domain_name or self.tr("across domains")
        if row == MUNICIPALITIES:
            names = ", ".join(item.municipality_names)
            return f"{format_integer(item.municipality_count)}: {names}" if names else "0"
        if row == CHALLENGES:
            return format_integer(item.challenge_count)
        if row == DOTS:
            return format_integer(item.dots)
        if row == SCORE:
            return (
                format_decimal(item.score, 2) if item.score is not None else self.tr("not scored")
            )
        if row == WHEEL:
            return self.tr("{0} % ready").format(item.wheel.percent)
        if row in SEGMENT_ROWS:
            segment = item.wheel.segment(SEGMENT_ROWS[row])
            return f"{segment.percent} % — {readiness_text(segment)}"
        if row == RISKS:
            return "\n".join(
                self.tr("• {0} (likelihood {1} × impact {2})").format(
                    r.description, r.likelihood, r.impact
                )
                for r in item.risks
            )
        if row == KPIS:
            return "\n".join(self._kpi_line(kpi) for kpi in item.kpis)
        if row == ORIGINS:
            return "\n".join(f"• {origin.text}" for origin in item.origins)
        return ""

    def _kpi_line(self, kpi: Any) -> str:
        moments = ", ".join(
            QCoreApplication.translate(TOPIC_CONTEXT, KPI_MOMENT_LABELS[m]).lower()
            for m in kpi.moments
        )
        values = f"{format_kpi_value(kpi.baseline) or '—'} → {format_kpi_value(kpi.target) or '—'}"
        unit = f" {kpi.unit}" if kpi.unit else ""
        return f"• {kpi.name}: {values}{unit} ({moments})"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() != PROPOSE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        return self.set_marked(index.column(), Qt.CheckState(value) == Qt.CheckState.Checked)

    def set_marked(self, column: int, marked: bool) -> bool:
        topic = self._topics[column].topic
        if topic.marked_for_proposal == marked:
            return True
        error = push_edit(self.session, SetMarkedForProposalCommand(self.session, topic, marked))
        if error:
            self.refused.emit(error)
            return False
        return True
