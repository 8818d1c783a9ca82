"""The DGW wheel of a topic: which data, which people and which actions the pilot needs.

Each segment's readiness is derived from its items (``READINESS_RULE`` says it in words):

- **Data**: the mean availability of the data sources; beschikbaar counts 1, deels ½,
  niet 0.
- **Mensen** (people): the share of the roles needed that have a person named.
- **Acties** (actions): the share of the actions that are done.
- A segment without items is 0 % and "nog niet ingevuld" (``SegmentReadiness.empty``).
- The wheel as a whole: the mean of its three segments (an empty one counts as 0 %).

Computed exactly with fractions; a percentage is rounded half up to a whole number once, at
the end, and its colour (``segment_status``) follows the rounded figure the user sees:
green from ``GREEN_FROM`` (75 %), amber from ``AMBER_FROM`` (40 %), red below.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from dgw_desktop.domain.entities import new_id
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.domain.validation import MAX_TEXT_LENGTH

WHEEL_CONTEXT = "Wheel"
"""The translation context of the labels and rules below."""

GREEN_FROM = 75
"""A readiness of 75 % or more is green."""
AMBER_FROM = 40
"""40 % up to 74 % is amber; below 40 % red."""

MAX_HOURS_PER_WEEK = Decimal(168)


class Segment(enum.Enum):
    DATA = "data"
    PEOPLE = "people"
    ACTIONS = "actions"


SEGMENT_LABELS: dict[Segment, str] = {
    Segment.DATA: QT_TRANSLATE_NOOP("Wheel", "Data"),
    Segment.PEOPLE: QT_TRANSLATE_NOOP("Wheel", "People"),
    Segment.ACTIONS: QT_TRANSLATE_NOOP("Wheel", "Actions"),
}
"""English source texts; Dutch: Data, Mensen, Acties."""

SEGMENT_DUTCH: dict[Segment, str] = {
    Segment.DATA: "Data",
    Segment.PEOPLE: "Mensen",
    Segment.ACTIONS: "Acties",
}
"""For generated documents, which are always Dutch."""


class Availability(enum.Enum):
    AVAILABLE = "available"  # beschikbaar
    PARTIAL = "partial"  # deels
    UNAVAILABLE = "unavailable"  # niet


AVAILABILITY_LABELS: dict[Availability, str] = {
    Availability.AVAILABLE: QT_TRANSLATE_NOOP("Wheel", "Available"),
    Availability.PARTIAL: QT_TRANSLATE_NOOP("Wheel", "Partly available"),
    Availability.UNAVAILABLE: QT_TRANSLATE_NOOP("Wheel", "Not available"),
}
"""English source texts; Dutch: Beschikbaar, Deels beschikbaar, Niet beschikbaar."""

AVAILABILITY_DUTCH: dict[Availability, str] = {
    Availability.AVAILABLE: "beschikbaar",
    Availability.PARTIAL: "deels",
    Availability.UNAVAILABLE: "niet",
}

AVAILABILITY_WEIGHT: dict[Availability, Fraction] = {
    Availability.AVAILABLE: Fraction(1),
    Availability.PARTIAL: Fraction(1, 2),
    Availability.UNAVAILABLE: Fraction(0),
}


class TrafficLight(enum.Enum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


TRAFFIC_LIGHT_LABELS: dict[TrafficLight, str] = {
    TrafficLight.GREEN: QT_TRANSLATE_NOOP("Wheel", "Ready"),
    TrafficLight.AMBER: QT_TRANSLATE_NOOP("Wheel", "Partly ready"),
    TrafficLight.RED: QT_TRANSLATE_NOOP("Wheel", "Not ready"),
}
"""English source texts; Dutch: Gereed, Deels gereed, Niet gereed."""

EMPTY_SEGMENT_LABEL = QT_TRANSLATE_NOOP("Wheel", "Not filled in yet")
"""Shown for a segment without items (Dutch: Nog niet ingevuld)."""

SEGMENT_RULES: dict[Segment, str] = {
    Segment.DATA: QT_TRANSLATE_NOOP(
        "Wheel",
        "Data: the average availability of the data sources; available counts 1, partly "
        "available ½ and not available 0.",
    ),
    Segment.PEOPLE: QT_TRANSLATE_NOOP(
        "Wheel", "People: the share of the roles needed that have a person named."
    ),
    Segment.ACTIONS: QT_TRANSLATE_NOOP("Wheel", "Actions: the share of the actions done."),
}

READINESS_RULE = QT_TRANSLATE_NOOP(
    "Wheel",
    "Readiness per segment — Data: the average availability of the data sources (available "
    "1, partly ½, not available 0); People: the share of roles with a person named; Actions: "
    "the share of actions done. A segment without items is 0 % (not filled in yet). The "
    "wheel: the average of the three segments. Green from 75 %, amber from 40 %, red below.",
)
"""The whole rule in words, for the wheel's tooltip or legend (context ``WHEEL_CONTEXT``)."""


