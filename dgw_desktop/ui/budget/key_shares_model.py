"""The percentages of one custom key, edited as a draft and saved together.

A single percentage cannot be saved on its own: the store accepts a custom key only when its
percentages add up to exactly 100%. So the percentages are typed into this draft (each one
checked at once: a number from 0 to 100 with at most two decimals), the running sum is shown,
and "save" hands the whole set to the store, which refuses anything but exactly 100%.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from dgw_desktop.domain.cost_split import CostKey, KeyShare, validate_percentage
from dgw_desktop.domain.entities import Municipality
from dgw_desktop.domain.formatting import format_decimal, format_integer, parse_decimal
from dgw_desktop.domain.messages import UserError
from dgw_desktop.ui.commands.store_command import translate_error
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel

Index = QModelIndex | QPersistentModelIndex
MUNICIPALITY, INHABITANTS, PERCENTAGE = range(3)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class KeySharesModel(KeyedTableModel[Municipality]):
    """Rows: every municipality of the project; ``draft_changed`` after each accepted edit."""

    draft_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key: CostKey | None = None
        self._draft: dict[str, Decimal] = {}
        self.replace_rows([], [], 3)  # the columns exist before a key is chosen

    def reload(self) -> None:
        """Nothing to read: ``set_key`` hands over the key and the municipalities."""

    def set_key(self, key: CostKey | None, municipalities: tuple[Municipality, ...]) -> None:
        """Start a fresh draft from the stored percentages of ``key`` (None: empty)."""
        self.key = key
        self._draft = {m.id: key.percentage_of(m.id) if key else Decimal(0) for m in municipalities}
        rows = list(municipalities) if key is not None and key.method == "custom" else []
        self.replace_rows(rows, [m.id for m in rows], 3)
        self.draft_changed.emit()

    def total(self) -> Decimal:
        return sum((self._draft.get(m.id, Decimal(0)) for m in self.rows()), Decimal(0))

    def shares(self) -> tuple[KeyShare, ...]:
        return tuple(KeyShare(m.id, self._draft.get(m.id, Decimal(0))) for m in self.rows())

    def is_modified(self) -> bool:
        if self.key is None:
            return False
        return any(self.key.percentage_of(m.id) != self._draft.get(m.id) for m in self.rows())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Municipality"), self.tr("Inhabitants"), self.tr("Percentage"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != MUNICIPALITY:
            return int(RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        municipality = self.row(index.row())
        column = index.column()
        percentage = self._draft.get(municipality.id, Decimal(0))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MUNICIPALITY:
                return municipality.name
            if column == INHABITANTS:
                return format_integer(municipality.inhabitants)
            return format_decimal(percentage, 2) + "%"
        if role == Qt.ItemDataRole.EditRole and column == PERCENTAGE:
            return format_decimal(percentage, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != MUNICIPALITY:
            return int(RIGHT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == PERCENTAGE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        try:
            percentage = validate_percentage(parse_decimal(text) if text else Decimal(0))
        except UserError as error:
            self.refused.emit(translate_error(error))
            return False
        self._draft[self.row(index.row()).id] = percentage
        self.dataChanged.emit(index, index)
        self.draft_changed.emit()
        return True
