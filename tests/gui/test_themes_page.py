"""The Thema's page: create, rename, move by keyboard and by drag and drop, merge, dissolve.

Every result is read back from the file with a second sqlite3 connection (what is there is
durable), and every step is undone and redone.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store.challenges import add_challenges
from dgw_desktop.store.domains import find_domain_by_name
from dgw_desktop.ui.dialogs.theme_dialog import ThemeDialog
from dgw_desktop.ui.main_window import MainWindow
from tests.gui.conftest import when_modal
from tests.gui.themes_helpers import (  # noqa: F401
    BASISGEGEVENS,
    CTRL,
    EIGENAARSCHAP,
    GRIP,
    MOVE,
    PERSONEEL,
    SHIFT,
    challenge_count,
    choose_by_typing,
    counts_in_file,
    dots_in_file,
    members_in_file,
    open_themes,
    press,
    read,
    redo,
    scores_in_file,
    select_unassigned,
    shown_counts,
    theme_index,
    theme_of,
    themes_in_file,
    undo,
)


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
