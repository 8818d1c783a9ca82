"""Budget rules without a file: line amounts, validation, totals, hours asked, parsing."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from dgw_desktop.domain.budget import (
    BudgetLine,
    CostCategory,
    Phase,
    Rate,
    budget_totals,
    hours_amount,
    hours_asked,
    line_amount,
    validate_budget_line,
    validate_category,
    validate_phase,
    validate_rate,
)
from dgw_desktop.domain.formatting import parse_decimal
from dgw_desktop.domain.messages import ValidationError

ANALIST = Rate("data-analist intern", 7850, id="r1")
EXTERN = Rate("projectleider extern", 13575, is_internal=False, id="r2")
RATES = {r.id: r for r in (ANALIST, EXTERN)}
PHASES = (Phase("1 Samenwerking", 0, id="p1"), Phase("2 Voorbereiding", 1, id="p2"))
CATEGORIES = (CostCategory("interne uren", 0, id="c1"), CostCategory("opleiding", 1, id="c2"))


def _validate(line: BudgetLine, default_rate_id: str | None = "r1") -> BudgetLine:
    return validate_budget_line(
        line,
        phase_ids={"p1", "p2"},
        category_ids={"c1", "c2"},
        rates=RATES,
        default_rate_id=default_rate_id,
        municipality_ids={"g", "h"},
    )


def _hours(amount: str, **changes: object) -> BudgetLine:
    line = BudgetLine("Uren", "p1", "c1", hours=Decimal(amount))
    return dataclasses.replace(line, **changes)  # type: ignore[arg-type]


# -- amounts -------------------------------------------------------------------------------------
def test_hours_times_rate_is_rounded_half_up_once_per_line() -> None:
    assert hours_amount(Decimal("40.25"), 13575) == 546394  # 5463,9375 → 5463,94
    assert hours_amount(Decimal("0.50"), 1001) == 501  # 5,005 → 5,01 (half up)
    assert hours_amount(Decimal("0.01"), 49) == 0  # 0,0049 → 0,00
    assert hours_amount(Decimal(0), 9999) == 0
    # Rounded per line, so three lines of 0,5 h × € 10,01 cost 3 × € 5,01, not € 15,015.
    lines = [line_amount(_hours("0.5"), {"r": Rate("x", 1001, id="r")}, "r") for _ in range(3)]
    assert sum(item.amount_cents for item in lines) == 1503


def test_a_line_uses_its_own_rate_or_else_the_default() -> None:
    own = line_amount(_hours("10", rate_id="r2"), RATES, "r1")
    assert (own.rate_id, own.rate_cents, own.amount_cents) == ("r2", 13575, 135750)
    default = line_amount(_hours("10"), RATES, "r1")
    assert (default.rate_id, default.amount_cents) == ("r1", 78500)
    fixed = line_amount(BudgetLine("Vast", "p1", "c2", "fixed", fixed_cents=12345), RATES, "r1")
    assert (fixed.rate_id, fixed.amount_cents) == (None, 12345)
    assert line_amount(_hours("10"), RATES, None).amount_cents == 0


# -- validation ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"hours": Decimal(-1)}, "hours", "Hours cannot be negative."),
        ({"hours": Decimal("1.005")}, "hours", "Use at most 2 decimals."),
        ({"hours": 1.5}, "hours", "Enter a number, like 12,5."),
        ({"hours_per_week": Decimal(-2)}, "hours_per_week", "Hours cannot be negative."),
        ({"weeks": -1}, "weeks", "Weeks is a whole number from 0 to 520."),
        ({"rate_id": "nope"}, "rate_id", "Choose one of the project's rates."),
        ({"phase_id": "p9"}, "phase_id", "Choose one of the project's phases."),
        ({"category_id": "c9"}, "category_id", "Choose one of the project's cost categories."),
        ({"borne_by_id": "x"}, "borne_by_id", "Choose municipalities of this project."),
        ({"municipality_id": "x"}, "municipality_id", "Choose municipalities of this project."),
        ({"description": "  "}, "description", "A budget line needs a description."),
        ({"kind": "other"}, "kind", "A line is either hours or a fixed amount."),
    ],
)
def test_bad_lines_are_refused_with_a_clear_message(
    changes: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        _validate(_hours("1", **changes))
    assert error.value.field == field
    assert str(error.value) == message


def test_a_negative_fixed_amount_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        _validate(BudgetLine("Vast", "p1", "c2", "fixed", fixed_cents=-1))
    assert (error.value.field, str(error.value)) == ("fixed_cents", "An amount cannot be negative.")


def test_hours_without_any_rate_or_with_a_zero_rate_are_refused() -> None:
    with pytest.raises(ValidationError) as error:
        _validate(_hours("1"), default_rate_id=None)
    assert "no default internal rate" in str(error.value)
    free = {"z": Rate("gratis", 0, id="z")}
    with pytest.raises(ValidationError) as error:
        validate_budget_line(
            _hours("1", rate_id="z"),
            phase_ids={"p1"},
            category_ids={"c1"},
            rates=free,
            default_rate_id=None,
            municipality_ids=(),
        )
    assert str(error.value) == "An hourly rate of € 0,00 cannot be used for hours."


def test_hours_per_week_times_weeks_fix_the_hours() -> None:
    line = _validate(_hours("999", hours_per_week=Decimal("7.5"), weeks=13))
    assert line.hours == Decimal("97.5")
    only_per_week = _validate(_hours("20", hours_per_week=Decimal(4)))
    assert only_per_week.hours == 20  # without weeks the hours stay as entered


def test_a_fixed_line_drops_hours_rate_and_staff() -> None:
    line = _validate(
        BudgetLine(
            " Licenties ",
            "p1",
            "c2",
            "fixed",
            hours=Decimal(3),
            rate_id="r1",
            fixed_cents=500,
            role="analist",
            municipality_id="g",
            hours_per_week=Decimal(1),
            weeks=3,
            borne_by_id="h",
        )
    )
    assert line == BudgetLine(
        "Licenties", "p1", "c2", "fixed", fixed_cents=500, borne_by_id="h", id=line.id
    )


def test_rates_phases_and_categories() -> None:
    with pytest.raises(ValidationError) as error:
        validate_rate(Rate("gratis", 0))
    assert str(error.value) == "An hourly rate must be more than € 0,00."
    with pytest.raises(ValidationError):
        validate_rate(Rate("Data-analist intern", 100), [ANALIST])
    assert validate_rate(Rate(" x ", 1)).name == "x"
    with pytest.raises(ValidationError):
        validate_phase(Phase("1 samenwerking"), PHASES)
    with pytest.raises(ValidationError):
        validate_category(CostCategory(""), CATEGORIES)
    assert validate_phase(PHASES[0], PHASES) == PHASES[0]  # its own name is no duplicate


# -- totals and hours ----------------------------------------------------------------------------
def test_totals_per_phase_category_and_pool() -> None:
    items = [
        line_amount(_hours("10"), RATES, "r1"),  # p1 c1: 785,00
        line_amount(_hours("2", phase_id="p2", borne_by_id="g"), RATES, "r1"),  # p2 c1: 157,00
        line_amount(BudgetLine("Vast", "p2", "c2", "fixed", fixed_cents=1000), RATES, "r1"),
    ]
    totals = budget_totals(items, PHASES, CATEGORIES)
    assert dict(totals.by_phase) == {"p1": 78500, "p2": 15700 + 1000}
    assert dict(totals.by_category) == {"c1": 78500 + 15700, "c2": 1000}
    assert totals.by_phase_and_category[("p1", "c2")] == 0
    assert totals.by_phase_and_category[("p2", "c1")] == 15700
    assert totals.total == 95200
    assert (totals.shared, dict(totals.borne)) == (79500, {"g": 15700})


def test_hours_asked_per_municipality_role_and_phase() -> None:
    lines = [
        _hours("80", municipality_id="h", role="analist", hours_per_week=Decimal(8), weeks=10),
        _hours("40", municipality_id="g", role="analist", hours_per_week=Decimal(4), weeks=10),
        _hours("26", municipality_id="g", role="analist", hours_per_week=Decimal(2), weeks=13),
        _hours("12.5", municipality_id="g", role="coördinator"),
        _hours("50"),  # external: no municipality
        BudgetLine("Vast", "p1", "c2", "fixed", fixed_cents=1),
    ]
    rows = hours_asked(lines, ["g", "h"], ["p1", "p2"])
    assert [(r.municipality_id, r.role, r.hours_per_week, r.hours) for r in rows] == [
        ("g", "analist", Decimal(6), Decimal(66)),
        ("g", "coördinator", Decimal(0), Decimal("12.5")),
        ("h", "analist", Decimal(8), Decimal(80)),
    ]


# -- parsing -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [("12,5", "12.5"), ("1.250,25", "1250.25"), ("33,33%", "33.33"), (" 7 ", "7"), ("-3", "-3")],
)
def test_parse_decimal(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["12.5", "1,234", "abc", "", "1,2,3"])
def test_parse_decimal_refuses_what_it_would_have_to_guess(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_decimal(text)
