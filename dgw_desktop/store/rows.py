"""Small helpers shared by the query modules."""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Iterable

from dgw_desktop.store.project_file import ProjectFile, utc_now


def date_to_text(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def text_to_date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def ids_by_owner(
    project_file: ProjectFile, table: str, owner_column: str
) -> dict[str, tuple[str, ...]]:
    """Map owner id → municipality ids for a link table, in municipality name order."""
    # Iterated, not fetched whole: with 100,000 challenges the link rows are many.
    rows = project_file.connection.execute(
        f"SELECT link.{owner_column}, link.municipality_id "
        f"FROM {table} AS link JOIN municipality ON municipality.id = link.municipality_id "
        "ORDER BY municipality.name"
    )
    result: dict[str, list[str]] = {}
    municipalities: dict[str, str] = {}  # one string per municipality, not one per link
    for owner, municipality in rows:
        result.setdefault(owner, []).append(municipalities.setdefault(municipality, municipality))
    return {owner: tuple(ids) for owner, ids in result.items()}


def replace_links(
    connection: sqlite3.Connection,
    table: str,
    owner_column: str,
    owner_id: str,
    municipality_ids: Iterable[str],
) -> None:
    connection.execute(f"DELETE FROM {table} WHERE {owner_column} = ?", (owner_id,))
    connection.executemany(
        f"INSERT INTO {table} ({owner_column}, municipality_id) VALUES (?, ?)",
        [(owner_id, municipality_id) for municipality_id in municipality_ids],
    )


def known_ids(project_file: ProjectFile, table: str) -> set[str]:
    return {row[0] for row in project_file.query(f"SELECT id FROM {table}")}


def stamp() -> dict[str, str]:
    now = utc_now()
    return {"created_at": now, "updated_at": now}
