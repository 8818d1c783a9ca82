"""Schema 4 (topics, wheel, steering committee): its fixture keeps its data; older files upgrade."""

from __future__ import annotations

import datetime
import re
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from dgw_desktop.domain.entities import Target
from dgw_desktop.domain.steering import Decision, Meeting
from dgw_desktop.domain.topic_details import KpiMoment
from dgw_desktop.domain.topics import Topic, TopicStatus
from dgw_desktop.domain.wheel import Availability
from dgw_desktop.store.comparison import compare_topics
from dgw_desktop.store.project_file import open_project_file
from dgw_desktop.store.readiness import readiness_dashboard
from dgw_desktop.store.steering import add_meeting, decision_log, list_meetings, record_decision
from dgw_desktop.store.topic_details import list_kpis, list_risks
from dgw_desktop.store.topics import add_topic, get_topic, list_topics
from dgw_desktop.store.wheel import get_wheel

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TOPIC_ID = "00000000-0000-4000-8000-000000001401"
OTHER_ID = "00000000-0000-4000-8000-000000001402"
THEME_ID = "00000000-0000-4000-8000-000000000401"
CHALLENGE_ID = "00000000-0000-4000-8000-000000000303"


def _version(path: Path) -> int:
    match = re.fullmatch(r"schema-v(\d+)\.dgw", path.name)
    assert match
    return int(match.group(1))


V4_FIXTURES = [p for p in sorted(FIXTURES.glob("schema-v*.dgw")) if _version(p) >= 4]
OLDER_FIXTURES = [p for p in sorted(FIXTURES.glob("schema-v*.dgw")) if _version(p) < 4]


def test_there_is_a_schema_4_fixture() -> None:
    assert [p.name for p in V4_FIXTURES][:1] == ["schema-v4.dgw"]


@pytest.mark.parametrize("fixture", V4_FIXTURES, ids=lambda path: path.name)
def test_fixture_keeps_what_schema_4_added(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with open_project_file(path) as project:
        topic = get_topic(project, TOPIC_ID)
        assert topic is not None
        assert topic.strategic_question == "Hoe signaleren we schulden eerder – en beter?"
        assert topic.description == "Kosten € 2,1 miljoen"
        assert topic.status is TopicStatus.CHOSEN and topic.marked_for_proposal
        assert topic.origins == (Target.theme(THEME_ID), Target.challenge(CHALLENGE_ID))
        other = get_topic(project, OTHER_ID)
        assert other is not None and other.status is TopicStatus.ON_HOLD  # the correction
        (risk,) = list_risks(project, TOPIC_ID)
        assert (risk.description, risk.score) == ("Privacy", 10)
        (kpi,) = list_kpis(project, TOPIC_ID)
        assert (kpi.baseline, kpi.target) == ("onbekend", Decimal("12.5"))
        assert kpi.moments == (KpiMoment.BEFORE, KpiMoment.AFTER)
        wheel = get_wheel(project, TOPIC_ID)
        assert wheel.data_sources[0].availability is Availability.PARTIAL
        assert wheel.roles[0].hours_per_week == Decimal("4.5")
        assert wheel.actions[0].due_on == datetime.date(2027, 2, 1) and wheel.actions[0].done
        assert [s.percent for s in wheel.readiness.segments] == [50, 100, 100]
        (meeting,) = list_meetings(project)
        assert meeting.members_present == ("Wethouder Jansen", "Projectleider")
        assert meeting.proposal_ids == (TOPIC_ID, OTHER_ID)
        first, correction = decision_log(project)
        assert first.decision.others_outcome is TopicStatus.REJECTED and not first.standing
        assert correction.replaces_number == 1 and correction.decision.rationale
        (comparison,) = compare_topics(project, [TOPIC_ID])
        assert comparison.challenge_count == 3 and comparison.dots == 9
        assert readiness_dashboard(project).content.started
        with pytest.raises(sqlite3.IntegrityError):
            project.connection.execute("DELETE FROM decision")


@pytest.mark.parametrize("fixture", OLDER_FIXTURES, ids=lambda path: path.name)
def test_an_older_file_upgrades_to_empty_topics_that_work(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with open_project_file(path) as project:
        assert list_topics(project) == [] and list_meetings(project) == []
        topic = add_topic(project, Topic(title="Nieuw", strategic_question="Vraag?"))
        meeting = add_meeting(
            project, Meeting(held_on=datetime.date(2027, 1, 5), proposal_ids=(topic.id,))
        )
        record_decision(project, Decision(meeting.id, "Kies", chosen_topic_id=topic.id))
        stored = get_topic(project, topic.id)
        assert stored is not None and stored.status is TopicStatus.CHOSEN
