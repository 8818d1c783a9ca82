"""The Onderwerpen page: editing a topic by keyboard, status by the rules, origins both ways,
risks and KPIs, new topics (from themes), and the comparison with marking to propose.

Every result is read back from the FILE with a second sqlite3 connection, and undone and
redone through the window's Undo and Redo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from dgw_desktop.domain.topics import STATUS_RULE, TOPIC_CONTEXT, TopicStatus
from dgw_desktop.store.comparison import compare_topics
from dgw_desktop.ui.dialogs.origin_chooser_dialog import OriginChooserDialog
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.models import topic_item_columns as columns
from dgw_desktop.ui.models.comparison_model import FIELDS, PROPOSE, WHEEL, WHEEL_ROLE
from dgw_desktop.ui.models.origin_models import FEEDS, TEXT
from dgw_desktop.ui.topics.topic_editor import KPIS_TAB, ORIGINS_TAB, RISKS_TAB
from tests.gui.conftest import reactivate, when_modal
from tests.gui.topics_helpers import (
    BEHEER,
    PERSONEEL,
    SCHULDEN,
    open_topics,
    read,
    redo,
    topic_id,
    type_in_cell,
    undo,
)


def statuses_offered(page) -> list[TopicStatus]:  # type: ignore[no-untyped-def]
    combo = page.editor.ui.statusCombo
    return [combo.itemData(row) for row in range(combo.count())]


# -- general fields and status ------------------------------------------------------------------
def test_edit_a_topic_by_keyboard_typing_and_tab(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_topics(window, PERSONEEL)
    ui = page.editor.ui
    tid = topic_id(window, PERSONEEL)
    ui.titleEdit.setFocus()
    ui.titleEdit.selectAll()
    qtbot.keyClicks(ui.titleEdit, "Grip op inhuur")
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Tab)  # leaving the field saves it
    assert read(window, "SELECT title FROM topic WHERE id = ?", (tid,)) == [("Grip op inhuur",)]
    assert QApplication.focusWidget() is ui.domainCombo
    qtbot.keyClick(ui.domainCombo, Qt.Key.Key_Tab)
    qtbot.keyClick(ui.statusCombo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.questionEdit
    ui.questionEdit.selectAll()
    qtbot.keyClicks(ui.questionEdit, "Hoe beperken we de inhuur?")
    qtbot.keyClick(ui.questionEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.descriptionEdit
    question = read(window, "SELECT strategic_question FROM topic WHERE id = ?", (tid,))
    assert question == [("Hoe beperken we de inhuur?",)]
    assert page.model.entity(page.model.row_of(tid)).topic.title == "Grip op inhuur"

    undo(window)
    assert read(window, "SELECT strategic_question FROM topic WHERE id = ?", (tid,))[0][
        0
    ].startswith("Hoe krijgen we")
    assert ui.questionEdit.toPlainText().startswith("Hoe krijgen we")
    undo(window)
    assert read(window, "SELECT title FROM topic WHERE id = ?", (tid,)) == [(PERSONEEL,)]
    assert ui.titleEdit.text() == PERSONEEL
    redo(window)
    assert read(window, "SELECT title FROM topic WHERE id = ?", (tid,)) == [("Grip op inhuur",)]


def test_an_empty_title_is_refused(window: MainWindow, qtbot, warnings) -> None:  # type: ignore[no-untyped-def]
    page = open_topics(window, PERSONEEL)
    steps = window.session.undo_stack.count()  # type: ignore[union-attr]
    ui = page.editor.ui
    ui.titleEdit.setFocus()
    ui.titleEdit.selectAll()
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Delete)
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Tab)
    assert warnings == ["A topic needs a title."]
    assert read(window, "SELECT count(*) FROM topic WHERE title = ?", (PERSONEEL,)) == [(1,)]
    assert ui.titleEdit.text() == PERSONEEL
    assert window.session.undo_stack.count() == steps  # type: ignore[union-attr]


def test_status_offers_only_allowed_changes_with_the_rule(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_topics(window, PERSONEEL)
    ui = page.editor.ui
    rule = QCoreApplication.translate(TOPIC_CONTEXT, STATUS_RULE)
    assert ui.statusRuleLabel.text() == rule
    assert statuses_offered(page) == [TopicStatus.IDEA, TopicStatus.PROPOSED]
    tid = topic_id(window, PERSONEEL)
    ui.statusCombo.setFocus()
    qtbot.keyClick(ui.statusCombo, Qt.Key.Key_Down)  # idea → proposed
    assert read(window, "SELECT status FROM topic WHERE id = ?", (tid,)) == [("proposed",)]
    assert statuses_offered(page) == [TopicStatus.IDEA, TopicStatus.PROPOSED]
    undo(window)
    assert read(window, "SELECT status FROM topic WHERE id = ?", (tid,)) == [("idea",)]
    assert ui.statusCombo.currentData() == TopicStatus.IDEA
    redo(window)
    assert read(window, "SELECT status FROM topic WHERE id = ?", (tid,)) == [("proposed",)]

    page.select_topic(topic_id(window, BEHEER))  # on hold: propose again or back to idea
    assert statuses_offered(page) == [TopicStatus.IDEA, TopicStatus.PROPOSED, TopicStatus.ON_HOLD]
    page.select_topic(topic_id(window, SCHULDEN))  # chosen: only the committee changes it
    assert statuses_offered(page) == [TopicStatus.CHOSEN]
    assert not ui.statusCombo.isEnabled()


def test_proposing_without_a_question_gives_the_domains_message(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, warnings, monkeypatch
) -> None:
    page = open_topics(window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Zonder vraag", True))
    page.ui.topicView.setFocus()
    qtbot.keyClick(page.ui.topicView, Qt.Key.Key_Insert)
    tid = topic_id(window, "Zonder vraag")
    assert page.current_topic_id() == tid
    combo = page.editor.ui.statusCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert warnings == [
        "Topic “Zonder vraag” needs a strategic question before it can be proposed."
    ]
    assert read(window, "SELECT status FROM topic WHERE id = ?", (tid,)) == [("idea",)]
    assert combo.currentData() == TopicStatus.IDEA
    undo(window)  # the new topic goes again
    assert read(window, "SELECT count(*) FROM topic WHERE id = ?", (tid,)) == [(0,)]
    assert page.current_topic_id() != tid


def test_delete_topic_with_undo_and_a_decided_topic_stays(
    window: MainWindow, qtbot, warnings
) -> None:  # type: ignore[no-untyped-def]
    page = open_topics(window, PERSONEEL)
    tid = topic_id(window, PERSONEEL)
    risks = read(window, "SELECT count(*) FROM topic_risk WHERE topic_id = ?", (tid,))
    page.ui.topicView.setFocus()
    qtbot.keyClick(page.ui.topicView, Qt.Key.Key_Delete)
    assert read(window, "SELECT count(*) FROM topic WHERE id = ?", (tid,)) == [(0,)]
    assert page.model.rowCount() == 2
    undo(window)
    assert read(window, "SELECT count(*) FROM topic_risk WHERE topic_id = ?", (tid,)) == risks
    assert page.model.row_of(tid) >= 0

    page.select_topic(topic_id(window, SCHULDEN))
    page.ui.deleteButton.click()
    assert "steering committee has decided" in warnings[0]
    assert read(window, "SELECT count(*) FROM topic") == [(3,)]


# -- origins ------------------------------------------------------------------------------------
def origins_in_file(window: MainWindow, tid: str) -> list[tuple[str | None, str | None]]:
    return read(
        window,
        "SELECT theme_id, challenge_id FROM topic_origin WHERE topic_id = ? ORDER BY position",
        (tid,),
    )


def test_add_and_remove_origins_with_traceability(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_topics(window, PERSONEEL)
    editor = page.editor
    editor.ui.editorTabs.setCurrentIndex(ORIGINS_TAB)
    tid = topic_id(window, PERSONEEL)
    before = origins_in_file(window, tid)
    assert editor.origin_model.rows()[0].text == "Personeel en formatie in beeld"
    seen: dict[str, str] = {}

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, OriginChooserDialog)
        model = dialog.model
        for row in range(model.rowCount()):  # the chooser shows which topics a theme feeds
            seen[model.index(row, TEXT).data()] = model.index(row, FEEDS).data()
        qtbot.keyClicks(dialog.ui.filterEdit, "vroegsignalering en armoede")
        assert model.rowCount() == 1
        qtbot.keyClick(dialog.ui.filterEdit, Qt.Key.Key_Return)

    when_modal(choose)
    editor.ui.originView.setFocus()
    qtbot.keyClick(editor.ui.originView, Qt.Key.Key_Insert)
    assert seen["Vroegsignalering en armoede"] == SCHULDEN
    assert "Personeel en formatie in beeld" not in seen  # already an origin: not offered
    theme = read(window, "SELECT id FROM theme WHERE name = 'Vroegsignalering en armoede'")[0][0]
    assert origins_in_file(window, tid) == [*before, (theme, None)]
    added = editor.origin_model.rows()[-1]
    assert added.text == "Vroegsignalering en armoede" and added.feeds == (SCHULDEN,)

    reactivate(window, qtbot)  # as the desktop does when the dialog closes
    view = editor.ui.originView
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert origins_in_file(window, tid) == [before[1], (theme, None)]
    undo(window)
    assert origins_in_file(window, tid) == [*before, (theme, None)]
    undo(window)
    assert origins_in_file(window, tid) == before
    redo(window)
    assert origins_in_file(window, tid) == [*before, (theme, None)]
    # the theme itself is untouched: still there with its challenges
    assert read(window, "SELECT count(*) FROM challenge WHERE theme_id = ?", (theme,))[0][0] > 0


def test_new_topic_from_a_theme(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_topics(window)
    theme_id, domain_id = read(
        window, "SELECT id, domain_id FROM theme WHERE name = 'Vroegsignalering en armoede'"
    )[0]

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, OriginChooserDialog)
        assert all(row.target.kind == "theme" for row in dialog.model.rows())
        qtbot.keyClicks(dialog.ui.filterEdit, "vroegsignalering")
        qtbot.keyClick(dialog.ui.filterEdit, Qt.Key.Key_Return)

    when_modal(choose)
    page.ui.newFromThemeButton.click()
    rows = read(
        window,
        "SELECT topic.id, topic.domain_id, topic.status FROM topic JOIN topic_origin "
        "ON topic_origin.topic_id = topic.id WHERE topic.title = 'Vroegsignalering en armoede'",
    )
    assert len(rows) == 1 and rows[0][1:] == (domain_id, "idea")
    assert origins_in_file(window, rows[0][0]) == [(theme_id, None)]
    assert page.current_topic_id() == rows[0][0]
    assert window.focusWidget() is page.editor.ui.titleEdit  # ready to type a better title
    undo(window)
    assert read(window, "SELECT count(*) FROM topic") == [(3,)]


# -- risks and KPIs ------------------------------------------------------------------------------
def test_risks_rows_by_keyboard(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_topics(window, PERSONEEL)
    editor = page.editor
    editor.ui.editorTabs.setCurrentIndex(RISKS_TAB)
    tid = topic_id(window, PERSONEEL)
    table = editor.risk_table
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)  # a new row, its text open for typing
    editor_widget = QApplication.focusWidget()
    assert editor_widget is not table.view
    qtbot.keyClicks(editor_widget, "Te weinig tijd bij HR")
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)
    row = table.model.rowCount() - 1
    type_in_cell(qtbot, table.view, table.model.index(row, columns.RISK_LIKELIHOOD), "5")
    type_in_cell(qtbot, table.view, table.model.index(row, columns.RISK_MITIGATION), "Inhuur")
    risk = "SELECT description, likelihood, impact, mitigation FROM topic_risk WHERE topic_id = ?"
    assert read(window, risk + " ORDER BY created_at DESC LIMIT 1", (tid,)) == [
        ("Te weinig tijd bij HR", 5, 3, "Inhuur")
    ]
    assert table.model.index(row, columns.RISK_SCORE).data() == "15"
    undo(window)
    undo(window)
    assert read(window, risk + " ORDER BY created_at DESC LIMIT 1", (tid,))[0][1:3] == (3, 3)
    undo(window)
    undo(window)
    assert read(window, "SELECT count(*) FROM topic_risk WHERE topic_id = ?", (tid,)) == [(1,)]
    redo(window)
    assert table.model.rowCount() == 2


def test_kpi_rows_by_keyboard_and_refusal(window: MainWindow, qtbot, warnings) -> None:  # type: ignore[no-untyped-def]
    page = open_topics(window, PERSONEEL)
    editor = page.editor
    editor.ui.editorTabs.setCurrentIndex(KPIS_TAB)
    tid = topic_id(window, PERSONEEL)
    table = editor.kpi_table
    model = table.model
    table.add_button.click()
    qtbot.keyClicks(QApplication.focusWidget(), "Openstaande vacatures")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)
    row = model.rowCount() - 1
    type_in_cell(qtbot, table.view, model.index(row, columns.KPI_BASELINE), "1.250,5")
    type_in_cell(qtbot, table.view, model.index(row, columns.KPI_TARGET), "minder")
    table.view.setCurrentIndex(model.index(row, columns.KPI_DURING))
    qtbot.keyClick(table.view, Qt.Key.Key_Space)  # tick "during"
    kpi = (
        "SELECT name, baseline, baseline_is_number, target, target_is_number, measured_before,"
        " measured_during, measured_after FROM topic_kpi WHERE topic_id = ? AND name = ?"
    )
    assert read(window, kpi, (tid, "Openstaande vacatures")) == [
        ("Openstaande vacatures", "1250.5", 1, "minder", 0, 1, 1, 1)
    ]
    assert model.index(row, columns.KPI_BASELINE).data() == "1.250,5"
    # Untick all three moments: the last one is refused with the domain's message.
    for column in (columns.KPI_BEFORE, columns.KPI_DURING):
        table.view.setCurrentIndex(model.index(row, column))
        qtbot.keyClick(table.view, Qt.Key.Key_Space)
    table.view.setCurrentIndex(model.index(row, columns.KPI_AFTER))
    qtbot.keyClick(table.view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "before, during or after" in warnings[0]
    assert read(window, kpi, (tid, "Openstaande vacatures"))[0][5:] == (0, 0, 1)
    undo(window)
    undo(window)
    assert read(window, kpi, (tid, "Openstaande vacatures"))[0][5:] == (1, 1, 1)
    table.view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert read(window, kpi, (tid, "Openstaande vacatures")) == []
    undo(window)
    assert len(read(window, kpi, (tid, "Openstaande vacatures"))) == 1


# -- comparison ---------------------------------------------------------------------------------
def test_comparison_equals_the_store_and_marking_is_undoable(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_topics(window)
    page.navigate_to("comparison")
    comparison = page.comparison_page
    model = comparison.model
    assert window.session is not None
    expected = compare_topics(window.session.project_file)
    assert model.columnCount() == len(expected) == 3
    for column, item in enumerate(expected):
        assert model.headerData(column, Qt.Orientation.Horizontal) == item.topic.title
        for row in FIELDS:
            if row not in (PROPOSE, WHEEL):
                assert model.index(row, column).data() == model.text(item, row)
        assert model.index(WHEEL, column).data(WHEEL_ROLE) == item.wheel
    schulden = [c.topic.title for c in expected].index(SCHULDEN)
    assert model.index(2, schulden).data() == expected[schulden].strategic_question
    assert model.index(6, schulden).data() == str(expected[schulden].dots)
    assert model.index(4, schulden).data() == "3: Goirle, Hilvarenbeek, Oisterwijk"

    column = model.column_of(topic_id(window, PERSONEEL))
    view = comparison.ui.comparisonView
    assert view.hasFocus() and view.currentIndex() == model.index(PROPOSE, 0)
    view.setCurrentIndex(model.index(PROPOSE, column))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    marked = "SELECT marked_for_proposal FROM topic WHERE title = ?"
    assert read(window, marked, (PERSONEEL,)) == [(1,)]
    assert (
        model.index(PROPOSE, column).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )
    assert "(3)" in comparison.ui.markedLabel.text()
    assert view.currentIndex() == model.index(PROPOSE, column)  # the place is kept
    undo(window)
    assert read(window, marked, (PERSONEEL,)) == [(0,)]
    assert "(2)" in comparison.ui.markedLabel.text()
    redo(window)
    assert read(window, marked, (PERSONEEL,)) == [(1,)]
    page.ui.pageTabs.setCurrentIndex(0)
    assert page.model.entity(
        page.model.row_of(topic_id(window, PERSONEEL))
    ).topic.marked_for_proposal
    image = view.grab()
    assert not image.isNull()
