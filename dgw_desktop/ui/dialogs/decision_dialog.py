"""Record a decision of the steering committee, or a correction of one.

A decision is never edited or removed (``domain.steering.DECISION_RULE``, shown at the top).
The store offers no way to take a decision back, so recording is not an undo step: the
dialog asks for confirmation first and then writes the decision with ``record``. A refusal
of the store (e.g. "another topic is already chosen: record a correction") is shown in the
dialog, which stays open so the user can fix it.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from dgw_desktop.domain.formatting import format_date
from dgw_desktop.domain.messages import UserError, ValidationError
from dgw_desktop.domain.steering import (
    DECISION_RULE,
    OTHERS_OUTCOMES,
    Decision,
    Meeting,
    validate_decision,
)
from dgw_desktop.domain.topics import Topic, TopicStatus
from dgw_desktop.store.steering import DecisionLogEntry
from dgw_desktop.ui.commands.store_command import translate_error
from dgw_desktop.ui.dialogs.form_helpers import show_validation_error
from dgw_desktop.ui.dialogs.meeting_dialog import accept_on_ctrl_enter, from_qdate, to_qdate
from dgw_desktop.ui.generated.ui_decision_dialog import Ui_DecisionDialog
from dgw_desktop.ui.models.proposal_table_model import status_text

Recorder = Callable[[Decision], Decision]
_SHORT = 70


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _SHORT else line[: _SHORT - 1] + "…"


class DecisionDialog(QDialog):
    """``standing``: the decisions a correction may replace; ``replaces_id`` preselects one
    (a correction, prefilled from it); ``record`` writes the decision (may raise UserError)."""

    def __init__(
        self,
        meetings: Sequence[Meeting],
        topics: Mapping[str, Topic],
        standing: Sequence[DecisionLogEntry],
        meeting_id: str,
        record: Recorder,
        replaces_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self._meetings = {meeting.id: meeting for meeting in meetings}
        self._topics = topics
        self._standing = {entry.decision.id: entry for entry in standing}
        self._record = record
        self.recorded: Decision | None = None
        ui = self.ui
        rule = QCoreApplication.translate("Steering", DECISION_RULE)
        ui.ruleLabel.setText(
            rule + " " + self.tr("Recording a decision cannot be undone with Undo (Ctrl+Z).")
        )
        for meeting in meetings:
            ui.meetingCombo.addItem(f"{format_date(meeting.held_on)}  {meeting.title}", meeting.id)
        ui.replacesCombo.addItem(self.tr("Nothing: a new decision"), None)
        for entry in standing:
            ui.replacesCombo.addItem(
                f"#{entry.number}  {format_date(entry.decision.decided_on)}  "
                f"{_short(entry.decision.text)}",
                entry.decision.id,
            )
        for outcome in OTHERS_OUTCOMES:
            ui.othersCombo.addItem(status_text(outcome), outcome.value)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Record decision"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        accept_on_ctrl_enter(self)
        ui.reviewCheck.toggled.connect(ui.reviewEdit.setEnabled)

        ui.meetingCombo.setCurrentIndex(max(ui.meetingCombo.findData(meeting_id), 0))
        ui.replacesCombo.setCurrentIndex(max(ui.replacesCombo.findData(replaces_id), 0))
        self._meeting_changed()
        replaced = self._standing.get(replaces_id or "")
        self._prefill(replaced.decision if replaced else None)
        self._update_others()
        ui.meetingCombo.currentIndexChanged.connect(self._meeting_changed)
        ui.replacesCombo.currentIndexChanged.connect(self._fill_options)
        ui.chosenCombo.currentIndexChanged.connect(self._update_others)
        if replaced is not None:
            self.setWindowTitle(self.tr("Correct decision #{0}").format(replaced.number))
        ui.textEdit.setFocus()

    # -- filling in -----------------------------------------------------------------------------
    def meeting(self) -> Meeting:
        return self._meetings[self.ui.meetingCombo.currentData()]

    def _meeting_changed(self) -> None:
        self.ui.dateEdit.setDate(to_qdate(self.meeting().held_on))
        self._fill_options()

    def _option_ids(self) -> list[str]:
        """The meeting's proposals and, for a correction, those of the replaced decision."""
        ids = list(self.meeting().proposal_ids)
        replaced = self._standing.get(self.ui.replacesCombo.currentData() or "")
        if replaced is not None:
            ids += replaced.meeting.proposal_ids
        return [i for i in dict.fromkeys(ids) if i in self._topics]

    def _fill_options(self) -> None:
        combo = self.ui.chosenCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No topic: another kind of decision"), None)
        for topic_id in self._option_ids():
            topic = self._topics[topic_id]
            combo.addItem(f"{topic.title}  ({status_text(topic.status)})", topic_id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        self._update_others()

    def _update_others(self) -> None:
        self.ui.othersCombo.setEnabled(self.ui.chosenCombo.currentData() is not None)

    def _prefill(self, decision: Decision | None) -> None:
        ui = self.ui
        ui.reviewEdit.setDate(to_qdate(self.meeting().held_on + datetime.timedelta(days=182)))
        ui.reviewCheck.setChecked(False)
        ui.reviewEdit.setEnabled(False)
        if decision is None:
            return
        ui.textEdit.setPlainText(decision.text)
        ui.chosenCombo.setCurrentIndex(max(ui.chosenCombo.findData(decision.chosen_topic_id), 0))
        ui.othersCombo.setCurrentIndex(
            max(ui.othersCombo.findData(decision.others_outcome.value), 0)
        )
        ui.rationaleEdit.setPlainText(decision.rationale)
        if decision.review_on is not None:
            ui.reviewCheck.setChecked(True)
            ui.reviewEdit.setDate(to_qdate(decision.review_on))

    def edited(self) -> Decision:
        ui = self.ui
        review = from_qdate(ui.reviewEdit.date()) if ui.reviewCheck.isChecked() else None
        return Decision(
            meeting_id=self.meeting().id,
            text=ui.textEdit.toPlainText(),
            decided_on=from_qdate(ui.dateEdit.date()),
            chosen_topic_id=ui.chosenCombo.currentData(),
            others_outcome=TopicStatus(ui.othersCombo.currentData()),
            rationale=ui.rationaleEdit.toPlainText(),
            review_on=review,
            replaces_decision_id=ui.replacesCombo.currentData(),
        )

    # -- recording ------------------------------------------------------------------------------
    def _show_error(self, error: UserError) -> None:
        ui = self.ui
        if isinstance(error, ValidationError):
            fields: dict[str, QWidget] = {
                "meeting_id": ui.meetingCombo,
                "replaces_decision_id": ui.replacesCombo,
                "text": ui.textEdit,
                "chosen_topic_id": ui.chosenCombo,
                "others_outcome": ui.othersCombo,
                "rationale": ui.rationaleEdit,
                "review_on": ui.reviewEdit,
            }
            show_validation_error(ui.errorLabel, error, fields)
        else:
            ui.errorLabel.setText(translate_error(error))

    def confirmed(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Record decision"),
            self.tr(
                "A decision cannot be changed or removed; a correction is a new decision. "
                "Record it?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        self.ui.errorLabel.clear()
        try:
            decision = validate_decision(self.edited(), self.meeting())
        except ValidationError as error:
            self._show_error(error)
            return
        if not self.confirmed():
            return
        try:
            self.recorded = self._record(decision)
        except UserError as error:
            self._show_error(error)
            return
        except sqlite3.Error as error:
            self.ui.errorLabel.setText(
                self.tr("The decision could not be recorded: {0}").format(error)
            )
            return
        super().accept()
