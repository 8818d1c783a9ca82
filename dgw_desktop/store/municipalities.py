"""Municipalities (gemeenten): partners and possible partners."""

from __future__ import annotations

from dgw_desktop.domain.entities import Municipality
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.domain.validation import validate_municipality
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import stamp


def list_municipalities(project_file: ProjectFile) -> list[Municipality]:
    rows = project_file.query(
        "SELECT id, name, cbs_code, inhabitants, is_partner FROM municipality "
        "ORDER BY is_partner DESC, name"
    )
    return [
        Municipality(
            id=row["id"],
            name=row["name"],
            cbs_code=row["cbs_code"],
            inhabitants=row["inhabitants"],
            is_partner=bool(row["is_partner"]),
        )
        for row in rows
    ]


def _values(municipality: Municipality) -> dict[str, object]:
    return {
        "id": municipality.id,
        "name": municipality.name,
        "cbs_code": municipality.cbs_code,
        "inhabitants": municipality.inhabitants,
        "is_partner": int(municipality.is_partner),
    }


def add_municipality(project_file: ProjectFile, municipality: Municipality) -> Municipality:
    municipality = validate_municipality(municipality, list_municipalities(project_file))
    with project_file.transaction() as connection:
        connection.execute(
            "INSERT INTO municipality (id, name, cbs_code, inhabitants, is_partner, created_at,"
            " updated_at) VALUES (:id, :name, :cbs_code, :inhabitants, :is_partner,"
            " :created_at, :updated_at)",
            {**_values(municipality), **stamp()},
        )
    project_file.notify("municipality")
    return municipality


def update_municipality(project_file: ProjectFile, municipality: Municipality) -> Municipality:
    municipality = validate_municipality(municipality, list_municipalities(project_file))
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE municipality SET name = :name, cbs_code = :cbs_code, "
            "inhabitants = :inhabitants, is_partner = :is_partner, updated_at = :updated_at "
            "WHERE id = :id",
            {**_values(municipality), "updated_at": utc_now()},
        )
    project_file.notify("municipality")
    return municipality


def municipality_usage(project_file: ProjectFile, municipality_id: str) -> int:
    """How many rows name this municipality: challenges, workshops, participants, the budget
    (lines, keys, scenarios, funding) and the data sources of DGW wheels."""
    from dgw_desktop.store.budget import budget_usage  # budget builds on municipalities

    row = project_file.query(
        "SELECT (SELECT count(*) FROM challenge_municipality WHERE municipality_id = :id) + "
        "(SELECT count(*) FROM workshop_municipality WHERE municipality_id = :id) + "
        "(SELECT count(*) FROM participant WHERE municipality_id = :id) + "
        "(SELECT count(*) FROM data_source WHERE municipality_id = :id)",
        {"id": municipality_id},
    )[0]
    return int(row[0]) + budget_usage(project_file, municipality_id)


def delete_municipality(project_file: ProjectFile, municipality_id: str) -> Municipality:
    """Remove an unused municipality; returns it so an undo can add it back unchanged."""
    (municipality,) = [m for m in list_municipalities(project_file) if m.id == municipality_id]
    if municipality_usage(project_file, municipality_id):
        raise ValidationError(
            "municipality",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{name} is still used in this project (workshops, challenges, participants, "
                "budget or DGW wheel); remove it there first.",
            ),
            name=municipality.name,
        )
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM municipality WHERE id = ?", (municipality_id,))
    project_file.notify("municipality")
    return municipality
