"""The command line (DESIGN §7): exit codes, messages on stderr, nothing written on refusal."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from dgw_desktop import __main__ as entry
from dgw_desktop import __version__, cli
from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store.challenges import add_challenge
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.new_project import create_demo_project
from dgw_desktop.store.project_file import open_project_file
from dgw_desktop.store.schema import SCHEMA_VERSION

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "gho.dgw"
    create_demo_project(path).close()
    return path


def run_module(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "dgw_desktop", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=environment,
        timeout=60,
    )


def assert_one_error_line(err: str, *fragments: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("dgw-desktop: ")
    for fragment in fragments:
        assert fragment in lines[0]


def folder_listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# -- version and usage ---------------------------------------------------------------------------
def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"dgw-desktop {__version__}"


def test_version_in_a_real_process(tmp_path: Path) -> None:
    result = run_module("--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"dgw-desktop {__version__}"


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("demo", "check", "export", "--demo"):
        assert command in out


@pytest.mark.parametrize(
    "arguments",
    [
        [],
        ["bogus"],
        ["check"],
        ["demo"],
        ["export"],
        ["export", "csv", "a.dgw", "b.csv"],
        ["export", "xlsx", "a.dgw"],
        ["check", "a.dgw", "extra"],
        ["--nonsense"],
    ],
)
def test_wrong_usage_exits_2(
    arguments: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(arguments) == 2
    assert "usage:" in capsys.readouterr().err
    assert folder_listing(tmp_path) == []


# -- demo ----------------------------------------------------------------------------------------
def test_demo_in_a_real_process_writes_a_file_check_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_module("demo", "gho.dgw", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""

    assert cli.main(["check", str(tmp_path / "gho.dgw")]) == 0
    out = capsys.readouterr().out
    assert f"gho.dgw: DGW Desktop project, file version {SCHEMA_VERSION}, integrity ok" in out
    assert "challenges: 65" in out
    assert "municipalities: 7" in out
    assert "domains: 3" in out
    assert "workshops: 3" in out
    assert folder_listing(tmp_path) == ["gho.dgw"]  # no journal or temporary left behind


def test_demo_refuses_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mijn.dgw"
    target.write_bytes(b"belangrijk werk")

    assert cli.main(["demo", str(target)]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    assert_one_error_line(captured.err, "mijn.dgw")
    assert target.read_bytes() == b"belangrijk werk"
    assert folder_listing(tmp_path) == ["mijn.dgw"]


def test_demo_force_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mijn.dgw"
    target.write_bytes(b"oud")

    assert cli.main(["demo", "--force", str(target)]) == 0
    assert cli.main(["check", str(target)]) == 0
    assert "challenges: 65" in capsys.readouterr().out


def test_demo_into_a_missing_folder_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["demo", str(tmp_path / "nergens" / "x.dgw")]) == 1
    assert_one_error_line(capsys.readouterr().err, "x.dgw")
    assert folder_listing(tmp_path) == []


# -- check ---------------------------------------------------------------------------------------
def _text_file(folder: Path) -> Path:
    path = folder / "notities.dgw"
    path.write_text("Dit is geen project.\n" * 20, encoding="utf-8")
    return path


def _foreign_sqlite(folder: Path) -> Path:
    path = folder / "ander.dgw"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE klanten (naam TEXT)")
    connection.execute("INSERT INTO klanten VALUES ('Jansen')")
    connection.commit()
    connection.close()
    return path


def _newer_file(folder: Path) -> Path:
    path = folder / "nieuwer.dgw"
    create_demo_project(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    return path


@pytest.mark.parametrize("make", [_text_file, _foreign_sqlite, _newer_file])
def test_check_refuses_a_file_that_is_not_ours_and_leaves_it_alone(
    make: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    before = path.read_bytes()

    assert cli.main(["check", str(path)]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    assert_one_error_line(captured.err, path.name)
    assert path.read_bytes() == before
    assert folder_listing(tmp_path) == [path.name]


def test_check_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(tmp_path / "weg.dgw")]) == 1
    assert_one_error_line(capsys.readouterr().err, "weg.dgw")
    assert folder_listing(tmp_path) == []


# -- export --------------------------------------------------------------------------------------
def test_export_xlsx(demo_file: Path, tmp_path: Path) -> None:
    with open_project_file(demo_file) as project_file:
        domain = list_domains(project_file)[0]
        add_challenge(project_file, Challenge(text="=SUM(A1)", domain_id=domain.id))
    out = tmp_path / "stuurgroep.xlsx"

    assert cli.main(["export", "xlsx", str(demo_file), str(out)]) == 0

    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:3] == ["Uitdagingen", "Gemeenten", "Workshops"]
    challenge_cells = [row[2] for row in book["Uitdagingen"].iter_rows(min_row=2)]
    assert len(challenge_cells) == 65 + 1
    (formula_like,) = [cell for cell in challenge_cells if cell.value == "=SUM(A1)"]
    assert formula_like.data_type == "s"
    assert folder_listing(tmp_path) == ["gho.dgw", "stuurgroep.xlsx"]


def test_export_memo(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "stuurgroepvoorstel.pdf"

    assert cli.main(["export", "memo", str(demo_file), str(out)]) == 0

    assert out.read_bytes().startswith(b"%PDF-")
    assert folder_listing(tmp_path) == ["gho.dgw", "stuurgroepvoorstel.pdf"]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "Pilot datagedreven werken GHO" in text
    assert "financiële" in text
    assert "—" in text


@pytest.mark.parametrize(("kind", "name"), [("xlsx", "uit.xlsx"), ("memo", "uit.pdf")])
def test_export_into_a_missing_folder_fails_and_writes_nothing(
    kind: str, name: str, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bestaat-niet" / name

    assert cli.main(["export", kind, str(demo_file), str(out)]) == 1

    assert_one_error_line(capsys.readouterr().err, name)
    assert folder_listing(tmp_path) == ["gho.dgw"]


@pytest.mark.parametrize("kind", ["xlsx", "memo"])
def test_export_onto_a_folder_fails_and_leaves_it(
    kind: str, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "map"
    out.mkdir()
    (out / "binnen.txt").write_text("blijft")

    assert cli.main(["export", kind, str(demo_file), str(out)]) == 1

    assert_one_error_line(capsys.readouterr().err, "map")
    assert folder_listing(out) == ["binnen.txt"]
    assert folder_listing(tmp_path) == ["gho.dgw", "map"]


@pytest.mark.parametrize("kind", ["xlsx", "memo"])
def test_export_never_overwrites_the_project_file(
    kind: str, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_file.read_bytes()

    assert cli.main(["export", kind, str(demo_file), str(demo_file)]) == 1

    assert_one_error_line(capsys.readouterr().err, demo_file.name)
    assert demo_file.read_bytes() == before


def test_export_of_a_refused_file_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _foreign_sqlite(tmp_path)
    before = source.read_bytes()
    out = tmp_path / "uit.xlsx"

    assert cli.main(["export", "xlsx", str(source), str(out)]) == 1

    assert_one_error_line(capsys.readouterr().err, source.name)
    assert source.read_bytes() == before
    assert folder_listing(tmp_path) == [source.name]


def test_an_oserror_becomes_exit_1_with_one_message(
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dgw_desktop.exports import workbook

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device", str(tmp_path / "uit.xlsx"))

    monkeypatch.setattr(workbook, "write_workbook", full_disk)

    assert cli.main(["export", "xlsx", str(demo_file), str(tmp_path / "uit.xlsx")]) == 1
    assert_one_error_line(capsys.readouterr().err, "uit.xlsx", "No space left on device")


# -- translation of messages ---------------------------------------------------------------------
def test_messages_go_through_the_translator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "cli_translator", lambda: lambda context, text: f"[{context}] {text}")
    assert cli.main(["check", str(tmp_path / "weg.dgw")]) == 1
    assert_one_error_line(capsys.readouterr().err, "[FileError]", "weg.dgw")


def test_a_broken_translation_falls_back_to_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "cli_translator", lambda: lambda context, text: "{onbekend}")
    assert cli.main(["check", str(tmp_path / "weg.dgw")]) == 1
    assert_one_error_line(capsys.readouterr().err, "weg.dgw")


def test_without_a_catalogue_the_translator_is_the_identity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dgw_desktop.paths.translations_dir", lambda: tmp_path)
    translate = cli.cli_translator()
    assert translate("FileError", "The file {name} does not exist.") == (
        "The file {name} does not exist."
    )


# -- the entry point: CLI or GUI -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("argv", "cli_wanted"),
    [
        (["dgw-desktop"], False),
        (["dgw-desktop", "project.dgw"], False),
        (["dgw-desktop", "--demo"], False),
        (["dgw-desktop", "demo", "x.dgw"], True),
        (["dgw-desktop", "check", "x.dgw"], True),
        (["dgw-desktop", "export", "xlsx", "a", "b"], True),
        (["dgw-desktop", "import", "challenges", "a", "b"], True),
        (["dgw-desktop", "merge", "a", "b"], True),
        (["dgw-desktop", "privacy", "purge", "a"], True),
        (["dgw-desktop", "--version"], True),
        (["dgw-desktop", "-V"], True),
        (["dgw-desktop", "--help"], True),
        (["dgw-desktop", "-h"], True),
    ],
)
def test_the_entry_point_routes_commands_to_the_cli(argv: list[str], cli_wanted: bool) -> None:
    assert entry.wants_cli(argv) is cli_wanted


def test_the_entry_point_exits_with_the_cli_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        entry.main(["dgw-desktop", "--version"])
    assert stop.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_the_cli_does_not_load_qt_or_the_exporters_for_check(demo_file: Path) -> None:
    code = (
        "import sys\n"
        "from dgw_desktop import cli\n"
        f"assert cli.main(['check', {str(demo_file)!r}]) == 0\n"
        "heavy = [m for m in ('PySide6', 'openpyxl', 'reportlab') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0, result.stderr
