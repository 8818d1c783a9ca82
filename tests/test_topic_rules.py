"""Topic rules without a file: status transitions, KPI values, wheel readiness, decision effects."""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from dgw_desktop.domain.entities import Target
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.steering import Decision, Meeting, decision_effects, validate_decision
from dgw_desktop.domain.topic_details import (
    Kpi,
    KpiMoment,
    Risk,
    format_kpi_value,
    parse_kpi_value,
    risks_by_score,
    validate_kpi,
    validate_risk,
)
from dgw_desktop.domain.topics import (
    COMMITTEE_STATUSES,
    MANUAL_TRANSITIONS,
    StatusChangeError,
    Topic,
    TopicStatus,
    check_manual_transition,
    validate_topic,
)
from dgw_desktop.domain.wheel import (
    AMBER_FROM,
    GREEN_FROM,
    Availability,
    DataSource,
    Segment,
    TrafficLight,
    WheelAction,
    WheelRole,
    data_readiness,
    parse_hours,
    segment_status,
    to_percent,
    validate_role,
    wheel_readiness,
)

S = TopicStatus
QUESTION = "Hoe signaleren we schulden eerder?"


def topic(status: TopicStatus, question: str = QUESTION) -> Topic:
    return Topic(title="Schulden", strategic_question=question, status=status)


# -- status transitions -----------------------------------------------------------------------
ALLOWED = {
    (S.IDEA, S.PROPOSED),
    (S.PROPOSED, S.IDEA),
    (S.ON_HOLD, S.PROPOSED),
    (S.ON_HOLD, S.IDEA),
    (S.REJECTED, S.IDEA),
}


@pytest.mark.parametrize("current", list(TopicStatus), ids=lambda s: s.value)
@pytest.mark.parametrize("new", list(TopicStatus), ids=lambda s: s.value)
def test_every_manual_transition_is_allowed_or_refused(current: S, new: S) -> None:
    if current is new or (current, new) in ALLOWED:
        check_manual_transition(topic(current), new)
        return
    with pytest.raises(StatusChangeError) as refused:
        check_manual_transition(topic(current), new)
    assert refused.value.field == "status"
    assert (refused.value.current, refused.value.new) == (current, new)


def test_the_transition_table_matches_the_documented_rules() -> None:
    table = {(a, b) for a, targets in MANUAL_TRANSITIONS.items() for b in targets}
    assert table == ALLOWED
    assert {S.CHOSEN, S.REJECTED, S.ON_HOLD} == COMMITTEE_STATUSES


def test_committee_statuses_need_a_decision_and_the_message_names_both() -> None:
    with pytest.raises(StatusChangeError) as refused:
        check_manual_transition(topic(S.PROPOSED), S.CHOSEN)
    assert "steering committee" in str(refused.value)
    assert "“Proposed”" in str(refused.value) and "“Chosen”" in str(refused.value)

    def dutch(context: str, text: str) -> str:
        return {"Proposed": "Voorgesteld", "Chosen": "Gekozen"}.get(text, text)

    translated = refused.value.translated(dutch)
    assert "“Voorgesteld”" in translated and "“Gekozen”" in translated


def test_a_topic_is_proposed_only_with_a_strategic_question() -> None:
    with pytest.raises(ValidationError) as refused:
        check_manual_transition(topic(S.IDEA, question="  "), S.PROPOSED)
    assert refused.value.field == "strategic_question"
    assert "Schulden" in str(refused.value)


def test_topic_validation_cleans_and_refuses() -> None:
    origin = Target.theme("t1")
    cleaned = validate_topic(
        Topic(title="  Schulden ", strategic_question=" Vraag? ", origins=(origin, origin)),
        {"d1"},
    )
    assert (cleaned.title, cleaned.strategic_question, cleaned.origins) == (
        "Schulden",
        "Vraag?",
        (origin,),
    )
    for bad, field in (
        (Topic(title=" "), "title"),
        (Topic(title="A", domain_id="unknown"), "domain_id"),
        (Topic(title="A", description="x" * 2001), "description"),
        (Topic(title="A", status=S.PROPOSED), "strategic_question"),
    ):
        with pytest.raises(ValidationError) as refused:
            validate_topic(bad, {"d1"})
        assert refused.value.field == field


