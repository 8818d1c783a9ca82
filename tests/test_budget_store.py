"""The budget in the file: CRUD, refusals, undo with identical rows, proposal, overview."""

from __future__ import annotations

import dataclasses
import datetime
import sqlite3
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from dgw_desktop.domain import demo_budget
from dgw_desktop.domain.budget import BudgetLine, CostCategory, Phase, Rate
from dgw_desktop.domain.cost_split import CostKey, FundingSource, KeyShare, Scenario
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.store.budget import (
    add_budget_line,
    add_category,
    add_phase,
    budget_overview,
    budget_usage,
    delete_budget_lines,
    delete_category,
    delete_phase,
    get_budget_line,
    list_budget_lines,
    list_categories,
    list_phases,
    restore_budget_lines,
    restore_category,
    restore_phase,
    update_budget_line,
    update_phase,
)
from dgw_desktop.store.cost_keys import (
    add_cost_key,
    delete_cost_key,
    get_cost_key,
    list_cost_keys,
    restore_cost_key,
    update_cost_key,
)
from dgw_desktop.store.funding import (
    add_funding,
    delete_funding,
    list_funding,
    restore_funding,
    update_funding,
)
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.rates import (
    add_rate,
    delete_rate,
    get_default_rate_id,
    list_rates,
    rate_usage,
    restore_rate,
    set_default_rate,
    update_rate,
)
from dgw_desktop.store.scenarios import (
    add_scenario,
    delete_scenario,
    get_scenario,
    list_scenarios,
    mark_proposal,
    restore_scenario,
    update_scenario,
)
from dgw_desktop.store.snapshot import load_snapshot

BUDGET_TABLES = (
    "phase",
    "cost_category",
    "rate",
    "budget_line",
    "cost_key",
    "cost_key_share",
    "scenario",
    "scenario_member",
    "scenario_category_key",
    "funding_source",
    "project",
)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ProjectFile]:
    with create_demo_project(tmp_path / "demo.dgw") as project_file:
        yield project_file


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[ProjectFile]:
    with create_empty_project(tmp_path / "leeg.dgw", "Leeg") as project_file:
        yield project_file


def _dump(project: ProjectFile) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(project.path)
    try:
        return {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in BUDGET_TABLES
        }
    finally:
        connection.close()


def _ids(project: ProjectFile) -> dict[str, str]:
    return {m.name: m.id for m in list_municipalities(project)}


# -- the demo ------------------------------------------------------------------------------------
def test_the_demo_budget_is_realistic_and_adds_up(demo: ProjectFile) -> None:
    overview = budget_overview(demo)
    assert overview.totals.total == 34_633_950  # € 346.339,50
    assert 25_000_000 <= overview.totals.total <= 40_000_000
    assert sum(overview.totals.by_phase.values()) == overview.totals.total
    assert sum(overview.totals.by_category.values()) == overview.totals.total
    assert len(overview.lines) == len(demo_budget.DEMO_LINES)
    gho, larger = overview.scenarios
    assert (gho.scenario.name, gho.scenario.is_proposal) == ("GHO", True)
    assert overview.proposal == gho
    assert len(larger.members) == 7
    for split in overview.scenarios:
        assert sum(m.total_cents for m in split.members) == overview.totals.total
    assert gho.balance_cents == -1_633_950  # a small gap
    assert larger.balance_cents > 0  # a surplus
    # Each GHO partner pays less when ABG and Oosterhout join.
    for member in gho.members:
        joined = larger.share_of(member.municipality.id)
        assert joined is not None and joined.total_cents < member.total_cents
    staff = {overview.municipality_name(row.municipality_id) for row in overview.hours}
    assert staff == {"Goirle", "Hilvarenbeek", "Oisterwijk"}
    assert {row.role for row in overview.hours} == {"data-analist", "gegevenscoördinator"}


def test_the_snapshot_gives_the_same_figures_as_the_file(demo: ProjectFile) -> None:
    assert load_snapshot(demo).budget_overview() == budget_overview(demo)


