"""Wires one list of the phases dialog (phases or cost categories) to its model and commands.

Keys in the table: F2 renames, Del deletes, Ctrl+Up / Ctrl+Down move, Ins goes to the name
field for a new one; Enter in the name field adds it at the end. Every change is one undo
step through the store, which refuses an empty or duplicate name and deleting a phase or
category that budget lines still use (its message is shown, nothing is written).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QLineEdit, QPushButton, QTableView, QWidget

from dgw_desktop.domain.budget import CostCategory, Phase
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.budget.budget_tab import (
    EDIT_TRIGGERS,
    compact_rows,
    keep_current_on_reset,
    push_or_warn,
    warn,
)
from dgw_desktop.ui.budget.named_list_model import NAME, PHASES, Kind, Named, NamedListModel
from dgw_desktop.ui.commands.budget_list_commands import (
    AddCategoryCommand,
    AddPhaseCommand,
    DeleteCategoryCommand,
    DeletePhaseCommand,
    MoveCategoryCommand,
    MovePhaseCommand,
)
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut


class NamedListEditor(QObject):
    def __init__(
        self,
        parent: QWidget,
        source: BudgetSource,
        kind: Kind,
        view: QTableView,
        name_edit: QLineEdit,
        buttons: tuple[QPushButton, QPushButton, QPushButton, QPushButton],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.session = source.session
        self.kind = kind
        self.view = view
        self.name_edit = name_edit
        self.add_button, self.delete_button, self.up_button, self.down_button = buttons
        self.model = NamedListModel(source, kind, self)
        self.model.refused.connect(self._warn, Qt.ConnectionType.QueuedConnection)
        self._setup_view()
        self.add_button.clicked.connect(self.add)
        name_edit.returnPressed.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        view.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        scoped_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), view, self.delete)
        scoped_shortcut(QKeySequence("Ctrl+Up"), view, lambda: self.move(-1))
        scoped_shortcut(QKeySequence("Ctrl+Down"), view, lambda: self.move(+1))
        scoped_shortcut(QKeySequence(Qt.Key.Key_Insert), view, name_edit.setFocus)
        self._update_buttons()

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setEditTriggers(EDIT_TRIGGERS)
        view.verticalHeader().setVisible(False)
        compact_rows(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        keep_current_on_reset(view, self.model, lambda item: item.id)
        if self.model.rowCount():
            view.setCurrentIndex(self.model.index(0, NAME))

    def _warn(self, message: str) -> None:
        warn(self._parent, message)

    def _push(self, command: StoreCommand) -> bool:
        return push_or_warn(self._parent, command)

    # -- state ----------------------------------------------------------------------------------
    def current(self) -> Named | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.view.currentIndex().row()
        has = self.view.currentIndex().isValid()
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)

    def select(self, item_id: str) -> None:
        row = self.model.row_of_key(item_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, NAME))
            self.view.scrollTo(self.model.index(row, NAME))

    # -- actions --------------------------------------------------------------------------------
    def add(self) -> None:
        items = self.model.items()
        position = max((item.position for item in items), default=-1) + 1
        name = self.name_edit.text()
        command: AddPhaseCommand | AddCategoryCommand
        if self.kind == PHASES:
            command = AddPhaseCommand(self.session, Phase(name=name, position=position))
        else:
            command = AddCategoryCommand(self.session, CostCategory(name=name, position=position))
        if self._push(command):
            self.name_edit.clear()
            self.select(command.item.id)
        self.name_edit.setFocus()

    def delete(self) -> None:
        item = self.current()
        if item is None:
            return
        row = self.view.currentIndex().row()
        command: StoreCommand
        if isinstance(item, Phase):
            command = DeletePhaseCommand(self.session, item)
        else:
            command = DeleteCategoryCommand(self.session, item)
        if self._push(command) and self.model.rowCount():
            row = min(row, self.model.rowCount() - 1)
            self.view.setCurrentIndex(self.model.index(row, NAME))

    def move(self, step: int) -> None:
        item = self.current()
        if item is None:
            return
        order = [other.id for other in self.model.items()]
        row = order.index(item.id)
        target = row + step
        if not 0 <= target < len(order):
            return
        order[row], order[target] = order[target], order[row]
        positions = {item_id: position for position, item_id in enumerate(order)}
        command: StoreCommand
        if isinstance(item, Phase):
            command = MovePhaseCommand(self.session, item, positions)
        else:
            command = MoveCategoryCommand(self.session, item, positions)
        if self._push(command):
            self.select(item.id)
