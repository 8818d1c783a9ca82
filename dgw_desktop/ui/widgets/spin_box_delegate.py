"""An item delegate that edits whole numbers with a spin box.

With ``empty_text`` the lowest value (one below ``minimum``) stands for "no value": the spin
box shows that text and the model receives None, e.g. to clear a score.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class SpinBoxDelegate(QStyledItemDelegate):
    def __init__(
        self,
        minimum: int,
        maximum: int,
        parent: QObject | None = None,
        *,
        empty_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.minimum = minimum
        self.maximum = maximum
        self.empty_text = empty_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.empty_text:
            editor.setRange(self.minimum - 1, self.maximum)
            editor.setSpecialValueText(self.empty_text)
        else:
            editor.setRange(self.minimum, self.maximum)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value) if value is not None else editor.minimum())
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        value: int | None = editor.value()
        if self.empty_text and value == editor.minimum():
            value = None
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)
