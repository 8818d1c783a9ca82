"""The decision memo (*stuurgroepvoorstel*) as a PDF, in the Dutch municipal form (reportlab).

Sections so far: a title block, *Aanleiding* (the project description), *Partnergemeenten* and
*Uitdagingen per domein*. The memo is always Dutch.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from dgw_desktop.domain.entities import Challenge, Domain, Workshop
from dgw_desktop.domain.formatting import format_date, format_integer
from dgw_desktop.exports.atomic import Progress, atomic_target, progress_or_noop
from dgw_desktop.exports.memo_layout import (
    CONTENT_WIDTH,
    FONT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    NumberedCanvas,
    Styles,
    data_table_style,
    markup,
    meta_table_style,
    page_decorator,
    register_fonts,
)
from dgw_desktop.exports.memo_topics import TopicsMemo
from dgw_desktop.store.snapshot import ProjectSnapshot

Flowable = Any
# Room a heading needs below it, else it starts on a new page: enough for a few table rows.
_MIN_ROOM_FOR_SECTION = 7 * cm
_MIN_ROOM_FOR_DOMAIN = 4.5 * cm


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def _join_names(names: list[str]) -> str:
    """``["A", "B", "C"]`` → ``"A, B en C"``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


_NUMBER_WORDS = (
    "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "elf", "twaalf",
)  # fmt: skip


def _number(count: int) -> str:
    """Small numbers in words, as Dutch prose writes them: ``3`` → ``drie``; ``65`` → ``65``."""
    return _NUMBER_WORDS[count] if 0 <= count < len(_NUMBER_WORDS) else format_integer(count)


def _plural(count: int, one: str, many: str) -> str:
    return f"{_number(count)} {one if count == 1 else many}"


