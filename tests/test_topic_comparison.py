"""The demo's topics side by side, and the readiness dashboard on the demo and variants."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from dgw_desktop.domain import demo_topics
from dgw_desktop.domain.readiness import (
    PAGE_BUDGET,
    PAGE_COMPARISON,
    PAGE_DECISIONS,
    PAGE_TEAM,
    PAGE_TOPICS,
    ContentFacts,
    MeansFacts,
    content_readiness,
    means_readiness,
)
from dgw_desktop.domain.topics import Topic, TopicStatus
from dgw_desktop.domain.wheel import Availability, DataSource, TrafficLight, WheelAction, WheelRole
from dgw_desktop.store.comparison import compare_topics
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.readiness import readiness_dashboard
from dgw_desktop.store.steering import decision_log, list_meetings
from dgw_desktop.store.topics import add_topic, list_topics


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProjectFile]:
    with create_demo_project(tmp_path_factory.mktemp("demo") / "demo.dgw") as project:
        yield project


def by_title(project: ProjectFile) -> dict[str, Topic]:
    return {topic.title: topic for topic in list_topics(project)}


def test_the_demo_has_three_topics_one_per_domain(demo: ProjectFile) -> None:
    topics = by_title(demo)
    assert set(topics) == {t.title for t in demo_topics.DEMO_TOPICS}
    schulden = topics["Schulden eerder in beeld"]
    assert schulden.strategic_question == (
        "Hoe signaleren we schulden eerder, zodat inwoners sneller hulp krijgen?"
    )
    assert [t.status for t in topics.values()].count(TopicStatus.IDEA) == 1
    assert schulden.status is TopicStatus.CHOSEN
    assert topics["Onderhoud op basis van meldingen"].status is TopicStatus.ON_HOLD
    assert sorted(t.title for t in topics.values() if t.marked_for_proposal) == [
        "Onderhoud op basis van meldingen",
        "Schulden eerder in beeld",
    ]
    (meeting,) = list_meetings(demo)
    assert len(meeting.members_present) == 5
    (entry,) = decision_log(demo)
    assert entry.chosen_topic_title == "Schulden eerder in beeld" and entry.standing


def test_comparison_figures_on_the_demo(demo: ProjectFile) -> None:
    topics = by_title(demo)
    order = [topics["Schulden eerder in beeld"].id, topics["Onderhoud op basis van meldingen"].id]
    schulden, beheer = compare_topics(demo, order)
    assert (schulden.domain_name, beheer.domain_name) == ("sociaal", "ruimte")
    assert schulden.strategic_question.startswith("Hoe signaleren we schulden eerder")
    # Vroegsignalering en armoede: five challenges; 24 dots on the theme itself.
    assert (schulden.challenge_count, schulden.dots) == (5, 24)
    assert schulden.municipality_names == ("Goirle", "Hilvarenbeek", "Oisterwijk")
    assert schulden.municipality_count == 3
    assert schulden.score == Decimal("3.75")  # consensus 5, 3, 2, 5 with weight 1 each
    # Meldingen en beheer (5 challenges, 19 dots) plus the drought challenge (3 dots).
    assert (beheer.challenge_count, beheer.dots) == (6, 22)
    assert beheer.score == Decimal("4.19")
    assert [(o.dots, o.rank is not None) for o in beheer.origins] == [(19, True), (3, False)]
    assert (schulden.wheel.percent, beheer.wheel.percent) == (68, 47)
    assert [s.percent for s in schulden.wheel.segments] == [70, 75, 60]
    assert [s.percent for s in beheer.wheel.segments] == [75, 67, 0]
    assert [r.score for r in schulden.risks] == [15, 12, 12]
    assert len(schulden.kpis) == 4 and len(beheer.kpis) == 3
    assert [c.topic.title for c in compare_topics(demo)] == list(topics)


def test_the_demo_dashboard(demo: ProjectFile) -> None:
    dashboard = readiness_dashboard(demo)
    content, team, means = dashboard.challenges
    assert content.status is TrafficLight.AMBER  # chosen, but the wheel is at 68 %
    assert content.started
    assert "Schulden eerder in beeld" in content.summary.translated()
    missing = [item.translated() for item in content.missing]
    assert "Data source “Signalen van huisartsen en scholen” is not available yet." in missing
    assert "No one named yet for the role “Privacy officer”." in missing
    assert any("DPIA" in text and "26-02-2027" in text for text in missing)
    assert all(item.page == PAGE_TOPICS for item in content.missing)
    assert content.done[0].page == PAGE_DECISIONS
    assert (team.status, team.started, team.missing[0].page) == (TrafficLight.RED, False, PAGE_TEAM)
    assert team.reason
    assert means.started and means.status is TrafficLight.AMBER
    assert all(item.page == PAGE_BUDGET for item in means.missing)


def test_an_empty_project_is_red_everywhere(tmp_path: Path) -> None:
    with create_empty_project(tmp_path / "leeg.dgw", "Leeg") as project:
        dashboard = readiness_dashboard(project)
        assert [c.status for c in dashboard.challenges] == [TrafficLight.RED] * 3
        assert not dashboard.means.started
        assert [i.page for i in dashboard.content.missing] == [PAGE_TOPICS, PAGE_DECISIONS]
        add_topic(project, Topic(title="Idee"))
        missing = readiness_dashboard(project).content.missing
        assert [i.page for i in missing] == [PAGE_COMPARISON, PAGE_DECISIONS]


# -- the rules, without a file -----------------------------------------------------------------
CHOSEN = Topic(title="X", strategic_question="Vraag?", status=TopicStatus.CHOSEN)


def facts(**changes: object) -> ContentFacts:
    base = ContentFacts(
        topics=(CHOSEN,),
        chosen_topic_id=CHOSEN.id,
        data_sources=(DataSource(CHOSEN.id, "Bron", availability=Availability.AVAILABLE),),
        roles=(WheelRole(CHOSEN.id, "Analist", "Anna"),),
        actions=(WheelAction(CHOSEN.id, "DPIA", done=True),),
        kpi_count=1,
    )
    return dataclasses.replace(base, **changes)


def test_content_is_green_when_everything_is_there() -> None:
    result = content_readiness(facts())
    assert result.status is TrafficLight.GREEN and result.missing == ()


def test_content_is_amber_without_kpis_question_or_a_green_wheel() -> None:
    no_kpi = content_readiness(facts(kpi_count=0))
    assert no_kpi.status is TrafficLight.AMBER
    assert [i.translated() for i in no_kpi.missing] == ["No KPIs set for “X” yet."]
    bare = dataclasses.replace(CHOSEN, strategic_question="")
    assert content_readiness(facts(topics=(bare,))).status is TrafficLight.AMBER
    half = content_readiness(facts(actions=(WheelAction(CHOSEN.id, "Open"),)))
    assert half.status is TrafficLight.AMBER  # wheel (100 + 100 + 0) / 3 = 67 %
    empty = content_readiness(facts(data_sources=()))
    assert "No data sources recorded for “X” yet." in [i.translated() for i in empty.missing]


def test_content_stays_green_at_the_threshold_and_lists_open_items() -> None:
    # Data 1/2, people 1, actions 3/4: (1/2 + 1 + 3/4) / 3 = 75 % exactly: green.
    result = content_readiness(
        facts(
            data_sources=(DataSource(CHOSEN.id, "Bron", availability=Availability.PARTIAL),),
            actions=(
                *[WheelAction(CHOSEN.id, "Klaar", done=True)] * 3,
                WheelAction(CHOSEN.id, "Open"),
            ),
        )
    )
    assert result.status is TrafficLight.GREEN
    assert len(result.missing) == 2  # the partly available source and the open action


def test_means_rules() -> None:
    assert not means_readiness(None).started
    assert means_readiness(MeansFacts(0, 0)).status is TrafficLight.RED
    covered = means_readiness(MeansFacts(100_00, 100_00, "GHO"))
    assert covered.status is TrafficLight.GREEN and covered.missing == ()
    gap = means_readiness(MeansFacts(100_00, 40_00, "GHO", gaps=(("Goirle", 60_00),)))
    assert gap.status is TrafficLight.AMBER
    assert [i.translated() for i in gap.missing] == [
        "€ 60,00 of the budget is not covered by funding.",
        "Goirle: € 60,00 of its share is not covered.",
    ]
    assert means_readiness(MeansFacts(100_00, 0, "GHO")).status is TrafficLight.RED
    assert means_readiness(MeansFacts(100_00, 100_00)).status is TrafficLight.AMBER
