"""The single project row: name and description."""

from __future__ import annotations

from dgw_desktop.domain.entities import Project
from dgw_desktop.domain.validation import validate_project
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import stamp


def get_project(project_file: ProjectFile) -> Project:
    row = project_file.query("SELECT id, name, description FROM project LIMIT 1")[0]
    return Project(id=row["id"], name=row["name"], description=row["description"])


def insert_project(project_file: ProjectFile, project: Project) -> Project:
    project = validate_project(project)
    with project_file.transaction() as connection:
        connection.execute(
            "INSERT INTO project (id, name, description, created_at, updated_at) "
            "VALUES (:id, :name, :description, :created_at, :updated_at)",
            {"id": project.id, "name": project.name, "description": project.description, **stamp()},
        )
    project_file.notify("project")
    return project


def update_project(project_file: ProjectFile, project: Project) -> Project:
    project = validate_project(project)
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE project SET name = ?, description = ?, updated_at = ? WHERE id = ?",
            (project.name, project.description, utc_now(), project.id),
        )
    project_file.notify("project")
    return project
