"""Creating a new, empty project and the demo (GHO) project."""

from __future__ import annotations

from pathlib import Path

from dgw_desktop.domain import demo_data
from dgw_desktop.domain.demo_sessions import DEMO_SESSIONS, DemoSession
from dgw_desktop.domain.entities import (
    DEFAULT_DOMAINS,
    Challenge,
    Criterion,
    Domain,
    Municipality,
    Participant,
    Placement,
    Project,
    Target,
    Theme,
    VoteRound,
    Workshop,
)
from dgw_desktop.store.budget import add_default_budget_lists
from dgw_desktop.store.challenges import add_challenges, list_challenges
from dgw_desktop.store.demo_budget import fill_demo_budget
from dgw_desktop.store.demo_topics import fill_demo_topics
from dgw_desktop.store.domains import add_domain
from dgw_desktop.store.municipalities import add_municipality, list_municipalities
from dgw_desktop.store.participants import add_participants
from dgw_desktop.store.placements import set_placement
from dgw_desktop.store.project_file import ProjectFile, create_project_file
from dgw_desktop.store.project_info import insert_project
from dgw_desktop.store.scoring import add_default_criteria, list_criteria, set_score
from dgw_desktop.store.themes import add_theme, assign_challenges
from dgw_desktop.store.voting import add_round, set_dots
from dgw_desktop.store.workshops import add_workshop, list_workshops


def _add_default_domains(project_file: ProjectFile, names: tuple[str, ...]) -> dict[str, str]:
    return {
        name: add_domain(project_file, Domain(name=name, position=position)).id
        for position, name in enumerate(names)
    }


def create_empty_project(path: Path, name: str, *, overwrite: bool = False) -> ProjectFile:
    def fill(project_file: ProjectFile) -> None:
        insert_project(project_file, Project(name=name))
        _add_default_domains(project_file, DEFAULT_DOMAINS)
        add_default_criteria(project_file)
        add_default_budget_lists(project_file)

    return create_project_file(Path(path), fill, overwrite=overwrite)


def fill_demo(project_file: ProjectFile) -> None:
    insert_project(
        project_file,
        Project(name=demo_data.PROJECT_NAME, description=demo_data.PROJECT_DESCRIPTION),
    )
    domain_ids = _add_default_domains(project_file, demo_data.DEMO_DOMAINS)
    add_default_criteria(project_file)
    add_default_budget_lists(project_file)
    municipality_ids = {
        item.name: add_municipality(
            project_file,
            Municipality(
                name=item.name,
                cbs_code=item.cbs_code,
                inhabitants=item.inhabitants,
                is_partner=item.is_partner,
            ),
        ).id
        for item in demo_data.DEMO_MUNICIPALITIES
    }
    agendas = {session.workshop: session.agenda for session in DEMO_SESSIONS}
    workshop_ids: dict[str, str] = {}
    for item in demo_data.DEMO_WORKSHOPS:
        workshop = add_workshop(
            project_file,
            Workshop(
                title=item.title,
                domain_id=domain_ids[item.domain],
                held_on=item.held_on,
                location=item.location,
                facilitator=item.facilitator,
                municipality_ids=tuple(municipality_ids[name] for name in item.municipalities),
                notes=agendas.get(item.title, ""),
            ),
        )
        workshop_ids[item.title] = workshop.id
        add_challenges(
            project_file,
            [
                Challenge(
                    text=challenge.text,
                    domain_id=domain_ids[item.domain],
                    workshop_id=workshop.id,
                    municipality_ids=tuple(
                        municipality_ids[name] for name in challenge.municipalities
                    ),
                    notes=challenge.notes,
                )
                for challenge in item.challenges
            ],
        )

    criteria = list_criteria(project_file)
    challenge_ids = {challenge.text: challenge.id for challenge in list_challenges(project_file)}
    for session in DEMO_SESSIONS:
        _fill_demo_session(
            project_file, session, workshop_ids[session.workshop], criteria, challenge_ids
        )
    fill_demo_budget(project_file)
    fill_demo_topics(project_file)


def _fill_demo_session(
    project_file: ProjectFile,
    session: DemoSession,
    workshop_id: str,
    criteria: list[Criterion],
    challenge_ids: dict[str, str],
) -> None:
    """Participants, themes, a voting round, scores and the map for one demo workshop."""
    municipality_ids = {m.name: m.id for m in list_municipalities(project_file)}
    (workshop,) = [w for w in list_workshops(project_file) if w.id == workshop_id]
    participants = add_participants(
        project_file,
        [
            Participant(
                workshop_id=workshop_id,
                municipality_id=municipality_ids[item.municipality],
                department=item.department,
                name=item.name,
            )
            for item in session.participants
        ],
    )
    vote_round = add_round(
        project_file,
        VoteRound(
            workshop_id=workshop_id,
            name=session.round_name,
            dots_per_participant=session.dots_per_participant,
        ),
    )
    for item in session.themes:
        theme = add_theme(
            project_file,
            Theme(name=item.name, domain_id=workshop.domain_id, description=item.description),
        )
        target = Target.theme(theme.id)
        assign_challenges(project_file, theme.id, [challenge_ids[text] for text in item.challenges])
        set_dots(project_file, vote_round.id, target, item.dots)
        for criterion, value in zip(criteria, item.consensus, strict=False):
            set_score(project_file, criterion.id, target, None, value)
        for index, values in item.participant_scores:
            for criterion, value in zip(criteria, values, strict=False):
                set_score(project_file, criterion.id, target, participants[index].id, value)
        set_placement(
            project_file, Placement(target=target, impact=item.impact, effort=item.effort)
        )
    for text, dots in session.challenge_dots:
        set_dots(project_file, vote_round.id, Target.challenge(challenge_ids[text]), dots)
    for text, impact, effort in session.challenge_places:
        target = Target.challenge(challenge_ids[text])
        set_placement(project_file, Placement(target=target, impact=impact, effort=effort))


def create_demo_project(path: Path, *, overwrite: bool = False) -> ProjectFile:
    return create_project_file(Path(path), fill_demo, overwrite=overwrite)
