"""Workshops: one session per domain, with date, place, facilitator and municipalities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from dgw_desktop.domain.entities import Workshop
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.ui.capture.capture_window import CaptureWindow
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
        self.capture_button = QPushButton(self.tr("&Live capture…"), self)
        self.capture_button.setToolTip(self.tr("Full screen for the projector (F5)"))
        self.ui.toolLayout.insertWidget(3, self.capture_button)
        self.capture_button.clicked.connect(self.start_capture)
        QShortcut(
            QKeySequence(Qt.Key.Key_F5),
            self,
            self.start_capture,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.capture_window: CaptureWindow | None = None
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

    def start_capture(self) -> CaptureWindow | None:
        """Open live capture for the selected workshop (or the only one)."""
        rows = self.selected_rows()
        if not rows and self.model.rowCount() == 1:
            rows = [0]
        if not rows:
            QMessageBox.information(
                self, self.tr("Live capture"), self.tr("Select the workshop to capture for.")
            )
            return None
        if self.capture_window is not None:
            self.capture_window.close()
        window = CaptureWindow(self.session, self.model.entity(rows[0]), self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._capture_closed)
        self.capture_window = window
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
        return window

    def _capture_closed(self) -> None:
        self.capture_window = None

    def delete_rows(self, rows: list[int]) -> None:
        for row in rows[:1]:
            self.push(DeleteWorkshopCommand(self.session, self.model.entity(row).id))
