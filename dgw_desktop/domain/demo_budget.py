"""The budget of the demo project: the GHO pilot, and what changes when ABG and Oosterhout join.

Pure data. Each partner supplies its own data-analist and gegevenscoördinator (internal hours,
borne by that municipality); external guidance, training, tooling and communication form the
shared pool. Two scenarios: "GHO" (the three partners, by inhabitants; the proposal) and
"GHO + ABG + Oosterhout" (seven municipalities). Funding: each partner's own budget and a
provincial subsidy; the municipalities that may join reserve money only for the larger
scenario. GHO leaves a small gap, the larger scenario a surplus.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple


class DemoRate(NamedTuple):
    name: str
    cents: int
    is_internal: bool


class DemoLine(NamedTuple):
    description: str
    phase: int  # index into the default phases
    category: str  # one of the default categories
    fixed_cents: int = 0  # a fixed amount, or:
    hours: Decimal | None = None  # hours × rate
    rate: str | None = None  # None: the default internal rate
    hours_per_week: Decimal | None = None
    weeks: int | None = None
    role: str = ""
    municipality: str | None = None  # whose staff
    borne_by: str | None = None  # None: the shared pool


class DemoScenario(NamedTuple):
    name: str
    key: str
    members: tuple[str, ...]
    category_keys: tuple[tuple[str, str], ...]  # (category, key)
    is_proposal: bool


class DemoFunding(NamedTuple):
    name: str
    kind: str
    amount_cents: int
    municipality: str | None = None
    scenario: str | None = None  # None: every scenario


DEMO_RATES: tuple[DemoRate, ...] = (
    DemoRate("data-analist intern", 7800, True),
    DemoRate("gegevenscoördinator intern", 7000, True),
    DemoRate("projectleider extern", 13500, False),
    DemoRate("data-consultant extern", 12500, False),
)
DEFAULT_RATE = "data-analist intern"

GHO: tuple[str, ...] = ("Goirle", "Hilvarenbeek", "Oisterwijk")
ABG_OOSTERHOUT: tuple[str, ...] = ("Alphen-Chaam", "Baarle-Nassau", "Gilze en Rijen", "Oosterhout")
PHASE_WEEKS: tuple[int, ...] = (8, 12, 26)  # samenwerking inrichten, voorbereiding, pilot

# Hours per week in each phase, per partner and role: the time asked of employees.
_STAFF: tuple[tuple[str, str, str | None, tuple[str, str, str]], ...] = (
    ("Goirle", "data-analist", None, ("4", "8", "16")),
    ("Goirle", "gegevenscoördinator", "gegevenscoördinator intern", ("2", "6", "8")),
    ("Hilvarenbeek", "data-analist", None, ("4", "6", "12")),
    ("Hilvarenbeek", "gegevenscoördinator", "gegevenscoördinator intern", ("2", "4", "6")),
    ("Oisterwijk", "data-analist", None, ("4", "10", "20")),
    ("Oisterwijk", "gegevenscoördinator", "gegevenscoördinator intern", ("2", "6", "10")),
)


def _internal_hours() -> tuple[DemoLine, ...]:
    lines: list[DemoLine] = []
    for municipality, role, rate, per_week in _STAFF:
        for phase, (hours, weeks) in enumerate(zip(per_week, PHASE_WEEKS, strict=True)):
            lines.append(
                DemoLine(
                    description=f"{role.capitalize()} {municipality}",
                    phase=phase,
                    category="interne uren",
                    rate=rate,
                    hours_per_week=Decimal(hours),
                    weeks=weeks,
                    role=role,
                    municipality=municipality,
                    borne_by=municipality,
                )
            )
    return tuple(lines)


_SHARED: tuple[DemoLine, ...] = (
    DemoLine(
        "Projectleiding: samenwerkingsafspraken en stuurgroep",
        0,
        "externe inhuur",
        hours=Decimal(80),
        rate="projectleider extern",
    ),
    DemoLine(
        "Begeleiding workshops en keuze onderwerp",
        0,
        "externe inhuur",
        hours=Decimal(40),
        rate="data-consultant extern",
    ),
    DemoLine(
        "Projectleiding voorbereiding", 1, "externe inhuur", hours=Decimal(120),
        rate="projectleider extern",
    ),
    DemoLine(
        "Data-consultant: databronnen en datamodel",
        1,
        "externe inhuur",
        hours=Decimal(100),
        rate="data-consultant extern",
    ),
    DemoLine(
        "Projectleiding pilot", 2, "externe inhuur", hours=Decimal("156"),
        rate="projectleider extern",
    ),
    DemoLine(
        "Data-consultant: coaching data-analisten",
        2,
        "externe inhuur",
        hours=Decimal("207.5"),
        rate="data-consultant extern",
    ),
    DemoLine("Opleiding data-analist (3 deelnemers)", 1, "opleiding", fixed_cents=1_485_000),
    DemoLine(
        "Training gegevenscoördinator (3 deelnemers)", 1, "opleiding", fixed_cents=675_000
    ),
    DemoLine("Power BI Pro-licenties (15 gebruikers, 1 jaar)", 2, "tooling en licenties",
             fixed_cents=246_600),
    DemoLine("Dataplatform: inrichting", 1, "tooling en licenties", fixed_cents=950_000),
    DemoLine("Dataplatform: abonnement pilotjaar", 2, "tooling en licenties",
             fixed_cents=1_800_000),
    DemoLine(
        "Koppeling zaaksysteem Oisterwijk",
        1,
        "tooling en licenties",
        fixed_cents=350_000,
        borne_by="Oisterwijk",
    ),
    DemoLine("Bijeenkomsten en nieuwsbrieven", 0, "communicatie", fixed_cents=225_000),
    DemoLine("Presentatie resultaten aan de raden", 2, "communicatie", fixed_cents=225_000),
    DemoLine("Onvoorzien", 2, "overig", fixed_cents=750_000),
)  # fmt: skip

DEMO_LINES: tuple[DemoLine, ...] = _internal_hours() + _SHARED

# The default keys of a new project: "Gelijke delen" and "Naar inwoners".
DEMO_SCENARIOS: tuple[DemoScenario, ...] = (
    DemoScenario("GHO", "Naar inwoners", GHO, (("opleiding", "Gelijke delen"),), True),
    DemoScenario(
        "GHO + ABG + Oosterhout",
        "Naar inwoners",
        GHO + ABG_OOSTERHOUT,
        (("opleiding", "Gelijke delen"),),
        False,
    ),
)

DEMO_FUNDING: tuple[DemoFunding, ...] = (
    DemoFunding("Eigen budget Goirle", "municipal", 9_500_000, "Goirle"),
    DemoFunding("Eigen budget Hilvarenbeek", "municipal", 7_000_000, "Hilvarenbeek"),
    DemoFunding("Eigen budget Oisterwijk", "municipal", 11_500_000, "Oisterwijk"),
    DemoFunding("Provincie Noord-Brabant: impulsregeling data", "provincial", 5_000_000),
    DemoFunding(
        "Eigen budget Alphen-Chaam", "municipal", 800_000, "Alphen-Chaam", "GHO + ABG + Oosterhout"
    ),
    DemoFunding(
        "Eigen budget Baarle-Nassau", "municipal", 500_000, "Baarle-Nassau",
        "GHO + ABG + Oosterhout",
    ),
    DemoFunding(
        "Eigen budget Gilze en Rijen", "municipal", 2_000_000, "Gilze en Rijen",
        "GHO + ABG + Oosterhout",
    ),
    DemoFunding(
        "Eigen budget Oosterhout", "municipal", 4_000_000, "Oosterhout", "GHO + ABG + Oosterhout"
    ),
)  # fmt: skip
