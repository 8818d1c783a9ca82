"""The budget (begroting): phases, cost categories, hourly rates and budget lines.

Money is integer euro cents. Hours are exact ``Decimal`` values with at most two decimals (the
file stores them as integer hundredths of an hour). A line of hours costs hours × hourly rate,
computed exactly and rounded half up to the cent **once per line** (``line_amount``); every
total is a plain sum of those line amounts, so a total shown anywhere equals the sum of the
lines shown above it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

from dgw_desktop.domain.entities import new_id
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError

LineKind = Literal["hours", "fixed"]
LINE_KINDS: tuple[LineKind, ...] = ("hours", "fixed")

DEFAULT_PHASES: tuple[str, ...] = ("1 Samenwerking inrichten", "2 Voorbereiding", "3 Pilot")
DEFAULT_CATEGORIES: tuple[str, ...] = (
    "interne uren",
    "externe inhuur",
    "opleiding",
    "tooling en licenties",
    "communicatie",
    "overig",
)
INTERNAL_HOURS_CATEGORY = "interne uren"

MAX_NAME_LENGTH = 200
MAX_HOURS = Decimal(1_000_000)
MAX_WEEKS = 520
MAX_CENTS = 100_000_000_000  # € 1 billion: far above any pilot, far below float trouble in Excel
_HUNDREDTH = Decimal("0.01")


# -- entities -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Phase:
    """A phase of the pilot (fase); the list is editable, ``position`` orders it."""

    name: str
    position: int = 0
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class CostCategory:
    """A kind of cost (kostensoort); the list is editable, ``position`` orders it."""

    name: str
    position: int = 0
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Rate:
    """An hourly rate per role or kind of work, in whole cents (> 0)."""

    name: str
    cents: int
    is_internal: bool = True
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class BudgetLine:
    """One line of the budget: hours × an hourly rate, or a fixed amount.

    ``kind`` "hours": ``hours`` (exact, two decimals) × the rate ``rate_id`` (None: the
    project's default internal rate). When ``hours_per_week`` and ``weeks`` are both given,
    they fix ``hours`` (validation sets hours = hours per week × weeks). ``municipality_id``
    and ``role`` say whose staff and which role, for hours asked of internal staff.

    ``kind`` "fixed": ``fixed_cents``; hours, rate, role and staff are cleared.

    ``borne_by_id`` None: the shared pool, split between the partners of a scenario; a
    municipality id: that municipality pays the whole line.
    """

    description: str
    phase_id: str
    category_id: str
    kind: LineKind = "hours"
    hours: Decimal = Decimal(0)
    rate_id: str | None = None
    fixed_cents: int = 0
    borne_by_id: str | None = None
    role: str = ""
    municipality_id: str | None = None
    hours_per_week: Decimal | None = None
    weeks: int | None = None
    id: str = field(default_factory=new_id)

    @property
    def is_hours(self) -> bool:
        return self.kind == "hours"

    @property
    def is_shared(self) -> bool:
        return self.borne_by_id is None


# -- exact numbers --------------------------------------------------------------------------------
def hundredths(value: Decimal) -> int:
    """``Decimal("12.5")`` → ``1250``: how hours and percentages are stored."""
    return int((value * 100).to_integral_value())


def from_hundredths(value: int) -> Decimal:
    """``1250`` → ``Decimal("12.50")``."""
    return (Decimal(value) / 100).quantize(_HUNDREDTH)


def exact_decimal(value: object, field_name: str, *, places: int = 2) -> Decimal:
    """A finite Decimal with at most ``places`` decimals; ints are accepted, floats are not."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("Validation", "Enter a number, like 12,5.")
        )
    number = Decimal(value)
    try:
        exact = number.is_finite() and number == number.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:
        exact = False
    if not exact:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "Use at most {places} decimals."),
            places=places,
        )
    return number.quantize(Decimal(1).scaleb(-places))


def _whole_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _name(value: str, field_name: str, message: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError(field_name, message)
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "The text is longer than {limit} characters."),
            limit=MAX_NAME_LENGTH,
        )
    return cleaned


def check_amount(cents: object, field_name: str = "amount") -> int:
    """A whole number of cents, 0 or more (and not absurdly large)."""
    if not _whole_number(cents):
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("Validation", "An amount is a whole number of cents.")
        )
    assert isinstance(cents, int)
    if cents < 0:
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("Validation", "An amount cannot be negative.")
        )
    if cents > MAX_CENTS:
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("Validation", "This amount is too large.")
        )
    return cents


def _unique(name: str, others: Iterable[tuple[str, str]], own_id: str, message: str) -> None:
    for other_id, other_name in others:
        if other_id != own_id and other_name.casefold() == name.casefold():
            raise ValidationError("name", message, name=name)


