"""The schema of the ``.dgw`` file as an ordered list of migrations.

Migration *n* (1-based) brings a file from ``user_version`` n-1 to n. Released migrations are
never edited; a change of schema is a new migration plus a fixture in ``tests/fixtures``.
"""

from __future__ import annotations

# "DGWD" in ASCII: marks a SQLite file as ours (PRAGMA application_id).
APPLICATION_ID = 0x44475744

Migration = tuple[str, ...]

_TIMESTAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

MIGRATION_1: Migration = (
    f"""CREATE TABLE project (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        description TEXT NOT NULL DEFAULT '',
        {_TIMESTAMPS})""",
    f"""CREATE TABLE municipality (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        cbs_code TEXT NOT NULL UNIQUE,
        inhabitants INTEGER NOT NULL CHECK (inhabitants > 0),
        is_partner INTEGER NOT NULL DEFAULT 1 CHECK (is_partner IN (0, 1)),
        {_TIMESTAMPS})""",
    f"""CREATE TABLE domain (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        position INTEGER NOT NULL DEFAULT 0,
        {_TIMESTAMPS})""",
    f"""CREATE TABLE workshop (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        domain_id TEXT NOT NULL REFERENCES domain(id) ON DELETE RESTRICT,
        held_on TEXT,
        location TEXT NOT NULL DEFAULT '',
        facilitator TEXT NOT NULL DEFAULT '',
        {_TIMESTAMPS})""",
    """CREATE TABLE workshop_municipality (
        workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
        municipality_id TEXT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        PRIMARY KEY (workshop_id, municipality_id))""",
    f"""CREATE TABLE challenge (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        domain_id TEXT NOT NULL REFERENCES domain(id) ON DELETE RESTRICT,
        workshop_id TEXT REFERENCES workshop(id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        {_TIMESTAMPS})""",
    """CREATE TABLE challenge_municipality (
        challenge_id TEXT NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        municipality_id TEXT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        PRIMARY KEY (challenge_id, municipality_id))""",
    "CREATE INDEX challenge_domain ON challenge(domain_id)",
    "CREATE INDEX challenge_workshop ON challenge(workshop_id)",
    "CREATE INDEX challenge_municipality_by_municipality "
    "ON challenge_municipality(municipality_id)",
    "CREATE INDEX workshop_domain ON workshop(domain_id)",
)

MIGRATIONS: tuple[Migration, ...] = (MIGRATION_1,)
SCHEMA_VERSION = len(MIGRATIONS)
