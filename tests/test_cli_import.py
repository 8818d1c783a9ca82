"""``dgw-desktop import challenges FILE IN`` (DESIGN §7): all rows or none, exit codes, every
problem on stderr with its row, and the project file byte for byte unchanged on refusal."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from dgw_desktop import cli
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.store.new_project import create_demo_project
from dgw_desktop.store.project_file import open_project_file

REPO = Path(__file__).resolve().parent.parent
V1_FIXTURE = REPO / "tests" / "fixtures" / "schema-v1.dgw"
DEMO_CHALLENGES = 65


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The English source texts, whatever the shipped catalogue holds."""
    monkeypatch.setattr(cli, "cli_translator", lambda: lambda context, text: text)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "gho.dgw"
    create_demo_project(path).close()
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def challenge_texts(path: Path) -> list[str]:
    with open_project_file(path) as project_file:
        return [challenge.text for challenge in list_challenges(project_file)]


def write_csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_of_a_good_csv(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(
        tmp_path / "uitdagingen.csv",
        "Uitdaging;Domein;Gemeenten",
        "=1+1 staat er letterlijk;sociaal domein;Goirle",
        "Tweede;ruimte;",
    )

    assert cli.main(["import", "challenges", str(demo_file), str(source)]) == 0

    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out == "2 challenges imported into gho.dgw.\n"
    assert challenge_texts(demo_file)[-2:] == ["=1+1 staat er letterlijk", "Tweede"]
    assert listing(tmp_path) == ["gho.dgw", "uitdagingen.csv"]


def test_import_of_a_workbook_in_a_real_process(demo_file: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Challenge", "Domain", "Workshop"])
    book.active.append(["Uit Excel", "Sociaal", "workshop sociaal domein"])
    book.save(tmp_path / "in.xlsx")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    result = subprocess.run(
        [sys.executable, "-m", "dgw_desktop", "import", "challenges", "gho.dgw", "in.xlsx"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=environment,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith("1 ")
    assert challenge_texts(demo_file)[-1] == "Uit Excel"


def test_a_refused_file_lists_every_problem_and_writes_nothing(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(
        tmp_path / "fout.csv",
        "Uitdaging;Domein;Gemeenten",
        "Goed;ruimte;Goirle",
        ";;",
        "Fout;cultuur;Goirle",
        "Ook fout;ruimte;Breda",
        ";ruimte;",
    )
    before = sha256(demo_file)

    assert cli.main(["import", "challenges", str(demo_file), str(source)]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert lines[0] == (
        "dgw-desktop: fout.csv was not imported; nothing has been added. Problems: 3."
    )
    assert lines[1].startswith("row 4, column “Domein”: “cultuur” is not a domain")
    assert lines[2].startswith("row 5, column “Gemeenten”: “Breda” is not a municipality")
    assert lines[3].startswith("row 6, column “Uitdaging”: The challenge is empty")
    assert len(lines) == 4
    assert sha256(demo_file) == before
    assert listing(tmp_path) == ["fout.csv", "gho.dgw"]
    assert len(challenge_texts(demo_file)) == DEMO_CHALLENGES


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("leeg.csv", b"", "leeg.csv is empty."),
        ("alleen-kop.csv", b"Uitdaging;Domein\n;\n", "no rows with challenges"),
        ("nep.xlsx", b"Uitdaging;Domein\n", "cannot be read as an Excel workbook"),
        ("plaatje.png", b"\x89PNG\r\n", "not an Excel workbook (.xlsx) or a CSV file"),
    ],
)
def test_a_file_that_is_no_challenge_list(
    name: str,
    content: bytes,
    fragment: str,
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    before = sha256(demo_file)

    assert cli.main(["import", "challenges", str(demo_file), str(source)]) == 1

    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith(f"dgw-desktop: {name} was not imported")
    assert len(lines) == 2 and fragment in lines[1]
    assert sha256(demo_file) == before
    assert source.read_bytes() == content


def test_a_project_that_is_not_ours(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "notities.dgw"
    project.write_text("geen project\n" * 20)
    source = write_csv(tmp_path / "in.csv", "Uitdaging;Domein", "A;ruimte")
    before = sha256(project)

    assert cli.main(["import", "challenges", str(project), str(source)]) == 1

    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("dgw-desktop: ") and "notities.dgw" in line
    assert sha256(project) == before
    assert listing(tmp_path) == ["in.csv", "notities.dgw"]


def test_a_missing_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "in.csv", "Uitdaging;Domein", "A;ruimte")
    assert cli.main(["import", "challenges", str(tmp_path / "weg.dgw"), str(source)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert "weg.dgw" in line
    assert listing(tmp_path) == ["in.csv"]


def test_a_refused_import_leaves_an_older_file_unmigrated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "oud.dgw"
    shutil.copy(V1_FIXTURE, project)
    source = write_csv(tmp_path / "in.csv", "Uitdaging;Domein", "A;cultuur")
    before = sha256(project)

    assert cli.main(["import", "challenges", str(project), str(source)]) == 1

    assert "row 2" in capsys.readouterr().err
    assert sha256(project) == before
    assert listing(tmp_path) == ["in.csv", "oud.dgw"]  # no backup copy: nothing migrated


def test_a_good_import_into_an_older_file(tmp_path: Path) -> None:
    project = tmp_path / "oud.dgw"
    shutil.copy(V1_FIXTURE, project)
    source = write_csv(tmp_path / "in.csv", "Uitdaging;Domein;Gemeenten", "Nieuw;fysiek;GM0824")

    assert cli.main(["import", "challenges", str(project), str(source)]) == 0

    assert challenge_texts(project)[-1] == "Nieuw"


@pytest.mark.parametrize(
    "arguments",
    [
        ["import"],
        ["import", "challenges"],
        ["import", "challenges", "a.dgw"],
        ["import", "challenges", "a.dgw", "b.csv", "extra"],
        ["import", "participants", "a.dgw", "b.csv"],
    ],
)
def test_wrong_usage_exits_2(
    arguments: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(arguments) == 2
    assert "usage:" in capsys.readouterr().err
    assert listing(tmp_path) == []


def test_help_names_the_import(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["import", "challenges", "--help"]) == 0
    out = capsys.readouterr().out
    assert "FILE" in out and "IN" in out


def test_texts_go_through_the_translator(
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli, "cli_translator", lambda: lambda context, text: f"[{context}] {text}")
    good = write_csv(tmp_path / "goed.csv", "Uitdaging;Domein", "A;ruimte")
    bad = write_csv(tmp_path / "fout.csv", "Uitdaging;Domein", "A;cultuur")

    assert cli.main(["import", "challenges", str(demo_file), str(good)]) == 0
    assert capsys.readouterr().out == "[Cli] 1 challenges imported into gho.dgw.\n"
    assert cli.main(["import", "challenges", str(demo_file), str(bad)]) == 1
    first, second = capsys.readouterr().err.splitlines()
    assert first.startswith("dgw-desktop: [Import] fout.csv was not imported")
    assert second.startswith("[Import] row 2, column “Domein”: [Import] “cultuur”")


def test_a_broken_translation_falls_back_to_english(
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli, "cli_translator", lambda: lambda context, text: "{kapot}")
    bad = write_csv(tmp_path / "fout.csv", "Uitdaging;Domein", "A;cultuur")

    assert cli.main(["import", "challenges", str(demo_file), str(bad)]) == 1

    first, second = capsys.readouterr().err.splitlines()
    assert "fout.csv was not imported" in first
    assert second.startswith("row 2, column “Domein”: “cultuur” is not a domain")
