"""The budget sheets of the workbook: Begroting, Tarieven, Uren and Dekking.

Every amount the app computes is a live formula here: a line of hours is
``=ROUND(hours × rate, 2)`` (the app rounds once per line, half up, in the same way), the rate
comes from the Tarieven sheet, hours per week × weeks give the hours, and the totals per
phase and category are ``SUMIF``s. Criteria match text exactly: wildcards in names are escaped
(``~*``), so a category called "overig*" sums only itself. Text from users is stored as text,
never as a formula (formula injection).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from dgw_desktop.domain.budget_overview import BudgetOverview
from dgw_desktop.domain.cost_split import FUNDING_KIND_NAMES
from dgw_desktop.domain.formatting import (
    EXCEL_DECIMAL_FORMAT,
    EXCEL_INTEGER_FORMAT,
    EXCEL_MONEY_FORMAT,
)

HEADER_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TOTAL_FILL = PatternFill("solid", fgColor="F3F6FA")
_WRAP = Alignment(vertical="top", wrap_text=True)
_HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
ALL_SCENARIOS = "alle scenario's"


class Formula(str):
    """A formula this module wrote; any other text is stored as plain text."""

    __slots__ = ()


_MAX_LITERAL = 250  # Excel refuses a text literal of more than 255 characters in a formula


def criterion(text: str) -> str:
    """A SUMIF criterion matching exactly ``text`` (no wildcards), as a formula literal.

    A text too long for a formula literal matches by its first 249 characters and ``*``.
    """
    escaped = text.replace("~", "~~").replace("*", "~*").replace("?", "~?")
    if len(escaped) > _MAX_LITERAL:
        escaped = escaped[: _MAX_LITERAL - 1]
        if (len(escaped) - len(escaped.rstrip("~"))) % 2:
            escaped = escaped[:-1]  # never cut an escape in half
        escaped += "*"
    return '"=' + escaped.replace('"', '""') + '"'


def sheet_ref(title: str, cell: str) -> str:
    """``'Verdeling GHO'!$B$4``: a reference to a cell on another sheet."""
    return "'" + title.replace("'", "''") + "'!" + cell


def put(
    sheet: Any,
    row: int,
    column: int,
    value: object,
    number_format: str | None = None,
    *,
    bold: bool = False,
    fill: PatternFill | None = None,
    wrap: bool = False,
) -> Any:
    """Write one cell: formulas as formulas, text always as text."""
    from dgw_desktop.exports.workbook import _clean, _is_risky_text

    if isinstance(value, str) and not value:
        value = None
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, Formula):
        cell.value = str(value)
    else:
        cell.value = _clean(value)
        if _is_risky_text(value):
            cell.data_type = "s"
            cell.quotePrefix = True
    if number_format and value is not None:
        cell.number_format = number_format
    if bold:
        cell.font = HEADER_FONT
    if fill is not None:
        cell.fill = fill
    if wrap:
        cell.alignment = _WRAP
    return cell


def header_row(sheet: Any, row: int, headers: Sequence[str], widths: Sequence[float]) -> None:
    for column, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = put(sheet, row, column, text, bold=True, fill=HEADER_FILL)
        cell.alignment = _HEADER_ALIGNMENT
        if width:
            sheet.column_dimensions[get_column_letter(column)].width = width


def finish_table(sheet: Any, columns: int, last_row: int, *, filter_rows: bool = True) -> None:
    """Frozen header row, a filter over the rows, printed landscape on one page width."""
    sheet.freeze_panes = "A2"
    if filter_rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(last_row, 2)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def euros(cents: int) -> float:
    return cents / 100


# -- Begroting -------------------------------------------------------------------------------------
BUDGET_SHEET = "Begroting"
RATES_SHEET = "Tarieven"
FUNDING_SHEET = "Dekking"
BUDGET_HEADERS = (
    "Omschrijving",
    "Fase",
    "Categorie",
    "Soort",
    "Gemeente (medewerkers)",
    "Rol",
    "Uren per week",
    "Weken",
    "Uren",
    "Tarief",
    "Tarief per uur",
    "Vast bedrag",
    "Bedrag",
    "Gedeeld",
    "Gedragen door",
)
_BUDGET_WIDTHS = (44, 24, 20, 8, 16, 20, 10, 8, 10, 26, 13, 13, 14, 9, 16)


@dataclass(frozen=True)
class BudgetRefs:
    """Where the budget lines and funding sources are, for formulas on other sheets."""

    last_line_row: int  # lines are rows 2 .. last_line_row of Begroting (at least 2)
    last_funding_row: int  # sources are rows 2 .. last_funding_row of Dekking (at least 2)

    def column(self, letter: str) -> str:
        """``Begroting!$M$2:$M$40``."""
        return f"{BUDGET_SHEET}!${letter}$2:${letter}${self.last_line_row}"

    def funding(self, letter: str) -> str:
        return f"{FUNDING_SHEET}!${letter}$2:${letter}${self.last_funding_row}"


def _rates_sheet(workbook: Any, overview: BudgetOverview) -> None:
    """One row per rate, in the order of ``overview.rates`` from row 2."""
    sheet = workbook.create_sheet(RATES_SHEET)
    header_row(sheet, 1, ("Tarief", "Soort", "Per uur", "Standaard intern"), (30, 10, 12, 16))
    for row, rate in enumerate(overview.rates, start=2):
        put(sheet, row, 1, rate.name)
        put(sheet, row, 2, "intern" if rate.is_internal else "extern")
        put(sheet, row, 3, euros(rate.cents), EXCEL_MONEY_FORMAT)
        put(sheet, row, 4, "ja" if rate.id == overview.default_rate_id else "")
    finish_table(sheet, 4, len(overview.rates) + 1)


def _budget_sheet(workbook: Any, overview: BudgetOverview, rate_rows: dict[str, int]) -> None:
    sheet = workbook.create_sheet(BUDGET_SHEET)
    header_row(sheet, 1, BUDGET_HEADERS, _BUDGET_WIDTHS)
    for row, item in enumerate(overview.lines, start=2):
        line = item.line
        values: list[object] = [
            line.description,
            overview.phase_name(line.phase_id),
            overview.category_name(line.category_id),
            "uren" if line.is_hours else "vast",
            overview.municipality_name(line.municipality_id),
            line.role,
        ]
        if line.is_hours:
            rate = overview.rate(item.rate_id)
            per_week = line.hours_per_week
            from_weeks = per_week is not None and line.weeks is not None
            values += [
                None if per_week is None else float(per_week),
                line.weeks,
                Formula(f"=G{row}*H{row}") if from_weeks else float(line.hours),
                "" if rate is None else rate.name,
                Formula(f"={RATES_SHEET}!$C${rate_rows[rate.id]}") if rate else None,
                None,
                Formula(f"=ROUND(I{row}*K{row},2)"),
            ]
        else:
            values += [None, None, None, "", None, euros(line.fixed_cents), Formula(f"=L{row}")]
        values += [
            "ja" if line.is_shared else "nee",
            overview.municipality_name(line.borne_by_id),
        ]
        formats = {7: EXCEL_DECIMAL_FORMAT, 8: EXCEL_INTEGER_FORMAT, 9: EXCEL_DECIMAL_FORMAT}
        formats |= {11: EXCEL_MONEY_FORMAT, 12: EXCEL_MONEY_FORMAT, 13: EXCEL_MONEY_FORMAT}
        for column, value in enumerate(values, start=1):
            put(sheet, row, column, value, formats.get(column), wrap=column == 1)
    last = max(len(overview.lines) + 1, 2)
    finish_table(sheet, len(BUDGET_HEADERS), last)
    _budget_totals(sheet, overview, last)


def _budget_totals(sheet: Any, overview: BudgetOverview, last: int) -> None:
    amounts = f"$M$2:$M${last}"
    row = last + 2

    def total(label: str, formula: str, *, strong: bool = False) -> None:
        nonlocal row
        fill = HEADER_FILL if strong else TOTAL_FILL
        put(sheet, row, 1, label, bold=strong, fill=fill)
        put(sheet, row, 13, Formula(formula), EXCEL_MONEY_FORMAT, bold=strong, fill=fill)
        row += 1

    for title, column, names in (
        ("Totaal per fase", "B", [p.name for p in overview.phases]),
        ("Totaal per categorie", "C", [c.name for c in overview.categories]),
    ):
        put(sheet, row, 1, title, bold=True)
        row += 1
        for name in names:
            total(name, f"=SUMIF(${column}$2:${column}${last},{criterion(name)},{amounts})")
        row += 1
    total("Gedeelde kosten (verdeeld met de sleutel)", f'=SUMIF($N$2:$N${last},"ja",{amounts})')
    total("Kosten van één gemeente", f'=SUMIF($N$2:$N${last},"nee",{amounts})')
    total("Totaal", f"=SUM({amounts})", strong=True)
    total("Totaal van de zichtbare regels (filter)", f"=SUBTOTAL(109,{amounts})")


# -- Uren ------------------------------------------------------------------------------------------
def _hours_sheet(workbook: Any, overview: BudgetOverview, refs: BudgetRefs) -> None:
    sheet = workbook.create_sheet("Uren")
    header_row(
        sheet, 1, ("Gemeente", "Rol", "Fase", "Uren per week", "Uren totaal"), (18, 22, 26, 14, 13)
    )
    for row, hours in enumerate(overview.hours, start=2):
        municipality = overview.municipality_name(hours.municipality_id)
        phase = overview.phase_name(hours.phase_id)
        put(sheet, row, 1, municipality)
        put(sheet, row, 2, hours.role)
        put(sheet, row, 3, phase)
        conditions = (
            f"{refs.column('E')},{criterion(municipality)},{refs.column('F')},"
            f"{criterion(hours.role)},{refs.column('B')},{criterion(phase)}"
        )
        put(
            sheet,
            row,
            4,
            Formula(f"=SUMIFS({refs.column('G')},{conditions})"),
            EXCEL_DECIMAL_FORMAT,
        )
        put(
            sheet,
            row,
            5,
            Formula(f"=SUMIFS({refs.column('I')},{conditions})"),
            EXCEL_DECIMAL_FORMAT,
        )
    last = max(len(overview.hours) + 1, 2)
    finish_table(sheet, 5, last)
    row = last + 2
    put(sheet, row, 1, "Uren per gemeente", bold=True)
    for municipality_id in dict.fromkeys(h.municipality_id for h in overview.hours):
        row += 1
        name = overview.municipality_name(municipality_id)
        put(sheet, row, 1, name, fill=TOTAL_FILL)
        formula = f"=SUMIF({refs.column('E')},{criterion(name)},{refs.column('I')})"
        put(sheet, row, 5, Formula(formula), EXCEL_DECIMAL_FORMAT, fill=TOTAL_FILL)
    row += 1
    put(sheet, row, 1, "Totaal", bold=True, fill=HEADER_FILL)
    put(
        sheet,
        row,
        5,
        Formula(f"=SUM(E2:E{last})"),
        EXCEL_DECIMAL_FORMAT,
        bold=True,
        fill=HEADER_FILL,
    )


# -- Dekking ---------------------------------------------------------------------------------------
def _funding_sheet(workbook: Any, overview: BudgetOverview) -> None:
    sheet = workbook.create_sheet(FUNDING_SHEET)
    header_row(sheet, 1, ("Bron", "Soort", "Gemeente", "Scenario", "Bedrag"), (44, 22, 18, 26, 14))
    for row, source in enumerate(overview.funding, start=2):
        put(sheet, row, 1, source.name, wrap=True)
        put(sheet, row, 2, FUNDING_KIND_NAMES.get(source.kind, source.kind))
        put(sheet, row, 3, overview.municipality_name(source.municipality_id))
        scenario = overview.scenario_name(source.scenario_id) if source.scenario_id else ""
        put(sheet, row, 4, scenario or ALL_SCENARIOS)
        put(sheet, row, 5, euros(source.amount_cents), EXCEL_MONEY_FORMAT)
    last = max(len(overview.funding) + 1, 2)
    finish_table(sheet, 5, last)
    put(sheet, last + 2, 1, "Totaal (alle bronnen, alle scenario's)", bold=True, fill=HEADER_FILL)
    formula = Formula(f"=SUM(E2:E{last})")
    put(sheet, last + 2, 5, formula, EXCEL_MONEY_FORMAT, bold=True, fill=HEADER_FILL)


def write_budget_sheets(workbook: Any, overview: BudgetOverview) -> None:
    """Add Begroting, Tarieven, Uren, Dekking, Vergelijking and a Verdeling sheet per scenario."""
    from dgw_desktop.exports.workbook_split import write_split_sheets

    rate_rows = {rate.id: row for row, rate in enumerate(overview.rates, start=2)}
    refs = BudgetRefs(max(len(overview.lines) + 1, 2), max(len(overview.funding) + 1, 2))
    _budget_sheet(workbook, overview, rate_rows)
    _rates_sheet(workbook, overview)
    _hours_sheet(workbook, overview, refs)
    _funding_sheet(workbook, overview)
    write_split_sheets(workbook, overview, refs)
