"""Themes (thema's/clusters): groups of related challenges.

A theme groups, never replaces: dissolving or merging themes keeps every challenge. Each
change returns what its undo needs, and the matching ``restore_*`` puts the rows back as
they were (same ids, same timestamps).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dgw_desktop.domain.entities import Challenge, Theme
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.domain.validation import validate_theme
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.store.project_file import ProjectFile, utc_now
from dgw_desktop.store.rows import known_ids, stamp
from dgw_desktop.store.saved_rows import SavedRows, insert_rows, save_rows, save_rows_with_ids
from dgw_desktop.store.targets import TARGET_TABLES

# (challenge id, theme id, updated_at): a challenge's membership, to put back exactly.
Membership = tuple[str, str | None, str]


def _theme(row: sqlite3.Row) -> Theme:
    return Theme(
        id=row["id"],
        name=row["name"],
        domain_id=row["domain_id"],
        description=row["description"],
    )


def list_themes(project_file: ProjectFile) -> list[Theme]:
    """All themes by domain (cross-domain themes last), then by name."""
    rows = project_file.query(
        "SELECT theme.id, theme.name, theme.domain_id, theme.description FROM theme "
        "LEFT JOIN domain ON domain.id = theme.domain_id "
        "ORDER BY domain.position IS NULL, domain.position, theme.name COLLATE NOCASE"
    )
    return [_theme(row) for row in rows]


def get_theme(project_file: ProjectFile, theme_id: str) -> Theme | None:
    rows = project_file.query(
        "SELECT id, name, domain_id, description FROM theme WHERE id = ?", (theme_id,)
    )
    return _theme(rows[0]) if rows else None


def _existing(project_file: ProjectFile, theme_id: str) -> Theme:
    theme = get_theme(project_file, theme_id)
    if theme is None:
        raise ValidationError(
            "theme_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the project's themes.")
        )
    return theme


def _validated(project_file: ProjectFile, theme: Theme) -> Theme:
    return validate_theme(theme, known_ids(project_file, "domain"), list_themes(project_file))


def add_theme(project_file: ProjectFile, theme: Theme) -> Theme:
    theme = _validated(project_file, theme)
    with project_file.transaction() as connection:
        connection.execute(
            "INSERT INTO theme (id, name, domain_id, description, created_at, updated_at) "
            "VALUES (:id, :name, :domain_id, :description, :created_at, :updated_at)",
            {
                "id": theme.id,
                "name": theme.name,
                "domain_id": theme.domain_id,
                "description": theme.description,
                **stamp(),
            },
        )
    project_file.notify("theme", [theme.id])
    return theme


def update_theme(project_file: ProjectFile, theme: Theme) -> Theme:
    """Change name, domain or description (undo: update with the theme as it was)."""
    _existing(project_file, theme.id)
    theme = _validated(project_file, theme)
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE theme SET name = ?, domain_id = ?, description = ?, updated_at = ? "
            "WHERE id = ?",
            (theme.name, theme.domain_id, theme.description, utc_now(), theme.id),
        )
    project_file.notify("theme", [theme.id])
    return theme


def rename_theme(project_file: ProjectFile, theme_id: str, name: str) -> Theme:
    """Rename a theme; returns it renamed (undo: rename back to the old name)."""
    theme = _existing(project_file, theme_id)
    return update_theme(project_file, dataclasses.replace(theme, name=name))


# -- membership -------------------------------------------------------------------------------
def _memberships(project_file: ProjectFile, theme_ids: Sequence[str]) -> tuple[Membership, ...]:
    saved = save_rows_with_ids(project_file, "challenge", "theme_id", theme_ids)
    return tuple(
        (str(row["id"]), str(row["theme_id"]), str(row["updated_at"]))
        for row in saved.rows("challenge")
    )


def _put_memberships(connection: sqlite3.Connection, memberships: Sequence[Membership]) -> None:
    connection.executemany(
        "UPDATE challenge SET theme_id = ?, updated_at = ? WHERE id = ?",
        [
            (theme_id, updated_at, challenge_id)
            for challenge_id, theme_id, updated_at in memberships
        ],
    )


def assign_challenges(
    project_file: ProjectFile, theme_id: str | None, challenge_ids: Sequence[str]
) -> dict[str, str | None]:
    """Put challenges in a theme (None: take them out of any theme).

    Returns challenge id → its previous theme id, for ``restore_assignments``.
    """
    if theme_id is not None:
        _existing(project_file, theme_id)
    wanted = list(dict.fromkeys(challenge_ids))
    previous: dict[str, str | None] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = project_file.query(
            f"SELECT id, theme_id FROM challenge WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        previous.update({row[0]: row[1] for row in rows})
    if len(previous) != len(wanted):
        raise ValidationError(
            "challenge_ids",
            QT_TRANSLATE_NOOP("Validation", "Choose challenges of this project."),
        )
    now = utc_now()
    with project_file.transaction() as connection:
        connection.executemany(
            "UPDATE challenge SET theme_id = ?, updated_at = ? WHERE id = ?",
            [(theme_id, now, challenge_id) for challenge_id in wanted],
        )
    project_file.notify("challenge", wanted)
    project_file.notify("theme")
    return {challenge_id: previous[challenge_id] for challenge_id in wanted}


def restore_assignments(project_file: ProjectFile, previous: Mapping[str, str | None]) -> None:
    """Undo of ``assign_challenges``: every challenge back in its previous theme (or none)."""
    now = utc_now()
    with project_file.transaction() as connection:
        connection.executemany(
            "UPDATE challenge SET theme_id = ?, updated_at = ? WHERE id = ?",
            [(theme_id, now, challenge_id) for challenge_id, theme_id in previous.items()],
        )
    project_file.notify("challenge", list(previous))
    project_file.notify("theme")


# -- dissolve -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DissolvedTheme:
    """What ``dissolve_theme`` removed: the theme, its ratings and its challenges' membership."""

    theme: Theme
    memberships: tuple[Membership, ...]
    rows: SavedRows

    @property
    def challenge_ids(self) -> tuple[str, ...]:
        return tuple(membership[0] for membership in self.memberships)


