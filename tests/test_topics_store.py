"""Topics in the file: origins both ways, status, risks, KPIs, the wheel; undo restores rows."""

from __future__ import annotations

import dataclasses
import datetime
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from dgw_desktop.domain.entities import Challenge, Target, Theme
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.topic_details import Kpi, KpiMoment, Risk
from dgw_desktop.domain.topics import StatusChangeError, Topic, TopicStatus
from dgw_desktop.domain.wheel import Availability, DataSource, WheelAction, WheelRole
from dgw_desktop.store.challenges import add_challenge, get_challenge
from dgw_desktop.store.domains import find_domain_by_name
from dgw_desktop.store.new_project import create_empty_project
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.themes import add_theme, assign_challenges, get_theme
from dgw_desktop.store.topic_details import (
    add_kpi,
    add_risk,
    delete_kpi,
    delete_risk,
    list_kpis,
    list_risks,
    update_kpi,
    update_risk,
)
from dgw_desktop.store.topic_rows import restore_item
from dgw_desktop.store.topics import (
    add_topic,
    change_topic_status,
    delete_topic,
    get_topic,
    list_topics,
    restore_topic,
    restore_topic_status,
    set_marked_for_proposal,
    topic_ids_by_origin,
    topics_grown_from,
    update_topic,
)
from dgw_desktop.store.wheel import (
    add_action,
    add_data_source,
    add_role,
    delete_action,
    delete_data_source,
    delete_role,
    get_wheel,
    list_actions,
    set_action_done,
    update_action,
    update_data_source,
    update_role,
    wheels_by_topic,
)

TABLES = (
    "topic",
    "topic_origin",
    "topic_risk",
    "topic_kpi",
    "data_source",
    "wheel_role",
    "wheel_action",
    "theme",
    "challenge",
)


def dump(project: ProjectFile) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(project.path)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in TABLES
        }
    finally:
        connection.close()


class World:
    def __init__(self, project: ProjectFile) -> None:
        self.project = project
        sociaal = find_domain_by_name(project, "sociaal")
        assert sociaal is not None
        self.sociaal = sociaal.id
        self.challenges = [
            add_challenge(project, Challenge(text=f"Uitdaging {i}", domain_id=self.sociaal))
            for i in range(3)
        ]
        self.theme = add_theme(project, Theme(name="Vroegsignalering", domain_id=self.sociaal))
        assign_challenges(project, self.theme.id, [self.challenges[0].id])
        self.events: list[tuple[str, tuple[str, ...]]] = []
        project.add_listener(lambda table, ids: self.events.append((table, ids)))

    def topic(self, **changes: object) -> Topic:
        base = Topic(
            title="Schulden eerder in beeld",
            domain_id=self.sociaal,
            strategic_question="Hoe signaleren we schulden eerder?",
            origins=(Target.theme(self.theme.id), Target.challenge(self.challenges[2].id)),
        )
        return add_topic(self.project, dataclasses.replace(base, **changes))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with create_empty_project(tmp_path / "p.dgw", "Test") as project:
        yield World(project)


def test_add_update_and_list_topics(world: World) -> None:
    project = world.project
    topic = world.topic(title="  Schulden  ")
    assert topic.title == "Schulden" and topic.status is TopicStatus.IDEA
    assert get_topic(project, topic.id) == topic
    assert ("topic", (topic.id,)) in world.events
    across = add_topic(project, Topic(title="Alle domeinen"))
    assert [t.title for t in list_topics(project)] == ["Schulden", "Alle domeinen"]
    changed = update_topic(
        project,
        dataclasses.replace(
            topic, description="Nieuw", status=TopicStatus.CHOSEN, origins=topic.origins[:1]
        ),
    )
    assert changed.status is TopicStatus.IDEA  # an update never changes the status
    assert get_topic(project, topic.id) == changed
    update_topic(project, topic)  # undo
    assert get_topic(project, topic.id) == topic
    assert set_marked_for_proposal(project, across.id, True) is False
    stored = get_topic(project, across.id)
    assert stored is not None and stored.marked_for_proposal


def test_add_refuses_committee_statuses_and_unknown_origins(world: World) -> None:
    with pytest.raises(StatusChangeError):
        world.topic(status=TopicStatus.CHOSEN)
    with pytest.raises(ValidationError) as refused:
        world.topic(origins=(Target.theme("not-there"),))
    assert refused.value.field == "target"
    with pytest.raises(ValidationError):
        world.topic(status=TopicStatus.PROPOSED, strategic_question="")
    proposed = world.topic(status=TopicStatus.PROPOSED)
    assert proposed.status is TopicStatus.PROPOSED
    assert list_topics(world.project) == [proposed]


def test_origins_are_traceable_both_ways_and_stay_untouched(world: World) -> None:
    project = world.project
    before = dump(project)
    topic = world.topic()
    after = dump(project)
    assert after["theme"] == before["theme"]
    assert after["challenge"] == before["challenge"]
    theme, challenge = Target.theme(world.theme.id), Target.challenge(world.challenges[2].id)
    assert topics_grown_from(project, theme) == [topic]
    assert topics_grown_from(project, challenge) == [topic]
    assert topics_grown_from(project, Target.challenge(world.challenges[1].id)) == []
    other = world.topic(title="Armoede", origins=(theme,))
    assert topic_ids_by_origin(project) == {theme: (topic.id, other.id), challenge: (topic.id,)}
    assert get_theme(project, world.theme.id) == world.theme
    stored = get_challenge(project, world.challenges[2].id)
    assert stored is not None and stored.text == "Uitdaging 2" and stored.theme_id is None


