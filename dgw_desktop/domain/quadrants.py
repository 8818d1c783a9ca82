"""The impact–effort map: four quadrants over two 1–5 scales."""

from __future__ import annotations

import enum

from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP
from dgw_desktop.domain.validation import validate_scale_value

HIGH_FROM = 3
"""Impact and effort count as high from 3 up (3, 4, 5) and low below (1, 2).

A map drawn as a 5 × 5 grid therefore has its dividing lines between 2 and 3.
"""

QUADRANT_CONTEXT = "Quadrant"


class Quadrant(enum.Enum):
    QUICK_WINS = "quick-wins"  # high impact, low effort
    MAJOR_PROJECTS = "major-projects"  # high impact, high effort ("grote projecten")
    FILL_INS = "fill-ins"  # low impact, low effort ("vullers")
    DONT_DO = "dont-do"  # low impact, high effort ("niet doen")


QUADRANT_LABELS: dict[Quadrant, str] = {
    Quadrant.QUICK_WINS: QT_TRANSLATE_NOOP("Quadrant", "Quick wins"),
    Quadrant.MAJOR_PROJECTS: QT_TRANSLATE_NOOP("Quadrant", "Major projects"),
    Quadrant.FILL_INS: QT_TRANSLATE_NOOP("Quadrant", "Fill-ins"),
    Quadrant.DONT_DO: QT_TRANSLATE_NOOP("Quadrant", "Don't do"),
}
"""English source texts; the Dutch catalogue has Quick wins, Grote projecten, Vullers and
Niet doen. Translate with context ``QUADRANT_CONTEXT``."""


def quadrant(impact: int, effort: int) -> Quadrant:
    """The quadrant of a position on the map (both 1–5; see ``HIGH_FROM``)."""
    high_impact = validate_scale_value(impact, "impact") >= HIGH_FROM
    high_effort = validate_scale_value(effort, "effort") >= HIGH_FROM
    if high_impact:
        return Quadrant.MAJOR_PROJECTS if high_effort else Quadrant.QUICK_WINS
    return Quadrant.DONT_DO if high_effort else Quadrant.FILL_INS


def quadrant_label(value: Quadrant) -> str:
    """The English source text; the UI translates it with context ``QUADRANT_CONTEXT``."""
    return QUADRANT_LABELS[value]
