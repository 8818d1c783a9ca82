"""Files made by every released schema version still open, migrated, with their data.

The fixtures are written once by ``tests/fixtures/make_fixtures.py`` and then frozen.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import shutil
from pathlib import Path

import pytest

from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.project_file import open_project_file, read_header
from dgw_desktop.store.project_info import get_project
from dgw_desktop.store.schema import SCHEMA_VERSION
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
