"""Shared helpers for the Themes page tests."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from dgw_desktop.ui.dialogs.theme_chooser_dialog import ThemeChooserDialog
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.pages.themes_page import ThemesPage
from tests.gui.conftest import reactivate

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MOVE = Qt.DropAction.MoveAction
PERSONEEL = "Personeel en formatie in beeld"
EIGENAARSCHAP = "Eigenaarschap en kwaliteit van gegevens"
GRIP = "Grip op jeugdzorg"
BASISGEGEVENS = "Basisgegevens ruimte op orde"


# -- reading the file with a second connection ---------------------------------------------------
def read(window: MainWindow, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    assert window.session is not None
    with closing(sqlite3.connect(window.session.project_file.path)) as connection:
        return connection.execute(sql, params).fetchall()


def themes_in_file(window: MainWindow) -> dict[str, str]:
    return {name: theme_id for theme_id, name in read(window, "SELECT id, name FROM theme")}


def members_in_file(window: MainWindow, theme_name: str) -> set[str]:
    rows = read(
        window,
        "SELECT challenge.id FROM challenge JOIN theme ON theme.id = challenge.theme_id "
        "WHERE theme.name = ?",
        (theme_name,),
    )
    return {row[0] for row in rows}


def theme_of(window: MainWindow, challenge_ids: list[str]) -> set[str | None]:
    marks = ",".join("?" * len(challenge_ids))
    rows = read(
        window,
        f"SELECT theme.name FROM challenge LEFT JOIN theme ON theme.id = challenge.theme_id "
        f"WHERE challenge.id IN ({marks})",
        tuple(challenge_ids),
    )
    assert len(rows) == len(challenge_ids)  # the challenges themselves always stay
    return {row[0] for row in rows}


def challenge_count(window: MainWindow) -> int:
    return int(read(window, "SELECT count(*) FROM challenge")[0][0])


def dots_in_file(window: MainWindow, theme_id: str) -> int | None:
    rows = read(window, "SELECT sum(dots) FROM vote WHERE theme_id = ?", (theme_id,))
    return rows[0][0]


def scores_in_file(window: MainWindow, theme_id: str) -> list[tuple[Any, ...]]:
    return read(
        window,
        "SELECT criterion_id, participant_id, value FROM score WHERE theme_id = ? "
        "ORDER BY criterion_id, participant_id",
        (theme_id,),
    )


def counts_in_file(window: MainWindow) -> dict[str, tuple[int, int]]:
    """Per theme: challenges and distinct municipalities sharing them, straight from SQL."""
    rows = read(
        window,
        "SELECT theme.name, count(DISTINCT challenge.id), count(DISTINCT link.municipality_id) "
        "FROM theme LEFT JOIN challenge ON challenge.theme_id = theme.id "
        "LEFT JOIN challenge_municipality AS link ON link.challenge_id = challenge.id "
        "GROUP BY theme.id",
    )
    return {name: (challenges, municipalities) for name, challenges, municipalities in rows}


# -- driving the page ------------------------------------------------------------------------------
def open_themes(window: MainWindow) -> ThemesPage:
    assert window.open_demo()
    assert window.project_view is not None
    page = window.project_view.themes_page
    window.project_view.show_page(page)
    assert window.project_view.stack.currentWidget() is page
    return page  # type: ignore[no-any-return]


def theme_index(page: ThemesPage, name: str) -> QModelIndex:
    model = page.tree_model
    for row in range(model.rowCount()):
        if model.summary(row).name == name:
            return model.index(row, 0)
    raise AssertionError(f"no theme {name!r} shown")


def shown_counts(page: ThemesPage) -> dict[str, tuple[int, int]]:
    model = page.tree_model
    return {
        str(model.index(row, 0).data()): (
            int(model.index(row, 2).data()),
            int(model.index(row, 3).data()),
        )
        for row in range(model.rowCount())
    }


def select_unassigned(page: ThemesPage, qtbot, count: int, first: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    """Select ``count`` rows of the right-hand list by keyboard (Shift+Down)."""
    view = page.ui.unassignedView
    view.setFocus()
    view.setCurrentIndex(page.unassigned_model.index(first, 0))
    for _ in range(count - 1):
        qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)
    ids = [c.id for c in page.selected_challenges()]
    assert len(ids) == count
    return ids


def press(
    window: MainWindow, qtbot, widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    reactivate(window, qtbot)  # offscreen, closing a dialog does not re-activate the window
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


def undo(window: MainWindow, qtbot, page: ThemesPage) -> None:  # type: ignore[no-untyped-def]
    press(window, qtbot, page.ui.themeTree, Qt.Key.Key_Z, CTRL)


def redo(window: MainWindow, qtbot, page: ThemesPage) -> None:  # type: ignore[no-untyped-def]
    press(window, qtbot, page.ui.themeTree, Qt.Key.Key_Z, CTRL | SHIFT)


def choose_by_typing(text: str, qtbot):  # type: ignore[no-untyped-def]
    def act(dialog: ThemeChooserDialog) -> None:
        assert isinstance(dialog, ThemeChooserDialog)
        qtbot.keyClicks(dialog.ui.filterEdit, text)
        qtbot.keyClick(dialog.ui.filterEdit, Qt.Key.Key_Return)

    return act