def test_budget_rows_have_uuid_keys_and_timestamps(demo: ProjectFile) -> None:
    for table in ("phase", "cost_category", "rate", "budget_line", "cost_key", "scenario",
                  "funding_source"):  # fmt: skip
        rows = demo.query(f"SELECT id, created_at, updated_at FROM {table}")
        assert rows, table
        for key, created_at, updated_at in rows:
            assert uuid.UUID(key).version == 4
            assert datetime.datetime.fromisoformat(created_at).tzinfo is not None
            assert updated_at >= created_at


# -- rates ---------------------------------------------------------------------------------------
def test_changing_a_rate_changes_every_line_that_uses_it(demo: ProjectFile) -> None:
    before = budget_overview(demo)
    rate = next(r for r in list_rates(demo) if r.name == "projectleider extern")
    using = [item for item in before.lines if item.rate_id == rate.id]
    hours = sum(item.line.hours for item in using)
    assert hours == 356
    seen: list[str] = []
    demo.add_listener(lambda table, ids: seen.append(table))
    update_rate(demo, dataclasses.replace(rate, cents=rate.cents + 100))
    after = budget_overview(demo)
    assert after.totals.total == before.totals.total + 356 * 100
    assert {"rate", "budget_line"} <= set(seen)
    assert rate_usage(demo, rate.id) == len(using)


def test_a_rate_in_use_cannot_be_deleted_and_a_free_one_comes_back(demo: ProjectFile) -> None:
    used = next(r for r in list_rates(demo) if r.name == "data-consultant extern")
    with pytest.raises(ValidationError) as error:
        delete_rate(demo, used.id)
    assert "is used by 3 budget lines" in str(error.value)
    default = get_default_rate_id(demo)
    assert default is not None and rate_usage(demo, default) == 9  # lines without own rate
    with pytest.raises(ValidationError):
        delete_rate(demo, default)
    spare = add_rate(demo, Rate("trainer extern", 11000, is_internal=False))
    rows = _dump(demo)
    removed = delete_rate(demo, spare.id)
    assert spare.id not in {r.id for r in list_rates(demo)}
    restore_rate(demo, removed)
    assert _dump(demo) == rows


def test_the_default_rate_is_internal_and_cannot_be_emptied_while_used(
    demo: ProjectFile,
) -> None:
    rates = {r.name: r for r in list_rates(demo)}
    with pytest.raises(ValidationError):
        set_default_rate(demo, rates["projectleider extern"].id)
    with pytest.raises(ValidationError):
        set_default_rate(demo, None)
    with pytest.raises(ValidationError):
        update_rate(demo, dataclasses.replace(rates["data-analist intern"], is_internal=False))
    before = budget_overview(demo).totals.total
    previous = set_default_rate(demo, rates["gegevenscoördinator intern"].id)
    assert previous == rates["data-analist intern"].id
    assert budget_overview(demo).totals.total < before  # € 70 instead of € 78 an hour
    set_default_rate(demo, previous)
    assert budget_overview(demo).totals.total == before


def test_a_rate_of_zero_is_refused(empty: ProjectFile) -> None:
    with pytest.raises(ValidationError) as error:
        add_rate(empty, Rate("gratis", 0))
    assert str(error.value) == "An hourly rate must be more than € 0,00."


