"""What a workshop prioritises: its targets, its ranking, the missing default criteria (no Qt)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from dgw_desktop.domain.entities import (
    Challenge,
    Criterion,
    Municipality,
    Participant,
    Placement,
    Target,
    Theme,
    Workshop,
)
from dgw_desktop.domain.scoring import DEFAULT_CRITERIA
from dgw_desktop.store.challenges import add_challenge
from dgw_desktop.store.domains import find_domain_by_name
from dgw_desktop.store.municipalities import add_municipality
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.participants import add_participant
from dgw_desktop.store.placements import set_placement
from dgw_desktop.store.priority_targets import (
    add_missing_default_criteria,
    missing_default_criteria,
    project_map_targets,
    workshop_ranking,
    workshop_targets,
)
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.scoring import (
    add_criterion,
    delete_criterion,
    list_criteria,
    score_ranking,
    set_score,
)
from dgw_desktop.store.themes import add_theme
from dgw_desktop.store.workshops import add_workshop


class World:
    def __init__(self, project: ProjectFile) -> None:
        self.project = project
        sociaal = find_domain_by_name(project, "sociaal")
        ruimte = find_domain_by_name(project, "ruimte")
        assert sociaal is not None and ruimte is not None
        town = add_municipality(project, Municipality("Goirle", "GM0785", 1))
        self.workshop = add_workshop(project, Workshop(title="W", domain_id=sociaal.id))
        self.other = add_workshop(project, Workshop(title="X", domain_id=ruimte.id))
        self.person = add_participant(
            project, Participant(workshop_id=self.workshop.id, municipality_id=town.id)
        )

        def challenge(text: str, workshop_id: str | None) -> Target:
            added = add_challenge(
                project, Challenge(text=text, domain_id=sociaal.id, workshop_id=workshop_id)
            )
            return Target.challenge(added.id)

        def theme(name: str, domain_id: str | None) -> Target:
            return Target.theme(add_theme(project, Theme(name=name, domain_id=domain_id)).id)

        self.first = challenge("Eerste", self.workshop.id)
        self.second = challenge("Tweede", self.workshop.id)
        self.elsewhere = challenge("Elders", self.other.id)
        self.loose = challenge("Los", None)
        self.zorg = theme("zorg", sociaal.id)
        self.armoede = theme("Armoede", sociaal.id)
        self.across = theme("Overal", None)
        self.groen = theme("Groen", ruimte.id)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with create_empty_project(tmp_path / "p.dgw", "Test") as project:
        yield World(project)


def test_workshop_targets_are_its_themes_by_name_then_its_challenges(world: World) -> None:
    infos = workshop_targets(world.project, world.workshop.id)
    assert [info.target for info in infos] == [
        world.armoede,
        world.across,
        world.zorg,
        world.first,
        world.second,
    ]
    assert [info.text for info in infos] == ["Armoede", "Overal", "zorg", "Eerste", "Tweede"]
    assert {info.kind for info in infos} == {"theme", "challenge"}
    other = [info.target for info in workshop_targets(world.project, world.other.id)]
    assert other == [world.groen, world.across, world.elsewhere]
    assert workshop_targets(world.project, "no such workshop") == []


def test_the_project_map_lists_every_theme_and_the_placed_challenges(world: World) -> None:
    assert [i.target for i in project_map_targets(world.project)] == [
        world.armoede,
        world.groen,
        world.across,
        world.zorg,
    ]
    set_placement(world.project, Placement(world.loose, impact=2, effort=5))
    set_placement(world.project, Placement(world.first, impact=4, effort=1))
    infos = project_map_targets(world.project)
    assert [info.target for info in infos][-2:] == [world.loose, world.first]
    assert infos[-1].text == "Eerste"


def test_workshop_ranking_holds_its_themes_and_scored_challenges_only(world: World) -> None:
    project = world.project
    impact, feasible = list_criteria(project)[:2]
    set_score(project, impact.id, world.first, world.person.id, 5)
    set_score(project, impact.id, world.elsewhere, None, 5)
    set_score(project, impact.id, world.zorg, None, 2)
    set_score(project, feasible.id, world.zorg, None, 4)
    ranking = workshop_ranking(project, world.workshop.id)
    assert [line.target for line in ranking] == [
        world.first,
        world.zorg,
        world.armoede,
        world.across,
    ]
    assert [line.rank for line in ranking] == [1, 2, None, None]
    assert ranking[1].score == Decimal("3.00")
    # The same numbers as the project's ranking: one rule, in the domain.
    project_lines = {line.target: line for line in score_ranking(project)}
    assert project_lines[world.zorg].score == ranking[1].score
    assert world.elsewhere in project_lines


def test_missing_default_criteria_are_added_after_the_others(world: World) -> None:
    project = world.project
    assert missing_default_criteria(project) == []
    assert add_missing_default_criteria(project) == []
    removed = [c for c in list_criteria(project) if c.name in ("Impact", "Haalbaarheid")]
    for criterion in removed:
        delete_criterion(project, criterion.id)
    add_criterion(project, Criterion(name="kosten", weight=3, position=7))
    assert missing_default_criteria(project) == ["Impact", "Haalbaarheid"]
    added = add_missing_default_criteria(project)
    assert [(c.name, c.weight, c.position) for c in added] == [
        ("Impact", 1, 8),
        ("Haalbaarheid", 1, 9),
    ]
    assert missing_default_criteria(project) == []
    with sqlite3.connect(project.path) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM criterion")}
    assert names == {*DEFAULT_CRITERIA, "kosten"}


def test_a_default_name_in_other_case_counts_as_present(world: World) -> None:
    project = world.project
    impact = next(c for c in list_criteria(project) if c.name == "Impact")
    delete_criterion(project, impact.id)
    add_criterion(project, Criterion(name="IMPACT", weight=2))
    assert missing_default_criteria(project) == []


def test_the_demo_gives_each_workshop_something_to_prioritise(tmp_path: Path) -> None:
    with create_demo_project(tmp_path / "demo.dgw") as project:
        with sqlite3.connect(project.path) as connection:
            workshop_ids = [row[0] for row in connection.execute("SELECT id FROM workshop")]
        dissenting = []
        for workshop_id in workshop_ids:
            infos = workshop_targets(project, workshop_id)
            assert sum(info.kind == "theme" for info in infos) >= 2
            assert sum(info.kind == "challenge" for info in infos) >= 5
            ranking = workshop_ranking(project, workshop_id)
            assert ranking[0].rank == 1
            dissenting += [line.target for line in ranking if line.dissent]
        assert len(dissenting) == 1  # "Grip op jeugdzorg"
        assert len([i for i in project_map_targets(project) if i.kind == "challenge"]) == 4
