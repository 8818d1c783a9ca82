"""Undoable edits of the project itself, its municipalities and its domains."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dgw_desktop.domain.entities import Domain, Municipality, Project
from dgw_desktop.store import domains, municipalities, project_info
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession


class EditProjectCommand(StoreCommand):
    def __init__(self, session: ProjectSession, before: Project, after: Project) -> None:
        super().__init__(
            session, QCoreApplication.translate("ProjectCommands", "Edit project details")
        )
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._after = project_info.update_project(self.session.project_file, self._after)

    def revert(self) -> None:
        project_info.update_project(self.session.project_file, self._before)


class AddMunicipalityCommand(StoreCommand):
    def __init__(self, session: ProjectSession, municipality: Municipality) -> None:
        super().__init__(session, QCoreApplication.translate("ProjectCommands", "Add municipality"))
        self._municipality = municipality

    def apply(self) -> None:
        self._municipality = municipalities.add_municipality(
            self.session.project_file, self._municipality
        )

    def revert(self) -> None:
        municipalities.delete_municipality(self.session.project_file, self._municipality.id)


class EditMunicipalityCommand(StoreCommand):
    def __init__(self, session: ProjectSession, before: Municipality, after: Municipality) -> None:
        super().__init__(
            session, QCoreApplication.translate("ProjectCommands", "Edit municipality")
        )
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._after = municipalities.update_municipality(self.session.project_file, self._after)

    def revert(self) -> None:
        municipalities.update_municipality(self.session.project_file, self._before)


class DeleteMunicipalityCommand(StoreCommand):
    def __init__(self, session: ProjectSession, municipality_id: str) -> None:
        super().__init__(
            session, QCoreApplication.translate("ProjectCommands", "Delete municipality")
        )
        self._id = municipality_id
        self._removed: Municipality | None = None

    def apply(self) -> None:
        self._removed = municipalities.delete_municipality(self.session.project_file, self._id)

    def revert(self) -> None:
        assert self._removed is not None
        municipalities.add_municipality(self.session.project_file, self._removed)


class AddDomainCommand(StoreCommand):
    def __init__(self, session: ProjectSession, domain: Domain) -> None:
        super().__init__(session, QCoreApplication.translate("ProjectCommands", "Add domain"))
        self._domain = domain

    def apply(self) -> None:
        self._domain = domains.add_domain(self.session.project_file, self._domain)

    def revert(self) -> None:
        domains.delete_domain(self.session.project_file, self._domain.id)


class RenameDomainCommand(StoreCommand):
    def __init__(self, session: ProjectSession, before: Domain, after: Domain) -> None:
        super().__init__(session, QCoreApplication.translate("ProjectCommands", "Rename domain"))
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._after = domains.update_domain(self.session.project_file, self._after)

    def revert(self) -> None:
        domains.update_domain(self.session.project_file, self._before)


class DeleteDomainCommand(StoreCommand):
    def __init__(self, session: ProjectSession, domain_id: str) -> None:
        super().__init__(session, QCoreApplication.translate("ProjectCommands", "Delete domain"))
        self._id = domain_id
        self._removed: Domain | None = None

    def apply(self) -> None:
        self._removed = domains.delete_domain(self.session.project_file, self._id)

    def revert(self) -> None:
        assert self._removed is not None
        domains.add_domain(self.session.project_file, self._removed)
