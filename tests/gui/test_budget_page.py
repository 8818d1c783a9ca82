"""The Budget page: lines and rates edited in place, totals, hours asked, funding.

Figures are compared with the store's own overview (``store.budget.budget_overview``), and
every edit is checked in the FILE through a second sqlite3 connection (only what is
committed, i.e. durable, is visible there), and undone and redone.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QTableView
from shiboken6 import isValid

from dgw_desktop.domain.formatting import format_money
from dgw_desktop.store.budget import budget_overview
from dgw_desktop.ui.budget import line_table_model as lines
from dgw_desktop.ui.budget.rate_table_model import CENTS, INTERNAL
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.pages.budget_page import BudgetPage

LINES_TAB, HOURS_TAB, SPLIT_TAB, FUNDING_TAB = range(4)


# -- helpers (also used by test_budget_split.py) ------------------------------------------------
def in_file(
    window: MainWindow, sql: str, params: tuple[object, ...] = ()
) -> list[tuple[object, ...]]:
    assert window.session is not None
    with sqlite3.connect(window.session.project_file.path) as connection:
        return list(connection.execute(sql, params))


def snapshot(window: MainWindow) -> list[list[tuple[object, ...]]]:
    """Every budget row in the file, to prove a refused edit wrote nothing."""
    tables = (
        "budget_line",
        "rate",
        "cost_key",
        "cost_key_share",
        "scenario",
        "scenario_member",
        "scenario_category_key",
        "funding_source",
    )
    return [in_file(window, f"SELECT * FROM {table} ORDER BY 1, 2") for table in tables]


def open_budget(window: MainWindow, tab: int) -> BudgetPage:
    assert window.open_demo()
    assert window.project_view is not None
    page = window.project_view.budget_page
    window.project_view.show_page(page)
    page.ui.tabWidget.setCurrentIndex(tab)
    return page  # type: ignore[no-any-return]


def overview(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.session is not None
    return budget_overview(window.session.project_file)


def type_in_cell(qtbot, view: QTableView, index: QModelIndex, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select the cell, type ``text`` (the first key opens the editor) and press Enter."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "typing opens a line editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(editor) or not editor.isVisible())
    QApplication.processEvents()


def choose_in_cell(qtbot, view: QTableView, index: QModelIndex, text: str) -> None:  # type: ignore[no-untyped-def]
    """F2 on the cell opens the list; arrows to the entry ``text``; Enter chooses."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.waitUntil(lambda: editor.view().isVisible())
    target = editor.findText(text)
    assert target >= 0, f"{text!r} is a choice"
    popup = editor.view()
    key = Qt.Key.Key_Down if target > editor.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - editor.currentIndex())):
        qtbot.keyClick(popup, key)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(editor) or not editor.isVisible())
    QApplication.processEvents()


def undo(window: MainWindow) -> None:
    window.undo_action.trigger()


def redo(window: MainWindow) -> None:
    window.redo_action.trigger()


def line_row(page: BudgetPage, description: str) -> int:
    model = page.lines_tab.lines_model
    return next(r for r in range(model.rowCount()) if model.line(r).description == description)


