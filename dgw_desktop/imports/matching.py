"""Finding the project's domains, municipalities and workshops by the names people type.

Matching ignores case, surrounding and repeated spaces and curly apostrophes. Domains also
match without the word "domein"/"domain" ("sociaal domein", "Domein sociaal" → sociaal) and
by common synonyms ("fysiek domein" → ruimte), but only when the project has no domain with
exactly that name. Municipalities match by name or by CBS code (GM0785).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from dgw_desktop.domain.entities import Domain, Municipality, Workshop
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.snapshot import ProjectSnapshot
from dgw_desktop.store.workshops import list_workshops

# What people write for a domain → the default domain it means (DESIGN §7).
DOMAIN_SYNONYMS = {
    "fysiek": "ruimte",
    "fysieke": "ruimte",
    "fysieke leefomgeving": "ruimte",
    "ruimtelijk": "ruimte",
    "ruimtelijke": "ruimte",
    "physical": "ruimte",
    "spatial": "ruimte",
    "sociale": "sociaal",
    "social": "sociaal",
    "operations": "bedrijfsvoering",
    "business operations": "bedrijfsvoering",
}
_ARTICLES = ("het ", "de ", "the ")
_DOMAIN_WORDS = ("domein", "domain")
_LIST_SEPARATORS = re.compile(r"[;,\n]")

ChallengeKey = tuple[str, str]  # (normalised text, domain id): "the same challenge"


def normal(text: str) -> str:
    """Text as compared: case folded, spaces collapsed, curly apostrophes straightened."""
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.split()).casefold()


def domain_core(text: str) -> str:
    """``"Het sociaal domein"`` → ``"sociaal"``: the name without articles or "domein"."""
    core = normal(text.replace(":", " "))
    for article in _ARTICLES:
        core = core.removeprefix(article)
    for word in _DOMAIN_WORDS:
        core = core.removeprefix(word + " ").removesuffix(" " + word)
    return core.strip()


def challenge_key(text: str, domain_id: str) -> ChallengeKey:
    return (normal(text), domain_id)


@dataclass(frozen=True)
class ImportTargets:
    """What an import refers to: names from the project, read once, so planning is pure."""

    domains: tuple[Domain, ...]
    municipalities: tuple[Municipality, ...]
    workshops: tuple[Workshop, ...]
    existing: frozenset[ChallengeKey] = field(default_factory=frozenset)

    @classmethod
    def from_snapshot(cls, snapshot: ProjectSnapshot) -> ImportTargets:
        return cls(
            domains=snapshot.domains,
            municipalities=snapshot.municipalities,
            workshops=snapshot.workshops,
            existing=frozenset(challenge_key(c.text, c.domain_id) for c in snapshot.challenges),
        )


def load_import_targets(project_file: ProjectFile) -> ImportTargets:
    rows = project_file.query("SELECT text, domain_id FROM challenge")
    return ImportTargets(
        domains=tuple(list_domains(project_file)),
        municipalities=tuple(list_municipalities(project_file)),
        workshops=tuple(list_workshops(project_file)),
        existing=frozenset(challenge_key(row[0], row[1]) for row in rows),
    )


class Lookup:
    """Name → entity for one import."""

    def __init__(self, targets: ImportTargets) -> None:
        self.targets = targets
        self._domains = {normal(d.name): d for d in targets.domains}
        self._domain_cores: dict[str, Domain] = {}
        for domain in targets.domains:
            self._domain_cores.setdefault(domain_core(domain.name), domain)
        self._municipalities = {normal(m.name): m for m in targets.municipalities}
        self._municipalities.update(
            {m.cbs_code.casefold(): m for m in targets.municipalities if m.cbs_code}
        )
        self._workshops: dict[str, list[Workshop]] = {}
        for workshop in targets.workshops:
            self._workshops.setdefault(normal(workshop.title), []).append(workshop)
        self._domain_names = {d.id: d.name for d in targets.domains}

    def domain(self, text: str) -> Domain | None:
        exact = self._domains.get(normal(text))
        if exact is not None:
            return exact
        core = domain_core(text)
        found = self._domain_cores.get(core)
        if found is None and core in DOMAIN_SYNONYMS:
            found = self._domain_cores.get(DOMAIN_SYNONYMS[core])
        return found

    def domain_name(self, domain_id: str) -> str:
        return self._domain_names.get(domain_id, "")

    def municipalities(self, cell: str) -> tuple[list[Municipality], list[str]]:
        """The municipalities a cell names (``;``, ``,`` or line separated), and the unknown."""
        whole = self._municipalities.get(normal(cell))
        if whole is not None:
            return [whole], []
        found: dict[str, Municipality] = {}
        unknown: list[str] = []
        for part in _LIST_SEPARATORS.split(cell):
            name = part.strip()
            if not name:
                continue
            municipality = self._municipalities.get(normal(name))
            if municipality is None:
                unknown.append(name)
            else:
                found.setdefault(municipality.id, municipality)
        return list(found.values()), unknown

    def workshops(self, title: str) -> list[Workshop]:
        return self._workshops.get(normal(title), [])


def choices(names: Iterable[str], limit: int = 10) -> str:
    """``"a, b, c"`` for a message; long lists end in ``…``."""
    items = list(names)
    shown = ", ".join(items[:limit])
    return shown + (", …" if len(items) > limit else "")