# -- risks and KPIs ---------------------------------------------------------------------------
def test_risks_score_and_sort() -> None:
    low, high = Risk("t", "Laag", 1, 2), Risk("t", "Hoog", 4, 5)
    assert high.score == 20
    assert risks_by_score([low, high]) == [high, low]
    with pytest.raises(ValidationError) as refused:
        validate_risk(Risk("t", "Te groot", likelihood=6))
    assert refused.value.field == "likelihood"
    with pytest.raises(ValidationError):
        validate_risk(Risk("t", " "))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("42", Decimal(42)),
        ("1.250,5", Decimal("1250.5")),
        ("-3,25", Decimal("-3.25")),
        (" 0 ", Decimal(0)),
        ("12.5", "12.5"),  # not Dutch: kept as typed rather than guessed
        ("minder dan de helft", "minder dan de helft"),
        ("", ""),
    ],
)
def test_kpi_values_parse_exactly(text: str, value: Decimal | str) -> None:
    parsed = parse_kpi_value(text)
    assert parsed == value and type(parsed) is type(value)


def test_kpi_values_format_the_dutch_way() -> None:
    assert format_kpi_value(Decimal("1250.5")) == "1.250,5"
    assert format_kpi_value(Decimal(14)) == "14"
    assert format_kpi_value("n.t.b.") == "n.t.b."


def test_kpi_validation() -> None:
    kpi = validate_kpi(
        Kpi("t", " Doorlooptijd ", moments=(KpiMoment.AFTER, KpiMoment.BEFORE, KpiMoment.AFTER))
    )
    assert kpi.name == "Doorlooptijd"
    assert kpi.moments == (KpiMoment.BEFORE, KpiMoment.AFTER)
    with pytest.raises(ValidationError) as refused:
        validate_kpi(Kpi("t", "Zonder moment", moments=()))
    assert refused.value.field == "moments"
    with pytest.raises(ValidationError):
        validate_kpi(Kpi("t", "Oneindig", target=Decimal("Infinity")))


# -- wheel readiness ---------------------------------------------------------------------------
def sources(*availability: Availability) -> list[DataSource]:
    return [DataSource("t", f"Bron {i}", availability=a) for i, a in enumerate(availability)]


def roles(named: int, empty: int) -> list[WheelRole]:
    return [WheelRole("t", "Rol", "Naam") for _ in range(named)] + [
        WheelRole("t", "Rol") for _ in range(empty)
    ]


def actions(done: int, open_: int) -> list[WheelAction]:
    return [WheelAction("t", "Klaar", done=True) for _ in range(done)] + [
        WheelAction("t", "Open") for _ in range(open_)
    ]


def test_data_counts_available_one_partly_half_not_zero() -> None:
    A, P, N = Availability.AVAILABLE, Availability.PARTIAL, Availability.UNAVAILABLE
    result = data_readiness(sources(A, P, N, A))
    assert (result.ready, result.total, result.percent) == (Fraction(5, 2), 4, 63)  # 62,5 ↑
    assert data_readiness(sources(P)).percent == 50
    assert data_readiness(sources(N, N)).percent == 0


def test_an_empty_segment_is_zero_and_not_filled_in() -> None:
    wheel = wheel_readiness((), (), ())
    assert all(s.empty and s.percent == 0 for s in wheel.segments)
    assert wheel.percent == 0 and wheel.status is TrafficLight.RED
    assert not wheel_readiness((), roles(0, 1), ()).people.empty


def test_people_and_actions_are_shares() -> None:
    wheel = wheel_readiness(sources(Availability.AVAILABLE), roles(2, 1), actions(1, 3))
    assert wheel.segment(Segment.DATA).percent == 100
    assert wheel.people.percent == 67  # 2/3
    assert wheel.actions.percent == 25
    # Overall: the mean of the exact shares (1 + 2/3 + 1/4) / 3 = 23/36 = 63,9 %.
    assert wheel.percent == 64


def test_overall_uses_exact_shares_not_rounded_segments() -> None:
    # Segments 1/3 (33 %), 1/3 (33 %), 1/3 (33 %) ... and 2/3: exact mean differs from rounding.
    wheel = wheel_readiness(
        sources(Availability.AVAILABLE, Availability.UNAVAILABLE, Availability.UNAVAILABLE),
        roles(1, 2),
        actions(2, 1),
    )
    assert [s.percent for s in wheel.segments] == [33, 33, 67]
    assert wheel.percent == 44  # (1/3 + 1/3 + 2/3) / 3 = 4/9 = 44,4 %


