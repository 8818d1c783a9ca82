"""The Prioritising page: dot voting, criteria scoring and the impact–effort map.

Every edit is checked in the FILE through a second sqlite3 connection (only what is
committed, i.e. durable, is visible there), and undone and redone.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget
from shiboken6 import isValid

from dgw_desktop.domain.entities import Target
from dgw_desktop.domain.quadrants import QUADRANT_CONTEXT, Quadrant, quadrant_label
from dgw_desktop.domain.scoring import DISSENT_RULE
from dgw_desktop.ui.dialogs.vote_round_dialog import VoteRoundDialog
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.models.vote_table_model import DOTS
from dgw_desktop.ui.pages.priorities_page import PrioritiesPage
from dgw_desktop.ui.widgets.bar_chart import Bar, BarChart
from tests.gui.conftest import reactivate, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier


def in_file(
    window: MainWindow, sql: str, params: tuple[object, ...] = ()
) -> list[tuple[object, ...]]:
    assert window.session is not None
    with sqlite3.connect(window.session.project_file.path) as connection:
        return list(connection.execute(sql, params))


def open_page(window: MainWindow, tab: int) -> PrioritiesPage:
    assert window.open_demo()
    assert window.project_view is not None
    page = window.project_view.priorities_page
    window.project_view.show_page(page)
    page.ui.tabWidget.setCurrentIndex(tab)
    return page  # type: ignore[no-any-return]


def choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def quadrant_text(which: Quadrant) -> str:
    return QCoreApplication.translate(QUADRANT_CONTEXT, quadrant_label(which))


def press_enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter in an open cell editor; the delegate commits on the next turn of the event loop."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(editor) or QApplication.focusWidget() is not editor)
    QApplication.processEvents()


def undo(window: MainWindow) -> None:
    window.undo_action.trigger()


def redo(window: MainWindow) -> None:
    window.redo_action.trigger()


# -- dot voting -----------------------------------------------------------------------------------
def voting(window: MainWindow):  # type: ignore[no-untyped-def]
    tab = open_page(window, 0).voting_tab
    choose(tab.ui.workshopCombo, "bedrijfsvoering")
    return tab


def challenge_row_without_dots(tab) -> int:  # type: ignore[no-untyped-def]
    model = tab.model
    return next(
        row
        for row in range(model.rowCount())
        if model.row(row).info.kind == "challenge" and model.row(row).dots == 0
    )


def focus_dots(tab, qtbot, row: int):  # type: ignore[no-untyped-def]
    view = tab.ui.voteView
    view.setFocus()
    view.setCurrentIndex(tab.proxy.mapFromSource(tab.model.index(row, 1)))
    return view


def dots_in_file(window: MainWindow, challenge_id: str) -> list[tuple[object, ...]]:
    return in_file(window, "SELECT dots FROM vote WHERE challenge_id = ?", (challenge_id,))


def test_enter_dots_by_keyboard_with_undo_and_redo(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = voting(window)
    assert "56" in tab.ui.budgetLabel.text() and "60" in tab.ui.budgetLabel.text()
    row = challenge_row_without_dots(tab)
    challenge_id = tab.model.row(row).info.target.id
    view = focus_dots(tab, qtbot, row)

    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert dots_in_file(window, challenge_id) == [(1,)]
    # A digit opens the editor on the dots (even from the text column); Enter saves.
    qtbot.keyClick(view, Qt.Key.Key_3)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox) and editor.value() == 3
    press_enter(qtbot)
    assert dots_in_file(window, challenge_id) == [(3,)]
    assert view.currentIndex().column() == DOTS  # the place is kept for the next key
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert dots_in_file(window, challenge_id) == [(2,)]
    assert "58" in tab.ui.budgetLabel.text()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert dots_in_file(window, challenge_id) == []

    undo(window)
    assert dots_in_file(window, challenge_id) == [(2,)]
    undo(window)
    undo(window)
    assert dots_in_file(window, challenge_id) == [(1,)]
    undo(window)
    assert dots_in_file(window, challenge_id) == []
    redo(window)
    assert dots_in_file(window, challenge_id) == [(1,)]
    assert tab.model.row(row).dots == 1


def test_a_hidden_tab_catches_up_when_shown_again(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = voting(window)
    row = challenge_row_without_dots(tab)
    assert tab.model.set_dots(row, 2)
    assert window.project_view is not None
    window.project_view.show_page(window.project_view.overview_page)
    assert not tab.isVisible()
    undo(window)  # while the page is hidden: no reload yet
    assert tab.model.row(row).dots == 2
    window.project_view.show_page(window.project_view.priorities_page)
    assert tab.model.row(row).dots == 0
    assert "56" in tab.ui.budgetLabel.text()


def test_over_budget_and_negative_dots_are_refused(window: MainWindow, qtbot, warnings) -> None:  # type: ignore[no-untyped-def]
    tab = voting(window)
    total = in_file(window, "SELECT sum(dots), count(*) FROM vote")
    steps = window.session.undo_stack.count()  # type: ignore[union-attr]
    row = challenge_row_without_dots(tab)
    challenge_id = tab.model.row(row).info.target.id
    view = focus_dots(tab, qtbot, row)

    qtbot.keyClick(view, Qt.Key.Key_Minus)  # 0 − 1
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "0 or more" in warnings[0]
    qtbot.keyClick(view, Qt.Key.Key_9)  # 56 + 9 > 60
    press_enter(qtbot)
    qtbot.waitUntil(lambda: len(warnings) == 2)
    assert "60" in warnings[1] and "65" in warnings[1]
    assert tab.model.set_dots(row, 5) is False  # 61: one too many
    qtbot.waitUntil(lambda: len(warnings) == 3)

    assert in_file(window, "SELECT sum(dots), count(*) FROM vote") == total
    assert dots_in_file(window, challenge_id) == []
    assert window.session.undo_stack.count() == steps  # type: ignore[union-attr]
    assert tab.model.set_dots(row, 4) is True  # exactly what is left
    assert dots_in_file(window, challenge_id) == [(4,)]


def test_results_ranked_in_the_bar_chart(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = voting(window)
    round_id = tab.round_id
    in_order = in_file(
        window,
        "SELECT vote.dots, coalesce(theme.name, challenge.text) FROM vote "
        "LEFT JOIN theme ON theme.id = vote.theme_id "
        "LEFT JOIN challenge ON challenge.id = vote.challenge_id "
        "WHERE round_id = ? ORDER BY vote.dots DESC",
        (round_id,),
    )
    chart = tab.chart
    assert chart.values() == [row[0] for row in in_order]
    assert chart.labels()[0] == f"1. {in_order[0][1]}" == "1. Personeel en formatie in beeld"
    assert [label.split(". ", 1)[1] for label in chart.labels()] == [row[1] for row in in_order]

    # Four dots more for the last challenge lift it past the next and level with a third.
    last = chart.labels()[-1].split(". ", 1)[1]
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row(r).info.text == last)
    assert tab.model.set_dots(row, tab.model.row(row).dots + 4)
    assert chart.labels()[-2] == f"3. {last}" and chart.values()[-2] == 8
    assert chart.labels()[-3].startswith("3. ")  # equal dots share the rank (A–Z)
    assert chart.labels()[-1].startswith("5. ") and chart.values()[-3:] == [8, 8, 6]
    image = chart.grab()
    assert not image.isNull() and image.width() > 0
    undo(window)
    assert chart.labels()[-1] == f"5. {last}"


def test_bar_chart_data_and_painting(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    assert not chart.grab().isNull()  # empty
    chart.set_empty_text("Nothing yet")
    chart.set_legend([("Theme", QColor("blue"))])
    chart.set_bars(
        [
            Bar("Eén", 1234),
            Bar("Twee", Decimal("617.50"), QColor("orange"), "tip"),
            Bar("Nul", 0),
        ]
    )
    assert chart.labels() == ["Eén", "Twee", "Nul"]
    assert chart.values() == [1234, Decimal("617.50"), 0]
    assert [chart.formatter(v) for v in chart.values()] == ["1.234", "617,50", "0"]
    first, second, zero = (chart.bar_rect(row) for row in range(3))
    assert abs(second.width() * 2 - first.width()) < 1.5 and zero.width() == 0
    assert chart.row_at(second.center()) == 1 and chart.row_at(QPointF(5, 5)) is None
    assert "1.234" in chart.accessibleDescription()
    image = chart.grab()
    assert not image.isNull() and image.height() == chart.height()


def test_create_edit_and_delete_a_round(window: MainWindow, qtbot, warnings) -> None:  # type: ignore[no-untyped-def]
    tab = voting(window)
    workshop_id = tab.workshop_id

    def fill(dialog: VoteRoundDialog) -> None:
        dialog.ui.nameEdit.setText("Tweede ronde")
        dialog.ui.dotsSpin.setValue(3)
        assert "36" in dialog.ui.budgetLabel.text()  # 12 participants × 3
        dialog.accept()

    when_modal(fill)  # type: ignore[arg-type]
    qtbot.mouseClick(tab.ui.newRoundButton, Qt.MouseButton.LeftButton)
    rounds = (
        "SELECT name, dots_per_participant FROM vote_round WHERE workshop_id = ? ORDER BY position"
    )
    assert in_file(window, rounds, (workshop_id,)) == [
        ("Stemronde thema's", 5),
        ("Tweede ronde", 3),
    ]
    assert "Tweede ronde" in tab.ui.roundCombo.currentText()
    assert "36" in tab.ui.budgetLabel.text() and tab.chart.bars() == []

    def fewer(dialog: VoteRoundDialog) -> None:
        dialog.ui.dotsSpin.setValue(2)
        dialog.accept()

    when_modal(fewer)  # type: ignore[arg-type]
    tab.edit_round()
    assert in_file(window, rounds, (workshop_id,))[1] == ("Tweede ronde", 2)

    tab.delete_round()
    assert in_file(window, rounds, (workshop_id,)) == [("Stemronde thema's", 5)]
    undo(window)  # delete
    assert in_file(window, rounds, (workshop_id,))[1] == ("Tweede ronde", 2)
    undo(window)  # edit
    undo(window)  # add
    assert in_file(window, rounds, (workshop_id,)) == [("Stemronde thema's", 5)]
    redo(window)
    assert in_file(window, rounds, (workshop_id,))[1] == ("Tweede ronde", 3)

    # Fewer dots than already given: the store refuses, nothing changes.
    tab.select_round(
        in_file(
            window,
            "SELECT id FROM vote_round WHERE name = 'Stemronde thema''s' AND workshop_id = ?",
            (workshop_id,),
        )[0][0]
    )

    def too_few(dialog: VoteRoundDialog) -> None:
        dialog.ui.dotsSpin.setValue(4)  # 48 < 56 given
        dialog.accept()

    when_modal(too_few)  # type: ignore[arg-type]
    tab.edit_round()
    assert warnings and "56" in warnings[-1]
    assert in_file(window, rounds, (workshop_id,))[0] == ("Stemronde thema's", 5)


# -- criteria scoring -----------------------------------------------------------------------------
def scoring(window: MainWindow):  # type: ignore[no-untyped-def]
    tab = open_page(window, 1).scoring_tab
    choose(tab.ui.workshopCombo, "sociaal")
    return tab


def ranked_names(tab) -> list[str]:  # type: ignore[no-untyped-def]
    model = tab.ranking_model
    return [model.labels[model.row(row).target] for row in range(model.rowCount())]


def edit_cell(view, index, keys: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, keys)
    press_enter(qtbot)


def test_changing_a_weight_changes_the_ranking(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = scoring(window)
    # Equal at 3,75; the tie is broken by name.
    assert ranked_names(tab)[:2] == ["Grip op jeugdzorg", "Vroegsignalering en armoede"]
    model = tab.criteria_model
    impact = next(row for row in range(model.rowCount()) if model.row(row).name == "Impact")
    edit_cell(tab.ui.criteriaView, model.index(impact, 1), "3", qtbot)
    assert in_file(window, "SELECT weight FROM criterion WHERE name = 'Impact'") == [(3,)]
    assert ranked_names(tab)[:2] == ["Vroegsignalering en armoede", "Grip op jeugdzorg"]
    assert tab.ranking_model.row(0).score == Decimal("4.17")
    undo(window)
    assert in_file(window, "SELECT weight FROM criterion WHERE name = 'Impact'") == [(1,)]
    assert ranked_names(tab)[0] == "Grip op jeugdzorg"
    redo(window)
    assert ranked_names(tab)[0] == "Vroegsignalering en armoede"


def test_add_remove_and_default_criteria(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = scoring(window)
    assert not tab.ui.defaultCriteriaButton.isEnabled()  # the demo has all four
    qtbot.keyClicks(tab.ui.criterionNameEdit, "Kosten")
    tab.ui.weightSpin.setValue(2)
    qtbot.keyClick(tab.ui.criterionNameEdit, Qt.Key.Key_Return)
    assert in_file(window, "SELECT weight FROM criterion WHERE name = 'Kosten'") == [(2,)]
    assert tab.score_model.columnCount() == 5

    scores = (
        "SELECT count(*) FROM score JOIN criterion ON criterion.id = criterion_id WHERE name = ?"
    )
    before = in_file(window, scores, ("Haalbaarheid",))
    row = next(
        r
        for r in range(tab.criteria_model.rowCount())
        if tab.criteria_model.row(r).name == "Haalbaarheid"
    )
    tab.ui.criteriaView.selectRow(row)
    reactivate(window, qtbot)
    tab.ui.criteriaView.setFocus()
    qtbot.keyClick(tab.ui.criteriaView, Qt.Key.Key_Delete)
    assert in_file(window, scores, ("Haalbaarheid",)) == [(0,)]
    assert tab.ui.defaultCriteriaButton.isEnabled()
    qtbot.mouseClick(tab.ui.defaultCriteriaButton, Qt.MouseButton.LeftButton)
    assert in_file(window, "SELECT weight FROM criterion WHERE name = 'Haalbaarheid'") == [(1,)]
    undo(window)  # the default criterion again
    undo(window)  # the delete: the criterion comes back with its scores
    assert in_file(window, scores, ("Haalbaarheid",)) == before
    undo(window)
    assert in_file(window, "SELECT count(*) FROM criterion WHERE name = 'Kosten'") == [(0,)]


def test_participant_scores_show_dissent_and_consensus_overrides(
    window: MainWindow,
    qtbot,
    warnings,  # type: ignore[no-untyped-def]
) -> None:
    tab = scoring(window)
    choose(tab.ui.targetCombo, "Challenge:")
    target = tab.target
    assert isinstance(target, Target) and target.kind == "challenge"
    grid = tab.score_model
    view = tab.ui.scoreView
    people = [grid.row(row).participant_id for row in range(2, 4)]
    view.setFocus()
    # Type 1 for the first participant on Impact (the cursor moves on), 5 for the second.
    view.setCurrentIndex(grid.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.currentIndex().row() == 2 and view.currentIndex().column() == 1
    view.setCurrentIndex(grid.index(3, 0))
    qtbot.keyClick(view, Qt.Key.Key_5)
    sql = "SELECT participant_id, value FROM score WHERE challenge_id = ? ORDER BY value"
    assert in_file(window, sql, (target.id,)) == [(people[0], 1), (people[1], 5)]

    line = next(r for r in tab.ranking_model.rows() if r.target == target)
    assert line.dissent and line.score == Decimal("3.00")
    row = tab.ranking_model.row_of_key(target)
    tooltip = tab.ranking_model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert DISSENT_RULE in tooltip and "Impact: 1, 5" in tooltip
    assert tab.ranking_model.index(row, 4).data(Qt.ItemDataRole.DecorationRole) is not None
    assert grid.results[0].dissent and grid.index(0, 0).data() == "3,00"

    # A consensus score overrides the participants' mean (their scores stay).
    view.setCurrentIndex(grid.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert in_file(
        window,
        "SELECT value FROM score WHERE challenge_id = ? AND participant_id IS NULL",
        (target.id,),
    ) == [(4,)]
    assert grid.index(0, 0).data() == "4,00" and grid.results[0].consensus
    line = next(r for r in tab.ranking_model.rows() if r.target == target)
    assert line.score == Decimal("4.00") and line.criteria[0].participant_scores == (1, 5)

    # Out of range is refused with the store's message; Delete clears a score.
    steps = window.session.undo_stack.count()  # type: ignore[union-attr]
    view.setCurrentIndex(grid.index(1, 1))
    qtbot.keyClick(view, Qt.Key.Key_7)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "1" in warnings[0] and "5" in warnings[0]
    assert window.session.undo_stack.count() == steps  # type: ignore[union-attr]
    view.setCurrentIndex(grid.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert in_file(window, sql, (target.id,)) == [(people[1], 5), (None, 4)] or in_file(
        window, sql, (target.id,)
    ) == [(None, 4), (people[1], 5)]

    undo(window)  # the cleared score is back
    undo(window)  # no consensus
    assert grid.index(0, 0).data() == "3,00"
    assert in_file(window, sql, (target.id,)) == [(people[0], 1), (people[1], 5)]
    undo(window)
    assert not next(r for r in tab.ranking_model.rows() if r.target == target).dissent
    redo(window)
    assert next(r for r in tab.ranking_model.rows() if r.target == target).dissent


# -- the impact–effort map ------------------------------------------------------------------------
def impact_map(window: MainWindow):  # type: ignore[no-untyped-def]
    return open_page(window, 2).impact_map_tab


def placement(window: MainWindow, theme_name: str) -> list[tuple[object, ...]]:
    return in_file(
        window,
        "SELECT impact, effort FROM placement JOIN theme ON theme.id = theme_id WHERE name = ?",
        (theme_name,),
    )


def select_theme(tab, name: str) -> Target:  # type: ignore[no-untyped-def]
    row = next(r for r in tab.model.rows() if r.info.text == name)
    tab.select_target(row.target)
    return row.target


def test_demo_map_shows_ten_items(window: MainWindow) -> None:
    tab = impact_map(window)
    assert len(tab.map.items()) == 10 == in_file(window, "SELECT count(*) FROM placement")[0][0]
    assert not tab.map.grab().isNull()


def test_move_on_the_map_by_keyboard(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = impact_map(window)
    assert placement(window, "Grip op jeugdzorg") == [(5, 5)]
    target = select_theme(tab, "Grip op jeugdzorg")
    assert tab.map.selected_key() == target
    reactivate(window, qtbot)
    tab.ui.itemView.setFocus()
    qtbot.keyClick(tab.ui.itemView, Qt.Key.Key_Left, CTRL)  # less effort
    assert placement(window, "Grip op jeugdzorg") == [(5, 4)]
    tab.map.setFocus()
    qtbot.keyClick(tab.map, Qt.Key.Key_Down)  # less impact
    assert placement(window, "Grip op jeugdzorg") == [(4, 4)]
    assert tab.map.item(target).impact == 4  # type: ignore[union-attr]
    tab.ui.effortSpin.setFocus()
    qtbot.keyClick(tab.ui.effortSpin, Qt.Key.Key_Down)
    assert placement(window, "Grip op jeugdzorg") == [(4, 3)]
    assert tab.ui.quadrantLabel.text() == quadrant_text(Quadrant.MAJOR_PROJECTS)

    undo(window)
    assert placement(window, "Grip op jeugdzorg") == [(4, 4)]
    undo(window)
    undo(window)
    assert placement(window, "Grip op jeugdzorg") == [(5, 5)]
    redo(window)
    assert placement(window, "Grip op jeugdzorg") == [(5, 4)]

    # Take it off the map and place it again, from the keyboard.
    tab.ui.itemView.setFocus()
    qtbot.keyClick(tab.ui.itemView, Qt.Key.Key_Delete)
    assert placement(window, "Grip op jeugdzorg") == []
    assert tab.map.item(target) is None and tab.ui.placeButton.isEnabled()
    tab.ui.impactSpin.setValue(5)
    tab.ui.effortSpin.setValue(1)
    assert placement(window, "Grip op jeugdzorg") == []  # not placed until asked
    qtbot.mouseClick(tab.ui.placeButton, Qt.MouseButton.LeftButton)
    assert placement(window, "Grip op jeugdzorg") == [(5, 1)]
    assert tab.ui.quadrantLabel.text() == quadrant_text(Quadrant.QUICK_WINS)
    undo(window)
    assert placement(window, "Grip op jeugdzorg") == []
    undo(window)
    assert placement(window, "Grip op jeugdzorg") == [(5, 4)]


def send_mouse(widget: QWidget, kind: QEvent.Type, point: QPointF, buttons: Qt.MouseButton) -> None:
    event = QMouseEvent(
        kind,
        point,
        widget.mapToGlobal(point),
        Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_drag_a_dot_to_another_square(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = impact_map(window)
    tab.map.resize(700, 600)
    target = next(r.target for r in tab.model.rows() if r.info.text == "Grip op jeugdzorg")
    start = tab.map.item_center(target)
    end = tab.map.cell_center(1, 2)
    left = Qt.MouseButton.LeftButton
    send_mouse(tab.map, QEvent.Type.MouseButtonPress, start, left)
    assert tab.ui.itemView.currentIndex().row() == tab.model.row_of_target(target)
    middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
    send_mouse(tab.map, QEvent.Type.MouseMove, middle, left)
    send_mouse(tab.map, QEvent.Type.MouseMove, end, left)
    assert not tab.map.grab().isNull()  # painting while dragging
    send_mouse(tab.map, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert placement(window, "Grip op jeugdzorg") == [(1, 2)]
    assert tab.ui.quadrantLabel.text() == quadrant_text(Quadrant.FILL_INS)
    # A drop outside the grid or on the same square changes nothing.
    start = tab.map.item_center(target)
    send_mouse(tab.map, QEvent.Type.MouseButtonPress, start, left)
    send_mouse(tab.map, QEvent.Type.MouseButtonRelease, QPointF(2, 2), Qt.MouseButton.NoButton)
    assert placement(window, "Grip op jeugdzorg") == [(1, 2)]
    undo(window)
    assert placement(window, "Grip op jeugdzorg") == [(5, 5)]
    redo(window)
    assert placement(window, "Grip op jeugdzorg") == [(1, 2)]