def _ratings_of_themes(project_file: ProjectFile, theme_ids: Sequence[str]) -> SavedRows:
    saved = SavedRows()
    for table in TARGET_TABLES:
        saved = saved + save_rows_with_ids(project_file, table, "theme_id", theme_ids)
    return saved


def dissolve_theme(project_file: ProjectFile, theme_id: str) -> DissolvedTheme:
    """Delete a theme; its challenges stay, in no theme. Its votes, scores and place go."""
    theme = _existing(project_file, theme_id)
    memberships = _memberships(project_file, [theme_id])
    saved = save_rows(project_file, "theme", "id = ?", (theme_id,)) + _ratings_of_themes(
        project_file, [theme_id]
    )
    now = utc_now()
    with project_file.transaction() as connection:
        connection.execute(
            "UPDATE challenge SET theme_id = NULL, updated_at = ? WHERE theme_id = ?",
            (now, theme_id),
        )
        connection.execute("DELETE FROM theme WHERE id = ?", (theme_id,))
    _notify_all(project_file, [m[0] for m in memberships], saved)
    return DissolvedTheme(theme, memberships, saved)


def restore_theme(project_file: ProjectFile, dissolved: DissolvedTheme) -> None:
    """Undo of ``dissolve_theme``: the same theme, ratings and challenges, rows identical."""
    with project_file.transaction() as connection:
        insert_rows(connection, dissolved.rows)
        _put_memberships(connection, dissolved.memberships)
    _notify_all(project_file, list(dissolved.challenge_ids), dissolved.rows)


def _notify_all(project_file: ProjectFile, challenge_ids: Sequence[str], rows: SavedRows) -> None:
    project_file.notify("theme")
    if challenge_ids:
        project_file.notify("challenge", challenge_ids)
    for table in TARGET_TABLES:
        if rows.count(table):
            project_file.notify(table)


# -- merge ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MergedThemes:
    """What ``merge_themes`` changed, for ``restore_merged_themes``."""

    target: Theme
    sources: tuple[Theme, ...]
    memberships: tuple[Membership, ...]  # the sources' challenges as they were
    rows: SavedRows  # the source themes and the ratings of target and sources as they were


def merge_themes(
    project_file: ProjectFile, target_id: str, source_ids: Sequence[str]
) -> MergedThemes:
    """Merge themes into ``target_id``: challenges, votes, scores and placement move over.

    Dots of a round are summed where target and source both had some. Where both have a
    score (same criterion and participant) or a placement, the target's stays; among
    sources the first in ``source_ids`` wins. The sources are deleted.
    """
    target = _existing(project_file, target_id)
    unique_sources = [i for i in dict.fromkeys(source_ids) if i != target_id]
    if not unique_sources:
        raise ValidationError(
            "source_ids",
            QT_TRANSLATE_NOOP("Validation", "Choose at least one other theme to merge."),
        )
    sources = tuple(_existing(project_file, source_id) for source_id in unique_sources)
    memberships = _memberships(project_file, unique_sources)
    saved = save_rows_with_ids(project_file, "theme", "id", unique_sources) + _ratings_of_themes(
        project_file, [target_id, *unique_sources]
    )
    now = utc_now()
    with project_file.transaction() as connection:
        for source_id in unique_sources:
            _move_ratings(connection, source_id, target_id, now)
            connection.execute(
                "UPDATE challenge SET theme_id = ?, updated_at = ? WHERE theme_id = ?",
                (target_id, now, source_id),
            )
        connection.executemany("DELETE FROM theme WHERE id = ?", [(i,) for i in unique_sources])
    _notify_all(project_file, [m[0] for m in memberships], saved)
    return MergedThemes(target, sources, memberships, saved)


