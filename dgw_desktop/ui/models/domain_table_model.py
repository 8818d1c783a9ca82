"""The domains of a project with their number of workshops and challenges."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from dgw_desktop.domain.entities import Domain
from dgw_desktop.store.challenges import count_challenges_by_domain
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.workshops import list_workshops
from dgw_desktop.ui.models.entity_table_model import Column, EntityTableModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DomainTableModel(EntityTableModel[Domain]):
    watched_tables = frozenset({"domain", "challenge", "workshop"})
    deferred_tables = frozenset({"challenge"})

    def load(self) -> list[Domain]:
        project_file = self.session.project_file
        self.challenge_counts = count_challenges_by_domain(project_file)
        self.workshop_counts: dict[str, int] = {}
        for workshop in list_workshops(project_file):
            key = workshop.domain_id
            self.workshop_counts[key] = self.workshop_counts.get(key, 0) + 1
        return list_domains(project_file)

    def columns(self) -> Sequence[Column[Domain]]:
        return (
            Column(self.tr("Domain"), lambda d: d.name, lambda d: d.position),
            Column(
                self.tr("Workshops"),
                lambda d: str(self.workshop_counts.get(d.id, 0)),
                lambda d: self.workshop_counts.get(d.id, 0),
                _RIGHT,
            ),
            Column(
                self.tr("Challenges"),
                lambda d: str(self.challenge_counts.get(d.id, 0)),
                lambda d: self.challenge_counts.get(d.id, 0),
                _RIGHT,
            ),
        )
