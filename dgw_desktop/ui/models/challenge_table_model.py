"""The challenges of a project as a table."""

from __future__ import annotations

from collections.abc import Sequence

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.ui.models.entity_table_model import Column, EntityTableModel
from dgw_desktop.ui.models.names import NameLookup


class ChallengeTableModel(EntityTableModel[Challenge]):
    watched_tables = frozenset({"challenge", "domain", "workshop", "municipality"})

    def load(self) -> list[Challenge]:
        self.names = NameLookup.load(self.session.project_file)
        return list_challenges(self.session.project_file)

    def columns(self) -> Sequence[Column[Challenge]]:
        return (
            Column(self.tr("Challenge"), lambda c: c.text),
            Column(
                self.tr("Domain"),
                lambda c: self.names.domains.get(c.domain_id, ""),
                lambda c: self.names.domain_positions.get(c.domain_id, 0),
            ),
            Column(
                self.tr("Workshop"),
                lambda c: self.names.workshops.get(c.workshop_id or "", ""),
            ),
            Column(
                self.tr("Municipalities"),
                lambda c: self.names.municipality_names(c.municipality_ids),
                lambda c: (
                    len(c.municipality_ids),
                    self.names.municipality_names(c.municipality_ids),
                ),
            ),
            Column(self.tr("Notes"), lambda c: c.notes),
        )
