"""Criteria scoring, weighted ranking, dissent, and the impact–effort map (no Qt)."""

from __future__ import annotations

import dataclasses
import itertools
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dgw_desktop.domain.entities import (
    Challenge,
    Criterion,
    Municipality,
    Participant,
    Placement,
    Score,
    Target,
    Theme,
    Workshop,
)
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.quadrants import (
    HIGH_FROM,
    QUADRANT_LABELS,
    Quadrant,
    quadrant,
    quadrant_label,
)
from dgw_desktop.domain.scoring import (
    DEFAULT_CRITERIA,
    DISSENT_MIN_RANGE,
    DISSENT_MIN_STDEV,
    DISSENT_RULE,
    has_dissent,
    weighted_ranking,
)
from dgw_desktop.store.challenges import add_challenge
from dgw_desktop.store.domains import find_domain_by_name
from dgw_desktop.store.municipalities import add_municipality
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.participants import add_participants
from dgw_desktop.store.placements import (
    get_placement,
    list_placements,
    remove_placement,
    set_placement,
)
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.scoring import (
    add_criterion,
    delete_criterion,
    get_score,
    list_criteria,
    list_scores,
    restore_criterion,
    score_ranking,
    set_score,
    update_criterion,
)
from dgw_desktop.store.themes import add_theme, list_themes
from dgw_desktop.store.workshops import add_workshop

A, B, C = Target.theme("a"), Target.theme("b"), Target.challenge("c")


def _criteria(*weights: int) -> list[Criterion]:
    return [Criterion(name=f"k{i}", weight=w, id=f"k{i}") for i, w in enumerate(weights)]


def _score(criterion: int, target: Target, value: int, participant: str | None = None) -> Score:
    return Score(
        criterion_id=f"k{criterion}", target=target, value=value, participant_id=participant
    )


# -- dissent --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ((), False),
        ((1,), False),
        ((5, 5), False),
        ((1, 3), False),  # range 2
        ((2, 4, 4, 2), False),  # range 2, standard deviation 1
        ((1, 4), True),  # range 3: the boundary
        ((2, 5, 3), True),
        ((1, 5), True),
        ((1, 1, 1, 1, 1, 1, 1, 1, 1, 4), True),  # one outlier is enough: range 3
        ((3, 3, 3, 3, 3, 3, 3, 5), False),
    ],
)
def test_dissent_boundaries(values: tuple[int, ...], expected: bool) -> None:
    assert has_dissent(values) is expected


def test_dissent_rule_is_documented_for_the_ui() -> None:
    assert DISSENT_MIN_RANGE == 3
    assert Decimal("1.5") == DISSENT_MIN_STDEV
    assert "3" in DISSENT_RULE and "1.5" in DISSENT_RULE
    assert has_dissent.__doc__ is not None and "1.5" in has_dissent.__doc__