def segment_status(percent: int) -> TrafficLight:
    """Green from 75 %, amber from 40 %, red below (of the rounded percentage)."""
    if percent >= GREEN_FROM:
        return TrafficLight.GREEN
    if percent >= AMBER_FROM:
        return TrafficLight.AMBER
    return TrafficLight.RED


def to_percent(value: Fraction) -> int:
    """A share 0–1 as a whole percentage, rounded half up: ½ of 1/3 … → 33; 0.745 → 75."""
    return math.floor(value * 100 + Fraction(1, 2))


# -- items ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DataSource:
    """A data source the topic needs; ``municipality_id`` None: not one municipality's."""

    topic_id: str
    name: str
    owner: str = ""  # owner or department
    municipality_id: str | None = None
    availability: Availability = Availability.UNAVAILABLE
    quality_remark: str = ""
    privacy_remark: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class WheelRole:
    """A role the topic needs, the person named for it (may stay empty) and the hours a week."""

    topic_id: str
    role: str
    person: str = ""
    hours_per_week: Decimal = Decimal(0)
    id: str = field(default_factory=new_id)

    @property
    def filled(self) -> bool:
        return bool(self.person.strip())


@dataclass(frozen=True)
class WheelAction:
    """Something that has to happen before or during the pilot."""

    topic_id: str
    action: str
    owner: str = ""
    due_on: datetime.date | None = None
    done: bool = False
    id: str = field(default_factory=new_id)


# -- readiness --------------------------------------------------------------------------------
@dataclass(frozen=True)
class SegmentReadiness:
    segment: Segment
    ready: Fraction  # the items' weights added up (a partly available source counts ½)
    total: int  # the number of items
    percent: int  # 0–100, rounded half up; 0 for an empty segment

    @property
    def empty(self) -> bool:
        """No items: "nog niet ingevuld"."""
        return self.total == 0

    @property
    def status(self) -> TrafficLight:
        return segment_status(self.percent)


@dataclass(frozen=True)
class WheelReadiness:
    data: SegmentReadiness
    people: SegmentReadiness
    actions: SegmentReadiness
    percent: int  # the mean of the three segments, rounded half up

    @property
    def segments(self) -> tuple[SegmentReadiness, SegmentReadiness, SegmentReadiness]:
        return (self.data, self.people, self.actions)

    def segment(self, segment: Segment) -> SegmentReadiness:
        return next(item for item in self.segments if item.segment is segment)

    @property
    def status(self) -> TrafficLight:
        return segment_status(self.percent)


def _segment(segment: Segment, weights: Sequence[Fraction]) -> tuple[SegmentReadiness, Fraction]:
    ready = sum(weights, Fraction(0))
    share = ready / len(weights) if weights else Fraction(0)
    return SegmentReadiness(segment, ready, len(weights), to_percent(share)), share


