"""The DGW wheel: editing the data, people and actions tables changes the readiness figure
and the wheel's colours at once; refusals write nothing; every edit is undone and redone.
Results are read from the FILE with a second sqlite3 connection.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QApplication

from dgw_desktop.domain.wheel import (
    EMPTY_WHEEL,
    READINESS_RULE,
    WHEEL_CONTEXT,
    Availability,
    DataSource,
    Segment,
    TrafficLight,
    WheelAction,
    WheelRole,
    wheel_readiness,
)
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.models import topic_item_columns as columns
from dgw_desktop.ui.topics.topic_editor import WHEEL_TAB
from dgw_desktop.ui.widgets.dgw_wheel import TRAFFIC_COLORS, DgwWheel
from tests.gui.topics_helpers import (
    SCHULDEN,
    focus_cell,
    open_topics,
    read,
    redo,
    topic_id,
    type_in_cell,
    undo,
)

GREEN, AMBER, RED = (TRAFFIC_COLORS[light] for light in TrafficLight)


def wheel_tab(window: MainWindow):  # type: ignore[no-untyped-def]
    page = open_topics(window, SCHULDEN)
    page.editor.ui.editorTabs.setCurrentIndex(WHEEL_TAB)
    return page.editor.wheel_tab


def percents(tab) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    readiness = tab.wheel.readiness()
    return (readiness.data.percent, readiness.people.percent, readiness.actions.percent,
            readiness.percent)  # fmt: skip


def row_named(model, text: str) -> int:  # type: ignore[no-untyped-def]
    return next(row for row in range(model.rowCount()) if model.index(row, 0).data() == text)


def test_availability_by_keyboard_turns_the_data_segment_green(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = wheel_tab(window)
    assert percents(tab) == (70, 75, 60, 68)
    assert tab.wheel.segment_color(Segment.DATA) == AMBER
    assert tab.wheel.segment_color(Segment.PEOPLE) == GREEN
    assert "Wheel 68 % ready" in tab.ui.figuresLabel.text()
    rule = QCoreApplication.translate(WHEEL_CONTEXT, READINESS_RULE)
    assert tab.ui.ruleLabel.text() == rule and "75 %" in rule

    model, view = tab.source_model, tab.source_table.view
    row = row_named(model, "Signalen van huisartsen en scholen")
    type_in_cell(qtbot, view, model.index(row, columns.SOURCE_AVAILABILITY), "A")  # Available
    sql = "SELECT availability FROM data_source WHERE name = 'Signalen van huisartsen en scholen'"
    assert read(window, sql) == [("available",)]
    assert percents(tab) == (90, 75, 60, 75)
    assert tab.wheel.segment_color(Segment.DATA) == GREEN
    assert tab.ui.segmentTabs.tabText(0) == "Data &sources — 90 %"
    page = window.project_view.topics_page  # type: ignore[union-attr]
    listed = page.model.entity(page.model.row_of(topic_id(window, SCHULDEN)))
    assert listed.wheel.percent == 75

    type_in_cell(qtbot, view, model.index(row, columns.SOURCE_MUNICIPALITY), "H")
    municipality = read(
        window,
        "SELECT municipality.name FROM data_source JOIN municipality"
        " ON municipality.id = data_source.municipality_id"
        " WHERE data_source.name = 'Signalen van huisartsen en scholen'",
    )
    assert municipality == [("Hilvarenbeek",)]
    undo(window)
    undo(window)
    assert read(window, sql) == [("unavailable",)]
    assert percents(tab) == (70, 75, 60, 68)
    assert tab.wheel.segment_color(Segment.DATA) == AMBER
    redo(window)
    assert percents(tab)[0] == 90


def test_people_and_actions_change_their_segments(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = wheel_tab(window)
    tab.show_segment(Segment.PEOPLE)
    roles, view = tab.role_model, tab.role_table.view
    row = row_named(roles, "Privacy officer")
    type_in_cell(qtbot, view, roles.index(row, columns.ROLE_PERSON), "Pieter de Wit")
    assert read(window, "SELECT person FROM wheel_role WHERE role = 'Privacy officer'") == [
        ("Pieter de Wit",)
    ]
    type_in_cell(qtbot, view, roles.index(row, columns.ROLE_HOURS), "6,5")
    assert read(window, "SELECT hours_per_week FROM wheel_role WHERE role = 'Privacy officer'") == [
        ("6.5",)
    ]
    assert roles.index(row, columns.ROLE_HOURS).data() == "6,5"
    assert percents(tab)[1] == 100

    tab.show_segment(Segment.ACTIONS)
    actions, view = tab.action_model, tab.action_table.view
    row = row_named(actions, "DPIA voor het koppelen van signalen en registraties")
    focus_cell(view, actions.index(row, columns.ACTION_DONE))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    done = "SELECT done FROM wheel_action WHERE action LIKE 'DPIA%'"
    assert read(window, done) == [(1,)]
    assert percents(tab) == (70, 100, 80, 83)
    assert tab.wheel.segment_color(Segment.ACTIONS) == GREEN
    type_in_cell(qtbot, view, actions.index(row, columns.ACTION_DUE), "15-03-2027")
    assert read(window, "SELECT due_on FROM wheel_action WHERE action LIKE 'DPIA%'") == [
        ("2027-03-15",)
    ]
    undo(window)
    undo(window)
    assert read(window, done) == [(0,)]
    assert percents(tab)[2] == 60
    assert tab.wheel.segment_color(Segment.ACTIONS) == AMBER


def test_bad_hours_and_dates_are_refused(window: MainWindow, qtbot, warnings) -> None:  # type: ignore[no-untyped-def]
    tab = wheel_tab(window)
    steps = window.session.undo_stack.count()  # type: ignore[union-attr]
    tab.show_segment(Segment.PEOPLE)
    type_in_cell(qtbot, tab.role_table.view, tab.role_model.index(0, columns.ROLE_HOURS), "veel")
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "Hours per week" in warnings[0]
    tab.show_segment(Segment.ACTIONS)
    view = tab.action_table.view
    type_in_cell(qtbot, view, tab.action_model.index(0, columns.ACTION_DUE), "31-02-2027")
    qtbot.waitUntil(lambda: len(warnings) == 2)
    assert "not an existing date" in warnings[1]
    assert read(window, "SELECT hours_per_week FROM wheel_role WHERE role = 'Data-analist'")[0] == (
        "16",
    )
    assert window.session.undo_stack.count() == steps  # type: ignore[union-attr]


def test_add_and_delete_a_data_source_by_keyboard(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = wheel_tab(window)
    tid = topic_id(window, SCHULDEN)
    table = tab.source_table
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Wachtlijst schuldhulp")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)
    count = "SELECT count(*) FROM data_source WHERE topic_id = ?"
    assert read(window, count, (tid,)) == [(6,)]
    assert read(window, "SELECT availability FROM data_source WHERE name = 'Wachtlijst schuldhulp'")
    assert percents(tab)[0] == 58  # 3½ of 6
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert read(window, count, (tid,)) == [(5,)]
    assert percents(tab)[0] == 70
    undo(window)
    assert read(window, count, (tid,)) == [(6,)]
    assert percents(tab)[0] == 58


def test_the_wheel_widget_draws_and_finds_its_segments(qtbot) -> None:  # type: ignore[no-untyped-def]
    wheel = DgwWheel()
    qtbot.addWidget(wheel)
    wheel.resize(300, 300)
    wheel.set_readiness(EMPTY_WHEEL)
    assert all(wheel.segment_color(s) == RED for s in Segment)
    assert "Not filled in yet" in wheel.accessibleDescription()
    assert wheel.segment_at(QPointF(150, 40)) is Segment.DATA  # top
    assert wheel.segment_at(QPointF(250, 220)) is Segment.PEOPLE  # bottom right
    assert wheel.segment_at(QPointF(50, 220)) is Segment.ACTIONS  # bottom left
    assert wheel.segment_at(QPointF(150, 150)) is None  # the middle
    with qtbot.waitSignal(wheel.segment_clicked) as clicked:
        qtbot.mouseClick(wheel, Qt.MouseButton.LeftButton, pos=QPointF(150, 40).toPoint())
    assert clicked.args == [Segment.DATA]
    ready = wheel_readiness(
        [DataSource("t", "Bron", availability=Availability.AVAILABLE)],
        [WheelRole("t", "Data-analist", "Sanne")],
        [WheelAction("t", "Nulmeting", done=True)],
    )
    wheel.set_readiness(ready)
    assert all(wheel.segment_color(s) == GREEN for s in Segment)
    image = wheel.grab().toImage()
    assert image.pixelColor(217, 266) == GREEN  # near the outer edge of People
    assert image.pixelColor(150, 150) != GREEN  # the middle is left open
