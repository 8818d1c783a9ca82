"""Themes and challenges with their place on the impact–effort map (if they have one).

Of one workshop (its themes and challenges) or of the whole project (every theme and every
placed challenge). Row numbers are the numbers drawn in the map's dots.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dgw_desktop.domain.entities import Placement, Target
from dgw_desktop.domain.quadrants import QUADRANT_CONTEXT, quadrant, quadrant_label
from dgw_desktop.store.placements import list_placements
from dgw_desktop.store.priority_targets import TargetInfo, project_map_targets, workshop_targets
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.models.target_kinds import KIND_COLORS, kind_label
from dgw_desktop.ui.session import ProjectSession

Index = QModelIndex | QPersistentModelIndex
NUMBER, TEXT, KIND, IMPACT, EFFORT, QUADRANT = range(6)
WATCHED = frozenset({"placement", "challenge", "theme", "workshop"})


@dataclass(frozen=True)
class PlacementRow:
    number: int
    info: TargetInfo
    placement: Placement | None

    @property
    def target(self) -> Target:
        return self.info.target


class PlacementTableModel(KeyedTableModel[PlacementRow]):
    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id: str | None = None
        session.changed.connect(self._on_changed)
        self.reload()

    def set_workshop(self, workshop_id: str | None) -> None:
        self.workshop_id = workshop_id
        self.reload()

    def reload(self) -> None:
        project_file = self.session.project_file
        if self.workshop_id:
            infos = workshop_targets(project_file, self.workshop_id)
        else:
            infos = project_map_targets(project_file)
        placed = {placement.target: placement for placement in list_placements(project_file)}
        rows = [
            PlacementRow(number, info, placed.get(info.target))
            for number, info in enumerate(infos, start=1)
        ]
        self.replace_rows(rows, [row.target for row in rows], 6)

    def _on_changed(self, table: str) -> None:
        if table in WATCHED:
            self.refresh()

    def row_of_target(self, target: Target) -> int:
        return self.row_of_key(target)

    def placed_rows(self) -> list[PlacementRow]:
        return [row for row in self.rows() if row.placement is not None]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return row.info.text
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == KIND:
                return QBrush(KIND_COLORS[row.info.kind])
            if row.placement is None:
                return QBrush(QColor("#80868b"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, IMPACT, EFFORT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: PlacementRow, column: int) -> str:
        placement = row.placement
        if column == NUMBER:
            return str(row.number)
        if column == TEXT:
            return row.info.text
        if column == KIND:
            return kind_label(row.info.kind)
        if placement is None:
            return self.tr("not placed") if column == QUADRANT else ""
        if column == IMPACT:
            return str(placement.impact)
        if column == EFFORT:
            return str(placement.effort)
        label = quadrant_label(quadrant(placement.impact, placement.effort))
        return QCoreApplication.translate(QUADRANT_CONTEXT, label)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("Theme or challenge"),
                self.tr("Type"),
                self.tr("Impact"),
                self.tr("Effort"),
                self.tr("Quadrant"),
            )[section]
        return None
