"""What a delete of the budget modules took away, for the matching ``restore_*``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from dgw_desktop.store.saved_rows import SavedRows

T = TypeVar("T")


@dataclass(frozen=True)
class Removed(Generic[T]):
    """The deleted item (for an undo text) and every row it took along, exactly as they were.

    Opaque to the UI: it keeps the object and hands it back to the ``restore_*`` function.
    """

    item: T
    rows: SavedRows
    was_default: bool = False  # a rate: it was the project's default internal rate
