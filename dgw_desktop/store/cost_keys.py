"""Cost-sharing keys (verdeelsleutels): equal shares, by inhabitants, or custom percentages.

A custom key's percentages are stored per municipality in hundredths of a percent (33,33% →
3333) and always add up to exactly 100%.
"""

from __future__ import annotations

from decimal import Decimal

from dgw_desktop.domain.cost_split import (
    DEFAULT_KEYS,
    CostKey,
    KeyShare,
    check_key_fits,
    validate_cost_key,
)
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.removed import Removed
from dgw_desktop.store.rows import known_ids, stamp
from dgw_desktop.store.saved_rows import insert_rows, save_rows


def list_cost_keys(project_file: ProjectFile) -> list[CostKey]:
    """All keys by position, then name; a custom key with its percentages."""
    shares: dict[str, list[KeyShare]] = {}
    for row in project_file.query(
        "SELECT share.key_id, share.municipality_id, share.basis_points FROM cost_key_share "
        "AS share JOIN municipality ON municipality.id = share.municipality_id "
        "ORDER BY municipality.name"
    ):
        percentage = (Decimal(row[2]) / 100).quantize(Decimal("0.01"))
        shares.setdefault(row[0], []).append(KeyShare(row[1], percentage))
    rows = project_file.query(
        "SELECT id, name, method, position FROM cost_key ORDER BY position, name COLLATE NOCASE"
    )
    return [
        CostKey(
            id=row["id"],
            name=row["name"],
            method=row["method"],
            position=row["position"],
            shares=tuple(shares.get(row["id"], ())),
        )
        for row in rows
    ]


def get_cost_key(project_file: ProjectFile, key_id: str) -> CostKey:
    key = next((k for k in list_cost_keys(project_file) if k.id == key_id), None)
    if key is None:
        raise ValidationError(
            "key_id",
            QT_TRANSLATE_NOOP("Validation", "Choose one of the project's cost-sharing keys."),
        )
    return key


def _validated(project_file: ProjectFile, key: CostKey) -> CostKey:
    return validate_cost_key(
        key, list_cost_keys(project_file), known_ids(project_file, "municipality")
    )


def _write_shares(project_file: ProjectFile, key: CostKey) -> None:
    connection = project_file.connection
    connection.execute("DELETE FROM cost_key_share WHERE key_id = ?", (key.id,))
    connection.executemany(
        "INSERT INTO cost_key_share (key_id, municipality_id, basis_points) VALUES (?, ?, ?)",
        [(key.id, share.municipality_id, int(share.percentage * 100)) for share in key.shares],
    )


def add_cost_key(project_file: ProjectFile, key: CostKey) -> CostKey:
    """Add a key; a custom key's percentages must add up to exactly 100%."""
    key = _validated(project_file, key)
    with project_file.transaction() as connection:
        connection.execute(
            "INSERT INTO cost_key (id, name, method, position, created_at, updated_at) "
            "VALUES (:id, :name, :method, :position, :created_at, :updated_at)",
            {
                "id": key.id,
                "name": key.name,
                "method": key.method,
                "position": key.position,
                **stamp(),
            },
        )
        _write_shares(project_file, key)
    project_file.notify("cost_key", [key.id])
    return key


def update_cost_key(project_file: ProjectFile, key: CostKey) -> CostKey:
    """Change name, method or percentages (undo: update with the key as it was).

    Refused when a scenario using the key would have no municipality left to share by it.
    """
    get_cost_key(project_file, key.id)
    key = _validated(project_file, key)
    _check_scenarios_fit(project_file, key)
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE cost_key SET name = ?, method = ?, position = ?, updated_at = ? WHERE id = ?",
            (key.name, key.method, key.position, utc_now(), key.id),
        )
        _write_shares(project_file, key)
    project_file.notify("cost_key", [key.id])
    project_file.notify("scenario")
    return key


def _check_scenarios_fit(project_file: ProjectFile, key: CostKey) -> None:
    municipalities = {m.id: m for m in list_municipalities(project_file)}
    scenario_ids = [
        row[0]
        for row in project_file.query(
            "SELECT id FROM scenario WHERE key_id = :id UNION "
            "SELECT scenario_id FROM scenario_category_key WHERE key_id = :id",
            {"id": key.id},
        )
    ]
    for scenario_id in scenario_ids:
        members = [
            municipalities[row[0]]
            for row in project_file.query(
                "SELECT municipality_id FROM scenario_member WHERE scenario_id = ?", (scenario_id,)
            )
        ]
        check_key_fits(key, members)


def key_usage(project_file: ProjectFile, key_id: str) -> int:
    """How many scenarios use this key (as their key or for a category)."""
    row = project_file.query(
        "SELECT count(*) FROM (SELECT id FROM scenario WHERE key_id = :id UNION "
        "SELECT scenario_id FROM scenario_category_key WHERE key_id = :id)",
        {"id": key_id},
    )[0]
    return int(row[0])


def delete_cost_key(project_file: ProjectFile, key_id: str) -> Removed[CostKey]:
    """Delete a key no scenario uses; returns what ``restore_cost_key`` needs."""
    key = get_cost_key(project_file, key_id)
    used = key_usage(project_file, key_id)
    if used:
        raise ValidationError(
            "key_id",
            QT_TRANSLATE_NOOP(
                "Validation", "Key “{name}” is used by {count} scenarios; change them first."
            ),
            name=key.name,
            count=used,
        )
    saved = save_rows(project_file, "cost_key", "id = ?", (key_id,)) + save_rows(
        project_file, "cost_key_share", "key_id = ?", (key_id,)
    )
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM cost_key WHERE id = ?", (key_id,))
    project_file.notify("cost_key", [key_id])
    return Removed(key, saved)


def restore_cost_key(project_file: ProjectFile, removed: Removed[CostKey]) -> None:
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    project_file.notify("cost_key", [removed.item.id])


def add_default_keys(project_file: ProjectFile) -> list[CostKey]:
    """ "Gelijke delen" and "Naar inwoners", as every new project has them."""
    return [
        add_cost_key(project_file, CostKey(name=name, method=method, position=position))
        for position, (name, method) in enumerate(DEFAULT_KEYS)
    ]
