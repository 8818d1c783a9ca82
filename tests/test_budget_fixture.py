"""Schema 3 (the budget): its fixture keeps its data, and older files get the default lists."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from dgw_desktop.domain.budget import DEFAULT_CATEGORIES, DEFAULT_PHASES
from dgw_desktop.domain.cost_split import DEFAULT_KEYS
from dgw_desktop.store.budget import budget_overview, list_categories, list_phases
from dgw_desktop.store.cost_keys import list_cost_keys
from dgw_desktop.store.project_file import open_project_file
from dgw_desktop.store.rates import get_default_rate_id, list_rates

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _version(path: Path) -> int:
    match = re.fullmatch(r"schema-v(\d+)\.dgw", path.name)
    assert match
    return int(match.group(1))


V3_FIXTURES = [p for p in sorted(FIXTURES.glob("schema-v*.dgw")) if _version(p) >= 3]
OLDER_FIXTURES = [p for p in sorted(FIXTURES.glob("schema-v*.dgw")) if _version(p) < 3]


@pytest.mark.parametrize("fixture", V3_FIXTURES, ids=lambda path: path.name)
def test_fixture_keeps_what_schema_3_added(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with open_project_file(path) as project:
        assert [p.name for p in list_phases(project)] == list(DEFAULT_PHASES)
        rates = {r.name: r for r in list_rates(project)}
        assert rates["data-analist intern"].cents == 8250
        assert not rates["projectleider extern"].is_internal
        assert get_default_rate_id(project) == rates["data-analist intern"].id
        overview = budget_overview(project)
        amounts = {item.line.description: item for item in overview.lines}
        hours = amounts["Data-analist Goirle – € uren"]
        assert hours.line.hours == Decimal("97.50")  # 7,5 hours a week × 13 weeks
        assert hours.amount_cents == 804375  # 97,5 × € 82,50
        assert hours.line.rate_id is None  # the default rate
        assert amounts["Projectleiding"].amount_cents == 546394  # 40,25 × € 135,75 = 5463,9375
        assert amounts["Licenties"].amount_cents == 123456
        assert overview.totals.total == 804375 + 546394 + 123456
        custom = next(k for k in overview.keys if k.method == "custom")
        assert [s.percentage for s in custom.shares] == [Decimal("66.67"), Decimal("33.33")]
        proposal = overview.proposal
        assert proposal is not None and proposal.scenario.name == "Goirle en Oisterwijk"
        assert [pool.key.name for pool in proposal.pools] == ["Naar inwoners", custom.name]
        assert sum(m.total_cents for m in proposal.members) == overview.totals.total
        assert proposal.funding_cents == 750000
        alone = next(s for s in overview.scenarios if s.scenario.name == "Alleen Goirle")
        assert alone.funding_cents == 500000  # the subsidy counts only in the other scenario


@pytest.mark.parametrize("fixture", OLDER_FIXTURES, ids=lambda path: path.name)
def test_an_older_file_gets_the_default_budget_lists(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with open_project_file(path) as project:
        assert [p.name for p in list_phases(project)] == list(DEFAULT_PHASES)
        assert [c.name for c in list_categories(project)] == list(DEFAULT_CATEGORIES)
        assert [(k.name, k.method) for k in list_cost_keys(project)] == list(DEFAULT_KEYS)
        assert list_rates(project) == []
        assert get_default_rate_id(project) is None
        assert budget_overview(project).totals.total == 0
