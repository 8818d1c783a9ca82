"""The memo's *Financiën* section: budget, hours asked, the split, scenarios and funding.

Every figure comes from ``BudgetOverview`` (the same numbers as the app and the workbook),
formatted by ``domain.formatting``. Charts are reportlab drawings with DejaVu labels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from dgw_desktop.domain.budget_overview import BudgetOverview, ScenarioSplit
from dgw_desktop.domain.cost_split import FUNDING_KIND_NAMES, KEY_METHOD_NAMES, CostKey
from dgw_desktop.domain.formatting import format_decimal, format_integer
from dgw_desktop.exports.memo_charts import (
    comparison_chart,
    fit_header,
    format_money,
    format_money_decimal,
    split_chart,
)
from dgw_desktop.exports.memo_layout import (
    CONTENT_WIDTH,
    Styles,
    data_table_style,
    markup,
)

Flowable = Any
_SCENARIOS_PER_TABLE = 3


def _hours(value: Decimal) -> str:
    """``Decimal("12.50")`` → ``12,5``; ``Decimal("16.00")`` → ``16``."""
    if value == value.to_integral_value():
        return format_integer(int(value))
    return format_decimal(value, 2).rstrip("0")


def key_text(key: CostKey) -> str:
    """``“Naar inwoners”``; ``“Afspraak” (vaste percentages)`` when the name does not say how."""
    method = KEY_METHOD_NAMES.get(key.method, key.method)
    text = f"“{markup(key.name)}”"
    return text if key.name.strip().casefold() == method.casefold() else f"{text} ({method})"


def _balance_words(cents: int) -> str:
    if cents < 0:
        return f"een tekort van {format_money(-cents)}"
    if cents > 0:
        return f"een overschot van {format_money(cents)}"
    return "geen tekort en geen overschot"


class FinanceSection:
    """Builds the flowables; ``heading(text)`` numbers and styles a section heading."""

    def __init__(
        self, overview: BudgetOverview, styles: Styles, heading: Callable[[str], Flowable]
    ) -> None:
        self.o = overview
        self.s = styles
        self.heading = heading

    def _p(self, text: str, style: Any = None) -> Flowable:
        return Paragraph(text, style or self.s.body)

    def _cell(self, text: str, *, right: bool = False, bold: bool = False) -> Flowable:
        s = self.s
        style = (
            (s.cell_bold_right if right else s.cell_bold)
            if bold
            else (s.cell_right if right else s.cell)
        )
        return Paragraph(text, style)

    def _header(self, text: str, *, right: bool = False) -> Flowable:
        return Paragraph(text, self.s.header_cell_right if right else self.s.header_cell)

    def _table(self, rows: list[list[Flowable]], widths: Sequence[float], *, total: bool) -> Table:
        rows[0] = [fit_header(cell, width) for cell, width in zip(rows[0], widths, strict=True)]
        return Table(
            rows,
            colWidths=list(widths),
            style=data_table_style(total_row=total),
            hAlign="LEFT",
            repeatRows=1,
        )

    # -- the whole section ---------------------------------------------------------------------
    def flowables(self) -> list[Flowable]:
        if not self.o.lines:
            return [self.heading("Financiën"), self._p("Er is nog geen begroting vastgelegd.")]
        flowables: list[Flowable] = [CondPageBreak(7 * cm), self.heading("Financiën")]
        flowables += self._intro()
        flowables += self._budget_table()
        flowables += self._hours_table()
        proposal = self.o.proposal
        if proposal is not None:
            flowables += self._proposal_split(proposal)
        if len(self.o.scenarios) > 1:
            flowables += self._comparison()
        flowables += self._funding(proposal)
        return flowables

    def _intro(self) -> list[Flowable]:
        totals = self.o.totals
        own = totals.total - totals.shared
        text = (
            f"De pilot kost naar verwachting <b>{format_money(totals.total)}</b>. Daarvan is "
            f"{format_money(totals.shared)} gezamenlijk: die kosten worden met een "
            "verdeelsleutel over de deelnemende gemeenten verdeeld."
        )
        if own:
            text += (
                f" {format_money(own)} draagt een gemeente zelf, vooral de inzet van eigen "
                "medewerkers."
            )
        return [self._p(text)]

    # -- budget ---------------------------------------------------------------------------------
    def _budget_table(self) -> list[Flowable]:
        o, totals = self.o, self.o.totals
        phases = [p for p in o.phases if totals.by_phase.get(p.id)] or list(o.phases)
        rows: list[list[Flowable]] = [
            [self._header("Kostensoort")]
            + [self._header(markup(p.name), right=True) for p in phases]
            + [self._header("Totaal", right=True)]
        ]
        for category in o.categories:
            if not totals.by_category.get(category.id):
                continue
            rows.append(
                [self._cell(markup(category.name.capitalize()))]
                + [
                    self._cell(
                        format_money(totals.by_phase_and_category.get((p.id, category.id), 0)),
                        right=True,
                    )
                    for p in phases
                ]
                + [self._cell(format_money(totals.by_category[category.id]), right=True)]
            )
        rows.append(
            [self._cell("Totaal", bold=True)]
            + [
                self._cell(format_money(totals.by_phase[p.id]), right=True, bold=True)
                for p in phases
            ]
            + [self._cell(format_money(totals.total), right=True, bold=True)]
        )
        first = 3.6 * cm
        rest = (CONTENT_WIDTH - first) / (len(phases) + 1)
        table = self._table(rows, [first] + [rest] * (len(phases) + 1), total=True)
        note = self._p(
            "Een regel met uren kost uren × uurtarief, per regel één keer op de cent afgerond "
            "(half naar boven); alle totalen zijn optellingen van die regels.",
            self.s.table_note,
        )
        return [
            KeepTogether(
                [Paragraph("Begroting per fase en kostensoort", self.s.heading2), table, note]
            )
        ]

    def _hours_table(self) -> list[Flowable]:
        o = self.o
        if not o.hours:
            return []
        phase_ids = [p.id for p in o.phases if any(h.phase_id == p.id for h in o.hours)]
        grouped: dict[tuple[str, str], dict[str, tuple[Decimal, Decimal]]] = {}
        for row in o.hours:
            cells = grouped.setdefault((row.municipality_id, row.role), {})
            cells[row.phase_id] = (row.hours_per_week, row.hours)
        rows: list[list[Flowable]] = [
            [self._header("Gemeente"), self._header("Rol")]
            + [
                self._header(f"{markup(o.phase_name(p))}<br/>uur/week", right=True)
                for p in phase_ids
            ]
            + [self._header("Uren totaal", right=True)]
        ]
        total = Decimal(0)
        for (municipality_id, role), cells in grouped.items():
            hours = sum((cell[1] for cell in cells.values()), Decimal(0))
            total += hours
            rows.append(
                [
                    self._cell(markup(o.municipality_name(municipality_id))),
                    self._cell(markup(role) or "—"),
                ]
                + [
                    self._cell(_hours(cells[p][0]) if p in cells else "—", right=True)
                    for p in phase_ids
                ]
                + [self._cell(_hours(hours), right=True)]
            )
        rows.append(
            [self._cell("Totaal", bold=True), self._cell("")]
            + [self._cell("") for _ in phase_ids]
            + [self._cell(_hours(total), right=True, bold=True)]
        )
        fixed = 2.8 * cm + 3.6 * cm + 2.2 * cm
        rest = (CONTENT_WIDTH - fixed) / len(phase_ids)
        widths = [2.8 * cm, 3.6 * cm, *([rest] * len(phase_ids)), 2.2 * cm]
        return [
            CondPageBreak(5 * cm),
            Paragraph("Gevraagde inzet van eigen medewerkers", self.s.heading2),
            self._p(
                "De pilot vraagt tijd van medewerkers van de gemeenten zelf. Per gemeente en "
                "rol de uren per week in elke fase, en de uren in totaal:",
            ),
            self._table(rows, widths, total=True),
            Spacer(1, 0.2 * cm),
        ]

    # -- the split --------------------------------------------------------------------------------
    def _key_sentence(self, split: ScenarioSplit) -> str:
        text = f"verdeeld met de sleutel {key_text(split.key)}"
        for pool in split.pools[1:]:
            names = ", ".join(markup(self.o.category_name(c)) for c in pool.category_ids)
            text += f"; {names} met {key_text(pool.key)}"
        return text

    def _proposal_split(self, split: ScenarioSplit) -> list[Flowable]:
        s = self.s
        rows: list[list[Flowable]] = [
            [
                self._header("Gemeente"),
                self._header("Inwoners", right=True),
                self._header("Aandeel gezamenlijke kosten", right=True),
                self._header("Eigen kosten", right=True),
                self._header("Totaal", right=True),
                self._header("Per inwoner", right=True),
            ]
        ]
        for member in split.members:
            rows.append(
                [
                    self._cell(markup(member.municipality.name)),
                    self._cell(format_integer(member.municipality.inhabitants), right=True),
                    self._cell(format_money(member.shared_cents), right=True),
                    self._cell(format_money(member.own_cents), right=True),
                    self._cell(format_money(member.total_cents), right=True),
                    self._cell(format_money_decimal(member.per_inhabitant), right=True),
                ]
            )
        rows.append(
            [
                self._cell("Totaal", bold=True),
                self._cell(format_integer(split.inhabitants), right=True, bold=True),
                self._cell(format_money(split.shared_cents), right=True, bold=True),
                self._cell(format_money(split.own_cents), right=True, bold=True),
                self._cell(format_money(split.total_cents), right=True, bold=True),
                self._cell(format_money_decimal(split.per_inhabitant), right=True, bold=True),
            ]
        )
        widths = [3.4 * cm, 2.0 * cm, 3.1 * cm, 2.7 * cm, 2.8 * cm]
        widths.append(CONTENT_WIDTH - sum(widths))
        intro = (
            f"Voorstel: scenario <b>{markup(split.scenario.name)}</b> met "
            f"{len(split.members)} gemeenten. De gezamenlijke kosten worden "
            f"{self._key_sentence(split)}. Eigen kosten draagt een gemeente zelf."
        )
        note = (
            "De aandelen tellen precies op tot het totaal: iedere gemeente krijgt de hele "
            "centen van haar exacte aandeel, de resterende centen gaan naar de grootste resten."
        )
        if split.left_out_cents:
            note += (
                f" Kosten van gemeenten buiten dit scenario ({format_money(split.left_out_cents)})"
                " tellen niet mee."
            )
        return [
            CondPageBreak(9 * cm),
            Paragraph("Verdeling per gemeente", s.heading2),
            self._p(intro),
            self._table(rows, widths, total=True),
            self._p(note, s.table_note),
            split_chart(split),
        ]

    def _comparison(self) -> list[Flowable]:
        o = self.o
        flowables: list[Flowable] = [
            CondPageBreak(9 * cm),
            Paragraph("Vergelijking van de scenario's", self.s.heading2),
            self._p(self._comparison_text()),
        ]
        rows_all = o.comparison
        for start in range(0, len(o.scenarios), _SCENARIOS_PER_TABLE):
            scenarios = o.scenarios[start : start + _SCENARIOS_PER_TABLE]
            header: list[Flowable] = [self._header("Gemeente")]
            for split in scenarios:
                name = markup(split.scenario.name)
                header += [
                    self._header(f"{name}: kosten", right=True),
                    self._header("per inwoner", right=True),
                ]
            rows: list[list[Flowable]] = [header]
            for item in rows_all:
                row: list[Flowable] = [self._cell(markup(item.municipality.name))]
                for cell in item.cells[start : start + _SCENARIOS_PER_TABLE]:
                    if cell is None:
                        row += [self._cell("—", right=True), self._cell("—", right=True)]
                    else:
                        row += [
                            self._cell(format_money(cell.total_cents), right=True),
                            self._cell(format_money_decimal(cell.per_inhabitant), right=True),
                        ]
                rows.append(row)
            total_row: list[Flowable] = [self._cell("Totaal", bold=True)]
            for split in scenarios:
                total_row += [
                    self._cell(format_money(split.total_cents), right=True, bold=True),
                    self._cell(format_money_decimal(split.per_inhabitant), right=True, bold=True),
                ]
            rows.append(total_row)
            first = 3.6 * cm
            rest = (CONTENT_WIDTH - first) / (2 * len(scenarios))
            flowables.append(self._table(rows, [first] + [rest] * (2 * len(scenarios)), total=True))
            flowables.append(Spacer(1, 0.3 * cm))
        flowables.append(comparison_chart(o))
        return flowables

    def _comparison_text(self) -> str:
        o = self.o
        parts = []
        for split in o.scenarios:
            parts.append(
                f"“{markup(split.scenario.name)}” ({len(split.members)} gemeenten): "
                f"{format_money_decimal(split.per_inhabitant)} per inwoner"
            )
        return (
            "Hoe meer gemeenten meedoen, hoe lager de gezamenlijke kosten per gemeente. "
            "Kosten per inwoner over alle deelnemers: " + "; ".join(parts) + "."
        )

    # -- funding ------------------------------------------------------------------------------
    def _funding(self, proposal: ScenarioSplit | None) -> list[Flowable]:
        o, s = self.o, self.s
        flowables: list[Flowable] = [CondPageBreak(7 * cm), Paragraph("Dekking", s.heading2)]
        if not o.funding:
            flowables.append(self._p("Er is nog geen dekking vastgelegd."))
            return flowables
        sources = proposal.funding_sources if proposal is not None else tuple(o.funding)
        rows: list[list[Flowable]] = [
            [
                self._header("Bron"),
                self._header("Soort"),
                self._header("Gemeente"),
                self._header("Bedrag", right=True),
            ]
        ]
        for source in sources:
            rows.append(
                [
                    self._cell(markup(source.name)),
                    self._cell(FUNDING_KIND_NAMES.get(source.kind, source.kind)),
                    self._cell(markup(o.municipality_name(source.municipality_id)) or "—"),
                    self._cell(format_money(source.amount_cents), right=True),
                ]
            )
        amount = sum(source.amount_cents for source in sources)
        rows.append(
            [
                self._cell("Totaal", bold=True),
                self._cell(""),
                self._cell(""),
                self._cell(format_money(amount), right=True, bold=True),
            ]
        )
        widths = [6.1 * cm, 4.1 * cm, 3.2 * cm]
        widths.append(CONTENT_WIDTH - sum(widths))
        if proposal is not None:
            flowables.append(
                self._p(
                    f"Voor het voorgestelde scenario “{markup(proposal.scenario.name)}” "
                    "is de volgende dekking beschikbaar:"
                )
            )
        flowables.append(self._table(rows, widths, total=True))
        if proposal is not None:
            flowables += self._balances(proposal)
        others = [split for split in o.scenarios if split is not proposal]
        if others:
            lines = "; ".join(
                f"in “{markup(split.scenario.name)}” {_balance_words(split.balance_cents)}"
                for split in others
            )
            flowables.append(self._p(f"Ter vergelijking: {lines}."))
        return flowables

    def _balances(self, split: ScenarioSplit) -> list[Flowable]:
        rows: list[list[Flowable]] = [
            [
                self._header("Gemeente"),
                self._header("Kosten", right=True),
                self._header("Eigen dekking", right=True),
                self._header("Deel algemene dekking", right=True),
                self._header("Saldo", right=True),
            ]
        ]
        for member in split.members:
            rows.append(
                [
                    self._cell(markup(member.municipality.name)),
                    self._cell(format_money(member.total_cents), right=True),
                    self._cell(format_money(member.own_funding_cents), right=True),
                    self._cell(format_money(member.general_funding_cents), right=True),
                    self._cell(format_money(member.balance_cents), right=True),
                ]
            )
        rows.append(
            [
                self._cell("Totaal", bold=True),
                self._cell(format_money(split.total_cents), right=True, bold=True),
                self._cell(
                    format_money(sum(m.own_funding_cents for m in split.members)),
                    right=True,
                    bold=True,
                ),
                self._cell(format_money(split.general_funding_cents), right=True, bold=True),
                self._cell(format_money(split.balance_cents), right=True, bold=True),
            ]
        )
        widths = [3.6 * cm, 3.2 * cm, 3.2 * cm, 3.4 * cm]
        widths.append(CONTENT_WIDTH - sum(widths))
        verdict = (
            f"Kosten {format_money(split.total_cents)}, dekking "
            f"{format_money(split.funding_cents)}: <b>{_balance_words(split.balance_cents)}</b>."
        )
        return [
            Spacer(1, 0.3 * cm),
            KeepTogether(
                [
                    self._p(verdict),
                    self._table(rows, widths, total=True),
                    self._p(
                        "Algemene dekking (subsidies, fondsen) is met de verdeelsleutel van het "
                        "scenario over de gemeenten verdeeld. Saldo: dekking min kosten; "
                        "negatief is een tekort.",
                        self.s.table_note,
                    ),
                ]
            ),
        ]
