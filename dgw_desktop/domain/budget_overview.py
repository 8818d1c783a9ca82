"""The budget as a whole: line amounts, totals, hours asked, the split per scenario, funding.

``build_budget_overview`` is pure: the store (``store.budget.budget_overview``), the GUI and
the exports (from a ``ProjectSnapshot``) all get the same figures from the same inputs.

How a scenario is computed (``split_scenario``):

- Lines borne by one municipality (``borne_by_id``) go to that municipality in full, when it
  is a member of the scenario; lines borne by a non-member are left out of the scenario
  (``left_out_cents``).
- The shared lines form a pool per key: a category with a key of its own in the scenario
  goes into that key's pool, all others into the pool of the scenario's key. Each pool is
  split between the members by the largest-remainder method (``cost_split``).
- Funding: a source counts in a scenario when it is for all scenarios or for this one. A
  source of a member municipality counts for that municipality; general funding (no
  municipality, e.g. a provincial subsidy) is divided over the members by the scenario's key,
  in the same exact way. A member's balance is its funding minus its costs; the balances add
  up to the scenario's balance (negative: a gap, positive: a surplus).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from dgw_desktop.domain.budget import (
    BudgetLine,
    BudgetTotals,
    CostCategory,
    HoursRow,
    LineAmount,
    Phase,
    Rate,
    budget_totals,
    hours_asked,
    line_amount,
)
from dgw_desktop.domain.cost_split import (
    CostKey,
    FundingSource,
    Scenario,
    key_weights,
    largest_remainder,
    municipality_order,
    per_inhabitant,
)
from dgw_desktop.domain.entities import Municipality


@dataclass(frozen=True)
class PoolSplit:
    """One pool of shared costs, split by one key between the members of a scenario."""

    key: CostKey
    category_ids: tuple[str, ...]  # the categories whose shared lines make up the pool
    total_cents: int
    weights: tuple[tuple[str, int], ...]  # (municipality id, weight) in tie-break order
    shares: Mapping[str, int]  # municipality id → cents
    fallback: bool = False  # the key gave no weight to any member: split equally instead

    @property
    def weight_sum(self) -> int:
        return sum(weight for _, weight in self.weights)


@dataclass(frozen=True)
class MunicipalityShare:
    """What one member of a scenario pays and has to pay it with."""

    municipality: Municipality
    shared_cents: int  # its part of the shared pools
    own_cents: int  # lines it bears alone
    own_funding_cents: int  # funding sources of this municipality
    general_funding_cents: int  # its part of the general funding, by the scenario's key

    @property
    def total_cents(self) -> int:
        return self.shared_cents + self.own_cents

    @property
    def per_inhabitant(self) -> Decimal:
        return per_inhabitant(self.total_cents, self.municipality.inhabitants)

    @property
    def funding_cents(self) -> int:
        return self.own_funding_cents + self.general_funding_cents

    @property
    def balance_cents(self) -> int:
        """Funding minus costs: negative is a gap, positive a surplus."""
        return self.funding_cents - self.total_cents


@dataclass(frozen=True)
class ScenarioSplit:
    scenario: Scenario
    key: CostKey
    members: tuple[MunicipalityShare, ...]  # in tie-break order (name, then id)
    pools: tuple[PoolSplit, ...]  # the scenario's key first
    left_out_cents: int  # lines borne by municipalities outside the scenario
    general_funding_cents: int
    funding_sources: tuple[FundingSource, ...]  # the sources that count in this scenario

    @property
    def shared_cents(self) -> int:
        return sum(pool.total_cents for pool in self.pools)

    @property
    def own_cents(self) -> int:
        return sum(member.own_cents for member in self.members)

    @property
    def total_cents(self) -> int:
        return self.shared_cents + self.own_cents

    @property
    def inhabitants(self) -> int:
        return sum(member.municipality.inhabitants for member in self.members)

    @property
    def per_inhabitant(self) -> Decimal:
        return per_inhabitant(self.total_cents, self.inhabitants)

    @property
    def funding_cents(self) -> int:
        return sum(member.funding_cents for member in self.members)

    @property
    def balance_cents(self) -> int:
        """All funding minus all costs: negative is a gap, positive a surplus."""
        return self.funding_cents - self.total_cents

    def share_of(self, municipality_id: str) -> MunicipalityShare | None:
        return next((m for m in self.members if m.municipality.id == municipality_id), None)


def _split_by_key(
    key: CostKey, members: Sequence[Municipality], total: int
) -> tuple[list[tuple[str, int]], dict[str, int], bool]:
    weights = key_weights(key, members)
    fallback = sum(weight for _, weight in weights) == 0
    if fallback:
        weights = [(m.id, 1) for m in members]
    return weights, largest_remainder(total, weights), fallback


def split_scenario(
    scenario: Scenario,
    *,
    keys: Mapping[str, CostKey],
    municipalities: Sequence[Municipality],
    amounts: Sequence[LineAmount],
    funding: Sequence[FundingSource] = (),
) -> ScenarioSplit:
    """The costs of one scenario per member municipality (see the module's description)."""
    known = {m.id: m for m in municipalities}
    members = municipality_order([known[m] for m in scenario.member_ids if m in known])
    member_ids = {m.id for m in members}
    key = keys[scenario.key_id]
    overrides = {c: k for c, k in scenario.category_keys if k in keys and k != key.id}
    pool_totals: dict[str, int] = {key.id: 0}
    for key_id in sorted(set(overrides.values()), key=lambda k: (keys[k].name.casefold(), k)):
        pool_totals[key_id] = 0
    own = {m.id: 0 for m in members}
    left_out = 0
    for item in amounts:
        line = item.line
        if line.borne_by_id is None:
            pool = overrides.get(line.category_id, key.id)
            pool_totals[pool] += item.amount_cents
        elif line.borne_by_id in member_ids:
            own[line.borne_by_id] += item.amount_cents
        else:
            left_out += item.amount_cents
    pools: list[PoolSplit] = []
    shared = {m.id: 0 for m in members}
    if members:
        for key_id, total in pool_totals.items():
            pool_key = keys[key_id]
            categories = sorted(c for c, k in overrides.items() if k == key_id)
            weights, shares, fallback = _split_by_key(pool_key, members, total)
            for municipality_id, cents in shares.items():
                shared[municipality_id] += cents
            pools.append(
                PoolSplit(pool_key, tuple(categories), total, tuple(weights), shares, fallback)
            )
    sources = tuple(f for f in funding if f.scenario_id in (None, scenario.id))
    own_funding = {m.id: 0 for m in members}
    general = 0
    for source in sources:
        if source.municipality_id is None:
            general += source.amount_cents
        elif source.municipality_id in own_funding:
            own_funding[source.municipality_id] += source.amount_cents
    general_shares = _split_by_key(key, members, general)[1] if members else {}
    return ScenarioSplit(
        scenario=scenario,
        key=key,
        members=tuple(
            MunicipalityShare(
                municipality=m,
                shared_cents=shared[m.id],
                own_cents=own[m.id],
                own_funding_cents=own_funding[m.id],
                general_funding_cents=general_shares.get(m.id, 0),
            )
            for m in members
        ),
        pools=tuple(pools),
        left_out_cents=left_out,
        general_funding_cents=general if members else 0,
        funding_sources=sources,
    )


@dataclass(frozen=True)
class ComparisonRow:
    """One municipality across scenarios; ``cells[i]`` None: not in scenario i."""

    municipality: Municipality
    cells: tuple[MunicipalityShare | None, ...]


def compare_scenarios(splits: Sequence[ScenarioSplit]) -> list[ComparisonRow]:
    """Cost per municipality in each scenario, side by side (rows in tie-break order)."""
    seen: dict[str, Municipality] = {}
    for split in splits:
        for member in split.members:
            seen.setdefault(member.municipality.id, member.municipality)
    return [
        ComparisonRow(m, tuple(split.share_of(m.id) for split in splits))
        for m in municipality_order(list(seen.values()))
    ]


@dataclass(frozen=True)
class BudgetOverview:
    """Everything the budget page and the exports show, computed once."""

    municipalities: tuple[Municipality, ...]
    phases: tuple[Phase, ...]
    categories: tuple[CostCategory, ...]
    rates: tuple[Rate, ...]
    default_rate_id: str | None
    lines: tuple[LineAmount, ...]  # by phase, then category, then as entered
    totals: BudgetTotals
    hours: tuple[HoursRow, ...]
    keys: tuple[CostKey, ...]
    scenarios: tuple[ScenarioSplit, ...]
    funding: tuple[FundingSource, ...]

    @property
    def proposal(self) -> ScenarioSplit | None:
        return next((s for s in self.scenarios if s.scenario.is_proposal), None)

    @property
    def comparison(self) -> list[ComparisonRow]:
        return compare_scenarios(self.scenarios)

    @property
    def is_empty(self) -> bool:
        return not self.lines and not self.scenarios and not self.funding

    def phase_name(self, phase_id: str) -> str:
        return next((p.name for p in self.phases if p.id == phase_id), "")

    def category_name(self, category_id: str) -> str:
        return next((c.name for c in self.categories if c.id == category_id), "")

    def municipality_name(self, municipality_id: str | None) -> str:
        return next((m.name for m in self.municipalities if m.id == municipality_id), "")

    def rate(self, rate_id: str | None) -> Rate | None:
        return next((r for r in self.rates if r.id == rate_id), None)

    def key(self, key_id: str) -> CostKey | None:
        return next((k for k in self.keys if k.id == key_id), None)

    def scenario_name(self, scenario_id: str | None) -> str:
        return next((s.scenario.name for s in self.scenarios if s.scenario.id == scenario_id), "")


def build_budget_overview(
    *,
    municipalities: Sequence[Municipality],
    phases: Sequence[Phase],
    categories: Sequence[CostCategory],
    rates: Sequence[Rate],
    default_rate_id: str | None,
    lines: Sequence[BudgetLine],
    keys: Sequence[CostKey] = (),
    scenarios: Sequence[Scenario] = (),
    funding: Sequence[FundingSource] = (),
) -> BudgetOverview:
    rates_by_id = {rate.id: rate for rate in rates}
    phase_rank = {phase.id: index for index, phase in enumerate(phases)}
    category_rank = {category.id: index for index, category in enumerate(categories)}
    ordered = sorted(
        enumerate(lines),
        key=lambda item: (
            phase_rank.get(item[1].phase_id, len(phase_rank)),
            category_rank.get(item[1].category_id, len(category_rank)),
            item[0],
        ),
    )
    amounts = tuple(line_amount(line, rates_by_id, default_rate_id) for _, line in ordered)
    keys_by_id = {key.id: key for key in keys}
    order = [m.id for m in municipality_order(municipalities)]
    return BudgetOverview(
        municipalities=tuple(municipalities),
        phases=tuple(phases),
        categories=tuple(categories),
        rates=tuple(rates),
        default_rate_id=default_rate_id,
        lines=amounts,
        totals=budget_totals(amounts, phases, categories),
        hours=tuple(hours_asked([a.line for a in amounts], order, [p.id for p in phases])),
        keys=tuple(keys),
        scenarios=tuple(
            split_scenario(
                scenario,
                keys=keys_by_id,
                municipalities=municipalities,
                amounts=amounts,
                funding=funding,
            )
            for scenario in scenarios
            if scenario.key_id in keys_by_id
        ),
        funding=tuple(funding),
    )
