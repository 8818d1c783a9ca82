"""File → Export runs on a worker thread with progress and reports back to the window."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dgw_desktop.store.snapshot import ProjectSnapshot
from dgw_desktop.ui.main_window import MainWindow


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def answer(
        _parent: object, _title: str, text: str, *args: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_workbook_export_from_menu(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    monkeypatch,
    no_questions,  # type: ignore[no-untyped-def]
) -> None:
    assert window.open_demo()
    target = tmp_path / "werkboek"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.exports.workbook_action.trigger()
    task = window.exports.running
    assert task is not None
    assert not window.exports.memo_action.isEnabled()  # one export at a time
    # Wait on state, not on the signal: a fast worker may finish before a waiter connects.
    qtbot.waitUntil(lambda: window.exports.running is None, timeout=30000)
    assert (tmp_path / "werkboek.xlsx").stat().st_size > 0
    assert no_questions and "werkboek.xlsx" in no_questions[0]
    assert window.exports.memo_action.isEnabled()


def test_writer_runs_off_the_gui_thread_and_reports_progress(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    no_questions,  # type: ignore[no-untyped-def]
) -> None:
    assert window.open_demo()
    seen: dict[str, object] = {}

    def writer(snapshot: ProjectSnapshot, target: Path, progress) -> None:  # type: ignore[no-untyped-def]
        seen["thread"] = threading.current_thread()
        seen["challenges"] = len(snapshot.challenges)
        progress(1, 2)
        target.write_text("ok", encoding="utf-8")
        progress(2, 2)

    window.exports.start(tmp_path / "x.txt", writer)
    qtbot.waitUntil(lambda: window.exports.running is None, timeout=10000)
    assert seen["thread"] is not threading.main_thread()
    assert seen["challenges"] == 65
    assert (tmp_path / "x.txt").read_text(encoding="utf-8") == "ok"
    assert window.statusBar().currentMessage().endswith("x.txt")


def test_failed_export_shows_message(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    warnings: list[str],  # type: ignore[no-untyped-def]
) -> None:
    assert window.open_demo()

    def writer(snapshot: ProjectSnapshot, target: Path, progress) -> None:  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    window.exports.start(tmp_path / "geen-toegang.pdf", writer)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "geen-toegang.pdf" in warnings[0]
    assert window.exports.running is None