def _move_ratings(connection: sqlite3.Connection, source: str, target: str, now: str) -> None:
    for vote_id, round_id, dots in connection.execute(
        "SELECT id, round_id, dots FROM vote WHERE theme_id = ?", (source,)
    ).fetchall():
        existing = connection.execute(
            "SELECT id FROM vote WHERE round_id = ? AND theme_id = ?", (round_id, target)
        ).fetchone()
        if existing:
            connection.execute(
                "UPDATE vote SET dots = dots + ?, updated_at = ? WHERE id = ?",
                (dots, now, existing[0]),
            )
            connection.execute("DELETE FROM vote WHERE id = ?", (vote_id,))
        else:
            connection.execute(
                "UPDATE vote SET theme_id = ?, updated_at = ? WHERE id = ?", (target, now, vote_id)
            )
    # Scores and placements that the target lacks move over; the others go with the source.
    connection.execute(
        "UPDATE score SET theme_id = :target, updated_at = :now WHERE theme_id = :source "
        "AND NOT EXISTS (SELECT 1 FROM score AS kept WHERE kept.theme_id = :target "
        "AND kept.criterion_id = score.criterion_id "
        "AND ifnull(kept.participant_id, '') = ifnull(score.participant_id, ''))",
        {"target": target, "source": source, "now": now},
    )
    connection.execute(
        "UPDATE placement SET theme_id = :target, updated_at = :now WHERE theme_id = :source "
        "AND NOT EXISTS (SELECT 1 FROM placement AS kept WHERE kept.theme_id = :target)",
        {"target": target, "source": source, "now": now},
    )
    # A topic that grew from a source theme now grows from the merged theme.
    connection.execute(
        "UPDATE topic_origin SET theme_id = :target, updated_at = :now WHERE theme_id = :source "
        "AND NOT EXISTS (SELECT 1 FROM topic_origin AS kept WHERE kept.theme_id = :target "
        "AND kept.topic_id = topic_origin.topic_id)",
        {"target": target, "source": source, "now": now},
    )


def restore_merged_themes(project_file: ProjectFile, merged: MergedThemes) -> None:
    """Undo of ``merge_themes``: sources, ratings and memberships back, rows identical."""
    with project_file.transaction() as connection:
        for table in TARGET_TABLES:
            connection.execute(f"DELETE FROM {table} WHERE theme_id = ?", (merged.target.id,))
        insert_rows(connection, merged.rows)
        _put_memberships(connection, merged.memberships)
    _notify_all(project_file, [m[0] for m in merged.memberships], merged.rows)


# -- summaries --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ThemeSummary:
    id: str
    name: str
    domain_id: str | None
    domain_name: str  # "" for a theme across domains
    description: str
    challenge_count: int
    municipality_ids: tuple[str, ...]  # municipalities sharing any of its challenges, by name

    @property
    def municipality_count(self) -> int:
        return len(self.municipality_ids)


def theme_summaries(project_file: ProjectFile) -> list[ThemeSummary]:
    """Per theme: its domain, how many challenges, and which municipalities share them."""
    counts = {
        row[0]: int(row[1])
        for row in project_file.query(
            "SELECT theme_id, count(*) FROM challenge WHERE theme_id IS NOT NULL GROUP BY theme_id"
        )
    }
    sharing: dict[str, list[str]] = {}
    for theme_id, municipality_id in project_file.query(
        "SELECT DISTINCT challenge.theme_id, municipality.id FROM challenge "
        "JOIN challenge_municipality AS link ON link.challenge_id = challenge.id "
        "JOIN municipality ON municipality.id = link.municipality_id "
        "WHERE challenge.theme_id IS NOT NULL ORDER BY municipality.name"
    ):
        sharing.setdefault(theme_id, []).append(municipality_id)
    domain_names = {row[0]: row[1] for row in project_file.query("SELECT id, name FROM domain")}
    return [
        ThemeSummary(
            id=theme.id,
            name=theme.name,
            domain_id=theme.domain_id,
            domain_name=domain_names.get(theme.domain_id or "", ""),
            description=theme.description,
            challenge_count=counts.get(theme.id, 0),
            municipality_ids=tuple(sharing.get(theme.id, ())),
        )
        for theme in list_themes(project_file)
    ]


def theme_members(project_file: ProjectFile) -> dict[str, list[Challenge]]:
    """The challenges in each theme: theme id → its challenges in the order they were captured.

    Reads only the challenges that are in a theme, however many challenges the file holds.
    """
    ids = [
        str(row[0])
        for row in project_file.query(
            "SELECT id FROM challenge WHERE theme_id IS NOT NULL ORDER BY created_at, rowid"
        )
    ]
    found: dict[str, Challenge] = {}
    for start in range(0, len(ids), 500):
        found.update((c.id, c) for c in list_challenges(project_file, ids=ids[start : start + 500]))
    members: dict[str, list[Challenge]] = {}
    for challenge_id in ids:
        challenge = found[challenge_id]
        members.setdefault(challenge.theme_id or "", []).append(challenge)
    return members
