"""The steering committee (stuurgroep): meetings, proposals and an append-only decision log.

A decision is never edited or removed. A correction is a new decision that names the one it
replaces (``replaces_decision_id``); a decision is replaced at most once, so the log reads as
a chain. What a decision does to the topics (``decision_effects``):

- **choosing topic X** (``chosen_topic_id``): X must be one of the topics put to the meeting
  (or, for a correction, to the meeting of the decision it replaces). X becomes gekozen; the
  other topics of those meetings become aangehouden (``others_outcome``, the default: the
  committee did not turn them down on their merits, they can come back) or afgewezen when
  the committee says so. One topic is chosen at a time: while another decision that chose a
  different topic still stands, a new choice must be recorded as its correction.
- **a correction that chooses nothing** reopens the choice: the topics of the replaced
  decision's meeting that have a committee status go back to voorgesteld.
- any other decision (a note, a budget decision) leaves the topics as they are.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from dgw_desktop.domain.entities import new_id
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.domain.topics import COMMITTEE_STATUSES, TopicStatus
from dgw_desktop.domain.validation import MAX_TEXT_LENGTH

OTHERS_OUTCOMES: tuple[TopicStatus, ...] = (TopicStatus.ON_HOLD, TopicStatus.REJECTED)
"""What the meeting's other proposals may become when the committee chooses a topic."""

DECISION_RULE = QT_TRANSLATE_NOOP(
    "Steering",
    "Decisions are never changed or removed. To correct a decision, record a new decision "
    "that replaces it. Choosing a topic makes it chosen and puts the meeting's other "
    "proposals on hold, or rejects them if the committee says so.",
)
"""The rule in words, for the decision log (translate with context "Steering")."""


@dataclass(frozen=True)
class Meeting:
    """A steering-committee meeting; ``proposal_ids`` are the topics put to it, in order.

    The proposals are read with the meeting but changed only with ``set_meeting_proposals``
    in the store (putting a topic to a meeting proposes it).
    """

    held_on: datetime.date
    title: str = ""
    location: str = ""
    members_present: tuple[str, ...] = ()
    agenda_items: tuple[str, ...] = ()
    proposal_ids: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Decision:
    """One entry of the decision log. ``decided_on`` None: the date of the meeting."""

    meeting_id: str
    text: str  # what was decided
    decided_on: datetime.date | None = None
    chosen_topic_id: str | None = None
    others_outcome: TopicStatus = TopicStatus.ON_HOLD  # used when a topic is chosen
    rationale: str = ""
    review_on: datetime.date | None = None  # when the committee looks at it again
    replaces_decision_id: str | None = None
    id: str = field(default_factory=new_id)
    recorded_at: str = ""  # set by the store (ISO timestamp)


def _text(value: str, field_name: str, required_message: str | None = None) -> str:
    cleaned = value.strip()
    if required_message is not None and not cleaned:
        raise ValidationError(field_name, required_message)
    if len(cleaned) > MAX_TEXT_LENGTH:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "The text is longer than {limit} characters."),
            limit=MAX_TEXT_LENGTH,
        )
    return cleaned


def _lines(values: tuple[str, ...], field_name: str) -> tuple[str, ...]:
    """One name or agenda item per entry: lines split, blanks dropped, repeats kept once."""
    cleaned = [
        _text(line, field_name)
        for value in values
        for line in value.replace("\r", "\n").split("\n")
    ]
    return tuple(dict.fromkeys(line for line in cleaned if line))


def validate_meeting(meeting: Meeting) -> Meeting:
    if not isinstance(meeting.held_on, datetime.date):
        raise ValidationError("held_on", QT_TRANSLATE_NOOP("Validation", "A meeting needs a date."))
    return dataclasses.replace(
        meeting,
        title=_text(meeting.title, "title"),
        location=_text(meeting.location, "location"),
        members_present=_lines(meeting.members_present, "members_present"),
        agenda_items=_lines(meeting.agenda_items, "agenda_items"),
        proposal_ids=tuple(dict.fromkeys(meeting.proposal_ids)),
    )


def validate_decision(decision: Decision, meeting: Meeting) -> Decision:
    """Text required, dates in order, a valid outcome; ``decided_on`` filled in."""
    text = _text(
        decision.text,
        "text",
        QT_TRANSLATE_NOOP("Validation", "Write down what the committee decided."),
    )
    decided_on = decision.decided_on or meeting.held_on
    if decision.review_on is not None and decision.review_on < decided_on:
        raise ValidationError(
            "review_on",
            QT_TRANSLATE_NOOP(
                "Validation", "The review date cannot lie before the date of the decision."
            ),
        )
    if decision.others_outcome not in OTHERS_OUTCOMES:
        raise ValidationError(
            "others_outcome",
            QT_TRANSLATE_NOOP(
                "Validation", "The other proposals can only be put on hold or rejected."
            ),
        )
    if decision.replaces_decision_id == decision.id:
        raise ValidationError(
            "replaces_decision_id",
            QT_TRANSLATE_NOOP("Validation", "A decision cannot replace itself."),
        )
    return dataclasses.replace(
        decision,
        text=text,
        decided_on=decided_on,
        rationale=_text(decision.rationale, "rationale"),
    )


def decision_effects(
    decision: Decision,
    proposals: Collection[str],
    statuses: Mapping[str, TopicStatus],
    standing_choices: Mapping[str, str],
    replaced: Decision | None = None,
) -> dict[str, TopicStatus]:
    """The topics whose status the decision changes: topic id → new status.

    ``proposals``: the topics put to the decision's meeting and, for a correction, to the
    replaced decision's meeting. ``statuses``: every topic's current status.
    ``standing_choices``: decision id → chosen topic id, for the decisions that chose a topic
    and are not replaced. See the module docstring for the rules.
    """
    chosen = decision.chosen_topic_id
    if chosen is None:
        if replaced is None or replaced.chosen_topic_id is None:
            return {}
        return {
            topic_id: TopicStatus.PROPOSED
            for topic_id in proposals
            if statuses.get(topic_id) in COMMITTEE_STATUSES
        }
    if chosen not in proposals or statuses.get(chosen, TopicStatus.IDEA) is TopicStatus.IDEA:
        raise ValidationError(
            "chosen_topic_id",
            QT_TRANSLATE_NOOP("Validation", "Choose one of the topics put to this meeting."),
        )
    replaced_id = replaced.id if replaced is not None else None
    for decision_id, topic_id in standing_choices.items():
        if decision_id != replaced_id and topic_id != chosen:
            raise ValidationError(
                "replaces_decision_id",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Another topic is already chosen by the committee; record this decision "
                    "as a correction of that decision.",
                ),
            )
    # A proposal withdrawn to idea before the meeting decided is left alone.
    effects = {
        topic_id: decision.others_outcome
        for topic_id in proposals
        if topic_id != chosen and statuses.get(topic_id, TopicStatus.IDEA) is not TopicStatus.IDEA
    }
    effects[chosen] = TopicStatus.CHOSEN
    return {
        topic_id: status
        for topic_id, status in effects.items()
        if statuses.get(topic_id) is not status
    }
