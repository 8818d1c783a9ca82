"""The shell: welcome screen, opening and refusing files, recent files, Save as, Close."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from dgw_desktop.store.new_project import create_demo_project
from dgw_desktop.ui import settings
from dgw_desktop.ui.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_starts_on_welcome_screen_without_project(window: MainWindow) -> None:
    assert window.central.currentWidget() is window.welcome_page
    assert window.windowTitle() == "DGW Desktop"
    assert not window.save_as_action.isEnabled()
    assert not window.close_action.isEnabled()


def test_open_demo_shows_pages_and_title(window: MainWindow) -> None:
    assert window.open_demo()
    assert window.project_view is not None
    assert window.windowTitle().startswith("Demo GHO-pilot.dgw")
    navigation = window.project_view.navigation
    titles = [navigation.item(row).text() for row in range(navigation.count())]
    assert titles[:3] == ["Overview", "Workshops", "Challenges"]
    assert window.project_view.stack.currentWidget() is window.project_view.overview_page
    assert window.save_as_action.isEnabled()


def test_open_file_adds_it_to_recent_files(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "traject.dgw"
    create_demo_project(path).close()
    assert window.open_path(str(path))
    assert settings.recent_files()[0] == str(path.resolve())
    assert window.welcome_page.ui.recentList.count() == 1
    window.close_project()
    assert window.central.currentWidget() is window.welcome_page
    assert window.recent_menu.actions()[0].toolTip() == str(path.resolve())


@pytest.mark.parametrize(
    "content",
    [b"", b"Dit is geen project\n", b"\x89PNG\r\n\x1a\n" + bytes(200)],
    ids=["empty", "text", "binary"],
)
def test_refused_files_show_message_and_stay_unchanged(
    window: MainWindow, tmp_path: Path, warnings: list[str], content: bytes
) -> None:
    path = tmp_path / "kapot.dgw"
    path.write_bytes(content)
    before = digest(path)
    assert not window.open_path(str(path))
    assert len(warnings) == 1 and "kapot.dgw" in warnings[0]
    assert digest(path) == before
    assert window.central.currentWidget() is window.welcome_page


def test_foreign_and_newer_files_are_refused(
    window: MainWindow, tmp_path: Path, warnings: list[str]
) -> None:
    foreign = tmp_path / "ander.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    newer = tmp_path / "nieuwer.dgw"
    create_demo_project(newer).close()
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 99")
    digests = {path: digest(path) for path in (foreign, newer)}
    assert not window.open_path(str(foreign))
    assert not window.open_path(str(newer))
    assert len(warnings) == 2
    assert all(digest(path) == value for path, value in digests.items())


def test_missing_recent_file_is_forgotten(window: MainWindow, tmp_path: Path, warnings) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "weg.dgw"
    create_demo_project(path).close()
    settings.remember_file(str(path))
    path.unlink()
    assert not window.open_path(str(path))
    assert warnings
    assert str(path.resolve()) not in settings.recent_files()


def test_save_as_continues_in_the_copy(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_demo()
    target = tmp_path / "kopie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_as()
    copy = tmp_path / "kopie.dgw"
    assert copy.exists()
    assert window.session is not None and window.session.project_file.path == copy
    assert window.windowTitle().startswith("kopie.dgw")
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM challenge").fetchone()[0] == 65


def test_new_project_has_default_domains(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Nieuw traject.dgw"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.new_project()
    assert window.session is not None
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT name FROM project").fetchall() == [("Nieuw traject",)]
        domains = [row[0] for row in connection.execute("SELECT name FROM domain")]
    assert sorted(domains) == ["bedrijfsvoering", "ruimte", "sociaal"]


def test_close_leaves_only_the_project_file(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "traject.dgw"
    create_demo_project(path).close()
    window.open_path(str(path))
    window.close_project()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name not in ("ini", "demo")) == [
        "traject.dgw"
    ]


def test_geometry_is_remembered(qtbot) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_closing_right_after_an_edit_leaves_no_late_refresh(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Some views refresh one event-loop turn later; they must not read a closed file.
    from dgw_desktop.domain.entities import Challenge
    from dgw_desktop.store.challenges import add_challenge
    from dgw_desktop.store.domains import list_domains

    assert window.open_demo()
    assert window.session is not None
    project_file = window.session.project_file
    add_challenge(
        project_file, Challenge(text="Laatste", domain_id=list_domains(project_file)[0].id)
    )
    window.close_project()
    qtbot.wait(50)  # pytest-qt fails the test on any exception raised in the event loop
    assert window.central.currentWidget() is window.welcome_page
