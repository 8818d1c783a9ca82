"""Dot voting: rounds per workshop, dots per challenge or theme, ranked results.

A round gives every participant of its workshop ``dots_per_participant`` dots; the
facilitator enters the dots each challenge or theme received. A round never holds more dots
than its participants had to give. Only targets with dots have a ``vote`` row.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from dgw_desktop.domain.entities import Target, Vote, VoteRound
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.domain.validation import check_dots_budget, validate_dots, validate_vote_round
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import known_ids, stamp
from dgw_desktop.store.saved_rows import SavedRows, insert_rows, save_rows
from dgw_desktop.store.targets import (
    check_target,
    target_column,
    target_of,
    target_texts,
    target_values,
)


def _round(row: sqlite3.Row) -> VoteRound:
    return VoteRound(
        id=row["id"],
        workshop_id=row["workshop_id"],
        name=row["name"],
        dots_per_participant=row["dots_per_participant"],
        position=row["position"],
    )


_ROUND_COLUMNS = "id, workshop_id, name, dots_per_participant, position"


def list_rounds(project_file: ProjectFile, workshop_id: str | None = None) -> list[VoteRound]:
    """Voting rounds of one workshop (or all), by position, then in the order added."""
    where, params = ("WHERE workshop_id = ?", (workshop_id,)) if workshop_id else ("", ())
    rows = project_file.query(
        f"SELECT {_ROUND_COLUMNS} FROM vote_round {where} ORDER BY position, created_at, rowid",
        params,
    )
    return [_round(row) for row in rows]


def get_round(project_file: ProjectFile, round_id: str) -> VoteRound:
    rows = project_file.query(f"SELECT {_ROUND_COLUMNS} FROM vote_round WHERE id = ?", (round_id,))
    if not rows:
        raise ValidationError(
            "round_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the voting rounds.")
        )
    return _round(rows[0])


@dataclass(frozen=True)
class DotsBudget:
    """How many dots a round has to give, and how many are given."""

    participants: int
    dots_per_participant: int
    used: int

    @property
    def available(self) -> int:
        return self.participants * self.dots_per_participant

    @property
    def left(self) -> int:
        return self.available - self.used


def dots_budget(project_file: ProjectFile, round_id: str) -> DotsBudget:
    vote_round = get_round(project_file, round_id)
    participants, used = project_file.query(
        "SELECT (SELECT count(*) FROM participant WHERE workshop_id = :workshop), "
        "(SELECT ifnull(sum(dots), 0) FROM vote WHERE round_id = :round)",
        {"workshop": vote_round.workshop_id, "round": round_id},
    )[0]
    return DotsBudget(int(participants), vote_round.dots_per_participant, int(used))


def add_round(project_file: ProjectFile, vote_round: VoteRound) -> VoteRound:
    vote_round = validate_vote_round(vote_round, known_ids(project_file, "workshop"))
    with project_file.transaction() as connection:
        connection.execute(
            f"INSERT INTO vote_round ({_ROUND_COLUMNS}, created_at, updated_at) VALUES "
            "(:id, :workshop_id, :name, :dots_per_participant, :position, :created_at,"
            " :updated_at)",
            {**_round_values(vote_round), **stamp()},
        )
    project_file.notify("vote_round", [vote_round.id])
    return vote_round


def _round_values(vote_round: VoteRound) -> dict[str, object]:
    return {
        "id": vote_round.id,
        "workshop_id": vote_round.workshop_id,
        "name": vote_round.name,
        "dots_per_participant": vote_round.dots_per_participant,
        "position": vote_round.position,
    }


def update_round(project_file: ProjectFile, vote_round: VoteRound) -> VoteRound:
    """Change a round; fewer dots per participant only if the dots given still fit."""
    get_round(project_file, vote_round.id)
    vote_round = validate_vote_round(vote_round, known_ids(project_file, "workshop"))
    participants = project_file.query(
        "SELECT count(*) FROM participant WHERE workshop_id = ?", (vote_round.workshop_id,)
    )[0][0]
    check_dots_budget(
        vote_round.name,
        int(participants),
        vote_round.dots_per_participant,
        dots_budget(project_file, vote_round.id).used,
    )
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE vote_round SET workshop_id = :workshop_id, name = :name, "
            "dots_per_participant = :dots_per_participant, position = :position, "
            "updated_at = :updated_at WHERE id = :id",
            {**_round_values(vote_round), "updated_at": utc_now()},
        )
    project_file.notify("vote_round", [vote_round.id])
    return vote_round


@dataclass(frozen=True)
class RemovedRound:
    vote_round: VoteRound
    rows: SavedRows  # the round and its votes


def delete_round(project_file: ProjectFile, round_id: str) -> RemovedRound:
    """Delete a round with its votes; returns what ``restore_round`` needs."""
    vote_round = get_round(project_file, round_id)
    saved = save_rows(project_file, "vote_round", "id = ?", (round_id,)) + save_rows(
        project_file, "vote", "round_id = ?", (round_id,)
    )
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM vote_round WHERE id = ?", (round_id,))
    project_file.notify("vote_round", [round_id])
    project_file.notify("vote")
    return RemovedRound(vote_round, saved)


def restore_round(project_file: ProjectFile, removed: RemovedRound) -> None:
    """Undo of ``delete_round``: the same round and votes, rows identical."""
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    project_file.notify("vote_round", [removed.vote_round.id])
    project_file.notify("vote")


# -- dots -----------------------------------------------------------------------------------------
def _vote(row: sqlite3.Row) -> Vote:
    return Vote(id=row["id"], round_id=row["round_id"], target=target_of(row), dots=row["dots"])


def list_votes(project_file: ProjectFile, round_id: str | None = None) -> list[Vote]:
    where, params = ("WHERE round_id = ?", (round_id,)) if round_id else ("", ())
    rows = project_file.query(
        f"SELECT id, round_id, challenge_id, theme_id, dots FROM vote {where} "
        "ORDER BY created_at, rowid",
        params,
    )
    return [_vote(row) for row in rows]


def get_dots(project_file: ProjectFile, round_id: str, target: Target) -> int:
    rows = project_file.query(
        f"SELECT dots FROM vote WHERE round_id = ? AND {target_column(target)} = ?",
        (round_id, target.id),
    )
    return int(rows[0][0]) if rows else 0


def set_dots(project_file: ProjectFile, round_id: str, target: Target, dots: int) -> int:
    """Give ``target`` exactly ``dots`` in the round; returns the previous number (for undo).

    0 removes the target's row. Refused when dots < 0 or when the round would hold more
    dots than its participants × dots per participant.
    """
    dots = validate_dots(dots)
    vote_round = get_round(project_file, round_id)
    check_target(project_file, target)
    previous = get_dots(project_file, round_id, target)
    budget = dots_budget(project_file, round_id)
    if dots > previous:
        check_dots_budget(
            vote_round.name,
            budget.participants,
            budget.dots_per_participant,
            budget.used - previous + dots,
        )
    column = target_column(target)
    with project_file.transaction() as connection:
        if dots == 0:
            connection.execute(
                f"DELETE FROM vote WHERE round_id = ? AND {column} = ?", (round_id, target.id)
            )
        elif previous:
            connection.execute(
                f"UPDATE vote SET dots = ?, updated_at = ? WHERE round_id = ? AND {column} = ?",
                (dots, utc_now(), round_id, target.id),
            )
        else:
            connection.execute(
                "INSERT INTO vote (id, round_id, challenge_id, theme_id, dots, created_at,"
                " updated_at) VALUES (:id, :round_id, :challenge_id, :theme_id, :dots,"
                " :created_at, :updated_at)",
                {
                    "id": Vote(round_id, target, dots).id,
                    "round_id": round_id,
                    **target_values(target),
                    "dots": dots,
                    **stamp(),
                },
            )
    project_file.notify("vote")
    return previous


@dataclass(frozen=True)
class VoteResult:
    target: Target
    dots: int
    text: str  # the challenge's text or the theme's name


def vote_results(project_file: ProjectFile, round_id: str) -> list[VoteResult]:
    """Targets with dots in the round: most dots first, equal dots by text (A–Z)."""
    votes = list_votes(project_file, round_id)
    texts = target_texts(project_file, [vote.target for vote in votes])
    results = [VoteResult(vote.target, vote.dots, texts.get(vote.target, "")) for vote in votes]
    results.sort(key=lambda result: (-result.dots, result.text.casefold(), result.target))
    return results