# -- lines ---------------------------------------------------------------------------------------
def test_lines_store_exact_hours_and_refuse_bad_input(empty: ProjectFile) -> None:
    phase, category = list_phases(empty)[0], list_categories(empty)[0]
    line = BudgetLine("Analyse", phase.id, category.id, hours=Decimal("12.25"))
    with pytest.raises(ValidationError) as error:
        add_budget_line(empty, line)  # no rate and no default rate
    assert error.value.field == "rate_id"
    rate = add_rate(empty, Rate("data-analist intern", 8333))
    set_default_rate(empty, rate.id)
    stored = add_budget_line(empty, line)
    assert get_budget_line(empty, stored.id).hours == Decimal("12.25")
    assert empty.query("SELECT hours_hundredths FROM budget_line")[0][0] == 1225
    assert budget_overview(empty).totals.total == 102079  # 12,25 × 83,33 = 1020,7925
    for bad in ({"hours": Decimal(-1)}, {"kind": "fixed", "fixed_cents": -5}):
        with pytest.raises(ValidationError):
            update_budget_line(empty, dataclasses.replace(stored, **bad))  # type: ignore[arg-type]
    assert get_budget_line(empty, stored.id) == stored


def test_deleted_lines_come_back_identical(demo: ProjectFile) -> None:
    rows = _dump(demo)
    ids = [line.id for line in list_budget_lines(demo)[:3]]
    removed = delete_budget_lines(demo, ids)
    assert len(list_budget_lines(demo)) == len(demo_budget.DEMO_LINES) - 3
    restore_budget_lines(demo, removed)
    assert _dump(demo) == rows
    assert [line.id for line in list_budget_lines(demo)[:3]] == ids


def test_phases_and_categories_in_use_stay(demo: ProjectFile) -> None:
    phase = list_phases(demo)[0]
    with pytest.raises(ValidationError) as error:
        delete_phase(demo, phase.id)
    assert str(error.value) == (
        "Phase “1 Samenwerking inrichten” has 9 budget lines; move or delete them first."
    )
    with pytest.raises(ValidationError):
        add_phase(demo, Phase("3 pilot"))
    renamed = update_phase(demo, dataclasses.replace(phase, name="1 Start"))
    assert budget_overview(demo).phase_name(phase.id) == "1 Start" == renamed.name
    extra = add_phase(demo, Phase("4 Nazorg", 3))
    rows = _dump(demo)
    removed = delete_phase(demo, extra.id)
    assert [p.name for p in list_phases(demo)][-1] == "3 Pilot"
    restore_phase(demo, removed)
    assert _dump(demo) == rows
    training = next(c for c in list_categories(demo) if c.name == "opleiding")
    with pytest.raises(ValidationError):
        delete_category(demo, training.id)


def test_a_category_with_a_key_in_a_scenario_comes_back_with_it(demo: ProjectFile) -> None:
    category = add_category(demo, CostCategory("reiskosten", 9))
    scenario = list_scenarios(demo)[0]
    equal = next(k for k in list_cost_keys(demo) if k.method == "equal")
    update_scenario(
        demo,
        dataclasses.replace(
            scenario, category_keys=(*scenario.category_keys, (category.id, equal.id))
        ),
    )
    rows = _dump(demo)
    removed = delete_category(demo, category.id)
    assert len(get_scenario(demo, scenario.id).category_keys) == 1
    restore_category(demo, removed)
    assert _dump(demo) == rows


# -- keys ----------------------------------------------------------------------------------------
def test_custom_keys_must_add_up_to_100_and_come_back_after_delete(demo: ProjectFile) -> None:
    ids = _ids(demo)
    shares = (KeyShare(ids["Goirle"], Decimal(40)), KeyShare(ids["Oisterwijk"], Decimal("59.5")))
    with pytest.raises(ValidationError) as error:
        add_cost_key(demo, CostKey("Afspraak", "custom", shares))
    assert str(error.value) == "The percentages add up to 99,50%; they must add up to exactly 100%."
    with pytest.raises(ValidationError) as error:
        add_cost_key(demo, CostKey("Afspraak", "custom", (KeyShare(ids["Goirle"], Decimal(101)),)))
    assert "101,00%" in str(error.value)
    fixed = (shares[0], KeyShare(ids["Oisterwijk"], Decimal("60")))
    key = add_cost_key(demo, CostKey("Afspraak", "custom", fixed))
    assert get_cost_key(demo, key.id).shares == (
        KeyShare(ids["Goirle"], Decimal("40.00")),
        KeyShare(ids["Oisterwijk"], Decimal("60.00")),
    )
    rows = _dump(demo)
    restore_cost_key(demo, delete_cost_key(demo, key.id))
    assert _dump(demo) == rows


