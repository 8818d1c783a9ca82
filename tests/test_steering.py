"""The steering committee: meetings, proposals, and the append-only decision log."""

from __future__ import annotations

import dataclasses
import datetime
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.steering import Decision, Meeting
from dgw_desktop.domain.topics import StatusChangeError, Topic, TopicStatus
from dgw_desktop.store import steering
from dgw_desktop.store.new_project import create_empty_project
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.steering import (
    add_meeting,
    chosen_topic_id,
    decision_log,
    delete_meeting,
    get_meeting,
    list_decisions,
    list_meetings,
    record_decision,
    restore_meeting,
    restore_meeting_proposals,
    set_meeting_proposals,
    standing_decisions,
    update_meeting,
)
from dgw_desktop.store.topics import (
    add_topic,
    change_topic_status,
    delete_topic,
    get_topic,
    restore_topic_status,
)

S = TopicStatus
DAY = datetime.date(2026, 11, 24)


class Committee:
    def __init__(self, project: ProjectFile) -> None:
        self.project = project
        self.x, self.y, self.z = (
            add_topic(project, Topic(title=title, strategic_question=f"Vraag {title}?")).id
            for title in ("X", "Y", "Z")
        )
        self.meeting = add_meeting(
            project,
            Meeting(
                held_on=DAY,
                title="Stuurgroep",
                members_present=("Wethouder Jansen\nWethouder de Wit", "  ", "Projectleider"),
                agenda_items=("Opening", "Keuze onderwerp"),
                proposal_ids=(self.x, self.y),
            ),
        )

    def status(self, topic_id: str) -> TopicStatus:
        topic = get_topic(self.project, topic_id)
        assert topic is not None
        return topic.status

    def decide(self, text: str = "Besluit", **fields: object) -> Decision:
        return record_decision(
            self.project, dataclasses.replace(Decision(self.meeting.id, text), **fields)
        )


@pytest.fixture
def committee(tmp_path: Path) -> Iterator[Committee]:
    with create_empty_project(tmp_path / "p.dgw", "Test") as project:
        yield Committee(project)


