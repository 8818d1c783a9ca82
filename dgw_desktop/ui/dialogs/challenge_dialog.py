"""Add or edit one challenge."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QWidget

from dgw_desktop.domain.entities import Challenge, Domain, Municipality, Workshop
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.validation import validate_challenge
from dgw_desktop.ui.dialogs.form_helpers import (
    checked_ids,
    fill_domains,
    fill_municipalities,
    show_validation_error,
)
from dgw_desktop.ui.generated.ui_challenge_dialog import Ui_ChallengeDialog


class ChallengeDialog(QDialog):
    def __init__(
        self,
        challenge: Challenge,
        domains: list[Domain],
        workshops: list[Workshop],
        municipalities: list[Municipality],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChallengeDialog()
        self.ui.setupUi(self)
        self._original = challenge
        self._domains = domains
        self._workshops = workshops
        self._municipalities = municipalities
        self.result_challenge: Challenge | None = None

        self.ui.textEdit.setPlainText(challenge.text)
        fill_domains(self.ui.domainCombo, domains, challenge.domain_id)
        self.ui.workshopCombo.addItem(self.tr("(no workshop)"), None)
        for workshop in workshops:
            self.ui.workshopCombo.addItem(workshop.title, workshop.id)
        self.ui.workshopCombo.setCurrentIndex(
            max(self.ui.workshopCombo.findData(challenge.workshop_id), 0)
        )
        fill_municipalities(self.ui.municipalityList, municipalities, challenge.municipality_ids)
        self.ui.notesEdit.setPlainText(challenge.notes)
        self.ui.workshopCombo.currentIndexChanged.connect(self._follow_workshop_domain)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.textEdit.setFocus()

    def _follow_workshop_domain(self) -> None:
        # A challenge captured in a workshop belongs to that workshop's domain.
        workshop_id = self.ui.workshopCombo.currentData()
        for workshop in self._workshops:
            if workshop.id == workshop_id:
                self.ui.domainCombo.setCurrentIndex(
                    self.ui.domainCombo.findData(workshop.domain_id)
                )

    def edited(self) -> Challenge:
        return dataclasses.replace(
            self._original,
            text=self.ui.textEdit.toPlainText(),
            domain_id=self.ui.domainCombo.currentData() or "",
            workshop_id=self.ui.workshopCombo.currentData(),
            municipality_ids=checked_ids(self.ui.municipalityList),
            notes=self.ui.notesEdit.toPlainText(),
        )

    def accept(self) -> None:
        try:
            self.result_challenge = validate_challenge(
                self.edited(),
                {d.id for d in self._domains},
                {m.id for m in self._municipalities},
                {w.id for w in self._workshops},
            )
        except ValidationError as error:
            show_validation_error(
                self.ui.errorLabel,
                error,
                {
                    "text": self.ui.textEdit,
                    "domain_id": self.ui.domainCombo,
                    "workshop_id": self.ui.workshopCombo,
                    "municipality_ids": self.ui.municipalityList,
                },
            )
            return
        super().accept()
