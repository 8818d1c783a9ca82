"""Domain rules. Each ``validate_*`` returns a cleaned entity or raises ``ValidationError``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection

from dgw_desktop.domain.entities import (
    Challenge,
    Criterion,
    Domain,
    Municipality,
    Participant,
    Placement,
    Project,
    Theme,
    VoteRound,
    Workshop,
)
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError

CBS_CODE_PATTERN = re.compile(r"^GM\d{4}$")
MAX_TEXT_LENGTH = 2000
SCORE_MIN = 1
SCORE_MAX = 5  # scores and the impact–effort map use a 1–5 scale
MAX_DOTS_PER_PARTICIPANT = 100
MAX_WEIGHT = 100


def _required_text(value: str, field_name: str, message: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError(field_name, message)
    if len(cleaned) > MAX_TEXT_LENGTH:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "The text is longer than {limit} characters."),
            limit=MAX_TEXT_LENGTH,
        )
    return cleaned


def _optional_text(value: str, field_name: str) -> str:
    cleaned = value.strip()
    if len(cleaned) > MAX_TEXT_LENGTH:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "The text is longer than {limit} characters."),
            limit=MAX_TEXT_LENGTH,
        )
    return cleaned


def _whole_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_project(project: Project) -> Project:
    name = _required_text(
        project.name, "name", QT_TRANSLATE_NOOP("Validation", "The project needs a name.")
    )
    return dataclasses.replace(project, name=name, description=project.description.strip())


def validate_municipality(
    municipality: Municipality, others: Collection[Municipality] = ()
) -> Municipality:
    name = _required_text(
        municipality.name,
        "name",
        QT_TRANSLATE_NOOP("Validation", "A municipality needs a name."),
    )
    code = municipality.cbs_code.strip().upper()
    if not CBS_CODE_PATTERN.match(code):
        raise ValidationError(
            "cbs_code",
            QT_TRANSLATE_NOOP(
                "Validation",
                "“{code}” is not a CBS municipality code; it looks like GM followed by "
                "four digits, e.g. GM0785.",
            ),
            code=municipality.cbs_code.strip(),
        )
    if municipality.inhabitants <= 0:
        raise ValidationError(
            "inhabitants",
            QT_TRANSLATE_NOOP("Validation", "The number of inhabitants must be more than 0."),
        )
    for other in others:
        if other.id == municipality.id:
            continue
        if other.name.casefold() == name.casefold():
            raise ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Validation", "There is already a municipality “{name}”."),
                name=name,
            )
        if other.cbs_code == code:
            raise ValidationError(
                "cbs_code",
                QT_TRANSLATE_NOOP("Validation", "CBS code {code} is already used by {name}."),
                code=code,
                name=other.name,
            )
    return dataclasses.replace(municipality, name=name, cbs_code=code)


def validate_domain(domain: Domain, others: Collection[Domain] = ()) -> Domain:
    name = _required_text(
        domain.name, "name", QT_TRANSLATE_NOOP("Validation", "A domain needs a name.")
    )
    for other in others:
        if other.id != domain.id and other.name.casefold() == name.casefold():
            raise ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Validation", "There is already a domain “{name}”."),
                name=name,
            )
    return dataclasses.replace(domain, name=name)


def _check_domain(domain_id: str, known_domain_ids: Collection[str]) -> None:
    if domain_id not in known_domain_ids:
        raise ValidationError(
            "domain_id",
            QT_TRANSLATE_NOOP("Validation", "Choose one of the project's domains."),
        )


def _check_municipalities(ids: tuple[str, ...], known: Collection[str]) -> tuple[str, ...]:
    unique = tuple(dict.fromkeys(ids))
    if any(municipality_id not in known for municipality_id in unique):
        raise ValidationError(
            "municipality_ids",
            QT_TRANSLATE_NOOP("Validation", "Choose municipalities of this project."),
        )
    return unique


def validate_workshop(
    workshop: Workshop,
    known_domain_ids: Collection[str],
    known_municipality_ids: Collection[str],
) -> Workshop:
    title = _required_text(
        workshop.title, "title", QT_TRANSLATE_NOOP("Validation", "A workshop needs a title.")
    )
    _check_domain(workshop.domain_id, known_domain_ids)
    municipality_ids = _check_municipalities(workshop.municipality_ids, known_municipality_ids)
    return dataclasses.replace(
        workshop,
        title=title,
        location=workshop.location.strip(),
        facilitator=workshop.facilitator.strip(),
        municipality_ids=municipality_ids,
        notes=workshop.notes.strip(),
    )


def validate_challenge(
    challenge: Challenge,
    known_domain_ids: Collection[str],
    known_municipality_ids: Collection[str],
    known_workshop_ids: Collection[str] = (),
    known_theme_ids: Collection[str] | None = None,
) -> Challenge:
    """``known_theme_ids`` None: the theme is not checked (a form that does not show it)."""
    text = _required_text(
        challenge.text,
        "text",
        QT_TRANSLATE_NOOP("Validation", "A challenge needs a text."),
    )
    _check_domain(challenge.domain_id, known_domain_ids)
    if challenge.workshop_id is not None and challenge.workshop_id not in known_workshop_ids:
        raise ValidationError(
            "workshop_id",
            QT_TRANSLATE_NOOP("Validation", "Choose one of the project's workshops."),
        )
    if (
        challenge.theme_id is not None
        and known_theme_ids is not None
        and challenge.theme_id not in known_theme_ids
    ):
        raise ValidationError(
            "theme_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the project's themes.")
        )
    municipality_ids = _check_municipalities(challenge.municipality_ids, known_municipality_ids)
    return dataclasses.replace(
        challenge,
        text=text,
        notes=challenge.notes.strip(),
        said_by=_optional_text(challenge.said_by, "said_by"),
        municipality_ids=municipality_ids,
    )


def validate_participant(
    participant: Participant,
    known_workshop_ids: Collection[str],
    known_municipality_ids: Collection[str],
) -> Participant:
    """A participant needs a workshop and a municipality; the name may stay empty."""
    if participant.workshop_id not in known_workshop_ids:
        raise ValidationError(
            "workshop_id",
            QT_TRANSLATE_NOOP("Validation", "Choose one of the project's workshops."),
        )
    if participant.municipality_id not in known_municipality_ids:
        raise ValidationError(
            "municipality_id",
            QT_TRANSLATE_NOOP("Validation", "Choose the municipality the participant works for."),
        )
    return dataclasses.replace(
        participant,
        name=_optional_text(participant.name, "name"),
        department=_optional_text(participant.department, "department"),
    )


def validate_theme(
    theme: Theme, known_domain_ids: Collection[str], others: Collection[Theme] = ()
) -> Theme:
    """A theme needs a name, unique within its domain; its domain may be None (across)."""
    name = _required_text(
        theme.name, "name", QT_TRANSLATE_NOOP("Validation", "A theme needs a name.")
    )
    if theme.domain_id is not None:
        _check_domain(theme.domain_id, known_domain_ids)
    for other in others:
        if (
            other.id != theme.id
            and other.domain_id == theme.domain_id
            and other.name.casefold() == name.casefold()
        ):
            raise ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Validation", "There is already a theme “{name}”."),
                name=name,
            )
    return dataclasses.replace(
        theme, name=name, description=_optional_text(theme.description, "description")
    )


def validate_vote_round(vote_round: VoteRound, known_workshop_ids: Collection[str]) -> VoteRound:
    name = _required_text(
        vote_round.name,
        "name",
        QT_TRANSLATE_NOOP("Validation", "A voting round needs a name."),
    )
    if vote_round.workshop_id not in known_workshop_ids:
        raise ValidationError(
            "workshop_id",
            QT_TRANSLATE_NOOP("Validation", "Choose one of the project's workshops."),
        )
    dots = vote_round.dots_per_participant
    if not _whole_number(dots) or not 0 < dots <= MAX_DOTS_PER_PARTICIPANT:
        raise ValidationError(
            "dots_per_participant",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Each participant gets a whole number of dots from 1 to {maximum}.",
            ),
            maximum=MAX_DOTS_PER_PARTICIPANT,
        )
    return dataclasses.replace(vote_round, name=name)


def validate_dots(dots: int) -> int:
    if not _whole_number(dots) or dots < 0:
        raise ValidationError(
            "dots",
            QT_TRANSLATE_NOOP("Validation", "The number of dots is a whole number, 0 or more."),
        )
    return dots


def check_dots_budget(
    round_name: str, participants: int, dots_per_participant: int, total: int
) -> None:
    """Refuse more dots in a round than its participants had to give."""
    available = participants * dots_per_participant
    if total <= available:
        return
    if participants == 0:
        raise ValidationError(
            "dots",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Round “{round}” has no dots to give yet: add the workshop's participants first.",
            ),
            round=round_name,
        )
    raise ValidationError(
        "dots",
        QT_TRANSLATE_NOOP(
            "Validation",
            "Round “{round}” has {available} dots ({participants} participants × "
            "{per_participant}); this would make {total}.",
        ),
        round=round_name,
        available=available,
        participants=participants,
        per_participant=dots_per_participant,
        total=total,
    )


def validate_criterion(criterion: Criterion, others: Collection[Criterion] = ()) -> Criterion:
    name = _required_text(
        criterion.name, "name", QT_TRANSLATE_NOOP("Validation", "A criterion needs a name.")
    )
    if not _whole_number(criterion.weight) or not 0 < criterion.weight <= MAX_WEIGHT:
        raise ValidationError(
            "weight",
            QT_TRANSLATE_NOOP("Validation", "The weight is a whole number from 1 to {maximum}."),
            maximum=MAX_WEIGHT,
        )
    for other in others:
        if other.id != criterion.id and other.name.casefold() == name.casefold():
            raise ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Validation", "There is already a criterion “{name}”."),
                name=name,
            )
    return dataclasses.replace(criterion, name=name)


def validate_scale_value(value: int, field_name: str = "value") -> int:
    """A score or a position on the impact–effort map: a whole number from 1 to 5."""
    if not _whole_number(value) or not SCORE_MIN <= value <= SCORE_MAX:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "Choose a whole number from {low} to {high}."),
            low=SCORE_MIN,
            high=SCORE_MAX,
        )
    return value


def validate_placement(placement: Placement) -> Placement:
    validate_scale_value(placement.impact, "impact")
    validate_scale_value(placement.effort, "effort")
    return placement
