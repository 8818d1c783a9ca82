"""Fixtures for GUI tests: isolated settings, a main window, and a helper for modal dialogs."""

from __future__ import annotations

import warnings as warnings_module
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dgw_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    qapp.setOrganizationName("DGW-tests")
    qapp.setApplicationName("DGW Desktop tests")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ini"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def private_demo_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test writes its demo project in its own folder, never a shared one."""
    path = tmp_path / "demo" / "Demo GHO-pilot.dgw"
    path.parent.mkdir()
    monkeypatch.setattr("dgw_desktop.ui.main_window.demo_path", lambda: path)
    return path


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    yield main_window
    main_window.close_project()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes become a list of their texts instead of blocking the test."""
    shown: list[str] = []

    def record(_parent: QWidget, _title: str, text: str, *args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


def when_modal(action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next modal dialog once it is shown (dialogs block in exec())."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        action(dialog)

    QTimer.singleShot(0, attempt)


def reactivate(window: QWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Make ``window`` active again, as the desktop does when a modal dialog closes.

    The offscreen platform does not, and window shortcuts only fire in the active window.
    """
    window.activateWindow()
    if QApplication.activeWindow() is not window:
        with warnings_module.catch_warnings():
            warnings_module.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