def test_a_key_in_use_stays_and_cannot_leave_its_scenarios_without_weight(
    demo: ProjectFile,
) -> None:
    ids = _ids(demo)
    by_inhabitants = next(k for k in list_cost_keys(demo) if k.method == "inhabitants")
    with pytest.raises(ValidationError) as error:
        delete_cost_key(demo, by_inhabitants.id)
    assert "is used by 2 scenarios" in str(error.value)
    only_outsider = (KeyShare(ids["Oosterhout"], Decimal(100)),)
    with pytest.raises(ValidationError) as error:
        update_cost_key(
            demo, dataclasses.replace(by_inhabitants, method="custom", shares=only_outsider)
        )
    assert "gives no share" in str(error.value)
    assert get_cost_key(demo, by_inhabitants.id) == by_inhabitants


# -- scenarios -----------------------------------------------------------------------------------
def _proposals(project: ProjectFile) -> list[str]:
    return [s.name for s in list_scenarios(project) if s.is_proposal]


def test_exactly_one_scenario_is_the_proposal(demo: ProjectFile) -> None:
    gho, larger = list_scenarios(demo)
    assert _proposals(demo) == ["GHO"]
    assert mark_proposal(demo, larger.id) == gho.id
    assert _proposals(demo) == ["GHO + ABG + Oosterhout"]
    assert mark_proposal(demo, larger.id) == larger.id  # already: nothing changes
    # Editing never changes which one is the proposal.
    update_scenario(demo, dataclasses.replace(gho, name="Alleen GHO", is_proposal=True))
    assert _proposals(demo) == ["GHO + ABG + Oosterhout"]
    rows = _dump(demo)
    removed = delete_scenario(demo, larger.id)
    assert _proposals(demo) == ["Alleen GHO"]  # the proposal passes to the first remaining
    assert len(list_funding(demo)) == 4  # the larger scenario's own sources went with it
    restore_scenario(demo, removed)
    assert _dump(demo) == rows
    assert _proposals(demo) == ["GHO + ABG + Oosterhout"]


def test_the_first_scenario_becomes_the_proposal(empty: ProjectFile) -> None:
    from dgw_desktop.domain.entities import Municipality
    from dgw_desktop.store.municipalities import add_municipality

    goirle = add_municipality(empty, Municipality("Goirle", "GM0785", 24328))
    key = list_cost_keys(empty)[0]
    with pytest.raises(ValidationError):
        add_scenario(empty, Scenario("Leeg", key.id))
    first = add_scenario(empty, Scenario("Eerste", key.id, (goirle.id,)))
    second = add_scenario(empty, Scenario("Tweede", key.id, (goirle.id,)))
    assert (first.is_proposal, second.is_proposal) == (True, False)
    third = add_scenario(empty, Scenario("Derde", key.id, (goirle.id,), is_proposal=True))
    assert third.is_proposal and _proposals(empty) == ["Derde"]
    assert budget_usage(empty, goirle.id) == 3


# -- funding -------------------------------------------------------------------------------------
def test_funding_crud_and_the_gap(demo: ProjectFile) -> None:
    before = budget_overview(demo).proposal
    assert before is not None
    source = add_funding(demo, FundingSource("Regionaal fonds", "regional", 1_633_950))
    after = budget_overview(demo).proposal
    assert after is not None and after.balance_cents == 0  # the gap is closed exactly
    with pytest.raises(ValidationError):
        update_funding(demo, dataclasses.replace(source, amount_cents=-1))
    rows = _dump(demo)
    removed = delete_funding(demo, source.id)
    assert budget_overview(demo).proposal == before
    restore_funding(demo, removed)
    assert _dump(demo) == rows
