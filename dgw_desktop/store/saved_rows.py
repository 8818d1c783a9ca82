"""Exact copies of rows, so that an undo puts back what a delete removed, ids and all.

A delete that cascades (a theme takes its votes, scores and placement with it) saves every
affected row first; ``insert_rows`` writes them back unchanged, timestamps included.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from dgw_desktop.store.project_file import ProjectFile

Row = Mapping[str, object]

# Parents before children: the order in which saved rows can be inserted again.
INSERT_ORDER: tuple[str, ...] = (
    "municipality",
    "domain",
    "workshop",
    "workshop_municipality",
    "participant",
    "theme",
    "challenge",
    "challenge_municipality",
    "vote_round",
    "vote",
    "criterion",
    "score",
    "placement",
)


@dataclass(frozen=True)
class SavedRows:
    """Rows per table, every column; opaque to the UI, which only hands them back."""

    tables: tuple[tuple[str, tuple[Row, ...]], ...] = ()

    def __add__(self, other: SavedRows) -> SavedRows:
        merged: dict[str, list[Row]] = {}
        for table, rows in (*self.tables, *other.tables):
            merged.setdefault(table, []).extend(rows)
        ordered = sorted(merged, key=_insert_position)
        return SavedRows(tuple((table, tuple(merged[table])) for table in ordered))

    def rows(self, table: str) -> tuple[Row, ...]:
        return next((rows for name, rows in self.tables if name == table), ())

    def count(self, table: str) -> int:
        return len(self.rows(table))


def _insert_position(table: str) -> int:
    return INSERT_ORDER.index(table) if table in INSERT_ORDER else len(INSERT_ORDER)


def save_rows(
    project_file: ProjectFile,
    table: str,
    where: str,
    params: Sequence[object] | dict[str, object] = (),
) -> SavedRows:
    """Copy the rows of ``table`` matching ``where`` (SQL), in rowid order."""
    rows = project_file.query(f"SELECT * FROM {table} WHERE {where} ORDER BY rowid", params)
    if not rows:
        return SavedRows()
    return SavedRows(((table, tuple(dict(row) for row in rows)),))


def save_rows_with_ids(
    project_file: ProjectFile, table: str, column: str, ids: Iterable[str]
) -> SavedRows:
    """Copy the rows of ``table`` whose ``column`` is one of ``ids`` (any number of ids)."""
    saved = SavedRows()
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        saved = saved + save_rows(project_file, table, f"{column} IN ({marks})", chunk)
    return saved


def insert_rows(connection: sqlite3.Connection, saved: SavedRows) -> None:
    """Write saved rows back exactly (inside the caller's transaction)."""
    for table, rows in sorted(saved.tables, key=lambda item: _insert_position(item[0])):
        for row in rows:
            columns = list(row)
            connection.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join(':' + column for column in columns)})",
                dict(row),
            )
