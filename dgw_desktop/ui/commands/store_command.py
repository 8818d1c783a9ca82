"""The base of all undo commands: a store write that can be reverted."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from dgw_desktop.domain.messages import UserError
from dgw_desktop.ui.session import ProjectSession


class StoreCommand(QUndoCommand):
    """Subclasses implement ``apply`` and ``revert`` against the store.

    The first ``apply`` happens in ``push_edit`` before the command enters the stack, so a
    refused edit never becomes an undo step; ``redo`` skips that first call.
    """

    def __init__(self, session: ProjectSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._applied = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied:
            return
        self._guarded(self.apply)
        self._applied = True

    def undo(self) -> None:
        self._guarded(self.revert)
        self._applied = False

    def _guarded(self, action: object) -> None:
        # Exceptions must not cross into Qt's C++ undo stack; report them instead.
        try:
            action()  # type: ignore[operator]
        except UserError as error:
            self.session.failed.emit(translate_error(error))
        except sqlite3.Error as error:
            self.session.failed.emit(
                QCoreApplication.translate(
                    "StoreCommand", "The file could not be changed: {0}"
                ).format(error)
            )


def translate_error(error: UserError) -> str:
    return error.translated(QCoreApplication.translate)


def push_edit(session: ProjectSession, command: StoreCommand) -> str | None:
    """Apply ``command`` and put it on the undo stack; returns an error message if refused."""
    try:
        command.apply()
    except UserError as error:
        return translate_error(error)
    command._applied = True
    session.undo_stack.push(command)
    return None
