"""The readiness dashboard: is the pilot ready to start, per strategic challenge?

Three challenges, each green / amber / red with what is done and the concrete items still
missing; every item names the ``page`` that fixes it (``PAGE_*``) and, where it helps, the
row to open (``target_id``). Texts are English source texts in context ``READINESS_CONTEXT``
with ``{placeholders}``; ``ReadinessItem.translated`` fills them in.

- **Inhoud** (content): red until a standing steering-committee decision chose a topic;
  green when the chosen topic has a strategic question, at least one KPI and a green wheel
  (``domain.wheel``: 75 % or more); amber otherwise. The wheel's open items (sources not
  fully available, roles without a person, actions not done, empty segments) are listed
  even when the wheel as a whole is green.
- **Team**: not started yet (red): roles and candidates come with a later version.
- **Middelen** (means): not started (red) while there is no budget; green when funding covers
  the total cost and a scenario is proposed, red when no funding is recorded, amber otherwise.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from dgw_desktop.domain.formatting import format_date, format_money
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, Translator
from dgw_desktop.domain.topics import Topic, TopicStatus
from dgw_desktop.domain.wheel import (
    Availability,
    DataSource,
    TrafficLight,
    WheelAction,
    WheelRole,
    wheel_readiness,
)

READINESS_CONTEXT = "Readiness"

PAGE_TOPICS = "topics"  # the topics page (topic editor and wheel); target_id: a topic
PAGE_COMPARISON = "comparison"  # the topics side by side, where topics are marked to propose
PAGE_DECISIONS = "decisions"  # steering committee: meetings and the decision log
PAGE_TEAM = "team"  # roles and candidates (a later issue)
PAGE_BUDGET = "budget"  # budget, scenarios and funding


class StrategicChallenge(enum.Enum):
    CONTENT = "content"  # inhoud
    TEAM = "team"
    MEANS = "means"  # middelen


CHALLENGE_LABELS: dict[StrategicChallenge, str] = {
    StrategicChallenge.CONTENT: QT_TRANSLATE_NOOP("Readiness", "Content"),
    StrategicChallenge.TEAM: QT_TRANSLATE_NOOP("Readiness", "Team"),
    StrategicChallenge.MEANS: QT_TRANSLATE_NOOP("Readiness", "Means"),
}
"""English source texts; Dutch: Inhoud, Team, Middelen."""

NOT_STARTED_LABEL = QT_TRANSLATE_NOOP("Readiness", "Not started yet")
"""Dutch: Nog niet gestart."""


def _identity(context: str, text: str) -> str:
    del context
    return text


@dataclass(frozen=True)
class ReadinessItem:
    """One thing done or missing; ``page`` (a ``PAGE_*``) is where the user fixes it."""

    text: str
    page: str
    target_id: str | None = None
    params: tuple[tuple[str, str], ...] = ()

    def translated(self, translate: Translator = _identity) -> str:
        return translate(READINESS_CONTEXT, self.text).format(**dict(self.params))


def _item(text: str, page: str, target_id: str | None = None, **params: str) -> ReadinessItem:
    return ReadinessItem(text, page, target_id, tuple(params.items()))


@dataclass(frozen=True)
class ChallengeReadiness:
    challenge: StrategicChallenge
    status: TrafficLight
    summary: ReadinessItem  # one line for the card
    done: tuple[ReadinessItem, ...] = ()
    missing: tuple[ReadinessItem, ...] = ()
    started: bool = True
    reason: str = ""  # why it has not started (an English source text), else ""

    @property
    def label(self) -> str:
        return CHALLENGE_LABELS[self.challenge]


@dataclass(frozen=True)
class ReadinessDashboard:
    content: ChallengeReadiness
    team: ChallengeReadiness
    means: ChallengeReadiness

    @property
    def challenges(self) -> tuple[ChallengeReadiness, ChallengeReadiness, ChallengeReadiness]:
        return (self.content, self.team, self.means)


# -- content ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ContentFacts:
    """What the content readiness is computed from (read by ``store.readiness``)."""

    topics: Sequence[Topic]
    chosen_topic_id: str | None = None  # chosen by a standing decision
    chosen_on: datetime.date | None = None
    data_sources: Sequence[DataSource] = ()  # the chosen topic's wheel
    roles: Sequence[WheelRole] = ()
    actions: Sequence[WheelAction] = ()
    kpi_count: int = 0  # of the chosen topic


def _no_choice(facts: ContentFacts) -> ChallengeReadiness:
    proposed = [
        topic
        for topic in facts.topics
        if topic.status is TopicStatus.PROPOSED or topic.marked_for_proposal
    ]
    missing: list[ReadinessItem] = []
    if not facts.topics:
        missing.append(
            _item(
                QT_TRANSLATE_NOOP(
                    "Readiness", "Turn the shared challenges and themes into candidate topics."
                ),
                PAGE_TOPICS,
            )
        )
    elif not proposed:
        missing.append(
            _item(
                QT_TRANSLATE_NOOP(
                    "Readiness", "Mark the topics to propose to the steering committee."
                ),
                PAGE_COMPARISON,
            )
        )
    for topic in proposed:
        if not topic.strategic_question:
            missing.append(
                _item(
                    QT_TRANSLATE_NOOP("Readiness", "Topic “{title}” has no strategic question."),
                    PAGE_TOPICS,
                    topic.id,
                    title=topic.title,
                )
            )
    missing.append(
        _item(
            QT_TRANSLATE_NOOP("Readiness", "The steering committee has not chosen a topic yet."),
            PAGE_DECISIONS,
        )
    )
    summary = _item(QT_TRANSLATE_NOOP("Readiness", "No topic chosen yet."), PAGE_DECISIONS)
    return ChallengeReadiness(
        StrategicChallenge.CONTENT, TrafficLight.RED, summary, missing=tuple(missing)
    )


def _wheel_items(topic: Topic, facts: ContentFacts) -> list[ReadinessItem]:
    """The chosen topic's open wheel items, segment by segment."""
    missing: list[ReadinessItem] = []
    empty = {
        QT_TRANSLATE_NOOP("Readiness", "No data sources recorded for “{title}” yet."): (
            facts.data_sources
        ),
        QT_TRANSLATE_NOOP("Readiness", "No roles recorded for “{title}” yet."): facts.roles,
        QT_TRANSLATE_NOOP("Readiness", "No actions recorded for “{title}” yet."): facts.actions,
    }
    for text, items in empty.items():
        if not items:
            missing.append(_item(text, PAGE_TOPICS, topic.id, title=topic.title))
    for source in facts.data_sources:
        if source.availability is Availability.PARTIAL:
            text = QT_TRANSLATE_NOOP("Readiness", "Data source “{name}” is only partly available.")
        elif source.availability is Availability.UNAVAILABLE:
            text = QT_TRANSLATE_NOOP("Readiness", "Data source “{name}” is not available yet.")
        else:
            continue
        missing.append(_item(text, PAGE_TOPICS, topic.id, name=source.name))
    for role in facts.roles:
        if not role.filled:
            missing.append(
                _item(
                    QT_TRANSLATE_NOOP("Readiness", "No one named yet for the role “{role}”."),
                    PAGE_TOPICS,
                    topic.id,
                    role=role.role,
                )
            )
    for action in facts.actions:
        if action.done:
            continue
        if action.due_on is not None:
            text = QT_TRANSLATE_NOOP("Readiness", "Action “{action}” is open (due {date}).")
        else:
            text = QT_TRANSLATE_NOOP("Readiness", "Action “{action}” is open.")
        missing.append(
            _item(
                text, PAGE_TOPICS, topic.id, action=action.action, date=format_date(action.due_on)
            )
        )
    return missing


