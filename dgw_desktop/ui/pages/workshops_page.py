"""Workshops: one session per domain, with date, place, facilitator and municipalities."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from dgw_desktop.domain.entities import Workshop
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.ui.commands.workshop_commands import (
    AddWorkshopCommand,
    DeleteWorkshopCommand,
    EditWorkshopCommand,
)
from dgw_desktop.ui.dialogs.workshop_dialog import WorkshopDialog
from dgw_desktop.ui.models.workshop_table_model import WorkshopTableModel
from dgw_desktop.ui.pages.table_page import TablePage
from dgw_desktop.ui.session import ProjectSession


class WorkshopsPage(TablePage):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, WorkshopTableModel(session), "", parent)
        self.ui.titleLabel.setText(self.tr("Workshops"))
        self.ui.addButton.setText(self.tr("&New workshop…"))
        self.ui.tableView.setSelectionMode(self.ui.tableView.SelectionMode.SingleSelection)
        header = self.ui.tableView.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, header.ResizeMode.Stretch)

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("{0} of {1} workshops shown").format(shown, total)

    def _dialog(self, workshop: Workshop) -> WorkshopDialog:
        project_file = self.session.project_file
        return WorkshopDialog(
            workshop, list_domains(project_file), list_municipalities(project_file), self
        )

    def add(self) -> None:
        project_file = self.session.project_file
        domains = list_domains(project_file)
        if not domains:
            return
        partners = tuple(m.id for m in list_municipalities(project_file) if m.is_partner)
        dialog = self._dialog(
            Workshop(title="", domain_id=domains[0].id, municipality_ids=partners)
        )
        dialog.setWindowTitle(self.tr("New workshop"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_workshop:
            if self.push(AddWorkshopCommand(self.session, dialog.result_workshop)):
                self.select_id(dialog.result_workshop.id)

    def edit_row(self, row: int) -> None:
        before = self.model.entity(row)
        dialog = self._dialog(before)
        dialog.setWindowTitle(self.tr("Edit workshop"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_workshop:
            after = dialog.result_workshop
            if after != before:
                self.push(EditWorkshopCommand(self.session, before, after))

    def delete_rows(self, rows: list[int]) -> None:
        for row in rows[:1]:
            self.push(DeleteWorkshopCommand(self.session, self.model.entity(row).id))
