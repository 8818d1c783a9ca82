"""Files made by every released schema version still open, migrated, with their data.

The fixtures are written once by ``tests/fixtures/make_fixtures.py`` and then frozen.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import shutil
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from dgw_desktop.domain.entities import Target, Theme
from dgw_desktop.domain.scoring import DEFAULT_CRITERIA
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.participants import list_participants
from dgw_desktop.store.placements import get_placement
from dgw_desktop.store.project_file import backup_path_for, open_project_file, read_header
from dgw_desktop.store.project_info import get_project
from dgw_desktop.store.schema import SCHEMA_VERSION
from dgw_desktop.store.scoring import list_criteria, score_ranking
from dgw_desktop.store.themes import add_theme, assign_challenges, theme_summaries
from dgw_desktop.store.voting import list_rounds, vote_results
from dgw_desktop.store.workshops import list_workshops

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("schema-v*.dgw"))


def _version(path: Path) -> int:
    match = re.fullmatch(r"schema-v(\d+)\.dgw", path.name)
    assert match, path.name
    return int(match.group(1))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    versions = sorted(_version(path) for path in FIXTURE_FILES)
    assert versions == list(range(1, SCHEMA_VERSION + 1)), (
        "add a migration together with its fixture: "
        ".venv/bin/python tests/fixtures/make_fixtures.py"
    )


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.name)
def test_fixture_opens_at_the_current_version_with_its_data(fixture: Path, tmp_path: Path) -> None:
    original_hash = hashlib.sha256(fixture.read_bytes()).hexdigest()
    assert read_header(fixture).user_version == _version(fixture)
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)

    with open_project_file(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        # The data every fixture holds (see make_fixtures.py); later versions add to it.
        assert get_project(project).id == "00000000-0000-4000-8000-000000000001"
        assert [d.name for d in list_domains(project)] == ["bedrijfsvoering", "sociaal", "ruimte"]
        municipalities = {m.name: m for m in list_municipalities(project)}
        assert set(municipalities) >= {"Goirle", "Oisterwijk"}
        assert municipalities["Goirle"].cbs_code == "GM0785"
        assert municipalities["Goirle"].inhabitants == 24328
        assert municipalities["Goirle"].is_partner
        assert not municipalities["Oisterwijk"].is_partner
        (workshop,) = list_workshops(project)
        assert workshop.held_on == datetime.date(2026, 9, 29)
        assert set(workshop.municipality_ids) == {
            municipalities["Goirle"].id,
            municipalities["Oisterwijk"].id,
        }
        challenges = {c.id: c for c in list_challenges(project)}
        special = challenges["00000000-0000-4000-8000-000000000301"]
        assert special.text == "De coördinatie van jeugdzorg kost ons € 2,1 miljoen te veel."
        assert special.notes == "Overschrijding 2025 – geschat."
        assert special.workshop_id == workshop.id
        assert len(special.municipality_ids) == 2
        assert challenges["00000000-0000-4000-8000-000000000303"].workshop_id is None
        assert len(challenges) >= 3

    assert read_header(path).user_version == SCHEMA_VERSION
    assert hashlib.sha256(fixture.read_bytes()).hexdigest() == original_hash


V2_FIXTURES = [path for path in FIXTURE_FILES if _version(path) >= 2]


@pytest.mark.parametrize("fixture", V2_FIXTURES, ids=lambda path: path.name)
def test_fixture_keeps_what_schema_2_added(fixture: Path, tmp_path: Path) -> None:
    """Agenda, author, theme, participants, votes, scores and placement survive."""
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    theme = Target.theme("00000000-0000-4000-8000-000000000401")
    with open_project_file(path) as project:
        (workshop,) = list_workshops(project)
        assert workshop.notes == "09.30 inloop\n10.00 opening – € 0"
        challenges = {c.id: c for c in list_challenges(project)}
        first = challenges["00000000-0000-4000-8000-000000000301"]
        assert first.said_by == "Wethouder Jansen"
        assert first.theme_id == theme.id
        assert challenges["00000000-0000-4000-8000-000000000303"].said_by == ""
        (summary,) = theme_summaries(project)
        assert (summary.name, summary.challenge_count, summary.municipality_count) == (
            "Grip op jeugdzorg",
            2,
            2,
        )
        participants = list_participants(project, workshop.id)
        assert [p.name for p in participants] == ["Anna de Vries", ""]
        (vote_round,) = list_rounds(project)
        assert [(r.text, r.dots) for r in vote_results(project, vote_round.id)] == [
            ("Grip op jeugdzorg", 6),
            ("Meldingen openbare ruimte worden niet geanalyseerd.", 3),
        ]
        (criterion,) = list_criteria(project)
        assert criterion.weight == 2
        (ranked,) = score_ranking(project, "theme")
        assert ranked.score == Decimal("4.00")  # the consensus score decides
        assert ranked.dissent  # 5 and 2 lie 3 apart
        placement = get_placement(project, theme)
        assert placement is not None
        assert (placement.impact, placement.effort) == (5, 2)


def test_schema_1_file_is_upgraded_to_2_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.dgw"
    shutil.copyfile(FIXTURES / "schema-v1.dgw", path)
    with open_project_file(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        (workshop,) = list_workshops(project)
        assert workshop.notes == ""
        assert all(c.said_by == "" and c.theme_id is None for c in list_challenges(project))
        assert list_participants(project) == []
        assert list_rounds(project) == []
        # An existing project gets the default criteria, as a new one does.
        criteria = list_criteria(project)
        assert [c.name for c in criteria] == list(DEFAULT_CRITERIA)
        assert {c.weight for c in criteria} == {1}
        for key, created_at in project.query("SELECT id, created_at FROM criterion"):
            assert str(uuid.UUID(key)) == key
            assert uuid.UUID(key).version == 4
            assert datetime.datetime.fromisoformat(created_at).tzinfo is not None
        assert len({c.id for c in criteria}) == 4
        # The new tables work on the upgraded file.
        theme = add_theme(project, Theme(name="Nieuw"))
        assign_challenges(project, theme.id, ["00000000-0000-4000-8000-000000000301"])
        (summary,) = theme_summaries(project)
        assert summary.municipality_count == 2
    backup = backup_path_for(path, 1)
    assert read_header(backup).user_version == 1
    with open_project_file(backup, migrate=False) as kept:
        assert kept.schema_version == 1
        assert kept.query("SELECT count(*) FROM challenge")[0][0] == 3
