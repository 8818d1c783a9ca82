"""Topics (onderwerpen): candidate pilot subjects, their origins and their status.

A topic names the themes and challenges it grew from (``topic_origin``); those stay exactly
as they were, and ``topics_grown_from`` finds the topics of a theme or challenge. The status
changes only by the rules of ``domain.topics`` (``change_topic_status``) and through
decisions of the steering committee (``store.steering``). Changes are notified as table
"topic" with the topic's id.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from dgw_desktop.domain.entities import Target, new_id
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.domain.topics import (
    COMMITTEE_STATUSES,
    Topic,
    TopicStatus,
    check_can_be_proposed,
    check_manual_transition,
    validate_topic,
)
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import known_ids, stamp
from dgw_desktop.store.saved_rows import SavedRows, insert_rows, save_rows
from dgw_desktop.store.targets import check_target, target_of, target_values
from dgw_desktop.store.topic_rows import TOPIC_ITEM_TABLES

_COLUMNS = (
    "topic.id, topic.title, topic.domain_id, topic.strategic_question, topic.description, "
    "topic.status, topic.marked_for_proposal"
)


def _origins(project_file: ProjectFile, topic_id: str | None) -> dict[str, tuple[Target, ...]]:
    where, params = ("WHERE topic_id = ?", (topic_id,)) if topic_id else ("", ())
    found: dict[str, list[Target]] = {}
    for row in project_file.query(
        f"SELECT topic_id, challenge_id, theme_id FROM topic_origin {where} "
        "ORDER BY position, created_at, rowid",
        params,
    ):
        found.setdefault(row["topic_id"], []).append(target_of(row))
    return {key: tuple(value) for key, value in found.items()}


def _topic(row: sqlite3.Row, origins: dict[str, tuple[Target, ...]]) -> Topic:
    return Topic(
        id=row["id"],
        title=row["title"],
        domain_id=row["domain_id"],
        strategic_question=row["strategic_question"],
        description=row["description"],
        status=TopicStatus(row["status"]),
        marked_for_proposal=bool(row["marked_for_proposal"]),
        origins=origins.get(row["id"], ()),
    )


def list_topics(project_file: ProjectFile) -> list[Topic]:
    """All topics by domain (cross-domain topics last), then by title."""
    rows = project_file.query(
        f"SELECT {_COLUMNS} FROM topic LEFT JOIN domain ON domain.id = topic.domain_id "
        "ORDER BY domain.position IS NULL, domain.position, topic.title COLLATE NOCASE"
    )
    origins = _origins(project_file, None)
    return [_topic(row, origins) for row in rows]


def get_topic(project_file: ProjectFile, topic_id: str) -> Topic | None:
    rows = project_file.query(f"SELECT {_COLUMNS} FROM topic WHERE id = ?", (topic_id,))
    return _topic(rows[0], _origins(project_file, topic_id)) if rows else None


def existing_topic(project_file: ProjectFile, topic_id: str) -> Topic:
    """The topic, or a ``ValidationError`` when it is not (or no longer) in the file."""
    topic = get_topic(project_file, topic_id)
    if topic is None:
        raise ValidationError(
            "topic_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the project's topics.")
        )
    return topic


def _validated(project_file: ProjectFile, topic: Topic) -> Topic:
    topic = validate_topic(topic, known_ids(project_file, "domain"))
    for origin in topic.origins:
        check_target(project_file, origin)
    return topic


def _write_origins(connection: sqlite3.Connection, topic: Topic) -> None:
    connection.execute("DELETE FROM topic_origin WHERE topic_id = ?", (topic.id,))
    for position, origin in enumerate(topic.origins):
        connection.execute(
            "INSERT INTO topic_origin (id, topic_id, challenge_id, theme_id, position,"
            " created_at, updated_at) VALUES (:id, :topic_id, :challenge_id, :theme_id,"
            " :position, :created_at, :updated_at)",
            {
                "id": new_id(),
                "topic_id": topic.id,
                **target_values(origin),
                "position": position,
                **stamp(),
            },
        )


def add_topic(project_file: ProjectFile, topic: Topic) -> Topic:
    """Add a topic as an idea, or as proposed when it has a strategic question.

    A committee status (chosen, rejected, on hold) is refused: only a decision gives it.
    """
    if topic.status in COMMITTEE_STATUSES:
        check_manual_transition(dataclasses.replace(topic, status=TopicStatus.IDEA), topic.status)
    topic = _validated(project_file, topic)
    check_can_be_proposed(topic, topic.status)
    with project_file.transaction() as connection:
        connection.execute(
            "INSERT INTO topic (id, title, domain_id, strategic_question, description, status,"
            " marked_for_proposal, created_at, updated_at) VALUES (:id, :title, :domain_id,"
            " :strategic_question, :description, :status, :marked, :created_at, :updated_at)",
            {**_values(topic), **stamp()},
        )
        _write_origins(connection, topic)
    project_file.notify("topic", [topic.id])
    return topic


def _values(topic: Topic) -> dict[str, object]:
    return {
        "id": topic.id,
        "title": topic.title,
        "domain_id": topic.domain_id,
        "strategic_question": topic.strategic_question,
        "description": topic.description,
        "status": topic.status.value,
        "marked": int(topic.marked_for_proposal),
    }


def update_topic(project_file: ProjectFile, topic: Topic) -> Topic:
    """Change title, domain, question, description, mark and origins; never the status.

    Returns the topic as stored (with its stored status). Undo: update with the old topic.
    """
    stored = existing_topic(project_file, topic.id)
    topic = _validated(project_file, dataclasses.replace(topic, status=stored.status))
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE topic SET title = :title, domain_id = :domain_id, "
            "strategic_question = :strategic_question, description = :description, "
            "marked_for_proposal = :marked, updated_at = :now WHERE id = :id",
            {**_values(topic), "now": utc_now()},
        )
        if topic.origins != stored.origins:
            _write_origins(connection, topic)
    project_file.notify("topic", [topic.id])
    return topic


def set_marked_for_proposal(project_file: ProjectFile, topic_id: str, marked: bool) -> bool:
    """Mark (or unmark) a topic to be proposed; returns the previous mark (for undo)."""
    topic = existing_topic(project_file, topic_id)
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE topic SET marked_for_proposal = ?, updated_at = ? WHERE id = ?",
            (int(marked), utc_now(), topic_id),
        )
    project_file.notify("topic", [topic_id])
    return topic.marked_for_proposal


def write_statuses(connection: sqlite3.Connection, statuses: dict[str, TopicStatus]) -> None:
    """Set statuses inside the caller's transaction (no rules: the caller applied them)."""
    now = utc_now()
    connection.executemany(
        "UPDATE topic SET status = ?, updated_at = ? WHERE id = ?",
        [(status.value, now, topic_id) for topic_id, status in statuses.items()],
    )


