"""Add or edit one workshop."""

from __future__ import annotations

import dataclasses
import datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from dgw_desktop.domain.entities import Domain, Municipality, Workshop
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.validation import validate_workshop
from dgw_desktop.ui.dialogs.form_helpers import (
    checked_ids,
    fill_domains,
    fill_municipalities,
    show_validation_error,
)
from dgw_desktop.ui.generated.ui_workshop_dialog import Ui_WorkshopDialog


class WorkshopDialog(QDialog):
    def __init__(
        self,
        workshop: Workshop,
        domains: list[Domain],
        municipalities: list[Municipality],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkshopDialog()
        self.ui.setupUi(self)
        self._original = workshop
        self._domains = domains
        self._municipalities = municipalities
        self.result_workshop: Workshop | None = None

        self.ui.titleEdit.setText(workshop.title)
        fill_domains(self.ui.domainCombo, domains, workshop.domain_id)
        held_on = workshop.held_on or datetime.date.today()
        self.ui.dateEdit.setDate(QDate(held_on.year, held_on.month, held_on.day))
        self.ui.dateKnownCheck.setChecked(workshop.held_on is not None)
        self.ui.dateEdit.setEnabled(workshop.held_on is not None)
        self.ui.dateKnownCheck.toggled.connect(self.ui.dateEdit.setEnabled)
        self.ui.locationEdit.setText(workshop.location)
        self.ui.facilitatorEdit.setText(workshop.facilitator)
        fill_municipalities(self.ui.municipalityList, municipalities, workshop.municipality_ids)
        self.ui.notesEdit.setPlainText(workshop.notes)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.titleEdit.setFocus()

    def edited(self) -> Workshop:
        held_on = None
        if self.ui.dateKnownCheck.isChecked():
            date = self.ui.dateEdit.date()
            held_on = datetime.date(date.year(), date.month(), date.day())
        return dataclasses.replace(
            self._original,
            title=self.ui.titleEdit.text(),
            domain_id=self.ui.domainCombo.currentData() or "",
            held_on=held_on,
            location=self.ui.locationEdit.text(),
            facilitator=self.ui.facilitatorEdit.text(),
            municipality_ids=checked_ids(self.ui.municipalityList),
            notes=self.ui.notesEdit.toPlainText(),
        )

    def accept(self) -> None:
        try:
            self.result_workshop = validate_workshop(
                self.edited(), {d.id for d in self._domains}, {m.id for m in self._municipalities}
            )
        except ValidationError as error:
            show_validation_error(
                self.ui.errorLabel,
                error,
                {
                    "title": self.ui.titleEdit,
                    "domain_id": self.ui.domainCombo,
                    "notes": self.ui.notesEdit,
                },
            )
            return
        super().accept()
