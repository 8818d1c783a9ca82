"""The DGW wheel of each topic: data sources, roles and actions, and their readiness.

Tables (and the names their changes are notified as): "data_source", "wheel_role",
"wheel_action". The readiness rules are in ``domain.wheel``. Delete returns a
``RemovedItem``; ``store.topic_rows.restore_item`` is its undo.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from dgw_desktop.domain.wheel import (
    Availability,
    DataSource,
    WheelAction,
    WheelReadiness,
    WheelRole,
    validate_action,
    validate_data_source,
    validate_role,
    wheel_readiness,
)
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import date_to_text, known_ids, text_to_date
from dgw_desktop.store.topic_rows import (
    RemovedItem,
    check_item,
    check_topic,
    insert_item,
    remove_item,
    rows_of_topic,
    update_item,
)

# -- data sources -------------------------------------------------------------------------------
_SOURCE_COLUMNS = (
    "id, topic_id, name, owner, municipality_id, availability, quality_remark, privacy_remark"
)


def _source(row: sqlite3.Row) -> DataSource:
    return DataSource(
        id=row["id"],
        topic_id=row["topic_id"],
        name=row["name"],
        owner=row["owner"],
        municipality_id=row["municipality_id"],
        availability=Availability(row["availability"]),
        quality_remark=row["quality_remark"],
        privacy_remark=row["privacy_remark"],
    )


def _source_values(source: DataSource) -> dict[str, object]:
    return {
        "id": source.id,
        "topic_id": source.topic_id,
        "name": source.name,
        "owner": source.owner,
        "municipality_id": source.municipality_id,
        "availability": source.availability.value,
        "quality_remark": source.quality_remark,
        "privacy_remark": source.privacy_remark,
    }


def list_data_sources(project_file: ProjectFile, topic_id: str | None = None) -> list[DataSource]:
    rows = rows_of_topic(project_file, "data_source", _SOURCE_COLUMNS, topic_id)
    return [_source(row) for row in rows]


def _valid_source(project_file: ProjectFile, source: DataSource) -> DataSource:
    return validate_data_source(source, known_ids(project_file, "municipality"))


def add_data_source(project_file: ProjectFile, source: DataSource) -> DataSource:
    source = _valid_source(project_file, source)
    check_topic(project_file, source.topic_id)
    insert_item(project_file, "data_source", source.id, _source_values(source))
    return source


def update_data_source(project_file: ProjectFile, source: DataSource) -> DataSource:
    """Change a data source (its topic stays); undo: update with the source as it was."""
    source = _valid_source(project_file, source)
    values = _source_values(source)
    del values["topic_id"]
    update_item(project_file, "data_source", source.id, values)
    return source


def delete_data_source(project_file: ProjectFile, source_id: str) -> RemovedItem:
    return remove_item(project_file, "data_source", source_id)


# -- roles --------------------------------------------------------------------------------------
_ROLE_COLUMNS = "id, topic_id, role, person, hours_per_week"


def _role(row: sqlite3.Row) -> WheelRole:
    return WheelRole(
        id=row["id"],
        topic_id=row["topic_id"],
        role=row["role"],
        person=row["person"],
        hours_per_week=Decimal(row["hours_per_week"]),
    )


def _role_values(role: WheelRole) -> dict[str, object]:
    return {
        "id": role.id,
        "topic_id": role.topic_id,
        "role": role.role,
        "person": role.person,
        "hours_per_week": str(role.hours_per_week),
    }


def list_roles(project_file: ProjectFile, topic_id: str | None = None) -> list[WheelRole]:
    return [
        _role(row) for row in rows_of_topic(project_file, "wheel_role", _ROLE_COLUMNS, topic_id)
    ]


def add_role(project_file: ProjectFile, role: WheelRole) -> WheelRole:
    role = validate_role(role)
    check_topic(project_file, role.topic_id)
    insert_item(project_file, "wheel_role", role.id, _role_values(role))
    return role


def update_role(project_file: ProjectFile, role: WheelRole) -> WheelRole:
    """Change a role (its topic stays); undo: update with the role as it was."""
    role = validate_role(role)
    values = _role_values(role)
    del values["topic_id"]
    update_item(project_file, "wheel_role", role.id, values)
    return role


def delete_role(project_file: ProjectFile, role_id: str) -> RemovedItem:
    return remove_item(project_file, "wheel_role", role_id)


# -- actions ------------------------------------------------------------------------------------
_ACTION_COLUMNS = "id, topic_id, action, owner, due_on, done"


def _action(row: sqlite3.Row) -> WheelAction:
    return WheelAction(
        id=row["id"],
        topic_id=row["topic_id"],
        action=row["action"],
        owner=row["owner"],
        due_on=text_to_date(row["due_on"]),
        done=bool(row["done"]),
    )


def _action_values(action: WheelAction) -> dict[str, object]:
    return {
        "id": action.id,
        "topic_id": action.topic_id,
        "action": action.action,
        "owner": action.owner,
        "due_on": date_to_text(action.due_on),
        "done": int(action.done),
    }


def list_actions(project_file: ProjectFile, topic_id: str | None = None) -> list[WheelAction]:
    rows = rows_of_topic(project_file, "wheel_action", _ACTION_COLUMNS, topic_id)
    return [_action(row) for row in rows]


def add_action(project_file: ProjectFile, action: WheelAction) -> WheelAction:
    action = validate_action(action)
    check_topic(project_file, action.topic_id)
    insert_item(project_file, "wheel_action", action.id, _action_values(action))
    return action


def update_action(project_file: ProjectFile, action: WheelAction) -> WheelAction:
    """Change an action (its topic stays); undo: update with the action as it was."""
    action = validate_action(action)
    values = _action_values(action)
    del values["topic_id"]
    update_item(project_file, "wheel_action", action.id, values)
    return action


def set_action_done(project_file: ProjectFile, action_id: str, done: bool) -> bool:
    """Tick an action off (or on again); returns the previous value (for undo)."""
    check_item(project_file, "wheel_action", action_id)
    previous = bool(
        project_file.query("SELECT done FROM wheel_action WHERE id = ?", (action_id,))[0][0]
    )
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE wheel_action SET done = ?, updated_at = ? WHERE id = ?",
            (int(done), utc_now(), action_id),
        )
    project_file.notify("wheel_action", [action_id])
    return previous


def delete_action(project_file: ProjectFile, action_id: str) -> RemovedItem:
    return remove_item(project_file, "wheel_action", action_id)


# -- the wheel ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Wheel:
    """A topic's wheel: its items and their readiness."""

    topic_id: str
    data_sources: tuple[DataSource, ...]
    roles: tuple[WheelRole, ...]
    actions: tuple[WheelAction, ...]

    @property
    def readiness(self) -> WheelReadiness:
        return wheel_readiness(self.data_sources, self.roles, self.actions)


def get_wheel(project_file: ProjectFile, topic_id: str) -> Wheel:
    check_topic(project_file, topic_id)
    return Wheel(
        topic_id,
        tuple(list_data_sources(project_file, topic_id)),
        tuple(list_roles(project_file, topic_id)),
        tuple(list_actions(project_file, topic_id)),
    )


def wheels_by_topic(project_file: ProjectFile) -> dict[str, Wheel]:
    """Every topic's wheel (an empty one for a topic without items), read in three queries."""
    sources: dict[str, list[DataSource]] = {}
    roles: dict[str, list[WheelRole]] = {}
    actions: dict[str, list[WheelAction]] = {}
    for source in list_data_sources(project_file):
        sources.setdefault(source.topic_id, []).append(source)
    for role in list_roles(project_file):
        roles.setdefault(role.topic_id, []).append(role)
    for action in list_actions(project_file):
        actions.setdefault(action.topic_id, []).append(action)
    return {
        topic_id: Wheel(
            topic_id,
            tuple(sources.get(topic_id, ())),
            tuple(roles.get(topic_id, ())),
            tuple(actions.get(topic_id, ())),
        )
        for (topic_id,) in project_file.query("SELECT id FROM topic")
    }
