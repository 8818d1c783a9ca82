"""An item delegate that edits a cell by choosing from a combo box.

The model offers the choices for a cell as ``[(text, value), …]`` under ``CHOICES_ROLE`` and
the current value under ``EditRole``; a value may be None (e.g. "the shared pool"). The list
opens at once (F2, a double click or typing); arrows move through it and Enter or a click
chooses, which commits the cell as one edit. Escape closes the list without a change.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget
from shiboken6 import isValid

Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 20


class ChoiceDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setFrame(False)
        for text, value in index.data(CHOICES_ROLE) or []:
            editor.addItem(text, value)
        editor.activated.connect(lambda _row, e=editor: self._chosen(e))
        QTimer.singleShot(0, lambda e=editor: self._open(e))
        return editor

    @staticmethod
    def _open(editor: QComboBox) -> None:
        if isValid(editor) and editor.isVisible() and not editor.view().isVisible():
            editor.showPopup()

    def _chosen(self, editor: QComboBox) -> None:
        if isValid(editor) and editor.isVisible():
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        for row in range(editor.count()):
            if editor.itemData(row) == current:
                editor.setCurrentIndex(row)
                return

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() < 0:
            return
        value = editor.currentData()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)
