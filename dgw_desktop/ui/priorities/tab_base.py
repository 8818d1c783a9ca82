"""What the three Prioritising tabs share: pushing edits, refusals, and resting while hidden.

A hidden tab does not reload on every change in the file (during live capture that would
cost time per challenge); it notes that it is stale and catches up when shown again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from dgw_desktop.ui.commands.store_command import StoreCommand, push_edit
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.session import ProjectSession


class PriorityTab(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._models: list[KeyedTableModel[object]] = []
        self._stale = False
        session.changed.connect(self._changed)

    def watch_models(self, models: Sequence[KeyedTableModel[object]]) -> None:
        """Let these models pause with the tab; their refusals become warnings."""
        self._models = list(models)
        for model in self._models:
            # Queued: the warning must not open while an item editor is still committing.
            model.refused.connect(self.show_refusal, Qt.ConnectionType.QueuedConnection)
            model.set_paused(not self.isVisible())

    # -- to implement --------------------------------------------------------------------------
    def on_changed(self, table: str) -> None:
        """A table changed while the tab is shown."""

    def catch_up(self) -> None:
        """Shown again after changes while hidden: refresh choosers and summaries."""

    # -- shared --------------------------------------------------------------------------------
    def _changed(self, table: str) -> None:
        if self.isVisible():
            self.on_changed(table)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        for model in self._models:
            model.set_paused(False)
        if self._stale:
            self._stale = False
            self.catch_up()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        for model in self._models:
            model.set_paused(True)
        super().hideEvent(event)

    def push(self, command: StoreCommand) -> bool:
        error = push_edit(self.session, command)
        if error:
            self.show_refusal(error)
            return False
        return True

    def show_refusal(self, message: str) -> None:
        title = QCoreApplication.translate("PriorityTab", "Not saved")
        QMessageBox.warning(self, title, message)
