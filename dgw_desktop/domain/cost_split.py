"""Sharing costs between municipalities: keys (verdeelsleutels), scenarios and funding.

The split is exact. Every municipality first gets the whole cents of its exact share
(total × weight / sum of weights, rounded down); the cents left over (fewer than the number
of municipalities) go one each to the largest remainders — the *largest remainder* method.
Equal remainders are decided by the order of the municipalities: by name (A–Z), then id. So
the shares always add up to the total to the cent, and the same inputs always give the same
cents. The Excel workbook repeats exactly this computation in formulas.

Weights are whole numbers: 1 each for equal shares, the number of inhabitants, or a custom
percentage in hundredths (basis points: 33,33% → 3333).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, TypeVar

from dgw_desktop.domain.budget import check_amount, exact_decimal
from dgw_desktop.domain.entities import Municipality, new_id
from dgw_desktop.domain.formatting import format_percentage
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError

KeyMethod = Literal["equal", "inhabitants", "custom"]
KEY_METHODS: tuple[KeyMethod, ...] = ("equal", "inhabitants", "custom")
KEY_METHOD_NAMES: Mapping[str, str] = {  # Dutch, for documents
    "equal": "gelijke delen",
    "inhabitants": "naar inwoners",
    "custom": "vaste percentages",
}

DEFAULT_KEYS: tuple[tuple[str, KeyMethod], ...] = (
    ("Gelijke delen", "equal"),
    ("Naar inwoners", "inhabitants"),
)

FundingKind = Literal["municipal", "provincial", "regional", "other"]
FUNDING_KINDS: tuple[FundingKind, ...] = ("municipal", "provincial", "regional", "other")
FUNDING_KIND_NAMES: Mapping[str, str] = {  # Dutch, for documents
    "municipal": "eigen budget gemeente",
    "provincial": "provinciale subsidie",
    "regional": "regionaal fonds",
    "other": "overig",
}

HUNDRED = Decimal(100)
_CENT = Decimal("0.01")
_MAX_NAME_LENGTH = 200
K = TypeVar("K")


# -- entities -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyShare:
    """A municipality's percentage in a custom key (0–100, at most two decimals)."""

    municipality_id: str
    percentage: Decimal


@dataclass(frozen=True)
class CostKey:
    """A cost-sharing key; ``shares`` only for method "custom" (they add up to 100%)."""

    name: str
    method: KeyMethod = "equal"
    shares: tuple[KeyShare, ...] = ()
    position: int = 0
    id: str = field(default_factory=new_id)

    def percentage_of(self, municipality_id: str) -> Decimal:
        return next(
            (s.percentage for s in self.shares if s.municipality_id == municipality_id),
            Decimal(0),
        )


@dataclass(frozen=True)
class Scenario:
    """A set of partner municipalities and how they share the costs.

    ``key_id`` splits the shared pool; ``category_keys`` (category id, key id) give some cost
    categories a key of their own. Exactly one scenario of a project is the proposal.
    """

    name: str
    key_id: str
    member_ids: tuple[str, ...] = ()
    category_keys: tuple[tuple[str, str], ...] = ()
    is_proposal: bool = False
    position: int = 0
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class FundingSource:
    """Money that covers costs (dekking).

    ``municipality_id``: the money of (or for) that municipality; None: general funding, such
    as a provincial subsidy, divided over a scenario's partners by the scenario's key.
    ``scenario_id`` None: counts in every scenario; else only in that one.
    """

    name: str
    kind: FundingKind
    amount_cents: int
    municipality_id: str | None = None
    scenario_id: str | None = None
    id: str = field(default_factory=new_id)


# -- validation -----------------------------------------------------------------------------------
def _name(value: str, message: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError("name", message)
    if len(cleaned) > _MAX_NAME_LENGTH:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("Validation", "The text is longer than {limit} characters."),
            limit=_MAX_NAME_LENGTH,
        )
    return cleaned


