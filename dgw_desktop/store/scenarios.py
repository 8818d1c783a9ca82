"""Scenarios: named sets of partner municipalities, each with its cost-sharing key.

Exactly one scenario is the proposal while there are any: the first one added becomes it,
``mark_proposal`` moves it, and deleting the proposal hands it to the first remaining one.
"""

from __future__ import annotations

import dataclasses
import sqlite3

from dgw_desktop.domain.cost_split import Scenario, validate_scenario
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.store.cost_keys import list_cost_keys
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.removed import Removed, put_back
from dgw_desktop.store.rows import known_ids, stamp
from dgw_desktop.store.saved_rows import SavedRows, insert_rows, save_rows

_ORDER = "ORDER BY position, created_at, rowid"


def list_scenarios(project_file: ProjectFile) -> list[Scenario]:
    """All scenarios by position, then in the order added; members by municipality name."""
    members: dict[str, list[str]] = {}
    for scenario_id, municipality_id in project_file.query(
        "SELECT link.scenario_id, link.municipality_id FROM scenario_member AS link "
        "JOIN municipality ON municipality.id = link.municipality_id ORDER BY municipality.name"
    ):
        members.setdefault(scenario_id, []).append(municipality_id)
    overrides: dict[str, list[tuple[str, str]]] = {}
    for scenario_id, category_id, key_id in project_file.query(
        "SELECT link.scenario_id, link.category_id, link.key_id FROM scenario_category_key "
        "AS link JOIN cost_category ON cost_category.id = link.category_id "
        "ORDER BY cost_category.position"
    ):
        overrides.setdefault(scenario_id, []).append((category_id, key_id))
    return [
        _scenario(row, members.get(row["id"], []), overrides.get(row["id"], []))
        for row in project_file.query(
            f"SELECT id, name, key_id, is_proposal, position FROM scenario {_ORDER}"
        )
    ]


def _scenario(row: sqlite3.Row, members: list[str], overrides: list[tuple[str, str]]) -> Scenario:
    return Scenario(
        id=row["id"],
        name=row["name"],
        key_id=row["key_id"],
        is_proposal=bool(row["is_proposal"]),
        position=row["position"],
        member_ids=tuple(members),
        category_keys=tuple(overrides),
    )


def get_scenario(project_file: ProjectFile, scenario_id: str) -> Scenario:
    scenario = next((s for s in list_scenarios(project_file) if s.id == scenario_id), None)
    if scenario is None:
        raise ValidationError(
            "scenario_id",
            QT_TRANSLATE_NOOP("Validation", "Choose one of the project's scenarios."),
        )
    return scenario


def _validated(project_file: ProjectFile, scenario: Scenario) -> Scenario:
    return validate_scenario(
        scenario,
        list_scenarios(project_file),
        keys={key.id: key for key in list_cost_keys(project_file)},
        category_ids=known_ids(project_file, "cost_category"),
        municipalities=list_municipalities(project_file),
    )


def _write_links(connection: sqlite3.Connection, scenario: Scenario) -> None:
    connection.execute("DELETE FROM scenario_member WHERE scenario_id = ?", (scenario.id,))
    connection.executemany(
        "INSERT INTO scenario_member (scenario_id, municipality_id) VALUES (?, ?)",
        [(scenario.id, member) for member in scenario.member_ids],
    )
    connection.execute("DELETE FROM scenario_category_key WHERE scenario_id = ?", (scenario.id,))
    connection.executemany(
        "INSERT INTO scenario_category_key (scenario_id, category_id, key_id) VALUES (?, ?, ?)",
        [(scenario.id, category, key) for category, key in scenario.category_keys],
    )


