"""Which topics grew from a theme or challenge survives dissolving, merging and deleting, and
their undo: traceability from topic to origin must not be lost by an edit that is undone."""

from __future__ import annotations

from pathlib import Path

import pytest

from dgw_desktop.domain.entities import Target
from dgw_desktop.store.challenges import remove_challenges, restore_challenges
from dgw_desktop.store.new_project import create_demo_project
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.themes import (
    dissolve_theme,
    list_themes,
    merge_themes,
    restore_merged_themes,
    restore_theme,
)
from dgw_desktop.store.topics import list_topics, topics_grown_from


@pytest.fixture
def demo(tmp_path: Path) -> ProjectFile:
    project_file = create_demo_project(tmp_path / "demo.dgw")
    yield project_file  # type: ignore[misc]
    project_file.close()


def origin_rows(project_file: ProjectFile) -> list[tuple[object, ...]]:
    return [tuple(row) for row in project_file.query("SELECT * FROM topic_origin ORDER BY id")]


def a_theme_origin(project_file: ProjectFile) -> tuple[str, str]:
    for topic in list_topics(project_file):
        for origin in topic.origins:
            if origin.kind == "theme":
                return topic.id, origin.id
    raise AssertionError("the demo has a topic grown from a theme")


def test_dissolving_a_theme_and_undo_keep_the_topic_origin(demo: ProjectFile) -> None:
    before = origin_rows(demo)
    topic_id, theme_id = a_theme_origin(demo)
    dissolved = dissolve_theme(demo, theme_id)
    assert topic_id not in {t.id for t in topics_grown_from(demo, Target.theme(theme_id))}
    restore_theme(demo, dissolved)
    assert origin_rows(demo) == before
    assert topic_id in {t.id for t in topics_grown_from(demo, Target.theme(theme_id))}


def test_merging_moves_the_origin_to_the_merged_theme_and_undo_restores(demo: ProjectFile) -> None:
    before = origin_rows(demo)
    topic_id, theme_id = a_theme_origin(demo)
    other = next(t.id for t in list_themes(demo) if t.id != theme_id)
    merged = merge_themes(demo, other, [theme_id])
    assert topic_id in {t.id for t in topics_grown_from(demo, Target.theme(other))}
    restore_merged_themes(demo, merged)
    assert origin_rows(demo) == before


def test_deleting_an_origin_challenge_and_undo_keep_the_topic_origin(demo: ProjectFile) -> None:
    before = origin_rows(demo)
    challenge_origins = [
        (topic.id, origin.id)
        for topic in list_topics(demo)
        for origin in topic.origins
        if origin.kind == "challenge"
    ]
    assert challenge_origins, "the demo has a topic grown from a challenge"
    topic_id, challenge_id = challenge_origins[0]
    removed = remove_challenges(demo, [challenge_id])
    restore_challenges(demo, removed)
    assert origin_rows(demo) == before
    assert topic_id in {t.id for t in topics_grown_from(demo, Target.challenge(challenge_id))}


def test_a_domain_with_topics_is_not_deleted(demo: ProjectFile) -> None:
    from dgw_desktop.domain.messages import ValidationError
    from dgw_desktop.store.domains import delete_domain
    from dgw_desktop.store.themes import dissolve_theme as dissolve

    topic = next(t for t in list_topics(demo) if t.domain_id)
    for theme in list_themes(demo):
        if theme.domain_id == topic.domain_id:
            dissolve(demo, theme.id)
    demo.connection.execute("DELETE FROM challenge WHERE domain_id = ?", (topic.domain_id,))
    demo.connection.execute("DELETE FROM workshop WHERE domain_id = ?", (topic.domain_id,))
    with pytest.raises(ValidationError, match="topics"):
        delete_domain(demo, topic.domain_id)  # type: ignore[arg-type]


def test_a_municipality_in_the_budget_is_not_deleted(tmp_path: Path) -> None:
    from dgw_desktop.domain.messages import ValidationError
    from dgw_desktop.store.municipalities import delete_municipality, list_municipalities

    with create_demo_project(tmp_path / "budget.dgw") as project_file:
        # Oosterhout takes part only in the larger scenario of the budget, nowhere else.
        oosterhout = next(m for m in list_municipalities(project_file) if m.name == "Oosterhout")
        with pytest.raises(ValidationError, match="budget"):
            delete_municipality(project_file, oosterhout.id)
