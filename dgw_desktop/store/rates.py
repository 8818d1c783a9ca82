"""Hourly rates (tarieven) and the project's default internal rate.

Budget lines refer to a rate, they do not copy it: changing a rate changes the amount of
every line that uses it, and every total with it.
"""

from __future__ import annotations

import sqlite3

from dgw_desktop.domain.budget import Rate, validate_rate
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.removed import Removed
from dgw_desktop.store.rows import stamp
from dgw_desktop.store.saved_rows import insert_rows, save_rows

_COLUMNS = "id, name, cents, is_internal"


def _rate(row: sqlite3.Row) -> Rate:
    return Rate(
        id=row["id"], name=row["name"], cents=row["cents"], is_internal=bool(row["is_internal"])
    )


def list_rates(project_file: ProjectFile) -> list[Rate]:
    """Internal rates first, then external; each by name."""
    rows = project_file.query(
        f"SELECT {_COLUMNS} FROM rate ORDER BY is_internal DESC, name COLLATE NOCASE"
    )
    return [_rate(row) for row in rows]


def get_rate(project_file: ProjectFile, rate_id: str) -> Rate:
    rows = project_file.query(f"SELECT {_COLUMNS} FROM rate WHERE id = ?", (rate_id,))
    if not rows:
        raise ValidationError(
            "rate_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the project's rates.")
        )
    return _rate(rows[0])


def add_rate(project_file: ProjectFile, rate: Rate) -> Rate:
    rate = validate_rate(rate, list_rates(project_file))
    with project_file.transaction() as connection:
        connection.execute(
            f"INSERT INTO rate ({_COLUMNS}, created_at, updated_at) "
            "VALUES (:id, :name, :cents, :is_internal, :created_at, :updated_at)",
            {**_values(rate), **stamp()},
        )
    project_file.notify("rate", [rate.id])
    return rate


def _values(rate: Rate) -> dict[str, object]:
    return {
        "id": rate.id,
        "name": rate.name,
        "cents": rate.cents,
        "is_internal": int(rate.is_internal),
    }


def update_rate(project_file: ProjectFile, rate: Rate) -> Rate:
    """Change a rate; every line that uses it changes with it (undo: update with the old)."""
    get_rate(project_file, rate.id)
    rate = validate_rate(rate, list_rates(project_file))
    if not rate.is_internal and get_default_rate_id(project_file) == rate.id:
        raise ValidationError(
            "is_internal",
            QT_TRANSLATE_NOOP(
                "Validation", "The default internal rate cannot be an external rate."
            ),
        )
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE rate SET name = :name, cents = :cents, is_internal = :is_internal, "
            "updated_at = :updated_at WHERE id = :id",
            {**_values(rate), "updated_at": utc_now()},
        )
    project_file.notify("rate", [rate.id])
    project_file.notify("budget_line")  # their amounts changed
    return rate


def rate_usage(project_file: ProjectFile, rate_id: str) -> int:
    """How many budget lines use this rate (their own, or as the default they fall back on)."""
    row = project_file.query(
        "SELECT (SELECT count(*) FROM budget_line WHERE rate_id = :id) + "
        "(SELECT count(*) FROM budget_line WHERE kind = 'hours' AND rate_id IS NULL "
        " AND (SELECT default_rate_id FROM project) = :id)",
        {"id": rate_id},
    )[0]
    return int(row[0])


def delete_rate(project_file: ProjectFile, rate_id: str) -> Removed[Rate]:
    """Delete a rate no line uses; returns what ``restore_rate`` needs."""
    rate = get_rate(project_file, rate_id)
    used = rate_usage(project_file, rate_id)
    if used:
        raise ValidationError(
            "rate_id",
            QT_TRANSLATE_NOOP(
                "Validation", "Rate “{name}” is used by {count} budget lines; change them first."
            ),
            name=rate.name,
            count=used,
        )
    was_default = get_default_rate_id(project_file) == rate_id
    saved = save_rows(project_file, "rate", "id = ?", (rate_id,))
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM rate WHERE id = ?", (rate_id,))  # default → NULL
    project_file.notify("rate", [rate_id])
    if was_default:
        project_file.notify("project")
    return Removed(rate, saved, was_default=was_default)


def restore_rate(project_file: ProjectFile, removed: Removed[Rate]) -> None:
    """Undo of ``delete_rate``: the same row, and the default again if it was."""
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
        if removed.was_default:
            connection.execute("UPDATE project SET default_rate_id = ?", (removed.item.id,))
    project_file.notify("rate", [removed.item.id])
    if removed.was_default:
        project_file.notify("project")


def get_default_rate_id(project_file: ProjectFile) -> str | None:
    """The rate of lines of hours without a rate of their own (None: not chosen yet)."""
    rows = project_file.query("SELECT default_rate_id FROM project LIMIT 1")
    return rows[0][0] if rows else None


def set_default_rate(project_file: ProjectFile, rate_id: str | None) -> str | None:
    """Choose the default internal rate; returns the previous one (for undo)."""
    previous = get_default_rate_id(project_file)
    if rate_id is None:
        relying = project_file.query(
            "SELECT count(*) FROM budget_line WHERE kind = 'hours' AND rate_id IS NULL"
        )[0][0]
        if relying:
            raise ValidationError(
                "rate_id",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{count} budget lines use the default internal rate; it cannot be empty.",
                ),
                count=int(relying),
            )
    elif not get_rate(project_file, rate_id).is_internal:
        raise ValidationError(
            "rate_id",
            QT_TRANSLATE_NOOP(
                "Validation", "The default internal rate cannot be an external rate."
            ),
        )
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE project SET default_rate_id = ?, updated_at = ?", (rate_id, utc_now())
        )
    project_file.notify("project")
    project_file.notify("budget_line")
    return previous
