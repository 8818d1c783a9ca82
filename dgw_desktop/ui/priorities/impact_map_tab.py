"""The impact–effort map of themes and challenges, with the list of what can be placed.

Place an item by selecting it in the list and choosing impact and effort; move it by
dragging its dot, with the arrow keys on the map, Ctrl+arrow keys in the list, or the spin
boxes. Every move is one undo step.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSignalBlocker
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from dgw_desktop.domain.entities import Placement, Target
from dgw_desktop.domain.quadrants import QUADRANT_CONTEXT, quadrant, quadrant_label
from dgw_desktop.ui.commands.priority_commands import RemovePlacementCommand, SetPlacementCommand
from dgw_desktop.ui.generated.ui_impact_map_tab import Ui_ImpactMapTab
from dgw_desktop.ui.models.placement_table_model import TEXT, PlacementRow, PlacementTableModel
from dgw_desktop.ui.models.target_kinds import KIND_COLORS, kind_label
from dgw_desktop.ui.priorities.choosers import current_id, fill_combo, workshop_entries
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut
from dgw_desktop.ui.priorities.tab_base import PriorityTab
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.widgets.impact_map import ImpactMap, MapItem

DEFAULT_PLACE = 3  # the middle of the scale, where a new item starts


class ImpactMapTab(PriorityTab):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_ImpactMapTab()
        self.ui.setupUi(self)
        self.model = PlacementTableModel(session, self)
        view = self.ui.itemView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.map = ImpactMap()
        self.map.setObjectName("impactMap")
        self.ui.mapLayout.addWidget(self.map)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([480, 700])
        for spin in (self.ui.impactSpin, self.ui.effortSpin):
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._spin_changed)

        self.model.modelReset.connect(self._refresh)
        self.model.dataChanged.connect(self._refresh)
        view.selectionModel().currentRowChanged.connect(self._refresh)
        self.ui.workshopCombo.currentIndexChanged.connect(self._workshop_chosen)
        self.map.selected.connect(self._map_selected)
        self.map.moved.connect(self._map_moved)
        self.ui.placeButton.clicked.connect(self.place_current)
        self.ui.removePlacementButton.clicked.connect(self.remove_current)
        for keys, impact, effort in (
            ("Ctrl+Up", 1, 0),
            ("Ctrl+Down", -1, 0),
            ("Ctrl+Right", 0, 1),
            ("Ctrl+Left", 0, -1),
        ):
            scoped_shortcut(
                QKeySequence(keys), self, lambda i=impact, e=effort: self.move_current(i, e)
            )
        scoped_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), view, self.remove_current)
        self.watch_models([self.model])
        self._refill_workshops()
        self._refresh()

    # -- choosing ------------------------------------------------------------------------------
    def _refill_workshops(self) -> None:
        entries = [(self.tr("All workshops"), ""), *workshop_entries(self.session.project_file)]
        fill_combo(self.ui.workshopCombo, entries, current_id(self.ui.workshopCombo) or "")
        self._workshop_chosen()

    def _workshop_chosen(self) -> None:
        workshop_id = current_id(self.ui.workshopCombo) or None
        if workshop_id != self.model.workshop_id or not self.model.rowCount():
            self.model.set_workshop(workshop_id)

    def on_changed(self, table: str) -> None:
        if table == "workshop":
            self._refill_workshops()

    def catch_up(self) -> None:
        self._refill_workshops()

    def current_row(self) -> PlacementRow | None:
        index = self.ui.itemView.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select_target(self, target: Target) -> None:
        row = self.model.row_of_target(target)
        if row >= 0:
            self.ui.itemView.selectionModel().setCurrentIndex(
                self.model.index(row, TEXT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.ui.itemView.scrollTo(self.model.index(row, TEXT))

    def _map_selected(self, key: Hashable | None) -> None:
        if isinstance(key, Target):
            self.select_target(key)

    # -- showing -------------------------------------------------------------------------------
    def _refresh(self, *_args: object) -> None:
        placed = self.model.placed_rows()
        self.map.set_items(
            [
                MapItem(
                    key=row.target,
                    number=row.number,
                    label=row.info.text,
                    impact=row.placement.impact,
                    effort=row.placement.effort,
                    color=KIND_COLORS[row.info.kind],
                )
                for row in placed
                if row.placement is not None
            ]
        )
        legend = "  ".join(
            f"<span style='color:{KIND_COLORS[kind].name()}'>●</span> {kind_label(kind)}"
            for kind in ("theme", "challenge")
        )
        count = self.tr("{0} of {1} on the map").format(len(placed), self.model.rowCount())
        self.ui.countLabel.setText(f"{count} &nbsp;&nbsp; {legend}")
        row = self.current_row()
        self.map.set_selected(row.target if row and row.placement else None)
        placement = row.placement if row else None
        with QSignalBlocker(self.ui.impactSpin), QSignalBlocker(self.ui.effortSpin):
            self.ui.impactSpin.setValue(placement.impact if placement else DEFAULT_PLACE)
            self.ui.effortSpin.setValue(placement.effort if placement else DEFAULT_PLACE)
        for widget in (self.ui.impactSpin, self.ui.effortSpin):
            widget.setEnabled(row is not None)
        self.ui.placeButton.setEnabled(row is not None and placement is None)
        self.ui.removePlacementButton.setEnabled(placement is not None)
        self._show_quadrant(row)

    def _show_quadrant(self, row: PlacementRow | None) -> None:
        if row is None:
            self.ui.quadrantLabel.setText(self.tr("Select a theme or challenge in the list."))
            return
        if row.placement is None:
            self.ui.quadrantLabel.setText(self.tr("Not on the map yet"))
            return
        label = quadrant_label(quadrant(row.placement.impact, row.placement.effort))
        self.ui.quadrantLabel.setText(QCoreApplication.translate(QUADRANT_CONTEXT, label))

    # -- moving --------------------------------------------------------------------------------
    def move(self, target: Target, impact: int, effort: int) -> bool:
        row_number = self.model.row_of_target(target)
        if row_number < 0:
            return False
        row = self.model.row(row_number)
        if row.placement is not None and (row.placement.impact, row.placement.effort) == (
            impact,
            effort,
        ):
            return True
        placement = Placement(target=target, impact=impact, effort=effort)
        return self.push(SetPlacementCommand(self.session, placement, row.info.text))

    def move_current(self, impact_step: int, effort_step: int) -> bool:
        row = self.current_row()
        if row is None or row.placement is None:
            return False
        self.map.set_selected(row.target)
        return self.map.move_selected(impact_step, effort_step)

    def _map_moved(self, key: Hashable, impact: int, effort: int) -> None:
        if isinstance(key, Target):
            self.select_target(key)
            self.move(key, impact, effort)

    def _spin_changed(self) -> None:
        row = self.current_row()
        if row is not None and row.placement is not None:
            self.move(row.target, self.ui.impactSpin.value(), self.ui.effortSpin.value())

    def place_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.move(row.target, self.ui.impactSpin.value(), self.ui.effortSpin.value())

    def remove_current(self) -> None:
        row = self.current_row()
        if row is not None and row.placement is not None:
            self.push(RemovePlacementCommand(self.session, row.target, row.info.text))
