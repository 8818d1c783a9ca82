"""Undoable edits of workshops."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dgw_desktop.domain.entities import Workshop
from dgw_desktop.store import workshops
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession


class AddWorkshopCommand(StoreCommand):
    def __init__(self, session: ProjectSession, workshop: Workshop) -> None:
        super().__init__(session, QCoreApplication.translate("WorkshopCommands", "Add workshop"))
        self._workshop = workshop

    def apply(self) -> None:
        self._workshop = workshops.add_workshop(self.session.project_file, self._workshop)

    def revert(self) -> None:
        workshops.delete_workshop(self.session.project_file, self._workshop.id)


class EditWorkshopCommand(StoreCommand):
    def __init__(self, session: ProjectSession, before: Workshop, after: Workshop) -> None:
        super().__init__(session, QCoreApplication.translate("WorkshopCommands", "Edit workshop"))
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._after = workshops.update_workshop(self.session.project_file, self._after)

    def revert(self) -> None:
        workshops.update_workshop(self.session.project_file, self._before)


class DeleteWorkshopCommand(StoreCommand):
    def __init__(self, session: ProjectSession, workshop_id: str) -> None:
        super().__init__(session, QCoreApplication.translate("WorkshopCommands", "Delete workshop"))
        self._id = workshop_id
        self._removed: workshops.RemovedWorkshop | None = None

    def apply(self) -> None:
        self._removed = workshops.delete_workshop(self.session.project_file, self._id)

    def revert(self) -> None:
        assert self._removed is not None
        workshops.restore_workshop(self.session.project_file, *self._removed)
