"""Dot voting: rounds, dots per target, the round's budget, ranked results (no Qt)."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dgw_desktop.domain.entities import (
    Challenge,
    Municipality,
    Participant,
    Target,
    Theme,
    VoteRound,
    Workshop,
)
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.store.challenges import add_challenge
from dgw_desktop.store.domains import find_domain_by_name
from dgw_desktop.store.municipalities import add_municipality
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.participants import add_participants, delete_participants
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.themes import add_theme
from dgw_desktop.store.voting import (
    add_round,
    delete_round,
    dots_budget,
    get_dots,
    get_round,
    list_rounds,
    list_votes,
    restore_round,
    set_dots,
    update_round,
    vote_results,
)
from dgw_desktop.store.workshops import add_workshop, delete_workshop, restore_workshop


class World:
    def __init__(self, project: ProjectFile, participants: int = 4) -> None:
        self.project = project
        goirle = add_municipality(
            project, Municipality(name="Goirle", cbs_code="GM0785", inhabitants=1)
        )
        domain = find_domain_by_name(project, "sociaal")
        assert domain is not None
        self.workshop = add_workshop(project, Workshop(title="W", domain_id=domain.id))
        self.other_workshop = add_workshop(project, Workshop(title="X", domain_id=domain.id))
        self.people = add_participants(
            project,
            [
                Participant(workshop_id=self.workshop.id, municipality_id=goirle.id)
                for _ in range(participants)
            ],
        )
        self.round = add_round(
            project, VoteRound(workshop_id=self.workshop.id, name="Ronde 1", dots_per_participant=3)
        )
        texts = ("Bravo", "alfa", "Charlie")
        self.challenges = [
            Target.challenge(add_challenge(project, Challenge(text=text, domain_id=domain.id)).id)
            for text in texts
        ]
        self.theme = Target.theme(add_theme(project, Theme(name="Delta")).id)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with create_empty_project(tmp_path / "p.dgw", "Test") as project:
        yield World(project)


def _rows(project: ProjectFile, table: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(project.path)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        connection.close()


# -- rounds ---------------------------------------------------------------------------------------
def test_round_round_trip(world: World) -> None:
    project = world.project
    second = add_round(
        project, VoteRound(workshop_id=world.workshop.id, name=" Ronde 2 ", position=1)
    )
    assert second.name == "Ronde 2"
    assert second.dots_per_participant == 5
    assert list_rounds(project, world.workshop.id) == [world.round, second]
    assert list_rounds(project, world.other_workshop.id) == []
    changed = dataclasses.replace(second, name="Finale", dots_per_participant=2)
    update_round(project, changed)
    assert get_round(project, second.id) == changed
    assert list_rounds(project) == [world.round, changed]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": " "}, "name"),
        ({"workshop_id": "nope"}, "workshop_id"),
        ({"dots_per_participant": 0}, "dots_per_participant"),
        ({"dots_per_participant": -1}, "dots_per_participant"),
        ({"dots_per_participant": 101}, "dots_per_participant"),
        ({"dots_per_participant": True}, "dots_per_participant"),
    ],
)
def test_round_validation(world: World, change: dict[str, object], field: str) -> None:
    values: dict[str, object] = {"workshop_id": world.workshop.id, "name": "R", **change}
    with pytest.raises(ValidationError) as caught:
        add_round(world.project, VoteRound(**values))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert len(list_rounds(world.project)) == 1


def test_delete_round_and_restore_gives_identical_rows(world: World) -> None:
    project = world.project
    set_dots(project, world.round.id, world.theme, 5)
    set_dots(project, world.round.id, world.challenges[0], 2)
    before = _rows(project, "vote_round"), _rows(project, "vote")
    removed = delete_round(project, world.round.id)
    assert list_rounds(project) == []
    assert list_votes(project) == []
    restore_round(project, removed)
    assert (_rows(project, "vote_round"), _rows(project, "vote")) == before


def test_deleting_the_workshop_takes_its_rounds_and_undo_brings_them_back(world: World) -> None:
    project = world.project
    set_dots(project, world.round.id, world.theme, 5)
    before = _rows(project, "vote_round"), _rows(project, "vote")
    removed = delete_workshop(project, world.workshop.id)
    assert list_rounds(project) == []
    restore_workshop(project, *removed)
    assert (_rows(project, "vote_round"), _rows(project, "vote")) == before


# -- dots -----------------------------------------------------------------------------------------
def test_set_dots_returns_the_previous_value_for_undo(world: World) -> None:
    project = world.project
    assert set_dots(project, world.round.id, world.theme, 4) == 0
    assert set_dots(project, world.round.id, world.theme, 6) == 4
    assert get_dots(project, world.round.id, world.theme) == 6
    (vote,) = list_votes(project, world.round.id)
    assert (vote.target, vote.dots) == (world.theme, 6)
    assert set_dots(project, world.round.id, world.theme, 4) == 6  # undo
    assert list_votes(project) == [dataclasses.replace(vote, dots=4)]  # the same row
    assert set_dots(project, world.round.id, world.theme, 0) == 4
    assert list_votes(project) == []  # no row for no dots


@pytest.mark.parametrize("dots", [-1, -100, True])
def test_refuses_dots_below_zero_or_not_whole(world: World, dots: int) -> None:
    with pytest.raises(ValidationError) as caught:
        set_dots(world.project, world.round.id, world.theme, dots)
    assert caught.value.field == "dots"
    assert list_votes(world.project) == []


def test_refuses_unknown_round_or_target(world: World) -> None:
    with pytest.raises(ValidationError) as caught:
        set_dots(world.project, "nope", world.theme, 1)
    assert caught.value.field == "round_id"
    for target in (Target.theme("nope"), Target.challenge(world.theme.id)):
        with pytest.raises(ValidationError) as caught:
            set_dots(world.project, world.round.id, target, 1)
        assert caught.value.field == "target"


def test_a_round_holds_at_most_participants_times_dots(world: World) -> None:
    project = world.project  # 4 participants × 3 dots = 12
    set_dots(project, world.round.id, world.theme, 7)
    set_dots(project, world.round.id, world.challenges[0], 5)
    assert dots_budget(project, world.round.id).left == 0
    with pytest.raises(ValidationError) as caught:
        set_dots(project, world.round.id, world.challenges[1], 1)
    message = caught.value.translated()
    assert "12" in message and "4 participants × 3" in message and "13" in message
    assert get_dots(project, world.round.id, world.challenges[1]) == 0
    # Moving dots within the budget is fine; lowering always is.
    set_dots(project, world.round.id, world.theme, 6)
    set_dots(project, world.round.id, world.challenges[1], 1)
    budget = dots_budget(project, world.round.id)
    assert (budget.participants, budget.available, budget.used, budget.left) == (4, 12, 12, 0)


def test_a_round_without_participants_has_no_dots(world: World) -> None:
    empty = add_round(world.project, VoteRound(workshop_id=world.other_workshop.id, name="R"))
    with pytest.raises(ValidationError) as caught:
        set_dots(world.project, empty.id, world.theme, 1)
    assert "participants" in caught.value.translated()


def test_fewer_dots_per_participant_only_if_the_dots_fit(world: World) -> None:
    project = world.project
    set_dots(project, world.round.id, world.theme, 9)
    with pytest.raises(ValidationError):
        update_round(project, dataclasses.replace(world.round, dots_per_participant=2))
    assert get_round(project, world.round.id).dots_per_participant == 3
    update_round(project, dataclasses.replace(world.round, dots_per_participant=4))


def test_dots_stay_when_participants_leave(world: World) -> None:
    project = world.project
    set_dots(project, world.round.id, world.theme, 12)
    delete_participants(project, [world.people[0].id])
    assert dots_budget(project, world.round.id).left == -3  # shown, not silently changed
    assert get_dots(project, world.round.id, world.theme) == 12


# -- results --------------------------------------------------------------------------------------
def test_results_most_dots_first_ties_by_text(world: World) -> None:
    project = world.project
    bravo, alfa, charlie = world.challenges
    set_dots(project, world.round.id, bravo, 2)
    set_dots(project, world.round.id, world.theme, 4)
    set_dots(project, world.round.id, charlie, 2)
    set_dots(project, world.round.id, alfa, 2)
    results = vote_results(project, world.round.id)
    assert [(r.text, r.dots) for r in results] == [
        ("Delta", 4),
        ("alfa", 2),
        ("Bravo", 2),
        ("Charlie", 2),
    ]
    assert results[0].target == world.theme
    set_dots(project, world.round.id, alfa, 0)
    assert [r.text for r in vote_results(project, world.round.id)] == ["Delta", "Bravo", "Charlie"]


def test_rounds_are_separate(world: World) -> None:
    project = world.project
    second = add_round(project, VoteRound(workshop_id=world.workshop.id, name="Ronde 2"))
    set_dots(project, world.round.id, world.theme, 2)
    set_dots(project, second.id, world.theme, 7)
    assert [r.dots for r in vote_results(project, world.round.id)] == [2]
    assert [r.dots for r in vote_results(project, second.id)] == [7]


def test_demo_has_a_round_per_workshop_with_dots(tmp_path: Path) -> None:
    with create_demo_project(tmp_path / "demo.dgw") as project:
        rounds = list_rounds(project)
        assert len(rounds) == 3
        assert len({r.workshop_id for r in rounds}) == 3
        for vote_round in rounds:
            assert vote_round.dots_per_participant == 5
            budget = dots_budget(project, vote_round.id)
            assert 0 < budget.used <= budget.available
            results = vote_results(project, vote_round.id)
            kinds = [result.target.kind for result in results]
            assert kinds[:2] == ["theme", "theme"]  # the themes lead
            assert "challenge" in kinds
