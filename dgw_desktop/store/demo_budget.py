"""Writing the demo budget (``domain.demo_budget``) into the demo project."""

from __future__ import annotations

from decimal import Decimal

from dgw_desktop.domain import demo_budget
from dgw_desktop.domain.budget import BudgetLine, Rate
from dgw_desktop.domain.cost_split import FundingSource, Scenario
from dgw_desktop.store.budget import add_budget_lines, list_categories, list_phases
from dgw_desktop.store.cost_keys import list_cost_keys
from dgw_desktop.store.funding import add_funding
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.rates import add_rate, set_default_rate
from dgw_desktop.store.scenarios import add_scenario


def fill_demo_budget(project_file: ProjectFile) -> None:
    """Rates, budget lines, both scenarios and funding; needs the default lists and partners."""
    rates = {
        item.name: add_rate(
            project_file, Rate(name=item.name, cents=item.cents, is_internal=item.is_internal)
        ).id
        for item in demo_budget.DEMO_RATES
    }
    set_default_rate(project_file, rates[demo_budget.DEFAULT_RATE])
    phases = [phase.id for phase in list_phases(project_file)]
    categories = {category.name: category.id for category in list_categories(project_file)}
    municipalities = {m.name: m.id for m in list_municipalities(project_file)}

    def municipality(name: str | None) -> str | None:
        return None if name is None else municipalities[name]

    add_budget_lines(
        project_file,
        [
            BudgetLine(
                description=item.description,
                phase_id=phases[item.phase],
                category_id=categories[item.category],
                kind="fixed" if item.fixed_cents else "hours",
                fixed_cents=item.fixed_cents,
                hours=item.hours or Decimal(0),
                rate_id=None if item.rate is None else rates[item.rate],
                hours_per_week=item.hours_per_week,
                weeks=item.weeks,
                role=item.role,
                municipality_id=municipality(item.municipality),
                borne_by_id=municipality(item.borne_by),
            )
            for item in demo_budget.DEMO_LINES
        ],
    )
    keys = {key.name: key.id for key in list_cost_keys(project_file)}
    scenarios: dict[str, str] = {}
    for position, item in enumerate(demo_budget.DEMO_SCENARIOS):
        scenarios[item.name] = add_scenario(
            project_file,
            Scenario(
                name=item.name,
                key_id=keys[item.key],
                member_ids=tuple(municipalities[name] for name in item.members),
                category_keys=tuple(
                    (categories[category], keys[key]) for category, key in item.category_keys
                ),
                is_proposal=item.is_proposal,
                position=position,
            ),
        ).id
    for source in demo_budget.DEMO_FUNDING:
        add_funding(
            project_file,
            FundingSource(
                name=source.name,
                kind=source.kind,  # type: ignore[arg-type]
                amount_cents=source.amount_cents,
                municipality_id=municipality(source.municipality),
                scenario_id=None if source.scenario is None else scenarios[source.scenario],
            ),
        )
