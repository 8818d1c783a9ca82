"""Rows of cells from an ``.xlsx`` workbook or a ``.csv`` file, numbered as the spreadsheet does.

What kind of file it is, is decided by its content: a zip archive is read as a workbook, an
OLE2 compound file (an old ``.xls`` or a password-protected workbook) is refused, anything
else must be text (CSV). The extension only has to be one of ``ACCEPTED_SUFFIXES``.

CSV files as real people save them are tolerated: UTF-8 with or without a BOM, UTF-16 with a
BOM (Excel's "Unicode text"), Windows-1252 when the bytes are not UTF-8 (Dutch Excel's "CSV
(gescheiden door lijstscheidingsteken)"), ``;``, ``,`` or tab as the separator (sniffed from
the header line), and Excel's ``sep=;`` first line. Nothing is evaluated: a cell that looks
like a formula is text.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path

from dgw_desktop.domain.formatting import format_date
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP
from dgw_desktop.imports.problems import ImportProblem, ImportRefusedError, refuse

# A row as the spreadsheet numbers it (1 = first row) and its cell values, left to right.
TableRow = tuple[int, Sequence[object]]

ACCEPTED_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt", ".tsv")
MAX_FILE_BYTES = 100 * 1024 * 1024
"""Refuse larger files before reading them: 50,000 rows of real challenges are a few MB."""

MAX_SHEET_ROWS = 1_048_576
"""A worksheet has at most this many rows; a file that claims more is not a real workbook."""

_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SEPARATORS = (";", "\t", ",")  # ties go to the first: ";" is what Dutch Excel writes
_SEP_LINE = re.compile(r"^sep=(.)$", re.IGNORECASE)

NOT_READABLE = QT_TRANSLATE_NOOP("Import", "{name} cannot be read ({detail}).")
MISSING = QT_TRANSLATE_NOOP("Import", "The file {name} does not exist.")
NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "Import", "{name} is not an Excel workbook (.xlsx) or a CSV file (.csv); choose one of those."
)
EMPTY_FILE = QT_TRANSLATE_NOOP("Import", "{name} is empty.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Import", "{name} is larger than {limit} MB; split it into smaller files."
)
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "Import",
    "{name} cannot be read as an Excel workbook (.xlsx): the file is damaged or of another "
    "kind. Save it again from Excel as .xlsx or as CSV.",
)
PROTECTED_OR_OLD = QT_TRANSLATE_NOOP(
    "Import",
    "{name} is protected with a password or is an old Excel file (.xls). Save it from Excel "
    "as an .xlsx workbook without a password, or as CSV.",
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Import", "{name} is not a text file, so it cannot be a CSV file; choose a .csv or .xlsx file."
)
BAD_CSV_ROW = QT_TRANSLATE_NOOP(
    "Import", 'The row cannot be read as CSV ({detail}); check the quotes (") in and before it.'
)
TOO_MANY_SHEET_ROWS = QT_TRANSLATE_NOOP(
    "Import", "{name} has more rows than a worksheet can hold ({limit})."
)


# -- cell values ----------------------------------------------------------------------------
def cell_text(value: object) -> str:
    """The text of a cell as the user typed it: never a float's ``.0``, never evaluated."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value).replace(".", ",")  # Dutch Excel shows a decimal comma
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return format_date(value.date())
        return f"{format_date(value.date())} {value.hour:02d}:{value.minute:02d}"
    if isinstance(value, datetime.date):
        return format_date(value)
    if isinstance(value, datetime.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    formula = getattr(value, "text", None)  # openpyxl's ArrayFormula keeps "=..." in .text
    if isinstance(formula, str):
        return formula
    return str(value)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- which kind of file ---------------------------------------------------------------------
def _read_head(path: Path) -> tuple[bytes, int]:
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise refuse(path, MISSING) from None
    except IsADirectoryError:
        raise refuse(path, NOT_A_TABLE) from None
    except OSError as error:
        raise refuse(path, NOT_READABLE, detail=error.strerror or str(error)) from None
    return head, size


def iter_table(path: Path) -> Generator[TableRow, None, None]:
    """Yield every row of the first worksheet (or the CSV file), blank rows included.

    Raises ``ImportRefusedError`` for a file that is missing, empty, too large, not a workbook
    or CSV, damaged or protected. Use it in ``contextlib.closing`` so a workbook is closed
    when the caller stops early.
    """
    path = Path(path)
    if path.suffix.casefold() not in ACCEPTED_SUFFIXES:
        raise refuse(path, NOT_A_TABLE)
    head, size = _read_head(path)
    if size == 0:
        raise refuse(path, EMPTY_FILE)
    if size > MAX_FILE_BYTES:
        raise refuse(path, TOO_LARGE, limit=MAX_FILE_BYTES // (1024 * 1024))
    if head.startswith(_ZIP_MAGIC):
        from dgw_desktop.imports.xlsx import iter_workbook_rows

        yield from iter_workbook_rows(path)
        return
    if head.startswith(_OLE2_MAGIC):
        raise refuse(path, PROTECTED_OR_OLD)
    if path.suffix.casefold() in (".xlsx", ".xlsm"):
        raise refuse(path, NOT_A_WORKBOOK)
    yield from _csv_rows(path)


# -- CSV --------------------------------------------------------------------------------------
def decode_text(path: Path, data: bytes) -> str:
    """Bytes of a CSV file as text; refuses what is clearly not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise refuse(path, NOT_TEXT) from None
    elif b"\x00" in data:
        raise refuse(path, NOT_TEXT)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise refuse(path, NOT_TEXT) from None
    text = text.removeprefix("\ufeff")
    sample = text[:65536]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise refuse(path, NOT_TEXT)
    return text


def _first_line(text: str) -> str:
    """The first record's text: up to the first line break outside quotes."""
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            return text[:index]
    return text


def sniff_separator(header_line: str) -> str:
    """``;``, tab or ``,``: whichever occurs most in the header line outside quotes."""
    counts = dict.fromkeys(_SEPARATORS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_SEPARATORS, key=lambda separator: counts[separator])
    return best if counts[best] else ","


def _csv_rows(path: Path) -> Iterator[TableRow]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise refuse(path, NOT_READABLE, detail=error.strerror or str(error)) from None
    text = decode_text(path, data)
    del data
    first = _first_line(text)
    explicit = _SEP_LINE.match(first)
    if explicit:
        # Excel's "sep=;" hint: Excel hides that line, so the header is still row 1.
        separator = explicit.group(1)
        rest = text[len(first) :]
        text = rest[2:] if rest.startswith("\r\n") else rest[1:]
    else:
        # The header is the first line with content; rows of only separators count too.
        lines = io.StringIO(text, newline=None)  # lazily: the text may be large
        header = next((line for line in lines if line.strip()), "")
        separator = sniff_separator(_first_line(header))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, skipinitialspace=True)
    number = 0
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            problem = ImportProblem(number, "", BAD_CSV_ROW, {"detail": str(error)})
            raise ImportRefusedError(path, [problem]) from None
        yield number, row
