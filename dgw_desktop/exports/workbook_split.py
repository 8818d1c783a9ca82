"""A "Verdeling" sheet per scenario and the "Vergelijking" sheet, with live formulas.

The split is computed in the sheet itself, in formulas that give the same cents as the app
(``domain.cost_split``): per pool, each municipality gets the whole cents of
total × weight / sum of weights (``INT``); the cents left over go one each to the largest
remainders (``RANK`` by ``COUNTIF``), equal remainders to the municipality higher in the list
(sorted by name, as in the app). All of it is whole-number arithmetic (cents × weight stays
far below 2^53), so Excel's floating point gives exactly the app's cents, and a check row
(shares minus total) shows 0.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.styles import Alignment

from dgw_desktop.domain.budget_overview import (
    BudgetOverview,
    PoolSplit,
    ScenarioSplit,
    compare_scenarios,
)
from dgw_desktop.domain.cost_split import KEY_METHOD_NAMES, CostKey
from dgw_desktop.domain.entities import Municipality
from dgw_desktop.domain.formatting import EXCEL_INTEGER_FORMAT, EXCEL_MONEY_FORMAT
from dgw_desktop.exports.workbook_budget import (
    ALL_SCENARIOS,
    HEADER_FILL,
    TITLE_FONT,
    TOTAL_FILL,
    BudgetRefs,
    Formula,
    criterion,
    header_row,
    put,
    sheet_ref,
)

EXPLANATION = (
    "Dit blad rekent de verdeling zelf uit, met formules, op dezelfde manier als DGW Desktop. "
    "Per pot krijgt iedere gemeente eerst de hele centen van haar exacte aandeel (te verdelen "
    "× gewicht ÷ som van de gewichten, naar beneden afgerond). De centen die dan nog over "
    "zijn (minder dan het aantal gemeenten) gaan één voor één naar de gemeenten met de "
    "grootste rest; bij een gelijke rest gaat de gemeente die hoger in de lijst staat voor "
    "(de lijst staat op naam). Zo tellen de aandelen altijd precies op tot het totaal, tot op "
    "de cent; de controleregel toont 0. Gewicht: 1 bij gelijke delen, het aantal inwoners "
    "bij een verdeling naar inwoners, het percentage in honderdsten bij vaste percentages."
)
_SPLIT_HEADERS = (
    "Nr.",
    "Gemeente",
    "Inwoners",
    "Gewicht",
    "Centen × gewicht",
    "Hele centen",
    "Rest",
    "Rang",
    "Extra cent",
    "Aandeel (centen)",
    "Aandeel",
)
_SPLIT_WIDTHS = (6, 20, 11, 10, 17, 13, 12, 7, 10, 15, 14)
_SUMMARY_HEADERS = (
    "Gemeente",
    "Inwoners",
    "Aandeel gedeelde kosten",
    "Kosten van de gemeente zelf",
    "Totaal kosten",
    "Per inwoner",
    "Eigen dekking",
    "Deel algemene dekking",
    "Dekking",
    "Saldo",
)
_INVALID_TITLE = re.compile(r"[\\/?*\[\]:]")


def sheet_title(name: str, taken: set[str]) -> str:
    """``Verdeling <name>`` (``Verd. <name>`` when that is too long for Excel's 31
    characters, shortened further with "…" if need be), unique (case-insensitive)."""
    name = _INVALID_TITLE.sub("-", name).strip().strip("'")
    base = f"Verdeling {name}"
    if len(base) > 31:
        base = f"Verd. {name}"
    if len(base) > 31:
        base = base[:30].rstrip() + "…"
    title, number = base, 2
    while title.casefold() in taken:
        suffix = f" ({number})"
        title = base[: 31 - len(suffix)].rstrip() + suffix
        number += 1
    taken.add(title.casefold())
    return title


def _key_text(key: CostKey) -> str:
    method = KEY_METHOD_NAMES.get(key.method, key.method)
    return (
        key.name if key.name.strip().casefold() == method.casefold() else f"{key.name} ({method})"
    )


@dataclass(frozen=True)
class SummaryCells:
    """Where a scenario's results are on its sheet, for the comparison sheet."""

    title: str
    member_rows: dict[str, int]  # municipality id → row of the summary table
    total_row: int