def content_readiness(facts: ContentFacts) -> ChallengeReadiness:
    """Inhoud: see the module docstring for the rule."""
    topic = next((t for t in facts.topics if t.id == facts.chosen_topic_id), None)
    if topic is None:
        return _no_choice(facts)
    done = [
        _item(
            QT_TRANSLATE_NOOP("Readiness", "The steering committee chose “{title}” on {date}."),
            PAGE_DECISIONS,
            topic.id,
            title=topic.title,
            date=format_date(facts.chosen_on),
        )
    ]
    missing: list[ReadinessItem] = []
    if topic.strategic_question:
        done.append(
            _item(
                QT_TRANSLATE_NOOP("Readiness", "Strategic question: {question}"),
                PAGE_TOPICS,
                topic.id,
                question=topic.strategic_question,
            )
        )
    else:
        missing.append(
            _item(
                QT_TRANSLATE_NOOP("Readiness", "Topic “{title}” has no strategic question."),
                PAGE_TOPICS,
                topic.id,
                title=topic.title,
            )
        )
    if facts.kpi_count:
        done.append(
            _item(
                QT_TRANSLATE_NOOP("Readiness", "KPIs set: {count}."),
                PAGE_TOPICS,
                topic.id,
                count=str(facts.kpi_count),
            )
        )
    else:
        missing.append(
            _item(
                QT_TRANSLATE_NOOP("Readiness", "No KPIs set for “{title}” yet."),
                PAGE_TOPICS,
                topic.id,
                title=topic.title,
            )
        )
    wheel = wheel_readiness(facts.data_sources, facts.roles, facts.actions)
    wheel_item = _item(
        QT_TRANSLATE_NOOP(
            "Readiness",
            "DGW wheel {percent} % ready (data {data} %, people {people} %, actions {actions} %).",
        ),
        PAGE_TOPICS,
        topic.id,
        percent=str(wheel.percent),
        data=str(wheel.data.percent),
        people=str(wheel.people.percent),
        actions=str(wheel.actions.percent),
    )
    if wheel.status is TrafficLight.GREEN:
        done.append(wheel_item)
    else:
        missing.append(wheel_item)
    missing += _wheel_items(topic, facts)
    ready = (
        bool(topic.strategic_question)
        and facts.kpi_count > 0
        and wheel.status is TrafficLight.GREEN
    )
    summary = _item(
        QT_TRANSLATE_NOOP("Readiness", "“{title}” chosen; DGW wheel {percent} % ready."),
        PAGE_TOPICS,
        topic.id,
        title=topic.title,
        percent=str(wheel.percent),
    )
    return ChallengeReadiness(
        StrategicChallenge.CONTENT,
        TrafficLight.GREEN if ready else TrafficLight.AMBER,
        summary,
        tuple(done),
        tuple(missing),
    )


