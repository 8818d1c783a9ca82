"""Topics (onderwerpen): candidate pilot subjects with a strategic question, and their status.

A topic grows from themes and challenges (its *origins*); they stay as they were. Its status
follows two sets of rules:

- the **project group** moves a topic by hand (``MANUAL_TRANSITIONS``)::

      idee ──► voorgesteld        (needs a strategic question)
      voorgesteld ──► idee        (withdrawn before the committee decides)
      aangehouden ──► voorgesteld (put to the committee again) or ──► idee
      afgewezen ──► idee          (reconsidered)

- only a recorded **steering-committee decision** makes a topic gekozen, afgewezen or
  aangehouden (``COMMITTEE_STATUSES``; see ``domain.steering``). A chosen topic never
  changes by hand: the committee corrects its own decision.

Every other change is refused with a message naming both statuses.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Collection
from dataclasses import dataclass, field

from dgw_desktop.domain.entities import Target, new_id
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, Translator, ValidationError
from dgw_desktop.domain.validation import MAX_TEXT_LENGTH

TOPIC_CONTEXT = "Topic"
"""The translation context of the status labels."""


class TopicStatus(enum.Enum):
    IDEA = "idea"  # idee
    PROPOSED = "proposed"  # voorgesteld
    CHOSEN = "chosen"  # gekozen
    REJECTED = "rejected"  # afgewezen
    ON_HOLD = "on-hold"  # aangehouden


TOPIC_STATUS_LABELS: dict[TopicStatus, str] = {
    TopicStatus.IDEA: QT_TRANSLATE_NOOP("Topic", "Idea"),
    TopicStatus.PROPOSED: QT_TRANSLATE_NOOP("Topic", "Proposed"),
    TopicStatus.CHOSEN: QT_TRANSLATE_NOOP("Topic", "Chosen"),
    TopicStatus.REJECTED: QT_TRANSLATE_NOOP("Topic", "Rejected"),
    TopicStatus.ON_HOLD: QT_TRANSLATE_NOOP("Topic", "On hold"),
}
"""English source texts (context ``TOPIC_CONTEXT``); Dutch: Idee, Voorgesteld, Gekozen,
Afgewezen, Aangehouden."""

TOPIC_STATUS_DUTCH: dict[TopicStatus, str] = {
    TopicStatus.IDEA: "idee",
    TopicStatus.PROPOSED: "voorgesteld",
    TopicStatus.CHOSEN: "gekozen",
    TopicStatus.REJECTED: "afgewezen",
    TopicStatus.ON_HOLD: "aangehouden",
}
"""For generated documents, which are always Dutch."""

MANUAL_TRANSITIONS: dict[TopicStatus, frozenset[TopicStatus]] = {
    TopicStatus.IDEA: frozenset({TopicStatus.PROPOSED}),
    TopicStatus.PROPOSED: frozenset({TopicStatus.IDEA}),
    TopicStatus.ON_HOLD: frozenset({TopicStatus.PROPOSED, TopicStatus.IDEA}),
    TopicStatus.REJECTED: frozenset({TopicStatus.IDEA}),
    TopicStatus.CHOSEN: frozenset(),
}
"""What the project group may change by hand (see the module docstring)."""

COMMITTEE_STATUSES: frozenset[TopicStatus] = frozenset(
    {TopicStatus.CHOSEN, TopicStatus.REJECTED, TopicStatus.ON_HOLD}
)
"""Statuses only a steering-committee decision gives."""

STATUS_RULE = QT_TRANSLATE_NOOP(
    "Topic",
    "A topic goes from idea to proposed once it has a strategic question; the project group "
    "can withdraw a proposal (back to idea), propose a topic on hold again, and reconsider a "
    "rejected one. Only a decision of the steering committee makes a topic chosen, rejected "
    "or on hold.",
)
"""The rule in words, for a tooltip (translate with context ``TOPIC_CONTEXT``)."""


def _identity(context: str, text: str) -> str:
    del context
    return text


def status_label(status: TopicStatus) -> str:
    """The English source text; translate with context ``TOPIC_CONTEXT``."""
    return TOPIC_STATUS_LABELS[status]


class StatusChangeError(ValidationError):
    """A refused change of status; the two status names are translated on display too."""

    def __init__(self, text: str, current: TopicStatus, new: TopicStatus) -> None:
        super().__init__("status", text, current=status_label(current), new=status_label(new))
        self.current = current
        self.new = new

    def translated(self, translate: Translator = _identity) -> str:
        return translate(self.context, self.text).format(
            current=translate(TOPIC_CONTEXT, status_label(self.current)),
            new=translate(TOPIC_CONTEXT, status_label(self.new)),
        )


@dataclass(frozen=True)
class Topic:
    """A candidate pilot subject; ``domain_id`` None: across domains.

    ``origins`` are the themes and challenges it grew from. ``status`` changes only through
    the status rules (the store's ``change_topic_status`` and decisions), never by an update.
    """

    title: str
    domain_id: str | None = None
    strategic_question: str = ""
    description: str = ""
    status: TopicStatus = TopicStatus.IDEA
    marked_for_proposal: bool = False
    origins: tuple[Target, ...] = ()
    id: str = field(default_factory=new_id)


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


def validate_topic(topic: Topic, known_domain_ids: Collection[str]) -> Topic:
    """Title required; domain one of the project's (or None); origins without repeats.

    Whether the origins exist is the store's to check. A proposed (or later) topic keeps a
    strategic question: it cannot be emptied.
    """
    title = _text(topic.title, "title", QT_TRANSLATE_NOOP("Validation", "A topic needs a title."))
    if topic.domain_id is not None and topic.domain_id not in known_domain_ids:
        raise ValidationError(
            "domain_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the project's domains.")
        )
    question = _text(topic.strategic_question, "strategic_question")
    if not question and topic.status is not TopicStatus.IDEA:
        raise ValidationError(
            "strategic_question",
            QT_TRANSLATE_NOOP(
                "Validation", "A topic that has been proposed keeps its strategic question."
            ),
        )
    if any(origin.kind not in ("challenge", "theme") for origin in topic.origins):
        raise ValidationError(
            "origins",
            QT_TRANSLATE_NOOP("Validation", "Choose a challenge or theme of this project."),
        )
    return dataclasses.replace(
        topic,
        title=title,
        strategic_question=question,
        description=_text(topic.description, "description"),
        origins=tuple(dict.fromkeys(topic.origins)),
    )


def check_manual_transition(topic: Topic, new: TopicStatus) -> None:
    """Refuse a change of status the project group may not make by hand (see the module)."""
    current = topic.status
    if new is current:
        return
    if new in COMMITTEE_STATUSES or current is TopicStatus.CHOSEN:
        raise StatusChangeError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Only a decision of the steering committee can change “{current}” into "
                "“{new}”; record the decision instead.",
            ),
            current,
            new,
        )
    if new not in MANUAL_TRANSITIONS[current]:
        raise StatusChangeError(
            QT_TRANSLATE_NOOP("Validation", "A topic cannot go from “{current}” to “{new}”."),
            current,
            new,
        )
    check_can_be_proposed(topic, new)


def check_can_be_proposed(topic: Topic, new: TopicStatus = TopicStatus.PROPOSED) -> None:
    """A topic is proposed only with a strategic question."""
    if new is TopicStatus.PROPOSED and not topic.strategic_question.strip():
        raise ValidationError(
            "strategic_question",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Topic “{title}” needs a strategic question before it can be proposed.",
            ),
            title=topic.title,
        )
