"""The budget sheets of the workbook: layout, safety, and formulas that give the app's cents.

The formulas are evaluated by pycel (a Python evaluator of Excel formulas, floating point like
Excel). Two of pycel's shortcuts differ from Excel, and ``_excel_wildcards`` replaces them
for these tests: its wildcard matching ignores Excel's ``~`` escape (Excel's documented rule:
``*`` any text, ``?`` one character, ``~x`` the character x itself, case-insensitive), and it
reads a text cell starting with "=" as a formula.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from dgw_desktop.domain.budget import BudgetLine, CostCategory, Phase, Rate
from dgw_desktop.domain.budget_overview import BudgetOverview
from dgw_desktop.domain.cost_split import CostKey, FundingSource, KeyShare, Scenario
from dgw_desktop.domain.entities import Municipality, Project
from dgw_desktop.domain.formatting import EXCEL_MONEY_FORMAT
from dgw_desktop.exports.workbook import write_workbook
from dgw_desktop.exports.workbook_split import sheet_title
from dgw_desktop.store.new_project import create_demo_project
from dgw_desktop.store.snapshot import ProjectSnapshot, load_snapshot

pycel = pytest.importorskip("pycel")
excelutil = pytest.importorskip("pycel.excelutil")
excelwrapper = pytest.importorskip("pycel.excelwrapper")


def _excel_wildcard_matcher(pattern: str) -> Callable[[object], bool] | None:
    if not any(mark in pattern for mark in "*?~"):
        return None
    regex, escaped = "", False
    for character in pattern:
        if escaped:
            regex += re.escape(character)
            escaped = False
        elif character == "~":
            escaped = True
        elif character == "*":
            regex += ".*"
        elif character == "?":
            regex += "."
        else:
            regex += re.escape(character)
    compiled = re.compile(f"^{regex}$", re.IGNORECASE | re.DOTALL)
    return lambda value: isinstance(value, str) and compiled.match(value) is not None


@pytest.fixture(autouse=True)
def _excel_wildcards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(excelutil, "build_wildcard_re", _excel_wildcard_matcher)
    # pycel reads any text starting with "=" as a formula; Excel keeps a text cell text.
    original = excelwrapper._OpxRange.cell_to_formula.__func__

    def cell_to_formula(cls: type, cell: Any) -> str:
        return "" if getattr(cell, "data_type", None) == "s" else str(original(cls, cell))

    monkeypatch.setattr(excelwrapper._OpxRange, "cell_to_formula", classmethod(cell_to_formula))


@pytest.fixture(scope="module")
def demo_snapshot(tmp_path_factory: pytest.TempPathFactory) -> ProjectSnapshot:
    path = tmp_path_factory.mktemp("demo") / "demo.dgw"
    with create_demo_project(path) as project_file:
        return load_snapshot(project_file)


class Sheets:
    """The written workbook: its cells as openpyxl reads them, and pycel to evaluate them."""

    def __init__(self, path: Path) -> None:
        self.book = openpyxl.load_workbook(path)
        self.compiler = pycel.ExcelCompiler(filename=str(path))

    def value(self, sheet: str, cell: str) -> Any:
        return self.compiler.evaluate(f"'{sheet}'!{cell}")

    def text(self, sheet: str, cell: str) -> object:
        """A cell as written (pycel would read text like "=Oosterhout" as a formula)."""
        return self.book[sheet][cell].value

    def cents(self, sheet: str, cell: str) -> int:
        """A number with at most two decimals (after Excel's floating point), times 100."""
        value = self.value(sheet, cell)
        cents = round(float(value or 0) * 100)
        assert abs(float(value or 0) * 100 - cents) < 1e-6, (sheet, cell, value)
        return cents

    def rows_where(self, sheet: str, column: str, test: Callable[[object], bool]) -> Iterator[int]:
        worksheet = self.book[sheet]
        for row in range(1, worksheet.max_row + 1):
            if test(worksheet[f"{column}{row}"].value):
                yield row


def _write(snapshot: ProjectSnapshot, path: Path) -> Sheets:
    write_workbook(snapshot, path)
    return Sheets(path)


def assert_formulas_give_the_apps_figures(sheets: Sheets, overview: BudgetOverview) -> None:
    """Every amount the workbook computes equals the app's, to the cent."""
    for row, item in enumerate(overview.lines, start=2):
        assert sheets.cents("Begroting", f"M{row}") == item.amount_cents, item.line.description
    labels = {sheets.book["Begroting"][f"A{r}"].value: r for r in range(2, 400)}
    totals = overview.totals
    for phase in overview.phases:
        assert sheets.cents("Begroting", f"M{labels[phase.name]}") == totals.by_phase[phase.id]
    for category in overview.categories:
        cell = f"M{labels[category.name]}"
        assert sheets.cents("Begroting", cell) == totals.by_category[category.id]
    assert sheets.cents("Begroting", f"M{labels['Totaal']}") == totals.total
    assert sheets.cents("Begroting", f"M{labels['Totaal']}") == totals.total
    shared_label = "Gedeelde kosten (verdeeld met de sleutel)"
    assert sheets.cents("Begroting", f"M{labels[shared_label]}") == totals.shared
    for row, hours in enumerate(overview.hours, start=2):
        assert sheets.cents("Uren", f"E{row}") == hours.hours * 100  # in hundredths of an hour
        assert sheets.cents("Uren", f"D{row}") == hours.hours_per_week * 100
    titles = [name for name in sheets.book.sheetnames if name.startswith("Verd")]
    assert len(titles) == len(overview.scenarios)
    for title, split in zip(titles, overview.scenarios, strict=True):
        pools = list(sheets.rows_where(title, "B", lambda v: v == "Te verdelen"))
        expected = [p.total_cents for p in split.pools] + [split.general_funding_cents]
        assert [sheets.value(title, f"F{row}") for row in pools] == expected
        shares = [dict(p.shares) for p in split.pools]
        shares.append({m.municipality.id: m.general_funding_cents for m in split.members})
        for row, pool_shares in zip(pools, shares, strict=True):
            for index, member in enumerate(split.members):
                at = row + 3 + index
                assert sheets.text(title, f"B{at}") == member.municipality.name
                cents = sheets.cents(title, f"K{at}")
                assert cents == pool_shares[member.municipality.id], (title, at)
        for row in sheets.rows_where(title, "B", lambda v: str(v).startswith("Controle")):
            assert sheets.value(title, f"J{row}") == 0
        (header,) = sheets.rows_where(title, "A", lambda v: v == "Gemeente")
        for index, member in enumerate(split.members):
            at = header + 1 + index
            assert sheets.text(title, f"A{at}") == member.municipality.name
            assert sheets.cents(title, f"C{at}") == member.shared_cents
            assert sheets.cents(title, f"D{at}") == member.own_cents
            assert sheets.cents(title, f"E{at}") == member.total_cents
            assert sheets.cents(title, f"F{at}") == member.per_inhabitant * 100
            assert sheets.cents(title, f"G{at}") == member.own_funding_cents
            assert sheets.cents(title, f"I{at}") == member.funding_cents
            assert sheets.cents(title, f"J{at}") == member.balance_cents
        total = header + 1 + len(split.members)
        assert sheets.cents(title, f"E{total}") == split.total_cents
        assert sheets.cents(title, f"J{total}") == split.balance_cents
    for row, item in enumerate(overview.comparison, start=2):
        for index, cell in enumerate(item.cells):
            column = "CDEFGHIJKLMNOP"[2 * index]
            if cell is None:
                assert sheets.text("Vergelijking", f"{column}{row}") == "—"
            else:
                assert sheets.cents("Vergelijking", f"{column}{row}") == cell.total_cents


# -- the demo -------------------------------------------------------------------------------------
def test_the_demo_workbook_has_the_budget_sheets(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    sheets = _write(demo_snapshot, tmp_path / "demo.xlsx")
    assert sheets.book.sheetnames[3:] == [
        "Begroting",
        "Tarieven",
        "Uren",
        "Dekking",
        "Vergelijking",
        "Verdeling GHO",
        "Verd. GHO + ABG + Oosterhout",
    ]
    budget = sheets.book["Begroting"]
    assert budget.freeze_panes == "A2"
    assert budget.auto_filter.ref == f"A1:O{len(demo_snapshot.budget_lines) + 1}"
    assert all(cell.font.bold for cell in budget[1])
    first_hours = next(r for r in range(2, 40) if budget[f"D{r}"].value == "uren")
    assert budget[f"M{first_hours}"].value == f"=ROUND(I{first_hours}*K{first_hours},2)"
    assert budget[f"K{first_hours}"].value.startswith("=Tarieven!$C$")
    assert budget[f"M{first_hours}"].number_format == EXCEL_MONEY_FORMAT
    split = sheets.book["Verdeling GHO"]
    assert split.freeze_panes == "A4"
    assert "grootste rest" in split["A2"].value


def test_the_demo_workbooks_formulas_give_the_apps_cents(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    overview = demo_snapshot.budget_overview()
    sheets = _write(demo_snapshot, tmp_path / "demo.xlsx")
    assert_formulas_give_the_apps_figures(sheets, overview)
    assert sheets.cents("Begroting", "M2") == overview.lines[0].amount_cents
    proposal = overview.proposal
    assert proposal is not None
    assert proposal.balance_cents == -1_633_950


def test_changing_a_rate_in_the_sheet_changes_the_lines(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    sheets = _write(demo_snapshot, tmp_path / "demo.xlsx")
    overview = demo_snapshot.budget_overview()
    rate_row = next(
        r for r in range(2, 10) if sheets.book["Tarieven"][f"A{r}"].value == "projectleider extern"
    )
    total_row = next(sheets.rows_where("Begroting", "A", lambda v: v == "Totaal"))
    sheets.value("Begroting", f"M{total_row}")  # pycel learns the cells the total uses
    sheets.compiler.set_value(f"Tarieven!C{rate_row}", 136)  # € 135 → € 136
    hours = sum(
        item.line.hours
        for item in overview.lines
        if overview.rate(item.rate_id)
        and overview.rate(item.rate_id).name == "projectleider extern"  # type: ignore[union-attr]
    )
    assert sheets.cents("Begroting", f"M{total_row}") == overview.totals.total + int(hours * 100)


# -- random budgets -------------------------------------------------------------------------------
_NAMES = ["Goirle", "Hilvarenbeek", "O'sterwijk", "Baarle*Nassau", "Gilze ~ Rijen", "Alphen?Chaam",
          "=Oosterhout", 'De "Kempen"', "Tilburg+", "Loon op Zand"]  # fmt: skip


def _random_snapshot(seed: int) -> ProjectSnapshot:
    rng = random.Random(seed)
    picked = rng.sample(_NAMES, rng.randint(2, 7))
    municipalities = tuple(
        Municipality(name, f"GM{1000 + i}", rng.randint(500, 250_000), id=f"m{i}")
        for i, name in enumerate(picked)
    )
    ids = [m.id for m in municipalities]
    phases = tuple(
        Phase(n, i, id=f"p{i}") for i, n in enumerate(("1 Start", "2 Voor*", "3 Pilot?"))
    )
    categories = tuple(
        CostCategory(n, i, id=f"c{i}")
        for i, n in enumerate(("interne uren", "extern", "overig*", "~tooling", "=communicatie"))
    )
    rates = tuple(
        Rate(f"tarief {i}", rng.randint(1, 25_000), i % 2 == 0, id=f"r{i}") for i in range(4)
    )
    lines = []
    for index in range(rng.randint(0, 25)):
        bearer = rng.choice([None, None, None, *ids])
        common = {"description": f"regel {index}", "phase_id": rng.choice(phases).id,
                  "category_id": rng.choice(categories).id, "borne_by_id": bearer}  # fmt: skip
        if rng.random() < 0.4:
            lines.append(BudgetLine(kind="fixed", fixed_cents=rng.randint(0, 5_000_000), **common))  # type: ignore[arg-type]
            continue
        per_week = Decimal(rng.randint(0, 4000)) / 100 if rng.random() < 0.5 else None
        weeks = rng.randint(0, 52) if per_week is not None else None
        hours = (
            per_week * weeks
            if per_week is not None and weeks is not None
            else Decimal(rng.randint(0, 200_000)) / 100
        )
        lines.append(
            BudgetLine(
                kind="hours",
                hours=hours,
                rate_id=rng.choice([None, "r0", "r1", "r2", "r3"]),
                hours_per_week=per_week,
                weeks=weeks,
                role=rng.choice(["", "data*analist", "Coördinator"]),
                municipality_id=rng.choice([None, *ids]),
                **common,  # type: ignore[arg-type]
            )
        )
    chosen = rng.sample(ids, rng.randint(1, len(ids)))
    points = [rng.randint(0, 100) for _ in chosen]
    if not any(points):
        points[0] = 1
    basis = [p * 10_000 // sum(points) for p in points]
    basis[0] += 10_000 - sum(basis)
    shares = tuple(KeyShare(m, Decimal(b) / 100) for m, b in zip(chosen, basis, strict=True) if b)
    custom = CostKey("Eigen*", "custom", shares, id="k3")
    keys = (
        CostKey("Gelijk", "equal", id="k1"),
        CostKey("Inwoners", "inhabitants", id="k2"),
        custom,
    )
    scenarios = tuple(
        Scenario(
            f"Scenario {i} – ~*?",
            rng.choice(keys).id,
            tuple(rng.sample(ids, rng.randint(1, len(ids)))),
            tuple((c.id, rng.choice(keys).id) for c in rng.sample(categories, rng.randint(0, 2))),
            is_proposal=i == 0,
            id=f"s{i}",
        )
        for i in range(rng.randint(1, 3))
    )
    funding = tuple(
        FundingSource(
            f"bron {i}",
            rng.choice(["municipal", "provincial"]),
            rng.randint(0, 9_999_999),  # type: ignore[arg-type]
            rng.choice([None, *ids]),
            rng.choice([None, *[s.id for s in scenarios]]),
            id=f"f{i}",
        )
        for i in range(rng.randint(0, 6))
    )
    return ProjectSnapshot(
        project=Project("Willekeurig"),
        municipalities=municipalities,
        domains=(),
        workshops=(),
        challenges=(),
        phases=phases,
        cost_categories=categories,
        rates=rates,
        default_rate_id=rng.choice([None, "r0"]),
        budget_lines=tuple(lines),
        cost_keys=keys,
        scenarios=scenarios,
        funding_sources=funding,
    )


@pytest.mark.parametrize("seed", range(6))
def test_random_budgets_give_the_apps_cents(seed: int, tmp_path: Path) -> None:
    snapshot = _random_snapshot(seed)
    sheets = _write(snapshot, tmp_path / f"random-{seed}.xlsx")
    assert_formulas_give_the_apps_figures(sheets, snapshot.budget_overview())


# -- safety and names ------------------------------------------------------------------------------
def test_user_text_in_the_budget_stays_text(tmp_path: Path) -> None:
    snapshot = _random_snapshot(1)
    line = BudgetLine('=HYPERLINK("http://x")', "p0", "c4", "fixed", fixed_cents=100)
    snapshot = ProjectSnapshot(**{**snapshot.__dict__, "budget_lines": (line,)})
    out = tmp_path / "safe.xlsx"
    write_workbook(snapshot, out)
    cell = openpyxl.load_workbook(out)["Begroting"]["A2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")'
    assert openpyxl.load_workbook(out)["Begroting"]["C2"].value == "=communicatie"
    assert openpyxl.load_workbook(out)["Begroting"]["C2"].data_type == "s"


def test_long_names_still_fit_a_formula_and_sum_correctly(tmp_path: Path) -> None:
    snapshot = _random_snapshot(2)
    long_name = "Gemeente " + "*~" * 200
    (first, *others) = snapshot.municipalities
    municipalities = (dataclasses.replace(first, name=long_name), *others)
    lines = (
        tuple(dataclasses.replace(line, borne_by_id=first.id) for line in snapshot.budget_lines[:3])
        + snapshot.budget_lines[3:]
    )
    snapshot = dataclasses.replace(snapshot, municipalities=municipalities, budget_lines=lines)
    sheets = _write(snapshot, tmp_path / "lang.xlsx")
    for sheet in sheets.book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    literals = re.findall(r'"((?:[^"]|"")*)"', cell.value)
                    assert all(len(text.replace('""', '"')) <= 255 for text in literals)
    assert_formulas_give_the_apps_figures(sheets, snapshot.budget_overview())


def test_sheet_titles_fit_excel_and_stay_unique() -> None:
    taken: set[str] = {"begroting"}
    assert sheet_title("GHO", taken) == "Verdeling GHO"
    assert sheet_title("GHO + ABG + Oosterhout", taken) == "Verd. GHO + ABG + Oosterhout"
    long = sheet_title("Een heel lang scenario met veel gemeenten erin", taken)
    assert len(long) == 31 and long.endswith("…")
    assert sheet_title("gho", taken) == "Verdeling gho (2)"
    assert sheet_title("a/b:c*d?[e]", taken) == "Verdeling a-b-c-d--e-"


def test_a_project_without_budget_has_no_budget_sheets(tmp_path: Path) -> None:
    snapshot = ProjectSnapshot(Project("Oud"), (), (), (), ())
    out = tmp_path / "oud.xlsx"
    write_workbook(snapshot, out)
    assert openpyxl.load_workbook(out).sheetnames == ["Uitdagingen", "Gemeenten", "Workshops"]
