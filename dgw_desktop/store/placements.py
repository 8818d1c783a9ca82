"""The impact–effort map: where each challenge or theme sits (impact and effort 1–5).

The quadrant of a position (quick wins, grote projecten, vullers, niet doen) is computed by
``domain.quadrants.quadrant``.
"""

from __future__ import annotations

import sqlite3

from dgw_desktop.domain.entities import Placement, Target
from dgw_desktop.domain.validation import validate_placement
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import stamp
from dgw_desktop.store.targets import check_target, target_column, target_of, target_values


def _placement(row: sqlite3.Row) -> Placement:
    return Placement(
        id=row["id"], target=target_of(row), impact=row["impact"], effort=row["effort"]
    )


_COLUMNS = "id, challenge_id, theme_id, impact, effort"


def list_placements(project_file: ProjectFile) -> list[Placement]:
    rows = project_file.query(f"SELECT {_COLUMNS} FROM placement ORDER BY created_at, rowid")
    return [_placement(row) for row in rows]


def get_placement(project_file: ProjectFile, target: Target) -> Placement | None:
    rows = project_file.query(
        f"SELECT {_COLUMNS} FROM placement WHERE {target_column(target)} = ?", (target.id,)
    )
    return _placement(rows[0]) if rows else None


def set_placement(project_file: ProjectFile, placement: Placement) -> Placement | None:
    """Place a target on the map (moving it if it was placed); returns the previous placement.

    Undo: ``set_placement(previous)``, or ``remove_placement`` when previous is None. A
    target keeps its row (and id) when moved.
    """
    placement = validate_placement(placement)
    check_target(project_file, placement.target)
    previous = get_placement(project_file, placement.target)
    with project_file.transaction() as connection:
        if previous is not None:
            connection.execute(
                "UPDATE placement SET impact = ?, effort = ?, updated_at = ? WHERE id = ?",
                (placement.impact, placement.effort, utc_now(), previous.id),
            )
        else:
            connection.execute(
                f"INSERT INTO placement ({_COLUMNS}, created_at, updated_at) VALUES (:id,"
                " :challenge_id, :theme_id, :impact, :effort, :created_at, :updated_at)",
                {
                    "id": placement.id,
                    **target_values(placement.target),
                    "impact": placement.impact,
                    "effort": placement.effort,
                    **stamp(),
                },
            )
    project_file.notify("placement")
    return previous


def remove_placement(project_file: ProjectFile, target: Target) -> Placement | None:
    """Take a target off the map; returns the placement it had (undo: ``set_placement``)."""
    previous = get_placement(project_file, target)
    if previous is not None:
        with project_file.transaction() as connection:
            connection.execute("DELETE FROM placement WHERE id = ?", (previous.id,))
        project_file.notify("placement")
    return previous
