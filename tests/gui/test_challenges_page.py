"""The Uitdagingen page: add through the dialog, undo, redo, edit, delete; always in the file."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from dgw_desktop.ui.dialogs.challenge_dialog import ChallengeDialog
from dgw_desktop.ui.main_window import MainWindow
from tests.gui.conftest import reactivate, when_modal

NEW_TEXT = "Wij zien niet welke inwoners meerdere voorzieningen tegelijk krijgen — één overzicht"


def challenge_texts_in_file(window: MainWindow) -> list[str]:
    # A second connection sees only what is committed, i.e. durable.
    assert window.session is not None
    with sqlite3.connect(window.session.project_file.path) as connection:
        return [row[0] for row in connection.execute("SELECT text FROM challenge")]


def open_challenges(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.open_demo()
    assert window.project_view is not None
    page = window.project_view.challenges_page
    window.project_view.show_page(page)
    return page


def fill_new_challenge(dialog: ChallengeDialog) -> None:
    dialog.ui.textEdit.setPlainText(NEW_TEXT)
    dialog.ui.domainCombo.setCurrentIndex(dialog.ui.domainCombo.findText("sociaal"))
    first = dialog.ui.municipalityList.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()


def test_add_undo_redo_challenge_is_in_file(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_challenges(window)
    before = page.model.rowCount()
    assert before == len(challenge_texts_in_file(window)) > 45

    when_modal(fill_new_challenge)  # type: ignore[arg-type]
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)

    assert page.model.rowCount() == before + 1
    assert NEW_TEXT in challenge_texts_in_file(window)
    assert "opgeslagen" in window.statusBar().currentMessage().lower() or (
        "saved" in window.statusBar().currentMessage().lower()
    )
    selected = page.selected_rows()
    assert [page.model.entity(row).text for row in selected] == [NEW_TEXT]

    # Offscreen, the window is not re-activated when a modal dialog closes.
    reactivate(window, qtbot)
    page.ui.tableView.setFocus()
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert NEW_TEXT not in challenge_texts_in_file(window)
    assert page.model.rowCount() == before

    qtbot.keyClick(
        page.ui.tableView,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert NEW_TEXT in challenge_texts_in_file(window)
    assert page.model.rowCount() == before + 1


def test_empty_text_is_refused_in_the_dialog_and_nothing_written(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_challenges(window)
    before = challenge_texts_in_file(window)
    messages: list[str] = []

    def submit_empty(dialog: ChallengeDialog) -> None:
        dialog.ui.textEdit.setPlainText("   ")
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
        messages.append(dialog.ui.errorLabel.text())
        assert dialog.isVisible()  # the dialog stays open so nothing typed is lost
        dialog.reject()

    when_modal(submit_empty)  # type: ignore[arg-type]
    page.add()
    assert messages and messages[0]
    assert challenge_texts_in_file(window) == before


def test_edit_and_delete_with_undo(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_challenges(window)
    original = page.model.entity(0)

    def change_text(dialog: ChallengeDialog) -> None:
        dialog.ui.textEdit.setPlainText("Aangepaste tekst")
        dialog.accept()

    when_modal(change_text)  # type: ignore[arg-type]
    page.edit_row(0)
    assert "Aangepaste tekst" in challenge_texts_in_file(window)
    assert original.text not in challenge_texts_in_file(window)
    window.undo_action.trigger()
    assert original.text in challenge_texts_in_file(window)

    count = len(challenge_texts_in_file(window))
    flags = QItemSelectionModel.SelectionFlag
    selection = QItemSelection(page.proxy.index(0, 0), page.proxy.index(1, 0))
    page.ui.tableView.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
    assert len(page.selected_rows()) == 2
    page.delete_selected()
    assert len(challenge_texts_in_file(window)) == count - 2
    window.undo_action.trigger()
    assert len(challenge_texts_in_file(window)) == count
    restored = [c for c in page.model.entities() if c.id == original.id]
    assert restored and restored[0].municipality_ids == original.municipality_ids


def test_filter_as_you_type(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_challenges(window)
    total = page.proxy.rowCount()
    qtbot.keyClicks(page.ui.filterEdit, "jeugdzorg")
    shown = page.proxy.rowCount()
    assert 0 < shown < total
    for row in range(shown):
        values = " ".join(
            str(page.proxy.index(row, column).data()) for column in range(page.proxy.columnCount())
        )
        assert "jeugdzorg" in values.lower()
    page.ui.filterEdit.clear()
    assert page.proxy.rowCount() == total


def test_cancel_writes_nothing(window: MainWindow) -> None:
    page = open_challenges(window)
    before = challenge_texts_in_file(window)
    when_modal(lambda dialog: dialog.done(QDialog.DialogCode.Rejected))  # type: ignore[attr-defined]
    page.add()
    assert challenge_texts_in_file(window) == before
    assert not window.undo_action.isEnabled()
