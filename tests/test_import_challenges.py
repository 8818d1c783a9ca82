"""Import of challenges (DESIGN §7, issue 3 item 6): good files of every kind real people make,
and bad rows and files refused as a whole, each problem naming the spreadsheet's row."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import openpyxl
import pytest

from dgw_desktop.domain.entities import Challenge, Workshop
from dgw_desktop.exports.workbook import write_workbook
from dgw_desktop.imports import challenges as importer
from dgw_desktop.imports.challenges import (
    import_challenges,
    plan_challenge_import,
    read_challenge_rows,
)
from dgw_desktop.imports.matching import load_import_targets
from dgw_desktop.imports.problems import ImportRefusedError
from dgw_desktop.imports.tabular import cell_text, sniff_separator
from dgw_desktop.store.challenges import add_challenge, list_challenges
from dgw_desktop.store.domains import find_domain_by_name
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.new_project import create_demo_project
from dgw_desktop.store.project_file import ProjectFile, open_project_file
from dgw_desktop.store.snapshot import load_snapshot
from dgw_desktop.store.workshops import add_workshop, list_workshops

REPO = Path(__file__).resolve().parent.parent
DEMO_CHALLENGES = 65
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls, or an encrypted .xlsx


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectFile]:
    project_file = create_demo_project(tmp_path / "gho.dgw")
    yield project_file
    project_file.close()


def write_csv(path: Path, lines: Sequence[str], *, encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], title: str = "Blad1") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def texts(project_file: ProjectFile) -> list[str]:
    return [challenge.text for challenge in list_challenges(project_file)]


def imported(project_file: ProjectFile) -> list[Challenge]:
    """The challenges added after the demo's own, in file order."""
    return list_challenges(project_file)[DEMO_CHALLENGES:]


def refused(project_file: ProjectFile, path: Path) -> ImportRefusedError:
    """Import must fail as a whole and leave the project file exactly as it was."""
    before = sha256(project_file.path)
    with pytest.raises(ImportRefusedError) as caught:
        import_challenges(project_file, path)
    assert sha256(project_file.path) == before
    assert len(list_challenges(project_file)) == DEMO_CHALLENGES
    assert caught.value.problems, "a refusal names its problems"
    return caught.value


def rows_of(error: ImportRefusedError) -> list[int]:
    return [problem.row for problem in error.problems]


# -- good files ------------------------------------------------------------------------------
def test_csv_with_commas_and_english_headers(project: ProjectFile, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "challenges.csv",
        [
            "Challenge,Domain,Municipalities,Notes,Workshop",
            "Data about debt help is scattered,sociaal,Goirle,From the session,"
            "Workshop sociaal domein",
            '"Permits, and their data, live in two systems",ruimte,"Goirle; Oisterwijk",,',
        ],
    )

    assert import_challenges(project, path) == 2

    first, second = imported(project)
    assert first.text == "Data about debt help is scattered"
    assert first.notes == "From the session"
    assert first.workshop_id == next(
        w.id for w in list_workshops(project) if w.title == "Workshop sociaal domein"
    )
    assert second.text == "Permits, and their data, live in two systems"
    names = {m.id: m.name for m in list_municipalities(project)}
    assert sorted(names[i] for i in second.municipality_ids) == ["Goirle", "Oisterwijk"]
    assert second.workshop_id is None


def test_dutch_excel_csv_semicolons_bom_cp1252(project: ProjectFile, tmp_path: Path) -> None:
    lines = [
        "Uitdaging;Domein;Gemeenten;Toelichting",
        "Financiële data per cliënt ontbreekt;Sociaal domein;Hilvarenbeek;Één bron € 1.000",
    ]
    write_csv(tmp_path / "cp1252.csv", lines, encoding="cp1252")
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode())

    assert import_challenges(project, tmp_path / "cp1252.csv") == 1
    assert import_challenges(project, tmp_path / "bom.csv") == 1

    for challenge in imported(project):
        assert challenge.text == "Financiële data per cliënt ontbreekt"
        assert challenge.notes == "Één bron € 1.000"
        assert challenge.domain_id == find_domain_by_name(project, "sociaal").id  # type: ignore[union-attr]


