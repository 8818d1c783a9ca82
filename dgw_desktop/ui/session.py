"""An open project in the GUI: the file, its undo stack, and Qt signals for changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from dgw_desktop.store.project_file import ProjectFile


class ProjectSession(QObject):
    """Bridges the Qt-free store's change notifications to Qt signals.

    ``changed(table)`` fires after a committed write, so a view that reloads on it shows only
    what is durable; ``saved`` lets the status bar confirm it.
    """

    changed = Signal(str)
    rows_changed = Signal(str, list)
    saved = Signal()
    failed = Signal(str)

    def __init__(self, project_file: ProjectFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project_file = project_file
        self.undo_stack = QUndoStack(self)
        self.is_open = True
        project_file.add_listener(self._on_store_changed)

    @property
    def path(self) -> str:
        return str(self.project_file.path)

    def _on_store_changed(self, table: str, ids: tuple[str, ...]) -> None:
        self.rows_changed.emit(table, list(ids))  # no ids: the whole table may have changed
        self.changed.emit(table)
        self.saved.emit()

    def close(self) -> None:
        # Deferred refreshes still queued in the event loop check this before reading.
        self.is_open = False
        self.undo_stack.clear()
        self.project_file.close()
