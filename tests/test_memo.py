"""The decision memo PDF: content, fonts, escaping, atomic writing."""

from __future__ import annotations

import dataclasses
import datetime
import shutil
import subprocess
from pathlib import Path

import pytest

from dgw_desktop.domain import demo_data
from dgw_desktop.domain.entities import Challenge
from dgw_desktop.exports import memo as memo_module
from dgw_desktop.exports.memo import write_memo
from dgw_desktop.store.errors import FileRefusedError
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.snapshot import ProjectSnapshot, load_snapshot

TODAY = datetime.date(2026, 11, 22)


@pytest.fixture
def demo_snapshot(tmp_path: Path) -> ProjectSnapshot:
    with create_demo_project(tmp_path / "demo.dgw") as project_file:
        return load_snapshot(project_file)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=30,
    )
    return result.stdout.decode("utf-8")


def pdf_fonts(path: Path) -> list[list[str]]:
    """Rows of ``pdffonts``: name, type..., emb, sub, uni, object id."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True, timeout=30
    )
    return [line.split() for line in result.stdout.splitlines()[2:] if line.strip()]


@pytest.fixture
def demo_memo(demo_snapshot: ProjectSnapshot, tmp_path: Path) -> Path:
    out = tmp_path / "stuurgroepvoorstel.pdf"
    write_memo(demo_snapshot, out, today=TODAY)
    return out


def test_the_memo_is_a_pdf(demo_memo: Path) -> None:
    assert demo_memo.read_bytes().startswith(b"%PDF-")


def test_the_memo_has_title_date_and_sections(demo_memo: Path) -> None:
    text = pdf_text(demo_memo)
    assert "Stuurgroepvoorstel" in text
    assert demo_data.PROJECT_NAME in text
    assert "22-11-2026" in text
    for heading in ("Aanleiding", "Partnergemeenten", "Uitdagingen per domein"):
        assert heading in text
    # The description is in the Aanleiding (pdftotext breaks lines, so look at a phrase).
    assert "concrete vraagstukken" in text


def test_the_memo_lists_partners_with_dutch_numbers(demo_memo: Path) -> None:
    text = pdf_text(demo_memo)
    for municipality in demo_data.DEMO_MUNICIPALITIES:
        if municipality.is_partner:
            assert municipality.name in text
            assert municipality.cbs_code in text
    assert "24.328" in text  # Goirle, via format_integer
    assert "73.258" in text  # the partners' total
    assert "Oosterhout" in text  # named as a possible newcomer


def test_the_memo_has_every_domain_with_its_count(demo_memo: Path) -> None:
    text = pdf_text(demo_memo)
    for workshop in demo_data.DEMO_WORKSHOPS:
        name = workshop.domain[:1].upper() + workshop.domain[1:]
        assert f"{name} — {len(workshop.challenges)} uitdagingen" in text


def test_special_characters_survive(demo_memo: Path) -> None:
    text = pdf_text(demo_memo)
    assert "financiële" in text  # ë, from the demo data
    assert "€" in text
    assert "—" in text
    assert "–" in text


def test_page_numbers_count_all_pages(demo_memo: Path) -> None:
    text = pdf_text(demo_memo)
    pages = text.count("\f")
    assert pages >= 2
    assert f"Pagina 1 van {pages}" in text
    assert f"Pagina {pages} van {pages}" in text


def test_only_embedded_dejavu_fonts_no_helvetica(demo_memo: Path) -> None:
    fonts = pdf_fonts(demo_memo)
    assert fonts
    names = [row[0] for row in fonts]
    assert not any("Helvetica" in name for name in names)
    assert all("DejaVuSans" in name for name in names)
    assert any(name.endswith("DejaVuSans-Bold") for name in names)
    assert all(row[-5] == "yes" for row in fonts)  # the "emb" column


def test_user_text_is_escaped_not_interpreted(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    domain_id = demo_snapshot.domains[0].id
    tricky = Challenge(
        text="<b>niet vet</b> & <font>ook</font> geen markup",
        domain_id=domain_id,
        notes="regel één\nregel twee\x0b met een verticale tab",
    )
    snapshot = dataclasses.replace(demo_snapshot, challenges=(tricky,))
    out = tmp_path / "escape.pdf"
    write_memo(snapshot, out, today=TODAY)

    text = pdf_text(out)
    assert "<b>niet vet</b> & <font>ook</font> geen markup" in text
    assert "regel één" in text


def test_an_empty_project_still_gives_a_memo(tmp_path: Path) -> None:
    with create_empty_project(tmp_path / "leeg.dgw", "Leeg traject") as project_file:
        snapshot = load_snapshot(project_file)
    out = tmp_path / "leeg.pdf"
    write_memo(snapshot, out, today=TODAY)

    text = pdf_text(out)
    assert "Leeg traject" in text
    assert "Er zijn nog geen partnergemeenten vastgelegd." in text
    assert "Nog geen uitdagingen vastgelegd." in text
    # Short: the sections say what is missing instead of filling pages with empty tables.
    assert "Pagina 1 van 1" in text or "Pagina 2 van 2" in text


def test_a_very_long_challenge_splits_over_pages(
    demo_snapshot: ProjectSnapshot, tmp_path: Path
) -> None:
    long_text = ("Een erg lange uitdaging met veel woorden. " * 60)[:2000]
    challenge = Challenge(
        text=long_text, domain_id=demo_snapshot.domains[0].id, notes=("Toelichting. " * 150)
    )
    snapshot = dataclasses.replace(demo_snapshot, challenges=(challenge, challenge))
    out = tmp_path / "lang.pdf"
    write_memo(snapshot, out, today=TODAY)

    assert out.stat().st_size > 0


def test_progress_runs_from_zero_to_total(demo_snapshot: ProjectSnapshot, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    write_memo(demo_snapshot, tmp_path / "m.pdf", lambda d, t: calls.append((d, t)), today=TODAY)

    total = calls[0][1]
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_a_failed_build_leaves_the_old_file_and_no_temporary(
    demo_snapshot: ProjectSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "stuurgroepvoorstel.pdf"
    out.write_bytes(b"previous memo")

    def broken_build(self: object, *args: object, **kwargs: object) -> None:
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(memo_module.BaseDocTemplate, "build", broken_build)
    with pytest.raises(RuntimeError):
        write_memo(demo_snapshot, out, today=TODAY)

    assert out.read_bytes() == b"previous memo"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.dgw", "stuurgroepvoorstel.pdf"]


def test_a_missing_folder_is_refused(demo_snapshot: ProjectSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "bestaat-niet" / "memo.pdf"
    with pytest.raises(FileRefusedError):
        write_memo(demo_snapshot, out, today=TODAY)
    assert not out.parent.exists()