def test_tab_separated_and_utf16_unicode_text(project: ProjectFile, tmp_path: Path) -> None:
    lines = ["Uitdaging\tDomein", "Eén overzicht van vastgoed\truimte"]
    write_csv(tmp_path / "tabs.tsv", lines)
    (tmp_path / "unicode.txt").write_bytes("\r\n".join(lines).encode("utf-16"))  # with BOM

    assert import_challenges(project, tmp_path / "tabs.tsv") == 1
    assert import_challenges(project, tmp_path / "unicode.txt") == 1
    assert texts(project)[-2:] == ["Eén overzicht van vastgoed"] * 2


def test_mixed_case_headers_spaces_blank_and_ignored_columns(
    project: ProjectFile, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "rommelig.csv",
        [
            ";;;",
            " Nr ; UITDAGING ;domein  ; gemeenten:",
            " 1 ;  Geen zicht op wachtlijsten  ;  SOCIAAL  ;  goirle ,  gm0824 ",
            " 2 ;;;",  # only a column the import does not read: blank
            ";;;",
            "3;Te veel Excel;  Domein bedrijfsvoering;",
            ";;;",
            ";;;",
        ],
    )

    assert import_challenges(project, path) == 2

    first, second = imported(project)
    assert first.text == "Geen zicht op wachtlijsten"
    names = {m.id: m.name for m in list_municipalities(project)}
    assert sorted(names[i] for i in first.municipality_ids) == ["Goirle", "Oisterwijk"]
    assert second.domain_id == find_domain_by_name(project, "bedrijfsvoering").id  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("sociaal domein", "sociaal"),
        ("Het sociale domein", "sociaal"),
        ("fysiek domein", "ruimte"),
        ("Fysieke leefomgeving", "ruimte"),
        ("domein: ruimte", "ruimte"),
        ("BEDRIJFSVOERING", "bedrijfsvoering"),
        ("bedrijfsvoering domein", "bedrijfsvoering"),
    ],
)
def test_domain_names_people_write(
    written: str, meant: str, project: ProjectFile, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "d.csv", ["Uitdaging;Domein", f"Iets;{written}"])
    assert import_challenges(project, path) == 1
    assert imported(project)[0].domain_id == find_domain_by_name(project, meant).id  # type: ignore[union-attr]


def test_xlsx_dutch_headers_numbers_formulas_and_trailing_blank_rows(
    project: ProjectFile, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "workshop.xlsx",
        [
            ["Uitdaging", "Domein", "Gemeenten", "Toelichting", "Workshop"],
            ["=SUM(A1:A2)", "sociaal", "Goirle", 42, "workshop SOCIAAL domein"],
            ["+31 6 12345678 belt niemand terug", "ruimte", None, 2.5, None],
            ["-5 fte bij burgerzaken", "bedrijfsvoering", "GM0798", 3.0, None],
            ["@iedereen: data delen", "ruimte", None, None, None],
            [None, None, None, None, None],
            ["   ", None, "", None, None],
        ],
    )

    assert import_challenges(project, path) == 4

    added = imported(project)
    assert [c.text for c in added] == [
        "=SUM(A1:A2)",
        "+31 6 12345678 belt niemand terug",
        "-5 fte bij burgerzaken",
        "@iedereen: data delen",
    ]
    assert [c.notes for c in added] == ["42", "2,5", "3", ""]
    # A real formula cell is read as its formula text, never evaluated.
    assert openpyxl.load_workbook(path)["Blad1"]["A2"].data_type == "f"


def test_formula_like_text_survives_in_the_file(project: ProjectFile, tmp_path: Path) -> None:
    dangerous = ['=HYPERLINK("http://x","klik")', "+1+1", "-2", "@SUM(1)", "=1;2"]
    lines = ["Challenge;Domain"] + [
        '"' + text.replace('"', '""') + '";sociaal' for text in dangerous
    ]
    path = write_csv(tmp_path / "formules.csv", lines)

    assert import_challenges(project, path) == len(dangerous)
    project.close()

    with open_project_file(tmp_path / "gho.dgw") as reopened:
        assert texts(reopened)[-len(dangerous) :] == dangerous