# -- validation -----------------------------------------------------------------------------------
def validate_phase(phase: Phase, others: Collection[Phase] = ()) -> Phase:
    name = _name(phase.name, "name", QT_TRANSLATE_NOOP("Validation", "A phase needs a name."))
    _unique(
        name,
        ((o.id, o.name) for o in others),
        phase.id,
        QT_TRANSLATE_NOOP("Validation", "There is already a phase “{name}”."),
    )
    return dataclasses.replace(phase, name=name)


def validate_category(
    category: CostCategory, others: Collection[CostCategory] = ()
) -> CostCategory:
    name = _name(
        category.name, "name", QT_TRANSLATE_NOOP("Validation", "A cost category needs a name.")
    )
    _unique(
        name,
        ((o.id, o.name) for o in others),
        category.id,
        QT_TRANSLATE_NOOP("Validation", "There is already a cost category “{name}”."),
    )
    return dataclasses.replace(category, name=name)


def validate_rate(rate: Rate, others: Collection[Rate] = ()) -> Rate:
    name = _name(rate.name, "name", QT_TRANSLATE_NOOP("Validation", "A rate needs a name."))
    _unique(
        name,
        ((o.id, o.name) for o in others),
        rate.id,
        QT_TRANSLATE_NOOP("Validation", "There is already a rate “{name}”."),
    )
    if not _whole_number(rate.cents) or rate.cents <= 0:
        raise ValidationError(
            "cents", QT_TRANSLATE_NOOP("Validation", "An hourly rate must be more than € 0,00.")
        )
    check_amount(rate.cents, "cents")
    return dataclasses.replace(rate, name=name, is_internal=bool(rate.is_internal))


def _check_choice(value: str | None, known: Collection[str], field_name: str, text: str) -> None:
    if value is not None and value not in known:
        raise ValidationError(field_name, text)


def _check_hours(value: object, field_name: str) -> Decimal:
    hours = exact_decimal(value, field_name)
    if hours < 0:
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("Validation", "Hours cannot be negative.")
        )
    if hours > MAX_HOURS:
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("Validation", "That is too many hours for one line.")
        )
    return hours


def validate_budget_line(
    line: BudgetLine,
    *,
    phase_ids: Collection[str],
    category_ids: Collection[str],
    rates: Mapping[str, Rate],
    default_rate_id: str | None,
    municipality_ids: Collection[str],
) -> BudgetLine:
    """Check a line and return it cleaned (unused fields of the other kind cleared)."""
    description = _name(
        line.description,
        "description",
        QT_TRANSLATE_NOOP("Validation", "A budget line needs a description."),
    )
    _check_choice(
        line.phase_id,
        phase_ids,
        "phase_id",
        QT_TRANSLATE_NOOP("Validation", "Choose one of the project's phases."),
    )
    _check_choice(
        line.category_id,
        category_ids,
        "category_id",
        QT_TRANSLATE_NOOP("Validation", "Choose one of the project's cost categories."),
    )
    choose_municipality = QT_TRANSLATE_NOOP("Validation", "Choose municipalities of this project.")
    _check_choice(line.borne_by_id, municipality_ids, "borne_by_id", choose_municipality)
    if line.kind not in LINE_KINDS:
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("Validation", "A line is either hours or a fixed amount.")
        )
    if line.kind == "fixed":
        return dataclasses.replace(
            line,
            description=description,
            fixed_cents=check_amount(line.fixed_cents, "fixed_cents"),
            hours=Decimal(0),
            rate_id=None,
            role="",
            municipality_id=None,
            hours_per_week=None,
            weeks=None,
        )
    _check_choice(line.municipality_id, municipality_ids, "municipality_id", choose_municipality)
    hours = _check_hours(line.hours, "hours")
    per_week = line.hours_per_week
    weeks = line.weeks
    if per_week is not None:
        per_week = _check_hours(per_week, "hours_per_week")
    if weeks is not None and (not _whole_number(weeks) or not 0 <= weeks <= MAX_WEEKS):
        raise ValidationError(
            "weeks",
            QT_TRANSLATE_NOOP("Validation", "Weeks is a whole number from 0 to {maximum}."),
            maximum=MAX_WEEKS,
        )
    if per_week is not None and weeks is not None:
        hours = _check_hours(per_week * weeks, "hours")
    rate_cents(line.rate_id, rates, default_rate_id)  # refuses a missing or zero rate
    return dataclasses.replace(
        line,
        description=description,
        hours=hours,
        hours_per_week=per_week,
        weeks=weeks,
        fixed_cents=0,
        role=line.role.strip()[:MAX_NAME_LENGTH],
    )


