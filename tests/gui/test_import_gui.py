"""File → Import challenges: read and check off the GUI thread, preview, then all or nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton

from dgw_desktop.imports import challenges as challenge_import
from dgw_desktop.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from dgw_desktop.ui.main_window import MainWindow
from tests.gui.conftest import reactivate

HEADER = "Uitdaging;Domein;Gemeenten;Toelichting;Workshop\n"
GOOD_ROWS = (
    "Zaakgegevens staan in drie systemen;bedrijfsvoering; Goirle, Hilvarenbeek ;;"
    "Workshop bedrijfsvoering\n"
    "Wachtlijsten jeugdzorg niet inzichtelijk;sociaal domein;Oisterwijk;Vooral bij de toegang;\n"
    "\n"  # blank rows are skipped
    "=Kosten per aanvraag onbekend;Bedrijfsvoering;GM0785;;\n"  # a formula stays text
    "Onderhoud wegen niet gepland op data;fysiek domein;Goirle,Oisterwijk;;Workshop ruimte\n"
    "Wachtlijsten jeugdzorg niet inzichtelijk;sociaal;Hilvarenbeek;;\n"  # duplicate of row 3
)
BAD_ROWS = (
    "Goede uitdaging;sociaal;Goirle;;\n"
    "Verkeerd domein;financiën;Goirle;;\n"
    ";ruimte;Goirle;alleen een toelichting;\n"
    "Onbekende gemeente;ruimte;Tilburg;;\n"
)


def write_csv(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")  # with a BOM, as Excel saves it
    return path


def count_challenges(window: MainWindow) -> int:
    """Read with a second connection: only what is durable counts."""
    assert window.session is not None
    with sqlite3.connect(window.session.project_file.path) as connection:
        return int(connection.execute("SELECT count(*) FROM challenge").fetchone()[0])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def on_preview(action: Callable[[ImportPreviewDialog], None]) -> None:
    """Run ``action`` on the preview once it is shown (it blocks in exec())."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportPreviewDialog):
            QTimer.singleShot(10, attempt)
            return
        action(dialog)

    QTimer.singleShot(0, attempt)


