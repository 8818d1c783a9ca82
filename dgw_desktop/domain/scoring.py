"""Weighted criteria scoring: the ranking of challenges and themes, and the dissent flag.

Pure Python and exact: means are computed as fractions and rounded once, half up, to two
decimals at the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from dgw_desktop.domain.entities import Criterion, Score, Target
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP

DEFAULT_CRITERIA: tuple[str, ...] = (
    "Impact",
    "Haalbaarheid",
    "Databeschikbaarheid",
    "Gedeeld door gemeenten",
)
"""The criteria of a new project and the demo, each with weight 1 (names are project data)."""

DISSENT_MIN_RANGE = 3
"""Dissent when the highest and lowest participant score on a criterion differ this much."""

DISSENT_MIN_STDEV = Decimal("1.5")
"""…or when the population standard deviation of those scores is at least this."""

DISSENT_RULE = QT_TRANSLATE_NOOP(
    "Scoring",
    "Dissent: on at least one criterion the participants' scores lie 3 or more points apart "
    "(for example 1 and 4), or their standard deviation is 1.5 or more.",
)
"""The rule in words, for a tooltip or legend (translate with context "Scoring")."""

_CENT = Decimal("0.01")


def to_decimal(value: Fraction) -> Decimal:
    """Round a fraction half up to two decimals."""
    quotient = Decimal(value.numerator) / Decimal(value.denominator)
    return quotient.quantize(_CENT, rounding=ROUND_HALF_UP)


def has_dissent(values: Sequence[int]) -> bool:
    """Do these participant scores (1–5) on one criterion spread widely?

    Dissent when max − min ≥ ``DISSENT_MIN_RANGE`` (3) or the population standard deviation
    ≥ ``DISSENT_MIN_STDEV`` (1.5). Fewer than two scores never dissent. On a 1–5 scale a
    standard deviation of 1.5 needs a range of at least 3, so there the range decides; the
    second test matters only if the scale ever widens. Computed exactly (no floats).
    """
    if len(values) < 2:
        return False
    if max(values) - min(values) >= DISSENT_MIN_RANGE:
        return True
    count = len(values)
    mean = Fraction(sum(values), count)
    variance = sum((Fraction(value) - mean) ** 2 for value in values) / count
    threshold = Fraction(DISSENT_MIN_STDEV) ** 2
    return variance >= threshold


@dataclass(frozen=True)
class CriterionResult:
    """The value of one criterion for one target."""

    criterion_id: str
    value: Decimal | None  # the consensus score, else the mean of participants; 2 decimals
    consensus: bool  # True when a consensus score decided the value
    participant_scores: tuple[int, ...]  # sorted
    dissent: bool  # participants' scores spread widely (see has_dissent)


@dataclass(frozen=True)
class RankedTarget:
    """One line of the ranking."""

    target: Target
    rank: int | None  # 1 = best; equal scores share a rank (1, 2, 2, 4); None: not scored
    score: Decimal | None  # weighted mean over the scored criteria, 2 decimals
    criteria: tuple[CriterionResult, ...]  # in the order of the criteria given
    dissent: bool  # on at least one criterion
    complete: bool  # every criterion has a value


def _criterion_result(
    criterion_id: str, scores: Sequence[Score]
) -> tuple[CriterionResult, Fraction | None]:
    consensus = next((s.value for s in scores if s.participant_id is None), None)
    individual = tuple(sorted(s.value for s in scores if s.participant_id is not None))
    exact: Fraction | None
    if consensus is not None:
        exact = Fraction(consensus)
    elif individual:
        exact = Fraction(sum(individual), len(individual))
    else:
        exact = None
    result = CriterionResult(
        criterion_id=criterion_id,
        value=None if exact is None else to_decimal(exact),
        consensus=consensus is not None,
        participant_scores=individual,
        dissent=has_dissent(individual),
    )
    return result, exact


def weighted_ranking(
    criteria: Sequence[Criterion],
    scores: Iterable[Score],
    labels: Mapping[Target, str] | None = None,
    targets: Iterable[Target] = (),
) -> list[RankedTarget]:
    """Rank every scored target (and every one in ``targets``) by weighted mean score.

    Per criterion the consensus score counts if there is one, else the mean of the
    participants' scores. The weighted mean is Σ(weight × value) / Σ(weight) over the criteria
    that have a value, computed exactly and rounded half up to two decimals. Order: score
    high to low, unscored last; ties by ``labels`` (case-insensitive), then by target.
    Scores on criteria not in ``criteria`` are ignored.
    """
    weights = {criterion.id: criterion.weight for criterion in criteria}
    by_target: dict[Target, dict[str, list[Score]]] = {target: {} for target in targets}
    for score in scores:
        if score.criterion_id in weights:
            per_criterion = by_target.setdefault(score.target, {})
            per_criterion.setdefault(score.criterion_id, []).append(score)
    lines: list[RankedTarget] = []
    for target, per_criterion in by_target.items():
        results: list[CriterionResult] = []
        weighted = Fraction(0)
        total_weight = 0
        for criterion in criteria:
            result, exact = _criterion_result(criterion.id, per_criterion.get(criterion.id, []))
            results.append(result)
            if exact is not None:
                weighted += criterion.weight * exact
                total_weight += criterion.weight
        lines.append(
            RankedTarget(
                target=target,
                rank=None,
                score=to_decimal(weighted / total_weight) if total_weight else None,
                criteria=tuple(results),
                dissent=any(result.dissent for result in results),
                complete=all(result.value is not None for result in results),
            )
        )
    names = labels or {}
    lines.sort(
        key=lambda line: (
            line.score is None,
            -(line.score or 0),
            names.get(line.target, "").casefold(),
            line.target,
        )
    )
    ranked: list[RankedTarget] = []
    for position, line in enumerate(lines, start=1):
        rank: int | None = None
        if line.score is not None:
            previous = ranked[-1] if ranked else None
            same = previous is not None and previous.score == line.score
            rank = previous.rank if same and previous is not None else position
        ranked.append(
            RankedTarget(line.target, rank, line.score, line.criteria, line.dissent, line.complete)
        )
    return ranked
