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

# Issue 5: the budget, cost-sharing keys, partner scenarios and funding. Money is whole cents;
# hours and percentages are whole hundredths (12,5 hours → 1250; 33,33% → 3333): exact, never
# floats. An existing project gets the default phases, cost categories and keys a new one
# starts with; the names are frozen here, as written in version 3.
_NAMED_LIST = f"""(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        position INTEGER NOT NULL DEFAULT 0,
        {_TIMESTAMPS})"""


def _insert_names(table: str, names: tuple[str, ...], extra: str = "", values: str = "") -> str:
    rows = " UNION ALL ".join(
        f"SELECT '{name}' AS name, {position} AS position" for position, name in enumerate(names)
    )
    return f"""INSERT INTO {table} (id, name, position{extra}, created_at, updated_at)
        SELECT {_SQL_UUID}, name, position{values}, {_SQL_NOW}, {_SQL_NOW}
        FROM ({rows}) WHERE EXISTS (SELECT 1 FROM project)"""


MIGRATION_3: Migration = (
    f"CREATE TABLE phase {_NAMED_LIST}",
    f"CREATE TABLE cost_category {_NAMED_LIST}",
    f"""CREATE TABLE rate (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        cents INTEGER NOT NULL CHECK (cents > 0),
        is_internal INTEGER NOT NULL DEFAULT 1 CHECK (is_internal IN (0, 1)),
        {_TIMESTAMPS})""",
    # Used by lines of hours without a rate of their own.
    "ALTER TABLE project ADD COLUMN default_rate_id TEXT REFERENCES rate(id) ON DELETE SET NULL",
    # Hours × rate (kind 'hours') or a fixed amount (kind 'fixed'); borne_by NULL: the shared
    # pool. municipality_id and role: whose staff give the hours, in which role.
    f"""CREATE TABLE budget_line (
        id TEXT PRIMARY KEY,
        description TEXT NOT NULL CHECK (length(trim(description)) > 0),
        phase_id TEXT NOT NULL REFERENCES phase(id) ON DELETE RESTRICT,
        category_id TEXT NOT NULL REFERENCES cost_category(id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('hours', 'fixed')),
        hours_hundredths INTEGER NOT NULL DEFAULT 0 CHECK (hours_hundredths >= 0),
        rate_id TEXT REFERENCES rate(id) ON DELETE RESTRICT,
        fixed_cents INTEGER NOT NULL DEFAULT 0 CHECK (fixed_cents >= 0),
        borne_by_municipality_id TEXT REFERENCES municipality(id) ON DELETE RESTRICT,
        role TEXT NOT NULL DEFAULT '',
        municipality_id TEXT REFERENCES municipality(id) ON DELETE RESTRICT,
        hours_per_week_hundredths INTEGER CHECK (hours_per_week_hundredths >= 0),
        weeks INTEGER CHECK (weeks >= 0),
        {_TIMESTAMPS},
        CHECK (kind = 'hours' OR (hours_hundredths = 0 AND rate_id IS NULL
            AND municipality_id IS NULL AND hours_per_week_hundredths IS NULL AND weeks IS NULL)),
        CHECK (kind = 'fixed' OR fixed_cents = 0))""",
    f"""CREATE TABLE cost_key (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        method TEXT NOT NULL CHECK (method IN ('equal', 'inhabitants', 'custom')),
        position INTEGER NOT NULL DEFAULT 0,
        {_TIMESTAMPS})""",
    # Only for method 'custom'; the percentages of a key add up to 100% (10000).
    """CREATE TABLE cost_key_share (
        key_id TEXT NOT NULL REFERENCES cost_key(id) ON DELETE CASCADE,
        municipality_id TEXT NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 0 AND 10000),
        PRIMARY KEY (key_id, municipality_id))""",
    f"""CREATE TABLE scenario (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        key_id TEXT NOT NULL REFERENCES cost_key(id) ON DELETE RESTRICT,
        is_proposal INTEGER NOT NULL DEFAULT 0 CHECK (is_proposal IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0,
        {_TIMESTAMPS})""",
    # At most one proposal; the store keeps exactly one while there are scenarios.
    "CREATE UNIQUE INDEX scenario_one_proposal ON scenario(is_proposal) WHERE is_proposal = 1",
    """CREATE TABLE scenario_member (
        scenario_id TEXT NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        municipality_id TEXT NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
        PRIMARY KEY (scenario_id, municipality_id))""",
    # A cost category with a key of its own in a scenario.
    """CREATE TABLE scenario_category_key (
        scenario_id TEXT NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        category_id TEXT NOT NULL REFERENCES cost_category(id) ON DELETE CASCADE,
        key_id TEXT NOT NULL REFERENCES cost_key(id) ON DELETE RESTRICT,
        PRIMARY KEY (scenario_id, category_id))""",
    # municipality_id NULL: general funding; scenario_id NULL: counts in every scenario.
    f"""CREATE TABLE funding_source (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('municipal', 'provincial', 'regional', 'other')),
        amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
        municipality_id TEXT REFERENCES municipality(id) ON DELETE RESTRICT,
        scenario_id TEXT REFERENCES scenario(id) ON DELETE CASCADE,
        {_TIMESTAMPS},
        CHECK (kind <> 'municipal' OR municipality_id IS NOT NULL))""",
    "CREATE INDEX budget_line_phase ON budget_line(phase_id)",
    "CREATE INDEX budget_line_category ON budget_line(category_id)",
    "CREATE INDEX budget_line_rate ON budget_line(rate_id)",
    "CREATE INDEX budget_line_borne_by ON budget_line(borne_by_municipality_id)",
    "CREATE INDEX budget_line_municipality ON budget_line(municipality_id)",
    "CREATE INDEX cost_key_share_municipality ON cost_key_share(municipality_id)",
    "CREATE INDEX scenario_key ON scenario(key_id)",
    "CREATE INDEX scenario_member_municipality ON scenario_member(municipality_id)",
    "CREATE INDEX scenario_category_key_key ON scenario_category_key(key_id)",
    "CREATE INDEX scenario_category_key_category ON scenario_category_key(category_id)",
    "CREATE INDEX funding_source_municipality ON funding_source(municipality_id)",
    "CREATE INDEX funding_source_scenario ON funding_source(scenario_id)",
    _insert_names("phase", ("1 Samenwerking inrichten", "2 Voorbereiding", "3 Pilot")),
    _insert_names(
        "cost_category",
        (
            "interne uren",
            "externe inhuur",
            "opleiding",
            "tooling en licenties",
            "communicatie",
            "overig",
        ),
    ),
    _insert_names(
        "cost_key",
        ("Gelijke delen", "Naar inwoners"),
        ", method",
        ", CASE position WHEN 0 THEN 'equal' ELSE 'inhabitants' END",
    ),
)

