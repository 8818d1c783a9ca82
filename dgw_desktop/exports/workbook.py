"""The steering-committee workbook (Excel, openpyxl).

One sheet per area with Dutch titles, a bold frozen header row, filters, column widths, Dutch
number formats and live formulas for totals. Text from users is always stored as text, never as
a formula (formula injection).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from dgw_desktop.domain.formatting import EXCEL_DATE_FORMAT, EXCEL_INTEGER_FORMAT
from dgw_desktop.exports.atomic import Progress, atomic_target, progress_or_noop
from dgw_desktop.store.snapshot import ProjectSnapshot

# A text starting with one of these would be read as a formula by Excel or LibreOffice.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_MAX_COLUMN_WIDTH = 60
_MIN_COLUMN_WIDTH = 8
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")


class _Column:
    """How one column is written: its header, width cap, number format and wrapping."""

    def __init__(
        self, header: str, *, wrap: bool = False, number_format: str | None = None, width: int = 0
    ) -> None:
        self.header = header
        self.wrap = wrap
        self.number_format = number_format
        self.width = width  # a fixed width; 0 means: fit the content


def _is_risky_text(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def _clean(value: object) -> object:
    """Text as a spreadsheet cell can hold it: ``\n`` line breaks, no control characters."""
    if not isinstance(value, str):
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _fit_width(column: _Column, values: Sequence[object]) -> float:
    if column.width:
        return column.width
    longest = max([len(column.header), *(len(_display(value)) for value in values)])
    return max(_MIN_COLUMN_WIDTH, min(_MAX_COLUMN_WIDTH, longest + 2))


def _display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _write_sheet(
    workbook: Any,
    title: str,
    columns: Sequence[_Column],
    rows: Sequence[Sequence[object]],
    advance: Callable[[], None],
) -> Any:
    sheet = workbook.create_sheet(title)
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.header)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGNMENT
        values = [row[index - 1] for row in rows]
        sheet.column_dimensions[get_column_letter(index)].width = _fit_width(column, values)
    for row_number, row in enumerate(rows, start=2):
        for index, (column, value) in enumerate(zip(columns, row, strict=True), start=1):
            cell = sheet.cell(row=row_number, column=index, value=_clean(value))
            if _is_risky_text(value):
                # Stored as a plain string; quotePrefix also keeps Excel from turning it into a
                # formula when someone edits the cell later.
                cell.data_type = "s"
                cell.quotePrefix = True
            if column.number_format and value is not None:
                cell.number_format = column.number_format
            cell.alignment = _WRAP if column.wrap else _TOP
        advance()
    last_column = get_column_letter(len(columns))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last_column}{len(rows) + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    return sheet


def _challenge_rows(snapshot: ProjectSnapshot) -> list[list[object]]:
    return [
        [
            snapshot.domain_name(challenge.domain_id),
            snapshot.workshop_title(challenge.workshop_id),
            challenge.text,
            ", ".join(snapshot.municipality_names(challenge.municipality_ids)),
            len(challenge.municipality_ids),
            challenge.notes,
        ]
        for challenge in snapshot.challenges
    ]


def _municipality_rows(snapshot: ProjectSnapshot) -> list[list[object]]:
    counts = snapshot.challenge_count_by_municipality()
    return [
        [
            municipality.name,
            municipality.cbs_code,
            municipality.inhabitants,
            "ja" if municipality.is_partner else "nee",
            counts.get(municipality.id, 0),
        ]
        for municipality in snapshot.municipalities
    ]


def _workshop_rows(snapshot: ProjectSnapshot) -> list[list[object]]:
    return [
        [
            workshop.title,
            snapshot.domain_name(workshop.domain_id),
            workshop.held_on,
            workshop.location,
            workshop.facilitator,
            ", ".join(snapshot.municipality_names(workshop.municipality_ids)),
        ]
        for workshop in snapshot.workshops
    ]


CHALLENGE_COLUMNS = (
    _Column("Domein"),
    _Column("Workshop"),
    _Column("Uitdaging", wrap=True, width=_MAX_COLUMN_WIDTH),
    _Column("Gemeenten", wrap=True, width=30),
    _Column("Aantal gemeenten", number_format=EXCEL_INTEGER_FORMAT),
    _Column("Toelichting", wrap=True, width=45),
)
MUNICIPALITY_COLUMNS = (
    _Column("Gemeente"),
    _Column("CBS-code"),
    _Column("Inwoners", number_format=EXCEL_INTEGER_FORMAT),
    _Column("Partner"),
    _Column("Aantal uitdagingen", number_format=EXCEL_INTEGER_FORMAT),
)
WORKSHOP_COLUMNS = (
    _Column("Titel", wrap=True),
    _Column("Domein"),
    _Column("Datum", number_format=EXCEL_DATE_FORMAT, width=12),
    _Column("Locatie", wrap=True),
    _Column("Facilitator", wrap=True),
    _Column("Gemeenten", wrap=True, width=30),
)


def _add_inhabitants_totals(sheet: Any, row_count: int) -> None:
    """Live totals under the municipalities (all, and partners only), outside the filter."""
    first, last = 2, row_count + 1
    totals = (
        ("Totaal", f"=SUM(C{first}:C{last})"),
        ("Totaal partnergemeenten", f'=SUMIF(D{first}:D{last},"ja",C{first}:C{last})'),
    )
    for offset, (label, formula) in enumerate(totals):
        row = last + 1 + offset
        label_cell = sheet.cell(row=row, column=1, value=label)
        label_cell.font = _HEADER_FONT
        total = sheet.cell(row=row, column=3, value=formula if row_count else 0)
        total.font = _HEADER_FONT
        total.number_format = EXCEL_INTEGER_FORMAT


def write_workbook(snapshot: ProjectSnapshot, path: Path, progress: Progress | None = None) -> None:
    """Write the workbook to ``path`` (atomically); ``progress(done, total)`` reports rows."""
    report = progress_or_noop(progress)
    challenge_rows = _challenge_rows(snapshot)
    municipality_rows = _municipality_rows(snapshot)
    workshop_rows = _workshop_rows(snapshot)
    total = len(challenge_rows) + len(municipality_rows) + len(workshop_rows) + 1
    done = 0

    def advance() -> None:
        nonlocal done
        done += 1
        if done % 50 == 0:
            report(done, total)

    report(0, total)
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = snapshot.project.name
    workbook.properties.creator = "DGW Desktop"
    _write_sheet(workbook, "Uitdagingen", CHALLENGE_COLUMNS, challenge_rows, advance)
    municipalities = _write_sheet(
        workbook, "Gemeenten", MUNICIPALITY_COLUMNS, municipality_rows, advance
    )
    _add_inhabitants_totals(municipalities, len(municipality_rows))
    _write_sheet(workbook, "Workshops", WORKSHOP_COLUMNS, workshop_rows, advance)
    if snapshot.phases or snapshot.budget_lines:
        # Begroting, Tarieven, Uren, Dekking, Vergelijking, a Verdeling sheet per scenario.
        from dgw_desktop.exports.workbook_budget import write_budget_sheets

        write_budget_sheets(workbook, snapshot.budget_overview())
    with atomic_target(Path(path)) as temporary:
        workbook.save(temporary)
    report(total, total)
