"""An item delegate that edits numbers as Dutch text (``12,5``, ``€ 1.234,56``).

The editor is a plain line edit, so a user types an amount the way it is written; the
*model* parses the text (``domain.formatting.parse_decimal`` / ``parse_money``) and refuses
what it cannot read, with a message. The delegate only hands over the text when it changed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class TypedTextDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.placeholder = placeholder

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setPlaceholderText(self.placeholder)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else str(value))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text()
        current = index.data(Qt.ItemDataRole.EditRole)
        if text.strip() != ("" if current is None else str(current)).strip():
            model.setData(index, text, Qt.ItemDataRole.EditRole)
