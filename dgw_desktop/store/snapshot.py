"""A read-only picture of a whole project, taken in one go.

Exporters work on a ``ProjectSnapshot`` rather than on an open file: they are easy to test and
can run on a worker thread while the window keeps its own connection.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dgw_desktop.domain.budget import BudgetLine, CostCategory, Phase, Rate
from dgw_desktop.domain.budget_overview import BudgetOverview, build_budget_overview
from dgw_desktop.domain.cost_split import CostKey, FundingSource, Scenario
from dgw_desktop.domain.entities import (
    Challenge,
    Criterion,
    Domain,
    Municipality,
    Participant,
    Placement,
    Project,
    Score,
    Theme,
    Vote,
    VoteRound,
    Workshop,
)
from dgw_desktop.domain.steering import Decision, Meeting
from dgw_desktop.domain.topics import Topic
from dgw_desktop.domain.wheel import DataSource, WheelAction, WheelRole
from dgw_desktop.store.budget import list_budget_lines, list_categories, list_phases
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.store.comparison import TopicComparison, compare_topics
from dgw_desktop.store.cost_keys import list_cost_keys
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.funding import list_funding
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.participants import list_participants
from dgw_desktop.store.placements import list_placements
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.project_info import get_project
from dgw_desktop.store.rates import get_default_rate_id, list_rates
from dgw_desktop.store.scenarios import list_scenarios
from dgw_desktop.store.scoring import list_criteria, list_scores
from dgw_desktop.store.steering import list_decisions, list_meetings
from dgw_desktop.store.themes import list_themes
from dgw_desktop.store.topics import list_topics
from dgw_desktop.store.voting import list_rounds, list_votes
from dgw_desktop.store.wheel import list_actions, list_data_sources, list_roles
from dgw_desktop.store.workshops import list_workshops


@dataclass(frozen=True)
class ProjectSnapshot:
    project: Project
    municipalities: tuple[Municipality, ...]
    domains: tuple[Domain, ...]
    workshops: tuple[Workshop, ...]
    challenges: tuple[Challenge, ...]
    participants: tuple[Participant, ...] = ()
    themes: tuple[Theme, ...] = ()
    vote_rounds: tuple[VoteRound, ...] = ()
    votes: tuple[Vote, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    scores: tuple[Score, ...] = ()
    placements: tuple[Placement, ...] = ()
    # The budget (issue 5); ``budget_overview()`` computes amounts, totals and splits.
    phases: tuple[Phase, ...] = ()
    cost_categories: tuple[CostCategory, ...] = ()
    rates: tuple[Rate, ...] = ()
    default_rate_id: str | None = None
    budget_lines: tuple[BudgetLine, ...] = ()
    cost_keys: tuple[CostKey, ...] = ()
    scenarios: tuple[Scenario, ...] = ()
    funding_sources: tuple[FundingSource, ...] = ()
    # Topics and the steering committee (issue 4): every topic's comparison as
    # ``store.comparison.compare_topics`` gives it, the wheels' items, the decision log.
    topics: tuple[Topic, ...] = ()
    topic_comparisons: tuple[TopicComparison, ...] = ()
    data_sources: tuple[DataSource, ...] = ()
    wheel_roles: tuple[WheelRole, ...] = ()
    wheel_actions: tuple[WheelAction, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    decisions: tuple[Decision, ...] = ()  # in the order written

    def municipality_names(self, municipality_ids: Iterable[str]) -> list[str]:
        """Names for ids, in the given order; unknown ids are skipped."""
        names = {municipality.id: municipality.name for municipality in self.municipalities}
        return [names[item] for item in municipality_ids if item in names]

    def domain_name(self, domain_id: str) -> str:
        return next((d.name for d in self.domains if d.id == domain_id), "")

    def workshop_title(self, workshop_id: str | None) -> str:
        return next((w.title for w in self.workshops if w.id == workshop_id), "")

    def challenges_in(self, domain_id: str) -> list[Challenge]:
        return [challenge for challenge in self.challenges if challenge.domain_id == domain_id]

    def budget_overview(self) -> BudgetOverview:
        """The same figures as ``store.budget.budget_overview`` on the file."""
        return build_budget_overview(
            municipalities=self.municipalities,
            phases=self.phases,
            categories=self.cost_categories,
            rates=self.rates,
            default_rate_id=self.default_rate_id,
            lines=self.budget_lines,
            keys=self.cost_keys,
            scenarios=self.scenarios,
            funding=self.funding_sources,
        )

    def challenge_count_by_municipality(self) -> dict[str, int]:
        """Municipality id → number of challenges it shares (0 if none)."""
        counts = {municipality.id: 0 for municipality in self.municipalities}
        for challenge in self.challenges:
            for municipality_id in challenge.municipality_ids:
                if municipality_id in counts:
                    counts[municipality_id] += 1
        return counts


def load_snapshot(project_file: ProjectFile) -> ProjectSnapshot:
    """Read everything an export needs, in one read transaction so the parts agree."""
    connection = project_file.connection
    own_transaction = not connection.in_transaction
    if own_transaction:
        connection.execute("BEGIN")
    try:
        return ProjectSnapshot(
            project=get_project(project_file),
            municipalities=tuple(list_municipalities(project_file)),
            domains=tuple(list_domains(project_file)),
            workshops=tuple(list_workshops(project_file)),
            challenges=tuple(list_challenges(project_file)),
            participants=tuple(list_participants(project_file)),
            themes=tuple(list_themes(project_file)),
            vote_rounds=tuple(list_rounds(project_file)),
            votes=tuple(list_votes(project_file)),
            criteria=tuple(list_criteria(project_file)),
            scores=tuple(list_scores(project_file)),
            placements=tuple(list_placements(project_file)),
            phases=tuple(list_phases(project_file)),
            cost_categories=tuple(list_categories(project_file)),
            rates=tuple(list_rates(project_file)),
            default_rate_id=get_default_rate_id(project_file),
            budget_lines=tuple(list_budget_lines(project_file)),
            cost_keys=tuple(list_cost_keys(project_file)),
            scenarios=tuple(list_scenarios(project_file)),
            funding_sources=tuple(list_funding(project_file)),
            topics=tuple(list_topics(project_file)),
            topic_comparisons=tuple(compare_topics(project_file)),
            data_sources=tuple(list_data_sources(project_file)),
            wheel_roles=tuple(list_roles(project_file)),
            wheel_actions=tuple(list_actions(project_file)),
            meetings=tuple(list_meetings(project_file)),
            decisions=tuple(list_decisions(project_file)),
        )
    finally:
        if own_transaction:
            connection.execute("COMMIT")
