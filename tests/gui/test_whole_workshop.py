"""A whole workshop by keyboard only (issue 3): capture ten statements with municipality tags,
undo one, leave, group them in a theme, give the theme dots and score it — then check the file.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget

from dgw_desktop.ui.main_window import MainWindow
from tests.gui.conftest import reactivate, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
THEME = "Zaalsignalen over schulden"


def in_file(window: MainWindow, sql: str, *params: object) -> list[tuple[object, ...]]:
    assert window.session is not None
    with sqlite3.connect(window.session.project_file.path) as connection:
        return list(connection.execute(sql, params))


def go_to(window: MainWindow, qtbot, title: str) -> QWidget:  # type: ignore[no-untyped-def]
    """Walk the navigation list with the arrow keys to the page called ``title``."""
    assert window.project_view is not None
    navigation = window.project_view.navigation
    reactivate(window, qtbot)
    navigation.setFocus()
    qtbot.keyClick(navigation, Qt.Key.Key_Home)
    for _ in range(navigation.count()):
        if navigation.currentItem().text() == title:
            break
        qtbot.keyClick(navigation, Qt.Key.Key_Down)
    assert navigation.currentItem().text() == title
    return window.project_view.stack.currentWidget()


def choose_in_combo(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if text in combo.currentText():
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert text in combo.currentText()


def row_down_to(qtbot, view: QAbstractItemView, text: str, column: int = 0) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    model = view.model()
    for _ in range(model.rowCount()):
        if text in str(model.index(view.currentIndex().row(), column).data()):
            return
        qtbot.keyClick(view, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not found")


def test_a_whole_workshop_by_keyboard(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.open_demo()
    before = in_file(window, "SELECT count(*) FROM challenge")[0][0]

    # -- capture ------------------------------------------------------------------------------
    workshops = go_to(window, qtbot, "Workshops")
    table = workshops.ui.tableView  # type: ignore[attr-defined]
    row_down_to(qtbot, table, "sociaal")
    qtbot.keyClick(table, Qt.Key.Key_F5)
    capture = workshops.capture_window  # type: ignore[attr-defined]
    assert capture is not None
    reactivate(capture, qtbot)
    line = capture.ui.inputEdit
    line.setFocus()
    for number in range(1, 11):
        qtbot.keyClick(line, Qt.Key(Qt.Key.Key_0 + 1 + number % 3), CTRL)
        if number % 2:
            qtbot.keyClick(line, Qt.Key(Qt.Key.Key_0 + 1 + (number + 1) % 3), CTRL)
        qtbot.keyClicks(line, f"Zaalsignaal {number}: schulden komen laat in beeld")
        qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)  # the last one was a mistake
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert not capture.isVisible()
    captured = in_file(
        window,
        "SELECT challenge.id, count(municipality_id) FROM challenge "
        "LEFT JOIN challenge_municipality ON challenge_id = challenge.id "
        "WHERE text LIKE 'Zaalsignaal %' GROUP BY challenge.id",
    )
    assert len(captured) == 9
    assert sorted(count for _id, count in captured) == [1, 1, 1, 1, 2, 2, 2, 2, 2]
    assert in_file(window, "SELECT count(*) FROM challenge")[0][0] == before + 9

    # -- a theme for them ------------------------------------------------------------------------
    themes = go_to(window, qtbot, "Themes")
    themes.ui.unassignedView.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(themes, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is themes.ui.filterEdit  # type: ignore[attr-defined]
    qtbot.keyClicks(themes.ui.filterEdit, "Zaalsignaal")  # type: ignore[attr-defined]
    unassigned = themes.ui.unassignedView  # type: ignore[attr-defined]
    unassigned.setFocus()
    qtbot.keyClick(unassigned, Qt.Key.Key_A, CTRL)

    def name_it(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.ui.nameEdit, THEME)  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    when_modal(name_it)
    qtbot.keyClick(unassigned, Qt.Key.Key_Insert)
    theme_id = in_file(window, "SELECT id FROM theme WHERE name = ?", THEME)[0][0]
    members = in_file(window, "SELECT id FROM challenge WHERE theme_id = ?", theme_id)
    assert {row[0] for row in members} == {row[0] for row in captured}

    # -- dots -------------------------------------------------------------------------------------
    priorities = go_to(window, qtbot, "Prioritising")
    voting = priorities.voting_tab  # type: ignore[attr-defined]
    choose_in_combo(qtbot, voting.ui.workshopCombo, "sociaal")
    votes = voting.ui.voteView
    row_down_to(qtbot, votes, THEME, column=1)
    for _ in range(3):
        qtbot.keyClick(votes, Qt.Key.Key_Plus)
    assert in_file(window, "SELECT sum(dots) FROM vote WHERE theme_id = ?", theme_id) == [(3,)]

    # -- a consensus score on every criterion -----------------------------------------------------
    reactivate(window, qtbot)
    tabs = priorities.ui.tabWidget  # type: ignore[attr-defined]
    votes.setFocus()
    qtbot.keyClick(votes, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "Criteria &scoring"
    scoring = priorities.scoring_tab  # type: ignore[attr-defined]
    assert tabs.currentWidget() is scoring
    choose_in_combo(qtbot, scoring.ui.workshopCombo, "sociaal")
    choose_in_combo(qtbot, scoring.ui.targetCombo, THEME)
    grid = scoring.ui.scoreView
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # the Consensus row, first criterion
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 0)
    for key in (Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(grid, key)  # each score moves the cursor to the next criterion
    scores = in_file(
        window,
        "SELECT value FROM score WHERE theme_id = ? AND participant_id IS NULL "
        "ORDER BY (SELECT position FROM criterion WHERE criterion.id = criterion_id)",
        theme_id,
    )
    assert [row[0] for row in scores] == [4, 5, 3, 4]
    ranked = [line for line in scoring.ranking_model.rows() if line.target.id == theme_id]
    assert ranked and ranked[0].score is not None
