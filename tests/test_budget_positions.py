"""Reordering phases and cost categories: one transaction, and undo gives the old positions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.store.budget import (
    list_categories,
    list_phases,
    set_category_positions,
    set_phase_positions,
)
from dgw_desktop.store.new_project import create_demo_project
from dgw_desktop.store.project_file import ProjectFile


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ProjectFile]:
    project = create_demo_project(tmp_path / "demo.dgw")
    yield project
    project.close()


def test_phases_are_reordered_and_the_old_positions_come_back(demo: ProjectFile) -> None:
    phases = list_phases(demo)
    reversed_order = {phase.id: i for i, phase in enumerate(reversed(phases))}
    before = set_phase_positions(demo, reversed_order)
    assert [p.id for p in list_phases(demo)] == [p.id for p in reversed(phases)]
    assert before == {phase.id: phase.position for phase in phases}
    set_phase_positions(demo, before)
    assert list_phases(demo) == phases


def test_categories_are_reordered_and_unknown_ids_are_refused(demo: ProjectFile) -> None:
    categories = list_categories(demo)
    first, second = categories[0], categories[1]
    set_category_positions(demo, {first.id: second.position, second.id: first.position})
    assert [c.id for c in list_categories(demo)][:2] == [second.id, first.id]
    with pytest.raises(ValidationError):
        set_category_positions(demo, {"no-such-id": 0})