def _split_block(
    sheet: Any,
    top: int,
    title: str,
    pool_formula: str,
    members: Sequence[Municipality],
    weights: Sequence[tuple[str, int]],
    by_inhabitants: bool,
) -> tuple[int, dict[str, str]]:
    """Write one pool split; returns the next free row and municipality id → € share cell."""
    first, last = top + 4, top + 3 + len(members)
    put(sheet, top, 1, title, bold=True)
    put(sheet, top + 1, 2, "Te verdelen", bold=True)
    put(sheet, top + 1, 3, Formula(pool_formula), EXCEL_MONEY_FORMAT, bold=True)
    put(sheet, top + 1, 5, "in centen")
    put(sheet, top + 1, 6, Formula(f"=ROUND(C{top + 1}*100,0)"), EXCEL_INTEGER_FORMAT)
    put(sheet, top + 2, 2, "Som van de gewichten")
    put(sheet, top + 2, 3, Formula(f"=SUM(D{first}:D{last})"), EXCEL_INTEGER_FORMAT)
    put(sheet, top + 2, 5, "centen over")
    put(sheet, top + 2, 6, Formula(f"=F{top + 1}-SUM(F{first}:F{last})"), EXCEL_INTEGER_FORMAT)
    header_row(sheet, top + 3, _SPLIT_HEADERS, _SPLIT_WIDTHS)
    cents, weight_sum, left = f"$F${top + 1}", f"$C${top + 2}", f"$F${top + 2}"
    remainders, positions = f"$G${first}:$G${last}", f"$A${first}:$A${last}"
    shares: dict[str, str] = {}
    for index, (municipality, (_, weight)) in enumerate(zip(members, weights, strict=True)):
        row = first + index
        rank = (
            f'=1+COUNTIF({remainders},">"&G{row})'
            f'+COUNTIFS({remainders},G{row},{positions},"<"&A{row})'
        )
        cells: list[tuple[object, str | None]] = [
            (index + 1, None),
            (municipality.name, None),
            (municipality.inhabitants, EXCEL_INTEGER_FORMAT),
            (Formula(f"=C{row}") if by_inhabitants else weight, EXCEL_INTEGER_FORMAT),
            (Formula(f"={cents}*D{row}"), EXCEL_INTEGER_FORMAT),
            (Formula(f"=INT(E{row}/{weight_sum})"), EXCEL_INTEGER_FORMAT),
            (Formula(f"=E{row}-F{row}*{weight_sum}"), EXCEL_INTEGER_FORMAT),
            (Formula(rank), None),
            (Formula(f"=IF(H{row}<={left},1,0)"), None),
            (Formula(f"=F{row}+I{row}"), EXCEL_INTEGER_FORMAT),
            (Formula(f"=J{row}/100"), EXCEL_MONEY_FORMAT),
        ]
        for column, (value, number_format) in enumerate(cells, start=1):
            put(sheet, row, column, value, number_format)
        shares[municipality.id] = f"K{row}"
    total = last + 1
    put(sheet, total, 2, "Totaal", bold=True, fill=TOTAL_FILL)
    for column, letter, number_format in (
        (3, "C", EXCEL_INTEGER_FORMAT),
        (4, "D", EXCEL_INTEGER_FORMAT),
        (6, "F", EXCEL_INTEGER_FORMAT),
        (9, "I", EXCEL_INTEGER_FORMAT),
        (10, "J", EXCEL_INTEGER_FORMAT),
        (11, "K", EXCEL_MONEY_FORMAT),
    ):
        formula = Formula(f"=SUM({letter}{first}:{letter}{last})")
        put(sheet, total, column, formula, number_format, bold=True, fill=TOTAL_FILL)
    put(sheet, total + 1, 2, "Controle: aandelen min te verdelen (moet 0 zijn)")
    put(sheet, total + 1, 10, Formula(f"=J{total}-F{top + 1}"), EXCEL_INTEGER_FORMAT)
    return total + 3, shares


def _pool_formula(
    pool: PoolSplit, overridden: Sequence[str], names: dict[str, str], refs: BudgetRefs
) -> str:
    amounts, shared, categories = refs.column("M"), refs.column("N"), refs.column("C")

    def category_sum(category_id: str) -> str:
        return f'SUMIFS({amounts},{shared},"ja",{categories},{criterion(names[category_id])})'

    if pool.category_ids:
        return "=" + "+".join(category_sum(c) for c in pool.category_ids)
    return f'=SUMIF({shared},"ja",{amounts})' + "".join("-" + category_sum(c) for c in overridden)


