"""The Overzicht page: project name and description, municipalities, domains and counts."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from dgw_desktop.ui.dialogs.municipality_dialog import MunicipalityDialog
from dgw_desktop.ui.main_window import MainWindow
from tests.gui.conftest import when_modal


def query(window: MainWindow, sql: str) -> list[tuple[object, ...]]:
    assert window.session is not None
    with sqlite3.connect(window.session.project_file.path) as connection:
        return list(connection.execute(sql))


def open_overview(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.open_demo()
    assert window.project_view is not None
    return window.project_view.overview_page


def test_counts_per_domain_follow_the_file(window: MainWindow) -> None:
    page = open_overview(window)
    counts = {
        page.domain_model.index(row, 0).data(): int(page.domain_model.index(row, 2).data())
        for row in range(page.domain_model.rowCount())
    }
    in_file = dict(
        query(
            window,
            "SELECT domain.name, count(challenge.id) FROM domain "
            "LEFT JOIN challenge ON challenge.domain_id = domain.id GROUP BY domain.id",
        )
    )
    assert counts == in_file
    assert set(counts) == {"bedrijfsvoering", "sociaal", "ruimte"}
    assert "3" in page.ui.partnerSummaryLabel.text()
    assert "73.258" in page.ui.partnerSummaryLabel.text()


def test_rename_project_by_typing_then_undo(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_overview(window)
    original = page.ui.nameEdit.text()
    page.ui.nameEdit.setFocus()
    page.ui.nameEdit.selectAll()
    qtbot.keyClicks(page.ui.nameEdit, "Pilot DGW Hart van Brabant")
    qtbot.keyClick(page.ui.nameEdit, Qt.Key.Key_Return)
    assert query(window, "SELECT name FROM project") == [("Pilot DGW Hart van Brabant",)]
    window.undo_action.trigger()
    assert query(window, "SELECT name FROM project") == [(original,)]
    assert page.ui.nameEdit.text() == original


def test_empty_project_name_is_refused_and_restored(
    window: MainWindow, warnings: list[str]
) -> None:
    page = open_overview(window)
    original = page.ui.nameEdit.text()
    page.ui.nameEdit.setText("   ")
    page.ui.nameEdit.editingFinished.emit()
    assert warnings and warnings[-1]
    assert query(window, "SELECT name FROM project") == [(original,)]
    assert page.ui.nameEdit.text() == original


def test_add_municipality_refuses_bad_cbs_code_then_accepts(window: MainWindow) -> None:
    page = open_overview(window)
    errors: list[str] = []

    def fill(dialog: MunicipalityDialog) -> None:
        dialog.ui.nameEdit.setText("Dongen")
        dialog.ui.cbsCodeEdit.setText("GM97")
        dialog.ui.inhabitantsSpin.setValue(26500)
        dialog.accept()
        errors.append(dialog.ui.errorLabel.text())
        dialog.ui.inhabitantsSpin.setValue(0)
        dialog.ui.cbsCodeEdit.setText("GM0766")
        dialog.accept()
        errors.append(dialog.ui.errorLabel.text())
        dialog.ui.inhabitantsSpin.setValue(26500)
        dialog.accept()

    when_modal(fill)  # type: ignore[arg-type]
    page.add_municipality()
    assert len(errors) == 2 and errors[0] != errors[1]
    assert "GM97" in errors[0]
    assert query(
        window, "SELECT cbs_code, inhabitants FROM municipality WHERE name = 'Dongen'"
    ) == [("GM0766", 26500)]
    window.undo_action.trigger()
    assert query(window, "SELECT count(*) FROM municipality WHERE name = 'Dongen'") == [(0,)]


def test_municipality_in_use_cannot_be_deleted(window: MainWindow, warnings: list[str]) -> None:
    page = open_overview(window)
    page.ui.municipalityView.selectRow(0)
    page.delete_municipality()
    assert warnings, "deleting a municipality named by challenges must be refused with a message"
    assert query(window, "SELECT count(*) FROM municipality") == [(7,)]
    assert not window.undo_action.isEnabled()


def test_add_and_rename_domain(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = open_overview(window)
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *args, **kwargs: ("informatievoorziening", True)
    )
    page.add_domain()
    assert ("informatievoorziening",) in query(window, "SELECT name FROM domain")
    assert page.domain_model.rowCount() == 4
    page.ui.domainView.selectRow(3)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("informatiebeheer", True))
    page.rename_domain()
    assert ("informatiebeheer",) in query(window, "SELECT name FROM domain")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert query(window, "SELECT count(*) FROM domain") == [(3,)]


def test_domain_counts_catch_up_after_a_capture(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from dgw_desktop.domain.entities import Challenge
    from dgw_desktop.store.challenges import add_challenge

    page = open_overview(window)
    row = next(
        r
        for r in range(page.domain_model.rowCount())
        if page.domain_model.index(r, 0).data() == "sociaal"
    )
    before = int(page.domain_model.index(row, 2).data())
    assert window.session is not None
    add_challenge(
        window.session.project_file,
        Challenge(text="Nog een signaal", domain_id=page.domain_model.entity(row).id),
    )
    # Counts are refreshed one event-loop turn later, so the capture is shown first.
    qtbot.waitUntil(lambda: int(page.domain_model.index(row, 2).data()) == before + 1)
