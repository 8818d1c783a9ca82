"""Reads the facts of the readiness dashboard; the rules are in ``domain.readiness``."""

from __future__ import annotations

from dgw_desktop.domain.readiness import (
    ContentFacts,
    MeansFacts,
    ReadinessDashboard,
    content_readiness,
    means_readiness,
    team_readiness,
)
from dgw_desktop.store.budget import budget_overview
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.steering import standing_decisions
from dgw_desktop.store.topic_details import list_kpis
from dgw_desktop.store.topics import list_topics
from dgw_desktop.store.wheel import list_actions, list_data_sources, list_roles


def content_facts(project_file: ProjectFile) -> ContentFacts:
    topics = list_topics(project_file)
    choices = [d for d in standing_decisions(project_file) if d.chosen_topic_id is not None]
    if not choices:
        return ContentFacts(topics=tuple(topics))
    choice = choices[-1]
    topic_id = choice.chosen_topic_id
    assert topic_id is not None
    return ContentFacts(
        topics=tuple(topics),
        chosen_topic_id=topic_id,
        chosen_on=choice.decided_on,
        data_sources=tuple(list_data_sources(project_file, topic_id)),
        roles=tuple(list_roles(project_file, topic_id)),
        actions=tuple(list_actions(project_file, topic_id)),
        kpi_count=len(list_kpis(project_file, topic_id)),
    )


def means_facts(project_file: ProjectFile) -> MeansFacts | None:
    """The budget's figures (see ``MeansFacts``); None while there are no budget lines."""
    overview = budget_overview(project_file)
    if not overview.lines:
        return None
    proposal = overview.proposal
    if proposal is None:
        return MeansFacts(
            total_cents=overview.totals.total,
            funded_cents=sum(f.amount_cents for f in overview.funding if f.scenario_id is None),
        )
    return MeansFacts(
        total_cents=proposal.total_cents,
        funded_cents=proposal.funding_cents,
        proposed_scenario=proposal.scenario.name,
        gaps=tuple(
            (member.municipality.name, -member.balance_cents)
            for member in proposal.members
            if member.balance_cents < 0
        ),
    )


def readiness_dashboard(project_file: ProjectFile) -> ReadinessDashboard:
    """Inhoud, Team and Middelen, read in one go."""
    return ReadinessDashboard(
        content=content_readiness(content_facts(project_file)),
        team=team_readiness(),
        means=means_readiness(means_facts(project_file)),
    )
