"""Phases and cost categories of the budget: add, rename, reorder, delete, undo — in the GUI.

The dialog opens from the Lines tab ("Phases and cost categories…"). Every change is checked
in the FILE with a second sqlite3 connection, undone and redone; the totals on the page
follow (they come from the store's overview).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from shiboken6 import isValid

from dgw_desktop.ui.budget.named_list_model import NAME
from dgw_desktop.ui.budget.phases_dialog import PhasesDialog
from dgw_desktop.ui.main_window import MainWindow
from tests.gui.conftest import reactivate
from tests.gui.test_budget_page import LINES_TAB, in_file, open_budget, redo, undo


def open_dialog(window: MainWindow, qtbot) -> PhasesDialog:  # type: ignore[no-untyped-def]
    page = open_budget(window, LINES_TAB)
    qtbot.mouseClick(page.lines_tab.ui.phasesButton, Qt.MouseButton.LeftButton)
    dialog = page.lines_tab.phases_dialog
    assert dialog is not None and dialog.isVisible()
    reactivate(dialog, qtbot)
    return dialog


def names_in_file(window: MainWindow, table: str) -> list[str]:
    rows = in_file(window, f"SELECT name FROM {table} ORDER BY position, name COLLATE NOCASE")
    return [str(row[0]) for row in rows]


def totals_headers(window: MainWindow) -> tuple[list[str], list[str]]:
    """The totals table of the Lines tab: phase columns and category rows (without totals)."""
    assert window.project_view is not None
    model = window.project_view.budget_page.lines_tab.totals_model
    phases = [
        str(model.headerData(c, Qt.Orientation.Horizontal)).replace("\n", " ")
        for c in range(model.columnCount() - 1)
    ]
    categories = [
        str(model.headerData(r, Qt.Orientation.Vertical)) for r in range(model.rowCount() - 1)
    ]
    return phases, categories


def row_of(model, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(model.rowCount()) if model.row(r).name == name)


def rename_with_f2(qtbot, view, row: int, text: str) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, NAME))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "F2 opens a line editor"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(editor) or not editor.isVisible())
    QApplication.processEvents()


DEMO_PHASES = ["1 Samenwerking inrichten", "2 Voorbereiding", "3 Pilot"]


def test_the_dialog_shows_both_lists_in_their_order(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    phases = [p.name for p in dialog.phases.model.rows()]
    categories = [c.name for c in dialog.categories.model.rows()]
    assert phases == names_in_file(window, "phase") == DEMO_PHASES
    assert categories == names_in_file(window, "cost_category")
    assert categories[0] == "interne uren" and categories[-1] == "overig"
    assert (phases, categories) == totals_headers(window)


def test_add_a_phase_by_keyboard_then_undo_and_redo(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    edit = dialog.ui.phaseNameEdit
    qtbot.keyClick(dialog.ui.phasesView, Qt.Key.Key_Insert)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, "4 Evaluatie")
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert warnings == []
    assert edit.text() == ""
    assert names_in_file(window, "phase") == [*DEMO_PHASES, "4 Evaluatie"]
    (row,) = in_file(window, "SELECT id, position FROM phase WHERE name = '4 Evaluatie'")
    assert row[1] == 3
    assert totals_headers(window)[0][-1] == "4 Evaluatie"  # the page follows
    assert dialog.phases.current().name == "4 Evaluatie"  # type: ignore[union-attr]

    undo(window)
    assert names_in_file(window, "phase") == DEMO_PHASES
    assert totals_headers(window)[0] == DEMO_PHASES
    redo(window)
    assert in_file(window, "SELECT id, position FROM phase WHERE name = '4 Evaluatie'") == [row]


def test_an_empty_or_duplicate_name_is_refused_and_nothing_is_written(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    before = in_file(window, "SELECT * FROM cost_category ORDER BY id")
    steps = window.session.undo_stack.count()  # type: ignore[union-attr]

    qtbot.mouseClick(dialog.ui.addCategoryButton, Qt.MouseButton.LeftButton)
    assert warnings == ["A cost category needs a name."]
    model, view = dialog.categories.model, dialog.ui.categoriesView
    rename_with_f2(qtbot, view, row_of(model, "overig"), "Opleiding")
    qtbot.waitUntil(lambda: len(warnings) == 2)
    assert warnings[1] == "There is already a cost category “Opleiding”."

    assert in_file(window, "SELECT * FROM cost_category ORDER BY id") == before
    assert window.session.undo_stack.count() == steps  # type: ignore[union-attr]


def test_rename_in_place_with_f2_and_the_lines_follow(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    model, view = dialog.categories.model, dialog.ui.categoriesView
    category_id = model.row(row_of(model, "overig")).id
    rename_with_f2(qtbot, view, row_of(model, "overig"), "overige kosten")

    assert warnings == []
    assert in_file(window, "SELECT name FROM cost_category WHERE id = ?", (category_id,)) == [
        ("overige kosten",)
    ]
    assert totals_headers(window)[1][-1] == "overige kosten"
    assert window.project_view is not None
    lines = window.project_view.budget_page.lines_tab.lines_model
    assert "overige kosten" in {
        lines.index(r, 2).data() for r in range(lines.rowCount())
    }  # the category column of the lines
    undo(window)
    assert names_in_file(window, "cost_category")[-1] == "overig"
    redo(window)
    assert names_in_file(window, "cost_category")[-1] == "overige kosten"


def test_reorder_with_ctrl_arrows_and_buttons_then_undo(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    view = dialog.ui.phasesView
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, NAME))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)

    moved = ["2 Voorbereiding", "1 Samenwerking inrichten", "3 Pilot"]
    assert warnings == []
    assert names_in_file(window, "phase") == moved
    assert [r[0] for r in in_file(window, "SELECT position FROM phase ORDER BY position")] == [
        0,
        1,
        2,
    ]
    assert view.currentIndex().row() == 1  # the moved phase stays current
    assert totals_headers(window)[0] == moved
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names_in_file(window, "phase") == DEMO_PHASES

    categories = dialog.categories.model
    dialog.ui.categoriesView.setCurrentIndex(categories.index(row_of(categories, "overig"), 0))
    assert not dialog.ui.categoryDownButton.isEnabled()  # already the last
    qtbot.mouseClick(dialog.ui.categoryUpButton, Qt.MouseButton.LeftButton)
    assert names_in_file(window, "cost_category")[-2:] == ["overig", "communicatie"]

    undo(window)
    assert names_in_file(window, "cost_category")[-2:] == ["communicatie", "overig"]
    undo(window)
    assert names_in_file(window, "phase") == moved
    undo(window)
    assert names_in_file(window, "phase") == DEMO_PHASES
    redo(window)
    assert names_in_file(window, "phase") == moved


def test_delete_is_refused_while_lines_use_it_and_allowed_when_unused(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    model, view = dialog.categories.model, dialog.ui.categoriesView
    category = model.row(row_of(model, "overig"))
    row_before = in_file(window, "SELECT * FROM cost_category WHERE id = ?", (category.id,))
    view.setFocus()
    view.setCurrentIndex(model.index(row_of(model, "overig"), NAME))
    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert warnings == ["Cost category “overig” has 1 budget lines; move or delete them first."]
    assert in_file(window, "SELECT * FROM cost_category WHERE id = ?", (category.id,)) == (
        row_before
    )

    # Without its line, the category can go; undo brings back the very same row.
    (line_id,) = in_file(window, "SELECT id FROM budget_line WHERE category_id = ?", (category.id,))
    assert window.project_view is not None
    lines_tab = window.project_view.budget_page.lines_tab
    lines = lines_tab.lines_model
    lines_tab.ui.linesView.setCurrentIndex(lines.index(lines.row_of_line(str(line_id[0])), 0))
    lines_tab.delete_lines()
    assert in_file(
        window, "SELECT count(*) FROM budget_line WHERE category_id = ?", (category.id,)
    ) == [(0,)]

    reactivate(dialog, qtbot)
    view.setFocus()
    view.setCurrentIndex(model.index(row_of(model, "overig"), NAME))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(warnings) == 1
    assert "overig" not in names_in_file(window, "cost_category")
    assert "overig" not in totals_headers(window)[1]

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo in the dialog
    assert in_file(window, "SELECT * FROM cost_category WHERE id = ?", (category.id,)) == (
        row_before
    )
    qtbot.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert "overig" not in names_in_file(window, "cost_category")
    assert dialog.ui.undoButton.isEnabled()
    qtbot.mouseClick(dialog.ui.undoButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.undoButton, Qt.MouseButton.LeftButton)  # and the line
    assert in_file(
        window, "SELECT count(*) FROM budget_line WHERE category_id = ?", (category.id,)
    ) == [(1,)]


def test_an_unused_phase_is_deleted_with_the_button(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    edit = dialog.ui.phaseNameEdit
    edit.setFocus()
    qtbot.keyClicks(edit, "4 Evaluatie")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.phases.current().name == "4 Evaluatie"  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.ui.deletePhaseButton, Qt.MouseButton.LeftButton)
    assert warnings == []
    assert names_in_file(window, "phase") == DEMO_PHASES
    undo(window)
    assert names_in_file(window, "phase") == [*DEMO_PHASES, "4 Evaluatie"]

    view = dialog.ui.phasesView
    view.setCurrentIndex(view.model().index(2, NAME))  # 3 Pilot, in use
    qtbot.mouseClick(dialog.ui.deletePhaseButton, Qt.MouseButton.LeftButton)
    assert warnings == ["Phase “3 Pilot” has 12 budget lines; move or delete them first."]
    assert names_in_file(window, "phase") == [*DEMO_PHASES, "4 Evaluatie"]