# Issue 4: topics, the DGW wheel, the steering committee and its append-only decision log.
MIGRATION_4: Migration = (
    f"""CREATE TABLE topic (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        domain_id TEXT REFERENCES domain(id) ON DELETE RESTRICT,
        strategic_question TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'idea'
            CHECK (status IN ('idea', 'proposed', 'chosen', 'rejected', 'on-hold')),
        marked_for_proposal INTEGER NOT NULL DEFAULT 0 CHECK (marked_for_proposal IN (0, 1)),
        {_TIMESTAMPS})""",
    # The themes and challenges a topic grew from; they themselves are left as they are.
    f"""CREATE TABLE topic_origin (
        id TEXT PRIMARY KEY,
        topic_id TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        {_TARGET},
        position INTEGER NOT NULL DEFAULT 0,
        {_TIMESTAMPS},
        {_ONE_TARGET})""",
    f"""CREATE TABLE topic_risk (
        id TEXT PRIMARY KEY,
        topic_id TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        description TEXT NOT NULL CHECK (length(trim(description)) > 0),
        likelihood {_SCORE_1_TO_5.format(column="likelihood")},
        impact {_SCORE_1_TO_5.format(column="impact")},
        mitigation TEXT NOT NULL DEFAULT '',
        {_TIMESTAMPS})""",
    # Baseline and target: a Decimal as text (is_number 1) or free text (0).
    f"""CREATE TABLE topic_kpi (
        id TEXT PRIMARY KEY,
        topic_id TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        unit TEXT NOT NULL DEFAULT '',
        baseline TEXT NOT NULL DEFAULT '',
        baseline_is_number INTEGER NOT NULL DEFAULT 0 CHECK (baseline_is_number IN (0, 1)),
        target TEXT NOT NULL DEFAULT '',
        target_is_number INTEGER NOT NULL DEFAULT 0 CHECK (target_is_number IN (0, 1)),
        measured_before INTEGER NOT NULL DEFAULT 0 CHECK (measured_before IN (0, 1)),
        measured_during INTEGER NOT NULL DEFAULT 0 CHECK (measured_during IN (0, 1)),
        measured_after INTEGER NOT NULL DEFAULT 0 CHECK (measured_after IN (0, 1)),
        {_TIMESTAMPS},
        CHECK (measured_before + measured_during + measured_after > 0))""",
    f"""CREATE TABLE data_source (
        id TEXT PRIMARY KEY,
        topic_id TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        owner TEXT NOT NULL DEFAULT '',
        municipality_id TEXT REFERENCES municipality(id) ON DELETE SET NULL,
        availability TEXT NOT NULL DEFAULT 'unavailable'
            CHECK (availability IN ('available', 'partial', 'unavailable')),
        quality_remark TEXT NOT NULL DEFAULT '',
        privacy_remark TEXT NOT NULL DEFAULT '',
        {_TIMESTAMPS})""",
    # Hours a week as an exact decimal in text ('4.5').
    f"""CREATE TABLE wheel_role (
        id TEXT PRIMARY KEY,
        topic_id TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (length(trim(role)) > 0),
        person TEXT NOT NULL DEFAULT '',
        hours_per_week TEXT NOT NULL DEFAULT '0',
        {_TIMESTAMPS})""",
    f"""CREATE TABLE wheel_action (
        id TEXT PRIMARY KEY,
        topic_id TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        action TEXT NOT NULL CHECK (length(trim(action)) > 0),
        owner TEXT NOT NULL DEFAULT '',
        due_on TEXT,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        {_TIMESTAMPS})""",
    # Members present and agenda items: one per line.
    f"""CREATE TABLE meeting (
        id TEXT PRIMARY KEY,
        held_on TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        members_present TEXT NOT NULL DEFAULT '',
        agenda_items TEXT NOT NULL DEFAULT '',
        {_TIMESTAMPS})""",
    """CREATE TABLE meeting_proposal (
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        topic_id TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (meeting_id, topic_id))""",
    # Append-only: no row is ever updated or deleted (the triggers below), a correction is a
    # new row naming the one it replaces, and a decision is replaced at most once (UNIQUE).
    f"""CREATE TABLE decision (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
        decided_on TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        chosen_topic_id TEXT REFERENCES topic(id) ON DELETE RESTRICT,
        others_outcome TEXT NOT NULL DEFAULT 'on-hold'
            CHECK (others_outcome IN ('on-hold', 'rejected')),
        rationale TEXT NOT NULL DEFAULT '',
        review_on TEXT,
        replaces_decision_id TEXT UNIQUE REFERENCES decision(id) ON DELETE RESTRICT,
        {_TIMESTAMPS})""",
    """CREATE TRIGGER decision_never_updated BEFORE UPDATE ON decision
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only: record a correction'); END""",
    """CREATE TRIGGER decision_never_deleted BEFORE DELETE ON decision
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only: record a correction'); END""",
    "CREATE INDEX topic_domain ON topic(domain_id)",
    "CREATE INDEX topic_origin_topic ON topic_origin(topic_id)",
    "CREATE UNIQUE INDEX topic_origin_challenge ON topic_origin(topic_id, challenge_id) "
    "WHERE challenge_id IS NOT NULL",
    "CREATE UNIQUE INDEX topic_origin_theme ON topic_origin(topic_id, theme_id) "
    "WHERE theme_id IS NOT NULL",
    "CREATE INDEX topic_origin_by_challenge ON topic_origin(challenge_id)",
    "CREATE INDEX topic_origin_by_theme ON topic_origin(theme_id)",
    "CREATE INDEX topic_risk_topic ON topic_risk(topic_id)",
    "CREATE INDEX topic_kpi_topic ON topic_kpi(topic_id)",
    "CREATE INDEX data_source_topic ON data_source(topic_id)",
    "CREATE INDEX data_source_municipality ON data_source(municipality_id)",
    "CREATE INDEX wheel_role_topic ON wheel_role(topic_id)",
    "CREATE INDEX wheel_action_topic ON wheel_action(topic_id)",
    "CREATE INDEX meeting_proposal_topic ON meeting_proposal(topic_id)",
    "CREATE INDEX decision_meeting ON decision(meeting_id)",
    "CREATE INDEX decision_chosen_topic ON decision(chosen_topic_id)",
)

MIGRATIONS: tuple[Migration, ...] = (MIGRATION_1, MIGRATION_2, MIGRATION_3, MIGRATION_4)
SCHEMA_VERSION = len(MIGRATIONS)
