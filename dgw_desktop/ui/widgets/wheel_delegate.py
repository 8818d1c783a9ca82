"""Draws a small DGW wheel in a table cell whose model gives a ``WheelReadiness``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dgw_desktop.domain.wheel import WheelReadiness
from dgw_desktop.ui.widgets.dgw_wheel import paint_wheel

Index = QModelIndex | QPersistentModelIndex
WHEEL_SIZE = 150


class WheelDelegate(QStyledItemDelegate):
    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        readiness = index.data(self._role)
        if not isinstance(readiness, WheelReadiness):
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[operator]
            painter.fillRect(option.rect, option.palette.highlight())  # type: ignore[attr-defined]
        rect = QRectF(option.rect).adjusted(6, 6, -6, -6)  # type: ignore[attr-defined]
        side = min(rect.width(), rect.height(), float(WHEEL_SIZE))
        square = QRectF(
            rect.left() + (rect.width() - side) / 2,
            rect.top() + (rect.height() - side) / 2,
            side,
            side,
        )
        paint_wheel(painter, square, readiness, option.font, names=True)  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if isinstance(index.data(self._role), WheelReadiness):
            return QSize(WHEEL_SIZE + 12, WHEEL_SIZE + 12)
        return super().sizeHint(option, index)