def test_status_changes_follow_the_rules_and_undo(world: World) -> None:
    project = world.project
    topic = world.topic()
    assert change_topic_status(project, topic.id, TopicStatus.PROPOSED) is TopicStatus.IDEA
    with pytest.raises(StatusChangeError):
        change_topic_status(project, topic.id, TopicStatus.CHOSEN)
    restore_topic_status(project, topic.id, TopicStatus.IDEA)
    stored = get_topic(project, topic.id)
    assert stored is not None and stored.status is TopicStatus.IDEA
    with pytest.raises(ValidationError):
        change_topic_status(project, "missing", TopicStatus.PROPOSED)


def test_the_stored_question_of_a_proposed_topic_cannot_be_emptied(world: World) -> None:
    topic = world.topic(status=TopicStatus.PROPOSED)
    with pytest.raises(ValidationError) as refused:
        update_topic(world.project, dataclasses.replace(topic, strategic_question=" "))
    assert refused.value.field == "strategic_question"


def test_risks_and_kpis(world: World) -> None:
    project = world.project
    topic = world.topic()
    risk = add_risk(project, Risk(topic.id, " Privacy ", likelihood=2, impact=5, mitigation="DPIA"))
    kpi = add_kpi(
        project,
        Kpi(
            topic.id,
            "Doorlooptijd",
            "dagen",
            baseline=Decimal("42.50"),
            target="zo kort mogelijk",
            moments=(KpiMoment.DURING,),
        ),
    )
    assert list_risks(project, topic.id) == [risk] and risk.description == "Privacy"
    (stored,) = list_kpis(project, topic.id)
    assert stored == kpi
    assert stored.baseline == Decimal("42.50") and str(stored.baseline) == "42.50"
    update_kpi(project, dataclasses.replace(kpi, target=Decimal(14)))
    assert list_kpis(project)[0].target == Decimal(14)
    update_risk(project, dataclasses.replace(risk, impact=3))
    assert list_risks(project)[0].impact == 3
    before = dump(project)
    removed_risk, removed_kpi = delete_risk(project, risk.id), delete_kpi(project, kpi.id)
    assert list_risks(project) == [] and list_kpis(project) == []
    restore_item(project, removed_kpi)
    restore_item(project, removed_risk)
    assert dump(project) == before
    with pytest.raises(ValidationError):
        add_risk(project, Risk("not-a-topic", "Los"))
    with pytest.raises(ValidationError):
        update_risk(project, Risk(topic.id, "Weg", id="gone"))


def test_the_wheel_in_the_file(world: World) -> None:
    project = world.project
    topic = world.topic()
    assert get_wheel(project, topic.id).readiness.percent == 0
    source = add_data_source(
        project, DataSource(topic.id, "Schuldregistratie", availability=Availability.PARTIAL)
    )
    role = add_role(project, WheelRole(topic.id, "Data-analist", hours_per_week=Decimal("4.5")))
    action = add_action(
        project, WheelAction(topic.id, "DPIA", "FG", due_on=datetime.date(2027, 2, 1))
    )
    wheel = get_wheel(project, topic.id)
    assert wheel.data_sources == (source,) and wheel.roles == (role,) and wheel.actions == (action,)
    assert [s.percent for s in wheel.readiness.segments] == [50, 0, 0]
    assert set_action_done(project, action.id, True) is False
    update_role(project, dataclasses.replace(role, person="Anna"))
    update_data_source(project, dataclasses.replace(source, availability=Availability.AVAILABLE))
    readiness = wheels_by_topic(project)[topic.id].readiness
    assert [s.percent for s in readiness.segments] == [100, 100, 100]
    update_action(project, dataclasses.replace(action, done=False, owner="Juridisch"))
    assert list_actions(project, topic.id)[0].owner == "Juridisch"
    before = dump(project)
    removed = [
        delete_data_source(project, source.id),
        delete_role(project, role.id),
        delete_action(project, action.id),
    ]
    assert get_wheel(project, topic.id).readiness.percent == 0
    for item in reversed(removed):
        restore_item(project, item)
    assert dump(project) == before
    with pytest.raises(ValidationError):
        add_data_source(project, DataSource(topic.id, "Bron", municipality_id="unknown"))


def test_delete_topic_takes_everything_and_restores_identically(world: World) -> None:
    project = world.project
    topic = world.topic()
    add_risk(project, Risk(topic.id, "Privacy"))
    add_kpi(project, Kpi(topic.id, "Doorlooptijd"))
    add_data_source(project, DataSource(topic.id, "Bron"))
    add_role(project, WheelRole(topic.id, "Analist"))
    add_action(project, WheelAction(topic.id, "DPIA"))
    before = dump(project)
    removed = delete_topic(project, topic.id)
    emptied = dump(project)
    assert all(emptied[table] == [] for table in TABLES[:7])
    assert emptied["theme"] == before["theme"] and emptied["challenge"] == before["challenge"]
    restore_topic(project, removed)
    assert dump(project) == before