def cell_text(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return str(model.index(row, column).data())


# -- lines: typing hours and amounts --------------------------------------------------------------
def test_typed_hours_update_amount_and_totals_as_the_store_computes(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_budget(window, LINES_TAB)
    tab = page.lines_tab
    model, view = tab.lines_model, tab.ui.linesView
    row = line_row(page, "Projectleiding voorbereiding")  # 120 h × projectleider extern € 135
    total_before = overview(window).totals.total

    type_in_cell(qtbot, view, model.index(row, lines.HOURS), "150,5")

    assert warnings == []
    row = line_row(page, "Projectleiding voorbereiding")
    assert cell_text(model, row, lines.HOURS) == "150,50"
    assert cell_text(model, row, lines.AMOUNT) == "€ 20.317,50"  # 150,5 × € 135,00
    fresh = overview(window)
    assert fresh.totals.total == total_before + 411_750  # 30,5 h × € 135,00
    totals = tab.totals_model
    corner = totals.index(totals.rowCount() - 1, totals.columnCount() - 1)
    assert corner.data() == format_money(fresh.totals.total)
    phase = fresh.phases[1]  # 2 Voorbereiding
    assert totals.index(totals.rowCount() - 1, 1).data() == format_money(
        fresh.totals.by_phase[phase.id]
    )
    assert format_money(fresh.totals.total) in tab.ui.grandTotalLabel.text()
    assert format_money(fresh.totals.total) in page.ui.summaryLabel.text()
    assert in_file(
        window,
        "SELECT hours_hundredths FROM budget_line WHERE description = ?",
        ("Projectleiding voorbereiding",),
    ) == [(15050,)]

    undo(window)
    assert overview(window).totals.total == total_before
    assert corner.data() == format_money(total_before)
    assert in_file(
        window,
        "SELECT hours_hundredths FROM budget_line WHERE description = ?",
        ("Projectleiding voorbereiding",),
    ) == [(12000,)]
    redo(window)
    assert in_file(
        window,
        "SELECT hours_hundredths FROM budget_line WHERE description = ?",
        ("Projectleiding voorbereiding",),
    ) == [(15050,)]


def test_typed_fixed_amount_and_a_chosen_rate(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_budget(window, LINES_TAB)
    tab = page.lines_tab
    model, view = tab.lines_model, tab.ui.linesView
    row = line_row(page, "Onvoorzien")
    type_in_cell(qtbot, view, model.index(row, lines.AMOUNT), "8.250,75")
    assert warnings == []
    assert in_file(
        window, "SELECT fixed_cents FROM budget_line WHERE description = 'Onvoorzien'"
    ) == [(825075,)]
    assert cell_text(model, line_row(page, "Onvoorzien"), lines.AMOUNT) == "€ 8.250,75"

    row = line_row(page, "Projectleiding pilot")  # 156 h × projectleider extern
    choose_in_cell(qtbot, view, model.index(row, lines.RATE), "data-consultant extern · € 125,00")
    row = line_row(page, "Projectleiding pilot")
    assert cell_text(model, row, lines.RATE) == "data-consultant extern"
    assert cell_text(model, row, lines.AMOUNT) == "€ 19.500,00"  # 156 × € 125
    assert overview(window).totals.total == sum(a.amount_cents for a in overview(window).lines)
    undo(window)
    assert cell_text(model, line_row(page, "Projectleiding pilot"), lines.AMOUNT) == "€ 21.060,00"


def test_negative_hours_and_amounts_are_refused_and_nothing_is_written(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_budget(window, LINES_TAB)
    tab = page.lines_tab
    model, view = tab.lines_model, tab.ui.linesView
    before = snapshot(window)
    steps = window.session.undo_stack.count()  # type: ignore[union-attr]

    row = line_row(page, "Projectleiding pilot")
    type_in_cell(qtbot, view, model.index(row, lines.HOURS), "-5")
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "negative" in warnings[-1]
    row = line_row(page, "Onvoorzien")
    type_in_cell(qtbot, view, model.index(row, lines.AMOUNT), "-100")
    qtbot.waitUntil(lambda: len(warnings) == 2)
    assert "negative" in warnings[-1]
    type_in_cell(qtbot, view, model.index(row, lines.AMOUNT), "12.5")  # a decimal point
    qtbot.waitUntil(lambda: len(warnings) == 3)
    assert "1.234,56" in warnings[-1]

    assert snapshot(window) == before
    assert window.session.undo_stack.count() == steps  # type: ignore[union-attr]
    assert cell_text(model, line_row(page, "Onvoorzien"), lines.AMOUNT) == "€ 7.500,00"


def test_a_rate_of_zero_is_refused_and_a_changed_rate_changes_every_line_using_it(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_budget(window, LINES_TAB)
    tab = page.lines_tab
    rates, rates_view = tab.rates_model, tab.ui.ratesView
    row = next(r for r in range(rates.rowCount()) if rates.row(r).name == "projectleider extern")
    before = snapshot(window)
    type_in_cell(qtbot, rates_view, rates.index(row, CENTS), "0")
    qtbot.waitUntil(lambda: bool(warnings))
    assert "€ 0,00" in warnings[-1]
    assert snapshot(window) == before

    users = ["Projectleiding: samenwerkingsafspraken en stuurgroep", "Projectleiding pilot"]
    type_in_cell(qtbot, rates_view, rates.index(row, CENTS), "150")
    assert len(warnings) == 1
    assert in_file(window, "SELECT cents FROM rate WHERE name = 'projectleider extern'") == [
        (15000,)
    ]
    lines_model = tab.lines_model
    assert cell_text(lines_model, line_row(page, users[0]), lines.AMOUNT) == "€ 12.000,00"
    assert cell_text(lines_model, line_row(page, users[1]), lines.AMOUNT) == "€ 23.400,00"
    fresh = overview(window)
    corner = tab.totals_model.index(
        tab.totals_model.rowCount() - 1, tab.totals_model.columnCount() - 1
    )
    assert corner.data() == format_money(fresh.totals.total)
    undo(window)
    assert cell_text(lines_model, line_row(page, users[1]), lines.AMOUNT) == "€ 21.060,00"
    assert in_file(window, "SELECT cents FROM rate WHERE name = 'projectleider extern'") == [
        (13500,)
    ]


def test_making_the_default_rate_external_is_refused(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_budget(window, LINES_TAB)
    rates = page.lines_tab.rates_model
    row = next(r for r in range(rates.rowCount()) if rates.row(r).name == "data-analist intern")
    before = snapshot(window)
    assert not rates.setData(
        rates.index(row, INTERNAL), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: bool(warnings))
    assert "default internal rate" in warnings[-1]
    assert snapshot(window) == before


def test_add_and_delete_lines_by_keyboard(window: MainWindow, qtbot, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    page = open_budget(window, LINES_TAB)
    tab = page.lines_tab
    model, view = tab.lines_model, tab.ui.linesView
    count = len(in_file(window, "SELECT id FROM budget_line"))
    view.setFocus()
    view.setCurrentIndex(model.index(line_row(page, "Onvoorzien"), lines.DESCRIPTION))
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "the new line's description is open for typing"
    editor.selectAll()
    qtbot.keyClicks(editor, "Reservering")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert warnings == []
    assert in_file(
        window,
        "SELECT kind, hours_hundredths, rate_id IS NULL FROM budget_line "
        "WHERE description = 'Reservering'",
    ) == [("hours", 0, 1)]
    assert len(in_file(window, "SELECT id FROM budget_line")) == count + 1
    row = line_row(page, "Reservering")
    assert model.line(row).phase_id == model.line(line_row(page, "Onvoorzien")).phase_id

    view.setCurrentIndex(model.index(row, lines.HOURS))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(in_file(window, "SELECT id FROM budget_line")) == count
    undo(window)  # the delete
    assert in_file(
        window, "SELECT count(*) FROM budget_line WHERE description = 'Reservering'"
    ) == [(1,)]
    undo(window)  # the description
    undo(window)  # the line
    assert len(in_file(window, "SELECT id FROM budget_line")) == count
    redo(window)
    assert len(in_file(window, "SELECT id FROM budget_line")) == count + 1


def test_changing_the_phase_moves_the_line_and_keeps_it_current(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page = open_budget(window, LINES_TAB)
    tab = page.lines_tab
    model, view = tab.lines_model, tab.ui.linesView
    row = line_row(page, "Bijeenkomsten en nieuwsbrieven")  # phase 1
    choose_in_cell(qtbot, view, model.index(row, lines.PHASE), "3 Pilot")
    assert warnings == []
    moved = line_row(page, "Bijeenkomsten en nieuwsbrieven")
    assert cell_text(model, moved, lines.PHASE) == "3 Pilot"
    assert view.currentIndex().row() == moved
    fresh = overview(window)
    assert tab.totals_model.index(tab.totals_model.rowCount() - 1, 0).data() == format_money(
        fresh.totals.by_phase[fresh.phases[0].id]
    )


# -- hours asked ----------------------------------------------------------------------------------
def test_hours_tab_follows_the_lines(window: MainWindow, qtbot, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    page = open_budget(window, LINES_TAB)
    tab = page.lines_tab
    row = line_row(page, "Data-analist Goirle")  # the first: phase 1, 4 h/week × 8 weeks
    type_in_cell(qtbot, tab.ui.linesView, tab.lines_model.index(row, lines.PER_WEEK), "6")
    assert warnings == []
    assert in_file(
        window,
        "SELECT hours_hundredths, hours_per_week_hundredths, weeks FROM budget_line "
        "WHERE description = 'Data-analist Goirle' ORDER BY hours_hundredths LIMIT 1",
    ) == [(4800, 600, 8)]
    page.ui.tabWidget.setCurrentIndex(HOURS_TAB)
    hours = page.hours_tab
    model = hours.model
    assert model.index(0, 0).data() == "Goirle"
    assert (model.index(0, 3).data(), model.index(0, 4).data()) == ("6,00", "48,00")
    group = hours.chart.groups()[0]
    assert group.label == "Goirle\ndata-analist"
    assert group.values[0] == Decimal("6.00")
    hours.ui.metricCombo.setCurrentIndex(1)  # total hours
    assert hours.chart.groups()[0].values[0] == Decimal("48.00")
    total = sum((r.hours for r in overview(window).hours), Decimal(0))
    assert "2.512,00" in hours.ui.totalLabel.text() and total == Decimal("2512")

    # Typed hours win over hours per week × weeks: the weeks are let go, the store keeps 50.
    page.ui.tabWidget.setCurrentIndex(0)
    row = line_row(page, "Data-analist Goirle")
    type_in_cell(qtbot, tab.ui.linesView, tab.lines_model.index(row, lines.HOURS), "50")
    assert warnings == []
    assert in_file(
        window,
        "SELECT hours_hundredths, hours_per_week_hundredths, weeks FROM budget_line "
        "WHERE description = 'Data-analist Goirle' AND weeks IS NULL",
    ) == [(5000, 600, None)]
    assert model.index(0, 4).data() == "50,00"
    undo(window)
    assert model.index(0, 4).data() == "48,00"


# -- funding --------------------------------------------------------------------------------------
def test_funding_amount_changes_the_gap(window: MainWindow, qtbot, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    page = open_budget(window, FUNDING_TAB)
    tab = page.funding_tab
    from dgw_desktop.ui.budget.balance_tree_model import BALANCE
    from dgw_desktop.ui.budget.funding_table_model import AMOUNT, MUNICIPALITY

    model, view = tab.sources_model, tab.ui.sourcesView
    tree = tab.balance_model
    gho = tree.index(0, BALANCE)
    assert gho.data() == "gap € 16.339,50"
    row = next(r for r in range(model.rowCount()) if model.row(r).name == "Eigen budget Goirle")
    type_in_cell(qtbot, view, model.index(row, AMOUNT), "111.339,50")
    assert warnings == []
    assert in_file(
        window, "SELECT amount_cents FROM funding_source WHERE name = 'Eigen budget Goirle'"
    ) == [(11_133_950,)]
    assert tree.index(0, BALANCE).data() == "balanced"
    goirle = tree.index(0, BALANCE, tree.index(0, 0))
    assert goirle.data() == "surplus € 13.270,39"  # gap € 3.069,11 + € 16.339,50 more
    assert "“GHO”: balanced" in page.ui.summaryLabel.text()

    before = snapshot(window)
    type_in_cell(qtbot, view, model.index(row, AMOUNT), "-1")
    qtbot.waitUntil(lambda: bool(warnings))
    assert snapshot(window) == before

    provincial = next(r for r in range(model.rowCount()) if model.row(r).kind == "provincial")
    choose_in_cell(qtbot, view, model.index(provincial, MUNICIPALITY), "Goirle")
    assert in_file(
        window, "SELECT count(*) FROM funding_source WHERE municipality_id IS NOT NULL"
    ) == [(8,)]
    undo(window)
    undo(window)
    assert tree.index(0, BALANCE).data() == "gap € 16.339,50"
    assert in_file(
        window, "SELECT amount_cents FROM funding_source WHERE name = 'Eigen budget Goirle'"
    ) == [(9_500_000,)]


def test_add_and_delete_a_funding_source(window: MainWindow, qtbot, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    page = open_budget(window, FUNDING_TAB)
    tab = page.funding_tab
    count = tab.sources_model.rowCount()
    tab.ui.sourcesView.setFocus()
    qtbot.keyClick(tab.ui.sourcesView, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Regiofonds Hart van Brabant")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert in_file(
        window, "SELECT kind, amount_cents FROM funding_source WHERE name LIKE 'Regiofonds%'"
    ) == [("other", 0)]
    assert tab.ui.sourcesView.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed
    tab.delete_source()
    assert tab.sources_model.rowCount() == count
    undo(window)
    assert tab.sources_model.rowCount() == count + 1
