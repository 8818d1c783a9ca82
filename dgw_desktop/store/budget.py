"""The budget in the file: phases, cost categories, budget lines, and the overview read model.

Hours are stored as whole hundredths (12,5 hours → 1250) and money as whole cents, so nothing
is ever a float. Amounts are not stored: a line refers to its rate, and ``budget_overview``
computes every amount, total and split from the rows (``domain.budget_overview``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TypeVar

from dgw_desktop.domain.budget import (
    DEFAULT_CATEGORIES,
    DEFAULT_PHASES,
    BudgetLine,
    CostCategory,
    Phase,
    from_hundredths,
    hundredths,
    validate_budget_line,
    validate_category,
    validate_phase,
)
from dgw_desktop.domain.budget_overview import BudgetOverview, build_budget_overview
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.store.cost_keys import add_default_keys, list_cost_keys
from dgw_desktop.store.funding import list_funding
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rates import get_default_rate_id, list_rates
from dgw_desktop.store.removed import Removed
from dgw_desktop.store.rows import known_ids, stamp
from dgw_desktop.store.saved_rows import insert_rows, save_rows, save_rows_with_ids
from dgw_desktop.store.scenarios import list_scenarios

Named = TypeVar("Named", Phase, CostCategory)


# -- phases and cost categories (the same shape: name and position) ---------------------------
def _list_named(project_file: ProjectFile, table: str, make: Callable[..., Named]) -> list[Named]:
    rows = project_file.query(
        f"SELECT id, name, position FROM {table} ORDER BY position, name COLLATE NOCASE"
    )
    return [make(id=row["id"], name=row["name"], position=row["position"]) for row in rows]


def list_phases(project_file: ProjectFile) -> list[Phase]:
    return _list_named(project_file, "phase", Phase)


def list_categories(project_file: ProjectFile) -> list[CostCategory]:
    return _list_named(project_file, "cost_category", CostCategory)


def _insert_named(project_file: ProjectFile, table: str, item: Phase | CostCategory) -> None:
    with project_file.transaction() as connection:
        connection.execute(
            f"INSERT INTO {table} (id, name, position, created_at, updated_at) "
            "VALUES (:id, :name, :position, :created_at, :updated_at)",
            {"id": item.id, "name": item.name, "position": item.position, **stamp()},
        )
    project_file.notify(table, [item.id])


def _update_named(project_file: ProjectFile, table: str, item: Phase | CostCategory) -> None:
    with project_file.transaction() as connection:
        changed = connection.execute(
            f"UPDATE {table} SET name = ?, position = ?, updated_at = ? WHERE id = ?",
            (item.name, item.position, utc_now(), item.id),
        ).rowcount
    if not changed:
        raise ValidationError("id", QT_TRANSLATE_NOOP("Validation", "This item no longer exists."))
    project_file.notify(table, [item.id])
    project_file.notify("budget_line")


def add_phase(project_file: ProjectFile, phase: Phase) -> Phase:
    phase = validate_phase(phase, list_phases(project_file))
    _insert_named(project_file, "phase", phase)
    return phase


def update_phase(project_file: ProjectFile, phase: Phase) -> Phase:
    """Rename or move a phase (undo: update with the phase as it was)."""
    phase = validate_phase(phase, list_phases(project_file))
    _update_named(project_file, "phase", phase)
    return phase


def add_category(project_file: ProjectFile, category: CostCategory) -> CostCategory:
    category = validate_category(category, list_categories(project_file))
    _insert_named(project_file, "cost_category", category)
    return category


def update_category(project_file: ProjectFile, category: CostCategory) -> CostCategory:
    """Rename or move a cost category (undo: update with the category as it was)."""
    category = validate_category(category, list_categories(project_file))
    _update_named(project_file, "cost_category", category)
    return category


def _set_positions(
    project_file: ProjectFile, table: str, positions: dict[str, int]
) -> dict[str, int]:
    """Give the rows of ``table`` these positions; returns the positions they had (for undo)."""
    rows = project_file.query(f"SELECT id, position FROM {table}")
    before = {row["id"]: row["position"] for row in rows}
    if not set(positions) <= set(before):
        raise ValidationError("id", QT_TRANSLATE_NOOP("Validation", "This item no longer exists."))
    changed = [item_id for item_id, position in positions.items() if before[item_id] != position]
    with project_file.transaction() as connection:
        now = utc_now()
        for item_id in changed:
            connection.execute(
                f"UPDATE {table} SET position = ?, updated_at = ? WHERE id = ?",
                (positions[item_id], now, item_id),
            )
    if changed:
        project_file.notify(table, changed)
        project_file.notify("budget_line")
    return {item_id: before[item_id] for item_id in positions}


def set_phase_positions(project_file: ProjectFile, positions: dict[str, int]) -> dict[str, int]:
    """Reorder phases in one transaction (id → position); undo: call with what it returns."""
    return _set_positions(project_file, "phase", positions)


def set_category_positions(project_file: ProjectFile, positions: dict[str, int]) -> dict[str, int]:
    """Reorder cost categories in one transaction; undo: call with what it returns."""
    return _set_positions(project_file, "cost_category", positions)


def _lines_using(project_file: ProjectFile, column: str, value: str) -> int:
    return int(
        project_file.query(f"SELECT count(*) FROM budget_line WHERE {column} = ?", (value,))[0][0]
    )


def delete_phase(project_file: ProjectFile, phase_id: str) -> Removed[Phase]:
    """Delete a phase without budget lines; returns what ``restore_phase`` needs."""
    phase = next((p for p in list_phases(project_file) if p.id == phase_id), None)
    if phase is None:
        raise ValidationError(
            "phase_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the project's phases.")
        )
    used = _lines_using(project_file, "phase_id", phase_id)
    if used:
        raise ValidationError(
            "phase_id",
            QT_TRANSLATE_NOOP(
                "Validation", "Phase “{name}” has {count} budget lines; move or delete them first."
            ),
            name=phase.name,
            count=used,
        )
    saved = save_rows(project_file, "phase", "id = ?", (phase_id,))
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM phase WHERE id = ?", (phase_id,))
    project_file.notify("phase", [phase_id])
    return Removed(phase, saved)


def restore_phase(project_file: ProjectFile, removed: Removed[Phase]) -> None:
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    project_file.notify("phase", [removed.item.id])


def delete_category(project_file: ProjectFile, category_id: str) -> Removed[CostCategory]:
    """Delete a category without budget lines (and its keys in scenarios); for undo."""
    category = next((c for c in list_categories(project_file) if c.id == category_id), None)
    if category is None:
        raise ValidationError(
            "category_id",
            QT_TRANSLATE_NOOP("Validation", "Choose one of the project's cost categories."),
        )
    used = _lines_using(project_file, "category_id", category_id)
    if used:
        raise ValidationError(
            "category_id",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Cost category “{name}” has {count} budget lines; move or delete them first.",
            ),
            name=category.name,
            count=used,
        )
    saved = save_rows(project_file, "cost_category", "id = ?", (category_id,)) + save_rows(
        project_file, "scenario_category_key", "category_id = ?", (category_id,)
    )
    with project_file.transaction() as connection:
        connection.execute("DELETE FROM cost_category WHERE id = ?", (category_id,))
    project_file.notify("cost_category", [category_id])
    project_file.notify("scenario")
    return Removed(category, saved)


def restore_category(project_file: ProjectFile, removed: Removed[CostCategory]) -> None:
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    project_file.notify("cost_category", [removed.item.id])
    project_file.notify("scenario")


def add_default_budget_lists(project_file: ProjectFile) -> None:
    """The phases, cost categories and keys a new project starts with."""
    for position, name in enumerate(DEFAULT_PHASES):
        add_phase(project_file, Phase(name=name, position=position))
    for position, name in enumerate(DEFAULT_CATEGORIES):
        add_category(project_file, CostCategory(name=name, position=position))
    add_default_keys(project_file)


# -- budget lines -------------------------------------------------------------------------------
_LINE_COLUMNS = (
    "id, description, phase_id, category_id, kind, hours_hundredths, rate_id, fixed_cents, "
    "borne_by_municipality_id, role, municipality_id, hours_per_week_hundredths, weeks"
)


def _line(row: sqlite3.Row) -> BudgetLine:
    per_week = row["hours_per_week_hundredths"]
    return BudgetLine(
        id=row["id"],
        description=row["description"],
        phase_id=row["phase_id"],
        category_id=row["category_id"],
        kind=row["kind"],
        hours=from_hundredths(row["hours_hundredths"]),
        rate_id=row["rate_id"],
        fixed_cents=row["fixed_cents"],
        borne_by_id=row["borne_by_municipality_id"],
        role=row["role"],
        municipality_id=row["municipality_id"],
        hours_per_week=None if per_week is None else from_hundredths(per_week),
        weeks=row["weeks"],
    )


def _line_values(line: BudgetLine) -> dict[str, object]:
    return {
        "id": line.id,
        "description": line.description,
        "phase_id": line.phase_id,
        "category_id": line.category_id,
        "kind": line.kind,
        "hours_hundredths": hundredths(line.hours),
        "rate_id": line.rate_id,
        "fixed_cents": line.fixed_cents,
        "borne_by_municipality_id": line.borne_by_id,
        "role": line.role,
        "municipality_id": line.municipality_id,
        "hours_per_week_hundredths": (
            None if line.hours_per_week is None else hundredths(line.hours_per_week)
        ),
        "weeks": line.weeks,
    }


def list_budget_lines(project_file: ProjectFile) -> list[BudgetLine]:
    """All lines in the order they were entered (``budget_overview`` orders them by phase)."""
    rows = project_file.query(f"SELECT {_LINE_COLUMNS} FROM budget_line ORDER BY created_at, rowid")
    return [_line(row) for row in rows]


def get_budget_line(project_file: ProjectFile, line_id: str) -> BudgetLine:
    rows = project_file.query(f"SELECT {_LINE_COLUMNS} FROM budget_line WHERE id = ?", (line_id,))
    if not rows:
        raise ValidationError(
            "id", QT_TRANSLATE_NOOP("Validation", "This budget line no longer exists.")
        )
    return _line(rows[0])


def _validated(project_file: ProjectFile, line: BudgetLine) -> BudgetLine:
    return validate_budget_line(
        line,
        phase_ids=known_ids(project_file, "phase"),
        category_ids=known_ids(project_file, "cost_category"),
        rates={rate.id: rate for rate in list_rates(project_file)},
        default_rate_id=get_default_rate_id(project_file),
        municipality_ids=known_ids(project_file, "municipality"),
    )


def add_budget_line(project_file: ProjectFile, line: BudgetLine) -> BudgetLine:
    """Add a line; returns it as stored (hours = hours per week × weeks when both given)."""
    return add_budget_lines(project_file, [line])[0]


def add_budget_lines(project_file: ProjectFile, lines: Sequence[BudgetLine]) -> list[BudgetLine]:
    """Add several lines in one transaction: all or none."""
    validated = [_validated(project_file, line) for line in lines]
    with project_file.transaction() as connection:
        for line in validated:
            connection.execute(
                f"INSERT INTO budget_line ({_LINE_COLUMNS}, created_at, updated_at) VALUES "
                f"({', '.join(':' + c.strip() for c in _LINE_COLUMNS.split(','))}, "
                ":created_at, :updated_at)",
                {**_line_values(line), **stamp()},
            )
    project_file.notify("budget_line", [line.id for line in validated])
    return validated


def update_budget_line(project_file: ProjectFile, line: BudgetLine) -> BudgetLine:
    """Change a line (undo: update with the line as it was, from ``get_budget_line``)."""
    get_budget_line(project_file, line.id)
    line = _validated(project_file, line)
    assignments = ", ".join(f"{c.strip()} = :{c.strip()}" for c in _LINE_COLUMNS.split(",")[1:])
    with project_file.transaction() as connection:
        connection.execute(
            f"UPDATE budget_line SET {assignments}, updated_at = :updated_at WHERE id = :id",
            {**_line_values(line), "updated_at": utc_now()},
        )
    project_file.notify("budget_line", [line.id])
    return line


def delete_budget_lines(
    project_file: ProjectFile, line_ids: Sequence[str]
) -> Removed[tuple[BudgetLine, ...]]:
    """Delete lines; returns what ``restore_budget_lines`` needs."""
    wanted = list(dict.fromkeys(line_ids))
    lines = tuple(get_budget_line(project_file, line_id) for line_id in wanted)
    saved = save_rows_with_ids(project_file, "budget_line", "id", wanted)
    with project_file.transaction() as connection:
        connection.executemany("DELETE FROM budget_line WHERE id = ?", [(i,) for i in wanted])
    project_file.notify("budget_line", wanted)
    return Removed(lines, saved)


def restore_budget_lines(
    project_file: ProjectFile, removed: Removed[tuple[BudgetLine, ...]]
) -> None:
    """Undo of ``delete_budget_lines``: the same rows, ids and timestamps."""
    with project_file.transaction() as connection:
        insert_rows(connection, removed.rows)
    project_file.notify("budget_line", [line.id for line in removed.item])


def budget_usage(project_file: ProjectFile, municipality_id: str) -> int:
    """How many budget lines, key shares, scenarios and funding sources name a municipality."""
    row = project_file.query(
        "SELECT (SELECT count(*) FROM budget_line WHERE borne_by_municipality_id = :id "
        "OR municipality_id = :id) + "
        "(SELECT count(*) FROM cost_key_share WHERE municipality_id = :id) + "
        "(SELECT count(*) FROM scenario_member WHERE municipality_id = :id) + "
        "(SELECT count(*) FROM funding_source WHERE municipality_id = :id)",
        {"id": municipality_id},
    )[0]
    return int(row[0])


# -- the read model -------------------------------------------------------------------------------
def budget_overview(project_file: ProjectFile) -> BudgetOverview:
    """Lines with their amounts, totals, hours asked, every scenario's split and funding."""
    connection = project_file.connection
    own_transaction = not connection.in_transaction
    if own_transaction:
        connection.execute("BEGIN")
    try:
        return build_budget_overview(
            municipalities=list_municipalities(project_file),
            phases=list_phases(project_file),
            categories=list_categories(project_file),
            rates=list_rates(project_file),
            default_rate_id=get_default_rate_id(project_file),
            lines=list_budget_lines(project_file),
            keys=list_cost_keys(project_file),
            scenarios=list_scenarios(project_file),
            funding=list_funding(project_file),
        )
    finally:
        if own_transaction:
            connection.execute("COMMIT")
