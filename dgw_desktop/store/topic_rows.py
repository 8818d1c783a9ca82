"""Shared helpers for the rows that hang on a topic (risks, KPIs, the wheel's items).

Every such row has an id, a ``topic_id`` and timestamps. A delete returns a ``RemovedItem``
holding the exact row, and ``restore_item`` puts it back unchanged (its undo).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import stamp
from dgw_desktop.store.saved_rows import SavedRows, insert_rows, save_rows

TOPIC_ITEM_TABLES: tuple[str, ...] = (
    "topic_risk",
    "topic_kpi",
    "data_source",
    "wheel_role",
    "wheel_action",
)
"""The tables of a topic's items; each is also the ``table`` its changes are notified as."""


def check_topic(project_file: ProjectFile, topic_id: str) -> None:
    if not project_file.query("SELECT 1 FROM topic WHERE id = ?", (topic_id,)):
        raise ValidationError(
            "topic_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the project's topics.")
        )


def check_item(project_file: ProjectFile, table: str, item_id: str) -> None:
    if not project_file.query(f"SELECT 1 FROM {table} WHERE id = ?", (item_id,)):
        raise ValidationError(
            "id", QT_TRANSLATE_NOOP("Validation", "This item no longer exists; it was removed.")
        )


def insert_item(
    project_file: ProjectFile, table: str, item_id: str, values: Mapping[str, object]
) -> None:
    """Insert one row (``values`` holds every column but the timestamps) and notify."""
    columns = [*values, "created_at", "updated_at"]
    with project_file.transaction() as connection:
        connection.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join(':' + column for column in columns)})",
            {**values, **stamp()},
        )
    project_file.notify(table, [item_id])


def update_item(
    project_file: ProjectFile, table: str, item_id: str, values: Mapping[str, object]
) -> None:
    """Overwrite the columns in ``values`` (never ``id``, never ``created_at``) and notify."""
    check_item(project_file, table, item_id)
    assignments = ", ".join(f"{column} = :{column}" for column in values if column != "id")
    with project_file.transaction() as connection:
        connection.execute(
            f"UPDATE {table} SET {assignments}, updated_at = :updated_at WHERE id = :id",
            {**values, "id": item_id, "updated_at": utc_now()},
        )
    project_file.notify(table, [item_id])


@dataclass(frozen=True)
class RemovedItem:
    """A deleted item row, for ``restore_item``."""

    table: str
    id: str
    rows: SavedRows


def remove_item(project_file: ProjectFile, table: str, item_id: str) -> RemovedItem:
    check_item(project_file, table, item_id)
    saved = save_rows(project_file, table, "id = ?", (item_id,))
    with project_file.transaction() as connection:
        connection.execute(f"DELETE FROM {table} WHERE id = ?", (item_id,))
    project_file.notify(table, [item_id])
    return RemovedItem(table, item_id, saved)


def restore_item(project_file: ProjectFile, removed: RemovedItem) -> None:
    """Undo of a delete: the same row back (id and timestamps too)."""
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    project_file.notify(removed.table, [removed.id])


def rows_of_topic(
    project_file: ProjectFile, table: str, columns: str, topic_id: str | None
) -> list[sqlite3.Row]:
    """The rows of one topic (or of all topics) in the order they were added."""
    if topic_id is None:
        return project_file.query(f"SELECT {columns} FROM {table} ORDER BY created_at, rowid")
    return project_file.query(
        f"SELECT {columns} FROM {table} WHERE topic_id = ? ORDER BY created_at, rowid",
        (topic_id,),
    )
