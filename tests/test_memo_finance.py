"""The memo's Financiën section: the app's figures, charts with DejaVu only, safe text."""

from __future__ import annotations

import dataclasses
import datetime
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from dgw_desktop.domain.budget import BudgetLine
from dgw_desktop.domain.cost_split import CostKey, Scenario
from dgw_desktop.domain.formatting import format_money
from dgw_desktop.exports.memo import write_memo
from dgw_desktop.exports.memo_finance import key_text
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.snapshot import ProjectSnapshot, load_snapshot

TODAY = datetime.date(2026, 11, 22)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    # Money is written with a non-breaking space; compare with plain spaces.
    return result.stdout.decode("utf-8").replace("\u00a0", " ")


@pytest.fixture(scope="module")
def demo_snapshot(tmp_path_factory: pytest.TempPathFactory) -> ProjectSnapshot:
    path = tmp_path_factory.mktemp("demo") / "demo.dgw"
    with create_demo_project(path) as project_file:
        return load_snapshot(project_file)


@pytest.fixture(scope="module")
def demo_memo(demo_snapshot: ProjectSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("memo") / "memo.pdf"
    write_memo(demo_snapshot, out, today=TODAY)
    return out


def _finance(text: str) -> str:
    start = text.index("Financiën\n")
    return text[start:]


def test_the_memo_shows_the_budget_split_comparison_and_gap(
    demo_snapshot: ProjectSnapshot, demo_memo: Path
) -> None:
    text = _finance(pdf_text(demo_memo))
    overview = demo_snapshot.budget_overview()
    for heading in (
        "Begroting per fase en kostensoort",
        "Gevraagde inzet van eigen medewerkers",
        "Verdeling per gemeente",
        "Vergelijking van de scenario's",
        "Dekking",
    ):
        assert heading in text
    assert format_money(overview.totals.total) in text  # € 346.339,50
    proposal = overview.proposal
    assert proposal is not None
    for member in proposal.members:
        assert format_money(member.total_cents) in text
        assert format_money(int(member.per_inhabitant * 100)) in text  # € 4,71
        assert format_money(member.balance_cents) in text
    larger = overview.scenarios[1]
    for member in larger.members:
        assert format_money(member.total_cents) in text
    assert "een tekort van € 16.339,50" in text
    assert "in “GHO + ABG + Oosterhout” een overschot van € 56.660,50" in text
    assert "Provincie Noord-Brabant" in text
    assert "gegevenscoördinator" in text and "2.496" in text  # hours in total


def test_the_finance_pages_embed_only_dejavu(demo_memo: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdffonts", str(demo_memo)], capture_output=True, text=True, check=True
    )
    rows = [line.split() for line in result.stdout.splitlines()[2:] if line.strip()]
    assert rows
    assert all(re.search(r"DejaVuSans", row[0]) for row in rows), rows
    assert all("yes" in row[-5:-2] for row in rows)  # embedded


def test_a_project_without_budget_lines_says_so(tmp_path: Path) -> None:
    with create_empty_project(tmp_path / "leeg.dgw", "Leeg") as project_file:
        snapshot = load_snapshot(project_file)
    out = tmp_path / "leeg.pdf"
    write_memo(snapshot, out, today=TODAY)
    assert "Er is nog geen begroting vastgelegd." in _finance(pdf_text(out))


def test_user_text_is_escaped_and_many_scenarios_fit(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    line = dataclasses.replace(
        demo_snapshot.budget_lines[-1], description="<b>Licenties & co</b>", id="x"
    )
    scenarios = list(demo_snapshot.scenarios)
    for index in range(3):
        scenarios.append(
            dataclasses.replace(
                scenarios[0], name=f"Variant <{index}>", is_proposal=False, id=f"v{index}"
            )
        )
    snapshot = dataclasses.replace(
        demo_snapshot,
        budget_lines=(*demo_snapshot.budget_lines, line),
        scenarios=tuple(scenarios),
    )
    out = tmp_path / "veel.pdf"
    write_memo(snapshot, out, today=TODAY)
    text = _finance(pdf_text(out))
    assert "Variant <2>" in text
    assert format_money(snapshot.budget_overview().totals.total) in text


def test_a_memo_without_scenarios_or_funding_still_shows_the_budget(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    snapshot = dataclasses.replace(demo_snapshot, scenarios=(), funding_sources=())
    out = tmp_path / "kaal.pdf"
    write_memo(snapshot, out, today=TODAY)
    text = _finance(pdf_text(out))
    assert "Begroting per fase en kostensoort" in text
    assert "Er is nog geen dekking vastgelegd." in text
    assert "Verdeling per gemeente" not in text


def test_key_text_names_the_method_only_when_the_name_does_not() -> None:
    assert key_text(CostKey("Naar inwoners", "inhabitants")) == "“Naar inwoners”"
    assert key_text(CostKey("Afspraak", "custom")) == "“Afspraak” (vaste percentages)"
    assert key_text(CostKey("A & B", "equal")) == "“A &amp; B” (gelijke delen)"


def test_scenario_objects_are_unchanged(demo_snapshot: ProjectSnapshot) -> None:
    assert all(isinstance(s, Scenario) for s in demo_snapshot.scenarios)
    assert all(isinstance(line, BudgetLine) for line in demo_snapshot.budget_lines)