def add_scenario(project_file: ProjectFile, scenario: Scenario) -> Scenario:
    """Add a scenario; the first one (or one added with ``is_proposal``) is the proposal."""
    scenario = _validated(project_file, scenario)
    has_proposal = bool(project_file.query("SELECT 1 FROM scenario WHERE is_proposal = 1"))
    scenario = dataclasses.replace(scenario, is_proposal=scenario.is_proposal or not has_proposal)
    with project_file.transaction() as connection:
        if scenario.is_proposal:
            connection.execute("UPDATE scenario SET is_proposal = 0 WHERE is_proposal = 1")
        connection.execute(
            "INSERT INTO scenario (id, name, key_id, is_proposal, position, created_at, "
            "updated_at) VALUES (:id, :name, :key_id, :is_proposal, :position, :created_at, "
            ":updated_at)",
            {
                "id": scenario.id,
                "name": scenario.name,
                "key_id": scenario.key_id,
                "is_proposal": int(scenario.is_proposal),
                "position": scenario.position,
                **stamp(),
            },
        )
        _write_links(connection, scenario)
    project_file.notify("scenario", [scenario.id])
    return scenario


def update_scenario(project_file: ProjectFile, scenario: Scenario) -> Scenario:
    """Change name, key, members or category keys (undo: update with the scenario as it was).

    Whether it is the proposal does not change here: use ``mark_proposal``.
    """
    current = get_scenario(project_file, scenario.id)
    scenario = _validated(
        project_file, dataclasses.replace(scenario, is_proposal=current.is_proposal)
    )
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE scenario SET name = ?, key_id = ?, position = ?, updated_at = ? WHERE id = ?",
            (scenario.name, scenario.key_id, scenario.position, utc_now(), scenario.id),
        )
        _write_links(connection, scenario)
    project_file.notify("scenario", [scenario.id])
    return scenario


def mark_proposal(project_file: ProjectFile, scenario_id: str) -> str | None:
    """Make this scenario the proposal (and no other); returns the previous one, for undo."""
    get_scenario(project_file, scenario_id)
    rows = project_file.query("SELECT id FROM scenario WHERE is_proposal = 1")
    previous: str | None = rows[0][0] if rows else None
    if previous == scenario_id:
        return previous
    now = utc_now()
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE scenario SET is_proposal = 0, updated_at = ? WHERE is_proposal = 1", (now,)
        )
        connection.execute(
            "UPDATE scenario SET is_proposal = 1, updated_at = ? WHERE id = ?", (now, scenario_id)
        )
    project_file.notify("scenario", [i for i in (previous, scenario_id) if i])
    return previous


def delete_scenario(project_file: ProjectFile, scenario_id: str) -> Removed[Scenario]:
    """Delete a scenario with its members and its own funding sources; for undo.

    When it was the proposal, the first remaining scenario becomes the proposal.
    """
    scenario = get_scenario(project_file, scenario_id)
    saved = (
        save_rows(project_file, "scenario", "id = ?", (scenario_id,))
        + save_rows(project_file, "scenario_member", "scenario_id = ?", (scenario_id,))
        + save_rows(project_file, "scenario_category_key", "scenario_id = ?", (scenario_id,))
        + save_rows(project_file, "funding_source", "scenario_id = ?", (scenario_id,))
    )
    successor = next((s for s in list_scenarios(project_file) if s.id != scenario_id), None)
    changed = SavedRows()
    if scenario.is_proposal and successor is not None:
        changed = save_rows(project_file, "scenario", "id = ?", (successor.id,))
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM scenario WHERE id = ?", (scenario_id,))
        if changed.count("scenario"):
            connection.execute(
                "UPDATE scenario SET is_proposal = 1, updated_at = ? WHERE id = ?",
                (utc_now(), successor.id if successor else ""),
            )
    project_file.notify("scenario", [scenario_id])
    if saved.count("funding_source"):
        project_file.notify("funding_source")
    return Removed(scenario, saved, changed=changed)


def restore_scenario(project_file: ProjectFile, removed: Removed[Scenario]) -> None:
    """Undo of ``delete_scenario``: the same rows; the proposal again if it was."""
    with project_file.transaction() as connection:
        put_back(connection, removed.changed)  # the scenario that took over as the proposal
        if removed.item.is_proposal:
            connection.execute("UPDATE scenario SET is_proposal = 0 WHERE is_proposal = 1")
        insert_rows(connection, removed.rows)
    project_file.notify("scenario", [removed.item.id])
    if removed.rows.count("funding_source"):
        project_file.notify("funding_source")
