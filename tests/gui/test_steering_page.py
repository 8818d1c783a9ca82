"""The Stuurgroep page: meetings, the topics put to them, and the append-only decision log.

Everything is checked in the file with a second sqlite3 connection.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dgw_desktop.domain.steering import Decision, Meeting
from dgw_desktop.domain.topics import Topic
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.new_project import create_empty_project
from dgw_desktop.store.steering import add_meeting, record_decision
from dgw_desktop.store.topics import add_topic
from dgw_desktop.ui.dialogs.decision_dialog import DecisionDialog
from dgw_desktop.ui.dialogs.meeting_dialog import MeetingDialog
from dgw_desktop.ui.dialogs.proposals_dialog import ProposalsDialog
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.models.decision_log_model import (
    DECISION_COLUMN,
    REPLACED_COLUMN,
    REVIEW_COLUMN,
)
from dgw_desktop.ui.pages.steering_page import SteeringPage
from tests.gui.conftest import reactivate, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEY = Qt.Key
SCHULDEN, ONDERHOUD, INKOOP = "Schulden eerder in beeld", "Onderhoud op meldingen", "Inkoop"
DAY = datetime.date(2026, 12, 3)


# -- helpers ------------------------------------------------------------------------------------
def read(window: MainWindow, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    assert window.session is not None
    connection = sqlite3.connect(window.session.project_file.path)
    try:
        return list(connection.execute(sql, params))
    finally:
        connection.close()


def statuses(window: MainWindow) -> dict[str, str]:
    return {str(t): str(s) for t, s in read(window, "SELECT title, status FROM topic")}


def decisions_in_file(window: MainWindow) -> list[tuple[object, ...]]:
    return read(
        window,
        "SELECT d.text, t.title, d.others_outcome, d.decided_on, d.rationale, d.review_on, "
        "d.replaces_decision_id, d.id FROM decision d LEFT JOIN topic t "
        "ON t.id = d.chosen_topic_id ORDER BY d.created_at, d.rowid",
    )


def proposals_in_file(window: MainWindow) -> list[str]:
    return [
        str(row[0])
        for row in read(
            window,
            "SELECT t.title FROM meeting_proposal p JOIN topic t ON t.id = p.topic_id "
            "ORDER BY p.position",
        )
    ]


def open_steering(window: MainWindow, path: Path | None = None) -> SteeringPage:
    assert window.open_path(str(path)) if path else window.open_demo()
    assert window.project_view is not None
    page = window.project_view.steering_page
    window.project_view.show_page(page)
    assert isinstance(page, SteeringPage)
    return page


def press(window: MainWindow, qtbot, widget: QWidget, key: Qt.Key, modifiers=None) -> None:  # type: ignore[no-untyped-def]
    reactivate(window, qtbot)  # offscreen, closing a dialog does not re-activate the window
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers or Qt.KeyboardModifier.NoModifier)


def key(qtbot, pressed: Qt.Key, modifiers=None) -> None:  # type: ignore[no-untyped-def]
    """A key to whatever has the keyboard focus, as a user would press it."""
    qtbot.keyClick(QApplication.focusWidget(), pressed, modifiers or Qt.KeyboardModifier.NoModifier)


def activate(dialog: QWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The dialog has the keyboard, as on a desktop (offscreen, a new window is not active)."""
    reactivate(dialog, qtbot)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(QApplication.focusWidget(), text)


def undo(window: MainWindow, qtbot, page: SteeringPage) -> None:  # type: ignore[no-untyped-def]
    press(window, qtbot, page.ui.meetingView, KEY.Key_Z, CTRL)


