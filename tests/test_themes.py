"""Themes: create, rename, assign, dissolve, merge, summaries; undo gives identical rows."""

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
    Placement,
    Target,
    Theme,
    VoteRound,
    Workshop,
)
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.store.challenges import (
    add_challenge,
    get_challenge,
    list_challenges,
    remove_challenges,
    restore_challenges,
    update_challenge,
)
from dgw_desktop.store.domains import delete_domain, find_domain_by_name
from dgw_desktop.store.municipalities import add_municipality
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.participants import add_participants
from dgw_desktop.store.placements import get_placement, set_placement
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.scoring import get_score, list_criteria, set_score
from dgw_desktop.store.themes import (
    add_theme,
    assign_challenges,
    dissolve_theme,
    get_theme,
    list_themes,
    merge_themes,
    rename_theme,
    restore_assignments,
    restore_merged_themes,
    restore_theme,
    theme_summaries,
    update_theme,
)
from dgw_desktop.store.voting import add_round, get_dots, set_dots
from dgw_desktop.store.workshops import add_workshop

TABLES = ("theme", "challenge", "vote", "score", "placement")


def _dump(project: ProjectFile) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables themes touch, read with a second connection."""
    connection = sqlite3.connect(project.path)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in TABLES
        }
    finally:
        connection.close()


class World:
    def __init__(self, project: ProjectFile) -> None:
        self.project = project
        names = (("Goirle", "GM0785"), ("Hilvarenbeek", "GM0798"), ("Oisterwijk", "GM0824"))
        self.municipalities = [
            add_municipality(project, Municipality(name=name, cbs_code=code, inhabitants=1)).id
            for name, code in names
        ]
        sociaal = find_domain_by_name(project, "sociaal")
        ruimte = find_domain_by_name(project, "ruimte")
        assert sociaal is not None and ruimte is not None
        self.sociaal, self.ruimte = sociaal.id, ruimte.id
        self.workshop = add_workshop(project, Workshop(title="W", domain_id=self.sociaal))
        g, h, o = self.municipalities
        shared = ((g,), (g, h), (h,), (o,), (g, o))
        self.challenges = [
            add_challenge(
                project,
                Challenge(text=f"Uitdaging {i}", domain_id=self.sociaal, municipality_ids=ids),
            )
            for i, ids in enumerate(shared)
        ]
        self.people = add_participants(
            project,
            [
                Participant(workshop_id=self.workshop.id, municipality_id=m)
                for m in self.municipalities
            ],
        )
        self.round = add_round(
            project, VoteRound(workshop_id=self.workshop.id, name="Ronde 1", dots_per_participant=5)
        )
        self.criteria = list_criteria(project)

    def ids(self, *indexes: int) -> list[str]:
        return [self.challenges[i].id for i in indexes]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with create_empty_project(tmp_path / "p.dgw", "Test") as project:
        yield World(project)


# -- create, rename, validate -------------------------------------------------------------------
def test_create_rename_update(world: World) -> None:
    project = world.project
    theme = add_theme(project, Theme(name="  Grip op jeugdzorg ", domain_id=world.sociaal))
    assert theme.name == "Grip op jeugdzorg"
    assert get_theme(project, theme.id) == theme
    renamed = rename_theme(project, theme.id, "Jeugdzorg")
    assert get_theme(project, theme.id) == dataclasses.replace(theme, name="Jeugdzorg")
    assert renamed.name == "Jeugdzorg"
    across = add_theme(project, Theme(name="Privacy", description="Over alle domeinen"))
    moved = update_theme(project, dataclasses.replace(across, domain_id=world.ruimte))
    assert get_theme(project, across.id) == moved
    update_theme(project, theme)  # undo of the rename
    assert [t.name for t in list_themes(project)] == ["Grip op jeugdzorg", "Privacy"]


@pytest.mark.parametrize(
    ("theme", "field"),
    [
        (Theme(name="  "), "name"),
        (Theme(name="x" * 2001), "name"),
        (Theme(name="Nieuw", domain_id="nope"), "domain_id"),
        (Theme(name="JEUGD"), "name"),
    ],
)
def test_theme_validation(world: World, theme: Theme, field: str) -> None:
    add_theme(world.project, Theme(name="Jeugd"))
    with pytest.raises(ValidationError) as caught:
        add_theme(world.project, theme)
    assert caught.value.field == field
    assert len(list_themes(world.project)) == 1


def test_same_name_in_another_domain_is_fine(world: World) -> None:
    add_theme(world.project, Theme(name="Data op orde", domain_id=world.sociaal))
    add_theme(world.project, Theme(name="Data op orde", domain_id=world.ruimte))
    with pytest.raises(ValidationError):
        add_theme(world.project, Theme(name="data op orde", domain_id=world.ruimte))


def test_unknown_theme_is_refused(world: World) -> None:
    with pytest.raises(ValidationError):
        rename_theme(world.project, "nope", "x")
    with pytest.raises(ValidationError):
        assign_challenges(world.project, "nope", world.ids(0))
    with pytest.raises(ValidationError) as caught:
        add_challenge(world.project, Challenge(text="x", domain_id=world.sociaal, theme_id="nope"))
    assert caught.value.field == "theme_id"


def test_a_domain_with_themes_is_not_deleted(world: World) -> None:
    add_theme(world.project, Theme(name="T", domain_id=world.ruimte))
    with pytest.raises(ValidationError) as caught:
        delete_domain(world.project, world.ruimte)
    assert "themes" in caught.value.translated()


# -- membership -----------------------------------------------------------------------------------
def test_assign_and_undo(world: World) -> None:
    project = world.project
    first = add_theme(project, Theme(name="Eerste"))
    second = add_theme(project, Theme(name="Tweede"))
    assert assign_challenges(project, first.id, world.ids(0, 1)) == {
        world.challenges[0].id: None,
        world.challenges[1].id: None,
    }
    previous = assign_challenges(project, second.id, world.ids(1, 2))
    assert previous == {world.challenges[1].id: first.id, world.challenges[2].id: None}
    themes = {c.id: c.theme_id for c in list_challenges(project)}
    assert [themes[i] for i in world.ids(0, 1, 2, 3)] == [first.id, second.id, second.id, None]

    restore_assignments(project, previous)
    themes = {c.id: c.theme_id for c in list_challenges(project)}
    assert [themes[i] for i in world.ids(0, 1, 2)] == [first.id, first.id, None]
    assign_challenges(project, None, world.ids(0))
    assert get_challenge(project, world.challenges[0].id).theme_id is None  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        assign_challenges(project, first.id, ["no-such-challenge"])


def test_challenge_theme_and_author_round_trip(world: World) -> None:
    project = world.project
    theme = add_theme(project, Theme(name="T"))
    challenge = add_challenge(
        project,
        Challenge(text="Gezegd", domain_id=world.sociaal, theme_id=theme.id, said_by=" Piet "),
    )
    assert challenge.said_by == "Piet"
    stored = get_challenge(project, challenge.id)
    assert stored is not None
    assert (stored.theme_id, stored.said_by) == (theme.id, "Piet")
    update_challenge(project, dataclasses.replace(stored, said_by="", theme_id=None))
    stored = get_challenge(project, challenge.id)
    assert stored is not None
    assert (stored.theme_id, stored.said_by) == (None, "")


# -- dissolve -------------------------------------------------------------------------------------
def _rate(world: World, target: Target, dots: int, value: int) -> None:
    project = world.project
    set_dots(project, world.round.id, target, dots)
    set_score(project, world.criteria[0].id, target, None, value)
    set_score(project, world.criteria[1].id, target, world.people[0].id, value)
    set_placement(project, Placement(target=target, impact=value, effort=6 - value))


def test_dissolve_keeps_challenges_and_restore_is_identical(world: World) -> None:
    project = world.project
    theme = add_theme(project, Theme(name="Jeugd", domain_id=world.sociaal))
    other = add_theme(project, Theme(name="Ander"))
    assign_challenges(project, theme.id, world.ids(0, 1, 2))
    assign_challenges(project, other.id, world.ids(3))
    _rate(world, Target.theme(theme.id), 4, 2)
    _rate(world, Target.theme(other.id), 3, 5)
    before = _dump(project)

    dissolved = dissolve_theme(project, theme.id)
    assert set(dissolved.challenge_ids) == set(world.ids(0, 1, 2))
    assert len(list_challenges(project)) == len(world.challenges)  # the originals stay
    assert all(c.theme_id in (None, other.id) for c in list_challenges(project))
    assert get_dots(project, world.round.id, Target.theme(theme.id)) == 0
    assert get_placement(project, Target.theme(theme.id)) is None
    assert get_dots(project, world.round.id, Target.theme(other.id)) == 3

    restore_theme(project, dissolved)
    assert _dump(project) == before


# -- merge ----------------------------------------------------------------------------------------
def test_merge_moves_everything_sums_dots_and_undo_is_identical(world: World) -> None:
    project = world.project
    target = add_theme(project, Theme(name="Doel"))
    source = add_theme(project, Theme(name="Bron"))
    second = add_theme(project, Theme(name="Bron 2"))
    assign_challenges(project, target.id, world.ids(0))
    assign_challenges(project, source.id, world.ids(1, 2))
    assign_challenges(project, second.id, world.ids(3))
    t, s, s2 = Target.theme(target.id), Target.theme(source.id), Target.theme(second.id)
    set_dots(project, world.round.id, t, 2)
    set_dots(project, world.round.id, s, 3)
    set_dots(project, world.round.id, s2, 4)
    impact, feasibility = world.criteria[0].id, world.criteria[1].id
    set_score(project, impact, t, None, 2)  # the target's consensus stays
    set_score(project, impact, s, None, 5)
    set_score(project, feasibility, s, None, 4)  # the target has none: moves over
    set_score(project, feasibility, s2, None, 1)  # first source wins
    set_score(project, impact, s2, world.people[1].id, 3)
    set_placement(project, Placement(target=s, impact=4, effort=2))
    set_placement(project, Placement(target=s2, impact=1, effort=1))
    before = _dump(project)

    merged = merge_themes(project, target.id, [source.id, second.id, target.id, source.id])
    assert [theme.id for theme in merged.sources] == [source.id, second.id]
    assert [theme.name for theme in list_themes(project)] == ["Doel"]
    assert {c.theme_id for c in list_challenges(project) if c.id in world.ids(0, 1, 2, 3)} == {
        target.id
    }
    assert len(list_challenges(project)) == len(world.challenges)
    assert get_dots(project, world.round.id, t) == 9  # 2 + 3 + 4
    assert get_score(project, impact, t, None) == 2
    assert get_score(project, feasibility, t, None) == 4
    assert get_score(project, impact, t, world.people[1].id) == 3
    placement = get_placement(project, t)
    assert placement is not None
    assert (placement.impact, placement.effort) == (4, 2)
    (summary,) = theme_summaries(project)
    assert (summary.challenge_count, summary.municipality_count) == (4, 3)

    restore_merged_themes(project, merged)
    assert _dump(project) == before


def test_merge_refuses_nothing_to_merge_and_unknown_themes(world: World) -> None:
    project = world.project
    theme = add_theme(project, Theme(name="T"))
    before = _dump(project)
    with pytest.raises(ValidationError) as caught:
        merge_themes(project, theme.id, [theme.id])
    assert caught.value.field == "source_ids"
    with pytest.raises(ValidationError):
        merge_themes(project, theme.id, ["nope"])
    with pytest.raises(ValidationError):
        merge_themes(project, "nope", [theme.id])
    assert _dump(project) == before


# -- summaries ------------------------------------------------------------------------------------
def test_summaries_count_challenges_and_sharing_municipalities(world: World) -> None:
    project = world.project
    empty = add_theme(project, Theme(name="Leeg", domain_id=world.ruimte))
    jeugd = add_theme(project, Theme(name="Jeugd", domain_id=world.sociaal))
    across = add_theme(project, Theme(name="Across"))
    assign_challenges(project, jeugd.id, world.ids(0, 1))  # Goirle; Goirle + Hilvarenbeek
    assign_challenges(project, across.id, world.ids(3))  # Oisterwijk
    summaries = {s.name: s for s in theme_summaries(project)}
    assert [s.name for s in theme_summaries(project)] == ["Jeugd", "Leeg", "Across"]
    g, h, o = world.municipalities
    assert summaries["Jeugd"].challenge_count == 2
    assert summaries["Jeugd"].municipality_ids == (g, h)
    assert summaries["Jeugd"].municipality_count == 2
    assert summaries["Jeugd"].domain_name == "sociaal"
    assert summaries["Across"].municipality_ids == (o,)
    assert summaries["Across"].domain_name == ""
    assert summaries["Leeg"].challenge_count == 0
    assert summaries["Leeg"].municipality_count == 0
    assert summaries["Leeg"].id == empty.id


# -- deleting challenges with ratings -----------------------------------------------------------
def test_remove_and_restore_challenges_with_ratings(world: World) -> None:
    project = world.project
    theme = add_theme(project, Theme(name="T"))
    assign_challenges(project, theme.id, world.ids(0, 1))
    _rate(world, Target.challenge(world.challenges[0].id), 2, 3)
    _rate(world, Target.challenge(world.challenges[4].id), 1, 4)
    before = _dump(project)
    links_before = project.query("SELECT * FROM challenge_municipality ORDER BY 1, 2")

    removed = remove_challenges(project, world.ids(0, 4))
    assert [c.id for c in removed.challenges] == world.ids(0, 4)
    assert project.query("SELECT count(*) FROM vote")[0][0] == 0
    restore_challenges(project, removed)
    assert _dump(project) == before
    links_after = project.query("SELECT * FROM challenge_municipality ORDER BY 1, 2")
    assert [tuple(r) for r in links_after] == [tuple(r) for r in links_before]


def test_demo_has_two_themes_per_domain(tmp_path: Path) -> None:
    with create_demo_project(tmp_path / "demo.dgw") as project:
        summaries = theme_summaries(project)
        assert len(summaries) == 6
        per_domain: dict[str | None, int] = {}
        for summary in summaries:
            per_domain[summary.domain_id] = per_domain.get(summary.domain_id, 0) + 1
            assert 3 <= summary.challenge_count <= 6
            assert summary.municipality_count >= 2
        assert sorted(per_domain.values()) == [2, 2, 2]
        # A theme groups challenges of its own domain.
        domains = {s.id: s.domain_id for s in summaries}
        for challenge in list_challenges(project):
            if challenge.theme_id is not None:
                assert domains[challenge.theme_id] == challenge.domain_id