def _funding_formula(refs: BudgetRefs, municipality: str, scenario: str) -> str:
    """Sources of a municipality ("" for general funding) counting in the scenario."""
    amounts, owners, scenarios = refs.funding("E"), refs.funding("C"), refs.funding("D")
    terms = [criterion(scenario)]
    if scenario.casefold() != ALL_SCENARIOS:
        terms.append(criterion(ALL_SCENARIOS))
    return "+".join(
        f"SUMIFS({amounts},{owners},{criterion(municipality)},{scenarios},{term})" for term in terms
    )


def _scenario_sheet(
    workbook: Any, overview: BudgetOverview, split: ScenarioSplit, refs: BudgetRefs, title: str
) -> SummaryCells:
    sheet = workbook.create_sheet(title)
    scenario = split.scenario
    members = [member.municipality for member in split.members]
    put(sheet, 1, 1, f"Verdeling {scenario.name}").font = TITLE_FONT
    note = put(sheet, 2, 1, EXPLANATION)
    note.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A2:K2")
    sheet.row_dimensions[2].height = 92
    status = "het voorstel" if scenario.is_proposal else "een alternatief"
    put(sheet, 3, 1, f"Sleutel: {_key_text(split.key)}. Dit scenario is {status}; "
        f"{len(members)} gemeenten.")  # fmt: skip
    sheet.freeze_panes = "A4"
    names = {category.id: category.name for category in overview.categories}
    overridden = [c for pool in split.pools[1:] for c in pool.category_ids]
    row = 5
    share_cells: list[dict[str, str]] = []
    for pool in split.pools:
        label = "Gedeelde kosten"
        if pool.category_ids:
            label += " voor " + ", ".join(names[c] for c in pool.category_ids)
        elif overridden:
            label += " (overige categorieën)"
        row, cells = _split_block(
            sheet,
            row,
            f"{label} – sleutel: {_key_text(pool.key)}",
            _pool_formula(pool, overridden, names, refs),
            members,
            pool.weights,
            pool.key.method == "inhabitants" and not pool.fallback,
        )
        share_cells.append(cells)
    weights = split.pools[0].weights if split.pools else ()
    row, general = _split_block(
        sheet,
        row,
        f"Algemene dekking (subsidies, fondsen) – sleutel: {_key_text(split.key)}",
        "=" + _funding_formula(refs, "", scenario.name),
        members,
        weights,
        split.key.method == "inhabitants" and not (split.pools and split.pools[0].fallback),
    )
    return _summary(sheet, row, title, split, refs, share_cells, general)


def _summary(
    sheet: Any,
    top: int,
    title: str,
    split: ScenarioSplit,
    refs: BudgetRefs,
    share_cells: Sequence[dict[str, str]],
    general: dict[str, str],
) -> SummaryCells:
    put(sheet, top, 1, f"Kosten en dekking per gemeente – {split.scenario.name}", bold=True)
    header_row(sheet, top + 1, _SUMMARY_HEADERS, [0] * len(_SUMMARY_HEADERS))
    first = top + 2
    rows: dict[str, int] = {}
    for index, member in enumerate(split.members):
        row = first + index
        name = member.municipality.name
        shared = "+".join(cells[member.municipality.id] for cells in share_cells) or "0"
        own = f"SUMIF({refs.column('O')},{criterion(name)},{refs.column('M')})"
        values: list[tuple[object, str]] = [
            (name, ""),
            (member.municipality.inhabitants, EXCEL_INTEGER_FORMAT),
            (Formula(f"={shared}"), EXCEL_MONEY_FORMAT),
            (Formula(f"={own}"), EXCEL_MONEY_FORMAT),
            (Formula(f"=C{row}+D{row}"), EXCEL_MONEY_FORMAT),
            (Formula(f"=ROUND(E{row}/B{row},2)"), EXCEL_MONEY_FORMAT),
            (Formula("=" + _funding_formula(refs, name, split.scenario.name)), EXCEL_MONEY_FORMAT),
            (Formula(f"={general[member.municipality.id]}"), EXCEL_MONEY_FORMAT),
            (Formula(f"=G{row}+H{row}"), EXCEL_MONEY_FORMAT),
            (Formula(f"=I{row}-E{row}"), EXCEL_MONEY_FORMAT),
        ]
        for column, (value, number_format) in enumerate(values):
            put(sheet, row, column + 1, value, number_format or None)
        rows[member.municipality.id] = row
    last = first + len(split.members) - 1
    total = last + 1
    put(sheet, total, 1, "Totaal", bold=True, fill=HEADER_FILL)
    for letter in "BCDEGHIJ":
        number_format = EXCEL_INTEGER_FORMAT if letter == "B" else EXCEL_MONEY_FORMAT
        formula = Formula(f"=SUM({letter}{first}:{letter}{last})")
        put(sheet, total, ord(letter) - 64, formula, number_format, bold=True, fill=HEADER_FILL)
    formula = Formula(f"=ROUND(E{total}/B{total},2)")
    put(sheet, total, 6, formula, EXCEL_MONEY_FORMAT, bold=True, fill=HEADER_FILL)
    put(
        sheet,
        total + 1,
        1,
        "Saldo van het scenario: negatief is een tekort, positief een overschot.",
    )
    if split.left_out_cents:
        put(sheet, total + 2, 1, "Niet in dit scenario: kosten van gemeenten die niet deelnemen")
        formula = Formula(f'=SUMIF({refs.column("N")},"nee",{refs.column("M")})-D{total}')
        put(sheet, total + 2, 5, formula, EXCEL_MONEY_FORMAT)
    for letter, width in zip("ABCDEFGHIJ", (24, 11, 17, 17, 15, 12, 15, 15, 15, 15), strict=True):
        current = sheet.column_dimensions[letter].width or 0
        sheet.column_dimensions[letter].width = max(current, width)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    return SummaryCells(title, rows, total)