def data_readiness(sources: Sequence[DataSource]) -> SegmentReadiness:
    return _segment(Segment.DATA, [AVAILABILITY_WEIGHT[s.availability] for s in sources])[0]


def people_readiness(roles: Sequence[WheelRole]) -> SegmentReadiness:
    return _segment(Segment.PEOPLE, [Fraction(int(role.filled)) for role in roles])[0]


def actions_readiness(actions: Sequence[WheelAction]) -> SegmentReadiness:
    return _segment(Segment.ACTIONS, [Fraction(int(action.done)) for action in actions])[0]


def wheel_readiness(
    sources: Sequence[DataSource], roles: Sequence[WheelRole], actions: Sequence[WheelAction]
) -> WheelReadiness:
    """Readiness per segment and of the whole wheel (the mean of the exact segment shares)."""
    data, data_share = _segment(
        Segment.DATA, [AVAILABILITY_WEIGHT[s.availability] for s in sources]
    )
    people, people_share = _segment(Segment.PEOPLE, [Fraction(int(r.filled)) for r in roles])
    done, done_share = _segment(Segment.ACTIONS, [Fraction(int(a.done)) for a in actions])
    overall = (data_share + people_share + done_share) / 3
    return WheelReadiness(data, people, done, to_percent(overall))


EMPTY_WHEEL = wheel_readiness((), (), ())


# -- validation -------------------------------------------------------------------------------
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


def validate_data_source(source: DataSource, known_municipality_ids: Collection[str]) -> DataSource:
    name = _text(
        source.name, "name", QT_TRANSLATE_NOOP("Validation", "A data source needs a name.")
    )
    if source.municipality_id is not None and source.municipality_id not in (
        known_municipality_ids
    ):
        raise ValidationError(
            "municipality_id",
            QT_TRANSLATE_NOOP("Validation", "Choose municipalities of this project."),
        )
    return dataclasses.replace(
        source,
        name=name,
        owner=_text(source.owner, "owner"),
        quality_remark=_text(source.quality_remark, "quality_remark"),
        privacy_remark=_text(source.privacy_remark, "privacy_remark"),
    )


def validate_hours(hours: Decimal) -> Decimal:
    """Hours a week: 0 to 168 with at most two decimals."""
    exponent = hours.as_tuple().exponent if hours.is_finite() else None
    if (
        not isinstance(exponent, int)
        or exponent < -2
        or not Decimal(0) <= hours <= MAX_HOURS_PER_WEEK
    ):
        raise ValidationError(
            "hours_per_week",
            QT_TRANSLATE_NOOP(
                "Validation", "Hours per week: a number from 0 to 168, with at most two decimals."
            ),
        )
    return hours


_HOURS = re.compile(r"^\d+(?:,\d+)?$")


def parse_hours(text: str) -> Decimal:
    """``"4,5"`` → ``Decimal("4.5")``; empty → 0. Refuses anything but a Dutch number."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return Decimal(0)
    if not _HOURS.match(cleaned):
        raise ValidationError(
            "hours_per_week",
            QT_TRANSLATE_NOOP(
                "Validation", "Hours per week: a number from 0 to 168, with at most two decimals."
            ),
        )
    return validate_hours(Decimal(cleaned.replace(",", ".")))


def validate_role(role: WheelRole) -> WheelRole:
    name = _text(role.role, "role", QT_TRANSLATE_NOOP("Validation", "Name the role needed."))
    return dataclasses.replace(
        role,
        role=name,
        person=_text(role.person, "person"),
        hours_per_week=validate_hours(role.hours_per_week),
    )


def validate_action(action: WheelAction) -> WheelAction:
    text = _text(action.action, "action", QT_TRANSLATE_NOOP("Validation", "Describe the action."))
    return dataclasses.replace(action, action=text, owner=_text(action.owner, "owner"))
