"""The store: every write lands in the file, committed, before the call returns."""

from __future__ import annotations

import datetime
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from dgw_desktop.domain import demo_data
from dgw_desktop.domain.entities import (
    DEFAULT_DOMAINS,
    Challenge,
    Domain,
    Municipality,
    Project,
    Workshop,
)
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.scoring import DEFAULT_CRITERIA
from dgw_desktop.store.challenges import (
    add_challenge,
    add_challenges,
    count_challenges_by_domain,
    delete_challenges,
    get_challenge,
    list_challenges,
    update_challenge,
)
from dgw_desktop.store.domains import (
    add_domain,
    delete_domain,
    find_domain_by_name,
    list_domains,
    update_domain,
)
from dgw_desktop.store.errors import FileRefusedError, RefusalReason
from dgw_desktop.store.municipalities import (
    add_municipality,
    delete_municipality,
    list_municipalities,
    municipality_usage,
    update_municipality,
)
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.participants import list_participants
from dgw_desktop.store.project_file import ProjectFile, open_project_file
from dgw_desktop.store.project_info import get_project, update_project
from dgw_desktop.store.snapshot import load_snapshot
from dgw_desktop.store.workshops import (
    add_workshop,
    delete_workshop,
    list_workshops,
    restore_workshop,
    update_workshop,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "project.dgw"


@pytest.fixture
def project(path: Path) -> Iterator[ProjectFile]:
    with create_empty_project(path, "Pilot test") as project_file:
        yield project_file


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.dgw"
    create_demo_project(path).close()
    return path


def _reopen(project_file: ProjectFile) -> ProjectFile:
    project_file.close()
    return open_project_file(project_file.path)


def _raw(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Read with a second, independent connection: only committed data is visible."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _domain_id(project_file: ProjectFile, name: str) -> str:
    domain = find_domain_by_name(project_file, name)
    assert domain is not None
    return domain.id


def _goirle() -> Municipality:
    return Municipality(name="Goirle", cbs_code="GM0785", inhabitants=24328)


def _hilvarenbeek() -> Municipality:
    return Municipality(name="Hilvarenbeek", cbs_code="GM0798", inhabitants=15966)


# -- a new project --------------------------------------------------------------------------------
def test_empty_project_has_the_default_domains(project: ProjectFile) -> None:
    assert get_project(project).name == "Pilot test"
    assert [d.name for d in list_domains(project)] == list(DEFAULT_DOMAINS)
    assert list_municipalities(project) == []
    assert list_challenges(project) == []


def test_project_info_update(project: ProjectFile) -> None:
    info = get_project(project)
    update_project(project, Project(id=info.id, name="Nieuwe naam", description="Één € "))
    project = _reopen(project)
    assert get_project(project).name == "Nieuwe naam"
    assert get_project(project).description == "Één €"
    project.close()


# -- municipalities -------------------------------------------------------------------------------
def test_municipality_round_trip(project: ProjectFile, path: Path) -> None:
    goirle = add_municipality(project, _goirle())
    assert _raw(path, "SELECT name, cbs_code, inhabitants FROM municipality") == [
        ("Goirle", "GM0785", 24328)
    ]
    update_municipality(
        project,
        Municipality(
            name="Goirle", cbs_code="GM0785", inhabitants=25000, is_partner=False, id=goirle.id
        ),
    )
    assert _raw(path, "SELECT inhabitants, is_partner FROM municipality") == [(25000, 0)]
    project = _reopen(project)
    (stored,) = list_municipalities(project)
    assert stored.id == goirle.id
    assert stored.inhabitants == 25000
    assert stored.is_partner is False

    removed = delete_municipality(project, goirle.id)
    assert _raw(path, "SELECT count(*) FROM municipality") == [(0,)]
    add_municipality(project, removed)  # undo
    project = _reopen(project)
    assert list_municipalities(project) == [removed]
    project.close()


def test_municipality_validation_is_applied(project: ProjectFile) -> None:
    add_municipality(project, _goirle())
    with pytest.raises(ValidationError) as caught:
        add_municipality(project, Municipality(name="GOIRLE", cbs_code="GM0001", inhabitants=1))
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        add_municipality(project, Municipality(name="X", cbs_code="GM785", inhabitants=1))
    assert caught.value.field == "cbs_code"
    assert len(list_municipalities(project)) == 1


def test_a_used_municipality_is_not_deleted(project: ProjectFile) -> None:
    goirle = add_municipality(project, _goirle())
    add_challenge(
        project,
        Challenge(
            text="x", domain_id=_domain_id(project, "sociaal"), municipality_ids=(goirle.id,)
        ),
    )
    assert municipality_usage(project, goirle.id) == 1
    with pytest.raises(ValidationError) as caught:
        delete_municipality(project, goirle.id)
    assert "Goirle" in caught.value.translated()
    assert len(list_municipalities(project)) == 1


# -- domains --------------------------------------------------------------------------------------
def test_domain_round_trip(project: ProjectFile, path: Path) -> None:
    extra = add_domain(project, Domain(name="veiligheid", position=3))
    assert ("veiligheid",) in _raw(path, "SELECT name FROM domain")
    update_domain(project, Domain(name="openbare orde", position=3, id=extra.id))
    assert ("openbare orde",) in _raw(path, "SELECT name FROM domain")
    project = _reopen(project)
    assert [d.name for d in list_domains(project)][-1] == "openbare orde"
    removed = delete_domain(project, extra.id)
    assert _raw(path, "SELECT count(*) FROM domain WHERE id = ?", (extra.id,)) == [(0,)]
    add_domain(project, removed)
    project = _reopen(project)
    assert list_domains(project)[-1] == removed
    project.close()


def test_a_used_domain_is_not_deleted(project: ProjectFile) -> None:
    sociaal = _domain_id(project, "sociaal")
    add_challenge(project, Challenge(text="x", domain_id=sociaal))
    with pytest.raises(ValidationError) as caught:
        delete_domain(project, sociaal)
    assert "sociaal" in caught.value.translated()


def test_duplicate_domain_is_refused(project: ProjectFile) -> None:
    with pytest.raises(ValidationError) as caught:
        add_domain(project, Domain(name="Sociaal"))
    assert caught.value.field == "name"


# -- workshops ------------------------------------------------------------------------------------
def test_workshop_round_trip(project: ProjectFile, path: Path) -> None:
    goirle = add_municipality(project, _goirle())
    hilvarenbeek = add_municipality(project, _hilvarenbeek())
    sociaal = _domain_id(project, "sociaal")
    workshop = add_workshop(
        project,
        Workshop(
            title="Workshop sociaal domein",
            domain_id=sociaal,
            held_on=datetime.date(2026, 9, 29),
            location="Gemeentehuis Hilvarenbeek",
            facilitator="Joost Verhoeven",
            municipality_ids=(goirle.id, hilvarenbeek.id),
        ),
    )
    assert _raw(path, "SELECT title, held_on FROM workshop") == [
        ("Workshop sociaal domein", "2026-09-29")
    ]
    assert _raw(path, "SELECT count(*) FROM workshop_municipality") == [(2,)]
    changed = Workshop(
        title="Workshop sociaal",
        domain_id=sociaal,
        held_on=None,
        location="Raadhuis",
        facilitator="Sanne",
        municipality_ids=(goirle.id,),
        id=workshop.id,
    )
    update_workshop(project, changed)
    assert _raw(path, "SELECT count(*) FROM workshop_municipality") == [(1,)]
    project = _reopen(project)
    assert list_workshops(project) == [changed]

    challenge = add_challenge(
        project, Challenge(text="x", domain_id=sociaal, workshop_id=workshop.id)
    )
    removed = delete_workshop(project, workshop.id)
    assert removed.challenge_ids == [challenge.id]
    assert _raw(path, "SELECT workshop_id FROM challenge") == [(None,)]
    restore_workshop(project, *removed)
    assert _raw(path, "SELECT workshop_id FROM challenge") == [(workshop.id,)]
    project = _reopen(project)
    assert list_workshops(project) == [changed]
    stored = get_challenge(project, challenge.id)
    assert stored is not None
    assert stored.workshop_id == workshop.id
    project.close()


def test_workshop_validation(project: ProjectFile) -> None:
    with pytest.raises(ValidationError) as caught:
        add_workshop(project, Workshop(title="W", domain_id="unknown"))
    assert caught.value.field == "domain_id"
    assert list_workshops(project) == []


# -- challenges -----------------------------------------------------------------------------------
def test_challenge_round_trip(project: ProjectFile, path: Path) -> None:
    goirle = add_municipality(project, _goirle())
    hilvarenbeek = add_municipality(project, _hilvarenbeek())
    sociaal = _domain_id(project, "sociaal")
    ruimte = _domain_id(project, "ruimte")
    challenge = add_challenge(
        project,
        Challenge(
            text=" Kosten jeugdzorg stijgen – met € 2,1 miljoen ",
            domain_id=sociaal,
            municipality_ids=(goirle.id, hilvarenbeek.id),
            notes="Overschrijding 2025",
        ),
    )
    assert challenge.text == "Kosten jeugdzorg stijgen – met € 2,1 miljoen"
    assert _raw(path, "SELECT text FROM challenge") == [(challenge.text,)]
    assert _raw(path, "SELECT count(*) FROM challenge_municipality") == [(2,)]

    changed = Challenge(
        text="Eenzaamheid onder ouderen",
        domain_id=ruimte,
        municipality_ids=(hilvarenbeek.id,),
        notes="",
        id=challenge.id,
    )
    update_challenge(project, changed)
    assert _raw(path, "SELECT text, domain_id FROM challenge") == [(changed.text, ruimte)]
    project = _reopen(project)
    (stored,) = list_challenges(project)
    assert stored.text == changed.text
    assert stored.domain_id == ruimte
    assert stored.municipality_ids == (hilvarenbeek.id,)
    assert stored.created_at
    project.close()


def test_add_challenges_is_all_or_nothing(project: ProjectFile) -> None:
    sociaal = _domain_id(project, "sociaal")
    with pytest.raises(ValidationError) as caught:
        add_challenges(
            project,
            [Challenge(text="goed", domain_id=sociaal), Challenge(text=" ", domain_id=sociaal)],
        )
    assert caught.value.field == "text"
    assert list_challenges(project) == []


def test_delete_and_restore_gives_identical_rows(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.dgw"
    path.write_bytes(demo_file.read_bytes())
    columns = "id, text, domain_id, workshop_id, notes, created_at"
    with open_project_file(path) as project:
        before = list_challenges(project)
        rows_before = _raw(path, f"SELECT {columns} FROM challenge ORDER BY id")
        links_before = _raw(path, "SELECT * FROM challenge_municipality ORDER BY 1, 2")
        chosen = [before[2].id, before[5].id, before[30].id, before[-1].id]

        removed = delete_challenges(project, chosen)
        assert {c.id for c in removed} == set(chosen)
        assert _raw(path, "SELECT count(*) FROM challenge")[0][0] == len(before) - 4
        assert len(list_challenges(project)) == len(before) - 4

        add_challenges(project, removed)  # undo
        assert list_challenges(project) == before  # same rows, same order
        assert _raw(path, f"SELECT {columns} FROM challenge ORDER BY id") == rows_before
        assert _raw(path, "SELECT * FROM challenge_municipality ORDER BY 1, 2") == links_before


def test_unknown_domain_is_refused(project: ProjectFile) -> None:
    with pytest.raises(ValidationError) as caught:
        add_challenge(project, Challenge(text="x", domain_id=str(uuid.uuid4())))
    assert caught.value.field == "domain_id"
    # Below the validation, the file itself refuses it too: foreign keys are on.
    with pytest.raises(sqlite3.IntegrityError):
        project.connection.execute(
            "INSERT INTO challenge (id, text, domain_id, created_at, updated_at) "
            "VALUES ('c', 'x', 'no-such-domain', '', '')"
        )
    assert list_challenges(project) == []


def test_foreign_keys_are_on(project: ProjectFile) -> None:
    assert project.query("PRAGMA foreign_keys")[0][0] == 1
    project = _reopen(project)
    assert project.query("PRAGMA foreign_keys")[0][0] == 1
    project.close()


def test_failed_transaction_rolls_back(project: ProjectFile, path: Path) -> None:
    with pytest.raises(RuntimeError), project.transaction() as connection:
        add_municipality(project, _goirle())
        connection.execute("SELECT 1")
        raise RuntimeError("boom")
    assert list_municipalities(project) == []
    assert _raw(path, "SELECT count(*) FROM municipality") == [(0,)]
    add_municipality(project, _goirle())  # the connection is usable afterwards
    assert _raw(path, "SELECT count(*) FROM municipality") == [(1,)]


def test_failed_commit_is_rolled_back(project: ProjectFile, path: Path) -> None:
    """Another program reading the file can make COMMIT fail; the edit must not linger."""
    project.connection.execute("PRAGMA busy_timeout = 20")
    seen: list[str] = []
    project.add_listener(lambda table, ids: seen.append(table))
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM municipality").fetchall()  # holds a read lock
        with pytest.raises(sqlite3.OperationalError):
            add_municipality(project, _goirle())
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert not project.connection.in_transaction
    assert list_municipalities(project) == []  # not shown as if it were saved
    assert seen == []  # and never announced
    add_municipality(project, _hilvarenbeek())  # the next edit works
    assert _raw(path, "SELECT name FROM municipality") == [("Hilvarenbeek",)]


def test_listeners_are_told_which_table_and_rows_changed(project: ProjectFile) -> None:
    seen: list[tuple[str, tuple[str, ...]]] = []

    def listener(table: str, ids: tuple[str, ...]) -> None:
        seen.append((table, ids))

    project.add_listener(listener)
    goirle = add_municipality(project, _goirle())
    challenge = add_challenge(
        project, Challenge(text="x", domain_id=_domain_id(project, "sociaal"))
    )
    project.remove_listener(listener)
    delete_municipality(project, goirle.id)
    assert seen == [("municipality", ()), ("challenge", (challenge.id,))]


def test_notifications_wait_for_the_commit(project: ProjectFile) -> None:
    seen: list[str] = []
    project.add_listener(lambda table, ids: seen.append(table))
    with project.transaction():
        add_municipality(project, _goirle())
        assert seen == []  # not durable yet, so not announced
    assert seen == ["municipality"]
    with pytest.raises(RuntimeError), project.transaction():
        add_challenge(project, Challenge(text="y", domain_id=_domain_id(project, "sociaal")))
        raise RuntimeError("rolled back")
    assert seen == ["municipality"]  # a rolled-back change is never announced


# -- keys and timestamps --------------------------------------------------------------------------
TABLES = (
    "project",
    "municipality",
    "domain",
    "workshop",
    "challenge",
    "participant",
    "theme",
    "vote_round",
    "vote",
    "criterion",
    "score",
    "placement",
)


@pytest.mark.parametrize("table", TABLES)
def test_uuid_keys_and_timestamps(demo_file: Path, table: str) -> None:
    rows = _raw(demo_file, f"SELECT id, created_at, updated_at FROM {table}")
    assert rows
    for key, created_at, updated_at in rows:
        assert str(uuid.UUID(str(key))) == key
        created = datetime.datetime.fromisoformat(str(created_at))
        updated = datetime.datetime.fromisoformat(str(updated_at))
        assert created.tzinfo is not None
        assert updated >= created


def test_updated_at_changes_on_update(project: ProjectFile, path: Path) -> None:
    goirle = add_municipality(project, _goirle())
    sociaal = _domain_id(project, "sociaal")
    challenge = add_challenge(project, Challenge(text="x", domain_id=sociaal))
    ((m_created, m_updated),) = _raw(path, "SELECT created_at, updated_at FROM municipality")
    ((c_created, c_updated),) = _raw(path, "SELECT created_at, updated_at FROM challenge")
    assert m_created == m_updated

    update_municipality(
        project, Municipality(name="Goirle", cbs_code="GM0785", inhabitants=1, id=goirle.id)
    )
    update_challenge(project, Challenge(text="y", domain_id=sociaal, id=challenge.id))
    ((m_created2, m_updated2),) = _raw(path, "SELECT created_at, updated_at FROM municipality")
    ((c_created2, c_updated2),) = _raw(path, "SELECT created_at, updated_at FROM challenge")
    assert m_created2 == m_created
    assert c_created2 == c_created
    assert str(m_updated2) > str(m_updated)
    assert str(c_updated2) > str(c_updated)


# -- the demo project -----------------------------------------------------------------------------
def test_demo_project(demo_file: Path) -> None:
    with open_project_file(demo_file) as project:
        assert get_project(project).name == demo_data.PROJECT_NAME
        municipalities = list_municipalities(project)
        assert len(municipalities) == 7
        assert sum(m.is_partner for m in municipalities) == 3
        assert {m.name for m in municipalities if m.is_partner} == {
            "Goirle",
            "Hilvarenbeek",
            "Oisterwijk",
        }
        workshops = list_workshops(project)
        assert len(workshops) == 3
        domains = list_domains(project)
        assert [d.name for d in domains] == ["bedrijfsvoering", "sociaal", "ruimte"]
        counts = count_challenges_by_domain(project)
        assert set(counts) == {d.id for d in domains}
        assert all(15 <= count <= 25 for count in counts.values()), counts
        challenges = list_challenges(project)
        assert all(c.workshop_id in {w.id for w in workshops} for c in challenges)
        assert all(1 <= len(c.municipality_ids) <= 3 for c in challenges)
        # In the order they were written down.
        first = demo_data.DEMO_WORKSHOPS[0].challenges
        assert [c.text for c in challenges[: len(first)]] == [c.text for c in first]


def test_demo_refuses_an_existing_file(demo_file: Path) -> None:
    with pytest.raises(FileRefusedError) as caught:
        create_demo_project(demo_file)
    assert caught.value.reason is RefusalReason.EXISTS


def test_snapshot_holds_the_workshop_results(demo_file: Path) -> None:
    with open_project_file(demo_file) as project:
        snapshot = load_snapshot(project)
        assert len(snapshot.participants) == len(list_participants(project)) >= 24
        assert len(snapshot.themes) == 6
        assert len(snapshot.vote_rounds) == 3
        assert sum(vote.dots for vote in snapshot.votes) > 0
        assert [c.name for c in snapshot.criteria] == list(DEFAULT_CRITERIA)
        assert snapshot.scores and snapshot.placements
        assert all(workshop.notes for workshop in snapshot.workshops)
        themed = [c for c in snapshot.challenges if c.theme_id is not None]
        assert 18 <= len(themed) <= 36
        assert snapshot.challenges == tuple(list_challenges(project))


def test_workshop_notes_round_trip(project: ProjectFile) -> None:
    sociaal = _domain_id(project, "sociaal")
    agenda = "09.30 Inloop\n10.00 Opening – “welkom”"
    workshop = add_workshop(project, Workshop(title="W", domain_id=sociaal, notes=f" {agenda}\n"))
    assert workshop.notes == agenda
    project = _reopen(project)
    assert list_workshops(project) == [workshop]
    update_workshop(project, Workshop(title="W", domain_id=sociaal, id=workshop.id))
    assert list_workshops(project)[0].notes == ""
    project.close()
