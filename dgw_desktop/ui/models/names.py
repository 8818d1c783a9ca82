"""Id → name lookups, so table models show names rather than UUIDs."""

from __future__ import annotations

from dataclasses import dataclass

from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.themes import list_themes
from dgw_desktop.store.workshops import list_workshops


@dataclass(frozen=True)
class NameLookup:
    domains: dict[str, str]
    domain_positions: dict[str, int]
    municipalities: dict[str, str]
    workshops: dict[str, str]
    themes: dict[str, str]

    @classmethod
    def load(cls, project_file: ProjectFile) -> NameLookup:
        domains = list_domains(project_file)
        return cls(
            domains={d.id: d.name for d in domains},
            domain_positions={d.id: d.position for d in domains},
            municipalities={m.id: m.name for m in list_municipalities(project_file)},
            workshops={w.id: w.title for w in list_workshops(project_file)},
            themes={t.id: t.name for t in list_themes(project_file)},
        )

    def municipality_names(self, ids: tuple[str, ...]) -> str:
        return ", ".join(self.municipalities.get(i, "?") for i in ids)
