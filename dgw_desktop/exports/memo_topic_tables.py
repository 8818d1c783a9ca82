"""Tables of the memo's Onderwerpen section: a topic's wheel, KPIs and risks; the decisions."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Table

from dgw_desktop.domain.formatting import format_date, format_integer
from dgw_desktop.domain.topic_details import KPI_MOMENT_DUTCH, Kpi, Risk, format_kpi_value
from dgw_desktop.domain.topics import TOPIC_STATUS_DUTCH
from dgw_desktop.domain.wheel import SEGMENT_DUTCH, Availability, WheelReadiness
from dgw_desktop.exports.memo_layout import CONTENT_WIDTH, Styles, data_table_style, markup
from dgw_desktop.store.comparison import TopicComparison
from dgw_desktop.store.snapshot import ProjectSnapshot

Flowable = Any

_NUMBER_WORDS = (
    "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "elf", "twaalf",
)  # fmt: skip


def number_words(count: int) -> str:
    """Small numbers in words, as Dutch prose writes them (as in the rest of the memo)."""
    return _NUMBER_WORDS[count] if 0 <= count < len(_NUMBER_WORDS) else format_integer(count)


def join_names(names: Sequence[str]) -> str:
    """``["A", "B", "C"]`` → ``"A, B en C"``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def quoted(text: str) -> str:
    return f"“{text}”"


def wheel_table(snapshot: ProjectSnapshot, styles: Styles, comparison: TopicComparison) -> Flowable:
    """The wheel's three segments with their readiness and what is behind it."""
    s = styles
    topic_id = comparison.topic.id
    sources = [d for d in snapshot.data_sources if d.topic_id == topic_id]
    roles = [r for r in snapshot.wheel_roles if r.topic_id == topic_id]
    actions = [a for a in snapshot.wheel_actions if a.topic_id == topic_id]
    counts = {a: sum(1 for d in sources if d.availability is a) for a in Availability}
    data = (
        f"{counts[Availability.AVAILABLE]} van {len(sources)} bronnen beschikbaar, "
        f"{counts[Availability.PARTIAL]} deels, {counts[Availability.UNAVAILABLE]} niet"
    )
    open_roles = [r.role for r in roles if not r.filled]
    hours = sum((r.hours_per_week for r in roles), Decimal(0))
    people = (
        f"{len(roles) - len(open_roles)} van {len(roles)} rollen ingevuld, samen "
        f"{format_kpi_value(hours)} uur per week"
    ) + (f"; nog open: {join_names(open_roles)}" if open_roles else "")
    open_actions = [
        a.action + (f" ({format_date(a.due_on)})" if a.due_on else "")
        for a in actions
        if not a.done
    ]
    done = (f"{len(actions) - len(open_actions)} van {len(actions)} afgerond") + (
        f"; open: {'; '.join(open_actions)}" if open_actions else ""
    )
    readiness: WheelReadiness = comparison.wheel
    details = (data, people, done)
    rows = [
        [
            Paragraph("DGW-wiel", s.header_cell),
            Paragraph("Gereed", s.header_cell_right),
            Paragraph("Stand van zaken", s.header_cell),
        ]
    ]
    for segment, detail in zip(readiness.segments, details, strict=True):
        name = SEGMENT_DUTCH[segment.segment]
        rows.append(
            [
                Paragraph(name, s.cell),
                Paragraph(f"{segment.percent}%", s.cell_right),
                Paragraph(markup("nog niet ingevuld" if segment.empty else detail), s.cell),
            ]
        )
    rows.append(
        [
            Paragraph("Totaal", s.cell_bold),
            Paragraph(f"{readiness.percent}%", s.cell_bold_right),
            Paragraph("", s.cell),
        ]
    )
    return Table(
        rows,
        colWidths=[2.6 * cm, 1.6 * cm, CONTENT_WIDTH - 4.2 * cm],
        style=data_table_style(total_row=True),
        hAlign="LEFT",
        spaceBefore=4,
        spaceAfter=8,
    )


