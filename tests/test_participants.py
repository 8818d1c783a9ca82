"""Participants of workshops and attendance per municipality and domain (no Qt)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dgw_desktop.domain.entities import Municipality, Participant, Target, Theme, Workshop
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.store.domains import find_domain_by_name
from dgw_desktop.store.municipalities import (
    add_municipality,
    delete_municipality,
    municipality_usage,
)
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.participants import (
    add_participant,
    add_participants,
    attendance_by_domain_and_municipality,
    attendance_by_municipality,
    count_participants_by_workshop,
    delete_participant,
    delete_participants,
    get_participant,
    list_participants,
    restore_participants,
    update_participant,
)
from dgw_desktop.store.project_file import ProjectFile, open_project_file
from dgw_desktop.store.scoring import list_criteria, list_scores, set_score
from dgw_desktop.store.themes import add_theme
from dgw_desktop.store.workshops import add_workshop, delete_workshop, restore_workshop


def _raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


class World:
    def __init__(self, project: ProjectFile) -> None:
        self.project = project
        self.goirle = add_municipality(
            project, Municipality(name="Goirle", cbs_code="GM0785", inhabitants=24328)
        ).id
        self.hilvarenbeek = add_municipality(
            project, Municipality(name="Hilvarenbeek", cbs_code="GM0798", inhabitants=15966)
        ).id
        self.oisterwijk = add_municipality(
            project, Municipality(name="Oisterwijk", cbs_code="GM0824", inhabitants=32964)
        ).id
        domains = {}
        for name in ("bedrijfsvoering", "sociaal", "ruimte"):
            domain = find_domain_by_name(project, name)
            assert domain is not None
            domains[name] = domain.id
        self.domains = domains
        self.sociaal = add_workshop(
            project, Workshop(title="Sociaal", domain_id=domains["sociaal"])
        )
        self.ruimte = add_workshop(project, Workshop(title="Ruimte", domain_id=domains["ruimte"]))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with create_empty_project(tmp_path / "p.dgw", "Test") as project:
        yield World(project)


def test_participant_round_trip(world: World) -> None:
    project = world.project
    anna = add_participant(
        project,
        Participant(
            workshop_id=world.sociaal.id,
            municipality_id=world.goirle,
            department=" Jeugd ",
            name="  Anna de Vries ",
        ),
    )
    assert (anna.name, anna.department) == ("Anna de Vries", "Jeugd")
    anonymous = add_participant(
        project, Participant(workshop_id=world.sociaal.id, municipality_id=world.oisterwijk)
    )
    assert anonymous.name == ""
    assert list_participants(project, world.sociaal.id) == [anna, anonymous]
    assert list_participants(project, world.ruimte.id) == []

    moved = Participant(
        id=anna.id,
        workshop_id=world.ruimte.id,
        municipality_id=world.hilvarenbeek,
        department="Wmo",
        name="Anna",
    )
    update_participant(project, moved)
    project.close()
    with open_project_file(project.path) as reopened:
        assert get_participant(reopened, anna.id) == moved
        assert list_participants(reopened) == [moved, anonymous]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"workshop_id": "nope"}, "workshop_id"),
        ({"municipality_id": "nope"}, "municipality_id"),
        ({"municipality_id": ""}, "municipality_id"),
        ({"name": "x" * 2001}, "name"),
        ({"department": "x" * 2001}, "department"),
    ],
)
def test_participant_validation(world: World, change: dict[str, str], field: str) -> None:
    values = {"workshop_id": world.sociaal.id, "municipality_id": world.goirle, **change}
    with pytest.raises(ValidationError) as caught:
        add_participant(world.project, Participant(**values))
    assert caught.value.field == field
    assert list_participants(world.project) == []


def test_add_participants_is_all_or_nothing(world: World) -> None:
    good = Participant(workshop_id=world.sociaal.id, municipality_id=world.goirle)
    bad = Participant(workshop_id=world.sociaal.id, municipality_id="nope")
    with pytest.raises(ValidationError):
        add_participants(world.project, [good, bad])
    assert list_participants(world.project) == []


def test_delete_and_restore_gives_identical_rows_with_scores(world: World) -> None:
    project = world.project
    people = add_participants(
        project,
        [
            Participant(workshop_id=world.sociaal.id, municipality_id=world.goirle, name="A"),
            Participant(workshop_id=world.sociaal.id, municipality_id=world.goirle, name="B"),
            Participant(workshop_id=world.sociaal.id, municipality_id=world.oisterwijk),
        ],
    )
    theme = add_theme(project, Theme(name="Jeugd", domain_id=world.domains["sociaal"]))
    criterion = list_criteria(project)[0]
    for value, person in zip((1, 3, 5), people, strict=True):
        set_score(project, criterion.id, Target.theme(theme.id), person.id, value)
    rows_before = _raw(project.path, "SELECT * FROM participant ORDER BY id")
    scores_before = _raw(project.path, "SELECT * FROM score ORDER BY id")

    removed = delete_participants(project, [people[0].id, people[2].id])
    assert [p.id for p in removed.participants] == [people[0].id, people[2].id]
    assert list_participants(project) == [people[1]]
    assert [s.value for s in list_scores(project)] == [3]

    restore_participants(project, removed)
    assert list_participants(project) == people
    assert _raw(project.path, "SELECT * FROM participant ORDER BY id") == rows_before
    assert _raw(project.path, "SELECT * FROM score ORDER BY id") == scores_before

    single = delete_participant(project, people[1].id)
    restore_participants(project, single)
    assert _raw(project.path, "SELECT * FROM participant ORDER BY id") == rows_before


def test_attendance_per_municipality_and_domain(world: World) -> None:
    project = world.project
    add_participants(
        project,
        [
            Participant(workshop_id=world.sociaal.id, municipality_id=world.goirle),
            Participant(workshop_id=world.sociaal.id, municipality_id=world.goirle),
            Participant(workshop_id=world.sociaal.id, municipality_id=world.oisterwijk),
            Participant(workshop_id=world.ruimte.id, municipality_id=world.goirle),
        ],
    )
    assert attendance_by_municipality(project) == {
        world.goirle: 3,
        world.hilvarenbeek: 0,
        world.oisterwijk: 1,
    }
    by_domain = attendance_by_domain_and_municipality(project)
    assert set(by_domain) == set(world.domains.values())
    assert by_domain[world.domains["sociaal"]] == {
        world.goirle: 2,
        world.hilvarenbeek: 0,
        world.oisterwijk: 1,
    }
    assert by_domain[world.domains["ruimte"]][world.goirle] == 1
    assert set(by_domain[world.domains["bedrijfsvoering"]].values()) == {0}
    assert count_participants_by_workshop(project) == {world.sociaal.id: 3, world.ruimte.id: 1}


def test_a_municipality_with_participants_is_not_deleted(world: World) -> None:
    add_participant(
        world.project, Participant(workshop_id=world.sociaal.id, municipality_id=world.hilvarenbeek)
    )
    assert municipality_usage(world.project, world.hilvarenbeek) == 1
    with pytest.raises(ValidationError) as caught:
        delete_municipality(world.project, world.hilvarenbeek)
    assert "participants" in caught.value.translated()


def test_deleting_a_workshop_takes_participants_and_undo_brings_them_back(world: World) -> None:
    project = world.project
    person = add_participant(
        project, Participant(workshop_id=world.sociaal.id, municipality_id=world.goirle, name="A")
    )
    theme = add_theme(project, Theme(name="T"))
    set_score(project, list_criteria(project)[0].id, Target.theme(theme.id), person.id, 4)
    before = (
        _raw(project.path, "SELECT * FROM participant"),
        _raw(project.path, "SELECT * FROM score"),
    )
    removed = delete_workshop(project, world.sociaal.id)
    assert list_participants(project) == []
    assert list_scores(project) == []
    restore_workshop(project, *removed)
    after = (
        _raw(project.path, "SELECT * FROM participant"),
        _raw(project.path, "SELECT * FROM score"),
    )
    assert after == before


def test_demo_has_participants_in_every_workshop(tmp_path: Path) -> None:
    with create_demo_project(tmp_path / "demo.dgw") as project:
        counts = count_participants_by_workshop(project)
        assert len(counts) == 3
        assert all(8 <= count <= 14 for count in counts.values()), counts
        participants = list_participants(project)
        assert any(p.name == "" for p in participants)
        assert all(p.department for p in participants)
        partners = {row[0] for row in project.query("SELECT id FROM municipality WHERE is_partner")}
        for per_municipality in attendance_by_domain_and_municipality(project).values():
            assert all(per_municipality[m] >= 3 for m in partners), per_municipality
