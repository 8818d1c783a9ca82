"""Participants (deelnemers) of workshops, and attendance per municipality and domain."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from dgw_desktop.domain.entities import Participant
from dgw_desktop.domain.validation import validate_participant
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import known_ids, stamp
from dgw_desktop.store.saved_rows import SavedRows, insert_rows, save_rows_with_ids

_COLUMNS = "id, workshop_id, name, department, municipality_id"


def _participant(row: sqlite3.Row) -> Participant:
    return Participant(
        id=row["id"],
        workshop_id=row["workshop_id"],
        name=row["name"],
        department=row["department"],
        municipality_id=row["municipality_id"],
    )


def list_participants(
    project_file: ProjectFile, workshop_id: str | None = None
) -> list[Participant]:
    """Participants in the order they were added; of one workshop, or all."""
    if workshop_id is None:
        rows = project_file.query(f"SELECT {_COLUMNS} FROM participant ORDER BY created_at, rowid")
    else:
        rows = project_file.query(
            f"SELECT {_COLUMNS} FROM participant WHERE workshop_id = ? ORDER BY created_at, rowid",
            (workshop_id,),
        )
    return [_participant(row) for row in rows]


def get_participant(project_file: ProjectFile, participant_id: str) -> Participant | None:
    rows = project_file.query(f"SELECT {_COLUMNS} FROM participant WHERE id = ?", (participant_id,))
    return _participant(rows[0]) if rows else None


def _validated(project_file: ProjectFile, participant: Participant) -> Participant:
    return validate_participant(
        participant, known_ids(project_file, "workshop"), known_ids(project_file, "municipality")
    )


def add_participants(
    project_file: ProjectFile, participants: Sequence[Participant]
) -> list[Participant]:
    """Add several participants in one transaction: all or none."""
    validated = [_validated(project_file, participant) for participant in participants]
    with project_file.transaction() as connection:
        for participant in validated:
            connection.execute(
                f"INSERT INTO participant ({_COLUMNS}, created_at, updated_at) VALUES "
                "(:id, :workshop_id, :name, :department, :municipality_id, :created_at,"
                " :updated_at)",
                {**_values(participant), **stamp()},
            )
    project_file.notify("participant", [participant.id for participant in validated])
    return validated


def add_participant(project_file: ProjectFile, participant: Participant) -> Participant:
    return add_participants(project_file, [participant])[0]


def _values(participant: Participant) -> dict[str, object]:
    return {
        "id": participant.id,
        "workshop_id": participant.workshop_id,
        "name": participant.name,
        "department": participant.department,
        "municipality_id": participant.municipality_id,
    }


def update_participant(project_file: ProjectFile, participant: Participant) -> Participant:
    participant = _validated(project_file, participant)
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE participant SET workshop_id = :workshop_id, name = :name, "
            "department = :department, municipality_id = :municipality_id, "
            "updated_at = :updated_at WHERE id = :id",
            {**_values(participant), "updated_at": utc_now()},
        )
    project_file.notify("participant", [participant.id])
    return participant


@dataclass(frozen=True)
class RemovedParticipants:
    """What ``delete_participants`` removed: the participants and their scores."""

    participants: tuple[Participant, ...]
    rows: SavedRows


def delete_participants(
    project_file: ProjectFile, participant_ids: Sequence[str]
) -> RemovedParticipants:
    """Delete participants (their individual scores go with them); returns what undo needs."""
    wanted = set(participant_ids)
    removed = tuple(p for p in list_participants(project_file) if p.id in wanted)
    ids = [participant.id for participant in removed]
    saved = save_rows_with_ids(project_file, "participant", "id", ids) + save_rows_with_ids(
        project_file, "score", "participant_id", ids
    )
    with project_file.transaction() as connection:
        connection.executemany("DELETE FROM participant WHERE id = ?", [(i,) for i in ids])
    project_file.notify("participant", ids)
    if saved.count("score"):
        project_file.notify("score")
    return RemovedParticipants(removed, saved)


def delete_participant(project_file: ProjectFile, participant_id: str) -> RemovedParticipants:
    return delete_participants(project_file, [participant_id])


def restore_participants(project_file: ProjectFile, removed: RemovedParticipants) -> None:
    """Undo of ``delete_participants``: the same rows, ids and scores back."""
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    project_file.notify("participant", [participant.id for participant in removed.participants])
    if removed.rows.count("score"):
        project_file.notify("score")


restore_participant = restore_participants


def count_participants_by_workshop(project_file: ProjectFile) -> dict[str, int]:
    """Workshop id → number of participants (0 for a workshop without any)."""
    rows = project_file.query(
        "SELECT workshop.id, count(participant.id) FROM workshop "
        "LEFT JOIN participant ON participant.workshop_id = workshop.id GROUP BY workshop.id"
    )
    return {row[0]: int(row[1]) for row in rows}


def attendance_by_municipality(project_file: ProjectFile) -> dict[str, int]:
    """Municipality id → participants over all workshops (0 for a municipality without)."""
    rows = project_file.query(
        "SELECT municipality.id, count(participant.id) FROM municipality "
        "LEFT JOIN participant ON participant.municipality_id = municipality.id "
        "GROUP BY municipality.id"
    )
    return {row[0]: int(row[1]) for row in rows}


def attendance_by_domain_and_municipality(
    project_file: ProjectFile,
) -> dict[str, dict[str, int]]:
    """Domain id → municipality id → participants in that domain's workshops (zeros included).

    Every domain and every municipality of the project appears, so a table or chart can show
    at a glance which partner had no input in a domain.
    """
    result = {
        domain: {municipality: 0 for municipality in known_ids(project_file, "municipality")}
        for domain in known_ids(project_file, "domain")
    }
    rows = project_file.query(
        "SELECT workshop.domain_id, participant.municipality_id, count(*) FROM participant "
        "JOIN workshop ON workshop.id = participant.workshop_id "
        "GROUP BY workshop.domain_id, participant.municipality_id"
    )
    for domain_id, municipality_id, count in rows:
        result[domain_id][municipality_id] = int(count)
    return result
