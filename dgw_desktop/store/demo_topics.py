"""Writing the demo's topics, wheels and steering-committee decision (``domain.demo_topics``)."""

from __future__ import annotations

from dgw_desktop.domain import demo_topics
from dgw_desktop.domain.entities import Target
from dgw_desktop.domain.steering import Decision, Meeting
from dgw_desktop.domain.topic_details import Kpi, Risk
from dgw_desktop.domain.topics import Topic, TopicStatus
from dgw_desktop.domain.wheel import DataSource, WheelAction, WheelRole
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.steering import add_meeting, record_decision
from dgw_desktop.store.themes import list_themes
from dgw_desktop.store.topic_details import add_kpi, add_risk
from dgw_desktop.store.topics import add_topic
from dgw_desktop.store.wheel import add_action, add_data_source, add_role


def _add_topic(
    project_file: ProjectFile,
    item: demo_topics.DemoTopic,
    domains: dict[str, str],
    origins: dict[str, Target],
    municipalities: dict[str, str],
) -> Topic:
    topic = add_topic(
        project_file,
        Topic(
            title=item.title,
            domain_id=domains[item.domain],
            strategic_question=item.strategic_question,
            description=item.description,
            status=TopicStatus.IDEA,
            marked_for_proposal=item.proposed,
            origins=tuple(origins[name] for name in (*item.themes, *item.challenges)),
        ),
    )
    for source in item.sources:
        add_data_source(
            project_file,
            DataSource(
                topic_id=topic.id,
                name=source.name,
                owner=source.owner,
                municipality_id=municipalities.get(source.municipality),
                availability=source.availability,
                quality_remark=source.quality,
                privacy_remark=source.privacy,
            ),
        )
    for role in item.roles:
        add_role(
            project_file,
            WheelRole(topic.id, role.role, role.person, role.hours_per_week),
        )
    for action in item.actions:
        add_action(
            project_file,
            WheelAction(topic.id, action.action, action.owner, action.due_on, action.done),
        )
    for kpi in item.kpis:
        add_kpi(
            project_file,
            Kpi(topic.id, kpi.name, kpi.unit, kpi.baseline, kpi.target, kpi.moments),
        )
    for risk in item.risks:
        add_risk(
            project_file,
            Risk(topic.id, risk.description, risk.likelihood, risk.impact, risk.mitigation),
        )
    return topic


def fill_demo_topics(project_file: ProjectFile) -> None:
    """Topics from the demo's themes, the meeting they were put to and its decision.

    Needs the demo's domains, municipalities, challenges and themes.
    """
    domains = {domain.name: domain.id for domain in list_domains(project_file)}
    municipalities = {m.name: m.id for m in list_municipalities(project_file)}
    origins = {theme.name: Target.theme(theme.id) for theme in list_themes(project_file)}
    origins.update({c.text: Target.challenge(c.id) for c in list_challenges(project_file)})
    topics = {
        item.title: _add_topic(project_file, item, domains, origins, municipalities)
        for item in demo_topics.DEMO_TOPICS
    }
    meeting = demo_topics.DEMO_MEETING
    stored = add_meeting(
        project_file,
        Meeting(
            held_on=meeting.held_on,
            title=meeting.title,
            location=meeting.location,
            members_present=meeting.members_present,
            agenda_items=meeting.agenda_items,
            proposal_ids=tuple(topics[title].id for title in meeting.proposals),
        ),
    )
    decision = demo_topics.DEMO_DECISION
    record_decision(
        project_file,
        Decision(
            meeting_id=stored.id,
            text=decision.text,
            chosen_topic_id=topics[decision.chosen].id,
            others_outcome=TopicStatus.ON_HOLD,
            rationale=decision.rationale,
            review_on=decision.review_on,
        ),
    )
