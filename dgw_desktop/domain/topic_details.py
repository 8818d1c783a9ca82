"""What a topic carries besides its question: risks (kanttekeningen) and KPIs.

KPI values are exact: a number is a ``Decimal`` (typed the Dutch way, ``1.250,5``), anything
else ("minder dan de helft", "n.t.b.") stays text.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from dataclasses import dataclass, field
from decimal import Decimal

from dgw_desktop.domain.entities import new_id
from dgw_desktop.domain.formatting import format_decimal
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.domain.validation import MAX_TEXT_LENGTH, validate_scale_value


def _text(value: str, field_name: str, required_message: str | None = None) -> str:
    cleaned = value.strip()
    if required_message is not None and not cleaned:
        raise ValidationError(field_name, required_message)
    if len(cleaned) > MAX_TEXT_LENGTH:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "The text is longer than {limit} characters."),
            limit=MAX_TEXT_LENGTH,
        )
    return cleaned


# -- risks ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Risk:
    """A kanttekening: likelihood and impact 1–5, and what is done about it."""

    topic_id: str
    description: str
    likelihood: int = 3
    impact: int = 3
    mitigation: str = ""
    id: str = field(default_factory=new_id)

    @property
    def score(self) -> int:
        """Likelihood × impact, 1–25."""
        return self.likelihood * self.impact


def validate_risk(risk: Risk) -> Risk:
    description = _text(
        risk.description,
        "description",
        QT_TRANSLATE_NOOP("Validation", "A risk needs a description."),
    )
    validate_scale_value(risk.likelihood, "likelihood")
    validate_scale_value(risk.impact, "impact")
    return dataclasses.replace(
        risk, description=description, mitigation=_text(risk.mitigation, "mitigation")
    )


def risks_by_score(risks: list[Risk] | tuple[Risk, ...]) -> list[Risk]:
    """Highest likelihood × impact first; equal scores keep their order."""
    return sorted(risks, key=lambda risk: -risk.score)


# -- KPIs -------------------------------------------------------------------------------------
class KpiMoment(enum.Enum):
    BEFORE = "before"  # vóór de pilot (nulmeting)
    DURING = "during"
    AFTER = "after"


KPI_MOMENT_LABELS: dict[KpiMoment, str] = {
    KpiMoment.BEFORE: QT_TRANSLATE_NOOP("Topic", "Before the pilot"),
    KpiMoment.DURING: QT_TRANSLATE_NOOP("Topic", "During the pilot"),
    KpiMoment.AFTER: QT_TRANSLATE_NOOP("Topic", "After the pilot"),
}
"""English source texts (context "Topic"); Dutch: Vóór de pilot, Tijdens de pilot, Na de pilot."""

KPI_MOMENT_DUTCH: dict[KpiMoment, str] = {
    KpiMoment.BEFORE: "vóór",
    KpiMoment.DURING: "tijdens",
    KpiMoment.AFTER: "na",
}
"""Short Dutch words for generated documents ("gemeten vóór, tijdens en na de pilot")."""

KpiValue = Decimal | str
"""A baseline or target: an exact number, or text ("" when not set)."""


@dataclass(frozen=True)
class Kpi:
    """A key performance indicator of a topic, measured before, during and/or after the pilot."""

    topic_id: str
    name: str
    unit: str = ""
    baseline: KpiValue = ""
    target: KpiValue = ""
    moments: tuple[KpiMoment, ...] = (KpiMoment.BEFORE, KpiMoment.AFTER)
    id: str = field(default_factory=new_id)


_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$")


def parse_kpi_value(text: str) -> KpiValue:
    """``"1.250,5"`` → ``Decimal("1250.5")``; ``""`` → ``""``; other text stays text.

    Only the Dutch notation is a number: ``12.5`` is kept as the text the user typed rather
    than guessed to be 125 or 12,5.
    """
    cleaned = text.strip()
    compact = cleaned.replace(" ", "").replace("\u00a0", "")
    if compact and _NUMBER.match(compact):
        return Decimal(compact.replace(".", "").replace(",", "."))
    return cleaned


def format_kpi_value(value: KpiValue) -> str:
    """A number the Dutch way with the decimals it has (``1.250,5``); text as it is."""
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return format_decimal(value, places)
    return value


def _kpi_value(value: KpiValue, field_name: str) -> KpiValue:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(
                field_name, QT_TRANSLATE_NOOP("Validation", "Enter a number or a short text.")
            )
        return value
    return _text(value, field_name)


def validate_kpi(kpi: Kpi) -> Kpi:
    name = _text(kpi.name, "name", QT_TRANSLATE_NOOP("Validation", "A KPI needs a name."))
    moments = tuple(moment for moment in KpiMoment if moment in kpi.moments)
    if not moments:
        raise ValidationError(
            "moments",
            QT_TRANSLATE_NOOP(
                "Validation", "Choose when the KPI is measured: before, during or after the pilot."
            ),
        )
    return dataclasses.replace(
        kpi,
        name=name,
        unit=_text(kpi.unit, "unit"),
        baseline=_kpi_value(kpi.baseline, "baseline"),
        target=_kpi_value(kpi.target, "target"),
        moments=moments,
    )