def _comparison_sheet(
    workbook: Any, overview: BudgetOverview, summaries: Sequence[SummaryCells]
) -> None:
    sheet = workbook.create_sheet("Vergelijking", index=workbook.sheetnames.index("Dekking") + 1)
    headers = ["Gemeente", "Inwoners"]
    for split in overview.scenarios:
        headers += [f"{split.scenario.name}: kosten", f"{split.scenario.name}: per inwoner"]
    header_row(sheet, 1, headers, [22, 11] + [17, 13] * len(overview.scenarios))
    rows = compare_scenarios(overview.scenarios)
    for row, item in enumerate(rows, start=2):
        put(sheet, row, 1, item.municipality.name)
        put(sheet, row, 2, item.municipality.inhabitants, EXCEL_INTEGER_FORMAT)
        for index, summary in enumerate(summaries):
            column = 3 + 2 * index
            at = summary.member_rows.get(item.municipality.id)
            if at is None:
                put(sheet, row, column, "—")
                put(sheet, row, column + 1, "—")
                continue
            cost = Formula("=" + sheet_ref(summary.title, f"$E${at}"))
            put(sheet, row, column, cost, EXCEL_MONEY_FORMAT)
            per_inhabitant = Formula("=" + sheet_ref(summary.title, f"$F${at}"))
            put(sheet, row, column + 1, per_inhabitant, EXCEL_MONEY_FORMAT)
    last = len(rows) + 1
    for offset, (label, letter) in enumerate(
        (("Totaal kosten", "E"), ("Dekking", "I"), ("Saldo (negatief: tekort)", "J"))
    ):
        row = last + 2 + offset
        put(sheet, row, 1, label, bold=True, fill=HEADER_FILL)
        for index, summary in enumerate(summaries):
            formula = Formula("=" + sheet_ref(summary.title, f"${letter}${summary.total_row}"))
            put(sheet, row, 3 + 2 * index, formula, EXCEL_MONEY_FORMAT, bold=True, fill=HEADER_FILL)
    proposal_row = last + 5
    put(sheet, proposal_row, 1, "Voorstel", bold=True)
    for index, split in enumerate(overview.scenarios):
        put(sheet, proposal_row, 3 + 2 * index, "ja" if split.scenario.is_proposal else "nee")
    from dgw_desktop.exports.workbook_budget import finish_table

    finish_table(sheet, len(headers), last)


def write_split_sheets(workbook: Any, overview: BudgetOverview, refs: BudgetRefs) -> None:
    taken = {name.casefold() for name in workbook.sheetnames} | {"vergelijking"}
    summaries = [
        _scenario_sheet(workbook, overview, split, refs, sheet_title(split.scenario.name, taken))
        for split in overview.scenarios
    ]
    _comparison_sheet(workbook, overview, summaries)
