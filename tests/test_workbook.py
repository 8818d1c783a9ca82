"""The steering-committee workbook: sheets, formats, live totals, formula-injection safety."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import openpyxl
import pytest

from dgw_desktop.domain import demo_data
from dgw_desktop.domain.entities import Challenge, Domain, Municipality, Project, Workshop
from dgw_desktop.domain.formatting import EXCEL_DATE_FORMAT, EXCEL_INTEGER_FORMAT
from dgw_desktop.exports import workbook as workbook_module
from dgw_desktop.exports.workbook import write_workbook
from dgw_desktop.store.errors import FileRefusedError, RefusalReason
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.snapshot import ProjectSnapshot, load_snapshot

DEMO_CHALLENGE_COUNT = sum(len(w.challenges) for w in demo_data.DEMO_WORKSHOPS)


@pytest.fixture
def demo_snapshot(tmp_path: Path) -> ProjectSnapshot:
    with create_demo_project(tmp_path / "demo.dgw") as project_file:
        return load_snapshot(project_file)


def _tiny_snapshot(**changes: object) -> ProjectSnapshot:
    """A hand-built snapshot: lets a test use texts the store would clean up."""
    domain = Domain(name="sociaal")
    goirle = Municipality(name="Goirle", cbs_code="GM0785", inhabitants=24328)
    workshop = Workshop(
        title="Workshop sociaal",
        domain_id=domain.id,
        held_on=datetime.date(2026, 9, 29),
        municipality_ids=(goirle.id,),
    )
    challenge = Challenge(
        text="Een gewone uitdaging", domain_id=domain.id, municipality_ids=(goirle.id,)
    )
    snapshot = ProjectSnapshot(
        project=Project(name="Klein traject"),
        municipalities=(goirle,),
        domains=(domain,),
        workshops=(workshop,),
        challenges=(challenge,),
    )
    return dataclasses.replace(snapshot, **changes)  # type: ignore[arg-type]


def _rows(sheet: object) -> list[tuple[object, ...]]:
    return list(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]


def test_the_workbook_has_the_three_sheets_with_dutch_headers(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "stuurgroep.xlsx"
    write_workbook(demo_snapshot, out)

    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:3] == ["Uitdagingen", "Gemeenten", "Workshops"]
    assert _rows(book["Uitdagingen"])[0] == (
        "Domein",
        "Workshop",
        "Uitdaging",
        "Gemeenten",
        "Aantal gemeenten",
        "Toelichting",
    )
    assert _rows(book["Gemeenten"])[0] == (
        "Gemeente",
        "CBS-code",
        "Inwoners",
        "Partner",
        "Aantal uitdagingen",
    )
    assert _rows(book["Workshops"])[0] == (
        "Titel",
        "Domein",
        "Datum",
        "Locatie",
        "Facilitator",
        "Gemeenten",
    )


def test_every_challenge_is_a_row_with_its_municipalities(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "stuurgroep.xlsx"
    write_workbook(demo_snapshot, out)

    rows = _rows(openpyxl.load_workbook(out)["Uitdagingen"])[1:]
    assert len(rows) == DEMO_CHALLENGE_COUNT == 65
    texts = {row[2] for row in rows}
    assert {c.text for w in demo_data.DEMO_WORKSHOPS for c in w.challenges} == texts
    first = demo_data.DEMO_WORKSHOPS[0].challenges[0]
    (row,) = [row for row in rows if row[2] == first.text]
    assert row[0] == "bedrijfsvoering"
    assert row[1] == "Workshop bedrijfsvoering"
    assert row[3] == "Goirle, Hilvarenbeek, Oisterwijk"
    assert row[4] == 3
    assert row[5] == first.notes


def test_municipalities_sheet_has_partners_counts_and_a_live_total(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "stuurgroep.xlsx"
    write_workbook(demo_snapshot, out)

    sheet = openpyxl.load_workbook(out)["Gemeenten"]
    rows = _rows(sheet)
    count = len(demo_data.DEMO_MUNICIPALITIES)
    by_name = {row[0]: row for row in rows[1 : count + 1]}
    assert by_name["Goirle"][1:4] == ("GM0785", 24328, "ja")
    assert by_name["Oosterhout"][3:] == ("nee", 0)
    assert all(isinstance(row[4], int) and row[4] > 0 for row in rows[1:4])
    total = sheet.cell(row=count + 2, column=3)
    assert sheet.cell(row=count + 2, column=1).value == "Totaal"
    assert total.data_type == "f"
    assert total.value == f"=SUM(C2:C{count + 1})"
    partners = sheet.cell(row=count + 3, column=3)
    assert partners.value == f'=SUMIF(D2:D{count + 1},"ja",C2:C{count + 1})'
    assert sheet["C2"].number_format == EXCEL_INTEGER_FORMAT
    assert total.number_format == EXCEL_INTEGER_FORMAT
    # The totals stay outside the filter, so sorting never moves them.
    assert sheet.auto_filter.ref == f"A1:E{count + 1}"


def test_workshop_dates_are_real_dates_in_dutch_format(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "stuurgroep.xlsx"
    write_workbook(demo_snapshot, out)

    sheet = openpyxl.load_workbook(out)["Workshops"]
    cell = sheet["C2"]
    assert cell.is_date
    assert cell.value.date() == demo_data.DEMO_WORKSHOPS[0].held_on
    assert cell.number_format == EXCEL_DATE_FORMAT
    assert sheet["F2"].value == "Goirle, Hilvarenbeek, Oisterwijk"


@pytest.mark.parametrize("sheet_name", ["Uitdagingen", "Gemeenten", "Workshops"])
def test_sheets_have_a_bold_frozen_header_filter_and_widths(
    demo_snapshot: ProjectSnapshot, tmp_path: Path, sheet_name: str
) -> None:
    out = tmp_path / "stuurgroep.xlsx"
    write_workbook(demo_snapshot, out)

    sheet = openpyxl.load_workbook(out)[sheet_name]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    assert all(cell.font.bold for cell in sheet[1])
    widths = [sheet.column_dimensions[letter].width for letter in "ABCDE"]
    assert all(8 <= width <= 60 for width in widths)


def test_long_text_columns_wrap(demo_snapshot: ProjectSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "stuurgroep.xlsx"
    write_workbook(demo_snapshot, out)

    sheet = openpyxl.load_workbook(out)["Uitdagingen"]
    assert sheet["C2"].alignment.wrap_text
    assert sheet["F2"].alignment.wrap_text


@pytest.mark.parametrize(
    "text", ["=SUM(A1)", "+31 13 123", "-1+1", '@HYPERLINK("x")', "\t=1", "=cmd|' /C calc'!A0"]
)
def test_formula_like_text_is_stored_as_text(tmp_path: Path, text: str) -> None:
    snapshot = _tiny_snapshot()
    challenge = dataclasses.replace(snapshot.challenges[0], text=text, notes=text)
    workshop = dataclasses.replace(snapshot.workshops[0], location=text, facilitator=text)
    snapshot = dataclasses.replace(snapshot, challenges=(challenge,), workshops=(workshop,))
    out = tmp_path / "veilig.xlsx"
    write_workbook(snapshot, out)

    book = openpyxl.load_workbook(out)
    for cell in (
        book["Uitdagingen"]["C2"],
        book["Uitdagingen"]["F2"],
        book["Workshops"]["D2"],
        book["Workshops"]["E2"],
    ):
        assert cell.data_type == "s"
        assert cell.value == text
        assert cell.quotePrefix


def test_a_carriage_return_at_the_start_stays_text(tmp_path: Path) -> None:
    snapshot = _tiny_snapshot()
    challenge = dataclasses.replace(snapshot.challenges[0], text="\r=1+1")
    out = tmp_path / "veilig.xlsx"
    write_workbook(dataclasses.replace(snapshot, challenges=(challenge,)), out)

    cell = openpyxl.load_workbook(out)["Uitdagingen"]["C2"]
    assert cell.data_type == "s"
    assert cell.value == "\n=1+1"  # line breaks are stored as Excel's \n


def test_formula_like_names_stay_text(tmp_path: Path) -> None:
    snapshot = _tiny_snapshot()
    evil = dataclasses.replace(snapshot.municipalities[0], name="=1+2")
    out = tmp_path / "veilig.xlsx"
    write_workbook(dataclasses.replace(snapshot, municipalities=(evil,)), out)

    book = openpyxl.load_workbook(out)
    for cell in (book["Gemeenten"]["A2"], book["Uitdagingen"]["D2"], book["Workshops"]["F2"]):
        assert cell.data_type == "s"
        assert cell.value == "=1+2"


def test_control_characters_do_not_break_the_export(tmp_path: Path) -> None:
    snapshot = _tiny_snapshot()
    challenge = dataclasses.replace(snapshot.challenges[0], text="Plak\x0buit\x00Word")
    out = tmp_path / "plak.xlsx"
    write_workbook(dataclasses.replace(snapshot, challenges=(challenge,)), out)

    assert openpyxl.load_workbook(out)["Uitdagingen"]["C2"].value == "PlakuitWord"


def test_an_empty_project_gives_a_workbook_with_headers_only(tmp_path: Path) -> None:
    with create_empty_project(tmp_path / "leeg.dgw", "Leeg") as project_file:
        snapshot = load_snapshot(project_file)
    out = tmp_path / "leeg.xlsx"
    write_workbook(snapshot, out)

    book = openpyxl.load_workbook(out)
    assert len(_rows(book["Uitdagingen"])) == 1
    assert len(_rows(book["Workshops"])) == 1
    assert book["Gemeenten"]["C2"].value == 0


def test_progress_runs_from_zero_to_total(demo_snapshot: ProjectSnapshot, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    write_workbook(
        demo_snapshot, tmp_path / "x.xlsx", lambda done, total: calls.append((done, total))
    )

    total = calls[0][1]
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert {t for _, t in calls} == {total}


def test_a_failed_save_leaves_the_old_file_and_no_temporary(
    demo_snapshot: ProjectSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "stuurgroep.xlsx"
    out.write_bytes(b"previous export")

    def broken_save(self: object, filename: object) -> None:
        Path(str(filename)).write_bytes(b"half a zip")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(workbook_module.Workbook, "save", broken_save)
    with pytest.raises(RuntimeError):
        write_workbook(demo_snapshot, out)

    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.dgw", "stuurgroep.xlsx"]


def test_a_missing_folder_is_refused_as_a_user_error(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "bestaat-niet" / "stuurgroep.xlsx"
    with pytest.raises(FileRefusedError) as caught:
        write_workbook(demo_snapshot, out)

    assert caught.value.reason is RefusalReason.UNWRITABLE
    assert "stuurgroep.xlsx" in caught.value.translated()
    assert not out.parent.exists()


def test_a_folder_as_target_is_refused_and_left_alone(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    target = tmp_path / "map.xlsx"
    target.mkdir()
    (target / "binnen.txt").write_text("blijft")
    with pytest.raises(FileRefusedError):
        write_workbook(demo_snapshot, target)

    assert (target / "binnen.txt").read_text() == "blijft"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.dgw", "map.xlsx"]
