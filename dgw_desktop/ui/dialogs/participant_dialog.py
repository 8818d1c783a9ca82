"""Add or edit one participant of a workshop."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dgw_desktop.domain.entities import Municipality, Participant, Workshop
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.validation import validate_participant
from dgw_desktop.ui.dialogs.form_helpers import show_validation_error
from dgw_desktop.ui.generated.ui_participant_dialog import Ui_ParticipantDialog


class ParticipantDialog(QDialog):
    """``offer_another``: a "Save and add another" button for entering a whole list quickly;
    ``add_another`` tells the caller it was pressed."""

    def __init__(
        self,
        participant: Participant,
        workshop: Workshop,
        municipalities: list[Municipality],
        parent: QWidget | None = None,
        *,
        offer_another: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantDialog()
        self.ui.setupUi(self)
        self._original = participant
        self._workshop = workshop
        self._municipalities = municipalities
        self.result_participant: Participant | None = None
        self.add_another = False

        self.ui.workshopLabel.setText(workshop.title)
        # The municipalities taking part come first; others stay possible (someone came along).
        taking_part = [m for m in municipalities if m.id in workshop.municipality_ids]
        others = [m for m in municipalities if m.id not in workshop.municipality_ids]
        combo = self.ui.municipalityCombo
        for municipality in taking_part:
            combo.addItem(municipality.name, municipality.id)
        if taking_part and others:
            combo.insertSeparator(combo.count())
        for municipality in others:
            combo.addItem(
                self.tr("{0} (not taking part)").format(municipality.name), municipality.id
            )
        combo.setCurrentIndex(max(combo.findData(participant.municipality_id), 0))
        self.ui.departmentEdit.setText(participant.department)
        self.ui.nameEdit.setText(participant.name)
        if offer_another:
            another = self.ui.buttonBox.addButton(
                self.tr("Save and add &another"), QDialogButtonBox.ButtonRole.ActionRole
            )
            another.clicked.connect(self._accept_and_continue)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        combo.setFocus()

    def edited(self) -> Participant:
        return dataclasses.replace(
            self._original,
            workshop_id=self._workshop.id,
            municipality_id=self.ui.municipalityCombo.currentData() or "",
            department=self.ui.departmentEdit.text(),
            name=self.ui.nameEdit.text(),
        )

    def _accept_and_continue(self) -> None:
        self.add_another = True
        self.accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.add_another = False  # refused: the dialog stays open with the message

    def accept(self) -> None:
        try:
            self.result_participant = validate_participant(
                self.edited(), {self._workshop.id}, {m.id for m in self._municipalities}
            )
        except ValidationError as error:
            show_validation_error(
                self.ui.errorLabel,
                error,
                {
                    "municipality_id": self.ui.municipalityCombo,
                    "department": self.ui.departmentEdit,
                    "name": self.ui.nameEdit,
                },
            )
            return
        super().accept()
