"""Domain rules: every violation is a ValidationError naming the field at fault."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dgw_desktop.domain.entities import Challenge, Domain, Municipality, Project, Workshop
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.validation import (
    MAX_TEXT_LENGTH,
    validate_challenge,
    validate_domain,
    validate_municipality,
    validate_project,
    validate_workshop,
)

GOIRLE = Municipality(name="Goirle", cbs_code="GM0785", inhabitants=24328)
SOCIAAL = Domain(name="sociaal")


def _raises(field: str, call: Callable[..., object], *args: object, **kwargs: object) -> str:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    assert caught.value.field == field
    message = caught.value.translated()
    assert message
    assert "{" not in message  # every placeholder filled
    return message


# -- project --------------------------------------------------------------------------------------
def test_project_is_cleaned() -> None:
    project = validate_project(Project(name="  Pilot GHO ", description=" tekst \n"))
    assert project.name == "Pilot GHO"
    assert project.description == "tekst"


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_project_needs_a_name(name: str) -> None:
    assert "name" in _raises("name", validate_project, Project(name=name))


# -- municipality ---------------------------------------------------------------------------------
def test_municipality_is_cleaned() -> None:
    cleaned = validate_municipality(
        Municipality(name=" Goirle ", cbs_code=" gm0785 ", inhabitants=24328)
    )
    assert cleaned.name == "Goirle"
    assert cleaned.cbs_code == "GM0785"


@pytest.mark.parametrize("name", ["", "  "])
def test_municipality_needs_a_name(name: str) -> None:
    municipality = Municipality(name=name, cbs_code="GM0785", inhabitants=1)
    _raises("name", validate_municipality, municipality)


@pytest.mark.parametrize("code", ["GM785", "0785", "XX0785", "GM07850", "GM 0785", "", "GMABCD"])
def test_malformed_cbs_code(code: str) -> None:
    message = _raises(
        "cbs_code",
        validate_municipality,
        Municipality(name="Goirle", cbs_code=code, inhabitants=24328),
    )
    assert "GM0785" in message  # the example
    assert f"“{code.strip()}”" in message


@pytest.mark.parametrize("inhabitants", [0, -1, -24328])
def test_inhabitants_must_be_positive(inhabitants: int) -> None:
    message = _raises(
        "inhabitants",
        validate_municipality,
        Municipality(name="Goirle", cbs_code="GM0785", inhabitants=inhabitants),
    )
    assert "0" in message


def test_duplicate_municipality_name_is_case_insensitive() -> None:
    message = _raises(
        "name",
        validate_municipality,
        Municipality(name="goirle ", cbs_code="GM0798", inhabitants=1),
        [GOIRLE],
    )
    assert "goirle" in message


def test_duplicate_cbs_code_names_the_other_municipality() -> None:
    message = _raises(
        "cbs_code",
        validate_municipality,
        Municipality(name="Hilvarenbeek", cbs_code="gm0785", inhabitants=15966),
        [GOIRLE],
    )
    assert "GM0785" in message
    assert "Goirle" in message


def test_a_municipality_is_not_its_own_duplicate() -> None:
    renamed = Municipality(name="Goirle", cbs_code="GM0785", inhabitants=25000, id=GOIRLE.id)
    assert validate_municipality(renamed, [GOIRLE]).inhabitants == 25000


def test_text_length_limit() -> None:
    message = _raises(
        "name",
        validate_municipality,
        Municipality(name="x" * (MAX_TEXT_LENGTH + 1), cbs_code="GM0785", inhabitants=1),
    )
    assert str(MAX_TEXT_LENGTH) in message


# -- domain ---------------------------------------------------------------------------------------
def test_domain_needs_a_name() -> None:
    _raises("name", validate_domain, Domain(name=" "))


def test_duplicate_domain_name() -> None:
    message = _raises("name", validate_domain, Domain(name="Sociaal"), [SOCIAAL])
    assert "Sociaal" in message
    same = Domain(name="Sociaal", id=SOCIAAL.id)
    assert validate_domain(same, [SOCIAAL]).name == "Sociaal"


# -- workshop -------------------------------------------------------------------------------------
def test_workshop_is_cleaned_and_deduplicated() -> None:
    workshop = validate_workshop(
        Workshop(
            title=" Workshop sociaal ",
            domain_id=SOCIAAL.id,
            location=" Goirle ",
            facilitator=" Joost ",
            municipality_ids=(GOIRLE.id, GOIRLE.id),
        ),
        {SOCIAAL.id},
        {GOIRLE.id},
    )
    assert workshop.title == "Workshop sociaal"
    assert workshop.location == "Goirle"
    assert workshop.facilitator == "Joost"
    assert workshop.municipality_ids == (GOIRLE.id,)


def test_workshop_needs_a_title() -> None:
    _raises("title", validate_workshop, Workshop(title="", domain_id=SOCIAAL.id), {SOCIAAL.id}, ())


def test_workshop_unknown_domain() -> None:
    _raises("domain_id", validate_workshop, Workshop(title="W", domain_id="nope"), {SOCIAAL.id}, ())


def test_workshop_unknown_municipality() -> None:
    _raises(
        "municipality_ids",
        validate_workshop,
        Workshop(title="W", domain_id=SOCIAAL.id, municipality_ids=("nope",)),
        {SOCIAAL.id},
        {GOIRLE.id},
    )


# -- challenge ------------------------------------------------------------------------------------
def test_challenge_is_cleaned() -> None:
    challenge = validate_challenge(
        Challenge(text="  Geen zicht op kosten ", domain_id=SOCIAAL.id, notes=" € 40.000 "),
        {SOCIAAL.id},
        {GOIRLE.id},
    )
    assert challenge.text == "Geen zicht op kosten"
    assert challenge.notes == "€ 40.000"


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_challenge_needs_text(text: str) -> None:
    message = _raises(
        "text", validate_challenge, Challenge(text=text, domain_id=SOCIAAL.id), {SOCIAAL.id}, ()
    )
    assert "text" in message


def test_challenge_unknown_domain() -> None:
    _raises(
        "domain_id",
        validate_challenge,
        Challenge(text="x", domain_id="unknown"),
        {SOCIAAL.id},
        (),
    )


def test_challenge_unknown_workshop() -> None:
    _raises(
        "workshop_id",
        validate_challenge,
        Challenge(text="x", domain_id=SOCIAAL.id, workshop_id="unknown"),
        {SOCIAAL.id},
        (),
        {"known-workshop"},
    )


def test_challenge_unknown_municipality() -> None:
    _raises(
        "municipality_ids",
        validate_challenge,
        Challenge(text="x", domain_id=SOCIAAL.id, municipality_ids=(GOIRLE.id, "unknown")),
        {SOCIAAL.id},
        {GOIRLE.id},
    )


def test_translated_goes_through_the_translator() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_domain(Domain(name="Sociaal"), [SOCIAAL])

    def to_dutch(context: str, text: str) -> str:
        assert context == "Validation"
        return "Er is al een domein “{name}”."

    assert caught.value.translated(to_dutch) == "Er is al een domein “Sociaal”."
    assert str(caught.value) == caught.value.translated()