def rate_cents(rate_id: str | None, rates: Mapping[str, Rate], default_rate_id: str | None) -> int:
    """The hourly rate a line of hours uses: its own, else the project default internal rate."""
    chosen = rate_id if rate_id is not None else default_rate_id
    if chosen is None:
        raise ValidationError(
            "rate_id",
            QT_TRANSLATE_NOOP(
                "Validation", "Choose an hourly rate: the project has no default internal rate."
            ),
        )
    rate = rates.get(chosen)
    if rate is None:
        raise ValidationError(
            "rate_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the project's rates.")
        )
    if rate.cents <= 0:
        raise ValidationError(
            "rate_id",
            QT_TRANSLATE_NOOP("Validation", "An hourly rate of € 0,00 cannot be used for hours."),
        )
    return rate.cents


# -- amounts and totals ---------------------------------------------------------------------------
def hours_amount(hours: Decimal, cents_per_hour: int) -> int:
    """Hours × rate in cents, exact, rounded half up to the cent (once)."""
    return int((hours * cents_per_hour).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class LineAmount:
    """A line with what it costs; ``rate_cents``/``rate_id`` the rate used (None: fixed)."""

    line: BudgetLine
    amount_cents: int
    rate_id: str | None = None
    rate_cents: int | None = None


def line_amount(
    line: BudgetLine, rates: Mapping[str, Rate], default_rate_id: str | None
) -> LineAmount:
    """What a line costs. A line of hours whose rate is gone costs 0 (validation prevents it)."""
    if line.kind == "fixed":
        return LineAmount(line, line.fixed_cents)
    used = line.rate_id if line.rate_id is not None else default_rate_id
    rate = rates.get(used or "")
    if rate is None:
        return LineAmount(line, 0, used, None)
    return LineAmount(line, hours_amount(line.hours, rate.cents), rate.id, rate.cents)


@dataclass(frozen=True)
class BudgetTotals:
    """Totals of the budget in cents; every key present, also when 0."""

    by_phase: Mapping[str, int]
    by_category: Mapping[str, int]
    by_phase_and_category: Mapping[tuple[str, str], int]
    total: int
    shared: int  # lines in the shared pool
    borne: Mapping[str, int]  # municipality id → lines it bears alone


def budget_totals(
    amounts: Sequence[LineAmount], phases: Sequence[Phase], categories: Sequence[CostCategory]
) -> BudgetTotals:
    by_phase = {phase.id: 0 for phase in phases}
    by_category = {category.id: 0 for category in categories}
    matrix = {(p.id, c.id): 0 for p in phases for c in categories}
    borne: dict[str, int] = {}
    shared = 0
    for item in amounts:
        line = item.line
        by_phase[line.phase_id] = by_phase.get(line.phase_id, 0) + item.amount_cents
        by_category[line.category_id] = by_category.get(line.category_id, 0) + item.amount_cents
        cell = (line.phase_id, line.category_id)
        matrix[cell] = matrix.get(cell, 0) + item.amount_cents
        if line.borne_by_id is None:
            shared += item.amount_cents
        else:
            borne[line.borne_by_id] = borne.get(line.borne_by_id, 0) + item.amount_cents
    total = sum(item.amount_cents for item in amounts)
    return BudgetTotals(by_phase, by_category, matrix, total, shared, borne)


@dataclass(frozen=True)
class HoursRow:
    """Hours asked of one municipality's staff in one role and phase.

    ``hours_per_week`` adds up the lines that give hours per week (lines of one phase run side
    by side); ``hours`` is the total of all its lines.
    """

    municipality_id: str
    role: str
    phase_id: str
    hours_per_week: Decimal
    hours: Decimal


def hours_asked(
    lines: Iterable[BudgetLine],
    municipality_order: Sequence[str] = (),
    phase_order: Sequence[str] = (),
) -> list[HoursRow]:
    """Hours of internal staff per municipality × role × phase (lines with a municipality).

    Sorted by municipality (in ``municipality_order``), role (A–Z), phase (``phase_order``).
    """
    sums: dict[tuple[str, str, str], tuple[Decimal, Decimal]] = {}
    for line in lines:
        if line.kind != "hours" or line.municipality_id is None:
            continue
        key = (line.municipality_id, line.role, line.phase_id)
        per_week, total = sums.get(key, (Decimal(0), Decimal(0)))
        sums[key] = (per_week + (line.hours_per_week or 0), total + line.hours)
    municipality_rank = {item: index for index, item in enumerate(municipality_order)}
    phase_rank = {item: index for index, item in enumerate(phase_order)}
    rows = [
        HoursRow(m, role, p, per_week.quantize(_HUNDREDTH), total.quantize(_HUNDREDTH))
        for (m, role, p), (per_week, total) in sums.items()
    ]
    rows.sort(
        key=lambda r: (
            municipality_rank.get(r.municipality_id, len(municipality_rank)),
            r.role.casefold(),
            phase_rank.get(r.phase_id, len(phase_rank)),
        )
    )
    return rows