def change_topic_status(
    project_file: ProjectFile, topic_id: str, status: TopicStatus
) -> TopicStatus:
    """The project group's change of status (``domain.topics.MANUAL_TRANSITIONS``).

    Returns the previous status; undo with ``restore_topic_status``.
    """
    topic = existing_topic(project_file, topic_id)
    check_manual_transition(topic, status)
    with project_file.transaction() as connection:
        write_statuses(connection, {topic_id: status})
    project_file.notify("topic", [topic_id])
    return topic.status


def restore_topic_status(project_file: ProjectFile, topic_id: str, status: TopicStatus) -> None:
    """Undo of ``change_topic_status`` only: puts the previous status back without the rules
    (undoing "on hold → proposed" must give "on hold" again).

    Refused when a decision of the steering committee has changed the status since (a change
    by hand never gives chosen, rejected or on hold): decisions are not undone.
    """
    topic = existing_topic(project_file, topic_id)
    if topic.status in COMMITTEE_STATUSES:
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The steering committee has decided on topic “{title}” since; that change "
                "can no longer be undone.",
            ),
            title=topic.title,
        )
    with project_file.transaction() as connection:
        write_statuses(connection, {topic_id: status})
    project_file.notify("topic", [topic_id])


# -- delete -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RemovedTopic:
    """What ``delete_topic`` removed: the topic, its origins, items and meeting proposals."""

    topic: Topic
    rows: SavedRows


def delete_topic(project_file: ProjectFile, topic_id: str) -> RemovedTopic:
    """Delete a topic with its origins, risks, KPIs, wheel and proposals.

    Refused once the steering committee decided on it (chosen it, or decided at a meeting it
    was put to): the decision log keeps referring to it.
    """
    topic = existing_topic(project_file, topic_id)
    decided = project_file.query(
        "SELECT 1 FROM decision WHERE chosen_topic_id = :id OR meeting_id IN "
        "(SELECT meeting_id FROM meeting_proposal WHERE topic_id = :id) LIMIT 1",
        {"id": topic_id},
    )
    if decided:
        raise ValidationError(
            "topic_id",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The steering committee has decided on topic “{title}”; it stays, because "
                "the decision log refers to it.",
            ),
            title=topic.title,
        )
    saved = save_rows(project_file, "topic", "id = ?", (topic_id,))
    for table in ("topic_origin", *TOPIC_ITEM_TABLES, "meeting_proposal"):
        saved = saved + save_rows(project_file, table, "topic_id = ?", (topic_id,))
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM topic WHERE id = ?", (topic_id,))
    _notify_removed(project_file, topic_id, saved)
    return RemovedTopic(topic, saved)


def restore_topic(project_file: ProjectFile, removed: RemovedTopic) -> None:
    """Undo of ``delete_topic``: every row back as it was (ids, timestamps)."""
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    _notify_removed(project_file, removed.topic.id, removed.rows)


def _notify_removed(project_file: ProjectFile, topic_id: str, rows: SavedRows) -> None:
    project_file.notify("topic", [topic_id])
    for table in (*TOPIC_ITEM_TABLES, "meeting_proposal"):
        if rows.count(table):
            project_file.notify(table)


# -- traceability -------------------------------------------------------------------------------
def topics_grown_from(project_file: ProjectFile, target: Target) -> list[Topic]:
    """The topics that name this theme or challenge as an origin (by title)."""
    column = "challenge_id" if target.kind == "challenge" else "theme_id"
    ids = {
        row[0]
        for row in project_file.query(
            f"SELECT topic_id FROM topic_origin WHERE {column} = ?", (target.id,)
        )
    }
    return [topic for topic in list_topics(project_file) if topic.id in ids]


def topic_ids_by_origin(project_file: ProjectFile) -> dict[Target, tuple[str, ...]]:
    """Theme or challenge → the ids of the topics grown from it, for marking lists."""
    found: dict[Target, list[str]] = {}
    for row in project_file.query(
        "SELECT topic_id, challenge_id, theme_id FROM topic_origin ORDER BY created_at, rowid"
    ):
        found.setdefault(target_of(row), []).append(row["topic_id"])
    return {target: tuple(ids) for target, ids in found.items()}


def topics_by_status(project_file: ProjectFile, statuses: Sequence[TopicStatus]) -> list[Topic]:
    return [topic for topic in list_topics(project_file) if topic.status in statuses]
