"""Charts (reportlab graphics, labelled in DejaVu only) and cell helpers of the memo's Financiën."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import unescape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from dgw_desktop.domain.budget_overview import BudgetOverview, ScenarioSplit
from dgw_desktop.domain.formatting import format_integer
from dgw_desktop.domain.formatting import format_money as _format_money
from dgw_desktop.exports.memo_layout import ACCENT, CONTENT_WIDTH, FONT, FONT_BOLD, MUTED, RULE

Flowable = Any
SECOND = colors.HexColor("#8FB3D9")  # a lighter blue next to ACCENT
SCENARIO_COLOURS = (ACCENT, colors.HexColor("#C55A11"), colors.HexColor("#548235"), SECOND)

NBSP = "\u00a0"


def format_money(cents: int) -> str:
    """``€ 1.234,56`` with a non-breaking space: a line never ends after the euro sign."""
    return _format_money(cents).replace(" ", NBSP)


def euros(cents: int) -> str:
    """Whole euros for charts and dense tables: ``€ 12.346``."""
    rounded = (cents + 50) // 100 if cents >= 0 else -((-cents + 50) // 100)
    return "€" + NBSP + format_integer(rounded)


def format_money_decimal(euros: Decimal) -> str:
    """Euros with two decimals as money: ``Decimal("4.71")`` → ``€ 4,71``."""
    return format_money(int(euros * 100))


_TAGS = re.compile(r"<[^>]+>")
_CELL_PADDING = 10  # left + right padding of data_table_style


def fit_header(cell: Flowable, width: float) -> Flowable:
    """A header whose longest word is wider than its column gets a smaller font (≥ 6.5 pt)."""
    if not isinstance(cell, Paragraph):
        return cell
    style = cell.style
    words = unescape(_TAGS.sub(" ", cell.text)).split()
    longest = max((stringWidth(word, FONT_BOLD, style.fontSize) for word in words), default=0)
    available = width - _CELL_PADDING
    if longest <= available:
        return cell
    size = max(6.5, int(style.fontSize * available / longest * 4 * 0.97) / 4)  # a little room
    smaller = ParagraphStyle(
        f"{style.name}-{size:.1f}", parent=style, fontSize=size, leading=size * 1.35
    )
    return Paragraph(cell.text, smaller)


def _axis_euros(value: float) -> str:
    return euros(round(value * 100))


def split_chart(split: ScenarioSplit) -> Drawing:
    """Horizontal bars per municipality: its share of the joint costs plus its own costs."""
    members = list(split.members)
    height = 1.9 * cm + 0.75 * cm * len(members) + 1.0 * cm
    drawing = Drawing(CONTENT_WIDTH, height, initialFontName=FONT, initialFontSize=8)
    chart = HorizontalBarChart()
    chart.x = 3.4 * cm
    chart.y = 1.9 * cm
    chart.width = CONTENT_WIDTH - chart.x - 1.0 * cm
    chart.height = 0.75 * cm * len(members)
    # reportlab draws the first category at the bottom; reverse so the table order reads down.
    ordered = list(reversed(members))
    chart.data = [
        [m.shared_cents / 100 for m in ordered],
        [m.own_cents / 100 for m in ordered],
    ]
    chart.categoryAxis.categoryNames = [m.municipality.name for m in ordered]
    chart.categoryAxis.style = "stacked"
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = SECOND
    chart.bars.strokeColor = None
    chart.barWidth = 0.45 * cm
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _axis_euros
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = RULE
    chart.categoryAxis.strokeColor = RULE
    for labels in (chart.valueAxis.labels, chart.categoryAxis.labels):
        labels.fontName = FONT
        labels.fontSize = 7.5
        labels.fillColor = MUTED
    chart.categoryAxis.labels.fillColor = colors.black
    chart.categoryAxis.labels.fontSize = 8
    drawing.add(chart)
    legend = _legend(
        [(ACCENT, "aandeel gezamenlijke kosten"), (SECOND, "eigen kosten (eigen medewerkers)")]
    )
    legend.x = chart.x
    legend.y = 0.1 * cm
    drawing.add(legend)
    drawing.add(
        String(0, height - 0.4 * cm, "Kosten per gemeente in het voorstel", fontName=FONT_BOLD,
               fontSize=8.5, fillColor=ACCENT)
    )  # fmt: skip
    return drawing


def _legend(items: list[tuple[Any, str]]) -> Legend:
    legend = Legend()
    legend.alignment = "right"
    legend.colorNamePairs = items
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.columnMaximum = 1
    legend.deltax = 6.2 * cm
    legend.dxTextSpace = 4
    legend.dx = 8
    legend.dy = 8
    legend.strokeColor = None
    legend.boxAnchor = "sw"
    return legend


def comparison_chart(overview: BudgetOverview) -> Drawing:
    """Grouped bars: each municipality's total cost in each scenario (none: not a member)."""
    rows = overview.comparison
    scenarios = overview.scenarios
    height = 7.2 * cm
    drawing = Drawing(CONTENT_WIDTH, height, initialFontName=FONT, initialFontSize=8)
    chart = VerticalBarChart()
    chart.x = 1.9 * cm
    chart.y = 2.0 * cm
    chart.width = CONTENT_WIDTH - chart.x - 0.3 * cm
    chart.height = height - chart.y - 0.9 * cm
    chart.data = [
        [cell.total_cents / 100 if cell is not None else 0 for cell in _column(rows, index)]
        for index in range(len(scenarios))
    ]
    chart.categoryAxis.categoryNames = [_short(row.municipality.name) for row in rows]
    for index in range(len(scenarios)):
        chart.bars[index].fillColor = SCENARIO_COLOURS[index % len(SCENARIO_COLOURS)]
    chart.bars.strokeColor = None
    chart.groupSpacing = 6
    chart.barSpacing = 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _axis_euros
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = RULE
    chart.categoryAxis.strokeColor = RULE
    for labels in (chart.valueAxis.labels, chart.categoryAxis.labels):
        labels.fontName = FONT
        labels.fontSize = 7
        labels.fillColor = MUTED
    chart.categoryAxis.labels.fillColor = colors.black
    chart.categoryAxis.labels.angle = 30 if len(rows) > 5 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 5 else "n"
    drawing.add(chart)
    legend = _legend(
        [
            (SCENARIO_COLOURS[i % len(SCENARIO_COLOURS)], split.scenario.name)
            for i, split in enumerate(scenarios)
        ]
    )
    legend.x = chart.x
    legend.y = 0.1 * cm
    drawing.add(legend)
    drawing.add(
        String(0, height - 0.4 * cm, "Kosten per gemeente per scenario", fontName=FONT_BOLD,
               fontSize=8.5, fillColor=ACCENT)
    )  # fmt: skip
    return drawing


def _column(rows: Sequence[Any], index: int) -> list[Any]:
    return [row.cells[index] for row in rows]


def _short(name: str, limit: int = 16) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
