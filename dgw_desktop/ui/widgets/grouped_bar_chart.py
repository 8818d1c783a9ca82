"""A horizontal grouped bar chart drawn with QPainter: one group per row label, one bar per series.

Used for the hours asked (municipality · role, a bar per phase) and the scenario comparison
(municipality, a bar per scenario). The labels sit left of their group, values right of each
bar, formatted the Dutch way by ``formatter``; a series legend is drawn on top. A missing
value (None, e.g. a municipality outside a scenario) draws no bar and shows ``missing_text``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dgw_desktop.ui.widgets.bar_chart import format_number

Number = int | Decimal

SERIES_COLORS = (
    QColor("#1f6fb2"),
    QColor("#e08a1e"),
    QColor("#3a9b5c"),
    QColor("#8e5bb5"),
    QColor("#c0504d"),
    QColor("#4bacc6"),
)
MARGIN = 12
GAP = 8  # between label, bar and value
BAR_GAP = 3  # between the bars of one group
GROUP_GAP = 12  # between groups
MAX_LABEL_SHARE = 0.42  # of the width


@dataclass(frozen=True)
class BarGroup:
    label: str  # may hold a line break: "Goirle\ndata-analist"
    values: tuple[Number | None, ...]  # one per series


def series_color(index: int) -> QColor:
    return QColor(SERIES_COLORS[index % len(SERIES_COLORS)])


class GroupedBarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[BarGroup] = []
        self._series: list[str] = []
        self._empty_text = ""
        self.missing_text = "–"
        self.formatter: Callable[[Number], str] = format_number
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    # -- data ---------------------------------------------------------------------------------
    def set_data(self, series: Sequence[str], groups: Sequence[BarGroup]) -> None:
        self._series = list(series)
        self._groups = list(groups)
        self.setAccessibleDescription(
            "; ".join(
                f"{group.label}: "
                + ", ".join(
                    f"{name} {self._value_text(value)}"
                    for name, value in zip(self._series, group.values, strict=False)
                )
                for group in self._groups
            )
        )
        self.updateGeometry()
        self.update()

    def series(self) -> list[str]:
        return list(self._series)

    def groups(self) -> list[BarGroup]:
        return list(self._groups)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def _value_text(self, value: Number | None) -> str:
        return self.missing_text if value is None else self.formatter(value)

    # -- geometry -----------------------------------------------------------------------------
    def _bar_height(self) -> int:
        return max(12, int(QFontMetrics(self.font()).height() * 0.85))

    def _group_height(self) -> int:
        bars = max(len(self._series), 1)
        lines = max((g.label.count("\n") + 1 for g in self._groups), default=1)
        label = lines * QFontMetrics(self.font()).height()
        return max(bars * self._bar_height() + (bars - 1) * BAR_GAP, label)

    def _legend_entries(self) -> list[tuple[float, int]]:
        """(x, line) of each series in the legend; entries wrap onto more lines if needed."""
        metrics = QFontMetrics(self.font())
        size = metrics.height() * 0.7
        x, line, placed = float(MARGIN), 0, []
        for text in self._series:
            width = size + 6 + metrics.horizontalAdvance(text)
            if x > MARGIN and x + width > self.width() - MARGIN:
                x, line = float(MARGIN), line + 1
            placed.append((x, line))
            x += width + 3 * GAP
        return placed

    def _top(self) -> int:
        if not self._series:
            return MARGIN
        lines = max((line for _x, line in self._legend_entries()), default=0) + 1
        return MARGIN + lines * QFontMetrics(self.font()).height() + GAP

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max(
            (metrics.horizontalAdvance(line) for g in self._groups for line in g.label.split("\n")),
            default=0,
        )
        return min(widest, int(self.width() * MAX_LABEL_SHARE))

    def _value_width(self) -> int:
        metrics = QFontMetrics(self.font())
        texts = [self._value_text(v) for group in self._groups for v in group.values]
        return max((metrics.horizontalAdvance(text) for text in texts), default=0)

    def _largest(self) -> float:
        values = [float(v) for group in self._groups for v in group.values if v is not None]
        return max(values, default=0.0)

    def bar_rect(self, group: int, series: int) -> QRectF:
        """Where a bar is drawn (no width for 0 or a missing value)."""
        left = MARGIN + self._label_width() + GAP
        room = max(0, self.width() - left - MARGIN - GAP - self._value_width())
        value = self._groups[group].values[series]
        largest = self._largest()
        share = float(value) / largest if value is not None and largest > 0 else 0.0
        top = self._top() + group * (self._group_height() + GROUP_GAP)
        top += series * (self._bar_height() + BAR_GAP)
        return QRectF(left, top, room * max(share, 0.0), self._bar_height())

    def hit(self, point: QPointF) -> tuple[int, int] | None:
        """(group, series) under ``point``, if any."""
        for group in range(len(self._groups)):
            for series in range(len(self._series)):
                rect = self.bar_rect(group, series)
                row = QRectF(MARGIN, rect.top(), self.width() - 2 * MARGIN, rect.height())
                if row.contains(point):
                    return group, series
        return None

    def sizeHint(self) -> QSize:
        groups = max(len(self._groups), 2)
        return QSize(480, self._top() + groups * (self._group_height() + GROUP_GAP) + MARGIN)

    def minimumSizeHint(self) -> QSize:
        groups = max(len(self._groups), 1)
        return QSize(300, self._top() + groups * (self._group_height() + GROUP_GAP) + MARGIN)

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        text_color = self.palette().color(QPalette.ColorRole.Text)
        if not self._groups:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            return
        self._paint_legend(painter, text_color)
        metrics = QFontMetrics(self.font())
        label_width = self._label_width()
        for index, group in enumerate(self._groups):
            first = self.bar_rect(index, 0)
            height = self._group_height()
            painter.setPen(text_color)
            label = "\n".join(
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, label_width)
                for line in group.label.split("\n")
            )
            painter.drawText(
                QRectF(MARGIN, first.top(), label_width, height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            for series, value in enumerate(group.values[: len(self._series)]):
                rect = self.bar_rect(index, series)
                if rect.width() > 0:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(series_color(series))
                    painter.drawRoundedRect(rect, 2, 2)
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(rect.right() + GAP, rect.top() - 3, self.width(), rect.height() + 6),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    self._value_text(value),
                )

    def _paint_legend(self, painter: QPainter, text_color: QColor) -> None:
        metrics = QFontMetrics(self.font())
        size = metrics.height() * 0.7
        for index, (x, line) in enumerate(self._legend_entries()):
            top = MARGIN + line * metrics.height()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(series_color(index))
            painter.drawRect(QRectF(x, top + (metrics.height() - size) / 2, size, size))
            painter.setPen(text_color)
            painter.drawText(QPointF(x + size + 6, top + metrics.ascent()), self._series[index])

    # -- tooltips -----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            found = self.hit(QPointF(event.pos()))
            if found is None:
                QToolTip.hideText()
            else:
                group, series = found
                value = self._groups[group].values[series]
                text = f"{self._groups[group].label} · {self._series[series]}: "
                QToolTip.showText(event.globalPos(), text + self._value_text(value), self)
            return True
        return super().event(event)
