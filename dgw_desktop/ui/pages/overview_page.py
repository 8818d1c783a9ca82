"""Overzicht: the readiness dashboard (Inhoud, Team, Middelen) at the top; below it, in a
scrolling area, the project's name and description, its municipalities and its domains, and
the input per municipality (participants per partner and domain) for the steering committee."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QMessageBox, QTableView, QWidget

from dgw_desktop.domain.entities import Domain, Municipality
from dgw_desktop.domain.formatting import format_integer
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.project_info import get_project
from dgw_desktop.ui.commands.project_commands import (
    AddDomainCommand,
    AddMunicipalityCommand,
    DeleteDomainCommand,
    DeleteMunicipalityCommand,
    EditMunicipalityCommand,
    EditProjectCommand,
    RenameDomainCommand,
)
from dgw_desktop.ui.commands.store_command import StoreCommand, push_edit
from dgw_desktop.ui.dialogs.municipality_dialog import MunicipalityDialog
from dgw_desktop.ui.generated.ui_overview_page import Ui_OverviewPage
from dgw_desktop.ui.models.attendance_models import NO_INPUT_FOREGROUND, AttendanceMatrixModel
from dgw_desktop.ui.models.domain_table_model import DomainTableModel
from dgw_desktop.ui.models.filter_proxy import TableFilterProxy
from dgw_desktop.ui.models.municipality_table_model import MunicipalityTableModel
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.widgets.readiness_panel import ReadinessPanel
from dgw_desktop.ui.widgets.table_sizing import fit_height_to_rows


class OverviewPage(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self.readiness_panel = ReadinessPanel(session, self)
        self.ui.mainLayout.insertWidget(1, self.readiness_panel)
        self.municipality_model = MunicipalityTableModel(session, self)
        self.domain_model = DomainTableModel(session, self)
        self._setup_view(self.ui.municipalityView, self.municipality_model)
        self._setup_view(self.ui.domainView, self.domain_model)
        self.ui.domainView.setSortingEnabled(False)
        self.attendance_model = AttendanceMatrixModel(session, self)
        attendance = self.ui.attendanceView
        attendance.setModel(self.attendance_model)
        attendance.verticalHeader().setVisible(False)
        attendance.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        attendance.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.attendance_model.modelReset.connect(self._update_attendance_summary)

        self.ui.nameEdit.editingFinished.connect(self._save_project)
        self.ui.descriptionEdit.installEventFilter(self)
        self.ui.addMunicipalityButton.clicked.connect(self.add_municipality)
        self.ui.editMunicipalityButton.clicked.connect(self.edit_municipality)
        self.ui.deleteMunicipalityButton.clicked.connect(self.delete_municipality)
        self.ui.municipalityView.doubleClicked.connect(self.edit_municipality)
        self.ui.addDomainButton.clicked.connect(self.add_domain)
        self.ui.renameDomainButton.clicked.connect(self.rename_domain)
        self.ui.deleteDomainButton.clicked.connect(self.delete_domain)
        self.ui.domainView.doubleClicked.connect(self.rename_domain)
        session.changed.connect(self._on_changed)
        self._load_project()
        self._update_partner_summary()
        self._update_attendance_summary()

    def _setup_view(self, view: QTableView, model: object) -> None:
        proxy = TableFilterProxy(self)
        proxy.setSourceModel(model)  # type: ignore[arg-type]
        view.setModel(proxy)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)

    # -- project name and description --------------------------------------------------------
    def _load_project(self) -> None:
        project = get_project(self.session.project_file)
        if self.ui.nameEdit.text() != project.name:
            self.ui.nameEdit.setText(project.name)
        if self.ui.descriptionEdit.toPlainText() != project.description:
            self.ui.descriptionEdit.setPlainText(project.description)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The description is saved when the user leaves the field, like the name.
        if watched is self.ui.descriptionEdit and event.type() == QEvent.Type.FocusOut:
            self._save_project()
        return super().eventFilter(watched, event)

    def _save_project(self) -> None:
        before = get_project(self.session.project_file)
        after = dataclasses.replace(
            before,
            name=self.ui.nameEdit.text(),
            description=self.ui.descriptionEdit.toPlainText(),
        )
        if (after.name.strip(), after.description.strip()) == (before.name, before.description):
            return
        if not self._push(EditProjectCommand(self.session, before, after)):
            self._load_project()

    def _on_changed(self, table: str) -> None:
        if table == "project":
            self._load_project()
        if table == "municipality":
            self._update_partner_summary()

    def _update_partner_summary(self) -> None:
        partners = [m for m in self.municipality_model.entities() if m.is_partner]
        inhabitants = sum(m.inhabitants for m in partners)
        self.ui.partnerSummaryLabel.setText(
            self.tr("{0} partner municipalities with {1} inhabitants together").format(
                len(partners), format_integer(inhabitants)
            )
        )

    def _update_attendance_summary(self) -> None:
        """In words what the red cells show: which partner had no input in which domain."""
        fit_height_to_rows(self.ui.attendanceView)
        missing = self.attendance_model.missing()
        label = self.ui.attendanceSummaryLabel
        if not self.attendance_model.rowCount():
            label.setText(self.tr("There are no partner municipalities yet."))
            label.setStyleSheet("")
            return
        if not missing:
            label.setText(self.tr("✔ Every partner had input in every domain."))
            label.setStyleSheet("color: #1b5e20;")
            return
        by_partner: dict[str, list[str]] = {}
        for partner, domain in missing:
            by_partner.setdefault(partner, []).append(domain)
        parts = [
            self.tr("{0} in {1}").format(partner, ", ".join(domains))
            for partner, domains in by_partner.items()
        ]
        label.setText(self.tr("⚠ No input yet from: {0}.").format("; ".join(parts)))
        label.setStyleSheet(f"color: {NO_INPUT_FOREGROUND.name()}; font-weight: 600;")

    # -- municipalities -----------------------------------------------------------------------
    def _selected(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        proxy = view.model()
        return proxy.mapToSource(rows[0]).row()  # type: ignore[attr-defined, no-any-return]

    def _push(self, command: StoreCommand) -> bool:
        error = push_edit(self.session, command)
        if error:
            QMessageBox.warning(self, self.tr("Not saved"), error)
            return False
        return True

    def add_municipality(self) -> None:
        others = list_municipalities(self.session.project_file)
        dialog = MunicipalityDialog(Municipality(name="", cbs_code="", inhabitants=0), others, self)
        dialog.setWindowTitle(self.tr("New municipality"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_municipality:
            self._push(AddMunicipalityCommand(self.session, dialog.result_municipality))

    def edit_municipality(self) -> None:
        row = self._selected(self.ui.municipalityView)
        if row is None:
            return
        before = self.municipality_model.entity(row)
        others = list_municipalities(self.session.project_file)
        dialog = MunicipalityDialog(before, others, self)
        dialog.setWindowTitle(self.tr("Edit municipality"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_municipality:
            if dialog.result_municipality != before:
                self._push(
                    EditMunicipalityCommand(self.session, before, dialog.result_municipality)
                )

    def delete_municipality(self) -> None:
        row = self._selected(self.ui.municipalityView)
        if row is not None:
            municipality = self.municipality_model.entity(row)
            self._push(DeleteMunicipalityCommand(self.session, municipality.id))

    # -- domains ------------------------------------------------------------------------------
    def add_domain(self) -> None:
        name, accepted = QInputDialog.getText(self, self.tr("New domain"), self.tr("Name:"))
        if accepted:
            position = len(list_domains(self.session.project_file))
            self._push(AddDomainCommand(self.session, Domain(name=name, position=position)))

    def rename_domain(self) -> None:
        row = self._selected(self.ui.domainView)
        if row is None:
            return
        before = self.domain_model.entity(row)
        name, accepted = QInputDialog.getText(
            self, self.tr("Rename domain"), self.tr("Name:"), text=before.name
        )
        if accepted and name.strip() != before.name:
            after = dataclasses.replace(before, name=name)
            self._push(RenameDomainCommand(self.session, before, after))

    def delete_domain(self) -> None:
        row = self._selected(self.ui.domainView)
        if row is not None:
            self._push(DeleteDomainCommand(self.session, self.domain_model.entity(row).id))

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.ui.municipalityView.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
