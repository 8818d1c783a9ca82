"""Live capture, driven by the keyboard only, as a facilitator at a projector would."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from dgw_desktop.ui.capture.capture_window import DEFAULT_POINT_SIZE, CaptureWindow
from dgw_desktop.ui.main_window import MainWindow
from tests.gui.conftest import reactivate

CTRL = Qt.KeyboardModifier.ControlModifier


def in_file(window: MainWindow, sql: str, *params: object) -> list[tuple[object, ...]]:
    assert window.session is not None
    with sqlite3.connect(window.session.project_file.path) as connection:
        return list(connection.execute(sql, params))


def start_capture(window: MainWindow, qtbot) -> CaptureWindow:  # type: ignore[no-untyped-def]
    assert window.open_demo()
    assert window.project_view is not None
    page = window.project_view.workshops_page
    window.project_view.show_page(page)
    page.ui.tableView.setFocus()
    page.ui.tableView.selectRow(1)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_F5)
    capture = page.capture_window
    assert capture is not None and capture.isVisible() and capture.isFullScreen()
    reactivate(capture, qtbot)
    capture.ui.inputEdit.setFocus()
    return capture


def type_line(qtbot, capture: CaptureWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(capture.ui.inputEdit, text)
    qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_Return)


def test_capture_by_keyboard_with_tags_undo_and_leave(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    capture = start_capture(window, qtbot)
    workshop = capture.workshop
    before = in_file(window, "SELECT count(*) FROM challenge WHERE workshop_id = ?", workshop.id)
    shown_before = capture.model.rowCount()

    qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_3, CTRL)
    assert len(capture.tagged) == 2
    assert "#1f6fb2" in capture.tag_labels[0].styleSheet()  # the choice is visible
    type_line(qtbot, capture, "Wachtlijst Wmo-hulpmiddelen loopt op")
    assert capture.ui.inputEdit.text() == ""
    assert capture.tagged == []  # tags are for one statement
    tagged = in_file(
        window,
        "SELECT municipality.name FROM challenge "
        "JOIN challenge_municipality ON challenge_id = challenge.id "
        "JOIN municipality ON municipality.id = municipality_id "
        "WHERE text = 'Wachtlijst Wmo-hulpmiddelen loopt op' ORDER BY municipality.name",
    )
    assert [row[0] for row in tagged] == [
        capture.municipalities[0].name,
        capture.municipalities[2].name,
    ]
    for number in range(2, 11):
        type_line(qtbot, capture, f"Signaal {number} uit de zaal")
    assert capture.model.rowCount() == shown_before + 10
    assert in_file(window, "SELECT count(*) FROM challenge WHERE workshop_id = ?", workshop.id) == [
        (before[0][0] + 10,)
    ]
    newest = capture.model.index(capture.model.rowCount() - 1)
    assert newest.data() == "Signaal 10 uit de zaal"

    qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_Z, CTRL)
    assert capture.model.rowCount() == shown_before + 9
    assert in_file(
        window, "SELECT count(*) FROM challenge WHERE text = 'Signaal 10 uit de zaal'"
    ) == [(0,)]

    qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_Escape)
    assert not capture.isVisible()
    assert window.project_view is not None
    assert window.project_view.workshops_page.capture_window is None


def test_empty_line_adds_nothing_and_text_survives_a_refusal(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    capture = start_capture(window, qtbot)
    count = capture.model.rowCount()
    qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(capture.ui.inputEdit, "   ")
    qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_Return)
    assert capture.model.rowCount() == count
    too_long = "x" * 2500
    capture.ui.inputEdit.setText(too_long)
    assert not capture.capture()
    assert capture.ui.inputEdit.text() == too_long  # refused, but nothing typed is lost
    assert capture.ui.statusLabel.text()


def test_zoom_keys_change_the_type_size(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    capture = start_capture(window, qtbot)
    qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_Plus, CTRL)
    assert capture.ui.inputEdit.font().pointSize() == DEFAULT_POINT_SIZE + 4
    for _ in range(40):
        qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_Minus, CTRL)
    assert capture.ui.inputEdit.font().pointSize() >= 12


def test_anonymous_unless_the_facilitator_records_the_speaker(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    capture = start_capture(window, qtbot)
    type_line(qtbot, capture, "Anoniem signaal")
    qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_R, CTRL)
    assert capture.recording_speaker
    capture.ui.saidByEdit.setText("Wethouder Jansen")
    type_line(qtbot, capture, "Signaal met naam")
    assert in_file(window, "SELECT said_by FROM challenge WHERE text = 'Anoniem signaal'") == [
        ("",)
    ]
    assert in_file(window, "SELECT said_by FROM challenge WHERE text = 'Signaal met naam'") == [
        ("Wethouder Jansen",)
    ]
    assert capture.ui.saidByEdit.text() == ""
    qtbot.keyClick(capture.ui.inputEdit, Qt.Key.Key_R, CTRL)
    assert not capture.recording_speaker
