"""Stuurgroep: the steering committee's meetings, what is put to them, and the decision log.

Meetings (date, members present, agenda) and the topics put to a meeting are ordinary
edits: each is an undo step. Decisions are different. The log is append-only and the store
offers no way to take a decision back, so recording a decision is *not* an undo step: the
user confirms first, and a mistake is put right with "Correct a decision…", which records a
new decision that replaces the old one (kept in the log, struck through). Undoing an earlier
change to a meeting's topics is refused once the committee has decided on them.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QTableView, QWidget

from dgw_desktop.domain.formatting import format_date
from dgw_desktop.domain.steering import DECISION_RULE, Decision, Meeting
from dgw_desktop.domain.topics import Topic
from dgw_desktop.store.steering import DecisionLogEntry, list_meetings, record_decision
from dgw_desktop.store.topics import list_topics
from dgw_desktop.ui.commands.steering_commands import (
    AddMeetingCommand,
    DeleteMeetingCommand,
    EditMeetingCommand,
    SetProposalsCommand,
)
from dgw_desktop.ui.commands.store_command import StoreCommand, push_edit
from dgw_desktop.ui.dialogs.decision_dialog import DecisionDialog
from dgw_desktop.ui.dialogs.meeting_dialog import MeetingDialog
from dgw_desktop.ui.dialogs.proposals_dialog import ProposalsDialog
from dgw_desktop.ui.generated.ui_steering_page import Ui_SteeringPage
from dgw_desktop.ui.models.decision_log_model import DecisionLogModel, DecisionLogProxy
from dgw_desktop.ui.models.entity_table_model import ID_ROLE
from dgw_desktop.ui.models.filter_proxy import TableFilterProxy
from dgw_desktop.ui.models.meeting_table_model import MeetingTableModel
from dgw_desktop.ui.models.proposal_table_model import ProposalTableModel
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.widgets import steering_tables
from dgw_desktop.ui.widgets.table_sizing import fit_height_to_rows

_ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
_MEETINGS_TAB, _LOG_TAB = 0, 1


def _select_id(view: QTableView, item_id: str | None) -> bool:
    """Select the row whose ID_ROLE is ``item_id`` (and make it current); False if absent."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if item_id is not None and index.data(ID_ROLE) == item_id:
            view.selectionModel().setCurrentIndex(index, _ROWS)
            view.scrollTo(index)
            return True
    return False


def _selected_id(view: QTableView) -> str | None:
    rows = view.selectionModel().selectedRows()
    return str(rows[0].data(ID_ROLE)) if rows else None