def redo(window: MainWindow, qtbot, page: SteeringPage) -> None:  # type: ignore[no-untyped-def]
    press(window, qtbot, page.ui.meetingView, KEY.Key_Z, CTRL | SHIFT)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The confirmation before recording is answered Yes; its texts are kept."""
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, text: str, *args: object) -> int:
        asked.append(text)
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """A project with three topics with a strategic question (two marked) and one without."""
    path = tmp_path / "stuurgroep.dgw"
    with create_empty_project(path, "Stuurgroep-test") as project:
        domains = {d.name: d.id for d in list_domains(project)}
        for title, domain, marked in (
            (SCHULDEN, "sociaal", True),
            (ONDERHOUD, "ruimte", True),
            (INKOOP, "bedrijfsvoering", False),
        ):
            add_topic(
                project,
                Topic(
                    title=title,
                    domain_id=domains[domain],
                    strategic_question=f"Hoe pakken we {title.lower()} aan?",
                    marked_for_proposal=marked,
                ),
            )
        add_topic(project, Topic(title="Zonder vraag"))
    return path


def decided_project(path: Path) -> Path:
    """The fixture project with a meeting that put two topics and chose the first."""
    from dgw_desktop.store.project_file import open_project_file
    from dgw_desktop.store.topics import list_topics

    with open_project_file(path) as project:
        ids = {t.title: t.id for t in list_topics(project)}
        meeting = add_meeting(
            project,
            Meeting(held_on=DAY, title="Stuurgroep", proposal_ids=(ids[SCHULDEN], ids[ONDERHOUD])),
        )
        record_decision(
            project, Decision(meeting.id, "Kies schulden", chosen_topic_id=ids[SCHULDEN])
        )
    return path


def fill_meeting_by_keyboard(qtbot, date: str, title: str) -> Callable[[QWidget], None]:  # type: ignore[no-untyped-def]
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MeetingDialog)
        activate(dialog, qtbot)
        assert QApplication.focusWidget() is dialog.ui.dateEdit
        key(qtbot, KEY.Key_A, CTRL)
        type_text(qtbot, date)
        key(qtbot, KEY.Key_Tab)
        type_text(qtbot, title)
        key(qtbot, KEY.Key_Tab)
        type_text(qtbot, "Gemeentehuis Goirle")
        key(qtbot, KEY.Key_Tab)
        type_text(qtbot, "Wethouder Jansen")
        key(qtbot, KEY.Key_Return)
        type_text(qtbot, "Wethouder de Wit")
        key(qtbot, KEY.Key_Tab)
        type_text(qtbot, "Opening")
        key(qtbot, KEY.Key_Return)
        type_text(qtbot, "Keuze pilotonderwerp")
        key(qtbot, KEY.Key_Return, CTRL)

    return fill


def tick_first_two(qtbot) -> Callable[[QWidget], None]:  # type: ignore[no-untyped-def]
    def tick(dialog: QWidget) -> None:
        assert isinstance(dialog, ProposalsDialog)
        activate(dialog, qtbot)
        topic_list = dialog.ui.topicList
        assert QApplication.focusWidget() is topic_list
        shown = [
            topic_list.item(r).text()
            for r in range(topic_list.count())
            if not topic_list.item(r).isHidden()
        ]
        assert len(shown) == 2 and "marked for proposal" in shown[0]  # the marked ones
        key(qtbot, KEY.Key_Space)
        key(qtbot, KEY.Key_Down)
        key(qtbot, KEY.Key_Space)
        key(qtbot, KEY.Key_Return)

    return tick


# -- the whole flow by keyboard ------------------------------------------------------------------
def test_meeting_topics_and_decision_by_keyboard(
    window: MainWindow, qtbot, project_path: Path, questions: list[str], warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_steering(window, project_path)
    navigation = window.project_view.navigation  # type: ignore[union-attr]
    assert navigation.item(navigation.currentRow()).text() == "Steering committee"
    assert page.meeting_model.rowCount() == 0

    when_modal(fill_meeting_by_keyboard(qtbot, "03-12-2026", "Stuurgroep december"))
    press(window, qtbot, page.ui.meetingView, KEY.Key_Insert)
    assert read(
        window, "SELECT held_on, title, location, members_present, agenda_items FROM meeting"
    ) == [
        (
            "2026-12-03",
            "Stuurgroep december",
            "Gemeentehuis Goirle",
            "Wethouder Jansen\nWethouder de Wit",
            "Opening\nKeuze pilotonderwerp",
        )
    ]
    assert page.selected_meeting() is not None
    assert "Wethouder de Wit" in page.ui.membersLabel.text()

    when_modal(tick_first_two(qtbot))
    press(window, qtbot, page.ui.meetingView, KEY.Key_P, CTRL)
    assert proposals_in_file(window) == [SCHULDEN, ONDERHOUD]
    assert statuses(window)[SCHULDEN] == statuses(window)[ONDERHOUD] == "proposed"
    shown = [page.proposal_model.index(r, 2).data() for r in range(2)]
    assert shown == ["Proposed", "Proposed"]
    steps = window.session.undo_stack.count()  # type: ignore[union-attr]

    def decide(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        activate(dialog, qtbot)
        assert dialog.ui.dateEdit.date().toString("dd-MM-yyyy") == "03-12-2026"  # the meeting's
        assert "never changed or removed" in dialog.ui.ruleLabel.text()
        assert QApplication.focusWidget() is dialog.ui.textEdit
        type_text(qtbot, "De stuurgroep kiest schulden als pilotonderwerp.")
        key(qtbot, KEY.Key_Tab)  # chosen option: none, then the meeting's topics
        key(qtbot, KEY.Key_Down)
        key(qtbot, KEY.Key_Tab)  # the others: on hold, rejected
        key(qtbot, KEY.Key_Down)
        key(qtbot, KEY.Key_Tab)  # the date: the meeting's; Tab steps day, month, year, on
        for _section in ("day", "month", "year"):
            key(qtbot, KEY.Key_Tab)
        assert QApplication.focusWidget() is dialog.ui.rationaleEdit
        type_text(qtbot, "Gedeeld door alle partners.")
        key(qtbot, KEY.Key_Tab)
        key(qtbot, KEY.Key_Space)  # review on: on
        key(qtbot, KEY.Key_Return, CTRL)

    when_modal(decide)
    press(window, qtbot, page.ui.meetingView, KEY.Key_R, CTRL)
    assert len(questions) == 1 and "cannot be changed or removed" in questions[0]
    [row] = decisions_in_file(window)
    assert row[:6] == (
        "De stuurgroep kiest schulden als pilotonderwerp.",
        SCHULDEN,
        "rejected",
        "2026-12-03",
        "Gedeeld door alle partners.",
        str(DAY + datetime.timedelta(days=182)),
    )
    assert statuses(window)[SCHULDEN] == "chosen"
    assert statuses(window)[ONDERHOUD] == "rejected"
    assert statuses(window)[INKOOP] == "idea"
    # The meeting view shows the statuses change; the log shows the decision.
    assert [page.proposal_model.index(r, 2).data() for r in range(2)] == ["Chosen", "Rejected"]
    assert page.meeting_decisions.rowCount() == 1
    log = page.log_model
    assert log.rowCount() == 1
    assert log.index(0, DECISION_COLUMN).data() == row[0]
    assert log.index(0, 4).data() == SCHULDEN
    # Recording is not an undo step: Undo leaves the decision where it is.
    assert window.session.undo_stack.count() == steps  # type: ignore[union-attr]
    undo(window, qtbot, page)  # would undo the proposals: refused, the committee decided
    assert warnings and "decided in this meeting" in warnings[0]
    assert len(decisions_in_file(window)) == 1
    assert proposals_in_file(window) == [SCHULDEN, ONDERHOUD]
    assert statuses(window)[SCHULDEN] == "chosen"


def test_proposals_dialog_greys_out_topics_the_rules_refuse(
    window: MainWindow, project_path: Path
) -> None:
    page = open_steering(window, project_path)
    meeting = Meeting(held_on=DAY, title="Stuurgroep")
    from dgw_desktop.ui.commands.steering_commands import AddMeetingCommand
    from dgw_desktop.ui.commands.store_command import push_edit

    assert push_edit(page.session, AddMeetingCommand(page.session, meeting)) is None
    seen: list[tuple[str, bool, str]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ProposalsDialog)
        dialog.ui.allCheck.setChecked(True)
        topic_list = dialog.ui.topicList
        for row in range(topic_list.count()):
            item = topic_list.item(row)
            enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
            seen.append((item.text().split("  —")[0], enabled, item.toolTip()))
        dialog.reject()

    page.select_meeting(meeting.id)
    when_modal(look)
    page.put_topics()
    by_title = {title: (enabled, tip) for title, enabled, tip in seen}
    assert by_title[SCHULDEN][0] and by_title[INKOOP][0]
    assert not by_title["Zonder vraag"][0]
    assert "strategic question" in by_title["Zonder vraag"][1]
    assert proposals_in_file(window) == []


# -- corrections ---------------------------------------------------------------------------------
def test_correction_is_a_new_decision_and_the_old_one_is_marked_replaced(
    window: MainWindow, qtbot, project_path: Path, questions: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_steering(window, decided_project(project_path))
    [(first_text, _t, _o, _d, _r, _v, _rep, first_id)] = decisions_in_file(window)
    assert statuses(window)[SCHULDEN] == "chosen"
    page.ui.decisionView.selectRow(0)

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        activate(dialog, qtbot)
        assert dialog.ui.replacesCombo.currentData() == first_id
        assert dialog.ui.textEdit.toPlainText() == first_text  # prefilled from the old one
        assert "#1" in dialog.windowTitle()
        assert dialog.ui.othersCombo.isEnabled()  # a topic is chosen: the others' outcome
        key(qtbot, KEY.Key_A, CTRL)
        type_text(qtbot, "Correctie: de stuurgroep kiest onderhoud.")
        key(qtbot, KEY.Key_Tab)
        key(qtbot, KEY.Key_Down)  # from schulden to onderhoud
        key(qtbot, KEY.Key_Return, CTRL)

    when_modal(correct)
    press(window, qtbot, page.ui.decisionView, KEY.Key_R, CTRL | SHIFT)
    rows = decisions_in_file(window)
    assert len(rows) == 2 and len(questions) == 1
    assert rows[0][0] == first_text  # the original stays as it was
    assert rows[1][:2] == ("Correctie: de stuurgroep kiest onderhoud.", ONDERHOUD)
    assert rows[1][6] == first_id
    assert statuses(window)[ONDERHOUD] == "chosen"
    assert statuses(window)[SCHULDEN] == "on-hold"

    log = page.log_model
    font = log.index(0, DECISION_COLUMN).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert log.index(0, REPLACED_COLUMN).data() == "Replaced by #2"
    assert log.index(1, DECISION_COLUMN).data().startswith("Corrects #1: ")
    assert log.index(1, DECISION_COLUMN).data(Qt.ItemDataRole.FontRole) is None
    assert log.index(1, REPLACED_COLUMN).data() == ""

    # Correcting the replaced one from the log corrects the decision that replaced it.
    page.ui.tabWidget.setCurrentIndex(1)
    page.ui.logView.selectRow(0)
    offered: list[object] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        offered.append(dialog.ui.replacesCombo.currentData())
        offered.extend(
            dialog.ui.replacesCombo.itemData(i) for i in range(dialog.ui.replacesCombo.count())
        )
        dialog.reject()

    when_modal(look)
    page.correct_selected_in_log()
    assert offered == [rows[1][7], None, rows[1][7]]  # only standing decisions to replace
    assert len(decisions_in_file(window)) == 2


def test_a_second_choice_is_refused_in_the_dialog_until_it_is_a_correction(
    window: MainWindow, questions: list[str]
) -> None:
    page = open_steering(window)  # the demo: one meeting, its decision chose the social topic
    before = decisions_in_file(window)
    assert len(before) == 1
    errors: list[str] = []

    def choose_other(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        ui = dialog.ui
        ui.textEdit.setPlainText("Toch onderhoud")
        ui.chosenCombo.setCurrentIndex(2)  # the second topic put to the meeting
        dialog.accept()
        errors.append(ui.errorLabel.text())
        assert dialog.isVisible()  # stays open to fix it
        assert decisions_in_file(window) == before
        ui.replacesCombo.setCurrentIndex(1)  # now as a correction of decision #1
        dialog.accept()

    when_modal(choose_other)
    recorded = page.record_decision()
    assert errors and "correction" in errors[0]
    assert recorded is not None and recorded.replaces_decision_id == before[0][7]
    assert len(decisions_in_file(window)) == 2 and len(questions) == 2


def test_declining_the_confirmation_records_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_steering(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: int(QMessageBox.StandardButton.No))
    stayed: list[bool] = []

    def note(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        dialog.ui.textEdit.setPlainText("Het budget wordt vrijgemaakt.")
        dialog.accept()
        stayed.append(dialog.isVisible())
        dialog.reject()

    when_modal(note)
    assert page.record_decision() is None
    assert stayed == [True]
    assert len(decisions_in_file(window)) == 1


# -- the log is append-only -------------------------------------------------------------------
def test_no_ui_path_edits_or_deletes_a_decision(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_steering(window)
    before = decisions_in_file(window)
    for name in dir(page):
        assert not (
            "decision" in name and name.startswith(("edit", "delete", "remove", "update"))
        ), name
    for model in (page.log_proxy, page.meeting_decisions):
        for column in range(model.columnCount()):
            flags = model.flags(model.index(0, column))
            assert not flags & Qt.ItemFlag.ItemIsEditable
    page.ui.decisionView.selectRow(0)
    for tab, view in ((0, page.ui.decisionView), (1, page.ui.logView)):
        page.ui.tabWidget.setCurrentIndex(tab)
        view.selectRow(0)
        for pressed in (KEY.Key_Delete, KEY.Key_F2, KEY.Key_Backspace, KEY.Key_Return):
            press(window, qtbot, view, pressed)
    assert QApplication.activeModalWidget() is None
    assert decisions_in_file(window) == before
    assert window.session.undo_stack.count() == 0  # type: ignore[union-attr]
    # And the file itself refuses, whoever tries.
    assert window.session is not None
    connection = sqlite3.connect(window.session.project_file.path)
    try:
        for statement in ("UPDATE decision SET text = 'anders'", "DELETE FROM decision"):
            with pytest.raises(sqlite3.IntegrityError):
                connection.execute(statement)
    finally:
        connection.close()
    assert decisions_in_file(window) == before
    assert "never changed or removed" in page.ui.helpLabel.text()
    assert "not an Undo step" in page.ui.helpLabel.text()


def test_deleting_a_meeting_with_decisions_is_refused_with_a_message(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_steering(window)
    assert page.selected_meeting() is not None
    press(window, qtbot, page.ui.meetingView, KEY.Key_Delete)
    assert warnings and "decisions in the log" in warnings[0]
    assert read(window, "SELECT count(*) FROM meeting") == [(1,)]
    assert window.session.undo_stack.count() == 0  # type: ignore[union-attr]
    page.put_topics()  # what was put to a decided meeting stays
    assert len(warnings) == 2 and "decided in this meeting" in warnings[1]


# -- undo and redo ---------------------------------------------------------------------------
def test_undo_redo_of_meeting_edits_and_proposals(
    window: MainWindow, qtbot, project_path: Path, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_steering(window, project_path)
    when_modal(fill_meeting_by_keyboard(qtbot, "03-12-2026", "Stuurgroep"))
    press(window, qtbot, page.ui.meetingView, KEY.Key_Insert)
    assert read(window, "SELECT title FROM meeting") == [("Stuurgroep",)]

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, MeetingDialog)
        activate(dialog, qtbot)
        key(qtbot, KEY.Key_T, Qt.KeyboardModifier.AltModifier)  # &Title
        assert QApplication.focusWidget() is dialog.ui.titleEdit
        key(qtbot, KEY.Key_A, CTRL)
        type_text(qtbot, "Stuurgroep GHO")
        key(qtbot, KEY.Key_Return)  # Enter in a one-line field saves

    when_modal(rename)
    press(window, qtbot, page.ui.meetingView, KEY.Key_Return)
    assert read(window, "SELECT title FROM meeting") == [("Stuurgroep GHO",)]
    when_modal(tick_first_two(qtbot))
    press(window, qtbot, page.ui.meetingView, KEY.Key_P, CTRL)
    assert proposals_in_file(window) == [SCHULDEN, ONDERHOUD]

    undo(window, qtbot, page)
    assert proposals_in_file(window) == []
    assert statuses(window)[SCHULDEN] == "idea"  # back to what it was before
    undo(window, qtbot, page)
    assert read(window, "SELECT title FROM meeting") == [("Stuurgroep",)]
    assert page.ui.meetingHeading.text().startswith("Stuurgroep —")
    undo(window, qtbot, page)
    assert read(window, "SELECT count(*) FROM meeting") == [(0,)]
    for _ in range(3):
        redo(window, qtbot, page)
    assert read(window, "SELECT title FROM meeting") == [("Stuurgroep GHO",)]
    assert proposals_in_file(window) == [SCHULDEN, ONDERHOUD]
    assert statuses(window)[ONDERHOUD] == "proposed"
    assert [page.proposal_model.index(r, 0).data() for r in range(2)] == [SCHULDEN, ONDERHOUD]

    # A meeting without decisions can be deleted, and undo brings it back with its topics.
    press(window, qtbot, page.ui.meetingView, KEY.Key_Delete)
    assert read(window, "SELECT count(*) FROM meeting") == [(0,)]
    undo(window, qtbot, page)
    assert read(window, "SELECT title FROM meeting") == [("Stuurgroep GHO",)]
    assert proposals_in_file(window) == [SCHULDEN, ONDERHOUD]
    assert not warnings


# -- the log view ---------------------------------------------------------------------------
def test_log_filters_as_you_type_and_marks_passed_review_dates(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_steering(window)
    press(window, qtbot, page.ui.meetingView, KEY.Key_F, CTRL)
    assert page.ui.tabWidget.currentIndex() == 1
    assert QApplication.focusWidget() is page.ui.filterEdit
    type_text(qtbot, "schulden")
    assert page.log_proxy.rowCount() == 1
    type_text(qtbot, " zzz")
    assert page.log_proxy.rowCount() == 0
    assert page.ui.logCountLabel.text().startswith("0 of 1")
    page.ui.filterEdit.clear()

    log = page.log_model
    review = log.index(0, REVIEW_COLUMN)
    assert review.data() == "01-06-2027"
    log.today = lambda: datetime.date(2027, 1, 1)
    assert review.data(Qt.ItemDataRole.BackgroundRole) is None
    log.today = lambda: datetime.date(2027, 6, 2)
    assert review.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "passed" in review.data(Qt.ItemDataRole.ToolTipRole)


def test_a_readiness_link_shows_the_decision_that_chose_the_topic(window: MainWindow) -> None:
    page = open_steering(window)
    [(topic_id,)] = read(window, "SELECT chosen_topic_id FROM decision")
    page.ui.tabWidget.setCurrentIndex(1)
    page.navigate_to("decisions", str(topic_id))
    assert page.ui.tabWidget.currentIndex() == 0
    assert page.ui.decisionView.selectionModel().selectedRows()
