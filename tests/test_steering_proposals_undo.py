"""Undoing a change of a meeting's proposals stops where the committee has decided since."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest

from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.steering import Decision, Meeting
from dgw_desktop.domain.topics import Topic, TopicStatus
from dgw_desktop.store.new_project import create_empty_project
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.steering import (
    add_meeting,
    get_meeting,
    record_decision,
    restore_meeting_proposals,
    set_meeting_proposals,
)
from dgw_desktop.store.topics import add_topic, get_topic

DAY = datetime.date(2026, 11, 24)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectFile]:
    with create_empty_project(tmp_path / "p.dgw", "Test") as project_file:
        yield project_file


def _topic(project: ProjectFile, title: str) -> str:
    return add_topic(project, Topic(title=title, strategic_question=f"Vraag {title}?")).id


def _status(project: ProjectFile, topic_id: str) -> TopicStatus:
    topic = get_topic(project, topic_id)
    assert topic is not None
    return topic.status


def test_undo_is_refused_once_the_meeting_has_decided(project: ProjectFile) -> None:
    x, y = _topic(project, "X"), _topic(project, "Y")
    meeting = add_meeting(project, Meeting(held_on=DAY))
    change = set_meeting_proposals(project, meeting.id, [x, y])
    record_decision(project, Decision(meeting.id, "Kies X", chosen_topic_id=x))
    with pytest.raises(ValidationError) as refused:
        restore_meeting_proposals(project, change)
    assert refused.value.field == "meeting_id"
    assert get_meeting(project, meeting.id).proposal_ids == (x, y)
    assert (_status(project, x), _status(project, y)) == (TopicStatus.CHOSEN, TopicStatus.ON_HOLD)


def test_undo_is_refused_when_a_decision_elsewhere_moved_a_topic(project: ProjectFile) -> None:
    x, y = _topic(project, "X"), _topic(project, "Y")
    first = add_meeting(project, Meeting(held_on=DAY))
    second = add_meeting(project, Meeting(held_on=DAY.replace(day=25)))
    change = set_meeting_proposals(project, first.id, [x])  # x: idee → voorgesteld
    set_meeting_proposals(project, second.id, [x, y])
    record_decision(project, Decision(second.id, "Kies Y", chosen_topic_id=y))
    assert _status(project, x) is TopicStatus.ON_HOLD
    with pytest.raises(ValidationError) as refused:
        restore_meeting_proposals(project, change)
    assert "X" in refused.value.translated()
    assert get_meeting(project, first.id).proposal_ids == (x,)
    assert _status(project, x) is TopicStatus.ON_HOLD


def test_undo_without_decisions_still_restores(project: ProjectFile) -> None:
    x = _topic(project, "X")
    meeting = add_meeting(project, Meeting(held_on=DAY))
    change = set_meeting_proposals(project, meeting.id, [x])
    restore_meeting_proposals(project, change)
    assert get_meeting(project, meeting.id).proposal_ids == ()
    assert _status(project, x) is TopicStatus.IDEA
