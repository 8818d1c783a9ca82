"""Rows of an ``.xlsx`` workbook, streamed with openpyxl in read-only mode.

Imported only when a workbook is read: openpyxl is never loaded at ``dgw_desktop`` import.
Formulas are not evaluated (``data_only=False``): a formula cell yields its formula text, which
the import keeps as text, exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from dgw_desktop.imports.problems import refuse
from dgw_desktop.imports.tabular import (
    MAX_SHEET_ROWS,
    NOT_A_WORKBOOK,
    NOT_READABLE,
    TOO_MANY_SHEET_ROWS,
    TableRow,
)

PREFERRED_SHEETS = ("uitdagingen", "challenges")
"""A sheet with one of these names (any case) is read; otherwise the first worksheet."""


def _open(path: Path, stream: BinaryIO) -> Any:
    import openpyxl

    try:
        # A stream, not the path: openpyxl would refuse a workbook saved as "lijst.csv".
        return openpyxl.load_workbook(stream, read_only=True, data_only=False, keep_links=False)
    except Exception:  # a damaged or foreign zip fails in many ways; all mean the same here
        raise refuse(path, NOT_A_WORKBOOK) from None


def _choose_sheet(workbook: Any) -> Any:
    sheets = list(workbook.worksheets)
    for sheet in sheets:
        if str(sheet.title).strip().casefold() in PREFERRED_SHEETS:
            return sheet
    return sheets[0] if sheets else None


def iter_workbook_rows(path: Path) -> Iterator[TableRow]:
    try:
        stream = path.open("rb")
    except OSError as error:
        raise refuse(path, NOT_READABLE, detail=error.strerror or str(error)) from None
    with stream:
        yield from _rows(path, _open(path, stream))


def _rows(path: Path, workbook: Any) -> Iterator[TableRow]:
    try:
        sheet = _choose_sheet(workbook)
        if sheet is None:
            raise refuse(path, NOT_A_WORKBOOK)
        # The stored dimension may be wrong (files from other programs) and would cut columns
        # off; without it rows come back as stored, gaps filled, so numbering stays right.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(min_row=1, values_only=True)
        number = 0
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except Exception:  # broken XML inside the sheet
                raise refuse(path, NOT_A_WORKBOOK) from None
            number += 1
            if number > MAX_SHEET_ROWS:
                raise refuse(path, TOO_MANY_SHEET_ROWS, limit=MAX_SHEET_ROWS)
            yield number, values
    finally:
        workbook.close()
