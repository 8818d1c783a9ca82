"""A horizontal bar chart drawn with QPainter, large enough to read on a projector.

The caller hands over the bars in the order to show them (e.g. ranked); the chart knows
nothing of the store. Values are formatted the Dutch way by a formatter function.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dgw_desktop.domain.formatting import format_decimal, format_integer

Number = int | Decimal

DEFAULT_COLOR = QColor("#1f6fb2")
MARGIN = 12
GAP = 10  # between label, bar and value
LABEL_GAP = 3  # between a label and its bar
ROW_GAP = 12  # between one bar and the next label


@dataclass(frozen=True)
class Bar:
    label: str
    value: Number
    color: QColor = field(default_factory=lambda: QColor(DEFAULT_COLOR))
    tooltip: str = ""


def format_number(value: Number) -> str:
    """Whole numbers as ``1.234``, others as ``3,75``."""
    if isinstance(value, int) or value == value.to_integral_value():
        return format_integer(int(value))
    return format_decimal(value, 2)


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._legend: list[tuple[str, QColor]] = []
        self._empty_text = ""
        self.formatter: Callable[[Number], str] = format_number
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    # -- data ---------------------------------------------------------------------------------
    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self._update_accessible_text()
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def labels(self) -> list[str]:
        return [bar.label for bar in self._bars]

    def values(self) -> list[Number]:
        return [bar.value for bar in self._bars]

    def set_legend(self, entries: Sequence[tuple[str, QColor]]) -> None:
        self._legend = list(entries)
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    # -- geometry -----------------------------------------------------------------------------
    # Each bar has its label on a line of its own above it, so long names stay readable.
    def _bar_height(self) -> int:
        return max(14, int(QFontMetrics(self.font()).height() * 0.9))

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + LABEL_GAP + self._bar_height() + ROW_GAP

    def _top(self) -> int:
        legend = QFontMetrics(self.font()).height() + GAP if self._legend else 0
        return MARGIN + legend

    def _value_width(self) -> int:
        metrics = QFontMetrics(self._bold())
        texts = [self.formatter(bar.value) for bar in self._bars]
        return max((metrics.horizontalAdvance(text) for text in texts), default=0)

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def bar_rect(self, row: int) -> QRectF:
        """Where bar ``row`` is drawn (no width for a value of 0)."""
        room = max(0, self.width() - 2 * MARGIN - GAP - self._value_width())
        largest = max((bar.value for bar in self._bars), default=0)
        share = float(self._bars[row].value) / float(largest) if largest > 0 else 0.0
        top = self._top() + row * self._row_height()
        top += QFontMetrics(self.font()).height() + LABEL_GAP
        return QRectF(MARGIN, top, room * max(share, 0.0), self._bar_height())

    def row_at(self, point: QPointF) -> int | None:
        row = int((point.y() - self._top()) // self._row_height())
        inside = point.y() >= self._top() and MARGIN <= point.x() <= self.width() - MARGIN
        return row if inside and 0 <= row < len(self._bars) else None

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 3)
        return QSize(480, self._top() + rows * self._row_height() + MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self._top() + max(len(self._bars), 1) * self._row_height() + MARGIN)

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        text_color = self.palette().color(QPalette.ColorRole.Text)
        if self._legend:
            self._paint_legend(painter, text_color)
        if not self._bars:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(self.rect()).adjusted(MARGIN, self._top(), -MARGIN, -MARGIN),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            return
        metrics = QFontMetrics(self.font())
        width = self.width() - 2 * MARGIN
        bold = self._bold()
        for row, bar in enumerate(self._bars):
            top = self._top() + row * self._row_height()
            painter.setFont(self.font())
            painter.setPen(text_color)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPointF(MARGIN, top + metrics.ascent()), label)
            rect = self.bar_rect(row)
            if rect.width() > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bar.color)
                painter.drawRoundedRect(rect, 3, 3)
            painter.setFont(bold)
            painter.setPen(text_color)
            value_rect = QRectF(rect.right() + GAP, rect.top() - 4, self.width(), rect.height() + 8)
            painter.drawText(
                value_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.formatter(bar.value),
            )

    def _paint_legend(self, painter: QPainter, text_color: QColor) -> None:
        metrics = QFontMetrics(self.font())
        x = float(MARGIN)
        size = metrics.height() * 0.7
        for text, color in self._legend:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(QRectF(x, MARGIN + (metrics.height() - size) / 2, size, size))
            x += size + 6
            painter.setPen(text_color)
            painter.drawText(QPointF(x, MARGIN + metrics.ascent()), text)
            x += metrics.horizontalAdvance(text) + 3 * GAP

    # -- tooltips and accessibility -----------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            row = self.row_at(QPointF(event.pos()))
            if row is None:
                QToolTip.hideText()
            else:
                bar = self._bars[row]
                text = bar.tooltip or f"{bar.label}: {self.formatter(bar.value)}"
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def _update_accessible_text(self) -> None:
        self.setAccessibleDescription(
            "; ".join(f"{bar.label}: {self.formatter(bar.value)}" for bar in self._bars)
        )
