"""The steering committee: meetings, the topics put to them, and the decision log.

Decisions are append-only (``domain.steering``): this module offers ``record_decision`` and
reading, never an update or delete, and the file refuses both too (SQL triggers). Recording
a decision and the status changes it brings are one transaction. Notified tables:
"meeting", "meeting_proposal", "decision" and "topic".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.domain.steering import (
    Decision,
    Meeting,
    decision_effects,
    validate_decision,
    validate_meeting,
)
from dgw_desktop.domain.topics import TopicStatus, check_manual_transition
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import date_to_text, stamp, text_to_date
from dgw_desktop.store.saved_rows import SavedRows, insert_rows, save_rows
from dgw_desktop.store.topics import existing_topic, write_statuses

# -- meetings -----------------------------------------------------------------------------------
_MEETING_COLUMNS = "id, held_on, title, location, members_present, agenda_items"


def _split(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.split("\n") if line)


def _proposals(project_file: ProjectFile) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for meeting_id, topic_id in project_file.query(
        "SELECT meeting_id, topic_id FROM meeting_proposal ORDER BY position, rowid"
    ):
        found.setdefault(meeting_id, []).append(topic_id)
    return {key: tuple(value) for key, value in found.items()}


def _meeting(row: sqlite3.Row, proposals: dict[str, tuple[str, ...]]) -> Meeting:
    held_on = text_to_date(row["held_on"])
    assert held_on is not None
    return Meeting(
        id=row["id"],
        held_on=held_on,
        title=row["title"],
        location=row["location"],
        members_present=_split(row["members_present"]),
        agenda_items=_split(row["agenda_items"]),
        proposal_ids=proposals.get(row["id"], ()),
    )


def list_meetings(project_file: ProjectFile) -> list[Meeting]:
    """All meetings, earliest first."""
    rows = project_file.query(
        f"SELECT {_MEETING_COLUMNS} FROM meeting ORDER BY held_on, created_at, rowid"
    )
    proposals = _proposals(project_file)
    return [_meeting(row, proposals) for row in rows]


def get_meeting(project_file: ProjectFile, meeting_id: str) -> Meeting:
    found = [meeting for meeting in list_meetings(project_file) if meeting.id == meeting_id]
    if not found:
        raise ValidationError(
            "meeting_id",
            QT_TRANSLATE_NOOP("Validation", "Choose one of the steering committee's meetings."),
        )
    return found[0]


def _meeting_values(meeting: Meeting) -> dict[str, object]:
    return {
        "id": meeting.id,
        "held_on": date_to_text(meeting.held_on),
        "title": meeting.title,
        "location": meeting.location,
        "members_present": "\n".join(meeting.members_present),
        "agenda_items": "\n".join(meeting.agenda_items),
    }


def add_meeting(project_file: ProjectFile, meeting: Meeting) -> Meeting:
    """Add a meeting; its ``proposal_ids`` are put to it as ``set_meeting_proposals`` does."""
    meeting = validate_meeting(meeting)
    with project_file.transaction() as connection:
        connection.execute(
            f"INSERT INTO meeting ({_MEETING_COLUMNS}, created_at, updated_at) VALUES "
            "(:id, :held_on, :title, :location, :members_present, :agenda_items,"
            " :created_at, :updated_at)",
            {**_meeting_values(meeting), **stamp()},
        )
        if meeting.proposal_ids:
            set_meeting_proposals(project_file, meeting.id, meeting.proposal_ids)
    project_file.notify("meeting", [meeting.id])
    return get_meeting(project_file, meeting.id)


def update_meeting(project_file: ProjectFile, meeting: Meeting) -> Meeting:
    """Change date, title, place, members and agenda (not the proposals); undo: update back."""
    get_meeting(project_file, meeting.id)
    meeting = validate_meeting(meeting)
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE meeting SET held_on = :held_on, title = :title, location = :location, "
            "members_present = :members_present, agenda_items = :agenda_items, "
            "updated_at = :now WHERE id = :id",
            {**_meeting_values(meeting), "now": utc_now()},
        )
    project_file.notify("meeting", [meeting.id])
    return get_meeting(project_file, meeting.id)


def _has_decisions(project_file: ProjectFile, meeting_id: str) -> bool:
    return bool(project_file.query("SELECT 1 FROM decision WHERE meeting_id = ?", (meeting_id,)))


@dataclass(frozen=True)
class RemovedMeeting:
    meeting: Meeting
    rows: SavedRows  # the meeting and its proposals


def delete_meeting(project_file: ProjectFile, meeting_id: str) -> RemovedMeeting:
    """Delete a meeting without decisions (with its proposals; the topics keep their status)."""
    meeting = get_meeting(project_file, meeting_id)
    if _has_decisions(project_file, meeting_id):
        raise ValidationError(
            "meeting_id",
            QT_TRANSLATE_NOOP(
                "Validation",
                "This meeting has decisions in the log, so it stays; decisions are never removed.",
            ),
        )
    saved = save_rows(project_file, "meeting", "id = ?", (meeting_id,)) + save_rows(
        project_file, "meeting_proposal", "meeting_id = ?", (meeting_id,)
    )
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM meeting WHERE id = ?", (meeting_id,))
    project_file.notify("meeting", [meeting_id])
    project_file.notify("meeting_proposal")
    return RemovedMeeting(meeting, saved)


def restore_meeting(project_file: ProjectFile, removed: RemovedMeeting) -> None:
    """Undo of ``delete_meeting``: the rows back as they were."""
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    project_file.notify("meeting", [removed.meeting.id])
    project_file.notify("meeting_proposal")


# -- proposals ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProposalsChange:
    """What ``set_meeting_proposals`` changed, for ``restore_meeting_proposals``."""

    meeting_id: str
    previous_ids: tuple[str, ...]
    previous_statuses: tuple[tuple[str, TopicStatus], ...]  # the topics it proposed


def set_meeting_proposals(
    project_file: ProjectFile, meeting_id: str, topic_ids: Sequence[str]
) -> ProposalsChange:
    """Put exactly these topics (in this order) to the meeting.

    A topic put to a meeting is proposed (idee or aangehouden → voorgesteld, by the status
    rules: it needs a strategic question; a chosen or rejected topic is refused). A topic
    taken off keeps its status. Refused once the meeting has decisions.
    """
    meeting = get_meeting(project_file, meeting_id)
    _check_decided(project_file, meeting_id)
    wanted = list(dict.fromkeys(topic_ids))
    changes: dict[str, TopicStatus] = {}
    previous: list[tuple[str, TopicStatus]] = []
    for topic_id in wanted:
        topic = existing_topic(project_file, topic_id)
        if topic.status is not TopicStatus.PROPOSED:
            check_manual_transition(topic, TopicStatus.PROPOSED)
            changes[topic_id] = TopicStatus.PROPOSED
            previous.append((topic_id, topic.status))
    with project_file.transaction() as connection:
        _write_proposals(connection, meeting_id, wanted)
        write_statuses(connection, changes)
    project_file.notify("meeting_proposal", [meeting_id])
    if changes:
        project_file.notify("topic", list(changes))
    return ProposalsChange(meeting_id, meeting.proposal_ids, tuple(previous))


def _check_decided(project_file: ProjectFile, meeting_id: str) -> None:
    if _has_decisions(project_file, meeting_id):
        raise ValidationError(
            "meeting_id",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The committee has decided in this meeting; what was put to it stays as it was.",
            ),
        )


def _write_proposals(connection: sqlite3.Connection, meeting_id: str, ids: Sequence[str]) -> None:
    connection.execute("DELETE FROM meeting_proposal WHERE meeting_id = ?", (meeting_id,))
    connection.executemany(
        "INSERT INTO meeting_proposal (meeting_id, topic_id, position) VALUES (?, ?, ?)",
        [(meeting_id, topic_id, position) for position, topic_id in enumerate(ids)],
    )


def restore_meeting_proposals(project_file: ProjectFile, change: ProposalsChange) -> None:
    """Undo of ``set_meeting_proposals``: the previous proposals and statuses back.

    Refused once a decision has been recorded since (in this meeting, or one that changed the
    status of a topic the change proposed): decisions are not undone, so neither is what
    they rest on.
    """
    _check_decided(project_file, change.meeting_id)
    for topic_id, _previous in change.previous_statuses:
        topic = existing_topic(project_file, topic_id)
        if topic.status is not TopicStatus.PROPOSED:
            raise ValidationError(
                "meeting_id",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The steering committee has decided on topic “{title}” since; what was "
                    "put to the meeting stays as it was.",
                ),
                title=topic.title,
            )
    statuses = dict(change.previous_statuses)
    with project_file.transaction() as connection:
        _write_proposals(connection, change.meeting_id, change.previous_ids)
        write_statuses(connection, statuses)
    project_file.notify("meeting_proposal", [change.meeting_id])
    if statuses:
        project_file.notify("topic", list(statuses))


# -- decisions ----------------------------------------------------------------------------------
_DECISION_COLUMNS = (
    "id, meeting_id, decided_on, text, chosen_topic_id, others_outcome, rationale, review_on, "
    "replaces_decision_id, created_at"
)


def _decision(row: sqlite3.Row) -> Decision:
    return Decision(
        id=row["id"],
        meeting_id=row["meeting_id"],
        decided_on=text_to_date(row["decided_on"]),
        text=row["text"],
        chosen_topic_id=row["chosen_topic_id"],
        others_outcome=TopicStatus(row["others_outcome"]),
        rationale=row["rationale"],
        review_on=text_to_date(row["review_on"]),
        replaces_decision_id=row["replaces_decision_id"],
        recorded_at=row["created_at"],
    )


def list_decisions(project_file: ProjectFile, meeting_id: str | None = None) -> list[Decision]:
    """The log in the order it was written (of one meeting, or all)."""
    where, params = ("WHERE meeting_id = ?", (meeting_id,)) if meeting_id else ("", ())
    rows = project_file.query(
        f"SELECT {_DECISION_COLUMNS} FROM decision {where} ORDER BY created_at, rowid", params
    )
    return [_decision(row) for row in rows]


def get_decision(project_file: ProjectFile, decision_id: str) -> Decision:
    rows = project_file.query(
        f"SELECT {_DECISION_COLUMNS} FROM decision WHERE id = ?", (decision_id,)
    )
    if not rows:
        raise ValidationError(
            "replaces_decision_id",
            QT_TRANSLATE_NOOP("Validation", "Choose one of the decisions in the log."),
        )
    return _decision(rows[0])


def replaced_ids(project_file: ProjectFile) -> dict[str, str]:
    """Replaced decision id → the id of the decision that replaces it."""
    return {
        row[0]: row[1]
        for row in project_file.query(
            "SELECT replaces_decision_id, id FROM decision WHERE replaces_decision_id IS NOT NULL"
        )
    }


def standing_decisions(project_file: ProjectFile) -> list[Decision]:
    """The decisions that no later decision replaces, in the order they were written."""
    replaced = replaced_ids(project_file)
    return [d for d in list_decisions(project_file) if d.id not in replaced]


def record_decision(project_file: ProjectFile, decision: Decision) -> Decision:
    """Write a decision to the log and apply its effect on the topics, in one transaction.

    See ``domain.steering`` for the effects. A decision replaced already cannot be replaced
    again (correct the latest one). There is no undo: a mistake is corrected by a new
    decision that replaces this one.
    """
    meeting = get_meeting(project_file, decision.meeting_id)
    decision = validate_decision(decision, meeting)
    replaced: Decision | None = None
    proposals = list(meeting.proposal_ids)
    if decision.replaces_decision_id is not None:
        replaced = get_decision(project_file, decision.replaces_decision_id)
        if replaced.id in replaced_ids(project_file):
            raise ValidationError(
                "replaces_decision_id",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "That decision has been corrected already; correct the latest decision.",
                ),
            )
        proposals += get_meeting(project_file, replaced.meeting_id).proposal_ids
    statuses = {
        row[0]: TopicStatus(row[1]) for row in project_file.query("SELECT id, status FROM topic")
    }
    choices = {
        d.id: d.chosen_topic_id
        for d in standing_decisions(project_file)
        if d.chosen_topic_id is not None
    }
    effects = decision_effects(decision, dict.fromkeys(proposals), statuses, choices, replaced)
    now = utc_now()
    with project_file.transaction() as connection:
        connection.execute(
            f"INSERT INTO decision ({_DECISION_COLUMNS}, updated_at) VALUES (:id, :meeting_id,"
            " :decided_on, :text, :chosen_topic_id, :others_outcome, :rationale, :review_on,"
            " :replaces_decision_id, :now, :now)",
            {
                "id": decision.id,
                "meeting_id": decision.meeting_id,
                "decided_on": date_to_text(decision.decided_on),
                "text": decision.text,
                "chosen_topic_id": decision.chosen_topic_id,
                "others_outcome": decision.others_outcome.value,
                "rationale": decision.rationale,
                "review_on": date_to_text(decision.review_on),
                "replaces_decision_id": decision.replaces_decision_id,
                "now": now,
            },
        )
        write_statuses(connection, effects)
    project_file.notify("decision", [decision.id])
    if effects:
        project_file.notify("topic", list(effects))
    return get_decision(project_file, decision.id)


@dataclass(frozen=True)
class DecisionLogEntry:
    """One line of the decision log as shown: the decision with its context."""

    number: int  # 1 = the first decision written
    decision: Decision
    meeting: Meeting
    chosen_topic_title: str  # "" when no topic was chosen
    replaced_by_id: str | None  # the correction that replaces it, if any
    replaces_number: int | None  # the number of the decision this one replaces

    @property
    def standing(self) -> bool:
        return self.replaced_by_id is None


def decision_log(project_file: ProjectFile) -> list[DecisionLogEntry]:
    """Every decision, numbered in the order written, with its meeting and corrections."""
    meetings = {meeting.id: meeting for meeting in list_meetings(project_file)}
    titles = {row[0]: row[1] for row in project_file.query("SELECT id, title FROM topic")}
    replaced = replaced_ids(project_file)
    decisions = list_decisions(project_file)
    numbers = {decision.id: number for number, decision in enumerate(decisions, start=1)}
    return [
        DecisionLogEntry(
            number=numbers[decision.id],
            decision=decision,
            meeting=meetings[decision.meeting_id],
            chosen_topic_title=titles.get(decision.chosen_topic_id or "", ""),
            replaced_by_id=replaced.get(decision.id),
            replaces_number=numbers.get(decision.replaces_decision_id or ""),
        )
        for decision in decisions
    ]


def chosen_topic_id(project_file: ProjectFile) -> str | None:
    """The topic a standing decision chose (the latest, should there be several)."""
    chosen = [d.chosen_topic_id for d in standing_decisions(project_file) if d.chosen_topic_id]
    return chosen[-1] if chosen else None