def kpi_table(styles: Styles, kpis: Sequence[Kpi]) -> Flowable:
    s = styles
    if not kpis:
        return Paragraph("Voor dit onderwerp zijn nog geen KPI’s vastgelegd.", s.body)
    header = ("KPI", "Eenheid", "Nulwaarde", "Doel", "Gemeten")
    rows = [[Paragraph(label, s.header_cell) for label in header]]
    for kpi in kpis:
        moments = join_names([KPI_MOMENT_DUTCH[m] for m in kpi.moments]) + " de pilot"
        values = (
            kpi.name,
            kpi.unit,
            format_kpi_value(kpi.baseline),
            format_kpi_value(kpi.target),
        )
        rows.append(
            [Paragraph(markup(v) or "—", s.cell) for v in values] + [Paragraph(moments, s.cell)]
        )
    widths = [5.6 * cm, 1.8 * cm, 2.6 * cm, 2.9 * cm]
    return Table(
        rows,
        colWidths=[*widths, CONTENT_WIDTH - sum(widths)],
        style=data_table_style(),
        hAlign="LEFT",
        repeatRows=1,
        spaceAfter=8,
    )


def risk_table(styles: Styles, risks: Sequence[Risk]) -> Flowable:
    s = styles
    if not risks:
        return Paragraph("Er zijn geen kanttekeningen vastgelegd.", s.body)
    header = [
        Paragraph("Kanttekening", s.header_cell),
        Paragraph("Kans", s.header_cell_right),
        Paragraph("Impact", s.header_cell_right),
        Paragraph("Beheersmaatregel", s.header_cell),
    ]
    rows = [header] + [
        [
            Paragraph(markup(risk.description), s.cell),
            Paragraph(str(risk.likelihood), s.cell_right),
            Paragraph(str(risk.impact), s.cell_right),
            Paragraph(markup(risk.mitigation) or "—", s.cell),
        ]
        for risk in risks
    ]
    return Table(
        rows,
        colWidths=[6.6 * cm, 1.3 * cm, 1.7 * cm, CONTENT_WIDTH - 9.6 * cm],
        style=data_table_style(),
        hAlign="LEFT",
        repeatRows=1,
        spaceAfter=4,
    )


def decision_history(
    snapshot: ProjectSnapshot, styles: Styles, heading: Flowable
) -> list[Flowable]:
    """Every decision in the order written, with its meeting, choice and corrections."""
    s = styles
    titles = {topic.id: topic.title for topic in snapshot.topics}
    decisions = snapshot.decisions
    if not decisions:
        return [heading, Paragraph("De stuurgroep heeft nog geen besluiten genomen.", s.body)]
    numbers = {d.id: n for n, d in enumerate(decisions, start=1)}
    replaced_by = {d.replaces_decision_id: d.id for d in decisions if d.replaces_decision_id}
    captions = []
    for meeting in snapshot.meetings:
        if any(d.meeting_id == meeting.id for d in decisions):
            line = f"{meeting.title or 'Stuurgroep'}, {format_date(meeting.held_on)}"
            line += f", {meeting.location}" if meeting.location else ""
            if meeting.members_present:
                line += f". Aanwezig: {join_names(list(meeting.members_present))}"
            captions.append(Paragraph(markup(line + "."), s.caption))
    rows = [
        [
            Paragraph("Nr.", s.header_cell),
            Paragraph("Datum", s.header_cell),
            Paragraph("Besluit", s.header_cell),
            Paragraph("Evaluatie", s.header_cell),
        ]
    ]
    for decision in decisions:
        cell = [Paragraph(markup(decision.text), s.cell)]
        if decision.chosen_topic_id in titles:
            chosen = titles[decision.chosen_topic_id]
            others = TOPIC_STATUS_DUTCH[decision.others_outcome]
            cell.append(
                Paragraph(
                    markup(f"Gekozen: {quoted(chosen)}; de andere voorstellen: {others}."),
                    s.note,
                )
            )
        if decision.rationale:
            cell.append(Paragraph(markup(f"Motivering: {decision.rationale}"), s.note))
        if decision.replaces_decision_id in numbers:
            cell.append(
                Paragraph(f"Vervangt besluit {numbers[decision.replaces_decision_id]}.", s.note)
            )
        if decision.id in replaced_by:
            cell.append(
                Paragraph(f"Vervangen door besluit {numbers[replaced_by[decision.id]]}.", s.note)
            )
        rows.append(
            [
                Paragraph(str(numbers[decision.id]), s.cell),
                Paragraph(format_date(decision.decided_on), s.cell),
                cell,
                Paragraph(format_date(decision.review_on) or "—", s.cell),
            ]
        )
    table = Table(
        rows,
        colWidths=[1.0 * cm, 2.2 * cm, CONTENT_WIDTH - 5.4 * cm, 2.2 * cm],
        style=data_table_style(),
        hAlign="LEFT",
        repeatRows=1,
    )
    return [KeepTogether([heading, *captions, table])]