def _unique(name: str, own_id: str, others: Collection[tuple[str, str]], message: str) -> None:
    for other_id, other_name in others:
        if other_id != own_id and other_name.casefold() == name.casefold():
            raise ValidationError("name", message, name=name)


def validate_percentage(value: object, field_name: str = "percentage") -> Decimal:
    """A percentage from 0 to 100 with at most two decimals."""
    percentage = exact_decimal(value, field_name)
    if not 0 <= percentage <= HUNDRED:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "A percentage is from 0 to 100; {value} is not."),
            value=format_percentage(percentage, 2),
        )
    return percentage


def validate_key_shares(
    shares: Sequence[KeyShare], municipality_ids: Collection[str]
) -> tuple[KeyShare, ...]:
    """Custom percentages: known municipalities, each 0–100, together exactly 100%."""
    cleaned: dict[str, Decimal] = {}
    for share in shares:
        if share.municipality_id not in municipality_ids:
            raise ValidationError(
                "shares", QT_TRANSLATE_NOOP("Validation", "Choose municipalities of this project.")
            )
        cleaned[share.municipality_id] = validate_percentage(share.percentage)
    total = sum(cleaned.values(), Decimal(0))
    if total != HUNDRED:
        raise ValidationError(
            "shares",
            QT_TRANSLATE_NOOP(
                "Validation", "The percentages add up to {total}; they must add up to exactly 100%."
            ),
            total=format_percentage(total, 2),
        )
    return tuple(KeyShare(m, p) for m, p in cleaned.items() if p > 0)


def validate_cost_key(
    key: CostKey, others: Collection[CostKey], municipality_ids: Collection[str]
) -> CostKey:
    name = _name(key.name, QT_TRANSLATE_NOOP("Validation", "A cost-sharing key needs a name."))
    _unique(
        name,
        key.id,
        [(o.id, o.name) for o in others],
        QT_TRANSLATE_NOOP("Validation", "There is already a cost-sharing key “{name}”."),
    )
    if key.method not in KEY_METHODS:
        raise ValidationError(
            "method",
            QT_TRANSLATE_NOOP(
                "Validation", "Share equally, by inhabitants or by custom percentages."
            ),
        )
    shares = validate_key_shares(key.shares, municipality_ids) if key.method == "custom" else ()
    return dataclasses.replace(key, name=name, shares=shares)


def validate_scenario(
    scenario: Scenario,
    others: Collection[Scenario],
    *,
    keys: Mapping[str, CostKey],
    category_ids: Collection[str],
    municipalities: Sequence[Municipality],
) -> Scenario:
    name = _name(scenario.name, QT_TRANSLATE_NOOP("Validation", "A scenario needs a name."))
    _unique(
        name,
        scenario.id,
        [(o.id, o.name) for o in others],
        QT_TRANSLATE_NOOP("Validation", "There is already a scenario “{name}”."),
    )
    choose_key = QT_TRANSLATE_NOOP("Validation", "Choose one of the project's cost-sharing keys.")
    if scenario.key_id not in keys:
        raise ValidationError("key_id", choose_key)
    known = {m.id: m for m in municipalities}
    members = tuple(dict.fromkeys(scenario.member_ids))
    if any(member not in known for member in members):
        raise ValidationError(
            "member_ids", QT_TRANSLATE_NOOP("Validation", "Choose municipalities of this project.")
        )
    if not members:
        raise ValidationError(
            "member_ids",
            QT_TRANSLATE_NOOP("Validation", "A scenario needs at least one municipality."),
        )
    overrides: dict[str, str] = {}
    for category_id, key_id in scenario.category_keys:
        if category_id not in category_ids:
            raise ValidationError(
                "category_keys",
                QT_TRANSLATE_NOOP("Validation", "Choose one of the project's cost categories."),
            )
        if key_id not in keys:
            raise ValidationError("category_keys", choose_key)
        if key_id != scenario.key_id:
            overrides[category_id] = key_id
    partners = [known[m] for m in members]
    for key_id in {scenario.key_id, *overrides.values()}:
        check_key_fits(keys[key_id], partners)
    return dataclasses.replace(
        scenario,
        name=name,
        member_ids=members,
        category_keys=tuple(overrides.items()),
        is_proposal=bool(scenario.is_proposal),
    )


