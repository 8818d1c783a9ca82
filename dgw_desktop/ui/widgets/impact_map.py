"""The impact–effort map: a 5 × 5 grid in four quadrants, items drawn as numbered dots.

Effort runs left (low) to right (high), impact bottom (low) to top (high), so quick wins sit
top left. The quadrants and their names come from ``domain.quadrants``. Items are moved by
dragging a dot to another cell, or with the arrow keys for the selected item; the map only
reports ``moved(key, impact, effort)`` and shows what it is given back.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dgw_desktop.domain.quadrants import QUADRANT_CONTEXT, Quadrant, quadrant, quadrant_label
from dgw_desktop.domain.validation import SCORE_MAX, SCORE_MIN

STEPS = SCORE_MAX - SCORE_MIN + 1
AXIS = 46  # room for the axis titles and numbers, left and bottom
MARGIN = 10
DOT_RADIUS = 12
DEFAULT_COLOR = QColor("#1f6fb2")
QUADRANT_COLORS = {
    Quadrant.QUICK_WINS: QColor("#e3f4e1"),
    Quadrant.MAJOR_PROJECTS: QColor("#e1ecf7"),
    Quadrant.FILL_INS: QColor("#f3f1e4"),
    Quadrant.DONT_DO: QColor("#f7e3e1"),
}


@dataclass(frozen=True)
class MapItem:
    key: Hashable
    number: int  # shown in the dot; matches the list beside the map
    label: str
    impact: int
    effort: int
    color: QColor = field(default_factory=lambda: QColor(DEFAULT_COLOR))


def label_lines(metrics: QFontMetrics, text: str, width: int, most: int) -> list[str]:
    """``text`` in at most ``most`` lines of ``width`` pixels, word-wrapped, the last elided."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if metrics.horizontalAdvance(line) > width:
            words.insert(0, line)
            break
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


