"""The Budget page's cost sharing: keys, custom percentages, scenarios and the comparison.

Checked in the FILE through a second sqlite3 connection, against the store's overview, and
undone and redone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dgw_desktop.domain.formatting import format_money
from dgw_desktop.ui.budget.comparison_model import FIRST_SCENARIO_COLUMN
from dgw_desktop.ui.budget.key_shares_model import PERCENTAGE
from dgw_desktop.ui.budget.scenario_table_model import KEY as SCENARIO_KEY
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.pages.budget_page import BudgetPage
from tests.gui.test_budget_page import (
    SPLIT_TAB,
    choose_in_cell,
    in_file,
    open_budget,
    overview,
    redo,
    snapshot,
    type_in_cell,
    undo,
)


def split_tab(window: MainWindow):  # type: ignore[no-untyped-def]
    page: BudgetPage = open_budget(window, SPLIT_TAB)
    return page, page.split_tab


def select_scenario(tab, name: str) -> None:  # type: ignore[no-untyped-def]
    panel = tab.scenarios_panel
    model = panel.scenarios_model
    row = next(r for r in range(model.rowCount()) if model.row(r).scenario.name == name)
    panel.ui.scenariosView.setCurrentIndex(model.index(row, 0))


def proposals_in_file(window: MainWindow) -> list[tuple[object, ...]]:
    return in_file(window, "SELECT name FROM scenario WHERE is_proposal = 1")


# -- custom keys ---------------------------------------------------------------------------------
def add_custom_key(window: MainWindow, qtbot, tab) -> str:  # type: ignore[no-untyped-def]
    keys = tab.keys_panel
    keys.ui.keyNameEdit.setText("Vaste verdeling")
    keys.ui.keyMethodCombo.setCurrentIndex(keys.ui.keyMethodCombo.findData("custom"))
    qtbot.mouseClick(keys.ui.addKeyButton, Qt.MouseButton.LeftButton)
    rows = in_file(window, "SELECT id, method FROM cost_key WHERE name = 'Vaste verdeling'")
    assert [method for _id, method in rows] == ["custom"]
    return str(rows[0][0])


def shares_in_file(window: MainWindow, key_id: str) -> dict[str, int]:
    return dict(
        in_file(  # type: ignore[arg-type]
            window,
            "SELECT municipality.name, share.basis_points FROM cost_key_share AS share "
            "JOIN municipality ON municipality.id = share.municipality_id WHERE key_id = ?",
            (key_id,),
        )
    )


def test_custom_percentages_must_add_up_to_exactly_100(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    _page, tab = split_tab(window)
    key_id = add_custom_key(window, qtbot, tab)
    # A new custom key starts with equal percentages that add up to exactly 100%.
    assert sum(shares_in_file(window, key_id).values()) == 10_000
    panel = tab.keys_panel
    shares, view = panel.shares_model, panel.ui.sharesView
    assert panel.ui.sharesView.isVisible() and "✓" in panel.ui.sumLabel.text()
    names = [shares.row(r).name for r in range(shares.rowCount())]
    wanted = {"Goirle": "40", "Hilvarenbeek": "25", "Oisterwijk": "35"}
    for row, name in enumerate(names):
        type_in_cell(qtbot, view, shares.index(row, PERCENTAGE), wanted.get(name, "0"))
        if name == "Hilvarenbeek":  # on the way: the others still at 14,29% or 14,28%
            assert "too much" in panel.ui.sumLabel.text()
    assert warnings == []

    # Over 100% in one cell: refused at once.
    type_in_cell(qtbot, view, shares.index(names.index("Goirle"), PERCENTAGE), "140")
    qtbot.waitUntil(lambda: bool(warnings))
    assert "from 0 to 100" in warnings[-1]
    # 40 + 25 + 30 = 95%: the store refuses, nothing is written.
    type_in_cell(qtbot, view, shares.index(names.index("Oisterwijk"), PERCENTAGE), "30")
    assert panel.ui.sumLabel.text() == "Sum 95,00% (5,00% short)"
    before = snapshot(window)
    qtbot.mouseClick(panel.ui.saveSharesButton, Qt.MouseButton.LeftButton)
    assert len(warnings) == 2 and "exactly 100%" in warnings[-1] and "95,00%" in warnings[-1]
    assert snapshot(window) == before

    type_in_cell(qtbot, view, shares.index(names.index("Oisterwijk"), PERCENTAGE), "35")
    assert panel.ui.sumLabel.text() == "Sum 100,00% ✓"
    qtbot.mouseClick(panel.ui.saveSharesButton, Qt.MouseButton.LeftButton)
    assert len(warnings) == 2
    assert shares_in_file(window, key_id) == {
        "Goirle": 4000,
        "Hilvarenbeek": 2500,
        "Oisterwijk": 3500,
    }

    undo(window)  # back to equal percentages
    assert sum(shares_in_file(window, key_id).values()) == 10_000
    assert len(shares_in_file(window, key_id)) == 7
    redo(window)
    assert shares_in_file(window, key_id)["Goirle"] == 4000

    # Used by GHO: the split follows the percentages, exactly.
    select_scenario(tab, "GHO")
    scenarios = tab.scenarios_panel.scenarios_model
    row = next(r for r in range(scenarios.rowCount()) if scenarios.row(r).scenario.name == "GHO")
    choose_in_cell(
        qtbot,
        tab.scenarios_panel.ui.scenariosView,
        scenarios.index(row, SCENARIO_KEY),
        "Vaste verdeling",
    )
    assert len(warnings) == 2  # no new refusal
    gho = next(s for s in overview(window).scenarios if s.scenario.name == "GHO")
    assert gho.key.name == "Vaste verdeling"
    assert sum(m.total_cents for m in gho.members) == gho.total_cents


def test_a_key_in_use_is_not_deleted(window: MainWindow, qtbot, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    _page, tab = split_tab(window)
    panel = tab.keys_panel
    panel.ui.keysView.setCurrentIndex(panel.keys_model.index(0, 0))
    before = snapshot(window)
    qtbot.mouseClick(panel.ui.deleteKeyButton, Qt.MouseButton.LeftButton)
    assert warnings and "scenarios" in warnings[-1]
    assert snapshot(window) == before


# -- scenarios -----------------------------------------------------------------------------------
def comparison_column(tab, scenario_index: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = tab.comparison_panel.model
    column = FIRST_SCENARIO_COLUMN + 2 * scenario_index
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_partners_checked_by_keyboard_change_the_split_to_the_cent(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    _page, tab = split_tab(window)
    select_scenario(tab, "GHO")
    panel = tab.scenarios_panel
    members, view = panel.members_model, panel.ui.membersView
    before = comparison_column(tab, 0)
    row = next(r for r in range(members.rowCount()) if members.row(r).name == "Oosterhout")
    view.setFocus()
    view.setCurrentIndex(members.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert warnings == []
    members_in_file = in_file(
        window,
        "SELECT municipality.name FROM scenario_member JOIN scenario ON scenario.id = "
        "scenario_member.scenario_id JOIN municipality ON municipality.id = "
        "scenario_member.municipality_id WHERE scenario.name = 'GHO' ORDER BY 1",
    )
    assert members_in_file == [("Goirle",), ("Hilvarenbeek",), ("Oisterwijk",), ("Oosterhout",)]

    gho = next(s for s in overview(window).scenarios if s.scenario.name == "GHO")
    assert len(gho.members) == 4
    assert (
        sum(m.total_cents for m in gho.members) == gho.total_cents == overview(window).totals.total
    )
    after = comparison_column(tab, 0)
    assert after != before
    cells = {tab.comparison_panel.model.index(r, 0).data(): after[r] for r in range(len(after))}
    for member in gho.members:
        assert cells[member.municipality.name] == format_money(member.total_cents)
    assert cells["Total"] == format_money(gho.total_cents)
    assert panel.scenarios_model.index(0, 2).data() == "4"
    chart = tab.comparison_panel.chart
    oosterhout = next(g for g in chart.groups() if g.label == "Oosterhout")
    assert oosterhout.values[0] == gho.share_of(members.row(row).id).total_cents  # type: ignore[union-attr]

    # Taking every partner away is refused: a scenario needs at least one.
    scenario = panel.current_scenario()
    before_file = snapshot(window)
    assert not members.set_members(scenario, ())
    qtbot.waitUntil(lambda: bool(warnings))
    assert "at least one municipality" in warnings[-1]
    assert snapshot(window) == before_file

    undo(window)
    assert comparison_column(tab, 0) == before
    assert len(in_file(window, "SELECT * FROM scenario_member")) == 3 + 7
    redo(window)
    assert len(in_file(window, "SELECT * FROM scenario_member")) == 4 + 7


def test_mark_proposal_is_exactly_one_and_undoable(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    page, tab = split_tab(window)
    panel = tab.scenarios_panel
    assert proposals_in_file(window) == [("GHO",)]
    select_scenario(tab, "GHO + ABG + Oosterhout")
    assert panel.ui.proposalButton.isEnabled()
    panel.ui.proposalButton.setFocus()
    qtbot.keyClick(panel.ui.proposalButton, Qt.Key.Key_Space)
    assert warnings == []
    assert proposals_in_file(window) == [("GHO + ABG + Oosterhout",)]
    assert not panel.ui.proposalButton.isEnabled()
    header = tab.comparison_panel.model.headerData(
        FIRST_SCENARIO_COLUMN + 2, Qt.Orientation.Horizontal
    )
    assert "★" in header
    assert "“GHO + ABG + Oosterhout”: surplus € 56.660,50" in page.ui.summaryLabel.text()
    undo(window)
    assert proposals_in_file(window) == [("GHO",)]
    assert "“GHO”: gap € 16.339,50" in page.ui.summaryLabel.text()
    redo(window)
    assert proposals_in_file(window) == [("GHO + ABG + Oosterhout",)]


def test_a_key_per_category_and_new_and_deleted_scenarios(
    window: MainWindow, qtbot, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    _page, tab = split_tab(window)
    panel = tab.scenarios_panel
    select_scenario(tab, "GHO")
    categories = panel.category_keys_model
    row = next(r for r in range(categories.rowCount()) if categories.row(r).name == "opleiding")
    assert categories.index(row, 1).data() == "Gelijke delen"
    choose_in_cell(
        qtbot,
        panel.ui.categoryKeysView,
        categories.index(row, 1),
        "Naar inwoners (the scenario's key)",
    )
    assert warnings == []
    assert in_file(
        window,
        "SELECT count(*) FROM scenario_category_key JOIN scenario ON scenario.id = scenario_id "
        "WHERE scenario.name = 'GHO'",
    ) == [(0,)]
    undo(window)
    assert categories.index(row, 1).data() == "Gelijke delen"

    panel.ui.scenarioNameEdit.setText("GHO + Oosterhout")
    qtbot.keyClick(panel.ui.scenarioNameEdit, Qt.Key.Key_Return)
    assert in_file(window, "SELECT is_proposal FROM scenario WHERE name = 'GHO + Oosterhout'") == [
        (0,)
    ]
    assert panel.current_scenario().name == "GHO + Oosterhout"  # type: ignore[union-attr]
    assert len(in_file(window, "SELECT * FROM scenario_member")) == 3 + 7 + 3
    assert tab.comparison_panel.model.columnCount() == FIRST_SCENARIO_COLUMN + 6
    qtbot.mouseClick(panel.ui.deleteScenarioButton, Qt.MouseButton.LeftButton)
    assert in_file(window, "SELECT count(*) FROM scenario") == [(2,)]
    undo(window)
    assert in_file(window, "SELECT count(*) FROM scenario") == [(3,)]
    undo(window)
    assert in_file(window, "SELECT count(*) FROM scenario") == [(2,)]
    assert tab.comparison_panel.model.columnCount() == FIRST_SCENARIO_COLUMN + 4
