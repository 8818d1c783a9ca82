"""Add or edit one steering-committee meeting: date, title, place, members and agenda."""

from __future__ import annotations

import dataclasses
import datetime

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.steering import Meeting, validate_meeting
from dgw_desktop.ui.dialogs.form_helpers import show_validation_error
from dgw_desktop.ui.generated.ui_meeting_dialog import Ui_MeetingDialog


def to_qdate(value: datetime.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> datetime.date:
    return datetime.date(value.year(), value.month(), value.day())


def accept_on_ctrl_enter(dialog: QDialog) -> None:
    """Ctrl+Enter saves even from a multi-line field, where Enter starts a new line."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.activated.connect(dialog.accept)


class MeetingDialog(QDialog):
    def __init__(self, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self._original = meeting
        self.result_meeting: Meeting | None = None
        ui = self.ui
        ui.dateEdit.setDate(to_qdate(meeting.held_on))
        ui.titleEdit.setText(meeting.title)
        ui.locationEdit.setText(meeting.location)
        ui.membersEdit.setPlainText("\n".join(meeting.members_present))
        ui.agendaEdit.setPlainText("\n".join(meeting.agenda_items))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        accept_on_ctrl_enter(self)
        ui.dateEdit.setFocus()

    def edited(self) -> Meeting:
        ui = self.ui
        return dataclasses.replace(
            self._original,
            held_on=from_qdate(ui.dateEdit.date()),
            title=ui.titleEdit.text(),
            location=ui.locationEdit.text(),
            members_present=(ui.membersEdit.toPlainText(),),
            agenda_items=(ui.agendaEdit.toPlainText(),),
        )

    def accept(self) -> None:
        try:
            self.result_meeting = validate_meeting(self.edited())
        except ValidationError as error:
            ui = self.ui
            fields: dict[str, QWidget] = {
                "held_on": ui.dateEdit,
                "title": ui.titleEdit,
                "location": ui.locationEdit,
                "members_present": ui.membersEdit,
                "agenda_items": ui.agendaEdit,
            }
            show_validation_error(ui.errorLabel, error, fields)
            return
        super().accept()
