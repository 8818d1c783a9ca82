"""The memo's Beslispunten and Onderwerpen sections, and the wheel chart."""

from __future__ import annotations

import dataclasses
import datetime
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Drawing, String

from dgw_desktop.domain import demo_topics
from dgw_desktop.domain.topics import TopicStatus
from dgw_desktop.domain.wheel import (
    Availability,
    DataSource,
    WheelAction,
    WheelRole,
    wheel_readiness,
)
from dgw_desktop.exports.memo import write_memo
from dgw_desktop.exports.memo_layout import FONT, FONT_BOLD, Styles, register_fonts
from dgw_desktop.exports.memo_topics import TopicsMemo
from dgw_desktop.exports.wheel_chart import wheel_drawing
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.snapshot import ProjectSnapshot, load_snapshot

TODAY = datetime.date(2026, 11, 22)
QUESTION = "Hoe signaleren we schulden eerder, zodat inwoners sneller hulp krijgen?"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> ProjectSnapshot:
    with create_demo_project(tmp_path_factory.mktemp("demo") / "demo.dgw") as project_file:
        return load_snapshot(project_file)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=30
    )
    return " ".join(result.stdout.decode("utf-8").split())  # lines joined: phrases stay whole


def memo_text(snapshot: ProjectSnapshot, tmp_path: Path) -> str:
    out = tmp_path / "memo.pdf"
    write_memo(snapshot, out, today=TODAY)
    return pdf_text(out)


def undecided(snapshot: ProjectSnapshot) -> ProjectSnapshot:
    """The demo before the meeting: both marked topics proposed, no decisions."""
    comparisons = tuple(
        dataclasses.replace(
            c,
            topic=dataclasses.replace(
                c.topic,
                status=TopicStatus.PROPOSED if c.topic.marked_for_proposal else c.topic.status,
            ),
        )
        for c in snapshot.topic_comparisons
    )
    return dataclasses.replace(snapshot, decisions=(), topic_comparisons=comparisons)


def test_the_snapshot_carries_topics_wheels_and_decisions(demo: ProjectSnapshot) -> None:
    assert len(demo.topics) == len(demo.topic_comparisons) == 3
    assert len(demo.meetings) == 1 and len(demo.decisions) == 1
    assert {d.topic_id for d in demo.data_sources} == {t.id for t in demo.topics}
    assert demo.wheel_roles and demo.wheel_actions


def test_the_demo_memo_has_the_new_sections_numbered_in_order(
    demo: ProjectSnapshot, tmp_path: Path
) -> None:
    text = memo_text(demo, tmp_path)
    headings = [
        int(n)
        for n in re.findall(
            r"(\d+)\. (?:Samenvatting|Aanleiding|Beslispunten|Partner|Onderwerpen)", text
        )
    ]
    beslispunten = int(re.search(r"(\d+)\. Beslispunten", text).group(1))  # type: ignore[union-attr]
    onderwerpen = int(re.search(r"(\d+)\. Onderwerpen", text).group(1))  # type: ignore[union-attr]
    assert onderwerpen > beslispunten >= 2
    assert len(headings) == 5 and headings == sorted(set(headings))  # numbered in order
    assert f"{onderwerpen}.1 De voorgestelde onderwerpen naast elkaar" in text
    assert f"{onderwerpen}.2 Schulden eerder in beeld" in text
    assert f"{onderwerpen}.3 Onderhoud op basis van meldingen" in text
    assert f"{onderwerpen}.4 Besluiten van de stuurgroep" in text