def test_excel_sep_line_and_a_renamed_workbook(project: ProjectFile, tmp_path: Path) -> None:
    write_csv(tmp_path / "sep.csv", ["sep=|", "Uitdaging|Domein", "Met pijp|ruimte"])
    write_xlsx(tmp_path / "book.xlsx", [["Uitdaging", "Domein"], ["Uit werkmap", "ruimte"]])
    (tmp_path / "book.csv").write_bytes((tmp_path / "book.xlsx").read_bytes())

    assert import_challenges(project, tmp_path / "sep.csv") == 1
    assert import_challenges(project, tmp_path / "book.csv") == 1
    assert texts(project)[-2:] == ["Met pijp", "Uit werkmap"]


def test_the_challenges_sheet_is_preferred(project: ProjectFile, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Toelichting"
    book.active.append(["Dit blad is uitleg"])
    sheet = book.create_sheet("Uitdagingen")
    sheet.append(["Uitdaging", "Domein"])
    sheet.append(["Van het tweede blad", "ruimte"])
    book.save(tmp_path / "twee.xlsx")

    assert import_challenges(project, tmp_path / "twee.xlsx") == 1
    assert texts(project)[-1] == "Van het tweede blad"


def test_a_workbook_with_a_wrong_stored_dimension(project: ProjectFile, tmp_path: Path) -> None:
    """Other programs write a wrong <dimension ref>; read-only openpyxl would cut columns."""
    good = write_xlsx(
        tmp_path / "goed.xlsx", [["Uitdaging", "Domein"], [None, None], ["Derde rij", "ruimte"]]
    )
    target = tmp_path / "andere-maker.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:B3"', b'<dimension ref="A1"')
                assert b'<dimension ref="A1" />' in data
            copy.writestr(item, data)

    rows = read_challenge_rows(target)

    assert [(row.number, row.challenge, row.domain) for row in rows] == [(3, "Derde rij", "ruimte")]


def test_exported_workbook_imports_back(project: ProjectFile, tmp_path: Path) -> None:
    write_workbook(load_snapshot(project), tmp_path / "export.xlsx")

    plan = plan_challenge_import(project, read_challenge_rows(tmp_path / "export.xlsx"))

    assert plan.ok and len(plan.challenges) == DEMO_CHALLENGES
    assert len(plan.duplicates) == DEMO_CHALLENGES
    assert all(duplicate.first_row is None for duplicate in plan.duplicates)
    assert [c.text for c in plan.challenges] == texts(project)


def test_duplicates_are_allowed_and_counted(project: ProjectFile, tmp_path: Path) -> None:
    ruimte = find_domain_by_name(project, "ruimte")
    assert ruimte is not None
    add_challenge(project, Challenge(text="Geen actueel BAG-beeld", domain_id=ruimte.id))
    path = write_csv(
        tmp_path / "dubbel.csv",
        [
            "Uitdaging;Domein",
            "Nieuw;ruimte",
            "geen  actueel bag-beeld;ruimte",  # already in the project
            "Nieuw;sociaal",  # another domain: not the same challenge
            " NIEUW ;ruimte",  # repeats row 2
        ],
    )
    before = len(list_challenges(project))

    plan = plan_challenge_import(project, read_challenge_rows(path))

    assert plan.ok
    assert [(d.row, d.first_row) for d in plan.duplicates] == [(3, None), (5, 2)]
    assert import_challenges(project, path) == 4
    assert len(list_challenges(project)) == before + 4


def test_preview_writes_nothing_and_is_pure(project: ProjectFile, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", ["Uitdaging;Domein", "A;ruimte", "B;onbekend", "C;ruimte"])
    before = sha256(project.path)
    targets = load_import_targets(project)

    plan = plan_challenge_import(targets, read_challenge_rows(path))

    assert [c.text for c in plan.challenges] == ["A", "C"]
    assert plan.rows == [2, 4]
    assert rows_of(ImportRefusedError(path, plan.problems)) == [3]
    assert sha256(project.path) == before
    assert plan_challenge_import(targets, read_challenge_rows(path)).rows == plan.rows


def test_cell_values_become_text_without_float_noise() -> None:
    assert cell_text(12) == "12"
    assert cell_text(12.0) == "12"
    assert cell_text(0.25) == "0,25"
    assert cell_text(None) == ""
    assert cell_text("=A1") == "=A1"


@pytest.mark.parametrize(
    ("line", "separator"),
    [("a;b;c", ";"), ("a,b,c", ","), ("a\tb\tc", "\t"), ('"a;b",c,d', ","), ("alleen", ",")],
)
def test_the_separator_is_sniffed_from_the_header(line: str, separator: str) -> None:
    assert sniff_separator(line) == separator


# -- bad files: refused whole, nothing written -------------------------------------------------
def _zip_without_workbook(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "geen werkmap")


def _truncated_workbook(path: Path) -> None:
    buffer = io.BytesIO()
    book = openpyxl.Workbook()
    book.active.append(["Uitdaging", "Domein"])
    book.save(buffer)
    path.write_bytes(buffer.getvalue()[:300])


@pytest.mark.parametrize(
    ("name", "make", "fragment"),
    [
        ("leeg.csv", lambda p: p.write_bytes(b""), "is empty"),
        ("spaties.csv", lambda p: p.write_text(" \n;;\n\t\n"), "is empty"),
        ("lijst.pdf", lambda p: p.write_bytes(b"%PDF-1.4 ..."), "not an Excel workbook"),
        ("tekst.xlsx", lambda p: p.write_text("Uitdaging;Domein\nA;ruimte\n"), "damaged"),
        ("zip.xlsx", _zip_without_workbook, "damaged"),
        ("kapot.xlsx", _truncated_workbook, "damaged"),
        (
            "geheim.xlsx",
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
            "password",
        ),
        (
            "oud.csv",
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
            ".xls",
        ),
        ("binair.csv", lambda p: p.write_bytes(bytes(range(256)) * 4), "not a text file"),
        ("besturing.csv", lambda p: p.write_bytes(bytes(range(1, 32)) * 40), "not a text file"),
    ],
)
def test_files_that_are_no_challenge_list(
    name: str, make: object, fragment: str, project: ProjectFile, tmp_path: Path
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]

    error = refused(project, path)

    assert rows_of(error) == [0]
    assert name in error.problems[0].message()
    assert fragment in error.problems[0].message()
    assert name in error.translated()


def test_a_missing_file(project: ProjectFile, tmp_path: Path) -> None:
    error = refused(project, tmp_path / "weg.csv")
    assert error.problem_lines() == ["The file weg.csv does not exist."]


@pytest.mark.parametrize(
    ("lines", "rows", "fragments"),
    [
        (["Tekst;Domein", "A;ruimte"], [1], ["“Uitdaging” (or “Challenge”)"]),
        (["Uitdaging;Gemeenten", "A;Goirle"], [1], ["“Domein” (or “Domain”)"]),
        (["Nr;Opmerking", "1;x"], [1, 1], ["Uitdaging", "Domein"]),
        (
            ["Uitdaging;Domein;Challenge", "A;ruimte;B"],
            [1],
            ["Column C repeats column A (“Uitdaging”)"],
        ),
        (["Uitdaging;Domein"], [0], ["has the column headers but no rows"]),
        (["Uitdaging;Domein", ";", " ; ", ";"], [0], ["no rows with challenges"]),
    ],
)
def test_header_problems(
    lines: list[str],
    rows: list[int],
    fragments: list[str],
    project: ProjectFile,
    tmp_path: Path,
) -> None:
    error = refused(project, write_csv(tmp_path / "kop.csv", lines))
    assert rows_of(error) == rows
    text = "\n".join(error.problem_lines())
    for fragment in fragments:
        assert fragment in text


@pytest.mark.parametrize(
    ("row", "column", "fragment"),
    [
        (";ruimte;;alleen een toelichting;", "Uitdaging", "challenge is empty"),
        ("A" * 2001 + ";ruimte;;;", "Uitdaging", "2001 characters"),
        ("A;ruimte;;" + "n" * 2001 + ";", "Toelichting", "at most 2000"),
        ("A;;;;", "Domein", "domain is empty"),
        ("A;cultuur;;;", "Domein", "“cultuur” is not a domain"),
        ("A;ruimte;Goirle, Tilburg;;", "Gemeenten", "“Tilburg” is not a municipality"),
        ("A;ruimte;GM9999;;", "Gemeenten", "“GM9999” is not a municipality"),
        ("A;ruimte;;;Workshop cultuur", "Workshop", "“Workshop cultuur” is not a workshop"),
        ("A;ruimte;;;Workshop sociaal domein", "Workshop", "belongs to domain sociaal"),
    ],
)
def test_bad_rows(
    row: str, column: str, fragment: str, project: ProjectFile, tmp_path: Path
) -> None:
    header = "Uitdaging;Domein;Gemeenten;Toelichting;Workshop"
    path = write_csv(
        tmp_path / "rij.csv", [header, "Goed;ruimte;;;", "", row, "Ook goed;ruimte;;;"]
    )

    error = refused(project, path)

    (problem,) = error.problems
    assert (problem.row, problem.column) == (4, column)
    assert fragment in problem.message()
    assert error.problem_lines()[0].startswith(f"row 4, column “{column}”: ")


def test_an_ambiguous_workshop(project: ProjectFile, tmp_path: Path) -> None:
    ruimte = find_domain_by_name(project, "ruimte")
    assert ruimte is not None
    for _ in range(2):
        add_workshop(project, Workshop(title="Werksessie", domain_id=ruimte.id))
    path = write_csv(tmp_path / "w.csv", ["Uitdaging;Domein;Workshop", "A;ruimte;werksessie"])

    error = refused(project, path)

    assert rows_of(error) == [2]
    assert "2 workshops called “werksessie”" in error.problems[0].message()


def test_every_problem_is_reported_with_its_spreadsheet_row(
    project: ProjectFile, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "fouten.xlsx",
        [
            ["Challenge", "Domain", "Municipalities"],
            ["Goed", "ruimte", "Goirle"],
            [None, None, None],
            ["Fout domein", "cultuur", None],
            [None, None, None],
            [None, None, None],
            ["Twee fouten", "", "Breda"],
            [None, "ruimte", None],
        ],
    )

    error = refused(project, path)

    assert [(p.row, p.column) for p in error.problems] == [
        (4, "Domain"),
        (7, "Domain"),
        (7, "Municipalities"),
        (8, "Challenge"),
    ]
    assert "Problems: 4." in error.translated()


def test_too_many_rows(
    project: ProjectFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "MAX_IMPORT_ROWS", 3)
    path = write_csv(
        tmp_path / "veel.csv", ["Uitdaging;Domein"] + [f"{i};ruimte" for i in range(4)]
    )

    error = refused(project, path)

    assert rows_of(error) == [0]
    assert "more than 3 rows" in error.problems[0].message()


def test_an_unclosed_quote_names_its_row(project: ProjectFile, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "quote.csv",
        ["Uitdaging;Domein", "Goed;ruimte", '"Nooit gesloten;ruimte'] + ["x" * 1000] * 200,
    )

    error = refused(project, path)

    assert rows_of(error) == [3]
    assert "quotes" in error.problems[0].message()


def test_an_unknown_domain_in_an_empty_project_lists_the_choices(
    project: ProjectFile, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "x.csv", ["Uitdaging;Domein", "A;welzijn"])
    error = refused(project, path)
    assert "bedrijfsvoering, sociaal, ruimte" in error.problems[0].message()


def test_messages_are_translated_in_their_context(project: ProjectFile, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", ["Uitdaging;Domein", "A;welzijn"])
    error = refused(project, path)

    def translate(context: str, text: str) -> str:
        return f"[{context}] {text}"

    (line,) = error.problem_lines(translate)
    assert line.startswith("[Import] row 2, column “Domein”: [Import] “welzijn”")
    assert error.translated(translate).startswith("[Import] x.csv was not imported")


# -- the package stays light ---------------------------------------------------------------------
def test_openpyxl_is_loaded_only_to_read_a_workbook(tmp_path: Path) -> None:
    write_csv(tmp_path / "a.csv", ["Uitdaging;Domein", "A;ruimte"])
    code = (
        "import sys\n"
        "from dgw_desktop.imports.challenges import read_challenge_rows\n"
        f"read_challenge_rows({str(tmp_path / 'a.csv')!r})\n"
        "assert 'openpyxl' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_add_challenge_then_import_keeps_order(project: ProjectFile, tmp_path: Path) -> None:
    ruimte = find_domain_by_name(project, "ruimte")
    assert ruimte is not None
    add_challenge(project, Challenge(text="Eerst", domain_id=ruimte.id))
    path = write_csv(tmp_path / "o.csv", ["Uitdaging;Domein"] + [f"R{i};ruimte" for i in range(5)])

    assert import_challenges(project, path) == 5
    assert texts(project)[-6:] == ["Eerst", "R0", "R1", "R2", "R3", "R4"]
