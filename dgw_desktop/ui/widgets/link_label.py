"""A wrapping label that is one link: Tab reaches it, Enter or Space follows it, and it shows
where the keyboard is. (A plain QLabel needs a second Tab to put the keyboard on its link.)"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

_FOLLOW_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class LinkLabel(QLabel):
    followed = Signal()

    def __init__(self, html_text: str, parent: QWidget | None = None) -> None:
        super().__init__(html_text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QLabel:focus { background: #fff1b8; border-radius: 3px; }")
        self.linkActivated.connect(lambda _href: self.followed.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _FOLLOW_KEYS and not event.modifiers():
            self.followed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
