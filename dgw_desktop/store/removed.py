"""What a delete of the budget modules took away, for the matching ``restore_*``."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from dgw_desktop.store.saved_rows import SavedRows

T = TypeVar("T")


@dataclass(frozen=True)
class Removed(Generic[T]):
    """The deleted item (for an undo text) and every row it took along, exactly as they were.

    Opaque to the UI: it keeps the object and hands it back to the ``restore_*`` function.
    """

    item: T
    rows: SavedRows  # deleted: inserted again
    was_default: bool = False  # a rate: it was the project's default internal rate
    changed: SavedRows = field(default_factory=SavedRows)  # updated: written back as they were


def put_back(connection: sqlite3.Connection, saved: SavedRows) -> None:
    """Write rows that still exist back as they were, every column (by ``id``)."""
    for table, rows in saved.tables:
        for row in rows:
            columns = [column for column in row if column != "id"]
            assignments = ", ".join(f"{column} = :{column}" for column in columns)
            connection.execute(f"UPDATE {table} SET {assignments} WHERE id = :id", dict(row))
