"""Shared helpers for the topics, wheel and readiness tests: the page, the file, the keys."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.pages.topics_page import TopicsPage

SCHULDEN = "Schulden eerder in beeld"
BEHEER = "Onderhoud op basis van meldingen"
PERSONEEL = "Grip op personeel en inhuur"


def read(window: MainWindow, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows from the FILE through a second connection: only committed (durable) data."""
    assert window.session is not None
    with closing(sqlite3.connect(window.session.project_file.path)) as connection:
        return connection.execute(sql, params).fetchall()


def topic_id(window: MainWindow, title: str) -> str:
    return str(read(window, "SELECT id FROM topic WHERE title = ?", (title,))[0][0])


def open_topics(window: MainWindow, title: str | None = None) -> TopicsPage:
    assert window.open_demo()
    assert window.project_view is not None
    page = window.project_view.topics_page
    window.project_view.show_page(page)
    if title is not None:
        page.select_topic(topic_id(window, title))
    return page  # type: ignore[no-any-return]


def undo(window: MainWindow) -> None:
    window.undo_action.trigger()


def redo(window: MainWindow) -> None:
    window.redo_action.trigger()


def focus_cell(view: QAbstractItemView, index: QModelIndex) -> None:
    view.setFocus()
    view.setCurrentIndex(index)


def type_in_cell(qtbot, view: QAbstractItemView, index: QModelIndex, text: str) -> None:  # type: ignore[no-untyped-def]
    """Go to the cell, type (which opens the editor), press Enter; wait for the commit."""
    focus_cell(view, index)
    qtbot.keyClicks(view, text[:1])
    editor = QApplication.focusWidget()
    assert editor is not view, "typing did not open an editor"
    if len(text) > 1:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    QApplication.processEvents()