def rows(project: ProjectFile, table: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(project.path)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    finally:
        connection.close()


# -- meetings and proposals ---------------------------------------------------------------------
def test_a_meeting_keeps_members_agenda_and_proposes_its_topics(committee: Committee) -> None:
    meeting = committee.meeting
    assert meeting.members_present == ("Wethouder Jansen", "Wethouder de Wit", "Projectleider")
    assert meeting.agenda_items == ("Opening", "Keuze onderwerp")
    assert meeting.proposal_ids == (committee.x, committee.y)
    assert committee.status(committee.x) is S.PROPOSED
    assert committee.status(committee.z) is S.IDEA
    moved = update_meeting(
        committee.project, dataclasses.replace(meeting, held_on=DAY.replace(day=25), title="SG")
    )
    assert moved.proposal_ids == meeting.proposal_ids and moved.title == "SG"
    assert list_meetings(committee.project) == [moved]


def test_setting_proposals_can_be_undone(committee: Committee) -> None:
    project = committee.project
    change = set_meeting_proposals(project, committee.meeting.id, [committee.z, committee.x])
    assert get_meeting(project, committee.meeting.id).proposal_ids == (committee.z, committee.x)
    assert committee.status(committee.z) is S.PROPOSED
    assert committee.status(committee.y) is S.PROPOSED  # taken off, keeps its status
    restore_meeting_proposals(project, change)
    assert get_meeting(project, committee.meeting.id).proposal_ids == (committee.x, committee.y)
    assert committee.status(committee.z) is S.IDEA


def test_a_topic_without_question_cannot_be_put_to_a_meeting(committee: Committee) -> None:
    bare = add_topic(committee.project, Topic(title="Kaal")).id
    with pytest.raises(ValidationError) as refused:
        set_meeting_proposals(committee.project, committee.meeting.id, [bare])
    assert refused.value.field == "strategic_question"
    assert get_meeting(committee.project, committee.meeting.id).proposal_ids == (
        committee.x,
        committee.y,
    )


def test_a_meeting_without_decisions_can_be_deleted_and_restored(committee: Committee) -> None:
    project = committee.project
    before = rows(project, "meeting"), rows(project, "meeting_proposal")
    removed = delete_meeting(project, committee.meeting.id)
    assert list_meetings(project) == []
    restore_meeting(project, removed)
    assert (rows(project, "meeting"), rows(project, "meeting_proposal")) == before


# -- decisions ---------------------------------------------------------------------------------
def test_choosing_a_topic_sets_the_statuses_in_one_go(committee: Committee) -> None:
    decision = committee.decide(
        "Kies X", chosen_topic_id=committee.x, rationale="Gedeeld", review_on=DAY.replace(year=2027)
    )
    assert decision.decided_on == DAY and decision.recorded_at
    assert (committee.status(committee.x), committee.status(committee.y)) == (S.CHOSEN, S.ON_HOLD)
    assert committee.status(committee.z) is S.IDEA
    assert chosen_topic_id(committee.project) == committee.x
    assert list_decisions(committee.project) == [decision]


def test_the_committee_can_reject_the_other_proposals(committee: Committee) -> None:
    committee.decide(chosen_topic_id=committee.y, others_outcome=S.REJECTED)
    assert (committee.status(committee.x), committee.status(committee.y)) == (S.REJECTED, S.CHOSEN)
    with pytest.raises(StatusChangeError):  # a chosen topic never changes by hand
        change_topic_status(committee.project, committee.y, S.IDEA)
    change_topic_status(committee.project, committee.x, S.IDEA)  # reconsidered


def test_a_status_change_cannot_be_undone_after_a_decision(committee: Committee) -> None:
    project = committee.project
    previous = change_topic_status(project, committee.x, S.IDEA)  # withdrawn by hand
    set_meeting_proposals(project, committee.meeting.id, [committee.x, committee.y])
    committee.decide(chosen_topic_id=committee.x)
    with pytest.raises(ValidationError) as refused:
        restore_topic_status(project, committee.x, previous)
    assert refused.value.field == "status"
    assert committee.status(committee.x) is S.CHOSEN


def test_a_failed_decision_changes_nothing(committee: Committee) -> None:
    with pytest.raises(ValidationError):
        committee.decide(chosen_topic_id=committee.z)  # not put to this meeting
    assert list_decisions(committee.project) == []
    assert committee.status(committee.x) is S.PROPOSED


def test_the_store_offers_no_update_or_delete_of_decisions() -> None:
    public = {name for name in dir(steering) if not name.startswith("_")}
    assert "record_decision" in public
    assert not [
        n for n in public if "decision" in n and n.startswith(("update", "delete", "remove"))
    ]


def test_sql_refuses_to_update_or_delete_a_decision(committee: Committee) -> None:
    decision = committee.decide(chosen_topic_id=committee.x)
    connection = committee.project.connection
    for statement in (
        "UPDATE decision SET text = 'anders' WHERE id = ?",
        "DELETE FROM decision WHERE id = ?",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute(statement, (decision.id,))
    # Nor indirectly, through the meeting or the chosen topic.
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("DELETE FROM meeting WHERE id = ?", (committee.meeting.id,))
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("DELETE FROM topic WHERE id = ?", (committee.x,))
    assert list_decisions(committee.project) == [decision]


def test_the_store_keeps_decided_meetings_and_topics(committee: Committee) -> None:
    committee.decide(chosen_topic_id=committee.x)
    project = committee.project
    with pytest.raises(ValidationError):
        delete_meeting(project, committee.meeting.id)
    with pytest.raises(ValidationError):
        set_meeting_proposals(project, committee.meeting.id, [committee.x])
    for topic_id in (committee.x, committee.y):  # chosen, or put to a meeting that decided
        with pytest.raises(ValidationError):
            delete_topic(project, topic_id)
    delete_topic(project, committee.z)


def test_a_correction_replaces_a_decision_and_is_logged(committee: Committee) -> None:
    first = committee.decide("Kies X", chosen_topic_id=committee.x)
    correction = committee.decide(
        "Kies Y", chosen_topic_id=committee.y, replaces_decision_id=first.id, rationale="Notulen"
    )
    assert (committee.status(committee.x), committee.status(committee.y)) == (S.ON_HOLD, S.CHOSEN)
    assert standing_decisions(committee.project) == [correction]
    assert chosen_topic_id(committee.project) == committee.y
    log = decision_log(committee.project)
    assert [(e.number, e.standing, e.replaces_number) for e in log] == [
        (1, False, None),
        (2, True, 1),
    ]
    assert log[0].replaced_by_id == correction.id and log[1].chosen_topic_title == "Y"
    assert log[0].decision == first  # the original is kept as it was
    with pytest.raises(ValidationError) as refused:  # replaced at most once
        committee.decide("Nog eens", replaces_decision_id=first.id)
    assert refused.value.field == "replaces_decision_id"


def test_a_second_choice_must_be_a_correction(committee: Committee) -> None:
    committee.decide(chosen_topic_id=committee.x)
    with pytest.raises(ValidationError) as refused:
        committee.decide(chosen_topic_id=committee.y)
    assert refused.value.field == "replaces_decision_id"
    committee.decide("Ook besloten: budget vrijmaken")  # no topic chosen: no effect
    assert committee.status(committee.x) is S.CHOSEN


def test_a_correction_that_chooses_nothing_reopens_the_choice(committee: Committee) -> None:
    first = committee.decide(chosen_topic_id=committee.x)
    committee.decide("Besluit ingetrokken", replaces_decision_id=first.id)
    assert (committee.status(committee.x), committee.status(committee.y)) == (
        S.PROPOSED,
        S.PROPOSED,
    )
    assert chosen_topic_id(committee.project) is None


def test_a_correction_at_a_later_meeting_may_choose_from_the_first(committee: Committee) -> None:
    first = committee.decide(chosen_topic_id=committee.x)
    later = add_meeting(committee.project, Meeting(held_on=DAY.replace(month=12)))
    record_decision(
        committee.project,
        Decision(later.id, "Toch Y", chosen_topic_id=committee.y, replaces_decision_id=first.id),
    )
    assert committee.status(committee.y) is S.CHOSEN
    assert decision_log(committee.project)[1].decision.decided_on == DAY.replace(month=12)
