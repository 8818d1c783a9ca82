"""The participants of one workshop as a table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from dgw_desktop.domain.entities import Participant
from dgw_desktop.store.participants import list_participants
from dgw_desktop.ui.models.entity_table_model import Column, EntityTableModel
from dgw_desktop.ui.models.names import NameLookup
from dgw_desktop.ui.session import ProjectSession


class ParticipantTableModel(EntityTableModel[Participant]):
    """Empty until ``set_workshop`` names a workshop."""

    watched_tables = frozenset({"participant", "municipality", "workshop"})

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        self.workshop_id: str | None = None
        self.names: NameLookup | None = None
        super().__init__(session, parent)

    def set_workshop(self, workshop_id: str | None) -> None:
        if workshop_id != self.workshop_id:
            self.workshop_id = workshop_id
            self.reload()

    def load(self) -> list[Participant]:
        if self.workshop_id is None:
            return []
        project_file = self.session.project_file
        self.names = NameLookup.load(project_file)
        return list_participants(project_file, self.workshop_id)

    def _municipality(self, participant: Participant) -> str:
        return self.names.municipalities.get(participant.municipality_id, "") if self.names else ""

    def columns(self) -> Sequence[Column[Participant]]:
        return (
            Column(self.tr("Municipality"), self._municipality),
            Column(self.tr("Department"), lambda p: p.department),
            Column(
                self.tr("Name"),
                lambda p: p.name or self.tr("(anonymous)"),
                lambda p: (not p.name, p.name.casefold()),
            ),
        )
