"""The exact cost split: largest remainder, keys, scenarios, funding; property-based."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dgw_desktop.domain.budget import BudgetLine, LineAmount
from dgw_desktop.domain.budget_overview import compare_scenarios, split_scenario
from dgw_desktop.domain.cost_split import (
    CostKey,
    FundingSource,
    KeyShare,
    Scenario,
    key_weights,
    largest_remainder,
    municipality_order,
    per_inhabitant,
    validate_cost_key,
    validate_funding,
    validate_key_shares,
    validate_percentage,
    validate_scenario,
)
from dgw_desktop.domain.entities import Municipality
from dgw_desktop.domain.messages import ValidationError

GOIRLE = Municipality("Goirle", "GM0785", 24328, id="g")
HILVARENBEEK = Municipality("Hilvarenbeek", "GM0798", 15966, id="h")
OISTERWIJK = Municipality("Oisterwijk", "GM0824", 32964, id="o")
GHO = (GOIRLE, HILVARENBEEK, OISTERWIJK)
EQUAL = CostKey("Gelijk", "equal", id="equal")
BY_INHABITANTS = CostKey("Naar inwoners", "inhabitants", id="inh")
KEYS = {k.id: k for k in (EQUAL, BY_INHABITANTS)}


# -- largest remainder -------------------------------------------------------------------------
def test_a_cent_that_cannot_be_split_goes_to_the_first_of_equal_remainders() -> None:
    assert largest_remainder(100, [("a", 1), ("b", 1), ("c", 1)]) == {"a": 34, "b": 33, "c": 33}
    assert largest_remainder(200, [("a", 1), ("b", 1), ("c", 1)]) == {"a": 67, "b": 67, "c": 66}


def test_the_largest_remainders_get_the_cents_left_over() -> None:
    # Exact: 10 × 1/6 = 1.67, 10 × 2/6 = 3.33, 10 × 3/6 = 5 → floors 1, 3, 5; one cent left,
    # the largest remainder (2/3 for "a") gets it.
    assert largest_remainder(10, [("a", 1), ("b", 2), ("c", 3)]) == {"a": 2, "b": 3, "c": 5}


def test_zero_weights_get_nothing_and_bad_input_is_refused() -> None:
    assert largest_remainder(101, [("a", 0), ("b", 1)]) == {"a": 0, "b": 101}
    assert largest_remainder(0, [("a", 3), ("b", 1)]) == {"a": 0, "b": 0}
    with pytest.raises(ValueError):
        largest_remainder(-1, [("a", 1)])
    with pytest.raises(ValueError):
        largest_remainder(1, [("a", 0)])
    with pytest.raises(ValueError):
        largest_remainder(1, [("a", -1), ("b", 2)])


totals = st.integers(min_value=0, max_value=10**11)
weights = st.lists(st.integers(min_value=0, max_value=2_000_000), min_size=1, max_size=12).filter(
    lambda values: sum(values) > 0
)


@settings(max_examples=300, deadline=None)
@given(total=totals, values=weights)
def test_shares_always_add_up_to_the_total_and_are_never_negative(
    total: int, values: list[int]
) -> None:
    shares = largest_remainder(total, list(enumerate(values)))
    assert sum(shares.values()) == total
    assert all(share >= 0 for share in shares.values())
    weight_sum = sum(values)
    for index, weight in enumerate(values):
        # Never more than one cent from the exact share.
        assert abs(shares[index] * weight_sum - total * weight) < weight_sum


@settings(max_examples=200, deadline=None)
@given(total=totals, count=st.integers(min_value=1, max_value=40))
def test_equal_keys_give_shares_at_most_one_cent_apart(total: int, count: int) -> None:
    shares = largest_remainder(total, [(i, 1) for i in range(count)])
    assert sum(shares.values()) == total
    assert max(shares.values()) - min(shares.values()) <= 1
    # The extra cents go to the first municipalities in the order (by name).
    assert list(shares.values()) == sorted(shares.values(), reverse=True)


municipality = st.builds(
    Municipality,
    name=st.text(alphabet="abcdefghij ", min_size=1, max_size=8),
    cbs_code=st.just("GM0001"),
    inhabitants=st.integers(min_value=1, max_value=1_000_000),
)


@st.composite
def keys_for(draw: st.DrawFn, members: list[Municipality]) -> CostKey:
    method = draw(st.sampled_from(["equal", "inhabitants", "custom"]))
    if method != "custom":
        return CostKey("k", method)
    points = draw(
        st.lists(
            st.integers(min_value=0, max_value=10_000), min_size=len(members), max_size=len(members)
        ).filter(lambda p: sum(p) > 0)
    )
    # Scale to exactly 10,000 basis points: the rest goes to the first with a share.
    scaled = [p * 10_000 // sum(points) for p in points]
    first = next(i for i, p in enumerate(points) if p)
    scaled[first] += 10_000 - sum(scaled)
    shares = tuple(
        KeyShare(m.id, Decimal(p) / 100) for m, p in zip(members, scaled, strict=True) if p
    )
    return CostKey("k", "custom", validate_key_shares(shares, {m.id for m in members}))


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_scenario_splits_add_up_to_the_scenario_total(data: st.DataObject) -> None:
    members = data.draw(st.lists(municipality, min_size=1, max_size=9))
    key = data.draw(keys_for(members))
    other = data.draw(keys_for(members))
    other = CostKey("other", other.method, other.shares, id="other")
    amounts = data.draw(st.lists(st.integers(min_value=0, max_value=10**9), max_size=8))
    borne = data.draw(
        st.lists(st.sampled_from([None, *[m.id for m in members]]), min_size=len(amounts),
                 max_size=len(amounts))
    )  # fmt: skip
    lines = [
        LineAmount(
            BudgetLine("l", "p", f"c{index % 2}", "fixed", fixed_cents=cents, borne_by_id=bearer),
            cents,
        )
        for index, (cents, bearer) in enumerate(zip(amounts, borne, strict=True))
    ]
    scenario = Scenario("s", key.id, tuple(m.id for m in members), (("c1", other.id),))
    split = split_scenario(
        scenario,
        keys={key.id: key, other.id: other},
        municipalities=members,
        amounts=lines,
    )
    assert split.total_cents == sum(amounts)
    assert sum(m.total_cents for m in split.members) == sum(amounts)
    assert all(m.shared_cents >= 0 and m.own_cents >= 0 for m in split.members)
    for pool in split.pools:
        assert sum(pool.shares.values()) == pool.total_cents
    if key.method == "equal" and not split.pools[1:]:
        shared = [m.shared_cents for m in split.members]
        assert max(shared) - min(shared) <= 1


# -- keys ----------------------------------------------------------------------------------------
def test_weights_per_method() -> None:
    members = municipality_order(GHO)
    assert key_weights(EQUAL, members) == [("g", 1), ("h", 1), ("o", 1)]
    assert key_weights(BY_INHABITANTS, members) == [("g", 24328), ("h", 15966), ("o", 32964)]
    custom = CostKey("c", "custom", (KeyShare("g", Decimal("33.33")), KeyShare("o", Decimal(50))))
    assert key_weights(custom, members) == [("g", 3333), ("h", 0), ("o", 5000)]


def test_custom_percentages_must_add_up_to_exactly_100() -> None:
    ids = {"g", "h", "o"}
    shares = (KeyShare("g", Decimal("33.33")), KeyShare("h", Decimal("33.33")))
    with pytest.raises(ValidationError) as error:
        validate_key_shares((*shares, KeyShare("o", Decimal("33.33"))), ids)
    assert str(error.value) == (
        "The percentages add up to 99,99%; they must add up to exactly 100%."
    )
    assert error.value.params == {"total": "99,99%"}
    ok = validate_key_shares((*shares, KeyShare("o", Decimal("33.34"))), ids)
    assert sum(s.percentage for s in ok) == 100
    # Zero shares are not kept; unknown municipalities are refused.
    assert len(validate_key_shares((KeyShare("g", Decimal(100)), KeyShare("h", 0)), ids)) == 1
    with pytest.raises(ValidationError):
        validate_key_shares((KeyShare("x", Decimal(100)),), ids)


@pytest.mark.parametrize("value", [Decimal("100.01"), Decimal(-1), Decimal("12.345"), 1.5, "5"])
def test_a_percentage_is_0_to_100_with_two_decimals(value: object) -> None:
    with pytest.raises(ValidationError) as error:
        validate_percentage(value)
    assert error.value.field == "percentage"


def test_percentage_over_100_names_the_value() -> None:
    with pytest.raises(ValidationError) as error:
        validate_percentage(Decimal(120))
    assert str(error.value) == "A percentage is from 0 to 100; 120,00% is not."


def test_a_key_needs_a_unique_name_and_a_method() -> None:
    ids = {"g"}
    with pytest.raises(ValidationError):
        validate_cost_key(CostKey(" "), (), ids)
    with pytest.raises(ValidationError):
        validate_cost_key(CostKey("gelijk"), (EQUAL,), ids)
    with pytest.raises(ValidationError):
        validate_cost_key(CostKey("x", "random"), (), ids)  # type: ignore[arg-type]
    # A non-custom key drops its percentages.
    cleaned = validate_cost_key(
        CostKey(" Gelijk ", "equal", (KeyShare("g", Decimal(100)),), id="equal"), (EQUAL,), ids
    )
    assert (cleaned.name, cleaned.shares) == ("Gelijk", ())


# -- scenarios -----------------------------------------------------------------------------------
def _validate(scenario: Scenario) -> Scenario:
    return validate_scenario(
        scenario, (), keys=KEYS, category_ids={"c1", "c2"}, municipalities=list(GHO)
    )


def test_a_scenario_needs_members_a_key_and_known_categories() -> None:
    with pytest.raises(ValidationError) as error:
        _validate(Scenario("Leeg", "equal"))
    assert error.value.field == "member_ids"
    with pytest.raises(ValidationError):
        _validate(Scenario("S", "nope", ("g",)))
    with pytest.raises(ValidationError):
        _validate(Scenario("S", "equal", ("g", "x")))
    with pytest.raises(ValidationError):
        _validate(Scenario("S", "equal", ("g",), (("c9", "inh"),)))
    cleaned = _validate(Scenario(" S ", "equal", ("g", "g", "h"), (("c1", "equal"), ("c2", "inh"))))
    assert cleaned.member_ids == ("g", "h")
    assert cleaned.category_keys == (("c2", "inh"),)  # the scenario's own key is no override


def test_a_custom_key_without_shares_for_the_members_is_refused() -> None:
    only_oisterwijk = CostKey("O", "custom", (KeyShare("o", Decimal(100)),), id="c")
    with pytest.raises(ValidationError) as error:
        validate_scenario(
            Scenario("S", "c", ("g", "h")),
            (),
            keys={"c": only_oisterwijk},
            category_ids=(),
            municipalities=list(GHO),
        )
    assert "gives no share" in str(error.value)


def _lines(*items: tuple[int, str | None, str]) -> list[LineAmount]:
    return [
        LineAmount(BudgetLine("l", "p", category, "fixed", fixed_cents=c, borne_by_id=b), c)
        for c, b, category in items
    ]


def test_lines_borne_by_one_municipality_are_not_split() -> None:
    lines = _lines((100_00, None, "c1"), (35_00, "o", "c1"), (7_00, "x", "c1"))
    split = split_scenario(
        Scenario("S", "equal", ("o", "g", "h")),
        keys=KEYS,
        municipalities=[*GHO, Municipality("X", "GM0001", 5, id="x")],
        amounts=lines,
    )
    assert [m.municipality.name for m in split.members] == ["Goirle", "Hilvarenbeek", "Oisterwijk"]
    assert [m.shared_cents for m in split.members] == [3334, 3333, 3333]
    assert [m.own_cents for m in split.members] == [0, 0, 3500]
    assert split.left_out_cents == 700  # borne by a municipality outside the scenario
    assert split.total_cents == 13500


def test_a_category_with_a_key_of_its_own_is_split_separately() -> None:
    lines = _lines((90_00, None, "c1"), (1_000_00, None, "c2"))
    split = split_scenario(
        Scenario("S", "inh", ("g", "h", "o"), (("c1", "equal"),)),
        keys=KEYS,
        municipalities=GHO,
        amounts=lines,
    )
    by_inhabitants, equal = split.pools
    assert (by_inhabitants.key, by_inhabitants.total_cents) == (BY_INHABITANTS, 1_000_00)
    assert (equal.key, equal.total_cents, equal.category_ids) == (EQUAL, 90_00, ("c1",))
    assert dict(equal.shares) == {"g": 3000, "h": 3000, "o": 3000}
    assert dict(by_inhabitants.shares) == {"g": 33209, "h": 21794, "o": 44997}
    assert split.total_cents == sum(m.total_cents for m in split.members) == 1_090_00


def test_funding_per_municipality_and_general_funding_by_the_key() -> None:
    lines = _lines((300_00, None, "c1"))
    funding = [
        FundingSource("Goirle", "municipal", 90_00, "g"),
        FundingSource("Provincie", "provincial", 100_00),
        FundingSource("Ander scenario", "regional", 500_00, scenario_id="other"),
        FundingSource("Niet-lid", "municipal", 50_00, "x"),
    ]
    split = split_scenario(
        Scenario("S", "equal", ("g", "h", "o"), id="s"),
        keys=KEYS,
        municipalities=GHO,
        amounts=lines,
        funding=funding,
    )
    goirle, hilvarenbeek, _ = split.members
    assert (goirle.own_funding_cents, goirle.general_funding_cents) == (90_00, 3334)
    assert goirle.balance_cents == 90_00 + 3334 - 100_00
    assert hilvarenbeek.balance_cents == 3333 - 100_00
    assert split.general_funding_cents == 100_00
    assert split.funding_cents == 190_00
    assert split.balance_cents == -110_00 == sum(m.balance_cents for m in split.members)
    assert len(split.funding_sources) == 3  # the other scenario's source does not count


def test_per_inhabitant_is_rounded_half_up_to_two_decimals() -> None:
    assert per_inhabitant(100, 8) == Decimal("0.13")  # € 0,125 → € 0,13
    assert per_inhabitant(50_000_00, 24328) == Decimal("2.06")
    assert per_inhabitant(1, 0) == Decimal("0.00")


def test_comparison_lists_every_member_of_any_scenario() -> None:
    lines = _lines((600_00, None, "c1"))
    small = split_scenario(
        Scenario("A", "inh", ("g",)), keys=KEYS, municipalities=GHO, amounts=lines
    )
    large = split_scenario(
        Scenario("B", "inh", ("g", "h", "o")), keys=KEYS, municipalities=GHO, amounts=lines
    )
    rows = compare_scenarios([small, large])
    assert [row.municipality.name for row in rows] == ["Goirle", "Hilvarenbeek", "Oisterwijk"]
    goirle = rows[0].cells
    assert goirle[0] is not None and goirle[1] is not None
    assert goirle[0].total_cents == 600_00 > goirle[1].total_cents
    assert rows[1].cells[0] is None


def test_funding_needs_a_kind_an_amount_and_for_own_budgets_a_municipality() -> None:
    known = {"municipality_ids": {"g"}, "scenario_ids": {"s"}}
    with pytest.raises(ValidationError):
        validate_funding(FundingSource("X", "municipal", 1), **known)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as error:
        validate_funding(FundingSource("X", "provincial", -1), **known)  # type: ignore[arg-type]
    assert str(error.value) == "An amount cannot be negative."
    with pytest.raises(ValidationError):
        validate_funding(
            FundingSource("X", "provincial", 1, scenario_id="z"),
            **known,  # type: ignore[arg-type]
        )
    with pytest.raises(ValidationError):
        validate_funding(FundingSource("X", "gift", 1), **known)  # type: ignore[arg-type]
