"""The DGW wheel as a vector chart (reportlab.graphics) for the memo.

Three equal segments (Data at the top right, Mensen at the bottom, Acties at the top left),
each coloured by its readiness status (``domain.wheel.segment_status``): a pale band for the
whole segment and a solid band whose depth is the readiness, so 50 % fills half the ring.
The hub shows the wheel's overall readiness. Every string uses the embedded DejaVu font.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Drawing, Polygon, String
from reportlab.lib import colors

from dgw_desktop.domain.wheel import (
    SEGMENT_DUTCH,
    SegmentReadiness,
    TrafficLight,
    WheelReadiness,
)
from dgw_desktop.exports.memo_layout import FONT, FONT_BOLD

STATUS_COLOURS: dict[TrafficLight, colors.Color] = {
    TrafficLight.GREEN: colors.HexColor("#3C8D50"),
    TrafficLight.AMBER: colors.HexColor("#E0A030"),
    TrafficLight.RED: colors.HexColor("#C0392B"),
}
PALE_COLOURS: dict[TrafficLight, colors.Color] = {
    TrafficLight.GREEN: colors.HexColor("#D5EBDA"),
    TrafficLight.AMBER: colors.HexColor("#F8E8C6"),
    TrafficLight.RED: colors.HexColor("#F2D3CF"),
}
STATUS_DUTCH: dict[TrafficLight, str] = {
    TrafficLight.GREEN: "gereed",
    TrafficLight.AMBER: "deels gereed",
    TrafficLight.RED: "niet gereed",
}
_TEXT = colors.HexColor("#222222")
_GAP_DEGREES = 3.0
# Segment i spans 120° starting here (degrees, counter-clockwise from 3 o'clock).
_STARTS = (-30.0, 210.0, 90.0)  # Data: top right; Mensen: bottom; Acties: top left


def _percent(value: int) -> str:
    return f"{value}%"


def _ring_segment(
    cx: float, cy: float, inner: float, outer: float, begin: float, end: float, fill: colors.Color
) -> Polygon:
    """A piece of a ring between two radii and two angles (degrees), as a polygon."""
    steps = max(8, int(abs(end - begin) / 3))
    angles = [math.radians(begin + (end - begin) * i / steps) for i in range(steps + 1)]
    points: list[float] = []
    for angle in angles:
        points += [cx + outer * math.cos(angle), cy + outer * math.sin(angle)]
    for angle in reversed(angles):
        points += [cx + inner * math.cos(angle), cy + inner * math.sin(angle)]
    return Polygon(points, fillColor=fill, strokeColor=None, strokeWidth=0)


def wheel_drawing(readiness: WheelReadiness, width: float, height: float) -> Drawing:
    """A ``width`` × ``height`` point drawing of the wheel with its labels inside the box."""
    drawing = Drawing(width, height)
    # The renderer starts every drawing in its initial font: DejaVu, never Helvetica.
    drawing.initialFontName = FONT
    below = 24.0  # room under the ring for the label of the bottom segment
    radius = min(width * 0.27, (height - below - 2) / 2)
    hub = radius * 0.45
    cx, cy = width / 2, height - radius - 1
    for segment, start in zip(readiness.segments, _STARTS, strict=True):
        _draw_segment(drawing, segment, cx, cy, hub, radius, start)
    colour = STATUS_COLOURS[readiness.status]
    size = max(7.0, hub * 0.5)
    roomy = hub >= 16  # room in the hub for the word under the figure
    baseline = cy - size * 0.15 if roomy else cy - size * 0.35
    drawing.add(
        String(cx, baseline, _percent(readiness.percent), fontName=FONT_BOLD, fontSize=size,
               fillColor=colour, textAnchor="middle")
    )  # fmt: skip
    if roomy:
        drawing.add(
            String(cx, baseline - 8, "gereed", fontName=FONT, fontSize=6.5, fillColor=_TEXT,
                   textAnchor="middle")
        )  # fmt: skip
    return drawing


def _draw_segment(
    drawing: Drawing,
    segment: SegmentReadiness,
    cx: float,
    cy: float,
    hub: float,
    radius: float,
    start: float,
) -> None:
    status = segment.status
    begin, end = start + _GAP_DEGREES / 2, start + 120 - _GAP_DEGREES / 2
    drawing.add(_ring_segment(cx, cy, hub, radius, begin, end, PALE_COLOURS[status]))
    if segment.percent > 0:
        depth = hub + (radius - hub) * segment.percent / 100
        drawing.add(_ring_segment(cx, cy, hub, depth, begin, end, STATUS_COLOURS[status]))
    middle = math.radians(start + 60)
    cosine = math.cos(middle)
    anchor = "start" if cosine > 0.2 else "end" if cosine < -0.2 else "middle"
    if anchor == "middle":  # the segment at the bottom: its label under the ring
        x, y = cx, cy - radius - 10
    else:  # the top segments: beside the ring, level with the segment's middle
        x = cx + (radius + 4) * cosine
        y = cy + (radius + 4) * math.sin(middle) + 2
    name = SEGMENT_DUTCH[segment.segment]
    value = "leeg" if segment.empty else _percent(segment.percent)
    drawing.add(
        String(x, y, name, fontName=FONT_BOLD, fontSize=7.5, fillColor=_TEXT, textAnchor=anchor)
    )
    drawing.add(
        String(x, y - 8.5, value, fontName=FONT, fontSize=7.5, fillColor=STATUS_COLOURS[status],
               textAnchor=anchor)
    )  # fmt: skip