class _MemoBuilder:
    def __init__(self, snapshot: ProjectSnapshot, today: datetime.date, tick: Callable[[], None]):
        self.snapshot = snapshot
        self.today = today
        self.tick = tick
        self.styles = Styles()
        self.partners = [m for m in snapshot.municipalities if m.is_partner]
        self.partner_ids = {m.id for m in self.partners}
        self._section = 0
        self.topics = TopicsMemo(snapshot, self.styles)

    def story(self) -> list[Flowable]:
        return [
            *self._title_block(),
            *self._summary(),
            *self._aanleiding(),
            *self._beslispunten(),
            *self._partners_section(),
            *self._topics_section(),
            # Municipal order: the decision's content and money first, the inventory last.
            *self._finance_section(),
            *self._challenges_section(),
        ]

    # -- title and summary -----------------------------------------------------------------
    def _title_block(self) -> list[Flowable]:
        s = self.styles
        project = self.snapshot.project
        partner_names = _join_names([m.name for m in self.partners]) or "nog niet vastgelegd"
        rows = [
            ("Aan", "Stuurgroep"),
            ("Onderwerp", project.name),
            ("Datum", format_date(self.today)),
            ("Partnergemeenten", partner_names),
        ]
        meta = Table(
            [
                [Paragraph(label, s.meta_label), Paragraph(markup(value), s.meta_value)]
                for label, value in rows
            ],
            colWidths=[4.0 * cm, CONTENT_WIDTH - 4.0 * cm],
            style=meta_table_style(),
            hAlign="LEFT",
        )
        return [
            Paragraph("Stuurgroepvoorstel", s.title),
            Paragraph(markup(project.name), s.subtitle),
            meta,
            Spacer(1, 0.3 * cm),
        ]

    def _summary(self) -> list[Flowable]:
        snapshot = self.snapshot
        if not snapshot.challenges:
            return []
        shared_by_all = sum(1 for c in snapshot.challenges if self._shared_by_all_partners(c))
        used_domains = {c.domain_id for c in snapshot.challenges}
        text = (
            f"In {_plural(len(snapshot.workshops), 'workshop', 'workshops')} zijn "
            f"{_plural(len(snapshot.challenges), 'uitdaging', 'uitdagingen')} opgehaald in "
            f"{_plural(len(used_domains), 'domein', 'domeinen')}."
        )
        if len(self.partners) > 1:
            text += (
                f" Daarvan {'wordt' if shared_by_all == 1 else 'worden'} er "
                f"{_number(shared_by_all)} door alle {_number(len(self.partners))} "
                "partnergemeenten gedeeld."
            )
        return [self._heading("Samenvatting"), Paragraph(text, self.styles.body)]

    def _shared_by_all_partners(self, challenge: Challenge) -> bool:
        return bool(self.partner_ids) and self.partner_ids <= set(challenge.municipality_ids)

    def _heading(self, text: str) -> Flowable:
        self._section += 1
        return Paragraph(f"{self._section}. {markup(text)}", self.styles.heading1)

    def _finance_section(self) -> list[Flowable]:
        """Financiën: budget, hours asked, the split, scenarios and funding (memo_finance)."""
        if not (self.snapshot.phases or self.snapshot.budget_lines):
            return []
        from dgw_desktop.exports.memo_finance import FinanceSection

        overview = self.snapshot.budget_overview()
        return FinanceSection(overview, self.styles, self._heading).flowables()

    # -- aanleiding ----------------------------------------------------------------------------
    def _aanleiding(self) -> list[Flowable]:
        description = self.snapshot.project.description.strip()
        paragraphs = [part for part in description.replace("\r\n", "\n").split("\n\n") if part]
        if not paragraphs:
            paragraphs = ["Er is nog geen beschrijving van het traject vastgelegd."]
        return [
            self._heading("Aanleiding"),
            *(Paragraph(markup(part), self.styles.body) for part in paragraphs),
        ]

    # -- beslispunten and onderwerpen (memo_topics) ---------------------------------------------
    def _beslispunten(self) -> list[Flowable]:
        return [self._heading("Beslispunten"), *self.topics.beslispunten()]

    def _topics_section(self) -> list[Flowable]:
        heading = [CondPageBreak(_MIN_ROOM_FOR_SECTION), self._heading("Onderwerpen")]
        return heading + self.topics.onderwerpen(self._section)

    # -- partners --------------------------------------------------------------------------------
    def _partners_section(self) -> list[Flowable]:
        s = self.styles
        flowables: list[Flowable] = [self._heading("Partnergemeenten")]
        if not self.partners:
            flowables.append(Paragraph("Er zijn nog geen partnergemeenten vastgelegd.", s.body))
        else:
            counts = self.snapshot.challenge_count_by_municipality()
            rows: list[list[Flowable]] = [
                [
                    Paragraph("Gemeente", s.header_cell),
                    Paragraph("CBS-code", s.header_cell),
                    Paragraph("Inwoners", s.header_cell_right),
                    Paragraph("Uitdagingen", s.header_cell_right),
                ]
            ]
            for municipality in self.partners:
                rows.append(
                    [
                        Paragraph(markup(municipality.name), s.cell),
                        Paragraph(markup(municipality.cbs_code), s.cell),
                        Paragraph(format_integer(municipality.inhabitants), s.cell_right),
                        Paragraph(format_integer(counts.get(municipality.id, 0)), s.cell_right),
                    ]
                )
            total = sum(m.inhabitants for m in self.partners)
            rows.append(
                [
                    Paragraph("Totaal", s.cell_bold),
                    Paragraph("", s.cell),
                    Paragraph(format_integer(total), s.cell_bold_right),
                    Paragraph("", s.cell),
                ]
            )
            flowables.append(
                Table(
                    rows,
                    colWidths=[6.0 * cm, 3.0 * cm, 3.0 * cm, 3.0 * cm],
                    style=data_table_style(total_row=True),
                    hAlign="LEFT",
                    repeatRows=1,
                )
            )
            flowables.append(
                Paragraph(
                    "Inwoners volgens CBS; uitdagingen: het aantal opgehaalde uitdagingen "
                    "dat de gemeente deelt.",
                    s.table_note,
                )
            )
        others = [m.name for m in self.snapshot.municipalities if not m.is_partner]
        if others:
            flowables.append(
                Paragraph(
                    "Daarnaast zijn als mogelijke toetreders in beeld: "
                    f"{markup(_join_names(others))}.",
                    s.body,
                )
            )
        return flowables

    # -- challenges ----------------------------------------------------------------------------
    def _challenges_section(self) -> list[Flowable]:
        s = self.styles
        flowables: list[Flowable] = [
            CondPageBreak(_MIN_ROOM_FOR_SECTION),
            self._heading("Uitdagingen per domein"),
            Paragraph(
                "Per domein staan de uitdagingen die door de meeste gemeenten worden gedeeld "
                "bovenaan.",
                s.body,
            ),
        ]
        number = self._section
        for index, domain in enumerate(self.snapshot.domains, start=1):
            if index > 1:
                flowables.append(CondPageBreak(_MIN_ROOM_FOR_DOMAIN))
            flowables += self._domain_block(f"{number}.{index}", domain)
        return flowables

    def _domain_block(self, number: str, domain: Domain) -> list[Flowable]:
        s = self.styles
        challenges = self.snapshot.challenges_in(domain.id)
        # Most shared first; the store order (capture order) breaks ties.
        challenges.sort(key=lambda c: -len(c.municipality_ids))
        noun = "uitdaging" if len(challenges) == 1 else "uitdagingen"
        heading = Paragraph(
            f"{number} {markup(_capitalised(domain.name))} — "
            f"{format_integer(len(challenges))} {noun}",
            s.heading2,
        )
        workshops = [w for w in self.snapshot.workshops if w.domain_id == domain.id]
        caption = [Paragraph(self._workshop_line(w), s.caption) for w in workshops]
        if not challenges:
            empty = Paragraph("Nog geen uitdagingen vastgelegd.", s.body)
            return [KeepTogether([heading, *caption, empty])]
        rows: list[list[Flowable]] = [
            [
                Paragraph("Nr.", s.header_cell),
                Paragraph("Uitdaging", s.header_cell),
                Paragraph("Gemeenten", s.header_cell),
            ]
        ]
        for position, challenge in enumerate(challenges, start=1):
            rows.append(
                [
                    Paragraph(str(position), s.cell),
                    self._challenge_cell(challenge),
                    Paragraph(
                        markup(
                            ", ".join(self.snapshot.municipality_names(challenge.municipality_ids))
                        )
                        or "—",
                        s.cell,
                    ),
                ]
            )
            self.tick()
        table = Table(
            rows,
            colWidths=[1.0 * cm, CONTENT_WIDTH - 5.2 * cm, 4.2 * cm],
            style=data_table_style(),
            hAlign="LEFT",
            repeatRows=1,
            splitInRow=1,
        )
        # The caller starts a new page when little room is left, so a heading never ends up
        # alone at the bottom; otherwise the table starts right away and splits between rows.
        return [heading, *caption, table]

    def _challenge_cell(self, challenge: Challenge) -> list[Flowable]:
        cell = [Paragraph(markup(challenge.text), self.styles.cell)]
        if challenge.notes.strip():
            cell.append(Paragraph(markup(challenge.notes), self.styles.note))
        return cell

    def _workshop_line(self, workshop: Workshop) -> str:
        parts = [markup(workshop.title)]
        if workshop.held_on:
            parts.append(format_date(workshop.held_on))
        if workshop.location:
            parts.append(markup(workshop.location))
        line = ", ".join(parts)
        if workshop.facilitator:
            line += f" (facilitator: {markup(workshop.facilitator)})"
        return line


def write_memo(
    snapshot: ProjectSnapshot,
    path: Path,
    progress: Progress | None = None,
    *,
    today: datetime.date | None = None,
) -> None:
    """Write the memo PDF to ``path`` (atomically); ``progress(done, total)`` reports steps."""
    report = progress_or_noop(progress)
    total = len(snapshot.challenges) + 2
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % 20 == 0:
            report(done, total)

    report(0, total)
    register_fonts()
    date = today or datetime.date.today()
    story = _MemoBuilder(snapshot, date, tick).story()
    done = total - 1
    report(done, total)
    with atomic_target(Path(path)) as temporary:
        document = BaseDocTemplate(
            str(temporary),
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"Stuurgroepvoorstel {snapshot.project.name}",
            author="DGW Desktop",
            creator="DGW Desktop",
            lang="nl-NL",
            initialFontName=FONT,
            initialFontSize=10,
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        document.addPageTemplates(
            [
                PageTemplate(
                    id="memo",
                    frames=[frame],
                    onPage=page_decorator(snapshot.project.name, format_date(date)),
                )
            ]
        )
        document.build(story, canvasmaker=NumberedCanvas)
    report(total, total)