def check_key_fits(key: CostKey, members: Sequence[Municipality]) -> None:
    """Refuse a custom key that gives no percentage to any member (nothing to split by)."""
    if key.method == "custom" and not any(key.percentage_of(m.id) > 0 for m in members):
        raise ValidationError(
            "key_id",
            QT_TRANSLATE_NOOP(
                "Validation", "Key “{key}” gives no share to any municipality of this scenario."
            ),
            key=key.name,
        )


def validate_funding(
    source: FundingSource,
    *,
    municipality_ids: Collection[str],
    scenario_ids: Collection[str],
) -> FundingSource:
    name = _name(source.name, QT_TRANSLATE_NOOP("Validation", "A funding source needs a name."))
    if source.kind not in FUNDING_KINDS:
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("Validation", "Choose the kind of funding.")
        )
    amount = check_amount(source.amount_cents, "amount_cents")
    if source.municipality_id is not None and source.municipality_id not in municipality_ids:
        raise ValidationError(
            "municipality_id",
            QT_TRANSLATE_NOOP("Validation", "Choose municipalities of this project."),
        )
    if source.kind == "municipal" and source.municipality_id is None:
        raise ValidationError(
            "municipality_id",
            QT_TRANSLATE_NOOP("Validation", "A municipality's own budget needs the municipality."),
        )
    if source.scenario_id is not None and source.scenario_id not in scenario_ids:
        raise ValidationError(
            "scenario_id", QT_TRANSLATE_NOOP("Validation", "Choose one of the project's scenarios.")
        )
    return dataclasses.replace(source, name=name, amount_cents=amount)


# -- the split ----------------------------------------------------------------------------------
def largest_remainder(total_cents: int, weights: Sequence[tuple[K, int]]) -> dict[K, int]:
    """Split ``total_cents`` in proportion to whole-number weights, exactly.

    ``weights`` is (key, weight ≥ 0) in tie-break order: of equal remainders the earlier key
    gets the extra cent. The result adds up to ``total_cents`` exactly, no share is negative,
    and a share differs from its exact value by less than one cent.
    """
    if total_cents < 0:
        raise ValueError("the total to split cannot be negative")
    if any(weight < 0 for _, weight in weights):
        raise ValueError("weights cannot be negative")
    weight_sum = sum(weight for _, weight in weights)
    if weight_sum <= 0:
        raise ValueError("nothing to split by: the weights add up to 0")
    floors: list[int] = []
    remainders: list[int] = []
    for _, weight in weights:
        whole, rest = divmod(total_cents * weight, weight_sum)
        floors.append(whole)
        remainders.append(rest)
    left = total_cents - sum(floors)
    order = sorted(range(len(weights)), key=lambda index: (-remainders[index], index))
    for index in order[:left]:
        floors[index] += 1
    return {key: floors[index] for index, (key, _) in enumerate(weights)}


def municipality_order(municipalities: Sequence[Municipality]) -> list[Municipality]:
    """The tie-break order of the split: by name (case-insensitive), then id."""
    return sorted(municipalities, key=lambda m: (m.name.casefold(), m.id))


def key_weights(key: CostKey, members: Sequence[Municipality]) -> list[tuple[str, int]]:
    """Whole-number weights of ``members`` (in their order) under ``key``."""
    if key.method == "inhabitants":
        return [(m.id, m.inhabitants) for m in members]
    if key.method == "custom":
        return [(m.id, int(key.percentage_of(m.id) * 100)) for m in members]
    return [(m.id, 1) for m in members]


def per_inhabitant(cents: int, inhabitants: int) -> Decimal:
    """Euros per inhabitant, exact quotient rounded half up to two decimals."""
    if inhabitants <= 0:
        return Decimal(0).quantize(_CENT)
    return (Decimal(cents) / 100 / inhabitants).quantize(_CENT, rounding=ROUND_HALF_UP)
