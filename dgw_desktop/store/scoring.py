"""Criteria scoring: criteria with weights, 1–5 scores per participant or by consensus.

The arithmetic (weighted mean, dissent) is pure Python in ``domain/scoring.py``; this module
stores criteria and scores and hands them over.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from dgw_desktop.domain.entities import Criterion, Score, Target, TargetKind
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.domain.scoring import DEFAULT_CRITERIA, RankedTarget, weighted_ranking
from dgw_desktop.domain.validation import validate_criterion, validate_scale_value
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import stamp
from dgw_desktop.store.saved_rows import SavedRows, insert_rows, save_rows
from dgw_desktop.store.targets import (
    check_target,
    target_column,
    target_of,
    target_texts,
    target_values,
)


def _criterion(row: sqlite3.Row) -> Criterion:
    return Criterion(id=row["id"], name=row["name"], weight=row["weight"], position=row["position"])


def list_criteria(project_file: ProjectFile) -> list[Criterion]:
    rows = project_file.query(
        "SELECT id, name, weight, position FROM criterion ORDER BY position, created_at, rowid"
    )
    return [_criterion(row) for row in rows]


def _existing(project_file: ProjectFile, criterion_id: str) -> Criterion:
    found = [c for c in list_criteria(project_file) if c.id == criterion_id]
    if not found:
        raise ValidationError(
            "criterion_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the criteria.")
        )
    return found[0]


def add_criterion(project_file: ProjectFile, criterion: Criterion) -> Criterion:
    criterion = validate_criterion(criterion, list_criteria(project_file))
    with project_file.transaction() as connection:
        connection.execute(
            "INSERT INTO criterion (id, name, weight, position, created_at, updated_at) "
            "VALUES (:id, :name, :weight, :position, :created_at, :updated_at)",
            {
                "id": criterion.id,
                "name": criterion.name,
                "weight": criterion.weight,
                "position": criterion.position,
                **stamp(),
            },
        )
    project_file.notify("criterion", [criterion.id])
    return criterion


def add_default_criteria(project_file: ProjectFile) -> list[Criterion]:
    """Impact, haalbaarheid, databeschikbaarheid, gedeeld door gemeenten; weight 1 each."""
    with project_file.transaction():
        return [
            add_criterion(project_file, Criterion(name=name, weight=1, position=position))
            for position, name in enumerate(DEFAULT_CRITERIA)
        ]


def update_criterion(project_file: ProjectFile, criterion: Criterion) -> Criterion:
    _existing(project_file, criterion.id)
    criterion = validate_criterion(criterion, list_criteria(project_file))
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE criterion SET name = ?, weight = ?, position = ?, updated_at = ? WHERE id = ?",
            (criterion.name, criterion.weight, criterion.position, utc_now(), criterion.id),
        )
    project_file.notify("criterion", [criterion.id])
    return criterion


@dataclass(frozen=True)
class RemovedCriterion:
    criterion: Criterion
    rows: SavedRows  # the criterion and its scores


def delete_criterion(project_file: ProjectFile, criterion_id: str) -> RemovedCriterion:
    """Delete a criterion with its scores; returns what ``restore_criterion`` needs."""
    criterion = _existing(project_file, criterion_id)
    saved = save_rows(project_file, "criterion", "id = ?", (criterion_id,)) + save_rows(
        project_file, "score", "criterion_id = ?", (criterion_id,)
    )
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM criterion WHERE id = ?", (criterion_id,))
    project_file.notify("criterion", [criterion_id])
    project_file.notify("score")
    return RemovedCriterion(criterion, saved)


def restore_criterion(project_file: ProjectFile, removed: RemovedCriterion) -> None:
    """Undo of ``delete_criterion``: the same criterion and scores, rows identical."""
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    project_file.notify("criterion", [removed.criterion.id])
    project_file.notify("score")


# -- scores -------------------------------------------------------------------------------------
def _score(row: sqlite3.Row) -> Score:
    return Score(
        id=row["id"],
        criterion_id=row["criterion_id"],
        target=target_of(row),
        participant_id=row["participant_id"],
        value=row["value"],
    )


def list_scores(project_file: ProjectFile, target: Target | None = None) -> list[Score]:
    """All scores (or those of one target), in the order they were given."""
    columns = "id, criterion_id, challenge_id, theme_id, participant_id, value"
    if target is None:
        rows = project_file.query(f"SELECT {columns} FROM score ORDER BY created_at, rowid")
    else:
        rows = project_file.query(
            f"SELECT {columns} FROM score WHERE {target_column(target)} = ? "
            "ORDER BY created_at, rowid",
            (target.id,),
        )
    return [_score(row) for row in rows]


def _where(target: Target) -> str:
    return (
        f"criterion_id = :criterion AND {target_column(target)} = :target "
        "AND ifnull(participant_id, '') = ifnull(:participant, '')"
    )


def get_score(
    project_file: ProjectFile, criterion_id: str, target: Target, participant_id: str | None
) -> int | None:
    rows = project_file.query(
        f"SELECT value FROM score WHERE {_where(target)}",
        {"criterion": criterion_id, "target": target.id, "participant": participant_id},
    )
    return int(rows[0][0]) if rows else None


def set_score(
    project_file: ProjectFile,
    criterion_id: str,
    target: Target,
    participant_id: str | None,
    value: int | None,
) -> int | None:
    """Set (or with None clear) one score; ``participant_id`` None is the consensus score.

    Returns the previous value (None: there was none), so undo is ``set_score`` with it.
    """
    if value is not None:
        validate_scale_value(value)
    _existing(project_file, criterion_id)
    check_target(project_file, target)
    if participant_id is not None and not project_file.query(
        "SELECT 1 FROM participant WHERE id = ?", (participant_id,)
    ):
        raise ValidationError(
            "participant_id",
            QT_TRANSLATE_NOOP("Validation", "Choose one of the workshop's participants."),
        )
    previous = get_score(project_file, criterion_id, target, participant_id)
    key = {"criterion": criterion_id, "target": target.id, "participant": participant_id}
    with project_file.transaction() as connection:
        if value is None:
            connection.execute(f"DELETE FROM score WHERE {_where(target)}", key)
        elif previous is not None:
            connection.execute(
                f"UPDATE score SET value = :value, updated_at = :now WHERE {_where(target)}",
                {**key, "value": value, "now": utc_now()},
            )
        else:
            connection.execute(
                "INSERT INTO score (id, criterion_id, challenge_id, theme_id, participant_id,"
                " value, created_at, updated_at) VALUES (:id, :criterion_id, :challenge_id,"
                " :theme_id, :participant_id, :value, :created_at, :updated_at)",
                {
                    "id": Score(criterion_id, target, value).id,
                    "criterion_id": criterion_id,
                    **target_values(target),
                    "participant_id": participant_id,
                    "value": value,
                    **stamp(),
                },
            )
    project_file.notify("score")
    return previous


def score_ranking(project_file: ProjectFile, kind: TargetKind | None = None) -> list[RankedTarget]:
    """The weighted ranking (see ``domain.scoring.weighted_ranking``) of the project.

    It holds every target with a score, and every theme (unscored ones last), of ``kind``
    only if given. Ties are broken by the challenge's text or theme's name.
    """
    scores = [s for s in list_scores(project_file) if kind is None or s.target.kind == kind]
    targets = [s.target for s in scores]
    if kind in (None, "theme"):
        targets += [Target.theme(row[0]) for row in project_file.query("SELECT id FROM theme")]
    return weighted_ranking(
        list_criteria(project_file), scores, target_texts(project_file, targets), targets
    )
