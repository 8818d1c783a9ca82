"""The Thema's page: create, rename, move by keyboard and by drag and drop, merge, dissolve.

Every result is read back from the file with a second sqlite3 connection (what is there is
durable), and every step is undone and redone.
"""

from __future__ import annotations

import os
import sqlite3
import time
import warnings as warnings_module
from contextlib import closing
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store.challenges import add_challenges
from dgw_desktop.store.domains import find_domain_by_name
from dgw_desktop.ui.dialogs.theme_chooser_dialog import ThemeChooserDialog
from dgw_desktop.ui.dialogs.theme_dialog import ThemeDialog
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.models.challenge_mime import CHALLENGE_IDS_MIME
from dgw_desktop.ui.models.unassigned_challenges_model import UnassignedChallengesModel
from dgw_desktop.ui.pages.themes_page import ThemesPage
from tests.gui.conftest import reactivate, when_modal

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


# -- what the page shows -----------------------------------------------------------------------
def test_demo_themes_with_challenge_and_municipality_counts(window: MainWindow) -> None:
    page = open_themes(window)
    assert window.project_view is not None
    navigation = window.project_view.navigation
    assert navigation.item(navigation.currentRow()).text() == "Themes"
    assert navigation.item(navigation.currentRow() - 1).text() == "Challenges"
    assert shown_counts(page) == counts_in_file(window)
    assert len(shown_counts(page)) == 6
    assert shown_counts(page)[BASISGEGEVENS] == (3, 2)
    unassigned = read(window, "SELECT count(*) FROM challenge WHERE theme_id IS NULL")[0][0]
    assert page.unassigned_model.rowCount() == unassigned > 0
    grip = theme_index(page, GRIP)
    assert page.tree_model.rowCount(grip) == 3  # expanded, a theme shows its challenges
    assert "Shared by:" in str(page.tree_model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole))


