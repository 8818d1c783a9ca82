"""The memo's *Beslispunten* and *Onderwerpen* sections (always Dutch).

``decision_points`` says what the steering committee is asked to decide, from the topics and
the decision log: choose one of the proposed topics, or, once a topic is chosen, confirm it,
set its KPIs and agree to the open actions of its DGW wheel. The Onderwerpen section puts
the proposed topics (marked to propose, proposed or chosen) side by side with their wheel as
a chart, then gives each one's wheel, KPIs and risks, and ends with the decision history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Table

from dgw_desktop.domain.formatting import format_date, format_decimal, format_integer
from dgw_desktop.domain.steering import Decision
from dgw_desktop.domain.topic_details import KPI_MOMENT_DUTCH
from dgw_desktop.domain.topics import TOPIC_STATUS_DUTCH, TopicStatus
from dgw_desktop.exports.memo_layout import (
    CONTENT_WIDTH,
    FONT_BOLD,
    Styles,
    data_table_style,
    markup,
)
from dgw_desktop.exports.memo_topic_tables import (
    decision_history,
    join_names,
    kpi_table,
    number_words,
    quoted,
    risk_table,
    wheel_table,
)
from dgw_desktop.exports.wheel_chart import wheel_drawing
from dgw_desktop.store.comparison import TopicComparison
from dgw_desktop.store.snapshot import ProjectSnapshot

Flowable = Any
_LABEL_WIDTH = 3.3 * cm
_MAX_SIDE_BY_SIDE = 3


@dataclass(frozen=True)
class DecisionPoint:
    """One numbered point; ``options`` are lettered sub-points (a, b, …)."""

    text: str
    options: tuple[str, ...] = ()


class TopicsMemo:
    """Builds the two sections from a snapshot; ``heading2`` numbers sub-headings."""

    def __init__(self, snapshot: ProjectSnapshot, styles: Styles) -> None:
        self.snapshot = snapshot
        self.styles = styles
        self.comparisons = {c.topic.id: c for c in snapshot.topic_comparisons}
        replaced = {d.replaces_decision_id for d in snapshot.decisions if d.replaces_decision_id}
        self.standing = [d for d in snapshot.decisions if d.id not in replaced]
        choices = [d for d in self.standing if d.chosen_topic_id in self.comparisons]
        self.choice: Decision | None = choices[-1] if choices else None
        self.proposed = [
            c
            for c in snapshot.topic_comparisons
            if c.topic.marked_for_proposal
            or c.topic.status in (TopicStatus.PROPOSED, TopicStatus.CHOSEN)
        ]
        self.point_style = ParagraphStyle(
            "DecisionPoint", parent=styles.body, leftIndent=18, bulletIndent=0,
            bulletFontName=FONT_BOLD,
        )  # fmt: skip
        self.option_style = ParagraphStyle(
            "DecisionOption", parent=styles.body, leftIndent=34, bulletIndent=18, spaceAfter=3
        )

    # -- beslispunten ---------------------------------------------------------------------------
    def decision_points(self) -> list[DecisionPoint]:
        if self.choice is not None and self.choice.chosen_topic_id is not None:
            return self._points_after_choice(self.comparisons[self.choice.chosen_topic_id])
        if not self.proposed:
            return []
        points: list[DecisionPoint] = []
        if len(self.proposed) == 1:
            (only,) = self.proposed
            points.append(
                DecisionPoint(
                    f"Kies {quoted(only.topic.title)} als onderwerp van de pilot, met de "
                    f"strategische vraag: {quoted(only.strategic_question)}"
                )
            )
        else:
            points.append(
                DecisionPoint(
                    f"Kies één van de {number_words(len(self.proposed))} voorgestelde "
                    "onderwerpen als onderwerp van de pilot:",
                    tuple(
                        f"{quoted(c.topic.title)}, met de strategische vraag: "
                        f"{quoted(c.strategic_question)}"
                        for c in self.proposed
                    ),
                )
            )
            points.append(
                DecisionPoint("Houd de niet gekozen onderwerpen aan voor een volgende fase.")
            )
        points.append(
            DecisionPoint(
                "Neem kennis van de kanttekeningen bij de voorgestelde onderwerpen en de "
                "maatregelen om de risico’s te beperken."
            )
        )
        return points

    def _points_after_choice(self, chosen: TopicComparison) -> list[DecisionPoint]:
        assert self.choice is not None
        title = quoted(chosen.topic.title)
        points = [
            DecisionPoint(
                f"Bevestig de keuze voor {title} als onderwerp van de pilot, met de strategische "
                f"vraag: {quoted(chosen.strategic_question)} (besluit van de stuurgroep van "
                f"{format_date(self.choice.decided_on)})."
            )
        ]
        if chosen.kpis:
            moments = [m for m in KPI_MOMENT_DUTCH if any(m in k.moments for k in chosen.kpis)]
            points.append(
                DecisionPoint(
                    f"Stel de {number_words(len(chosen.kpis))} KPI’s van {title} vast; zij "
                    f"worden gemeten {join_names([KPI_MOMENT_DUTCH[m] for m in moments])} de pilot."
                )
            )
        open_actions = [
            a for a in self.snapshot.wheel_actions if a.topic_id == chosen.topic.id and not a.done
        ]
        if open_actions:
            points.append(
                DecisionPoint(
                    f"Stem in met de {number_words(len(open_actions))} openstaande acties uit "
                    f"het DGW-wiel van {title}; het wiel is nu voor {chosen.wheel.percent}% gereed."
                )
            )
        if chosen.risks:
            points.append(
                DecisionPoint(
                    f"Neem kennis van de kanttekeningen bij {title} en de maatregelen om de "
                    "risico’s te beperken."
                )
            )
        return points

    def beslispunten(self) -> list[Flowable]:
        """The numbered points (the caller adds the heading)."""
        points = self.decision_points()
        if not points:
            return [
                Paragraph(
                    "Er liggen nog geen onderwerpen ter besluitvorming voor. De projectgroep "
                    "werkt de gedeelde uitdagingen eerst uit tot onderwerpen met een "
                    "strategische vraag.",
                    self.styles.body,
                )
            ]
        flowables: list[Flowable] = [Paragraph("De stuurgroep wordt gevraagd:", self.styles.body)]
        for number, point in enumerate(points, start=1):
            flowables.append(
                Paragraph(markup(point.text), self.point_style, bulletText=f"{number}.")
            )
            for letter, option in zip("abcdefghij", point.options, strict=False):
                flowables.append(
                    Paragraph(markup(option), self.option_style, bulletText=f"{letter}.")
                )
        return flowables

    # -- onderwerpen ----------------------------------------------------------------------------
    def onderwerpen(self, number: int) -> list[Flowable]:
        """The section's body; sub-headings are numbered ``number``.1, ``number``.2, …"""
        s = self.styles
        comparisons = self.snapshot.topic_comparisons
        if not comparisons:
            return [Paragraph("Er zijn nog geen onderwerpen uitgewerkt.", s.body)]
        counter = iter(range(1, 100))

        def heading2(text: str) -> Flowable:
            return Paragraph(f"{number}.{next(counter)} {markup(text)}", s.heading2)

        others = [c for c in comparisons if c not in self.proposed]
        intro = (
            f"De projectgroep heeft {number_words(len(comparisons))} "
            f"{'onderwerp' if len(comparisons) == 1 else 'onderwerpen'} uitgewerkt uit de "
            f"gedeelde uitdagingen; {number_words(len(self.proposed))} daarvan "
            f"{'ligt' if len(self.proposed) == 1 else 'liggen'} voor aan de stuurgroep."
        )
        if others:
            names = [f"{quoted(c.topic.title)} ({TOPIC_STATUS_DUTCH[c.status]})" for c in others]
            intro += f" Verder in beeld: {join_names(names)}."
        flowables: list[Flowable] = [Paragraph(markup(intro), s.body)]
        if self.proposed:
            flowables.append(heading2("De voorgestelde onderwerpen naast elkaar"))
            for start in range(0, len(self.proposed), _MAX_SIDE_BY_SIDE):
                flowables.append(
                    self._side_by_side(self.proposed[start : start + _MAX_SIDE_BY_SIDE])
                )
            flowables.append(Paragraph(_COMPARISON_NOTE, s.table_note))
            for comparison in self.proposed:
                flowables += self._topic_details(heading2(comparison.topic.title), comparison)
        flowables += decision_history(self.snapshot, s, heading2("Besluiten van de stuurgroep"))
        return flowables

    def _side_by_side(self, comparisons: Sequence[TopicComparison]) -> Flowable:
        s = self.styles
        width = (CONTENT_WIDTH - _LABEL_WIDTH) / len(comparisons)

        def row(label: str, cell: Callable[[TopicComparison], Flowable]) -> list[Flowable]:
            return [Paragraph(label, s.cell_bold), *(cell(c) for c in comparisons)]

        def text(value: Callable[[TopicComparison], str]) -> Callable[[TopicComparison], Flowable]:
            return lambda c: Paragraph(markup(value(c)) or "—", s.cell)

        rows = [
            [Paragraph("", s.header_cell)]
            + [Paragraph(markup(c.topic.title), s.header_cell) for c in comparisons],
            row("Domein", text(lambda c: c.domain_name.capitalize() or "Alle domeinen")),
            row("Status", text(lambda c: TOPIC_STATUS_DUTCH[c.status].capitalize())),
            row("Strategische vraag", text(lambda c: c.strategic_question)),
            row("Gegroeid uit", text(lambda c: "; ".join(o.text for o in c.origins))),
            row(
                "Gemeenten",
                text(lambda c: f"{c.municipality_count}: {join_names(c.municipality_names)}"),
            ),
            row("Uitdagingen", text(lambda c: format_integer(c.challenge_count))),
            row("Stippen", text(lambda c: format_integer(c.dots))),
            row("Gewogen score", text(lambda c: format_decimal(c.score) if c.score else "—")),
            row("DGW-wiel", lambda c: wheel_drawing(c.wheel, width - 10, 4.0 * cm)),
            row("KPI’s", text(lambda c: "; ".join(k.name for k in c.kpis))),
            row("Kanttekeningen", text(lambda c: format_integer(len(c.risks)))),
        ]
        return Table(
            rows,
            colWidths=[_LABEL_WIDTH] + [width] * len(comparisons),
            style=data_table_style(),
            hAlign="LEFT",
            repeatRows=1,
        )

    def _topic_details(self, heading: Flowable, comparison: TopicComparison) -> list[Flowable]:
        s = self.styles
        topic = comparison.topic
        question = f"Strategische vraag: {markup(quoted(topic.strategic_question))}"
        start = [heading, Paragraph(question, s.caption)]
        if topic.description:
            start.append(Paragraph(markup(topic.description), s.body))
        flowables: list[Flowable] = [
            KeepTogether([*start, wheel_table(self.snapshot, s, comparison)])
        ]
        flowables.append(kpi_table(s, comparison.kpis))
        flowables.append(risk_table(s, comparison.risks))
        return flowables


_COMPARISON_NOTE = (
    "Gemeenten, uitdagingen en stippen tellen de uitdagingen waaruit het onderwerp is gegroeid, "
    "ook die in de thema’s; de gewogen score is de hoogste criteriumscore daarvan. DGW-wiel: "
    "Data is de gemiddelde beschikbaarheid van de bronnen (beschikbaar 1, deels ½, niet 0), "
    "Mensen het aandeel rollen met een naam, Acties het aandeel afgeronde acties. Groen vanaf "
    "75%, oranje vanaf 40%, rood daaronder; in het midden de gereedheid van het hele wiel."
)
