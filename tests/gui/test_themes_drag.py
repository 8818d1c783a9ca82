"""The Themes page: drag and drop between the themes tree and the unassigned list."""

from __future__ import annotations

import os
import warnings as warnings_module
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.models.challenge_mime import CHALLENGE_IDS_MIME
from dgw_desktop.ui.models.unassigned_challenges_model import UnassignedChallengesModel
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
