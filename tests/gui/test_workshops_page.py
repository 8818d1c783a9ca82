"""The Workshops page: add, edit and delete workshops, each undoable and in the file."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QDate, Qt

from dgw_desktop.ui.dialogs.workshop_dialog import WorkshopDialog
from dgw_desktop.ui.main_window import MainWindow
from tests.gui.conftest import when_modal


def rows_in_file(window: MainWindow, sql: str) -> list[tuple[object, ...]]:
    assert window.session is not None
    with sqlite3.connect(window.session.project_file.path) as connection:
        return list(connection.execute(sql))


def open_workshops(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.open_demo()
    assert window.project_view is not None
    page = window.project_view.workshops_page
    window.project_view.show_page(page)
    return page


def test_add_workshop_with_date_and_municipalities(window: MainWindow) -> None:
    page = open_workshops(window)
    assert page.model.rowCount() == 3

    def fill(dialog: WorkshopDialog) -> None:
        dialog.ui.titleEdit.setText("Vervolgsessie sociaal")
        dialog.ui.domainCombo.setCurrentIndex(dialog.ui.domainCombo.findText("sociaal"))
        dialog.ui.dateKnownCheck.setChecked(True)
        dialog.ui.dateEdit.setDate(QDate(2026, 11, 22))
        dialog.ui.locationEdit.setText("Gemeentehuis Goirle")
        dialog.ui.municipalityList.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    when_modal(fill)  # type: ignore[arg-type]
    page.add()
    assert page.model.rowCount() == 4
    rows = rows_in_file(
        window, "SELECT held_on, location FROM workshop WHERE title = 'Vervolgsessie sociaal'"
    )
    assert rows == [("2026-11-22", "Gemeentehuis Goirle")]
    # New workshops start with the partners taking part; one was unticked.
    links = rows_in_file(
        window,
        "SELECT count(*) FROM workshop_municipality JOIN workshop ON workshop.id = workshop_id "
        "WHERE title = 'Vervolgsessie sociaal'",
    )
    assert links == [(2,)]
    shown = [page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())]
    assert "22-11-2026" in shown
    window.undo_action.trigger()
    assert page.model.rowCount() == 3
    assert rows_in_file(window, "SELECT count(*) FROM workshop") == [(3,)]


def test_delete_workshop_keeps_its_challenges_and_undo_reattaches(window: MainWindow) -> None:
    page = open_workshops(window)
    workshop = page.model.entity(0)
    attached = rows_in_file(
        window, f"SELECT count(*) FROM challenge WHERE workshop_id = '{workshop.id}'"
    )[0][0]
    assert attached > 0
    total = rows_in_file(window, "SELECT count(*) FROM challenge")[0][0]
    page.ui.tableView.selectRow(page.proxy.mapFromSource(page.model.index(0, 0)).row())
    page.delete_selected()
    assert rows_in_file(window, "SELECT count(*) FROM workshop") == [(2,)]
    assert rows_in_file(window, "SELECT count(*) FROM challenge")[0][0] == total
    window.undo_action.trigger()
    assert rows_in_file(
        window, f"SELECT count(*) FROM challenge WHERE workshop_id = '{workshop.id}'"
    ) == [(attached,)]
    window.redo_action.trigger()
    assert rows_in_file(window, "SELECT count(*) FROM workshop") == [(2,)]


def test_edit_workshop_title_refuses_empty(window: MainWindow) -> None:
    page = open_workshops(window)
    before = page.model.entity(0)
    errors: list[str] = []

    def clear_title(dialog: WorkshopDialog) -> None:
        dialog.ui.titleEdit.setText("")
        dialog.accept()
        errors.append(dialog.ui.errorLabel.text())
        dialog.ui.titleEdit.setText("Workshop met nieuwe titel")
        dialog.accept()

    when_modal(clear_title)  # type: ignore[arg-type]
    page.edit_row(0)
    assert errors and errors[0]
    titles = [row[0] for row in rows_in_file(window, "SELECT title FROM workshop")]
    assert "Workshop met nieuwe titel" in titles and before.title not in titles
    window.undo_action.trigger()
    titles = [row[0] for row in rows_in_file(window, "SELECT title FROM workshop")]
    assert before.title in titles
