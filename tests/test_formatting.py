"""Dutch formatting of money, numbers and dates (the one place used by UI, Excel and PDF)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dgw_desktop.domain.formatting import (
    format_date,
    format_decimal,
    format_integer,
    format_money,
    format_percentage,
    parse_date,
    parse_integer,
    parse_money,
)
from dgw_desktop.domain.messages import ValidationError


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (0, "€ 0,00"),
        (1, "€ 0,01"),
        (99, "€ 0,99"),
        (100, "€ 1,00"),
        (123456, "€ 1.234,56"),
        (100000, "€ 1.000,00"),
        (99999999, "€ 999.999,99"),
        (123456789012, "€ 1.234.567.890,12"),
        (-1, "€ -0,01"),
        (-500, "€ -5,00"),
        (-123456, "€ -1.234,56"),
    ],
)
def test_format_money(cents: int, text: str) -> None:
    assert format_money(cents) == text


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("€ 1.234,56", 123456),
        ("1234,56", 123456),
        ("1.234", 123400),
        ("1234,5", 123450),
        ("12", 1200),
        ("-12", -1200),
        ("€ -5,00", -500),
        ("-€ 5,00", -500),
        ("+7,10", 710),
        ("  € 0,01  ", 1),
        ("€\u00a01.234,56", 123456),
        ("1 234,56", 123456),
        ("25,-", 2500),
        ("€ 25,--", 2500),
        ("1.234.567,89", 123456789),
    ],
)
def test_parse_money(text: str, cents: int) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "€",
        "abc",
        "12,345",  # three decimals
        "12.5",  # a decimal point is a typo, not a thousands dot: never read as 125 euros
        "1.5",
        "1.2345",
        "1,234.56",  # English notation
        "1e3",
        "1_000",
        "NaN",
        "Infinity",
        "--5",
        "5,5,5",
    ],
)
def test_parse_money_refuses_with_a_message(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text)
    assert caught.value.field == "amount"
    message = caught.value.translated()
    assert "1.234,56" in message
    assert f"“{text.strip()}”" in message


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_money_round_trip(cents: int) -> None:
    assert parse_money(format_money(cents)) == cents


@given(st.integers())
def test_money_round_trip_any_int(cents: int) -> None:
    assert parse_money(format_money(cents)) == cents


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_integer_round_trip(value: int) -> None:
    assert parse_integer(format_integer(value)) == value


@pytest.mark.parametrize(
    ("value", "text"),
    [(0, "0"), (999, "999"), (1000, "1.000"), (24328, "24.328"), (-1234567, "-1.234.567")],
)
def test_format_integer(value: int, text: str) -> None:
    assert format_integer(value) == text


@pytest.mark.parametrize("text", ["24.3", "24,328", "x", "", "1.2.3", "12a"])
def test_parse_integer_refuses(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_integer(text)
    assert caught.value.field == "number"
    assert "whole number" in caught.value.translated()


def test_format_decimal_and_percentage() -> None:
    assert format_decimal(Decimal("1234.5")) == "1.234,50"
    assert format_decimal(Decimal("0.005")) == "0,01"  # half up
    assert format_decimal(Decimal("-1234.567"), 1) == "-1.234,6"
    assert format_decimal(1234, 0) == "1.234"
    assert format_percentage(Decimal("12.5")) == "12,5%"
    assert format_percentage(100, 0) == "100%"


def test_format_date() -> None:
    assert format_date(datetime.date(2026, 11, 22)) == "22-11-2026"
    assert format_date(datetime.date(2026, 1, 5)) == "05-01-2026"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    "text", ["22-11-2026", "22/11/2026", "22.11.2026", " 22-11-2026 ", "2026-11-22"]
)
def test_parse_date(text: str) -> None:
    assert parse_date(text) == datetime.date(2026, 11, 22)


def test_parse_date_single_digits_and_empty() -> None:
    assert parse_date("5-1-2026") == datetime.date(2026, 1, 5)
    assert parse_date("") is None
    assert parse_date("   ") is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("22-11-26", "dd-mm-yyyy"),
        ("morgen", "dd-mm-yyyy"),
        ("2026/11/22", "dd-mm-yyyy"),
        ("31-02-2026", "not an existing date"),
        ("00-01-2026", "not an existing date"),
        ("12-13-2026", "not an existing date"),
    ],
)
def test_parse_date_refuses(text: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text)
    assert caught.value.field == "date"
    message = caught.value.translated()
    assert fragment in message
    assert text in message


@given(st.dates(min_value=datetime.date(1000, 1, 1)))
def test_date_round_trip(value: datetime.date) -> None:
    assert parse_date(format_date(value)) == value


def test_translated_uses_the_translator() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money("x")
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "“{value}” is geen bedrag."

    assert caught.value.translated(translate) == "“x” is geen bedrag."
    assert seen[0][0] == "Validation"
