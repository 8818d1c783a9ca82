"""Funding sources (dekking): own budgets of municipalities, subsidies, funds."""

from __future__ import annotations

import sqlite3

from dgw_desktop.domain.cost_split import FundingSource, validate_funding
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.removed import Removed
from dgw_desktop.store.rows import known_ids, stamp
from dgw_desktop.store.saved_rows import insert_rows, save_rows

_COLUMNS = "id, name, kind, amount_cents, municipality_id, scenario_id"


def _source(row: sqlite3.Row) -> FundingSource:
    return FundingSource(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        amount_cents=row["amount_cents"],
        municipality_id=row["municipality_id"],
        scenario_id=row["scenario_id"],
    )


def list_funding(project_file: ProjectFile) -> list[FundingSource]:
    """All funding sources in the order they were added."""
    rows = project_file.query(f"SELECT {_COLUMNS} FROM funding_source ORDER BY created_at, rowid")
    return [_source(row) for row in rows]


def get_funding(project_file: ProjectFile, source_id: str) -> FundingSource:
    rows = project_file.query(f"SELECT {_COLUMNS} FROM funding_source WHERE id = ?", (source_id,))
    if not rows:
        raise ValidationError(
            "id", QT_TRANSLATE_NOOP("Validation", "This funding source no longer exists.")
        )
    return _source(rows[0])


def _validated(project_file: ProjectFile, source: FundingSource) -> FundingSource:
    return validate_funding(
        source,
        municipality_ids=known_ids(project_file, "municipality"),
        scenario_ids=known_ids(project_file, "scenario"),
    )


def _values(source: FundingSource) -> dict[str, object]:
    return {
        "id": source.id,
        "name": source.name,
        "kind": source.kind,
        "amount_cents": source.amount_cents,
        "municipality_id": source.municipality_id,
        "scenario_id": source.scenario_id,
    }


def add_funding(project_file: ProjectFile, source: FundingSource) -> FundingSource:
    source = _validated(project_file, source)
    with project_file.transaction() as connection:
        connection.execute(
            f"INSERT INTO funding_source ({_COLUMNS}, created_at, updated_at) VALUES (:id, "
            ":name, :kind, :amount_cents, :municipality_id, :scenario_id, :created_at, "
            ":updated_at)",
            {**_values(source), **stamp()},
        )
    project_file.notify("funding_source", [source.id])
    return source


def update_funding(project_file: ProjectFile, source: FundingSource) -> FundingSource:
    """Change a source (undo: update with the source as it was)."""
    get_funding(project_file, source.id)
    source = _validated(project_file, source)
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE funding_source SET name = :name, kind = :kind, amount_cents = :amount_cents, "
            "municipality_id = :municipality_id, scenario_id = :scenario_id, "
            "updated_at = :updated_at WHERE id = :id",
            {**_values(source), "updated_at": utc_now()},
        )
    project_file.notify("funding_source", [source.id])
    return source


def delete_funding(project_file: ProjectFile, source_id: str) -> Removed[FundingSource]:
    source = get_funding(project_file, source_id)
    saved = save_rows(project_file, "funding_source", "id = ?", (source_id,))
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM funding_source WHERE id = ?", (source_id,))
    project_file.notify("funding_source", [source_id])
    return Removed(source, saved)


def restore_funding(project_file: ProjectFile, removed: Removed[FundingSource]) -> None:
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    project_file.notify("funding_source", [removed.item.id])
