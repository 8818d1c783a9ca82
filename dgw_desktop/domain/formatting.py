"""Dutch formatting of money, numbers and dates: the one place used by UI, Excel and PDF."""

from __future__ import annotations

import datetime
import re
from decimal import ROUND_HALF_UP, Decimal

from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError

DATE_FORMAT_DISPLAY = "dd-mm-jjjj"
# Excel stores numbers; these formats make Excel show them the Dutch way in any locale.
EXCEL_DATE_FORMAT = "dd-mm-yyyy"
EXCEL_MONEY_FORMAT = '"€" #,##0.00'
EXCEL_INTEGER_FORMAT = "#,##0"
EXCEL_DECIMAL_FORMAT = "#,##0.00"  # hours: 1.234,50

_THOUSANDS = "."
_DECIMAL = ","


def _group_thousands(digits: str) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return _THOUSANDS.join(groups)


def format_integer(value: int) -> str:
    """``24328`` → ``24.328``."""
    sign = "-" if value < 0 else ""
    return sign + _group_thousands(str(abs(value)))


def format_decimal(value: Decimal | int | float, places: int = 2) -> str:
    """``Decimal("1234.5")`` → ``1.234,50`` (rounded half up)."""
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    text = _group_thousands(whole)
    return sign + (text + _DECIMAL + fraction if places > 0 else text)


def format_money(cents: int) -> str:
    """``123456`` → ``€ 1.234,56``; ``-500`` → ``€ -5,00``."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"€ {sign}{_group_thousands(str(euros))}{_DECIMAL}{rest:02d}"


def format_percentage(value: Decimal | int | float, places: int = 1) -> str:
    """``Decimal("12.5")`` → ``12,5%``."""
    return format_decimal(value, places) + "%"


def format_date(value: datetime.date | None) -> str:
    """``date(2026, 11, 22)`` → ``22-11-2026``; ``None`` → empty."""
    if value is None:
        return ""
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


def format_datetime(value: datetime.datetime) -> str:
    """A timestamp in local time: ``22-11-2026 14:05``."""
    local = value.astimezone() if value.tzinfo else value
    return f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"


_DATE_PATTERN = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_ISO_PATTERN = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str) -> datetime.date | None:
    """Parse ``22-11-2026`` (also ``22/11/2026``, ``22.11.2026`` or ISO); empty → ``None``."""
    if not text.strip():
        return None
    match = _DATE_PATTERN.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        iso = _ISO_PATTERN.match(text)
        if not iso:
            raise ValidationError(
                "date",
                QT_TRANSLATE_NOOP("Validation", "“{value}” is not a date; use dd-mm-yyyy."),
                value=text.strip(),
            )
        year, month, day = (int(part) for part in iso.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValidationError(
            "date",
            QT_TRANSLATE_NOOP("Validation", "“{value}” is not an existing date."),
            value=text.strip(),
        ) from None


# Digits, optionally grouped by thousands with dots: 24328 or 24.328, never 24.3 (a typo for
# 24,3 must not silently become 243).
_WHOLE = r"(?:\d{1,3}(?:\.\d{3})+|\d+)"
_INTEGER_PATTERN = re.compile(rf"^[+-]?{_WHOLE}$")
# Euros with at most two decimals after a comma; "25,-" is the Dutch way to write 25,00.
_MONEY_PATTERN = re.compile(rf"^([+-]?)({_WHOLE})(?:,(\d{{1,2}}|-{{1,2}}))?$")


def parse_integer(text: str) -> int:
    """Parse ``24.328`` or ``24328`` into an int."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not _INTEGER_PATTERN.match(cleaned):
        raise ValidationError(
            "number",
            QT_TRANSLATE_NOOP("Validation", "“{value}” is not a whole number."),
            value=text.strip(),
        )
    return int(cleaned.replace(_THOUSANDS, ""))


def parse_money(text: str) -> int:
    """Parse ``€ 1.234,56``, ``1234,5``, ``25,-`` or ``-12`` into cents.

    More than two decimals, a decimal point (``12.5``) or misplaced thousands dots are refused
    rather than guessed, so a typing slip never changes an amount tenfold.
    """
    cleaned = text.strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    match = _MONEY_PATTERN.match(cleaned)
    if not match:
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP("Validation", "“{value}” is not an amount in euros, like 1.234,56."),
            value=text.strip(),
        )
    sign, whole, fraction = match.groups()
    fraction = "" if not fraction or fraction.startswith("-") else fraction
    cents = int(whole.replace(_THOUSANDS, "")) * 100 + int(fraction.ljust(2, "0"))
    return -cents if sign == "-" else cents


_DECIMAL_PATTERN = re.compile(rf"^([+-]?)({_WHOLE})(?:,(\d+))?$")


def parse_decimal(text: str, places: int = 2) -> Decimal:
    """Parse hours or a percentage: ``12,5`` → ``Decimal("12.5")``; ``1.250,25``; ``33,33%``.

    A decimal point (``12.5``) or more than ``places`` decimals is refused rather than guessed.
    """
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").removesuffix("%")
    match = _DECIMAL_PATTERN.match(cleaned)
    if not match or len(match.group(3) or "") > places:
        raise ValidationError(
            "number",
            QT_TRANSLATE_NOOP(
                "Validation", "“{value}” is not a number with at most {places} decimals, like 12,5."
            ),
            value=text.strip(),
            places=places,
        )
    sign, whole, fraction = match.groups()
    return Decimal(f"{sign}{whole.replace(_THOUSANDS, '')}.{fraction or '0'}")
