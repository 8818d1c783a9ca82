"""Undo commands over the store's add / update / delete / restore functions.

The budget modules of the store share one shape: ``add_x(file, item)`` returns the item as
stored, ``update_x(file, item)`` writes it, ``delete_x(file, id)`` returns a ``Removed`` that
``restore_x(file, removed)`` puts back exactly (same ids, same timestamps, the rows it took
along). These three commands build on that, so every budget edit is undone by the store's own
inverse rather than by a re-insert that would change row order or timestamps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession

T = TypeVar("T")
Adder = Callable[[ProjectFile, T], T]
Deleter = Callable[[ProjectFile, str], Any]
Restorer = Callable[[ProjectFile, Any], None]


class AddRowCommand(StoreCommand, Generic[T]):
    """Add an item; undo deletes it, redo restores the very same row."""

    def __init__(
        self,
        session: ProjectSession,
        text: str,
        item: T,
        add: Adder[T],
        delete: Deleter,
        restore: Restorer,
    ) -> None:
        super().__init__(session, text)
        self._item = item
        self._add = add
        self._delete = delete
        self._restore = restore
        self._removed: Any = None

    @property
    def item(self) -> T:
        return self._item

    def apply(self) -> None:
        if self._removed is None:
            self._item = self._add(self.session.project_file, self._item)
        else:
            self._restore(self.session.project_file, self._removed)

    def revert(self) -> None:
        self._removed = self._delete(self.session.project_file, self._item.id)  # type: ignore[attr-defined]


class UpdateRowCommand(StoreCommand, Generic[T]):
    """Change an item; undo writes it back as it was."""

    def __init__(
        self,
        session: ProjectSession,
        text: str,
        before: T,
        after: T,
        update: Callable[[ProjectFile, T], T],
    ) -> None:
        super().__init__(session, text)
        self._before = before
        self._after = after
        self._update = update

    def apply(self) -> None:
        self._after = self._update(self.session.project_file, self._after)

    def revert(self) -> None:
        self._update(self.session.project_file, self._before)


class DeleteRowCommand(StoreCommand):
    """Delete an item (the store refuses one still in use); undo restores it exactly."""

    def __init__(
        self,
        session: ProjectSession,
        text: str,
        item_id: str,
        delete: Deleter,
        restore: Restorer,
    ) -> None:
        super().__init__(session, text)
        self._id = item_id
        self._delete = delete
        self._restore = restore
        self._removed: Any = None

    def apply(self) -> None:
        self._removed = self._delete(self.session.project_file, self._id)

    def revert(self) -> None:
        self._restore(self.session.project_file, self._removed)
