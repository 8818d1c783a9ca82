"""Domain rules. Each ``validate_*`` returns a cleaned entity or raises ``ValidationError``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection

from dgw_desktop.domain.entities import Challenge, Domain, Municipality, Project, Workshop
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError

CBS_CODE_PATTERN = re.compile(r"^GM\d{4}$")
MAX_TEXT_LENGTH = 2000


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
    )


def validate_challenge(
    challenge: Challenge,
    known_domain_ids: Collection[str],
    known_municipality_ids: Collection[str],
    known_workshop_ids: Collection[str] = (),
) -> Challenge:
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
    municipality_ids = _check_municipalities(challenge.municipality_ids, known_municipality_ids)
    return dataclasses.replace(
        challenge, text=text, notes=challenge.notes.strip(), municipality_ids=municipality_ids
    )
