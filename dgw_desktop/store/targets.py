"""Rows about a challenge or a theme (votes, scores, placements): columns, checks, texts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from dgw_desktop.domain.entities import Target
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.store.project_file import ProjectFile

# The tables that hold ratings of a target; deleting the target deletes them (cascade).
RATING_TABLES: tuple[str, ...] = ("vote", "score", "placement")
# Every table with rows about a target: what deleting a target removes and undo puts back.
# ``topic_origin`` records which topics grew from it (traceability must survive an undo).
TARGET_TABLES: tuple[str, ...] = (*RATING_TABLES, "topic_origin")


def target_values(target: Target) -> dict[str, str | None]:
    return {"challenge_id": target.challenge_id, "theme_id": target.theme_id}


def target_column(target: Target) -> str:
    return "challenge_id" if target.kind == "challenge" else "theme_id"


def target_of(row: sqlite3.Row) -> Target:
    if row["challenge_id"] is not None:
        return Target.challenge(row["challenge_id"])
    return Target.theme(row["theme_id"])


def check_target(project_file: ProjectFile, target: Target) -> None:
    """Refuse a target that is not in the file."""
    table = "challenge" if target.kind == "challenge" else "theme"
    if target.kind not in ("challenge", "theme") or not project_file.query(
        f"SELECT 1 FROM {table} WHERE id = ?", (target.id,)
    ):
        raise ValidationError(
            "target",
            QT_TRANSLATE_NOOP("Validation", "Choose a challenge or theme of this project."),
        )


def target_texts(project_file: ProjectFile, targets: Iterable[Target]) -> dict[Target, str]:
    """Target → challenge text or theme name (unknown targets are left out)."""
    result: dict[Target, str] = {}
    wanted = list(dict.fromkeys(targets))
    for kind, make, column in (
        ("challenge", Target.challenge, "text"),
        ("theme", Target.theme, "name"),
    ):
        ids = [target.id for target in wanted if target.kind == kind]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = project_file.query(
                f"SELECT id, {column} FROM {kind} WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            result.update({make(row[0]): row[1] for row in rows})
    return result
