"""Add or edit one voting round: its name and the dots each participant gets."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QWidget

from dgw_desktop.domain.entities import VoteRound
from dgw_desktop.domain.formatting import format_integer
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.validation import MAX_DOTS_PER_PARTICIPANT, validate_vote_round
from dgw_desktop.ui.dialogs.form_helpers import show_validation_error
from dgw_desktop.ui.generated.ui_vote_round_dialog import Ui_VoteRoundDialog


class VoteRoundDialog(QDialog):
    def __init__(
        self, vote_round: VoteRound, participants: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VoteRoundDialog()
        self.ui.setupUi(self)
        self._original = vote_round
        self._participants = participants
        self.result_round: VoteRound | None = None
        self.ui.nameEdit.setText(vote_round.name)
        self.ui.dotsSpin.setMaximum(MAX_DOTS_PER_PARTICIPANT)
        self.ui.dotsSpin.setValue(vote_round.dots_per_participant)
        self.ui.dotsSpin.valueChanged.connect(self._show_budget)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._show_budget()
        self.ui.nameEdit.setFocus()
        self.ui.nameEdit.selectAll()

    def _show_budget(self) -> None:
        total = self._participants * self.ui.dotsSpin.value()
        self.ui.budgetLabel.setText(
            self.tr("{0} participants × {1} dots = {2} dots in this round").format(
                format_integer(self._participants),
                format_integer(self.ui.dotsSpin.value()),
                format_integer(total),
            )
        )

    def edited(self) -> VoteRound:
        return dataclasses.replace(
            self._original,
            name=self.ui.nameEdit.text(),
            dots_per_participant=self.ui.dotsSpin.value(),
        )

    def accept(self) -> None:
        try:
            self.result_round = validate_vote_round(self.edited(), {self._original.workshop_id})
        except ValidationError as error:
            show_validation_error(
                self.ui.errorLabel,
                error,
                {"name": self.ui.nameEdit, "dots_per_participant": self.ui.dotsSpin},
            )
            return
        super().accept()