@pytest.mark.parametrize(
    ("percent", "status"),
    [
        (100, TrafficLight.GREEN),
        (GREEN_FROM, TrafficLight.GREEN),
        (GREEN_FROM - 1, TrafficLight.AMBER),
        (AMBER_FROM, TrafficLight.AMBER),
        (AMBER_FROM - 1, TrafficLight.RED),
        (0, TrafficLight.RED),
    ],
)
def test_segment_status_thresholds(percent: int, status: TrafficLight) -> None:
    assert segment_status(percent) is status


def test_rounding_half_up_decides_the_colour_the_user_sees() -> None:
    assert to_percent(Fraction(149, 200)) == 75  # 74,5 % → 75 % → green
    assert to_percent(Fraction(1489, 2000)) == 74  # 74,45 % → 74 %
    assert segment_status(to_percent(Fraction(149, 200))) is TrafficLight.GREEN
    assert data_readiness(
        sources(*[Availability.AVAILABLE] * 3, Availability.UNAVAILABLE)
    ).status is (TrafficLight.GREEN)


def test_hours_per_week_are_exact() -> None:
    assert parse_hours("4,5") == Decimal("4.5")
    assert parse_hours("") == 0
    for bad in ("-1", "4.5", "169", "1,234"):
        with pytest.raises(ValidationError):
            parse_hours(bad)
    assert validate_role(WheelRole("t", " Analist ", hours_per_week=Decimal("0.25"))).role == (
        "Analist"
    )


# -- decisions -------------------------------------------------------------------------------
MEETING = Meeting(held_on=datetime.date(2026, 11, 24))


def test_a_decision_takes_the_meeting_date_and_checks_its_review_date() -> None:
    decision = validate_decision(Decision(MEETING.id, " Besluit "), MEETING)
    assert decision.decided_on == MEETING.held_on and decision.text == "Besluit"
    with pytest.raises(ValidationError) as refused:
        validate_decision(Decision(MEETING.id, "B", review_on=datetime.date(2026, 11, 23)), MEETING)
    assert refused.value.field == "review_on"
    with pytest.raises(ValidationError):
        validate_decision(Decision(MEETING.id, "B", others_outcome=S.CHOSEN), MEETING)
    with pytest.raises(ValidationError):
        validate_decision(Decision(MEETING.id, "  "), MEETING)


def test_choosing_a_topic_puts_the_other_proposals_on_hold_or_rejects_them() -> None:
    statuses = {"x": S.PROPOSED, "y": S.PROPOSED, "z": S.IDEA, "w": S.PROPOSED}
    choose = Decision(MEETING.id, "Kies x", chosen_topic_id="x")
    assert decision_effects(choose, ["x", "y", "z"], statuses, {}) == {
        "x": S.CHOSEN,
        "y": S.ON_HOLD,  # z was withdrawn to idea before the decision: left alone
    }
    reject = Decision(MEETING.id, "Kies x", chosen_topic_id="x", others_outcome=S.REJECTED)
    assert decision_effects(reject, ["x", "y"], statuses, {}) == {"x": S.CHOSEN, "y": S.REJECTED}
    with pytest.raises(ValidationError):
        decision_effects(choose, ["y"], statuses, {})  # x was not put to this meeting
    assert decision_effects(Decision(MEETING.id, "Notitie"), ["x"], statuses, {}) == {}


def test_one_chosen_topic_at_a_time_unless_corrected() -> None:
    statuses = {"x": S.CHOSEN, "y": S.ON_HOLD}
    earlier = Decision(MEETING.id, "Kies x", chosen_topic_id="x")
    choose_y = Decision(MEETING.id, "Kies y", chosen_topic_id="y")
    with pytest.raises(ValidationError) as refused:
        decision_effects(choose_y, ["x", "y"], statuses, {earlier.id: "x"})
    assert refused.value.field == "replaces_decision_id"
    correction = Decision(
        MEETING.id, "Kies y", chosen_topic_id="y", replaces_decision_id=earlier.id
    )
    assert decision_effects(correction, ["x", "y"], statuses, {earlier.id: "x"}, earlier) == {
        "x": S.ON_HOLD,
        "y": S.CHOSEN,
    }
    reopen = Decision(MEETING.id, "Nog geen keuze", replaces_decision_id=earlier.id)
    assert decision_effects(reopen, ["x", "y"], statuses, {earlier.id: "x"}, earlier) == {
        "x": S.PROPOSED,
        "y": S.PROPOSED,
    }
