"""Workshops: one session per domain, with the municipalities taking part."""

from __future__ import annotations

from typing import NamedTuple

from dgw_desktop.domain.entities import Workshop
from dgw_desktop.domain.validation import validate_workshop
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import (
    date_to_text,
    ids_by_owner,
    known_ids,
    replace_links,
    stamp,
    text_to_date,
)
from dgw_desktop.store.saved_rows import SavedRows, insert_rows, save_rows


def list_workshops(project_file: ProjectFile) -> list[Workshop]:
    links = ids_by_owner(project_file, "workshop_municipality", "workshop_id")
    rows = project_file.query(
        "SELECT workshop.id, title, domain_id, held_on, location, facilitator, notes "
        "FROM workshop "
        "JOIN domain ON domain.id = workshop.domain_id "
        "ORDER BY held_on IS NULL, held_on, domain.position, title"
    )
    return [
        Workshop(
            id=row["id"],
            title=row["title"],
            domain_id=row["domain_id"],
            held_on=text_to_date(row["held_on"]),
            location=row["location"],
            facilitator=row["facilitator"],
            municipality_ids=links.get(row["id"], ()),
            notes=row["notes"],
        )
        for row in rows
    ]


def _validated(project_file: ProjectFile, workshop: Workshop) -> Workshop:
    return validate_workshop(
        workshop, known_ids(project_file, "domain"), known_ids(project_file, "municipality")
    )


def _values(workshop: Workshop) -> dict[str, object]:
    return {
        "id": workshop.id,
        "title": workshop.title,
        "domain_id": workshop.domain_id,
        "held_on": date_to_text(workshop.held_on),
        "location": workshop.location,
        "facilitator": workshop.facilitator,
        "notes": workshop.notes,
    }


def add_workshop(project_file: ProjectFile, workshop: Workshop) -> Workshop:
    workshop = _validated(project_file, workshop)
    with project_file.transaction() as connection:
        connection.execute(
            "INSERT INTO workshop (id, title, domain_id, held_on, location, facilitator, notes,"
            " created_at, updated_at) VALUES (:id, :title, :domain_id, :held_on, :location,"
            " :facilitator, :notes, :created_at, :updated_at)",
            {**_values(workshop), **stamp()},
        )
        replace_links(
            connection,
            "workshop_municipality",
            "workshop_id",
            workshop.id,
            workshop.municipality_ids,
        )
    project_file.notify("workshop")
    return workshop


def update_workshop(project_file: ProjectFile, workshop: Workshop) -> Workshop:
    workshop = _validated(project_file, workshop)
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE workshop SET title = :title, domain_id = :domain_id, held_on = :held_on, "
            "location = :location, facilitator = :facilitator, notes = :notes, "
            "updated_at = :updated_at "
            "WHERE id = :id",
            {**_values(workshop), "updated_at": utc_now()},
        )
        replace_links(
            connection,
            "workshop_municipality",
            "workshop_id",
            workshop.id,
            workshop.municipality_ids,
        )
    project_file.notify("workshop")
    return workshop


class RemovedWorkshop(NamedTuple):
    """What ``delete_workshop`` removed; ``restore_workshop(project_file, *removed)`` undoes it."""

    workshop: Workshop
    challenge_ids: list[str]  # its challenges, which stay but lose the workshop
    rows: SavedRows  # the workshop row, participants, voting rounds, votes, their scores


def delete_workshop(project_file: ProjectFile, workshop_id: str) -> RemovedWorkshop:
    """Delete a workshop; its challenges stay, detached. Returns what undo needs.

    Its participants (with their scores) and voting rounds (with their votes) go with it.
    """
    (workshop,) = [w for w in list_workshops(project_file) if w.id == workshop_id]
    detached = [
        row[0]
        for row in project_file.query(
            "SELECT id FROM challenge WHERE workshop_id = ?", (workshop_id,)
        )
    ]
    participants = "SELECT id FROM participant WHERE workshop_id = :id"
    saved = (
        save_rows(project_file, "workshop", "id = :id", {"id": workshop_id})
        + save_rows(project_file, "workshop_municipality", "workshop_id = :id", {"id": workshop_id})
        + save_rows(project_file, "participant", "workshop_id = :id", {"id": workshop_id})
        + save_rows(
            project_file, "score", f"participant_id IN ({participants})", {"id": workshop_id}
        )
        + save_rows(project_file, "vote_round", "workshop_id = :id", {"id": workshop_id})
        + save_rows(
            project_file,
            "vote",
            "round_id IN (SELECT id FROM vote_round WHERE workshop_id = :id)",
            {"id": workshop_id},
        )
    )
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM workshop WHERE id = ?", (workshop_id,))
    project_file.notify("workshop")
    project_file.notify("challenge")
    _notify_dependents(project_file, saved)
    return RemovedWorkshop(workshop, detached, saved)


def _notify_dependents(project_file: ProjectFile, saved: SavedRows) -> None:
    for table in ("participant", "score", "vote_round", "vote"):
        if saved.count(table):
            project_file.notify(table)


def restore_workshop(
    project_file: ProjectFile,
    workshop: Workshop,
    challenge_ids: list[str],
    rows: SavedRows | None = None,
) -> None:
    """Undo of ``delete_workshop``: the same workshop, its challenges attached again.

    With ``rows`` (from ``RemovedWorkshop``) every row comes back identically, participants,
    rounds, votes and scores included; without, the workshop is added anew.
    """
    with project_file.transaction() as connection:
        if rows is None:
            add_workshop(project_file, workshop)
        else:
            insert_rows(connection, rows)
        connection.executemany(
            "UPDATE challenge SET workshop_id = ? WHERE id = ?",
            [(workshop.id, challenge_id) for challenge_id in challenge_ids],
        )
    project_file.notify("workshop")
    project_file.notify("challenge")
    if rows is not None:
        _notify_dependents(project_file, rows)
