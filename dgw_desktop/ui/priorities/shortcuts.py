"""Keyboard shortcuts that act only while the focus is inside their widget.

PySide6 6.12 ignores the ``context`` argument of ``QShortcut(keys, parent, slot, context)``
(the shortcut stays a window shortcut), so the context is set afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def scoped_shortcut(keys: QKeySequence, parent: QWidget, slot: Callable[[], object]) -> QShortcut:
    shortcut = QShortcut(keys, parent)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
