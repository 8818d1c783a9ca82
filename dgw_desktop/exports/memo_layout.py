"""Fonts, styles and page furniture of the decision memo (reportlab).

Every style names a DejaVu font explicitly: the PDF embeds only DejaVu (which has ë, €, — and
friends) and never falls back to Helvetica.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import TableStyle

from dgw_desktop.paths import font_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

PAGE_SIZE = A4
MARGIN_LEFT = 2.5 * cm
MARGIN_RIGHT = 2.0 * cm
MARGIN_TOP = 2.6 * cm
MARGIN_BOTTOM = 2.2 * cm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

ACCENT = colors.HexColor("#1F4E79")  # a sober municipal blue
ACCENT_LIGHT = colors.HexColor("#DCE6F1")
ZEBRA = colors.HexColor("#F3F6FA")
RULE = colors.HexColor("#B7C4D4")
MUTED = colors.HexColor("#555555")


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once, as a family so ``<b>`` works."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(font_path("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path("DejaVuSans-Bold.ttf"))))
    # No italic face ships; italic maps to the upright faces rather than to Helvetica.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def markup(text: str) -> str:
    """User text as safe Paragraph markup: escaped, line breaks kept, control characters gone."""
    text = _CONTROL_CHARACTERS.sub("", text.replace("\t", " ")).strip()
    return escape(text).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def _style(name: str, **options: Any) -> ParagraphStyle:
    options.setdefault("fontName", FONT)
    options.setdefault("bulletFontName", options["fontName"])
    options.setdefault("fontSize", 10)
    options.setdefault("leading", options["fontSize"] * 1.4)
    return ParagraphStyle(name, **options)


class Styles:
    """The paragraph styles of the memo."""

    def __init__(self) -> None:
        self.body = _style("Body", spaceAfter=6)
        self.title = _style(
            "Title", fontName=FONT_BOLD, fontSize=24, leading=29, textColor=ACCENT, spaceAfter=4
        )
        self.subtitle = _style("Subtitle", fontSize=14, leading=19, spaceAfter=14)
        self.heading1 = _style(
            "Heading1",
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=6,
            keepWithNext=1,
        )
        self.heading2 = _style(
            "Heading2",
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=2,
        )
        self.meta_label = _style("MetaLabel", fontName=FONT_BOLD, fontSize=9.5)
        self.meta_value = _style("MetaValue", fontSize=9.5)
        self.caption = _style("Caption", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=6)
        self.table_note = _style(
            "TableNote", fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=3, spaceAfter=8
        )
        self.cell = _style("Cell", fontSize=8.5, leading=11.5)
        self.cell_right = _style("CellRight", fontSize=8.5, leading=11.5, alignment=TA_RIGHT)
        self.cell_bold = _style("CellBold", fontName=FONT_BOLD, fontSize=8.5, leading=11.5)
        self.cell_bold_right = _style(
            "CellBoldRight", fontName=FONT_BOLD, fontSize=8.5, leading=11.5, alignment=TA_RIGHT
        )
        self.header_cell = _style(
            "HeaderCell", fontName=FONT_BOLD, fontSize=8.5, leading=11.5, textColor=colors.white
        )
        self.header_cell_right = _style(
            "HeaderCellRight",
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11.5,
            textColor=colors.white,
            alignment=TA_RIGHT,
        )
        self.note = _style("Note", fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=2)


def data_table_style(*, total_row: bool = False) -> TableStyle:
    """A header row in the accent colour, zebra rows, thin rules; fonts set everywhere."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if total_row:
        commands += [
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ]
    return TableStyle(commands)


def meta_table_style() -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ]
    )


def page_decorator(project_name: str, date_text: str) -> Any:
    """Draw the running header (project name) and the left part of the footer."""

    def decorate(canvas: Canvas, document: Any) -> None:
        del document
        width, height = PAGE_SIZE
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setFillColor(MUTED)
        header_y = height - MARGIN_TOP + 0.9 * cm
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN_LEFT, header_y, _fit(project_name, FONT, 8, CONTENT_WIDTH * 0.7))
        canvas.setFont(FONT_BOLD, 8)
        canvas.drawRightString(width - MARGIN_RIGHT, header_y, "Stuurgroepvoorstel")
        canvas.line(MARGIN_LEFT, header_y - 0.2 * cm, width - MARGIN_RIGHT, header_y - 0.2 * cm)
        footer_y = MARGIN_BOTTOM - 1.0 * cm
        canvas.line(MARGIN_LEFT, footer_y + 0.35 * cm, width - MARGIN_RIGHT, footer_y + 0.35 * cm)
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN_LEFT, footer_y, date_text)
        canvas.restoreState()

    return decorate


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so each footer can say "Pagina X van Y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's method name
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        self.saveState()
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        self.drawRightString(
            PAGE_SIZE[0] - MARGIN_RIGHT,
            MARGIN_BOTTOM - 1.0 * cm,
            f"Pagina {self.getPageNumber()} van {total}",
        )
        self.restoreState()
