"""Challenges (uitdagingen): captured statements with the municipalities that share them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.domain.validation import validate_challenge
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import ids_by_owner, known_ids, replace_links, stamp
from dgw_desktop.store.saved_rows import SavedRows, insert_rows, save_rows_with_ids
from dgw_desktop.store.targets import TARGET_TABLES

_MAX_SQL_IDS = 500


def list_challenges(project_file: ProjectFile, ids: Sequence[str] | None = None) -> list[Challenge]:
    """All challenges in the order they were captured, or only those with ``ids``."""
    if ids is not None and len(ids) > _MAX_SQL_IDS:
        # SQLite limits the number of parameters; for bulk work read all and pick.
        wanted_set = set(ids)
        return [c for c in list_challenges(project_file) if c.id in wanted_set]
    links: dict[str, tuple[str, ...]]
    if ids is None:
        links = ids_by_owner(project_file, "challenge_municipality", "challenge_id")
        rows: Iterable[sqlite3.Row] = project_file.connection.execute(
            "SELECT id, text, domain_id, workshop_id, notes, said_by, theme_id, created_at "
            "FROM challenge "
            "ORDER BY created_at, rowid"
        )
    else:
        wanted = list(dict.fromkeys(ids))
        marks = ",".join("?" * len(wanted))
        links = {}
        for link in project_file.query(
            "SELECT challenge_id, municipality_id FROM challenge_municipality "
            "JOIN municipality ON municipality.id = municipality_id "
            f"WHERE challenge_id IN ({marks}) ORDER BY municipality.name",
            wanted,
        ):
            links[link[0]] = (*links.get(link[0], ()), link[1])
        rows = project_file.query(
            "SELECT id, text, domain_id, workshop_id, notes, said_by, theme_id, created_at "
            "FROM challenge "
            f"WHERE id IN ({marks}) ORDER BY created_at, rowid",
            wanted,
        )
    # A few domains, workshops and themes are named by up to 100,000 rows: share one string
    # each instead of one per row (tens of MB with a large project open).
    shared: dict[str, str] = {}

    def one(value: str | None) -> str | None:
        return None if value is None else shared.setdefault(value, value)

    return [
        Challenge(
            id=row["id"],
            text=row["text"],
            domain_id=shared.setdefault(row["domain_id"], row["domain_id"]),
            workshop_id=one(row["workshop_id"]),
            municipality_ids=tuple(
                shared.setdefault(item, item) for item in links.get(row["id"], ())
            ),
            notes=row["notes"],
            said_by=row["said_by"],
            theme_id=one(row["theme_id"]),
            created_at=row["created_at"],
        )
        for row in rows
    ]


def get_challenge(project_file: ProjectFile, challenge_id: str) -> Challenge | None:
    found = list_challenges(project_file, ids=[challenge_id])
    return found[0] if found else None


def _validator(project_file: ProjectFile) -> Callable[[Challenge], Challenge]:
    """Validation against the project's ids, read once for a whole batch."""
    domains = known_ids(project_file, "domain")
    municipalities = known_ids(project_file, "municipality")
    workshops = known_ids(project_file, "workshop")
    themes = known_ids(project_file, "theme")
    return lambda challenge: validate_challenge(
        challenge, domains, municipalities, workshops, themes
    )


def _validated(project_file: ProjectFile, challenge: Challenge) -> Challenge:
    return _validator(project_file)(challenge)


def _values(challenge: Challenge) -> dict[str, object]:
    return {
        "id": challenge.id,
        "text": challenge.text,
        "domain_id": challenge.domain_id,
        "workshop_id": challenge.workshop_id,
        "notes": challenge.notes,
        "said_by": challenge.said_by,
        "theme_id": challenge.theme_id,
    }


def add_challenges(project_file: ProjectFile, challenges: Sequence[Challenge]) -> list[Challenge]:
    """Add several challenges in one transaction: all or none."""
    validate = _validator(project_file)
    validated = [validate(challenge) for challenge in challenges]
    rows = []
    for challenge in validated:
        timestamps = stamp()  # one each: unique stamps keep the order of capture
        if challenge.created_at:
            timestamps["created_at"] = challenge.created_at
        rows.append({**_values(challenge), **timestamps})
    links = [(c.id, municipality_id) for c in validated for municipality_id in c.municipality_ids]
    with project_file.transaction() as connection:
        connection.executemany(
            "INSERT INTO challenge (id, text, domain_id, workshop_id, notes, said_by,"
            " theme_id, created_at, updated_at) VALUES (:id, :text, :domain_id,"
            " :workshop_id, :notes, :said_by, :theme_id, :created_at, :updated_at)",
            rows,
        )
        # New rows have no links yet: insert them, nothing to replace.
        connection.executemany(
            "INSERT INTO challenge_municipality (challenge_id, municipality_id) VALUES (?, ?)",
            links,
        )
    project_file.notify("challenge", [challenge.id for challenge in validated])
    return validated


