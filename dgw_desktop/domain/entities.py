"""The entities of a project. Plain frozen dataclasses: the store reads and writes them."""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass, field


def new_id() -> str:
    """UUID keys let files captured on two laptops merge without collisions."""
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
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Challenge:
    text: str
    domain_id: str
    workshop_id: str | None = None
    municipality_ids: tuple[str, ...] = ()
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: str = ""


DEFAULT_DOMAINS: tuple[str, ...] = ("bedrijfsvoering", "sociaal", "ruimte")
