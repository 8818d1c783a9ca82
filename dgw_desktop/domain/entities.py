"""The entities of a project. Plain frozen dataclasses: the store reads and writes them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal


def new_id() -> str:
    """UUID keys let files captured on two laptops merge without collisions."""
    import uuid  # imported here: it costs start-up time (it loads platform)

    return str(uuid.uuid4())


@dataclass(frozen=True)
class Project:
    name: str
    description: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Municipality:
    name: str
    cbs_code: str
    inhabitants: int
    is_partner: bool = True
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Domain:
    name: str
    position: int = 0
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Workshop:
    title: str
    domain_id: str
    held_on: datetime.date | None = None
    location: str = ""
    facilitator: str = ""
    municipality_ids: tuple[str, ...] = ()
    notes: str = ""  # agenda and notes
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)  # slots: a project may hold 100,000 of them
class Challenge:
    text: str
    domain_id: str
    workshop_id: str | None = None
    municipality_ids: tuple[str, ...] = ()
    notes: str = ""
    said_by: str = ""  # empty: anonymous (the default; capture stores no author)
    theme_id: str | None = None  # a challenge is in at most one theme
    id: str = field(default_factory=new_id)
    created_at: str = ""


@dataclass(frozen=True)
class Participant:
    """A workshop participant (deelnemer); the name may stay empty."""

    workshop_id: str
    municipality_id: str
    department: str = ""
    name: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Theme:
    """A group of related challenges (thema/cluster); ``domain_id`` None: across domains."""

    name: str
    domain_id: str | None = None
    description: str = ""
    id: str = field(default_factory=new_id)


TargetKind = Literal["challenge", "theme"]


@dataclass(frozen=True, order=True)
class Target:
    """What is voted on, scored or placed: a challenge or a theme."""

    kind: TargetKind
    id: str

    @classmethod
    def challenge(cls, challenge_id: str) -> Target:
        return cls("challenge", challenge_id)

    @classmethod
    def theme(cls, theme_id: str) -> Target:
        return cls("theme", theme_id)

    @property
    def challenge_id(self) -> str | None:
        return self.id if self.kind == "challenge" else None

    @property
    def theme_id(self) -> str | None:
        return self.id if self.kind == "theme" else None


@dataclass(frozen=True)
class VoteRound:
    """A round of dot voting in a workshop: every participant gets the same number of dots."""

    workshop_id: str
    name: str
    dots_per_participant: int = 5
    position: int = 0
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Vote:
    """The dots a target received in a round (only stored when more than 0)."""

    round_id: str
    target: Target
    dots: int
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Criterion:
    """A scoring criterion; ``weight`` is a whole number > 0."""

    name: str
    weight: int = 1
    position: int = 0
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Score:
    """A 1–5 score of a target on a criterion; ``participant_id`` None: the consensus score."""

    criterion_id: str
    target: Target
    value: int
    participant_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Placement:
    """Where a target sits on the impact–effort map (both 1–5)."""

    target: Target
    impact: int
    effort: int
    id: str = field(default_factory=new_id)


DEFAULT_DOMAINS: tuple[str, ...] = ("bedrijfsvoering", "sociaal", "ruimte")