def add_challenge(project_file: ProjectFile, challenge: Challenge) -> Challenge:
    return add_challenges(project_file, [challenge])[0]


def update_challenge(project_file: ProjectFile, challenge: Challenge) -> Challenge:
    challenge = _validated(project_file, challenge)
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE challenge SET text = :text, domain_id = :domain_id, "
            "workshop_id = :workshop_id, notes = :notes, said_by = :said_by, "
            "theme_id = :theme_id, updated_at = :updated_at "
            "WHERE id = :id",
            {**_values(challenge), "updated_at": utc_now()},
        )
        replace_links(
            connection,
            "challenge_municipality",
            "challenge_id",
            challenge.id,
            challenge.municipality_ids,
        )
    project_file.notify("challenge", [challenge.id])
    return challenge


def delete_challenges(project_file: ProjectFile, challenge_ids: Sequence[str]) -> list[Challenge]:
    """Delete challenges; returns them whole so ``add_challenges`` can add them back.

    Their votes, scores and placements go too and do not come back that way: to undo the
    delete of challenges that may have them, use ``remove_challenges``/``restore_challenges``.
    """
    removed = list_challenges(project_file, ids=challenge_ids)
    with project_file.transaction() as connection:
        connection.executemany(
            "DELETE FROM challenge WHERE id = ?", [(challenge.id,) for challenge in removed]
        )
    project_file.notify("challenge", [challenge.id for challenge in removed])
    return removed


def count_challenges_by_domain(project_file: ProjectFile) -> dict[str, int]:
    """Domain id → number of challenges (0 for a domain without any)."""
    rows = project_file.query(
        "SELECT domain.id, count(challenge.id) FROM domain "
        "LEFT JOIN challenge ON challenge.domain_id = domain.id GROUP BY domain.id"
    )
    return {row[0]: int(row[1]) for row in rows}


def count_challenges_by_workshop(project_file: ProjectFile) -> dict[str, int]:
    """Workshop id → number of challenges captured in it."""
    rows = project_file.query(
        "SELECT workshop_id, count(*) FROM challenge WHERE workshop_id IS NOT NULL "
        "GROUP BY workshop_id"
    )
    return {row[0]: int(row[1]) for row in rows}


@dataclass(frozen=True)
class RemovedChallenges:
    """What ``remove_challenges`` deleted: challenges, links, votes, scores, placements."""

    challenges: tuple[Challenge, ...]
    rows: SavedRows


def remove_challenges(project_file: ProjectFile, challenge_ids: Sequence[str]) -> RemovedChallenges:
    """Delete challenges with everything that hangs on them; returns what undo needs."""
    removed = tuple(list_challenges(project_file, ids=challenge_ids))
    ids = [challenge.id for challenge in removed]
    saved = save_rows_with_ids(project_file, "challenge", "id", ids) + save_rows_with_ids(
        project_file, "challenge_municipality", "challenge_id", ids
    )
    for table in TARGET_TABLES:
        saved = saved + save_rows_with_ids(project_file, table, "challenge_id", ids)
    with project_file.transaction() as connection:
        connection.executemany("DELETE FROM challenge WHERE id = ?", [(i,) for i in ids])
    _notify(project_file, ids, saved)
    return RemovedChallenges(removed, saved)


def restore_challenges(project_file: ProjectFile, removed: RemovedChallenges) -> None:
    """Undo of ``remove_challenges``: every row back as it was (ids, timestamps)."""
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    _notify(project_file, [challenge.id for challenge in removed.challenges], removed.rows)


def _notify(project_file: ProjectFile, ids: Sequence[str], saved: SavedRows) -> None:
    project_file.notify("challenge", ids)
    for table in TARGET_TABLES:
        if saved.count(table):
            project_file.notify(table)
