"""Participants per workshop (add, edit, delete, undo) and attendance on the Overzicht page."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store.challenges import add_challenges
from dgw_desktop.ui.dialogs.participant_dialog import ParticipantDialog
from dgw_desktop.ui.dialogs.workshop_dialog import WorkshopDialog
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.models.attendance_models import (
    COUNT_ROLE,
    NO_INPUT_BACKGROUND,
    NO_INPUT_ROLE,
)
from tests.gui.conftest import reactivate, when_modal


def query(window: MainWindow, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:  # type: ignore[type-arg]
    """Read the file with a second connection: what is there is durable."""
    assert window.session is not None
    with sqlite3.connect(window.session.project_file.path) as connection:
        return list(connection.execute(sql, params))


def open_workshop(window: MainWindow, title: str):  # type: ignore[no-untyped-def]
    assert window.open_demo()
    assert window.project_view is not None
    page = window.project_view.workshops_page
    window.project_view.show_page(page)
    page.select_id(next(w.id for w in page.model.entities() if w.title == title))
    assert page.participants_panel.workshop is not None
    assert page.participants_panel.workshop.title == title
    return page


def participants_of(window: MainWindow, workshop_id: str) -> list[tuple]:  # type: ignore[type-arg]
    return query(
        window,
        "SELECT participant.id, participant.name, department, municipality.name FROM participant "
        "JOIN municipality ON municipality.id = municipality_id WHERE workshop_id = ? "
        "ORDER BY participant.created_at, participant.rowid",
        (workshop_id,),
    )


def choose(dialog: ParticipantDialog, municipality: str) -> None:
    combo = dialog.ui.municipalityCombo
    combo.setCurrentIndex(combo.findText(municipality))
    assert combo.currentText() == municipality


def test_add_two_participants_in_a_row_then_undo_and_redo(window: MainWindow) -> None:
    page = open_workshop(window, "Workshop ruimte")
    panel = page.participants_panel
    workshop_id = panel.workshop.id
    before = participants_of(window, workshop_id)
    shown_before = panel.model.rowCount()
    assert shown_before == len(before) > 0

    def second(dialog: ParticipantDialog) -> None:
        # The next participant starts with the municipality and department of the previous.
        assert dialog.ui.municipalityCombo.currentText() == "Hilvarenbeek"
        assert dialog.ui.departmentEdit.text() == "Informatiebeheer"
        dialog.ui.nameEdit.setText("Fleur de Wit")
        dialog.accept()

    def first(dialog: ParticipantDialog) -> None:
        choose(dialog, "Hilvarenbeek")
        dialog.ui.departmentEdit.setText("  Informatiebeheer ")
        another = [
            b
            for b in dialog.ui.buttonBox.findChildren(QPushButton)
            if dialog.ui.buttonBox.buttonRole(b) == QDialogButtonBox.ButtonRole.ActionRole
        ]
        when_modal(second)  # type: ignore[arg-type]
        another[0].click()

    when_modal(first)  # type: ignore[arg-type]
    panel.add()
    after = participants_of(window, workshop_id)
    assert after[: len(before)] == before
    assert [row[1:] for row in after[len(before) :]] == [
        ("", "Informatiebeheer", "Hilvarenbeek"),  # anonymous, spaces trimmed
        ("Fleur de Wit", "Informatiebeheer", "Hilvarenbeek"),
    ]
    assert panel.model.rowCount() == shown_before + 2
    # The workshop table counts them, and the workshop stays selected after its reload.
    row = page.model.row_of(workshop_id)
    assert page.model.index(row, 7).data() == str(len(after))
    assert panel.workshop is not None and panel.workshop.id == workshop_id
    window.undo_action.trigger()
    assert len(participants_of(window, workshop_id)) == len(before) + 1
    window.undo_action.trigger()
    assert participants_of(window, workshop_id) == before
    assert panel.model.rowCount() == shown_before
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert [row[1] for row in participants_of(window, workshop_id)][-2:] == ["", "Fleur de Wit"]


def test_edit_participant_refuses_too_long_department_then_saves(window: MainWindow) -> None:
    page = open_workshop(window, "Workshop bedrijfsvoering")
    panel = page.participants_panel
    workshop_id = panel.workshop.id
    original = participants_of(window, workshop_id)[0]
    errors: list[str] = []

    def edit(dialog: ParticipantDialog) -> None:
        dialog.ui.departmentEdit.setText("x" * 2001)
        dialog.accept()
        errors.append(dialog.ui.errorLabel.text())
        assert dialog.isVisible()  # refused: the dialog stays open, nothing written
        assert participants_of(window, workshop_id)[0] == original
        dialog.ui.departmentEdit.setText("Financiën")
        choose(dialog, "Oisterwijk")
        dialog.accept()

    panel.ui.participantView.selectRow(0)
    when_modal(edit)  # type: ignore[arg-type]
    panel.edit_current()
    assert errors and "2000" in errors[0]
    edited = participants_of(window, workshop_id)[0]
    assert edited == (original[0], original[1], "Financiën", "Oisterwijk")
    window.undo_action.trigger()
    assert participants_of(window, workshop_id)[0] == original


def test_delete_participants_by_keyboard_then_undo(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_workshop(window, "Workshop sociaal domein")
    panel = page.participants_panel
    workshop_id = panel.workshop.id
    before = participants_of(window, workshop_id)
    view = panel.ui.participantView
    view.selectRow(0)
    view.selectionModel().select(
        panel.proxy.index(1, 0),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    assert len(panel.selected_participants()) == 2
    reactivate(window, qtbot)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert participants_of(window, workshop_id) == before[2:]
    assert panel.model.rowCount() == len(before) - 2
    window.undo_action.trigger()
    assert participants_of(window, workshop_id) == before  # same ids, same order


def test_workshop_agenda_is_saved_and_undone(window: MainWindow) -> None:
    page = open_workshop(window, "Workshop ruimte")
    workshop_id = page.participants_panel.workshop.id
    (original,) = query(window, "SELECT notes FROM workshop WHERE id = ?", (workshop_id,))
    assert original[0]  # the demo has an agenda

    def edit(dialog: WorkshopDialog) -> None:
        assert dialog.ui.notesEdit.toPlainText() == original[0]
        dialog.ui.notesEdit.setPlainText("10.00 Opening\n10.15 Uitdagingen ophalen\n")
        dialog.accept()

    when_modal(edit)  # type: ignore[arg-type]
    page.edit_current()
    assert query(window, "SELECT notes FROM workshop WHERE id = ?", (workshop_id,)) == [
        ("10.00 Opening\n10.15 Uitdagingen ophalen",)
    ]
    window.undo_action.trigger()
    assert query(window, "SELECT notes FROM workshop WHERE id = ?", (workshop_id,)) == [original]


def test_selected_workshop_survives_a_reload(window: MainWindow) -> None:
    page = open_workshop(window, "Workshop sociaal domein")
    workshop = page.participants_panel.workshop
    assert window.session is not None
    add_challenges(
        window.session.project_file,
        [Challenge(text="Nieuw", domain_id=workshop.domain_id, workshop_id=workshop.id)],
    )
    assert page.selected_workshop() is not None
    assert page.participants_panel.workshop.id == workshop.id


def attendance_in_file(window: MainWindow) -> dict[tuple[str, str], int]:
    rows = query(
        window,
        "SELECT municipality.name, domain.name, count(participant.id) "
        "FROM municipality CROSS JOIN domain "
        "LEFT JOIN workshop ON workshop.domain_id = domain.id "
        "LEFT JOIN participant ON participant.workshop_id = workshop.id "
        " AND participant.municipality_id = municipality.id "
        "WHERE municipality.is_partner GROUP BY municipality.id, domain.id",
    )
    return {(m, d): n for m, d, n in rows}


def attendance_shown(window: MainWindow) -> dict[tuple[str, str], int]:
    assert window.project_view is not None
    model = window.project_view.overview_page.attendance_model
    shown = {}
    for row in range(model.rowCount()):
        for column in range(1, model.columnCount() - 1):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            shown[(model.index(row, 0).data(), header)] = model.index(row, column).data(COUNT_ROLE)
    return shown


def test_attendance_table_equals_the_file(window: MainWindow) -> None:
    assert window.open_demo()
    assert window.project_view is not None
    page = window.project_view.overview_page
    model = page.attendance_model
    shown = attendance_shown(window)
    assert shown == attendance_in_file(window)
    assert len(shown) == 9 and all(count > 0 for count in shown.values())
    # Columns: municipality, the three domains, the total per partner.
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Total"
    for row in range(model.rowCount()):
        name = model.index(row, 0).data()
        total = sum(n for (m, _d), n in shown.items() if m == name)
        assert model.index(row, 4).data() == str(total)
    assert not model.missing()
    assert "Every partner" in page.ui.attendanceSummaryLabel.text()


def test_partner_without_input_is_highlighted(window: MainWindow) -> None:
    page = open_workshop(window, "Workshop ruimte")
    panel = page.participants_panel
    view = panel.ui.participantView
    view.clearSelection()
    goirle = [
        row for row in range(panel.proxy.rowCount()) if panel.proxy.index(row, 0).data() == "Goirle"
    ]
    assert goirle
    for row in goirle:
        view.selectionModel().select(
            panel.proxy.index(row, 0),
            view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
        )
    panel.delete_selected()
    # The panel: Goirle takes part but nobody came.
    attendance = panel.attendance_model
    (goirle_row,) = [
        r for r in range(attendance.rowCount()) if attendance.index(r, 0).data() == "Goirle"
    ]
    assert attendance.index(goirle_row, 1).data(NO_INPUT_ROLE) is True
    assert "Goirle" in panel.ui.attendanceSummaryLabel.text()
    # The Overzicht page: colour and text in the cell, and the summary says it in words.
    overview = window.project_view.overview_page
    model = overview.attendance_model
    assert attendance_shown(window) == attendance_in_file(window)
    assert attendance_in_file(window)[("Goirle", "ruimte")] == 0
    highlighted = [
        (model.index(r, 0).data(), model.headerData(c, Qt.Orientation.Horizontal))
        for r in range(model.rowCount())
        for c in range(1, model.columnCount() - 1)
        if model.index(r, c).data(NO_INPUT_ROLE)
    ]
    assert highlighted == [("Goirle", "ruimte")]
    cell = model.index([model.index(r, 0).data() for r in range(3)].index("Goirle"), 3)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == NO_INPUT_BACKGROUND
    assert cell.data() == "none"
    assert "Goirle" in cell.data(Qt.ItemDataRole.ToolTipRole)
    summary = overview.ui.attendanceSummaryLabel.text()
    assert "Goirle" in summary and "ruimte" in summary
    window.undo_action.trigger()
    assert not model.missing()
    assert not cell.data(NO_INPUT_ROLE)
    assert "Every partner" in overview.ui.attendanceSummaryLabel.text()
