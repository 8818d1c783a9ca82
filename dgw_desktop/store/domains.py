"""Domains (domeinen): bedrijfsvoering, sociaal, ruimte by default; the list is editable."""

from __future__ import annotations

from dgw_desktop.domain.entities import Domain
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.domain.validation import validate_domain
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import stamp


def list_domains(project_file: ProjectFile) -> list[Domain]:
    rows = project_file.query("SELECT id, name, position FROM domain ORDER BY position, name")
    return [Domain(id=row["id"], name=row["name"], position=row["position"]) for row in rows]


def add_domain(project_file: ProjectFile, domain: Domain) -> Domain:
    domain = validate_domain(domain, list_domains(project_file))
    with project_file.transaction() as connection:
        connection.execute(
            "INSERT INTO domain (id, name, position, created_at, updated_at) "
            "VALUES (:id, :name, :position, :created_at, :updated_at)",
            {"id": domain.id, "name": domain.name, "position": domain.position, **stamp()},
        )
    project_file.notify("domain")
    return domain


def update_domain(project_file: ProjectFile, domain: Domain) -> Domain:
    domain = validate_domain(domain, list_domains(project_file))
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE domain SET name = ?, position = ?, updated_at = ? WHERE id = ?",
            (domain.name, domain.position, utc_now(), domain.id),
        )
    project_file.notify("domain")
    return domain


def delete_domain(project_file: ProjectFile, domain_id: str) -> Domain:
    """Remove a domain no workshop or challenge uses; returns it for undo."""
    (domain,) = [d for d in list_domains(project_file) if d.id == domain_id]
    used = project_file.query(
        "SELECT (SELECT count(*) FROM challenge WHERE domain_id = :id) + "
        "(SELECT count(*) FROM workshop WHERE domain_id = :id)",
        {"id": domain_id},
    )[0][0]
    if used:
        raise ValidationError(
            "domain",
            QT_TRANSLATE_NOOP("Validation", "Domain “{name}” still has workshops or challenges."),
            name=domain.name,
        )
    if project_file.query("SELECT 1 FROM theme WHERE domain_id = ?", (domain_id,)):
        raise ValidationError(
            "domain",
            QT_TRANSLATE_NOOP("Validation", "Domain “{name}” still has themes."),
            name=domain.name,
        )
    if project_file.query("SELECT 1 FROM topic WHERE domain_id = ?", (domain_id,)):
        raise ValidationError(
            "domain",
            QT_TRANSLATE_NOOP("Validation", "Domain “{name}” still has topics."),
            name=domain.name,
        )
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM domain WHERE id = ?", (domain_id,))
    project_file.notify("domain")
    return domain


def find_domain_by_name(project_file: ProjectFile, name: str) -> Domain | None:
    wanted = name.strip().casefold()
    return next((d for d in list_domains(project_file) if d.name.casefold() == wanted), None)
