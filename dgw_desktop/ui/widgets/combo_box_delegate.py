"""An item delegate that edits a cell by choosing from a list (text → value).

The model's EditRole holds the value; the choices are asked for each time an editor opens,
so a list read from the store (municipalities) is always current.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class ComboBoxDelegate(QStyledItemDelegate):
    def __init__(
        self, choices: Callable[[], Sequence[tuple[str, Any]]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setFrame(False)
        for text, value in self._choices():
            editor.addItem(text, value)
        # Keys: a letter jumps to a choice, arrows move, Enter or Tab commits, Esc cancels.
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        for row in range(editor.count()):
            if editor.itemData(row) == value:
                editor.setCurrentIndex(row)
                return

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() < 0:
            return
        value = editor.currentData()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)
