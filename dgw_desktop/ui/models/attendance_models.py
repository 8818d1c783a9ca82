"""Attendance: participants per municipality, for one workshop and per domain.

The steering committee wants to see that every partner had input, so a partner without
participants is highlighted by colour *and* by text (never colour alone).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from dgw_desktop.domain.entities import Domain, Municipality
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.participants import attendance_by_domain_and_municipality, list_participants
from dgw_desktop.store.workshops import list_workshops
from dgw_desktop.ui.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex

NO_INPUT_ROLE = Qt.ItemDataRole.UserRole + 10  # True where a partner had no participants
COUNT_ROLE = Qt.ItemDataRole.UserRole + 11  # the number itself, for sorting and tests
NO_INPUT_BACKGROUND = QColor("#fbd9d3")
NO_INPUT_FOREGROUND = QColor("#8c1d13")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_WATCHED = frozenset({"participant", "workshop", "domain", "municipality"})


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _AttendanceModel(QAbstractTableModel):
    """Shared: reload on changes, and the roles of a highlighted cell."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.changed.connect(self._on_changed)

    def _on_changed(self, table: str) -> None:
        if table in _WATCHED:
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def _count_data(self, count: int, no_input: bool, tooltip: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("none") if no_input else str(count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignCenter if no_input else _RIGHT).value)
        if role == COUNT_ROLE:
            return count
        if role == NO_INPUT_ROLE:
            return no_input
        if no_input and role == Qt.ItemDataRole.BackgroundRole:
            return NO_INPUT_BACKGROUND
        if no_input and role == Qt.ItemDataRole.ForegroundRole:
            return NO_INPUT_FOREGROUND
        if no_input and role == Qt.ItemDataRole.FontRole:
            return _bold()
        return None


@dataclass(frozen=True)
class _WorkshopRow:
    municipality: Municipality
    count: int
    taking_part: bool


class WorkshopAttendanceModel(_AttendanceModel):
    """One workshop: its municipalities (and any other with participants) and their counts."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.workshop_id: str | None = None
        self._rows: list[_WorkshopRow] = []

    def set_workshop(self, workshop_id: str | None) -> None:
        self.workshop_id = workshop_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._load()
        self.endResetModel()

    def _load(self) -> list[_WorkshopRow]:
        if self.workshop_id is None:
            return []
        project_file = self.session.project_file
        workshop = next((w for w in list_workshops(project_file) if w.id == self.workshop_id), None)
        if workshop is None:
            return []
        counts = Counter(p.municipality_id for p in list_participants(project_file, workshop.id))
        return [
            _WorkshopRow(m, counts.get(m.id, 0), m.id in workshop.municipality_ids)
            for m in list_municipalities(project_file)
            if m.id in workshop.municipality_ids or counts.get(m.id)
        ]

    def total(self) -> int:
        return sum(row.count for row in self._rows)

    def missing(self) -> list[str]:
        """Names of municipalities taking part without any participant."""
        return [r.municipality.name for r in self._rows if r.taking_part and not r.count]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Municipality"), self.tr("Participants"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                name = row.municipality.name
                return name if row.taking_part else self.tr("{0} (not taking part)").format(name)
            return None
        no_input = row.taking_part and not row.count
        tooltip = (
            self.tr("Nobody from {0} has been added to this workshop.").format(
                row.municipality.name
            )
            if no_input
            else self.tr("{0} participants from {1}").format(row.count, row.municipality.name)
        )
        return self._count_data(row.count, no_input, tooltip, role)


class AttendanceMatrixModel(_AttendanceModel):
    """Overzicht: rows are the partners (and others with participants), columns the domains
    and a total; cells the participants of that domain's workshops."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self._domains: list[Domain] = []
        self._municipalities: list[Municipality] = []
        self._counts: dict[str, dict[str, int]] = {}
        self.reload()

    def reload(self) -> None:
        project_file = self.session.project_file
        self.beginResetModel()
        self._counts = attendance_by_domain_and_municipality(project_file)
        self._domains = list_domains(project_file)
        self._municipalities = [
            m for m in list_municipalities(project_file) if m.is_partner or self._total(m.id)
        ]
        self.endResetModel()

    def count(self, municipality_id: str, domain_id: str) -> int:
        return self._counts.get(domain_id, {}).get(municipality_id, 0)

    def _total(self, municipality_id: str) -> int:
        return sum(self.count(municipality_id, d) for d in self._counts)

    def municipality(self, row: int) -> Municipality:
        return self._municipalities[row]

    def domain(self, column: int) -> Domain | None:
        return self._domains[column - 1] if 0 < column <= len(self._domains) else None

    def missing(self) -> list[tuple[str, str]]:
        """(partner, domain) names where a partner had no participants, in table order."""
        return [
            (m.name, d.name)
            for m in self._municipalities
            if m.is_partner
            for d in self._domains
            if not self.count(m.id, d.id)
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._municipalities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._domains) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Municipality")
        domain = self.domain(section)
        return domain.name if domain else self.tr("Total")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        municipality = self._municipalities[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                if municipality.is_partner:
                    return municipality.name
                return self.tr("{0} (possible partner)").format(municipality.name)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(_LEFT.value)
            return None
        domain = self.domain(index.column())
        if domain is None:
            total = self._total(municipality.id)
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            tooltip = self.tr("{0} participants from {1} in all workshops").format(
                total, municipality.name
            )
            return self._count_data(total, False, tooltip, role)
        count = self.count(municipality.id, domain.id)
        no_input = municipality.is_partner and not count
        if no_input:
            tooltip = self.tr("No input from {0} in {1}: nobody took part in its workshops.")
        else:
            tooltip = self.tr("{2} participants from {0} in the {1} workshops")
        return self._count_data(
            count, no_input, tooltip.format(municipality.name, domain.name, count), role
        )
