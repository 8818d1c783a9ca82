"""The readiness dashboard on Overzicht: three cards from ``store.readiness`` with the demo's
state, each missing item a link to the page that fixes it, refreshed when the file changes.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from dgw_desktop.domain.readiness import StrategicChallenge
from dgw_desktop.domain.wheel import TrafficLight
from dgw_desktop.store.readiness import readiness_dashboard
from dgw_desktop.store.wheel import list_actions
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.commands.topic_item_commands import ACTIONS, UpdateItemCommand
from dgw_desktop.ui.main_window import MainWindow
from tests.gui.topics_helpers import SCHULDEN, read, topic_id, undo

CONTENT, TEAM, MEANS = StrategicChallenge.CONTENT, StrategicChallenge.TEAM, StrategicChallenge.MEANS


def open_panel(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.open_demo()
    assert window.project_view is not None
    panel = window.project_view.overview_page.readiness_panel
    # The figures come one event-loop turn after the window shows (not to delay opening).
    for _ in range(100):
        if panel.dashboard is not None:
            break
        QCoreApplication.processEvents()
    assert panel.dashboard is not None
    return panel


def texts(card) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.translated(QCoreApplication.translate) for item, _label in card.item_labels]


def label_for(card, start: str):  # type: ignore[no-untyped-def]
    return next(label for item, label in card.item_labels if start in label.text())


def test_cards_show_the_demos_state(window: MainWindow) -> None:
    panel = open_panel(window)
    assert window.session is not None
    expected = readiness_dashboard(window.session.project_file)
    for readiness in expected.challenges:
        card = panel.cards[readiness.challenge]
        assert card.readiness == readiness
        assert texts(card) == [i.translated(QCoreApplication.translate) for i in readiness.missing]
    content, team, means = (panel.cards[c] for c in (CONTENT, TEAM, MEANS))
    assert content.readiness.status is TrafficLight.AMBER
    assert content.status_label.text() == "Partly ready"
    assert (
        content.summary_label.text()
    ) == "“Schulden eerder in beeld” chosen; DGW wheel 68 % ready."
    assert any("Privacy officer" in text for text in texts(content))
    assert "The steering committee chose" in content.toolTip()  # what is done
    assert team.status_label.text() == "Not started yet" and team.readiness.started is False
    assert means.readiness.status is TrafficLight.AMBER
    assert any("Oisterwijk" in text for text in texts(means))
    # Items lead to pages; one that is not in this version is plain text with a reason.
    project_view = window.project_view
    assert project_view is not None
    team_label = team.item_labels[0][1]
    assert team_label.isEnabled() is project_view.has_page_named("team") is False
    assert "not available yet" in team_label.toolTip()
    means_label = means.item_labels[0][1]
    assert means_label.isEnabled() is project_view.has_page_named("budget")
    wheel_label = label_for(content, "Registratie schuldhulpverlening")
    assert wheel_label.isEnabled() and "<a href" in wheel_label.text()


def test_a_link_opens_the_topic_that_fixes_it(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(window)
    project_view = window.project_view
    assert project_view is not None
    label = label_for(panel.cards[CONTENT], "Registratie schuldhulpverlening")
    label.setFocus(Qt.FocusReason.TabFocusReason)  # Tab puts the keyboard on the link
    qtbot.keyClick(label, Qt.Key.Key_Return)
    page = project_view.topics_page
    qtbot.waitUntil(lambda: project_view.stack.currentWidget() is page)
    assert project_view.navigation.currentItem().text() == "Topics"
    assert page.current_topic_id() == topic_id(window, SCHULDEN)
    assert page.ui.pageTabs.currentIndex() == 0


def test_show_page_named_reaches_the_comparison_and_refuses_unknown_pages(
    window: MainWindow,
) -> None:
    open_panel(window)
    project_view = window.project_view
    assert project_view is not None
    assert project_view.show_page_named("comparison")
    page = project_view.topics_page
    assert project_view.stack.currentWidget() is page
    assert page.ui.pageTabs.currentWidget() is page.comparison_page
    assert project_view.show_page_named("team") is False  # not built yet
    assert project_view.stack.currentWidget() is page
    assert project_view.show_page_named("overview_page")
    assert project_view.stack.currentWidget() is project_view.overview_page


def test_the_cards_follow_the_file(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(window)
    session = window.session
    assert session is not None
    card = panel.cards[CONTENT]
    assert any(text.startswith("Action “DPIA") for text in texts(card))
    dpia = next(
        a
        for a in list_actions(session.project_file, topic_id(window, SCHULDEN))
        if a.action.startswith("DPIA")
    )
    done = dataclasses.replace(dpia, done=True)
    assert push_edit(session, UpdateItemCommand(session, ACTIONS, dpia, done)) is None
    assert read(window, "SELECT done FROM wheel_action WHERE id = ?", (dpia.id,)) == [(1,)]
    qtbot.waitUntil(lambda: not any(t.startswith("Action “DPIA") for t in texts(card)))
    assert "DGW wheel 75 % ready" in card.summary_label.text()
    # The wheel reaches 75 %: content turns green, with the open items still listed.
    assert card.readiness.status is TrafficLight.GREEN
    assert card.status_label.text() == "Ready"
    assert any("Privacy officer" in text for text in texts(card))

    # While Overzicht is hidden the panel rests, and catches up when shown again.
    project_view = window.project_view
    assert project_view is not None
    project_view.show_page(project_view.topics_page)
    undo(window)
    assert "75 %" in card.summary_label.text()
    project_view.show_page(project_view.overview_page)
    QApplication.processEvents()
    assert "DGW wheel 68 % ready" in card.summary_label.text()
    assert card.status_label.text() == "Partly ready"
    assert any(text.startswith("Action “DPIA") for text in texts(card))


def test_the_overview_fits_at_1280_by_800(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(window)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    QApplication.processEvents()
    page = window.project_view.overview_page  # type: ignore[union-attr]
    for card in panel.cards.values():
        bottom = card.mapTo(page, card.rect().bottomRight()).y()
        assert bottom < page.height()
    scroll = page.ui.detailsScroll
    assert scroll.height() > 200  # the municipalities and domains scroll below the cards
    assert scroll.mapTo(page, scroll.rect().bottomLeft()).y() <= page.height()