class SteeringPage(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_SteeringPage()
        self.ui.setupUi(self)
        self.meeting_model = MeetingTableModel(session, self)
        self.meeting_proxy = TableFilterProxy(self)
        self.meeting_proxy.setSourceModel(self.meeting_model)
        self.proposal_model = ProposalTableModel(session, self)
        self.log_model = DecisionLogModel(session, self)
        self.log_proxy = DecisionLogProxy(self)
        self.log_proxy.setSourceModel(self.log_model)
        self.meeting_decisions = DecisionLogProxy(self)
        self.meeting_decisions.setSourceModel(self.log_model)
        self._kept_meeting: str | None = None
        self._kept_decision: str | None = None
        self._kept_log: str | None = None
        self._setup_views()
        self._setup_texts()
        self._connect()
        last = self.meeting_proxy.rowCount() - 1
        if last >= 0:  # the latest meeting is the one people look at
            self.ui.meetingView.selectRow(last)
        self._show_meeting()
        self._update_log_count()

    # -- set-up ---------------------------------------------------------------------------------
    def _setup_views(self) -> None:
        ui = self.ui
        ui.meetingView.setModel(self.meeting_proxy)
        ui.proposalView.setModel(self.proposal_model)
        ui.decisionView.setModel(self.meeting_decisions)
        ui.logView.setModel(self.log_proxy)
        steering_tables.set_up_meetings(ui.meetingView)
        steering_tables.set_up_proposals(ui.proposalView)
        steering_tables.set_up_meeting_decisions(ui.decisionView)
        steering_tables.set_up_log(ui.logView)
        ui.meetingSplitter.setStretchFactor(0, 1)
        ui.meetingSplitter.setStretchFactor(1, 4)
        ui.meetingSplitter.setSizes([130, 470])

    def _setup_texts(self) -> None:
        rule = QCoreApplication.translate("Steering", DECISION_RULE)
        self.ui.helpLabel.setText(self.help_text())
        self.ui.noteLabel.setText(
            self.tr(
                "A decision is never edited or deleted; to put one right, record a correction. "
                "Recording asks for confirmation and is not an Undo step."
            )
        )
        self.ui.noteLabel.setToolTip(rule)
        self.ui.decisionView.setToolTip(rule)

    def help_text(self) -> str:
        """The rule of the log and why recording is not undoable (shown above the log)."""
        rule = QCoreApplication.translate("Steering", DECISION_RULE)
        return (
            rule
            + " "
            + self.tr(
                "Recording a decision is therefore not an Undo step (Ctrl+Z): you confirm it "
                "before it is written, and a mistake is put right with “Correct a decision…”, "
                "which records a new decision that replaces the old one; the old one stays "
                "here, struck through. Meetings and the topics put to them can be undone as "
                "usual, until the committee has decided on them. A review date that has "
                "passed is marked red."
            )
        )

    def _connect(self) -> None:
        ui = self.ui
        ui.newMeetingButton.clicked.connect(self.new_meeting)
        ui.editMeetingButton.clicked.connect(self.edit_meeting)
        ui.deleteMeetingButton.clicked.connect(self.delete_meeting)
        ui.putTopicsButton.clicked.connect(self.put_topics)
        ui.recordButton.clicked.connect(lambda: self.record_decision())
        ui.correctButton.clicked.connect(self.correct_decision)
        ui.correctLogButton.clicked.connect(self.correct_selected_in_log)
        ui.filterEdit.textChanged.connect(self.log_proxy.setFilterFixedString)
        ui.meetingView.doubleClicked.connect(self.edit_meeting)
        ui.meetingView.selectionModel().selectionChanged.connect(self._show_meeting)
        ui.decisionView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.logView.selectionModel().selectionChanged.connect(self._update_buttons)
        # A reload (after any write) resets the tables: keep what was selected.
        self.meeting_proxy.modelAboutToBeReset.connect(self._remember_selection)
        self.meeting_proxy.modelReset.connect(self._restore_selection)
        self.log_model.modelAboutToBeReset.connect(self._remember_decisions)
        self.log_model.modelReset.connect(self._restore_decisions)
        self.proposal_model.modelReset.connect(self._fit_tables)
        for signal in (self.log_proxy.modelReset, self.log_proxy.rowsInserted):
            signal.connect(self._update_log_count)
        self.log_proxy.rowsRemoved.connect(self._update_log_count)
        self.log_proxy.layoutChanged.connect(self._update_log_count)
        # Page shortcuts act only while the focus is in this page, never in another window.
        for keys, target, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self, self.new_meeting),
            (QKeySequence("Ctrl+P"), self, self.put_topics),
            (QKeySequence("Ctrl+R"), self, self.record_decision),
            (QKeySequence("Ctrl+Shift+R"), self, self.correct_decision_here),
            (QKeySequence(QKeySequence.StandardKey.Find), self, self.find_in_log),
            (QKeySequence(Qt.Key.Key_Return), ui.meetingView, self.edit_meeting),
            (QKeySequence(QKeySequence.StandardKey.Delete), ui.meetingView, self.delete_meeting),
        ):
            scoped_shortcut(keys, target, slot)

    # -- the selected meeting -------------------------------------------------------------------
    def selected_meeting(self) -> Meeting | None:
        rows = self.ui.meetingView.selectionModel().selectedRows()
        if not rows:
            return None
        return self.meeting_model.entity(self.meeting_proxy.mapToSource(rows[0]).row())

    def select_meeting(self, meeting_id: str) -> None:
        _select_id(self.ui.meetingView, meeting_id)

    def _show_meeting(self) -> None:
        meeting = self.selected_meeting()
        ui = self.ui
        self.proposal_model.set_meeting(meeting.id if meeting else None)
        self.meeting_decisions.set_meeting(meeting.id if meeting else None)
        if meeting is None:
            ui.meetingHeading.setText(self.tr("Select a meeting above, or add one (Ins)."))
            ui.membersLabel.clear()
            ui.agendaLabel.clear()
        else:
            place = f", {meeting.location}" if meeting.location else ""
            title = meeting.title or self.tr("Meeting")
            ui.meetingHeading.setText(f"{title} — {format_date(meeting.held_on)}{place}")
            none = self.tr("(none recorded)")
            ui.membersLabel.setText("\n".join(meeting.members_present) or none)
            agenda = [f"{n}. {item}" for n, item in enumerate(meeting.agenda_items, 1)]
            ui.agendaLabel.setText("\n".join(agenda) or none)
        self._fit_tables()
        self._update_buttons()

    def _fit_tables(self) -> None:
        fit_height_to_rows(self.ui.proposalView)

    def _remember_selection(self) -> None:
        meeting = self.selected_meeting()
        self._kept_meeting = meeting.id if meeting else None

    def _restore_selection(self) -> None:
        if not _select_id(self.ui.meetingView, self._kept_meeting):
            last = self.meeting_proxy.rowCount() - 1
            if last >= 0:
                self.ui.meetingView.selectRow(last)
        self._kept_meeting = None
        self._show_meeting()

    def _remember_decisions(self) -> None:
        self._kept_decision = _selected_id(self.ui.decisionView)
        self._kept_log = _selected_id(self.ui.logView)

    def _restore_decisions(self) -> None:
        _select_id(self.ui.decisionView, self._kept_decision)
        _select_id(self.ui.logView, self._kept_log)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        meeting = self.selected_meeting()
        for button in (ui.editMeetingButton, ui.deleteMeetingButton, ui.putTopicsButton):
            button.setEnabled(meeting is not None)
        ui.recordButton.setEnabled(self.meeting_model.rowCount() > 0)
        has_decisions = self.log_model.rowCount() > 0
        ui.correctButton.setEnabled(has_decisions)
        ui.correctLogButton.setEnabled(_selected_id(ui.logView) is not None)
        ui.meetingCountLabel.setText(self.tr("Meetings: {0}").format(self.meeting_model.rowCount()))

    def _update_log_count(self) -> None:
        total = self.log_model.rowCount()
        standing = sum(1 for entry in self.log_model.entities() if entry.standing)
        self.ui.logCountLabel.setText(
            self.tr("{0} of {1} decisions shown; {2} stand, {3} replaced").format(
                self.log_proxy.rowCount(), total, standing, total - standing
            )
        )

    # -- meetings -------------------------------------------------------------------------------
    def new_meeting(self) -> None:
        self.ui.tabWidget.setCurrentIndex(_MEETINGS_TAB)
        dialog = MeetingDialog(Meeting(held_on=datetime.date.today()), self)
        dialog.setWindowTitle(self.tr("New meeting"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_meeting:
            command = AddMeetingCommand(self.session, dialog.result_meeting)
            if self._push(command):
                self.select_meeting(command.meeting.id)
        self.ui.meetingView.setFocus()

    def edit_meeting(self) -> None:
        before = self.selected_meeting()
        if before is None:
            return
        dialog = MeetingDialog(before, self)
        dialog.setWindowTitle(self.tr("Edit meeting"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_meeting:
            if dialog.result_meeting != before:
                self._push(EditMeetingCommand(self.session, before, dialog.result_meeting))
        self.ui.meetingView.setFocus()

    def delete_meeting(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None:
            self._push(DeleteMeetingCommand(self.session, meeting.id))

    def put_topics(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            self._inform(self.tr("Select the meeting first."))
            return
        if self.meeting_model.decision_count(meeting.id):
            self._inform(
                self.tr(
                    "The committee has decided in this meeting, so what was put to it stays "
                    "as it was. Add a new meeting to put topics to the committee again."
                )
            )
            return
        topics = list_topics(self.session.project_file)
        if not topics:
            self._inform(self.tr("There are no topics yet: add them on the Topics page."))
            return
        dialog = ProposalsDialog(topics, meeting.proposal_ids, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_ids != tuple(
            meeting.proposal_ids
        ):
            self._push(SetProposalsCommand(self.session, meeting.id, dialog.chosen_ids))
        self.ui.proposalView.setFocus()

    # -- decisions ------------------------------------------------------------------------------
    def record_decision(self, replaces_id: str | None = None) -> Decision | None:
        """Open the decision dialog (a correction when ``replaces_id`` is given)."""
        project_file = self.session.project_file
        meetings = list_meetings(project_file)
        if not meetings:
            self._inform(self.tr("Add the meeting where the committee decided first."))
            return None
        meeting = self.selected_meeting()
        meeting_id = meeting.id if meeting else meetings[-1].id
        topics: dict[str, Topic] = {t.id: t for t in list_topics(project_file)}
        standing = [entry for entry in self.log_model.entities() if entry.standing]
        dialog = DecisionDialog(
            meetings,
            topics,
            standing,
            meeting_id,
            lambda decision: record_decision(project_file, decision),
            replaces_id,
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.recorded is None:
            return None
        recorded = dialog.recorded
        self.select_meeting(recorded.meeting_id)
        _select_id(self.ui.decisionView, recorded.id)
        _select_id(self.ui.logView, recorded.id)
        return recorded

    def correct_decision(self) -> Decision | None:
        """Correct the decision selected in the meeting (or the latest that stands)."""
        chosen = _selected_id(self.ui.decisionView)
        if chosen is None:
            standing = [e for e in self.log_model.entities() if e.standing]
            with_topic = [e for e in standing if e.decision.chosen_topic_id]
            latest = (with_topic or standing)[-1:]
            chosen = latest[0].decision.id if latest else None
        return self._correct(chosen)

    def correct_selected_in_log(self) -> Decision | None:
        return self._correct(_selected_id(self.ui.logView))

    def correct_decision_here(self) -> None:
        """Ctrl+Shift+R: correct what is selected on the tab in view."""
        if self.ui.tabWidget.currentIndex() == _LOG_TAB:
            self.correct_selected_in_log()
        else:
            self.correct_decision()

    def _correct(self, decision_id: str | None) -> Decision | None:
        entry = self.log_model.entry_of(decision_id) if decision_id else None
        if entry is None:
            self._inform(self.tr("Select the decision to correct."))
            return None
        return self.record_decision(self._latest_of(entry).decision.id)

    def _latest_of(self, entry: DecisionLogEntry) -> DecisionLogEntry:
        """A replaced decision is corrected by correcting the one that replaced it."""
        while entry.replaced_by_id is not None:
            later = self.log_model.entry_of(entry.replaced_by_id)
            if later is None:
                break
            entry = later
        return entry

    def navigate_to(self, key: str, target_id: str | None = None) -> None:
        """From a readiness link: show the decision that chose topic ``target_id`` in its
        meeting, or (no topic chosen yet) the latest meeting, ready to record a decision."""
        del key
        self.ui.tabWidget.setCurrentIndex(_MEETINGS_TAB)
        entries = [
            e
            for e in self.log_model.entities()
            if e.standing and target_id and e.decision.chosen_topic_id == target_id
        ]
        if entries:
            self.select_meeting(entries[-1].meeting.id)
            _select_id(self.ui.decisionView, entries[-1].decision.id)
            self.ui.decisionView.setFocus()
        else:
            self.ui.recordButton.setFocus()

    def find_in_log(self) -> None:
        self.ui.tabWidget.setCurrentIndex(_LOG_TAB)
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    # -- messages -------------------------------------------------------------------------------
    def _push(self, command: StoreCommand) -> bool:
        error = push_edit(self.session, command)
        if error:
            QMessageBox.warning(self, self.tr("Not saved"), error)
            return False
        return True

    def _inform(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Steering committee"), message)