def test_standard_deviation_rule_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a range rule out of reach, the standard deviation decides; exactly 1.5 counts."""
    import dgw_desktop.domain.scoring as scoring

    monkeypatch.setattr(scoring, "DISSENT_MIN_RANGE", 99)
    assert has_dissent((1, 4))  # standard deviation exactly 1.5
    assert not has_dissent((1, 3))  # 1.0
    assert not has_dissent((1, 1, 4))  # √2 ≈ 1.41


# -- weighted ranking ---------------------------------------------------------------------------
def test_consensus_wins_over_participants_and_means_are_exact() -> None:
    criteria = _criteria(1, 1)
    scores = [
        _score(0, A, 4),  # consensus
        _score(0, A, 1, "p1"),
        _score(0, A, 1, "p2"),
        _score(1, A, 1, "p1"),
        _score(1, A, 2, "p2"),
        _score(1, A, 2, "p3"),  # mean 5/3
    ]
    (line,) = weighted_ranking(criteria, scores)
    first, second = line.criteria
    assert (first.value, first.consensus, first.participant_scores) == (
        Decimal("4.00"),
        True,
        (1, 1),
    )
    assert (second.value, second.consensus) == (Decimal("1.67"), False)
    assert line.score == Decimal("2.83")  # (4 + 5/3) / 2 = 2.8333…
    assert line.complete and not line.dissent
    assert isinstance(line.score, Decimal)


def test_weights_count() -> None:
    criteria = _criteria(3, 1)
    scores = [_score(0, A, 5), _score(1, A, 1), _score(0, B, 1), _score(1, B, 5)]
    ranked = weighted_ranking(criteria, scores)
    assert [(line.target, line.score) for line in ranked] == [
        (A, Decimal("4.00")),
        (B, Decimal("2.00")),
    ]


def test_rounding_is_half_up() -> None:
    criteria = _criteria(1, 1, 1, 1, 1, 1, 1, 1)
    # 8 criteria: 1+1+1+1+1+1+1+2 = 9 → 9/8 = 1.125 → 1.13
    scores = [_score(i, A, 2 if i == 7 else 1) for i in range(8)]
    (line,) = weighted_ranking(criteria, scores)
    assert line.score == Decimal("1.13")


def test_ties_share_a_rank_and_are_ordered_by_text() -> None:
    criteria = _criteria(1)
    d = Target.theme("d")
    scores = [_score(0, A, 3), _score(0, B, 4), _score(0, C, 3), _score(0, d, 2)]
    labels = {A: "zeta", B: "beta", C: "Alfa", d: "delta"}
    ranked = weighted_ranking(criteria, scores, labels)
    assert [(line.target, line.rank) for line in ranked] == [(B, 1), (C, 2), (A, 2), (d, 4)]


def test_unscored_targets_come_last_without_rank() -> None:
    criteria = _criteria(1, 1)
    ranked = weighted_ranking(criteria, [_score(0, A, 2)], targets=[B, A])
    assert [(line.target, line.rank, line.score) for line in ranked] == [
        (A, 1, Decimal("2.00")),
        (B, None, None),
    ]
    assert not ranked[0].complete  # the second criterion has no value
    assert ranked[0].criteria[1].value is None


def test_dissent_on_any_criterion_flags_the_target() -> None:
    criteria = _criteria(1, 1)
    scores = [
        _score(0, A, 3, "p1"),
        _score(0, A, 3, "p2"),
        _score(1, A, 1, "p1"),
        _score(1, A, 4, "p2"),
        _score(1, A, 2),  # a consensus decides the value, the dissent still shows
    ]
    (line,) = weighted_ranking(criteria, scores)
    assert line.dissent
    assert [result.dissent for result in line.criteria] == [False, True]
    assert line.criteria[1].value == Decimal("2.00")


def test_scores_on_unknown_criteria_are_ignored() -> None:
    ranked = weighted_ranking(_criteria(1), [_score(0, A, 2), _score(5, A, 5)])
    assert ranked[0].score == Decimal("2.00")


# -- the store ------------------------------------------------------------------------------------
class World:
    def __init__(self, project: ProjectFile) -> None:
        self.project = project
        goirle = add_municipality(
            project, Municipality(name="Goirle", cbs_code="GM0785", inhabitants=1)
        )
        domain = find_domain_by_name(project, "sociaal")
        assert domain is not None
        workshop = add_workshop(project, Workshop(title="W", domain_id=domain.id)).id
        self.people = add_participants(
            project,
            [Participant(workshop_id=workshop, municipality_id=goirle.id) for _ in range(3)],
        )
        self.theme = Target.theme(add_theme(project, Theme(name="Jeugd")).id)
        self.challenge = Target.challenge(
            add_challenge(project, Challenge(text="Kosten", domain_id=domain.id)).id
        )
        self.criteria = list_criteria(project)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with create_empty_project(tmp_path / "p.dgw", "Test") as project:
        yield World(project)


def test_new_projects_get_the_default_criteria(world: World) -> None:
    assert [c.name for c in world.criteria] == list(DEFAULT_CRITERIA)
    assert [c.name.casefold() for c in world.criteria] == [
        "impact",
        "haalbaarheid",
        "databeschikbaarheid",
        "gedeeld door gemeenten",
    ]
    assert {c.weight for c in world.criteria} == {1}
    assert [c.position for c in world.criteria] == [0, 1, 2, 3]


def test_criterion_round_trip(world: World) -> None:
    project = world.project
    extra = add_criterion(project, Criterion(name=" Kosten ", weight=3, position=4))
    assert extra.name == "Kosten"
    assert list_criteria(project)[-1] == extra
    heavier = update_criterion(project, dataclasses.replace(world.criteria[0], weight=2))
    assert list_criteria(project)[0] == heavier


@pytest.mark.parametrize(
    ("criterion", "field"),
    [
        (Criterion(name="Nieuw", weight=0), "weight"),
        (Criterion(name="Nieuw", weight=-1), "weight"),
        (Criterion(name="Nieuw", weight=101), "weight"),
        (Criterion(name="Nieuw", weight=True), "weight"),
        (Criterion(name=" "), "name"),
        (Criterion(name="IMPACT"), "name"),
    ],
)
def test_criterion_validation(world: World, criterion: Criterion, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add_criterion(world.project, criterion)
    assert caught.value.field == field
    assert list_criteria(world.project) == world.criteria


def test_weight_zero_is_refused_by_the_file_too(world: World) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        world.project.connection.execute("INSERT INTO criterion VALUES ('x', 'x', 0, 0, '', '')")


def test_set_score_returns_the_previous_value_for_undo(world: World) -> None:
    project = world.project
    impact = world.criteria[0].id
    person = world.people[0].id
    assert set_score(project, impact, world.theme, None, 4) is None
    assert set_score(project, impact, world.theme, person, 2) is None
    assert set_score(project, impact, world.theme, None, 5) == 4
    assert get_score(project, impact, world.theme, None) == 5
    assert get_score(project, impact, world.theme, person) == 2
    assert set_score(project, impact, world.theme, None, None) == 5  # clear
    assert get_score(project, impact, world.theme, None) is None
    assert [(s.participant_id, s.value) for s in list_scores(project, world.theme)] == [(person, 2)]
    set_score(project, impact, world.challenge, None, 3)
    assert len(list_scores(project)) == 2


@pytest.mark.parametrize("value", [0, 6, -1, True])
def test_score_outside_1_to_5_is_refused(world: World, value: int) -> None:
    with pytest.raises(ValidationError) as caught:
        set_score(world.project, world.criteria[0].id, world.theme, None, value)
    assert caught.value.field == "value"
    assert list_scores(world.project) == []


def test_score_needs_known_criterion_target_and_participant(world: World) -> None:
    project = world.project
    impact = world.criteria[0].id
    cases = [
        ("nope", world.theme, None, "criterion_id"),
        (impact, Target.theme("nope"), None, "target"),
        (impact, world.theme, "nope", "participant_id"),
    ]
    for criterion_id, target, participant, field in cases:
        with pytest.raises(ValidationError) as caught:
            set_score(project, criterion_id, target, participant, 3)
        assert caught.value.field == field


def test_one_consensus_score_per_criterion_and_target_in_the_file(world: World) -> None:
    set_score(world.project, world.criteria[0].id, world.theme, None, 3)
    with pytest.raises(sqlite3.IntegrityError):
        world.project.connection.execute(
            "INSERT INTO score (id, criterion_id, theme_id, participant_id, value, created_at,"
            " updated_at) VALUES ('x', ?, ?, NULL, 2, '', '')",
            (world.criteria[0].id, world.theme.id),
        )


def test_delete_criterion_and_restore_gives_identical_rows(world: World) -> None:
    project = world.project
    impact = world.criteria[0].id
    set_score(project, impact, world.theme, None, 3)
    set_score(project, impact, world.theme, world.people[1].id, 5)
    set_score(project, world.criteria[1].id, world.theme, None, 2)

    def rows() -> tuple[list[tuple[object, ...]], ...]:
        return tuple(
            [tuple(r) for r in project.query(f"SELECT * FROM {t} ORDER BY id")]
            for t in ("criterion", "score")
        )

    before = rows()
    removed = delete_criterion(project, impact)
    assert len(list_criteria(project)) == 3
    assert len(list_scores(project)) == 1
    restore_criterion(project, removed)
    assert rows() == before


def test_score_ranking_of_the_project(world: World) -> None:
    project = world.project
    impact, feasibility = world.criteria[0].id, world.criteria[1].id
    set_score(project, impact, world.challenge, None, 5)
    set_score(project, impact, world.theme, world.people[0].id, 1)
    set_score(project, impact, world.theme, world.people[1].id, 5)
    set_score(project, feasibility, world.theme, None, 4)
    ranked = score_ranking(project)
    assert [(line.target, line.score) for line in ranked] == [
        (world.challenge, Decimal("5.00")),
        (world.theme, Decimal("3.50")),
    ]
    assert ranked[1].dissent
    assert [line.target for line in score_ranking(project, "challenge")] == [world.challenge]
    other = Target.theme(add_theme(project, Theme(name="Leeg")).id)
    assert [(line.target, line.rank) for line in score_ranking(project, "theme")] == [
        (world.theme, 1),
        (other, None),
    ]


# -- the impact–effort map ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("impact", "effort", "expected"),
    [
        (5, 1, Quadrant.QUICK_WINS),
        (3, 2, Quadrant.QUICK_WINS),
        (3, 3, Quadrant.MAJOR_PROJECTS),
        (5, 5, Quadrant.MAJOR_PROJECTS),
        (2, 2, Quadrant.FILL_INS),
        (1, 1, Quadrant.FILL_INS),
        (2, 3, Quadrant.DONT_DO),
        (1, 5, Quadrant.DONT_DO),
    ],
)
def test_quadrants(impact: int, effort: int, expected: Quadrant) -> None:
    assert HIGH_FROM == 3
    assert quadrant(impact, effort) is expected


def test_quadrant_labels_are_english_source_texts() -> None:
    assert [quadrant_label(q) for q in Quadrant] == [
        "Quick wins",
        "Major projects",
        "Fill-ins",
        "Don't do",
    ]
    assert set(QUADRANT_LABELS) == set(Quadrant)


@pytest.mark.parametrize(("impact", "effort"), [(0, 3), (6, 3), (3, 0), (3, 6)])
def test_quadrant_outside_the_scale_is_refused(impact: int, effort: int) -> None:
    with pytest.raises(ValidationError):
        quadrant(impact, effort)


def test_placement_set_move_remove_and_undo(world: World) -> None:
    project = world.project
    first = Placement(target=world.theme, impact=4, effort=2)
    assert set_placement(project, first) is None
    assert get_placement(project, world.theme) == first
    previous = set_placement(project, Placement(target=world.theme, impact=2, effort=5))
    assert previous == first
    moved = get_placement(project, world.theme)
    assert moved is not None and moved.id == first.id  # the same row, moved
    assert (moved.impact, moved.effort) == (2, 5)
    set_placement(project, previous)  # undo of the move
    assert get_placement(project, world.theme) == first
    removed = remove_placement(project, world.theme)
    assert removed == first
    assert list_placements(project) == []
    assert remove_placement(project, world.theme) is None
    set_placement(project, removed)  # undo of the removal: same id
    assert list_placements(project) == [first]


@pytest.mark.parametrize(("impact", "effort", "field"), [(0, 3, "impact"), (3, 6, "effort")])
def test_placement_validation(world: World, impact: int, effort: int, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        set_placement(world.project, Placement(target=world.theme, impact=impact, effort=effort))
    assert caught.value.field == field
    with pytest.raises(ValidationError) as caught:
        set_placement(world.project, Placement(target=Target.theme("x"), impact=3, effort=3))
    assert caught.value.field == "target"
    assert list_placements(world.project) == []


# -- the demo -------------------------------------------------------------------------------------
def test_demo_scores_rank_the_themes_with_one_dissent(tmp_path: Path) -> None:
    with create_demo_project(tmp_path / "demo.dgw") as project:
        assert [c.name for c in list_criteria(project)] == list(DEFAULT_CRITERIA)
        names = {t.id: t.name for t in list_themes(project)}
        ranked = score_ranking(project, "theme")
        assert len(ranked) == 6
        assert all(line.complete and line.score is not None for line in ranked)
        assert [names[line.target.id] for line in ranked if line.dissent] == ["Grip op jeugdzorg"]
        consensus = [line for line in ranked if all(c.consensus for c in line.criteria)]
        individual = [line for line in ranked if not any(c.consensus for c in line.criteria)]
        assert len(consensus) >= 3 and len(individual) >= 2
        placed = {p.target for p in list_placements(project)}
        assert {Target.theme(theme_id) for theme_id in names} <= placed
        quadrants = {quadrant(p.impact, p.effort) for p in list_placements(project)}
        assert quadrants == set(Quadrant)  # every quadrant shows something


# -- properties -----------------------------------------------------------------------------------
scale = st.integers(min_value=1, max_value=5)


@settings(max_examples=200, deadline=None)
@given(st.lists(scale, max_size=12))
def test_dissent_matches_its_definition(values: list[int]) -> None:
    spread = max(values) - min(values) if values else 0
    mean = Fraction(sum(values), len(values) or 1)
    variance = sum((v - mean) ** 2 for v in values) / (len(values) or 1)
    expected = len(values) >= 2 and (spread >= 3 or variance >= Fraction(9, 4))
    assert has_dissent(values) is expected


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=4),
    st.lists(
        st.tuples(
            st.integers(0, 3), st.sampled_from([A, B, C]), scale, st.sampled_from(["p", None])
        ),
        max_size=30,
    ),
)
def test_ranking_is_ordered_bounded_and_ranks_ties_alike(
    weights: list[int], raw: list[tuple[int, Target, int, str | None]]
) -> None:
    criteria = _criteria(*weights)
    scores = {(c, t, p): v for c, t, v, p in raw if c < len(weights)}  # one per key
    ranked = weighted_ranking(criteria, [_score(c, t, v, p) for (c, t, p), v in scores.items()])
    values = [line.score for line in ranked]
    assert all(v is not None and Decimal(1) <= v <= Decimal(5) for v in values)
    assert values == sorted(values, reverse=True)  # type: ignore[type-var]
    for before, after in itertools.pairwise(ranked):
        assert (before.rank == after.rank) == (before.score == after.score)
