"""A table of one kind of topic row with Add and Delete: risks, KPIs, the wheel's items.

Keys in the table: Insert adds a row and opens its first cell for typing, Delete removes
the current row, typing edits the current cell, Space ticks a check box. Each change is
one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.commands.topic_item_commands import AddItemCommand, DeleteItemCommand
from dgw_desktop.ui.models.topic_item_model import TopicItemModel
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut

_TRIGGERS = QAbstractItemView.EditTrigger


class ItemTable(QWidget):
    """``model`` holds the rows of the current topic; ``new_item(topic_id)`` makes a row."""

    edited = Signal()

    def __init__(
        self,
        model: TopicItemModel,
        new_item: Callable[[str], Any],
        add_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._new_item = new_item
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            _TRIGGERS.DoubleClicked
            | _TRIGGERS.EditKeyPressed
            | _TRIGGERS.AnyKeyPressed
            | _TRIGGERS.SelectedClicked
        )
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.add_button = QPushButton(add_text, self)
        self.delete_button = QPushButton(self.tr("Delete row"), self)
        self.add_button.setToolTip(self.tr("Insert"))
        self.delete_button.setToolTip(self.tr("Delete (in the table)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_row)
        scoped_shortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_row)
        scoped_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.delete_row)
        # Queued: a warning must not open while a cell editor is still committing.
        model.refused.connect(self._warn, Qt.ConnectionType.QueuedConnection)
        model.modelReset.connect(self._update)
        model.dataChanged.connect(self._fit_rows)
        self._widths: dict[int, int] = {}
        header.sectionCountChanged.connect(self._apply_widths)
        self._update()

    def set_stretch_columns(self, widths: dict[int, int]) -> None:
        """Give columns a starting width (pixels); the last one takes the rest."""
        self._widths = dict(widths)
        self._apply_widths()

    def _apply_widths(self) -> None:
        header = self.view.horizontalHeader()
        for column, width in self._widths.items():
            if column < header.count():
                header.resizeSection(column, width)

    def _update(self) -> None:
        has_topic = self.model.topic_id is not None
        self.add_button.setEnabled(has_topic)
        self.delete_button.setEnabled(has_topic and self.model.rowCount() > 0)
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.view.resizeRowsToContents()

    def add_row(self) -> None:
        topic_id = self.model.topic_id
        if topic_id is None:
            return
        command = AddItemCommand(self.model.session, self.model.kind, self._new_item(topic_id))
        if self._push(command):
            row = self.model.row_of_key(command.item.id)
            if row >= 0:
                index = self.model.index(row, 0)
                self.view.setFocus()
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.view.edit(index)

    def delete_row(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        item_id = self.model.row(row).id
        if self._push(DeleteItemCommand(self.model.session, self.model.kind, item_id)):
            count = self.model.rowCount()
            if count:
                self.view.setCurrentIndex(self.model.index(min(row, count - 1), index.column()))

    def _push(self, command: AddItemCommand | DeleteItemCommand) -> bool:
        error = push_edit(self.model.session, command)
        if error:
            self._warn(error)
            return False
        self.edited.emit()
        return True

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)
