"""The workshops of a project as a table."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from dgw_desktop.domain.entities import Workshop
from dgw_desktop.domain.formatting import format_date
from dgw_desktop.store.challenges import count_challenges_by_workshop
from dgw_desktop.store.participants import count_participants_by_workshop
from dgw_desktop.store.workshops import list_workshops
from dgw_desktop.ui.models.entity_table_model import Column, EntityTableModel
from dgw_desktop.ui.models.names import NameLookup


class WorkshopTableModel(EntityTableModel[Workshop]):
    watched_tables = frozenset({"workshop", "domain", "municipality", "challenge", "participant"})
    deferred_tables = frozenset({"challenge"})

    def load(self) -> list[Workshop]:
        project_file = self.session.project_file
        self.names = NameLookup.load(project_file)
        self.challenge_counts = count_challenges_by_workshop(project_file)
        self.participant_counts = count_participants_by_workshop(project_file)
        return list_workshops(project_file)

    def columns(self) -> Sequence[Column[Workshop]]:
        return (
            Column(self.tr("Title"), lambda w: w.title),
            Column(self.tr("Domain"), lambda w: self.names.domains.get(w.domain_id, "")),
            Column(
                self.tr("Date"),
                lambda w: format_date(w.held_on),
                lambda w: w.held_on or datetime.date.max,
            ),
            Column(self.tr("Location"), lambda w: w.location),
            Column(self.tr("Facilitator"), lambda w: w.facilitator),
            Column(
                self.tr("Municipalities"),
                lambda w: self.names.municipality_names(w.municipality_ids),
            ),
            Column(
                self.tr("Challenges"),
                lambda w: str(self.challenge_counts.get(w.id, 0)),
                lambda w: self.challenge_counts.get(w.id, 0),
            ),
            Column(
                self.tr("Participants"),
                lambda w: str(self.participant_counts.get(w.id, 0)),
                lambda w: self.participant_counts.get(w.id, 0),
            ),
        )