# -- team ----------------------------------------------------------------------------------------
TEAM_NOT_STARTED_REASON = QT_TRANSLATE_NOOP(
    "Readiness",
    "Roles and candidates (data-analist, gegevenscoördinator) are recorded in a later version "
    "of DGW Desktop.",
)


def team_readiness() -> ChallengeReadiness:
    """Team: not started until roles and candidates can be recorded."""
    return ChallengeReadiness(
        StrategicChallenge.TEAM,
        TrafficLight.RED,
        _item(NOT_STARTED_LABEL, PAGE_TEAM),
        missing=(
            _item(
                QT_TRANSLATE_NOOP(
                    "Readiness", "Find and appoint a data-analist and a gegevenscoördinator."
                ),
                PAGE_TEAM,
            ),
        ),
        started=False,
        reason=TEAM_NOT_STARTED_REASON,
    )


# -- means ---------------------------------------------------------------------------------------
MEANS_NOT_STARTED_REASON = QT_TRANSLATE_NOOP("Readiness", "No budget has been drawn up yet.")


@dataclass(frozen=True)
class MeansFacts:
    """The budget figures the means readiness needs (read by ``store.readiness``).

    With a proposed scenario: its total cost and funding, and per member the part of its
    share that its funding leaves uncovered. Without one: the budget's total and the
    funding that counts in every scenario.
    """

    total_cents: int  # the cost of the pilot
    funded_cents: int  # funding (dekking) recorded against it
    proposed_scenario: str = ""  # the name of the scenario marked as the proposal, if any
    gaps: tuple[tuple[str, int], ...] = ()  # (municipality name, uncovered cents > 0)


def means_readiness(facts: MeansFacts | None) -> ChallengeReadiness:
    """Middelen: see the module docstring; ``None`` or a zero budget: not started."""
    if facts is None or facts.total_cents <= 0:
        return ChallengeReadiness(
            StrategicChallenge.MEANS,
            TrafficLight.RED,
            _item(NOT_STARTED_LABEL, PAGE_BUDGET),
            missing=(
                _item(
                    QT_TRANSLATE_NOOP(
                        "Readiness", "Draw up the budget, the cost split and the funding."
                    ),
                    PAGE_BUDGET,
                ),
            ),
            started=False,
            reason=MEANS_NOT_STARTED_REASON,
        )
    total = format_money(facts.total_cents)
    gap = facts.total_cents - facts.funded_cents
    done = [_item(QT_TRANSLATE_NOOP("Readiness", "Budget: {total}."), PAGE_BUDGET, total=total)]
    missing: list[ReadinessItem] = []
    if facts.proposed_scenario:
        done.append(
            _item(
                QT_TRANSLATE_NOOP("Readiness", "Proposed cost split: scenario “{name}”."),
                PAGE_BUDGET,
                name=facts.proposed_scenario,
            )
        )
    else:
        missing.append(
            _item(
                QT_TRANSLATE_NOOP("Readiness", "Mark the scenario to propose for the cost split."),
                PAGE_BUDGET,
            )
        )
    if gap <= 0:
        done.append(
            _item(QT_TRANSLATE_NOOP("Readiness", "The funding covers the budget."), PAGE_BUDGET)
        )
    else:
        missing.append(
            _item(
                QT_TRANSLATE_NOOP("Readiness", "{gap} of the budget is not covered by funding."),
                PAGE_BUDGET,
                gap=format_money(gap),
            )
        )
    for name, uncovered in facts.gaps:
        missing.append(
            _item(
                QT_TRANSLATE_NOOP("Readiness", "{name}: {gap} of its share is not covered."),
                PAGE_BUDGET,
                name=name,
                gap=format_money(uncovered),
            )
        )
    if not missing:
        status = TrafficLight.GREEN
    elif facts.funded_cents <= 0:
        status = TrafficLight.RED
    else:
        status = TrafficLight.AMBER
    summary = _item(
        QT_TRANSLATE_NOOP("Readiness", "Budget {total}; funded {funded}."),
        PAGE_BUDGET,
        total=total,
        funded=format_money(facts.funded_cents),
    )
    return ChallengeReadiness(
        StrategicChallenge.MEANS, status, summary, tuple(done), tuple(missing)
    )
