"""The participants of the selected workshop, with attendance per municipality."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from dgw_desktop.domain.entities import Participant, Workshop
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.ui.commands.participant_commands import (
    AddParticipantCommand,
    DeleteParticipantsCommand,
    EditParticipantCommand,
)
from dgw_desktop.ui.commands.store_command import StoreCommand, push_edit
from dgw_desktop.ui.dialogs.participant_dialog import ParticipantDialog
from dgw_desktop.ui.generated.ui_participants_panel import Ui_ParticipantsPanel
from dgw_desktop.ui.models.attendance_models import WorkshopAttendanceModel
from dgw_desktop.ui.models.entity_table_model import ID_ROLE
from dgw_desktop.ui.models.filter_proxy import TableFilterProxy
from dgw_desktop.ui.models.participant_table_model import ParticipantTableModel
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.widgets.table_sizing import fit_height_to_rows


class ParticipantsPanel(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop: Workshop | None = None
        self.ui = Ui_ParticipantsPanel()
        self.ui.setupUi(self)
        self.model = ParticipantTableModel(session, self)
        self.proxy = TableFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.participantView
        view.setModel(self.proxy)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.attendance_model = WorkshopAttendanceModel(session, self)
        attendance = self.ui.attendanceView
        attendance.setModel(self.attendance_model)
        attendance.verticalHeader().setVisible(False)
        attendance.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.ui.addButton.clicked.connect(self.add)
        self.ui.editButton.clicked.connect(self.edit_current)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        view.doubleClicked.connect(self._edit_index)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.attendance_model.modelReset.connect(self._update_summary)
        # Keys act on the participants only while they have the focus.
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            (QKeySequence(Qt.Key.Key_Return), self.edit_current),
        ):
            shortcut = QShortcut(keys, view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.set_workshop(None)

    # -- which workshop ------------------------------------------------------------------------
    def set_workshop(self, workshop: Workshop | None) -> None:
        self.workshop = workshop
        workshop_id = workshop.id if workshop else None
        self.model.set_workshop(workshop_id)
        self.attendance_model.set_workshop(workshop_id)
        if workshop is None:
            self.ui.titleLabel.setText(self.tr("Participants: select a workshop above"))
        else:
            self.ui.titleLabel.setText(self.tr("Participants of {0}").format(workshop.title))
        self.ui.addButton.setEnabled(workshop is not None)
        self._update_buttons()
        self._update_summary()

    def _update_buttons(self) -> None:
        has_selection = bool(self.ui.participantView.selectionModel().selectedRows())
        self.ui.editButton.setEnabled(has_selection)
        self.ui.deleteButton.setEnabled(has_selection)

    def _update_summary(self) -> None:
        fit_height_to_rows(self.ui.attendanceView)
        if self.workshop is None:
            self.ui.attendanceSummaryLabel.setText("")
            return
        total = self.attendance_model.total()
        text = self.tr("{0} participants in total.").format(total)
        missing = self.attendance_model.missing()
        if missing:
            text += " " + self.tr("No one yet from: {0}.").format(", ".join(missing))
        self.ui.attendanceSummaryLabel.setText(text)

    # -- edits ----------------------------------------------------------------------------------
    def _push(self, command: StoreCommand) -> bool:
        error = push_edit(self.session, command)
        if error:
            QMessageBox.warning(self, self.tr("Not saved"), error)
            return False
        return True

    def _dialog(self, participant: Participant, *, offer_another: bool) -> ParticipantDialog:
        assert self.workshop is not None
        municipalities = list_municipalities(self.session.project_file)
        return ParticipantDialog(
            participant, self.workshop, municipalities, self, offer_another=offer_another
        )

    def add(self) -> None:
        """Add participants one after another until the dialog is closed with OK or Cancel."""
        if self.workshop is None:
            return
        first = next(iter(self.workshop.municipality_ids), "")
        template = Participant(workshop_id=self.workshop.id, municipality_id=first)
        while True:
            dialog = self._dialog(template, offer_another=True)
            dialog.setWindowTitle(self.tr("New participant"))
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.result_participant:
                return
            added = dialog.result_participant
            if not self._push(AddParticipantCommand(self.session, added)):
                return
            self.select_id(added.id)
            if not dialog.add_another:
                return
            # The next one is likely from the same municipality and department.
            template = Participant(
                workshop_id=self.workshop.id,
                municipality_id=added.municipality_id,
                department=added.department,
            )

    def selected_participants(self) -> list[Participant]:
        rows = self.ui.participantView.selectionModel().selectedRows()
        return [self.model.entity(self.proxy.mapToSource(index).row()) for index in rows]

    def edit_current(self) -> None:
        index = self.ui.participantView.currentIndex()
        if index.isValid():
            self._edit_index(index)

    def _edit_index(self, index: QModelIndex) -> None:
        if self.workshop is None:
            return
        before = self.model.entity(self.proxy.mapToSource(index).row())
        dialog = self._dialog(before, offer_another=False)
        dialog.setWindowTitle(self.tr("Edit participant"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_participant:
            after = dialog.result_participant
            if after != before and self._push(EditParticipantCommand(self.session, before, after)):
                self.select_id(after.id)

    def delete_selected(self) -> None:
        ids = [participant.id for participant in self.selected_participants()]
        if ids:
            self._push(DeleteParticipantsCommand(self.session, ids))

    def select_id(self, participant_id: str) -> None:
        view = self.ui.participantView
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == participant_id:
                view.selectRow(row)
                view.scrollTo(index)
                return
