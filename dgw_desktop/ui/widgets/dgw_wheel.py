"""The DGW wheel drawn with QPainter: three segments Data, Mensen and Acties, each coloured
by its readiness (green / amber / red from ``domain.wheel``) with its percentage, and the
whole wheel's readiness in the middle. Large enough to read on a projector.

``paint_wheel`` draws a wheel into any rectangle, so the comparison can draw small ones.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dgw_desktop.domain.wheel import (
    EMPTY_SEGMENT_LABEL,
    EMPTY_WHEEL,
    SEGMENT_LABELS,
    SEGMENT_RULES,
    TRAFFIC_LIGHT_LABELS,
    WHEEL_CONTEXT,
    Segment,
    SegmentReadiness,
    TrafficLight,
    WheelReadiness,
)

TRAFFIC_COLORS: dict[TrafficLight, QColor] = {
    TrafficLight.GREEN: QColor("#2e7d32"),
    TrafficLight.AMBER: QColor("#f2a900"),
    TrafficLight.RED: QColor("#c62828"),
}
"""The colours of ready (green), partly ready (amber) and not ready (red)."""

TRAFFIC_TEXT_COLORS: dict[TrafficLight, QColor] = {
    TrafficLight.GREEN: QColor("white"),
    TrafficLight.AMBER: QColor("#1a1a1a"),  # dark on amber reads better than white
    TrafficLight.RED: QColor("white"),
}

# Where each segment sits: its start angle in degrees (0 = three o'clock, counter-clockwise),
# each 120° wide: Data on top, People bottom right, Actions bottom left.
SEGMENT_START: dict[Segment, float] = {
    Segment.DATA: 30.0,
    Segment.PEOPLE: -90.0,
    Segment.ACTIONS: 150.0,
}
SPAN = 120.0
GAP_DEGREES = 2.0
INNER_RATIO = 0.42


def _tr(text: str) -> str:
    return QCoreApplication.translate(WHEEL_CONTEXT, text)


def segment_label(segment: Segment) -> str:
    return _tr(SEGMENT_LABELS[segment])


def status_text(readiness: SegmentReadiness | WheelReadiness) -> str:
    if isinstance(readiness, SegmentReadiness) and readiness.empty:
        return _tr(EMPTY_SEGMENT_LABEL)
    return _tr(TRAFFIC_LIGHT_LABELS[readiness.status])


def _segment_path(center: QPointF, outer: float, inner: float, start: float) -> QPainterPath:
    start += GAP_DEGREES / 2
    span = SPAN - GAP_DEGREES
    outer_rect = QRectF(center.x() - outer, center.y() - outer, 2 * outer, 2 * outer)
    inner_rect = QRectF(center.x() - inner, center.y() - inner, 2 * inner, 2 * inner)
    path = QPainterPath()
    path.arcMoveTo(outer_rect, start)
    path.arcTo(outer_rect, start, span)
    path.arcTo(inner_rect, start + span, -span)
    path.closeSubpath()
    return path


def _point(center: QPointF, radius: float, degrees: float) -> QPointF:
    radians = math.radians(degrees)
    return QPointF(center.x() + radius * math.cos(radians), center.y() - radius * math.sin(radians))


def paint_wheel(
    painter: QPainter,
    rect: QRectF,
    readiness: WheelReadiness,
    font: QFont,
    *,
    names: bool = True,
) -> None:
    """Draw the wheel centred in ``rect``; ``names`` False leaves out the segment names."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outer = min(rect.width(), rect.height()) / 2 - 2
    inner = outer * INNER_RATIO
    center = rect.center()
    band = outer - inner
    for item in readiness.segments:
        start = SEGMENT_START[item.segment]
        path = _segment_path(center, outer, inner, start)
        color = TRAFFIC_COLORS[item.status]
        painter.setPen(QPen(color.darker(130), 1))
        painter.setBrush(color)
        painter.drawPath(path)
        if item.empty:  # not filled in yet: hatched, so it does not read as a measured 0 %
            painter.setBrush(QBrush(QColor(255, 255, 255, 110), Qt.BrushStyle.BDiagPattern))
            painter.drawPath(path)
        mid = _point(center, inner + band / 2, start + SPAN / 2)
        painter.setPen(TRAFFIC_TEXT_COLORS[item.status])
        figure = QFont(font)
        figure.setBold(True)
        figure.setPixelSize(max(8, int(band * (0.26 if names else 0.4))))
        box = QRectF(mid.x() - band, mid.y() - band / 2, 2 * band, band)
        if names:
            name_font = QFont(font)
            name_font.setPixelSize(max(8, int(band * 0.2)))
            painter.setFont(name_font)
            upper = QRectF(box.left(), box.top(), box.width(), box.height() / 2)
            painter.drawText(
                upper,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                segment_label(item.segment),
            )
            lower = QRectF(box.left(), box.center().y(), box.width(), box.height() / 2)
            painter.setFont(figure)
            painter.drawText(
                lower,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                f"{item.percent} %",
            )
        else:
            painter.setFont(figure)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{item.percent} %")
    whole = QFont(font)
    whole.setBold(True)
    whole.setPixelSize(max(8, int(inner * 0.55)))
    painter.setFont(whole)
    painter.setPen(TRAFFIC_COLORS[readiness.status].darker(115))
    middle = QRectF(center.x() - inner, center.y() - inner, 2 * inner, 2 * inner)
    painter.drawText(middle, Qt.AlignmentFlag.AlignCenter, f"{readiness.percent} %")
    painter.restore()


class DgwWheel(QWidget):
    """Shows a ``WheelReadiness``; clicking a segment emits ``segment_clicked``."""

    segment_clicked = Signal(object)  # Segment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._readiness: WheelReadiness = EMPTY_WHEEL
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 180)
        self.setMouseTracking(True)
        self._update_accessible_text()

    def set_readiness(self, readiness: WheelReadiness) -> None:
        self._readiness = readiness
        self._update_accessible_text()
        self.update()

    def readiness(self) -> WheelReadiness:
        return self._readiness

    def segment_color(self, segment: Segment) -> QColor:
        return QColor(TRAFFIC_COLORS[self._readiness.segment(segment).status])

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def _wheel_rect(self) -> QRectF:
        side = min(self.width(), self.height()) - 8
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def segment_at(self, point: QPointF) -> Segment | None:
        rect = self._wheel_rect()
        center = rect.center()
        dx, dy = point.x() - center.x(), center.y() - point.y()
        distance = math.hypot(dx, dy)
        outer = rect.width() / 2
        if not outer * INNER_RATIO <= distance <= outer:
            return None
        angle = math.degrees(math.atan2(dy, dx))
        for segment, start in SEGMENT_START.items():
            if (angle - start) % 360 < SPAN:
                return segment
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_wheel(painter, self._wheel_rect(), self._readiness, self.font())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        segment = self.segment_at(event.position())
        if segment is not None and event.button() == Qt.MouseButton.LeftButton:
            self.segment_clicked.emit(segment)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            segment = self.segment_at(QPointF(event.pos()))
            if segment is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.segment_tooltip(segment), self)
            return True
        return super().event(event)

    def segment_tooltip(self, segment: Segment) -> str:
        item = self._readiness.segment(segment)
        return f"{segment_label(segment)}: {item.percent} % — {status_text(item)}\n" + _tr(
            SEGMENT_RULES[segment]
        )

    def _update_accessible_text(self) -> None:
        parts = [
            f"{segment_label(i.segment)} {i.percent} % ({status_text(i)})"
            for i in self._readiness.segments
        ]
        self.setAccessibleDescription("; ".join(parts))