def test_the_demo_memo_asks_to_confirm_the_choice(demo: ProjectSnapshot, tmp_path: Path) -> None:
    text = memo_text(demo, tmp_path)
    assert "1. Bevestig de keuze voor “Schulden eerder in beeld”" in text
    assert QUESTION in text
    assert "besluit van de stuurgroep van 24-11-2026" in text
    assert "Stel de vier KPI’s van “Schulden eerder in beeld” vast" in text
    assert "gemeten vóór, tijdens en na de pilot" in text
    assert "Stem in met de twee openstaande acties" in text
    # Side by side, the wheel's labels, details, KPIs, risks and the decision log.
    for phrase in (
        "Gekozen",
        "Aangehouden",
        "Vroegsignalering en armoede",
        "Goirle, Hilvarenbeek en Oisterwijk",
        "3,75",
        "Mensen",
        "68%",
        "3 van 5 bronnen beschikbaar, 1 deels, 1 niet",
        "samen 32,5 uur per week; nog open: Privacy officer",
        "Doorlooptijd van signaal tot eerste contact",
        "38.500",
        "lager dan bij de nulmeting",
        "DPIA vooraf",
        demo_topics.DEMO_MEETING.members_present[0],
        "De stuurgroep kiest “Schulden eerder in beeld”",
        "de andere voorstellen: aangehouden",
        "01-06-2027",
        "Verder in beeld: “Grip op personeel en inhuur” (idee)",
    ):
        assert phrase in text, phrase


def test_before_the_meeting_the_memo_asks_to_choose(demo: ProjectSnapshot, tmp_path: Path) -> None:
    text = memo_text(undecided(demo), tmp_path)
    assert "1. Kies één van de twee voorgestelde onderwerpen als onderwerp van de pilot:" in text
    assert f"a. “Schulden eerder in beeld”, met de strategische vraag: “{QUESTION}”" in text
    assert "b. “Onderhoud op basis van meldingen”" in text
    assert "2. Houd de niet gekozen onderwerpen aan voor een volgende fase." in text
    assert "De stuurgroep heeft nog geen besluiten genomen." in text


def test_decision_points_for_one_proposal_and_for_none(demo: ProjectSnapshot) -> None:
    snapshot = undecided(demo)
    one = tuple(c for c in snapshot.topic_comparisons if c.domain_name == "sociaal")
    points = TopicsMemo(dataclasses.replace(snapshot, topic_comparisons=one), Styles())
    (choose, note) = points.decision_points()
    assert choose.text.startswith("Kies “Schulden eerder in beeld” als onderwerp van de pilot")
    assert "kanttekeningen" in note.text
    none = TopicsMemo(dataclasses.replace(snapshot, topic_comparisons=()), Styles())
    assert none.decision_points() == []


def test_a_corrected_decision_shows_both_entries(demo: ProjectSnapshot, tmp_path: Path) -> None:
    (first,) = demo.decisions
    correction = dataclasses.replace(
        first, id="c", text="Correctie van het besluit", replaces_decision_id=first.id
    )
    text = memo_text(dataclasses.replace(demo, decisions=(first, correction)), tmp_path)
    assert "Vervangen door besluit 2." in text and "Vervangt besluit 1." in text


def test_an_empty_project_has_no_decision_points(tmp_path: Path) -> None:
    with create_empty_project(tmp_path / "leeg.dgw", "Leeg") as project_file:
        snapshot = load_snapshot(project_file)
    text = memo_text(snapshot, tmp_path)
    assert "Er liggen nog geen onderwerpen ter besluitvorming voor." in text
    assert "Er zijn nog geen onderwerpen uitgewerkt." in text


@pytest.mark.parametrize("width", [110.0, 180.0, 300.0])
def test_the_wheel_chart_stays_in_its_box_in_dejavu(width: float) -> None:
    register_fonts()
    readiness = wheel_readiness(
        [DataSource("t", "Bron", availability=Availability.PARTIAL)],
        [WheelRole("t", "Analist")],
        [WheelAction("t", "DPIA", done=True)],
    )
    drawing = wheel_drawing(readiness, width, 113.0)
    assert isinstance(drawing, Drawing)
    x0, y0, x1, y1 = drawing.getBounds()
    assert x0 >= -1 and y0 >= -1 and x1 <= width + 1 and y1 <= 114
    strings = [item for item in drawing.contents if isinstance(item, String)]
    assert {s.fontName for s in strings} <= {FONT, FONT_BOLD}
    assert {s.text for s in strings} >= {"Data", "Mensen", "Acties", "50%", "0%", "100%"}
    empty = wheel_drawing(wheel_readiness([], [], []), width, 113.0)
    assert "leeg" in {s.text for s in empty.contents if isinstance(s, String)}