@pytest.fixture
def choose_file(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    def choose(path: Path) -> None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    return choose


def run_import(window: MainWindow, qtbot, action: Callable[[ImportPreviewDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+I, then ``action`` on the preview; returns when the preview has closed."""
    seen: list[ImportPreviewDialog] = []

    def record(dialog: ImportPreviewDialog) -> None:
        seen.append(dialog)
        action(dialog)

    on_preview(record)
    reactivate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen) and window.imports.preview is None, timeout=10000)
    assert window.imports.running is None


def test_good_csv_preview_import_and_one_undo(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    choose_file,  # type: ignore[no-untyped-def]
) -> None:
    assert window.open_demo()
    before = count_challenges(window)
    choose_file(write_csv(tmp_path, "uitdagingen.csv", HEADER + GOOD_ROWS))
    shown: dict[str, object] = {}

    def check_and_import(dialog: ImportPreviewDialog) -> None:
        model = dialog.challenge_model
        shown["rows"] = [model.index(r, 0).data() for r in range(model.rowCount())]
        shown["texts"] = [model.index(r, 1).data() for r in range(model.rowCount())]
        shown["domains"] = [model.index(r, 2).data() for r in range(model.rowCount())]
        shown["first"] = [model.index(0, c).data() for c in range(model.columnCount())]
        shown["issues"] = [
            (dialog.issue_model.index(r, 0).data(), dialog.issue_model.index(r, 1).data())
            for r in range(dialog.issue_model.rowCount())
        ]
        shown["blocked"] = dialog.ui.blockedLabel.isVisibleTo(dialog)
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()

    run_import(window, qtbot, check_and_import)
    assert shown["rows"] == ["2", "3", "5", "6", "7"]  # as the spreadsheet numbers them
    assert shown["texts"][2] == "=Kosten per aanvraag onbekend"  # type: ignore[index]
    assert shown["domains"] == [
        "bedrijfsvoering",
        "sociaal",
        "bedrijfsvoering",
        "ruimte",
        "sociaal",
    ]
    assert shown["first"] == [
        "2",
        "Zaakgegevens staan in drie systemen",
        "bedrijfsvoering",
        "Goirle, Hilvarenbeek",
        "Workshop bedrijfsvoering",
    ]
    assert shown["issues"] == [("Warning", "7")]  # the duplicate warns, and does not block
    assert shown["blocked"] is False
    assert count_challenges(window) == before + 5
    assert "5" in window.statusBar().currentMessage()
    assert "uitdagingen.csv" in window.undo_action.text()
    reactivate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert count_challenges(window) == before  # one step removes the whole import
    window.redo_action.trigger()
    assert count_challenges(window) == before + 5


def test_bad_csv_lists_every_problem_and_writes_nothing(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    choose_file,  # type: ignore[no-untyped-def]
) -> None:
    assert window.open_demo()
    assert window.session is not None
    project = window.session.project_file.path
    digest = sha256(project)
    before = count_challenges(window)
    choose_file(write_csv(tmp_path, "fouten.csv", HEADER + BAD_ROWS))
    shown: dict[str, object] = {}

    def check_and_try(dialog: ImportPreviewDialog) -> None:
        model = dialog.issue_model
        shown["issues"] = [
            tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())
        ]
        shown["tooltips"] = [
            model.index(r, 3).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())
        ]
        shown["valid rows"] = dialog.challenge_model.rowCount()
        shown["enabled"] = dialog.import_button.isEnabled()
        shown["blocked"] = dialog.ui.blockedLabel.isVisibleTo(dialog)
        shown["summary"] = dialog.ui.summaryLabel.text()
        dialog.copy_problems()
        dialog.accept()  # what Enter would do if Import were the default: refused
        shown["open after accept"] = dialog.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # with problems, Close is the default
        shown["result"] = dialog.result()

    run_import(window, qtbot, check_and_try)
    assert shown["issues"] == [
        ("Problem", "3", "Domein"),
        ("Problem", "4", "Uitdaging"),
        ("Problem", "5", "Gemeenten"),
    ]
    tooltips = shown["tooltips"]
    assert "row 3" in tooltips[0] and "financiën" in tooltips[0]  # type: ignore[index]
    assert "Tilburg" in tooltips[2]  # type: ignore[index]
    assert shown["valid rows"] == 1
    assert shown["enabled"] is False
    assert shown["blocked"] is True
    assert "3" in str(shown["summary"])
    assert shown["open after accept"] is True
    assert shown["result"] == QDialog.DialogCode.Rejected
    assert QApplication.clipboard().text().count("\n") == 2  # three problems, one per line
    assert count_challenges(window) == before
    assert sha256(project) == digest
    assert not window.undo_action.isEnabled()


def test_unreadable_file_shows_its_problem_in_the_preview(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    choose_file,  # type: ignore[no-untyped-def]
) -> None:
    assert window.open_demo()
    assert window.session is not None
    digest = sha256(window.session.project_file.path)
    choose_file(write_csv(tmp_path, "geen-domein.csv", "Uitdaging;Gemeenten\nIets;Goirle\n"))
    shown: dict[str, object] = {}

    def check(dialog: ImportPreviewDialog) -> None:
        shown["problems"] = dialog.issue_model.problem_lines()
        shown["enabled"] = dialog.import_button.isEnabled()
        shown["table shown"] = dialog.ui.challengesGroup.isVisibleTo(dialog)
        dialog.reject()

    run_import(window, qtbot, check)
    assert len(shown["problems"]) == 1  # type: ignore[arg-type]
    assert "Domein" in shown["problems"][0]  # type: ignore[index]
    assert shown["enabled"] is False and shown["table shown"] is False
    assert sha256(window.session.project_file.path) == digest


def test_reading_runs_off_the_gui_thread_with_progress_and_can_be_cancelled(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    assert window.open_demo()
    before = count_challenges(window)
    release = threading.Event()
    threads: list[threading.Thread] = []
    real_read = challenge_import.read_challenge_rows

    def slow_read(path: Path):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        release.wait(5)
        return real_read(path)

    monkeypatch.setattr(challenge_import, "read_challenge_rows", slow_read)
    source = write_csv(tmp_path, "groot.csv", HEADER + GOOD_ROWS)
    window.imports.start(source)
    assert not window.imports.import_action.isEnabled()  # one import at a time
    qtbot.waitUntil(
        lambda: (
            window.imports.progress_dialog is not None
            and window.imports.progress_dialog.isVisible()
        ),
        timeout=3000,
    )
    assert window.isEnabled()  # the window is not frozen: the event loop runs
    (cancel,) = window.imports.progress_dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: window.imports.running is None, timeout=5000)
    assert threads and threads[0] is not threading.main_thread()
    assert window.imports.preview is None  # cancelled: no preview, nothing written
    assert count_challenges(window) == before
    assert window.imports.import_action.isEnabled()


def test_import_needs_an_open_project(window: MainWindow) -> None:
    assert not window.imports.import_action.isEnabled()
    assert window.open_demo()
    assert window.imports.import_action.isEnabled()
    window.close_project()
    assert not window.imports.import_action.isEnabled()
