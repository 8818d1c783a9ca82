"""Workshops: one session per domain, with date, place, facilitator and municipalities;
below the table the participants of the selected workshop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

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
from dgw_desktop.ui.widgets.participants_panel import ParticipantsPanel


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
        capture_key = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        capture_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        capture_key.activated.connect(self.start_capture)
        self.capture_window: CaptureWindow | None = None
        header = self.ui.tableView.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, header.ResizeMode.Stretch)
        self._add_participants_panel()

    # -- participants of the selected workshop --------------------------------------------------
    def _add_participants_panel(self) -> None:
        """Table and count above, participants below, in a splitter the user can drag."""
        layout = self.ui.mainLayout
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.ui.tableView, self.ui.countLabel):
            layout.removeWidget(widget)
            top_layout.addWidget(widget)
        self.participants_panel = ParticipantsPanel(self.session, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.participants_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([200, 440])
        layout.addWidget(self.splitter, 1)
        self._kept_workshop_id: str | None = None
        view = self.ui.tableView
        view.selectionModel().selectionChanged.connect(self._show_participants)
        # A reload (e.g. a challenge captured) resets the table: keep the workshop selected.
        self.proxy.modelAboutToBeReset.connect(self._remember_selection)
        self.proxy.modelReset.connect(self._restore_selection)

    def selected_workshop(self) -> Workshop | None:
        rows = self.selected_rows()
        return self.model.entity(rows[0]) if rows else None

    def _show_participants(self) -> None:
        self.participants_panel.set_workshop(self.selected_workshop())

    def _remember_selection(self) -> None:
        workshop = self.selected_workshop()
        self._kept_workshop_id = workshop.id if workshop else None

    def _restore_selection(self) -> None:
        if self._kept_workshop_id is not None:
            self.select_id(self._kept_workshop_id)
            self._kept_workshop_id = None
        self._show_participants()

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