class ImpactMap(QWidget):
    moved = Signal(object, int, int)  # key, impact, effort
    selected = Signal(object)  # key, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[MapItem] = []
        self._selected: Hashable | None = None
        self._dragging: Hashable | None = None
        self._drag_point: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.impact_title = self.tr("Impact")
        self.effort_title = self.tr("Effort")

    # -- data ---------------------------------------------------------------------------------
    def set_items(self, items: Sequence[MapItem]) -> None:
        self._items = list(items)
        if self._selected is not None and self.item(self._selected) is None:
            self._selected = None
        self.update()

    def items(self) -> list[MapItem]:
        return list(self._items)

    def item(self, key: Hashable) -> MapItem | None:
        return next((item for item in self._items if item.key == key), None)

    def selected_key(self) -> Hashable | None:
        return self._selected

    def set_selected(self, key: Hashable | None) -> None:
        if key != self._selected:
            self._selected = key
            self.update()

    # -- geometry -----------------------------------------------------------------------------
    def grid_rect(self) -> QRectF:
        side_w = self.width() - AXIS - 2 * MARGIN
        side_h = self.height() - AXIS - 2 * MARGIN
        return QRectF(MARGIN + AXIS, MARGIN, max(side_w, 1), max(side_h, 1))

    def cell_rect(self, impact: int, effort: int) -> QRectF:
        grid = self.grid_rect()
        width, height = grid.width() / STEPS, grid.height() / STEPS
        left = grid.left() + (effort - SCORE_MIN) * width
        top = grid.top() + (SCORE_MAX - impact) * height
        return QRectF(left, top, width, height)

    def cell_center(self, impact: int, effort: int) -> QPointF:
        return self.cell_rect(impact, effort).center()

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        """(impact, effort) of the cell under ``point``; None outside the grid."""
        grid = self.grid_rect()
        if not grid.contains(point):
            return None
        effort = SCORE_MIN + min(STEPS - 1, int((point.x() - grid.left()) / grid.width() * STEPS))
        impact = SCORE_MAX - min(STEPS - 1, int((point.y() - grid.top()) / grid.height() * STEPS))
        return impact, effort

    def item_center(self, key: Hashable) -> QPointF:
        """Where the dot of ``key`` is drawn (items sharing a cell are stacked)."""
        item = self.item(key)
        assert item is not None
        neighbours = [i for i in self._items if (i.impact, i.effort) == (item.impact, item.effort)]
        cell = self.cell_rect(item.impact, item.effort)
        slot = min(DOT_RADIUS * 2 + 6, cell.height() / max(len(neighbours), 1))
        index = neighbours.index(item)
        first = cell.center().y() - slot * (len(neighbours) - 1) / 2
        return QPointF(cell.left() + DOT_RADIUS + 6, first + index * slot)

    def item_at(self, point: QPointF) -> Hashable | None:
        for item in reversed(self._items):
            center = self.item_center(item.key)
            delta = point - center
            if delta.x() ** 2 + delta.y() ** 2 <= (DOT_RADIUS + 3) ** 2:
                return item.key
        return None

    def sizeHint(self) -> QSize:
        return QSize(720, 600)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 300)

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        self._paint_quadrants(painter)
        self._paint_axes(painter)
        for item in self._items:
            if item.key != self._dragging:
                self._paint_item(painter, item, self.item_center(item.key))
        dragged = self.item(self._dragging) if self._dragging is not None else None
        if dragged is not None and self._drag_point is not None:
            target = self.cell_at(self._drag_point)
            if target is not None:
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.cell_rect(*target).adjusted(1, 1, -1, -1))
            self._paint_item(painter, dragged, self._drag_point)
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def _paint_quadrants(self, painter: QPainter) -> None:
        areas: dict[Quadrant, QRectF] = {}
        for impact in range(SCORE_MIN, SCORE_MAX + 1):
            for effort in range(SCORE_MIN, SCORE_MAX + 1):
                which = quadrant(impact, effort)
                rect = self.cell_rect(impact, effort)
                painter.fillRect(rect, QUADRANT_COLORS[which])
                areas[which] = areas[which].united(rect) if which in areas else rect
        grid_pen = QPen(QColor(0, 0, 0, 30), 1)
        painter.setPen(grid_pen)
        for impact in range(SCORE_MIN, SCORE_MAX + 1):
            for effort in range(SCORE_MIN, SCORE_MAX + 1):
                painter.drawRect(self.cell_rect(impact, effort))
        title = QFont(self.font())
        title.setBold(True)
        title.setPointSizeF(self.font().pointSizeF() * 1.25)
        painter.setFont(title)
        painter.setPen(QColor(0, 0, 0, 110))
        for which, area in areas.items():
            text = QCoreApplication.translate(QUADRANT_CONTEXT, quadrant_label(which))
            flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
            painter.drawText(area.adjusted(6, 4, -8, -4), flags, text)
        painter.setPen(QPen(QColor(0, 0, 0, 140), 2))
        grid = self.grid_rect()
        # The dividing lines run where "high" starts (domain.quadrants.HIGH_FROM).
        for effort in range(SCORE_MIN + 1, SCORE_MAX + 1):
            if quadrant(SCORE_MAX, effort) != quadrant(SCORE_MAX, effort - 1):
                x = self.cell_rect(SCORE_MIN, effort).left()
                painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))
        for impact in range(SCORE_MIN + 1, SCORE_MAX + 1):
            if quadrant(impact, SCORE_MIN) != quadrant(impact - 1, SCORE_MIN):
                y = self.cell_rect(impact, SCORE_MIN).bottom()
                painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))

    def _paint_axes(self, painter: QPainter) -> None:
        grid = self.grid_rect()
        text_color = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(text_color)
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        for value in range(SCORE_MIN, SCORE_MAX + 1):
            row = self.cell_rect(value, SCORE_MIN)
            painter.drawText(
                QRectF(grid.left() - 22, row.top(), 16, row.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(value),
            )
            column = self.cell_rect(SCORE_MIN, value)
            painter.drawText(
                QRectF(column.left(), grid.bottom() + 2, column.width(), metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(value),
            )
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        arrow = " →"
        painter.drawText(
            QRectF(grid.left(), grid.bottom() + metrics.height(), grid.width(), AXIS / 2 + 6),
            Qt.AlignmentFlag.AlignCenter,
            self.effort_title + arrow,
        )
        painter.save()
        painter.translate(MARGIN + metrics.height() / 2 + 2, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, -metrics.height(), grid.height(), metrics.height() * 2),
            Qt.AlignmentFlag.AlignCenter,
            self.impact_title + arrow,
        )
        painter.restore()

    def _paint_item(self, painter: QPainter, item: MapItem, center: QPointF) -> None:
        selected = item.key == self._selected
        if selected:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 4))
        else:
            painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(item.color)
        painter.drawEllipse(center, DOT_RADIUS, DOT_RADIUS)
        number_font = QFont(self.font())
        number_font.setBold(True)
        number_font.setPointSizeF(self.font().pointSizeF() * 0.85)
        painter.setFont(number_font)
        painter.setPen(QColor("white"))
        box = QRectF(
            center.x() - DOT_RADIUS, center.y() - DOT_RADIUS, DOT_RADIUS * 2, DOT_RADIUS * 2
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(item.number))
        label_font = QFont(self.font())
        label_font.setBold(selected)
        painter.setFont(label_font)
        metrics = QFontMetrics(label_font)
        room = int(self._label_right(item) - center.x() - DOT_RADIUS - 8)
        if room < 20:
            return
        alone = self._cell_count(item.impact, item.effort) == 1
        lines = label_lines(metrics, item.label, room, 2 if alone else 1)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        top = center.y() - metrics.height() * len(lines) / 2
        for number, line in enumerate(lines):
            baseline = top + number * metrics.height() + metrics.ascent()
            painter.drawText(QPointF(center.x() + DOT_RADIUS + 4, baseline), line)

    def _cell_count(self, impact: int, effort: int) -> int:
        return sum(1 for i in self._items if (i.impact, i.effort) == (impact, effort))

    def _label_right(self, item: MapItem) -> float:
        """A label may run on over empty squares to its right."""
        right = self.cell_rect(item.impact, item.effort).right()
        for effort in range(item.effort + 1, SCORE_MAX + 1):
            if self._cell_count(item.impact, effort):
                break
            right = self.cell_rect(item.impact, effort).right()
        return right

    # -- mouse --------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        key = self.item_at(event.position())
        self.set_selected(key)
        self.selected.emit(key)
        self._dragging = key
        self._drag_point = None
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag_point = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()
        elif self._dragging is None:
            over = self.item_at(event.position()) is not None
            self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        key, self._dragging = self._dragging, None
        self._drag_point = None
        self.unsetCursor()
        self.update()
        if key is None or event.button() != Qt.MouseButton.LeftButton:
            return
        item = self.item(key)
        cell = self.cell_at(event.position())
        if item is not None and cell is not None and cell != (item.impact, item.effort):
            self.moved.emit(key, *cell)

    # -- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Left: (0, -1),
        }
        step = steps.get(Qt.Key(event.key()))
        item = self.item(self._selected) if self._selected is not None else None
        if step is None or item is None:
            super().keyPressEvent(event)
            return
        self.move_selected(*step)
        event.accept()

    def move_selected(self, impact_step: int, effort_step: int) -> bool:
        """Move the selected item one cell; False when there is none or it is at the edge."""
        item = self.item(self._selected) if self._selected is not None else None
        if item is None:
            return False
        impact = min(SCORE_MAX, max(SCORE_MIN, item.impact + impact_step))
        effort = min(SCORE_MAX, max(SCORE_MIN, item.effort + effort_step))
        if (impact, effort) == (item.impact, item.effort):
            return False
        self.moved.emit(item.key, impact, effort)
        return True

    # -- tooltips -----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            key = self.item_at(QPointF(event.pos()))
            item = self.item(key) if key is not None else None
            if item is None:
                QToolTip.hideText()
            else:
                text = self.tr("{0}. {1}\nImpact {2}, effort {3}: {4}").format(
                    item.number,
                    item.label,
                    item.impact,
                    item.effort,
                    QCoreApplication.translate(
                        QUADRANT_CONTEXT, quadrant_label(quadrant(item.impact, item.effort))
                    ),
                )
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