def test_filter_by_domain_and_text(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    model, combo = page.unassigned_model, page.ui.domainCombo
    total = model.rowCount()
    combo.setCurrentIndex(combo.findText("sociaal"))
    assert 0 < model.rowCount() < total
    assert {model.index(row, 1).data() for row in range(model.rowCount())} == {"sociaal"}
    qtbot.keyClicks(page.ui.filterEdit, "wmo")
    assert model.rowCount() > 0
    assert all("wmo" in model.challenge(row).text.lower() for row in range(model.rowCount()))
    page.ui.filterEdit.clear()
    combo.setCurrentIndex(0)
    assert model.rowCount() == total
    assert "of" in page.ui.unassignedCountLabel.text()


# -- create, rename -------------------------------------------------------------------------------
def test_new_theme_from_selected_challenges_by_keyboard_undo_redo(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    count = challenge_count(window)
    ids = select_unassigned(page, qtbot, 3)

    def fill(dialog: ThemeDialog) -> None:
        assert isinstance(dialog, ThemeDialog)
        assert (
            dialog.ui.withSelectionCheck.isChecked() and "3" in dialog.ui.withSelectionCheck.text()
        )
        qtbot.keyClicks(dialog.ui.nameEdit, "Inkoop en licenties")
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)

    when_modal(fill)  # type: ignore[arg-type]
    press(window, qtbot, page.ui.unassignedView, Qt.Key.Key_Insert)
    assert "Inkoop en licenties" in themes_in_file(window)
    assert members_in_file(window, "Inkoop en licenties") == set(ids)
    assert challenge_count(window) == count  # a theme groups, never replaces
    assert all(page.unassigned_model.row_of(i) < 0 for i in ids)
    new = theme_index(page, "Inkoop en licenties")
    assert page.ui.themeTree.isExpanded(new) and page.tree_model.rowCount(new) == 3
    assert shown_counts(page) == counts_in_file(window)

    undo(window, qtbot, page)
    assert "Inkoop en licenties" not in themes_in_file(window)
    assert theme_of(window, ids) == {None}
    assert all(page.unassigned_model.row_of(i) >= 0 for i in ids)
    redo(window, qtbot, page)
    assert members_in_file(window, "Inkoop en licenties") == set(ids)
    assert challenge_count(window) == count


def test_new_theme_refuses_an_empty_or_taken_name_and_writes_nothing(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    before = themes_in_file(window)
    messages: list[str] = []

    def try_names(dialog: ThemeDialog) -> None:
        dialog.ui.domainCombo.setCurrentIndex(dialog.ui.domainCombo.findText("bedrijfsvoering"))
        for name in ("   ", PERSONEEL.upper()):
            dialog.ui.nameEdit.setText(name)
            dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
            assert dialog.isVisible()  # stays open: nothing typed is lost
            messages.append(dialog.ui.errorLabel.text())
        dialog.reject()

    when_modal(try_names)  # type: ignore[arg-type]
    page.new_theme()
    assert all(messages) and len(messages) == 2
    assert themes_in_file(window) == before
    assert not window.undo_action.isEnabled()


def test_rename_in_place_with_f2_undo_redo_and_refusal(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    tree = page.ui.themeTree
    theme_id = themes_in_file(window)[GRIP]
    tree.setFocus()
    tree.setCurrentIndex(theme_index(page, GRIP))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == GRIP
    editor.selectAll()
    qtbot.keyClicks(editor, "Jeugdzorg in beeld")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits one event-loop turn later
    qtbot.waitUntil(lambda: themes_in_file(window).get("Jeugdzorg in beeld") == theme_id)
    assert tree.state() != tree.State.EditingState
    assert theme_index(page, "Jeugdzorg in beeld").isValid()

    undo(window, qtbot, page)
    assert themes_in_file(window).get(GRIP) == theme_id
    redo(window, qtbot, page)
    assert themes_in_file(window).get("Jeugdzorg in beeld") == theme_id

    # The Rename button opens the same editor; Esc leaves the name as it was.
    before = themes_in_file(window)
    qtbot.mouseClick(page.ui.renameButton, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Jeugdzorg in beeld"
    qtbot.keyClicks(editor, " extra")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.wait(10)
    assert tree.state() != tree.State.EditingState
    assert themes_in_file(window) == before

    # A name another theme of the domain has: a message, nothing written.
    before = themes_in_file(window)
    assert not page.tree_model.setData(
        theme_index(page, "Jeugdzorg in beeld"), "vroegsignalering EN armoede"
    )
    assert warnings and "vroegsignalering" in warnings[-1].lower()
    assert themes_in_file(window) == before


# -- moving challenges by keyboard -------------------------------------------------------------
def test_move_by_keyboard_into_a_theme_between_themes_and_out(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    count = challenge_count(window)
    ids = select_unassigned(page, qtbot, 2)

    when_modal(choose_by_typing("grip", qtbot))  # type: ignore[arg-type]
    press(window, qtbot, page.ui.unassignedView, Qt.Key.Key_T, CTRL)
    assert theme_of(window, ids) == {GRIP}
    # The moved challenges are shown, selected, in their opened theme.
    assert {c.id for c in page._tree_challenges()} == set(ids)
    assert page.ui.themeTree.isExpanded(theme_index(page, GRIP))

    # From the tree, Ctrl+T again moves them on to another theme (theme to theme).
    when_modal(choose_by_typing("vroeg", qtbot))  # type: ignore[arg-type]
    press(window, qtbot, page.ui.themeTree, Qt.Key.Key_T, CTRL)
    assert theme_of(window, ids) == {"Vroegsignalering en armoede"}

    # Ctrl+Shift+T takes the selected ones out of their theme.
    assert {c.id for c in page._tree_challenges()} == set(ids)
    press(window, qtbot, page.ui.themeTree, Qt.Key.Key_T, CTRL | SHIFT)
    assert theme_of(window, ids) == {None}
    assert all(page.unassigned_model.row_of(i) >= 0 for i in ids)
    assert challenge_count(window) == count

    undo(window, qtbot, page)
    assert theme_of(window, ids) == {"Vroegsignalering en armoede"}
    undo(window, qtbot, page)
    assert theme_of(window, ids) == {GRIP}
    undo(window, qtbot, page)
    assert theme_of(window, ids) == {None}
    for expected in (GRIP, "Vroegsignalering en armoede", None):
        redo(window, qtbot, page)
        assert theme_of(window, ids) == {expected}


def test_delete_key_takes_a_challenge_out_of_its_theme(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    tree = page.ui.themeTree
    grip = theme_index(page, GRIP)
    tree.expand(grip)
    first = page.tree_model.index(0, 0, grip)
    challenge_id = str(first.data(Qt.ItemDataRole.UserRole + 2))
    tree.setFocus()
    tree.setCurrentIndex(first)
    press(window, qtbot, tree, Qt.Key.Key_Delete)
    assert theme_of(window, [challenge_id]) == {None}
    assert GRIP in themes_in_file(window)  # the theme stays; only the challenge left it
    undo(window, qtbot, page)
    assert theme_of(window, [challenge_id]) == {GRIP}


def test_keyboard_actions_without_a_selection_explain_and_write_nothing(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    page.ui.unassignedView.clearSelection()
    page.ui.themeTree.clearSelection()
    before = counts_in_file(window)
    for key, modifiers in (
        (Qt.Key.Key_T, CTRL),
        (Qt.Key.Key_T, CTRL | SHIFT),
        (Qt.Key.Key_M, CTRL),
    ):
        press(window, qtbot, page.ui.themeTree, key, modifiers)
    assert len(warnings) == 3
    assert counts_in_file(window) == before
    assert not window.undo_action.isEnabled()


# -- drag and drop --------------------------------------------------------------------------------
def mime_of(model: Any, indexes: list[QModelIndex]) -> QMimeData:
    mime = model.mimeData(indexes)
    assert mime is not None and mime.formats() == [CHALLENGE_IDS_MIME]
    return mime


def test_drop_mime_data_from_the_source_models(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    tree, unassigned = page.tree_model, page.unassigned_model
    count = challenge_count(window)
    # Whole rows, as a view hands them over: every column of rows 0 and 1.
    rows = [unassigned.index(row, column) for row in (0, 1) for column in range(3)]
    ids = [unassigned.challenge(0).id, unassigned.challenge(1).id]
    mime = mime_of(unassigned, rows)

    # Unassigned → onto a theme.
    grip = theme_index(page, GRIP)
    assert not tree.canDropMimeData(mime, MOVE, 0, 0, QModelIndex())  # between themes: no
    assert tree.canDropMimeData(mime, MOVE, -1, 0, grip)
    assert tree.dropMimeData(mime, MOVE, -1, 0, grip)
    assert theme_of(window, ids) == {GRIP}
    grip = theme_index(page, GRIP)
    assert not tree.canDropMimeData(mime, MOVE, -1, 0, grip)  # already there

    # Theme → theme, dropped onto a challenge of the other theme (means: into that theme).
    grip = theme_index(page, GRIP)
    moved = [tree.challenge_index(i) for i in ids]
    mime = mime_of(tree, [*moved, grip])  # a theme in the selection is not dragged along
    armoede = theme_index(page, "Vroegsignalering en armoede")
    onto_member = tree.index(0, 0, armoede)
    assert tree.dropMimeData(mime, MOVE, -1, 0, onto_member)
    assert theme_of(window, ids) == {"Vroegsignalering en armoede"}

    # Theme → back to the unassigned list.
    mime = mime_of(tree, [tree.challenge_index(i) for i in ids])
    assert unassigned.canDropMimeData(mime, MOVE, -1, -1, QModelIndex())
    assert unassigned.dropMimeData(mime, MOVE, -1, -1, QModelIndex())
    assert theme_of(window, ids) == {None}
    assert not unassigned.canDropMimeData(mime, MOVE, -1, -1, QModelIndex())
    assert challenge_count(window) == count

    for expected in ("Vroegsignalering en armoede", GRIP, None):
        undo(window, qtbot, page)
        assert theme_of(window, ids) == {expected}
    for expected in (GRIP, "Vroegsignalering en armoede", None):
        redo(window, qtbot, page)
        assert theme_of(window, ids) == {expected}

    # Foreign data is refused; a challenge deleted meanwhile gives a message, nothing written.
    text = QMimeData()
    text.setText("Goirle")
    assert not tree.canDropMimeData(text, MOVE, -1, 0, theme_index(page, GRIP))
    stale = QMimeData()
    stale.setData(CHALLENGE_IDS_MIME, QByteArray(b'["no-such-challenge"]'))
    before = counts_in_file(window)
    assert not tree.dropMimeData(stale, MOVE, -1, 0, theme_index(page, GRIP))
    assert warnings and counts_in_file(window) == before


def drop_on(view: Any, point: QPoint, mime: QMimeData) -> Qt.DropAction:
    """What the platform does at the end of a drag: enter, move and drop at ``point``."""
    viewport = view.viewport()
    buttons, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings_module.catch_warnings():
        # PySide6 binds only the (deprecated) QPoint constructors of these two events.
        warnings_module.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(point, MOVE, mime, buttons, none)
        move = QDragMoveEvent(point, MOVE, mime, buttons, none)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(point), MOVE, mime, buttons, none)
    QApplication.sendEvent(viewport, drop)
    return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction


@pytest.mark.skipif(
    os.environ.get("QT_QPA_PLATFORM") == "xcb",
    reason="with a real drag loop the gesture blocks; test_real_mouse_drag_under_x11 covers it",
)
def test_mouse_drag_in_the_views(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A mouse drag through the views' own drag and drop code.

    The offscreen platform ends every QDrag at once (it has no drag loop), so the mouse
    gesture starts the drag in the source view for real (the view asks the model for the
    MIME data of its selection), and the drop events the platform would send at the end are
    delivered to the target view, whose drop handling then runs as usual.
    """
    page = open_themes(window)
    source, tree = page.ui.unassignedView, page.ui.themeTree
    dragged: list[QMimeData] = []
    make_mime = UnassignedChallengesModel.mimeData

    def record(model: UnassignedChallengesModel, indexes: list[QModelIndex]) -> QMimeData | None:
        mime = make_mime(model, indexes)
        if mime is not None:  # keep a copy: the drag owns (and deletes) the original
            copy = QMimeData()
            copy.setData(CHALLENGE_IDS_MIME, mime.data(CHALLENGE_IDS_MIME))
            dragged.append(copy)
        return mime

    monkeypatch.setattr(UnassignedChallengesModel, "mimeData", record)
    ids = select_unassigned(page, qtbot, 2, first=3)
    start = source.visualRect(page.unassigned_model.index(4, 0)).center()
    qtbot.mousePress(source.viewport(), Qt.MouseButton.LeftButton, pos=start)
    distance = QApplication.startDragDistance() + 5
    for step in (QPoint(2, 2), QPoint(distance, distance)):
        qtbot.mouseMove(source.viewport(), start + step)
    qtbot.mouseRelease(
        source.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(distance, distance)
    )
    assert len(dragged) == 1  # the view started a drag with its selection

    target = tree.visualRect(theme_index(page, BASISGEGEVENS)).center()
    assert drop_on(tree, target, dragged[0]) == MOVE
    assert theme_of(window, ids) == {BASISGEGEVENS}
    assert shown_counts(page) == counts_in_file(window)
    undo(window, qtbot, page)
    assert theme_of(window, ids) == {None}


@pytest.mark.skipif(
    os.environ.get("QT_QPA_PLATFORM") != "xcb",
    reason="a real drag needs a drag loop: QT_QPA_PLATFORM=xcb xvfb-run -a python -m pytest …",
)
def test_real_mouse_drag_under_x11(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The whole gesture through the platform's drag loop (X11, e.g. Xvfb)."""
    page = open_themes(window)
    source, tree = page.ui.unassignedView, page.ui.themeTree
    ids = select_unassigned(page, qtbot, 1, first=0)
    start = source.visualRect(page.unassigned_model.index(0, 0)).center()
    target = tree.visualRect(theme_index(page, GRIP)).center()

    def finish() -> None:  # runs inside the drag loop
        qtbot.mouseMove(tree.viewport(), target)
        qtbot.wait(50)
        qtbot.mouseRelease(tree.viewport(), Qt.MouseButton.LeftButton, pos=target)

    QTimer.singleShot(200, finish)
    qtbot.mousePress(source.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(source.viewport(), start + QPoint(5, 5))
    qtbot.mouseMove(source.viewport(), start + QPoint(40, 40))
    qtbot.waitUntil(lambda: theme_of(window, ids) == {GRIP}, timeout=3000)


# -- merge and dissolve ---------------------------------------------------------------------------
def test_merge_by_keyboard_sums_dots_keeps_challenges_undo_redo(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    tree = page.ui.themeTree
    names = themes_in_file(window)
    target, source = names[PERSONEEL], names[EIGENAARSCHAP]
    dots = (dots_in_file(window, target), dots_in_file(window, source))
    assert dots == (21, 17)
    scores = (scores_in_file(window, target), scores_in_file(window, source))
    challenges = members_in_file(window, PERSONEEL) | members_in_file(window, EIGENAARSCHAP)
    count = challenge_count(window)

    # The two bedrijfsvoering themes are the first two rows: select both with Shift+Down.
    tree.setFocus()
    tree.setCurrentIndex(page.tree_model.index(0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Down, SHIFT)
    assert {t.name for t in page.selected_themes()} == {PERSONEEL, EIGENAARSCHAP}
    when_modal(choose_by_typing("personeel", qtbot))  # type: ignore[arg-type]
    press(window, qtbot, tree, Qt.Key.Key_M, CTRL)

    assert set(themes_in_file(window)) == set(names) - {EIGENAARSCHAP}
    assert members_in_file(window, PERSONEEL) == challenges
    assert challenge_count(window) == count
    assert dots_in_file(window, target) == 38  # dots of one round are added up
    assert dots_in_file(window, source) is None
    assert scores_in_file(window, target) == scores[0]  # where both had a score, the target's stays
    assert shown_counts(page) == counts_in_file(window)
    assert shown_counts(page)[PERSONEEL][0] == 9

    undo(window, qtbot, page)
    assert themes_in_file(window) == names
    assert (dots_in_file(window, target), dots_in_file(window, source)) == dots
    assert (scores_in_file(window, target), scores_in_file(window, source)) == scores
    assert len(members_in_file(window, EIGENAARSCHAP)) == 5
    redo(window, qtbot, page)
    assert dots_in_file(window, target) == 38
    assert EIGENAARSCHAP not in themes_in_file(window)


def test_merge_needs_two_themes(window: MainWindow, qtbot, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    page.ui.themeTree.setCurrentIndex(theme_index(page, GRIP))
    before = themes_in_file(window)
    page.merge()
    assert warnings and themes_in_file(window) == before


def test_dissolve_with_delete_keeps_the_challenges_undo_redo(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    tree = page.ui.themeTree
    theme_id = themes_in_file(window)[GRIP]
    members = members_in_file(window, GRIP)
    dots, scores = dots_in_file(window, theme_id), scores_in_file(window, theme_id)
    assert dots and scores
    count = challenge_count(window)

    tree.setFocus()
    tree.setCurrentIndex(theme_index(page, GRIP))
    press(window, qtbot, tree, Qt.Key.Key_Delete)
    assert GRIP not in themes_in_file(window)
    assert theme_of(window, list(members)) == {None}  # the challenges stay, ungrouped
    assert challenge_count(window) == count
    assert dots_in_file(window, theme_id) is None and not scores_in_file(window, theme_id)
    assert all(page.unassigned_model.row_of(i) >= 0 for i in members)
    assert len(shown_counts(page)) == 5

    undo(window, qtbot, page)
    assert themes_in_file(window)[GRIP] == theme_id
    assert members_in_file(window, GRIP) == members
    assert (dots_in_file(window, theme_id), scores_in_file(window, theme_id)) == (dots, scores)
    redo(window, qtbot, page)
    assert GRIP not in themes_in_file(window)
    page.ui.themeTree.clearSelection()


# -- the municipality count follows ------------------------------------------------------------
def test_municipality_count_follows_the_challenges(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    sharing = {
        row[0]
        for row in read(
            window,
            "SELECT DISTINCT link.municipality_id FROM challenge "
            "JOIN theme ON theme.id = challenge.theme_id "
            "JOIN challenge_municipality AS link ON link.challenge_id = challenge.id "
            "WHERE theme.name = ?",
            (BASISGEGEVENS,),
        )
    }
    model = page.unassigned_model
    newcomer = next(
        model.challenge(row)
        for row in range(model.rowCount())
        if set(model.challenge(row).municipality_ids) - sharing
    )
    assert page.tree_model.assign(themes_in_file(window)[BASISGEGEVENS], [newcomer.id])
    counts = shown_counts(page)
    assert counts == counts_in_file(window)
    assert counts[BASISGEGEVENS][1] == len(sharing | set(newcomer.municipality_ids)) > 2


# -- thousands of challenges ---------------------------------------------------------------------
def test_many_challenges_stay_fluid_and_update_in_place(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    assert window.session is not None
    project_file = window.session.project_file
    domain = find_domain_by_name(project_file, "ruimte")
    assert domain is not None
    added = add_challenges(
        project_file,
        [
            Challenge(text=f"Knelpunt {i} in de openbare ruimte", domain_id=domain.id)
            for i in range(5000)
        ],
    )
    model = page.unassigned_model
    assert model.total_count() == challenge_count(window) - 25

    started = time.perf_counter()
    qtbot.keyClicks(page.ui.filterEdit, "knelpunt 4")
    per_key = (time.perf_counter() - started) / len("knelpunt 4")
    assert model.rowCount() == 1111  # 4, 40–49, 400–499, 4000–4999
    assert per_key < 0.1  # generous: measured well under 16 ms on the development machines

    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    theme_id = themes_in_file(window)[BASISGEGEVENS]
    shown_before = model.rowCount()
    assert page.tree_model.assign(theme_id, [added[4000].id])
    assert model.rowCount() == shown_before - 1 and not resets  # the row left in place
    undo(window, qtbot, page)
    assert model.rowCount() == shown_before and not resets
    assert model.row_of(added[4000].id) >= 0
    assert page.ui.domainCombo.count() == 4  # all domains + the three of the project


def test_cancelled_dialogs_write_nothing(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_themes(window)
    select_unassigned(page, qtbot, 1)
    before = counts_in_file(window)
    when_modal(lambda dialog: dialog.done(QDialog.DialogCode.Rejected))  # type: ignore[attr-defined]
    page.move_to_theme()
    when_modal(lambda dialog: dialog.done(QDialog.DialogCode.Rejected))  # type: ignore[attr-defined]
    page.new_theme()
    assert counts_in_file(window) == before
    assert not window.undo_action.isEnabled()
