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

# A row about a challenge or a theme: exactly one of the two columns is set.
_TARGET = """challenge_id TEXT REFERENCES challenge(id) ON DELETE CASCADE,
        theme_id TEXT REFERENCES theme(id) ON DELETE CASCADE"""
_ONE_TARGET = "CHECK ((challenge_id IS NULL) <> (theme_id IS NULL))"
_SCORE_1_TO_5 = "INTEGER NOT NULL CHECK ({column} BETWEEN 1 AND 5)"

# A random UUID (version 4) and an ISO timestamp like utc_now()'s, in SQL.
_SQL_UUID = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)
_SQL_NOW = "strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000+00:00'"

# Issue 3: participants, themes, dot voting, criteria scoring, the impact–effort map.
MIGRATION_2: Migration = (
    "ALTER TABLE workshop ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
    # Empty: anonymous, the default.
    "ALTER TABLE challenge ADD COLUMN said_by TEXT NOT NULL DEFAULT ''",
    f"""CREATE TABLE participant (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
        name TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        municipality_id TEXT NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        {_TIMESTAMPS})""",
    f"""CREATE TABLE theme (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        domain_id TEXT REFERENCES domain(id) ON DELETE RESTRICT,
        description TEXT NOT NULL DEFAULT '',
        {_TIMESTAMPS})""",
    # A challenge is in at most one theme; dissolving the theme keeps the challenge.
    "ALTER TABLE challenge ADD COLUMN theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL",
    f"""CREATE TABLE vote_round (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        dots_per_participant INTEGER NOT NULL CHECK (dots_per_participant > 0),
        position INTEGER NOT NULL DEFAULT 0,
        {_TIMESTAMPS})""",
    f"""CREATE TABLE vote (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
        {_TARGET},
        dots INTEGER NOT NULL CHECK (dots >= 0),
        {_TIMESTAMPS},
        {_ONE_TARGET})""",
    f"""CREATE TABLE criterion (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        weight INTEGER NOT NULL CHECK (weight > 0),
        position INTEGER NOT NULL DEFAULT 0,
        {_TIMESTAMPS})""",
    f"""CREATE TABLE score (
        id TEXT PRIMARY KEY,
        criterion_id TEXT NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
        {_TARGET},
        participant_id TEXT REFERENCES participant(id) ON DELETE CASCADE,
        value {_SCORE_1_TO_5.format(column="value")},
        {_TIMESTAMPS},
        {_ONE_TARGET})""",
    f"""CREATE TABLE placement (
        id TEXT PRIMARY KEY,
        {_TARGET},
        impact {_SCORE_1_TO_5.format(column="impact")},
        effort {_SCORE_1_TO_5.format(column="effort")},
        {_TIMESTAMPS},
        {_ONE_TARGET})""",
    "CREATE INDEX challenge_theme ON challenge(theme_id)",
    "CREATE INDEX participant_workshop ON participant(workshop_id)",
    "CREATE INDEX participant_municipality ON participant(municipality_id)",
    "CREATE INDEX theme_domain ON theme(domain_id)",
    "CREATE INDEX vote_round_workshop ON vote_round(workshop_id)",
    "CREATE UNIQUE INDEX vote_round_challenge ON vote(round_id, challenge_id) "
    "WHERE challenge_id IS NOT NULL",
    "CREATE UNIQUE INDEX vote_round_theme ON vote(round_id, theme_id) WHERE theme_id IS NOT NULL",
    # One score per criterion, target and participant; NULL (consensus) counts as one value.
    "CREATE UNIQUE INDEX score_challenge ON score(criterion_id, challenge_id, "
    "ifnull(participant_id, '')) WHERE challenge_id IS NOT NULL",
    "CREATE UNIQUE INDEX score_theme ON score(criterion_id, theme_id, "
    "ifnull(participant_id, '')) WHERE theme_id IS NOT NULL",
    "CREATE INDEX score_participant ON score(participant_id)",
    # Deleting a challenge or theme finds its votes and scores without a scan.
    "CREATE INDEX vote_by_challenge ON vote(challenge_id)",
    "CREATE INDEX vote_by_theme ON vote(theme_id)",
    "CREATE INDEX score_by_challenge ON score(challenge_id)",
    "CREATE INDEX score_by_theme ON score(theme_id)",
    "CREATE UNIQUE INDEX placement_challenge ON placement(challenge_id) "
    "WHERE challenge_id IS NOT NULL",
    "CREATE UNIQUE INDEX placement_theme ON placement(theme_id) WHERE theme_id IS NOT NULL",
    # An existing project gets the default criteria a new one starts with (a new, still empty
    # file gets them from new_project). The names are frozen here, as written in version 2.
    f"""INSERT INTO criterion (id, name, weight, position, created_at, updated_at)
        SELECT {_SQL_UUID}, name, 1, position, {_SQL_NOW}, {_SQL_NOW}
        FROM (SELECT 'Impact' AS name, 0 AS position UNION ALL
              SELECT 'Haalbaarheid', 1 UNION ALL
              SELECT 'Databeschikbaarheid', 2 UNION ALL
              SELECT 'Gedeeld door gemeenten', 3)
        WHERE EXISTS (SELECT 1 FROM project)""",
)

MIGRATIONS: tuple[Migration, ...] = (MIGRATION_1, MIGRATION_2)
SCHEMA_VERSION = len(MIGRATIONS)
