"""theme_members: the challenges of each theme, in capture order, read in chunks."""

from __future__ import annotations

from pathlib import Path

from dgw_desktop.domain.entities import Challenge, Theme
from dgw_desktop.store.challenges import add_challenges, list_challenges
from dgw_desktop.store.domains import find_domain_by_name
from dgw_desktop.store.new_project import create_demo_project, create_empty_project
from dgw_desktop.store.themes import (
    add_theme,
    assign_challenges,
    theme_members,
    theme_summaries,
)


def test_members_of_the_demo_match_the_summaries(tmp_path: Path) -> None:
    with create_demo_project(tmp_path / "demo.dgw") as project:
        members = theme_members(project)
        summaries = theme_summaries(project)
        assert len(members) == len(summaries) == 6
        for summary in summaries:
            assert len(members[summary.id]) == summary.challenge_count
            assert all(c.theme_id == summary.id for c in members[summary.id])
        in_order = [c.id for c in list_challenges(project) if c.theme_id]
        assert sorted(c.id for group in members.values() for c in group) == sorted(in_order)
        for group in members.values():
            positions = [in_order.index(c.id) for c in group]
            assert positions == sorted(positions)


def test_more_members_than_one_query_holds(tmp_path: Path) -> None:
    with create_empty_project(tmp_path / "p.dgw", "Test") as project:
        domain = find_domain_by_name(project, "sociaal")
        assert domain is not None
        added = add_challenges(
            project, [Challenge(text=f"Uitdaging {i}", domain_id=domain.id) for i in range(1203)]
        )
        theme = add_theme(project, Theme(name="Groot", domain_id=domain.id))
        assign_challenges(project, theme.id, [c.id for c in added[:1201]])
        members = theme_members(project)
        assert list(members) == [theme.id]
        assert [c.id for c in members[theme.id]] == [c.id for c in added[:1201]]


def test_no_themes_no_members(tmp_path: Path) -> None:
    with create_empty_project(tmp_path / "p.dgw", "Test") as project:
        assert theme_members(project) == {}
