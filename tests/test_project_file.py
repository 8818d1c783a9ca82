"""The ``.dgw`` file (DESIGN §6): ours, versioned, one file, never touched when refused."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from dgw_desktop.domain.entities import Municipality
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.store.errors import FileRefusedError, RefusalReason
from dgw_desktop.store.municipalities import add_municipality, list_municipalities
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.project_file import (
    ProjectFile,
    backup_path_for,
    check_project_file,
    create_project_file,
    open_project_file,
    read_header,
)
from dgw_desktop.store.schema import APPLICATION_ID, SCHEMA_VERSION, Migration

PAGE = 4096


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("demo") / "demo.dgw"
    create_demo_project(path).close()
    return path.read_bytes()


@pytest.fixture
def demo(tmp_path: Path, demo_bytes: bytes) -> Path:
    path = tmp_path / "GHO pilot.dgw"
    path.write_bytes(demo_bytes)
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


# -- marks and sidecars ---------------------------------------------------------------------------
def test_application_id_and_user_version(demo: Path) -> None:
    header = read_header(demo)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION
    connection = sqlite3.connect(demo)
    try:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()


def test_open_file_uses_a_rollback_journal(demo: Path) -> None:
    with open_project_file(demo) as project:
        assert project.query("PRAGMA journal_mode")[0][0] == "delete"
        assert project.query("PRAGMA synchronous")[0][0] == 2  # FULL
        assert project.schema_version == SCHEMA_VERSION


def test_closed_project_is_one_file(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.dgw"
    project = create_empty_project(path, "Nieuw")
    add_municipality(project, Municipality(name="Goirle", cbs_code="GM0785", inhabitants=24328))
    project.save_copy(tmp_path / "kopie.dgw")
    project.close()
    assert _names(tmp_path) == ["kopie.dgw", "nieuw.dgw"]
    check_project_file(path)
    with open_project_file(path) as project:
        assert len(list_municipalities(project)) == 1
    assert _names(tmp_path) == ["kopie.dgw", "nieuw.dgw"]


# -- refusals -------------------------------------------------------------------------------------
def _text_file(path: Path) -> None:
    path.write_text("Dit is een notitie, geen project.\n" * 20, encoding="utf-8")


def _png_like(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipe (name TEXT)")
    connection.execute("INSERT INTO recipe VALUES ('appeltaart')")
    connection.commit()
    connection.close()


def _newer(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE future (x)")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


REFUSED: dict[str, tuple[Callable[[Path], None], RefusalReason]] = {
    "empty": (_empty, RefusalReason.NOT_SQLITE),
    "text": (_text_file, RefusalReason.NOT_SQLITE),
    "png": (_png_like, RefusalReason.NOT_SQLITE),
    "foreign-sqlite": (_foreign_sqlite, RefusalReason.FOREIGN),
    "newer": (_newer, RefusalReason.NEWER),
}

OPENERS: dict[str, Callable[[Path], object]] = {
    "check": check_project_file,
    "open": open_project_file,
}


def _assert_refused(
    path: Path, opener: Callable[[Path], object], reason: RefusalReason
) -> FileRefusedError:
    existed = path.exists()
    before = _sha256(path) if existed else None
    folder_before = _names(path.parent)
    with pytest.raises(FileRefusedError) as caught:
        opener(path)
    error = caught.value
    assert error.reason is reason
    message = error.translated()
    assert path.name in message
    assert "{" not in message
    assert str(error) == message
    if existed:
        assert _sha256(path) == before, "a refused file must never be modified"
    assert _names(path.parent) == folder_before, "no sidecar or backup left behind"
    return error


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
@pytest.mark.parametrize("case", REFUSED.keys())
def test_refused_file_is_left_alone(
    tmp_path: Path, case: str, opener: Callable[[Path], object]
) -> None:
    make, reason = REFUSED[case]
    path = tmp_path / f"{case} bestand.dgw"
    make(path)
    _assert_refused(path, opener, reason)


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
def test_missing_file(tmp_path: Path, opener: Callable[[Path], object]) -> None:
    path = tmp_path / "weg.dgw"
    _assert_refused(path, opener, RefusalReason.MISSING)
    assert not path.exists()
    assert _names(tmp_path) == []


def test_newer_file_message_names_both_versions(tmp_path: Path) -> None:
    path = tmp_path / "toekomst.dgw"
    _newer(path)
    message = _assert_refused(path, open_project_file, RefusalReason.NEWER).translated()
    assert "99" in message
    assert str(SCHEMA_VERSION) in message


def test_foreign_file_says_it_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "recepten.db"
    _foreign_sqlite(path)
    message = _assert_refused(path, open_project_file, RefusalReason.FOREIGN).translated()
    assert "not been changed" in message


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
@pytest.mark.parametrize("page", [3, 10, 20])
def test_damaged_pages(
    demo: Path, demo_bytes: bytes, page: int, opener: Callable[[Path], object]
) -> None:
    pages = len(demo_bytes) // PAGE
    assert pages > 20
    damaged = bytearray(demo_bytes)
    # Overwrite the start of a page in the middle of the file: its b-tree header.
    damaged[page * PAGE : page * PAGE + 24] = b"\xab" * 24
    demo.write_bytes(bytes(damaged))
    message = _assert_refused(demo, opener, RefusalReason.DAMAGED).translated()
    assert "damaged" in message
    assert "***" not in message


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_file(
    demo: Path, demo_bytes: bytes, keep: float, opener: Callable[[Path], object]
) -> None:
    demo.write_bytes(demo_bytes[: int(len(demo_bytes) * keep) // PAGE * PAGE])
    _assert_refused(demo, opener, RefusalReason.DAMAGED)


def test_truncated_inside_the_header(demo: Path, demo_bytes: bytes) -> None:
    demo.write_bytes(demo_bytes[:60])
    _assert_refused(demo, open_project_file, RefusalReason.NOT_SQLITE)


def test_ours_without_schema(tmp_path: Path) -> None:
    path = tmp_path / "leeg schema.dgw"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE x (y)")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.commit()
    connection.close()
    _assert_refused(path, open_project_file, RefusalReason.DAMAGED)


# -- crash recovery -------------------------------------------------------------------------------
CRASH = textwrap.dedent(
    """
    import os, sqlite3, sys, uuid
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA cache_size = 1")
    connection.execute("BEGIN")
    domain = connection.execute("SELECT id FROM domain LIMIT 1").fetchone()[0]
    connection.execute("UPDATE challenge SET text = 'UNCOMMITTED ' || text")
    connection.execute("DELETE FROM challenge_municipality")
    for number in range(1500):
        connection.execute(
            "INSERT INTO challenge (id, text, domain_id, created_at, updated_at) "
            "VALUES (?, ?, ?, '2026', '2026')",
            (str(uuid.uuid4()), "UNCOMMITTED %d " % number + "x" * 200, domain),
        )
    os._exit(0)  # a crash: no commit, no rollback, no cleanup
    """
)


def _crash_while_writing(path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASH, str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
def test_crash_leaves_a_hot_journal_that_is_rolled_back(
    demo: Path, demo_bytes: bytes, opener: Callable[[Path], object]
) -> None:
    with open_project_file(demo) as project:
        committed = list_challenges(project)
        committed_municipalities = list_municipalities(project)
    before = _sha256(demo)

    _crash_while_writing(demo)
    journal = demo.with_name(demo.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0, "a hot journal is left"
    assert _sha256(demo) != before, "the uncommitted pages reached the file"

    result = opener(demo)
    if isinstance(result, ProjectFile):
        result.close()
    else:
        assert result.counts["challenge"] == len(committed)  # type: ignore[attr-defined]
    assert not journal.exists()
    assert _names(demo.parent) == [demo.name]
    assert _sha256(demo) == before, "rolled back to exactly the committed state"

    with open_project_file(demo) as project:
        assert list_challenges(project) == committed
        assert list_municipalities(project) == committed_municipalities
        assert not any("UNCOMMITTED" in c.text for c in list_challenges(project))
    assert _names(demo.parent) == [demo.name]


# -- migrations -----------------------------------------------------------------------------------
STEP_1: Migration = (
    "CREATE TABLE note (id TEXT PRIMARY KEY, body TEXT NOT NULL)",
    "INSERT INTO note VALUES ('seed', 'van stap 1')",
)
STEP_2: Migration = (
    "ALTER TABLE note ADD COLUMN author TEXT NOT NULL DEFAULT 'onbekend'",
    "CREATE TABLE tag (name TEXT PRIMARY KEY)",
)
BROKEN_2: Migration = (
    "ALTER TABLE note ADD COLUMN author TEXT NOT NULL DEFAULT 'onbekend'",
    "INSERT INTO no_such_table VALUES (1)",
)


def _old_file(path: Path) -> Path:
    def fill(project: ProjectFile) -> None:
        project.connection.execute("INSERT INTO note VALUES ('1', 'één € – oud')")

    create_project_file(path, fill, migrations=(STEP_1,)).close()
    assert read_header(path).user_version == 1
    return path


def test_old_file_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = _old_file(tmp_path / "oud.dgw")
    old_bytes = path.read_bytes()
    old_dump = _dump(path)

    with open_project_file(path, migrations=(STEP_1, STEP_2)) as project:
        assert project.schema_version == 2
        rows = [tuple(row) for row in project.query("SELECT * FROM note ORDER BY id")]
        assert rows == [("1", "één € – oud", "onbekend"), ("seed", "van stap 1", "onbekend")]
        assert project.query("SELECT count(*) FROM tag")[0][0] == 0

    assert read_header(path).user_version == 2
    assert read_header(path).application_id == APPLICATION_ID
    backup = backup_path_for(path, 1)
    assert _names(tmp_path) == sorted([backup.name, path.name])
    assert read_header(backup).user_version == 1
    assert _dump(backup) == old_dump
    # Page for page the same; only SQLite's change counter in the header differs.
    backup_bytes = backup.read_bytes()
    assert len(backup_bytes) == len(old_bytes)
    masked = [(0, 24), (28, 92), (96, len(old_bytes))]
    for start, end in masked:
        assert backup_bytes[start:end] == old_bytes[start:end]

    # Opened again: nothing more to migrate, no new backup.
    with open_project_file(path, migrations=(STEP_1, STEP_2)) as project:
        assert project.schema_version == 2
    assert _names(tmp_path) == sorted([backup.name, path.name])


def test_failing_migration_leaves_the_file_unchanged(tmp_path: Path) -> None:
    path = _old_file(tmp_path / "oud.dgw")
    before = _sha256(path)
    with pytest.raises(FileRefusedError) as caught:
        open_project_file(path, migrations=(STEP_1, BROKEN_2))
    assert path.name in caught.value.translated()
    assert _sha256(path) == before
    assert read_header(path).user_version == 1
    assert not path.with_name(path.name + "-journal").exists()
    # The backup made first is still there; the file still opens with the old program.
    assert backup_path_for(path, 1).exists()
    with open_project_file(path, migrations=(STEP_1,)) as project:
        assert project.query("SELECT count(*) FROM note")[0][0] == 2


def test_check_does_not_migrate(tmp_path: Path) -> None:
    path = _old_file(tmp_path / "oud.dgw")
    before = _sha256(path)
    with open_project_file(path, (STEP_1, STEP_2), migrate=False) as project:
        assert project.schema_version == 1
    assert _sha256(path) == before
    assert _names(tmp_path) == ["oud.dgw"]


def test_current_file_makes_no_backup(demo: Path) -> None:
    open_project_file(demo).close()
    assert _names(demo.parent) == [demo.name]


# -- save a copy ----------------------------------------------------------------------------------
def test_save_copy_is_consistent_and_opens(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "kopie" / "Kopie van GHO.dgw"
    target.parent.mkdir()
    with open_project_file(demo) as project:
        expected = list_challenges(project)
        project.save_copy(target)
        # The copy is complete while the original is still open.
        report = check_project_file(target)
        assert report.counts["challenge"] == len(expected)
        add_municipality(project, Municipality(name="Tilburg", cbs_code="GM0855", inhabitants=1))
    assert _names(target.parent) == [target.name]
    assert read_header(target).application_id == APPLICATION_ID
    with open_project_file(target) as copy:
        assert list_challenges(copy) == expected
        assert "Tilburg" not in {m.name for m in list_municipalities(copy)}


def test_save_copy_replaces_an_existing_target(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "bestaand.dgw"
    target.write_text("oud")
    with open_project_file(demo) as project:
        project.save_copy(target)
    check_project_file(target)


def test_save_copy_onto_itself_keeps_later_edits(demo: Path) -> None:
    with open_project_file(demo) as project:
        project.save_copy(demo)
        add_municipality(project, Municipality(name="Tilburg", cbs_code="GM0855", inhabitants=1))
    with open_project_file(demo) as project:
        assert "Tilburg" in {m.name for m in list_municipalities(project)}
    assert _names(demo.parent) == [demo.name]


# -- create ---------------------------------------------------------------------------------------
def test_failed_fill_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.dgw"

    def fill(project: ProjectFile) -> None:
        add_municipality(project, Municipality(name="Goirle", cbs_code="GM0785", inhabitants=1))
        raise RuntimeError("stroom weg")

    with pytest.raises(RuntimeError):
        create_project_file(path, fill)
    assert _names(tmp_path) == []


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "bestaat.dgw"
    path.write_text("van iemand anders")
    before = _sha256(path)
    for create in (
        lambda: create_empty_project(path, "Nieuw"),
        lambda: create_demo_project(path),
    ):
        with pytest.raises(FileRefusedError) as caught:
            create()
        assert caught.value.reason is RefusalReason.EXISTS
        assert path.name in caught.value.translated()
        assert _sha256(path) == before


def test_create_overwrites_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "bestaat.dgw"
    path.write_text("oud")
    create_empty_project(path, "Nieuw", overwrite=True).close()
    assert check_project_file(path).counts["domain"] == 3
    create_demo_project(path, overwrite=True).close()
    assert check_project_file(path).counts["municipality"] == 7
    assert _names(tmp_path) == ["bestaat.dgw"]


def test_create_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bestaat-niet" / "nieuw.dgw"
    with pytest.raises(FileRefusedError) as caught:
        create_empty_project(path, "Nieuw")
    assert caught.value.reason is RefusalReason.UNWRITABLE
    assert "nieuw.dgw" in caught.value.translated()


def test_header_layout_is_sqlite(demo: Path) -> None:
    header = demo.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert struct.unpack(">I", header[68:72])[0] == APPLICATION_ID
    assert os.path.getsize(demo) % PAGE == 0


def test_save_copy_into_a_missing_folder_is_refused(demo: Path, tmp_path: Path) -> None:
    with open_project_file(demo) as project:
        with pytest.raises(FileRefusedError) as caught:
            project.save_copy(tmp_path / "weg" / "kopie.dgw")
        assert caught.value.reason is RefusalReason.UNWRITABLE
        assert "kopie.dgw" in caught.value.translated()
        assert project.schema_version == SCHEMA_VERSION  # still usable
