"""The demo's topics, their DGW wheels, KPIs and risks, and the steering-committee meeting.

Pure data on top of ``demo_data`` and ``demo_sessions``: themes are named by their exact
name, challenges by their exact text, people by names from the workshop participants. Three
candidate topics, one per domain, grew from the workshop themes; the project group proposed
two (sociaal and ruimte) and the steering committee chose the social-domain topic. The
ruimte topic is on hold; the bedrijfsvoering topic is still an idea.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import NamedTuple

from dgw_desktop.domain.topic_details import KpiMoment, KpiValue
from dgw_desktop.domain.wheel import Availability

_BEFORE, _DURING, _AFTER = KpiMoment.BEFORE, KpiMoment.DURING, KpiMoment.AFTER
_YES, _PARTLY, _NO = Availability.AVAILABLE, Availability.PARTIAL, Availability.UNAVAILABLE


class DemoSource(NamedTuple):
    name: str
    owner: str
    availability: Availability
    municipality: str = ""  # a partner's name; "" for a source of all partners
    quality: str = ""
    privacy: str = ""


class DemoRole(NamedTuple):
    role: str
    person: str  # "" while no one is named
    hours_per_week: Decimal


class DemoAction(NamedTuple):
    action: str
    owner: str
    due_on: datetime.date
    done: bool


class DemoKpi(NamedTuple):
    name: str
    unit: str
    baseline: KpiValue
    target: KpiValue
    moments: tuple[KpiMoment, ...]


class DemoRisk(NamedTuple):
    description: str
    likelihood: int
    impact: int
    mitigation: str


class DemoTopic(NamedTuple):
    title: str
    domain: str  # one of demo_data.DEMO_DOMAINS
    strategic_question: str
    description: str
    themes: tuple[str, ...]  # origin themes, by name
    challenges: tuple[str, ...]  # origin challenges, by exact text
    proposed: bool  # marked and put to the steering committee
    sources: tuple[DemoSource, ...]
    roles: tuple[DemoRole, ...]
    actions: tuple[DemoAction, ...]
    kpis: tuple[DemoKpi, ...]
    risks: tuple[DemoRisk, ...]


def _date(year: int, month: int, day: int) -> datetime.date:
    return datetime.date(year, month, day)


SCHULDEN = DemoTopic(
    title="Schulden eerder in beeld",
    domain="sociaal",
    strategic_question="Hoe signaleren we schulden eerder, zodat inwoners sneller hulp krijgen?",
    description=(
        "Signalen over betalingsachterstanden (huur, energie, water, zorgverzekering) komen nu "
        "pas binnen als een deurwaarder of huisuitzetting dreigt. We combineren de signalen met "
        "wat de gemeenten al weten, zodat schuldhulp eerder en gerichter op de stoep staat."
    ),
    themes=("Vroegsignalering en armoede",),
    challenges=(),
    proposed=True,
    sources=(
        DemoSource(
            "Signalen vroegsignalering (huur, energie, water, zorgverzekering)",
            "Schuldhulpverlening",
            _YES,
            quality="Maandelijkse levering; adressen soms verouderd.",
            privacy="Grondslag: Wet gemeentelijke schuldhulpverlening (art. 3a).",
        ),
        DemoSource(
            "Registratie schuldhulpverlening",
            "Schuldhulpverlening",
            _PARTLY,
            municipality="Hilvarenbeek",
            quality="Elke gemeente registreert anders; definities gelijktrekken.",
            privacy="Bijzondere persoonsgegevens: pseudonimiseren vóór analyse.",
        ),
        DemoSource(
            "Uitkeringen en minimaregelingen",
            "Werk en inkomen",
            _YES,
            quality="Volledig; per regeling een eigen code.",
            privacy="Alleen geaggregeerd per wijk gebruiken.",
        ),
        DemoSource(
            "CBS-kerncijfers wijken en buurten",
            "Informatiemanagement",
            _YES,
            quality="Jaarlijks, met een jaar vertraging.",
            privacy="Open data.",
        ),
        DemoSource(
            "Signalen van huisartsen en scholen",
            "Sociaal team",
            _NO,
            quality="Niet vastgelegd; komen binnen via persoonlijke contacten.",
            privacy="Alleen met toestemming van de inwoner of via een convenant.",
        ),
    ),
    roles=(
        DemoRole("Data-analist", "Sanne Donkers", Decimal(16)),
        DemoRole("Gegevenscoördinator", "Karin Schellekens", Decimal(8)),
        DemoRole("Privacy officer", "", Decimal(4)),
        DemoRole("Consulent schuldhulp", "Ingrid Pijnenburg", Decimal("4.5")),
    ),
    actions=(
        DemoAction(
            "Definities van schuldsignaal en bereik gelijktrekken",
            "Gegevenscoördinator",
            _date(2027, 1, 29),
            True,
        ),
        DemoAction(
            "Nulmeting: signalen en doorlooptijd tot eerste contact",
            "Data-analist",
            _date(2027, 2, 5),
            True,
        ),
        DemoAction(
            "Stuurgroep informeren over de opzet", "Projectleider", _date(2027, 1, 19), True
        ),
        DemoAction(
            "DPIA voor het koppelen van signalen en registraties",
            "Privacy officer",
            _date(2027, 2, 26),
            False,
        ),
        DemoAction(
            "Convenant met woningcorporaties en energieleveranciers actualiseren",
            "Juridische zaken",
            _date(2027, 3, 12),
            False,
        ),
    ),
    kpis=(
        DemoKpi(
            "Doorlooptijd van signaal tot eerste contact",
            "dagen",
            Decimal(42),
            Decimal(14),
            (_BEFORE, _DURING, _AFTER),
        ),
        DemoKpi(
            "Bereikte huishoudens na een signaal",
            "%",
            Decimal(28),
            Decimal(50),
            (_BEFORE, _DURING, _AFTER),
        ),
        DemoKpi(
            "Gemiddelde schuld bij aanmelding voor schuldhulp",
            "euro",
            Decimal(38500),
            "lager dan bij de nulmeting",
            (_BEFORE, _AFTER),
        ),
        DemoKpi(
            "Huisuitzettingen wegens huurachterstand",
            "per jaar",
            Decimal(6),
            Decimal(2),
            (_BEFORE, _AFTER),
        ),
    ),
    risks=(
        DemoRisk(
            "Het koppelen van signalen aan registraties vraagt een zorgvuldige grondslag.",
            3,
            5,
            "DPIA vooraf, pseudonimiseren en de functionaris gegevensbescherming betrekken.",
        ),
        DemoRisk(
            "Meer signalen zonder extra handen bij schuldhulpverlening.",
            3,
            4,
            "De pilot start in twee wijken; opschalen pas na de evaluatie.",
        ),
        DemoRisk(
            "Registraties verschillen per gemeente, waardoor cijfers niet vergelijkbaar zijn.",
            4,
            3,
            "De gegevenscoördinator stelt gezamenlijke definities op.",
        ),
    ),
)

BEHEER = DemoTopic(
    title="Onderhoud op basis van meldingen",
    domain="ruimte",
    strategic_question=(
        "Hoe plannen we het onderhoud van de openbare ruimte op meldingen en metingen in plaats "
        "van op gevoel?"
    ),
    description=(
        "Meldingen openbare ruimte komen binnen via de app, maar worden niet geanalyseerd. Door "
        "meldingen te koppelen aan beheer- en neerslaggegevens zien we waar onderhoud het "
        "meeste oplevert."
    ),
    themes=("Meldingen en beheer openbare ruimte",),
    challenges=(
        "Bij droogte weten we niet welke jonge bomen extra water nodig hebben, waardoor we er "
        "elk jaar veel verliezen.",
    ),
    proposed=True,
    sources=(
        DemoSource(
            "Meldingen openbare ruimte (app)",
            "Openbare ruimte",
            _YES,
            quality="Locatie en categorie goed gevuld; afhandeling niet altijd afgemeld.",
            privacy="Melder niet meenemen in de analyse.",
        ),
        DemoSource(
            "Beheerpakket wegen en groen",
            "Openbare ruimte",
            _PARTLY,
            municipality="Oisterwijk",
            quality="Elke gemeente heeft een ander pakket.",
        ),
        DemoSource(
            "Rioleringsbeheer en neerslag (KNMI)",
            "Groen en water",
            _PARTLY,
            quality="Neerslag per uur beschikbaar; rioolgegevens deels op papier.",
            privacy="Geen persoonsgegevens.",
        ),
        DemoSource("Basisregistratie Grootschalige Topografie (BGT)", "Geo-informatie", _YES),
    ),
    roles=(
        DemoRole("Data-analist", "", Decimal(16)),
        DemoRole("Gegevenscoördinator", "Erik Vos", Decimal(8)),
        DemoRole("Beheerder openbare ruimte", "Tom Brekelmans", Decimal(4)),
    ),
    actions=(
        DemoAction(
            "Meldingscategorieën van de drie gemeenten gelijktrekken",
            "Gegevenscoördinator",
            _date(2027, 3, 5),
            False,
        ),
        DemoAction("Koppeling met de beheerpakketten onderzoeken", "ICT", _date(2027, 4, 2), False),
        DemoAction("Nulmeting herhaalmeldingen", "Data-analist", _date(2027, 2, 19), False),
    ),
    kpis=(
        DemoKpi(
            "Herhaalmeldingen binnen drie maanden",
            "%",
            Decimal(18),
            Decimal(10),
            (_BEFORE, _DURING, _AFTER),
        ),
        DemoKpi(
            "Gemiddelde afhandeltijd van een melding",
            "dagen",
            Decimal("9.5"),
            Decimal(5),
            (_BEFORE, _AFTER),
        ),
        DemoKpi(
            "Straten met wateroverlast na hevige regen",
            "aantal",
            "nog niet gemeten",
            "minder dan vijf",
            (_DURING, _AFTER),
        ),
    ),
    risks=(
        DemoRisk(
            "Meldingen zeggen vooral iets over wie meldt, niet over de staat van de straat.",
            4,
            3,
            "Meldingen combineren met inspecties en metingen.",
        ),
        DemoRisk(
            "Beheerpakketten leveren geen gegevens zonder maatwerk van de leverancier.",
            3,
            3,
            "Vroeg overleg met de leveranciers; exports volstaan voor de pilot.",
        ),
    ),
)

PERSONEEL = DemoTopic(
    title="Grip op personeel en inhuur",
    domain="bedrijfsvoering",
    strategic_question=(
        "Hoe krijgen we met één betrouwbaar beeld van formatie, verzuim en inhuur grip op de "
        "personeelskosten?"
    ),
    description=(
        "Formatie, salarisadministratie en inhuur sluiten niet op elkaar aan. Eén beeld uit één "
        "bron maakt zichtbaar welke vacatures de inhuur veroorzaken."
    ),
    themes=("Personeel en formatie in beeld",),
    challenges=(
        "De rapportages voor de P&C-cyclus stellen we handmatig samen uit vijf systemen, en dat "
        "kost elke keer weken.",
    ),
    proposed=False,
    sources=(
        DemoSource("Salarisadministratie", "HR", _YES, privacy="Alleen geaggregeerde cijfers."),
        DemoSource("Formatieoverzicht", "HR", _PARTLY, quality="Sluit niet aan op de salarissen."),
        DemoSource(
            "Inhuurregistratie en facturen",
            "Inkoop en contractbeheer",
            _NO,
            quality="Facturen staan alleen in de financiële administratie.",
        ),
    ),
    roles=(
        DemoRole("Data-analist", "", Decimal(12)),
        DemoRole("HR-adviseur", "Anouk Verbeek", Decimal(4)),
    ),
    actions=(
        DemoAction(
            "Eigenaarschap van de formatiegegevens beleggen",
            "Bedrijfsbureau",
            _date(2027, 3, 19),
            False,
        ),
        DemoAction(
            "Inventarisatie van bronnen per gemeente",
            "Informatiemanagement",
            _date(2026, 12, 18),
            True,
        ),
    ),
    kpis=(
        DemoKpi(
            "Inhuurkosten als deel van de loonsom",
            "%",
            Decimal("14.5"),
            Decimal(10),
            (_BEFORE, _AFTER),
        ),
    ),
    risks=(
        DemoRisk(
            "Het onderwerp ligt gevoelig bij medewerkers en de ondernemingsraad.",
            3,
            4,
            "De OR vroeg betrekken en alleen geaggregeerde cijfers tonen.",
        ),
    ),
)

DEMO_TOPICS: tuple[DemoTopic, ...] = (SCHULDEN, BEHEER, PERSONEEL)


class DemoMeeting(NamedTuple):
    title: str
    held_on: datetime.date
    location: str
    members_present: tuple[str, ...]
    agenda_items: tuple[str, ...]
    proposals: tuple[str, ...]  # topic titles, in the order put to the meeting


class DemoDecision(NamedTuple):
    text: str
    chosen: str  # the chosen topic's title
    rationale: str
    review_on: datetime.date


DEMO_MEETING = DemoMeeting(
    title="Stuurgroep GHO: keuze pilotonderwerp",
    held_on=_date(2026, 11, 24),
    location="Gemeentehuis Hilvarenbeek",
    members_present=(
        "Wethouder M. Jansen (Goirle, voorzitter)",
        "Wethouder R. van Gool (Hilvarenbeek)",
        "Wethouder L. de Wit (Oisterwijk)",
        "Gemeentesecretaris H. Damen (Oisterwijk)",
        "Projectleider P. Smits",
    ),
    agenda_items=(
        "Opening en vaststellen agenda",
        "Terugblik op de drie workshops",
        "Keuze pilotonderwerp",
        "Vervolg: team en middelen",
        "Rondvraag en sluiting",
    ),
    proposals=(SCHULDEN.title, BEHEER.title),
)

DEMO_DECISION = DemoDecision(
    text=(
        "De stuurgroep kiest “Schulden eerder in beeld” als onderwerp van de pilot; "
        "“Onderhoud op basis van meldingen” wordt aangehouden voor een volgende fase."
    ),
    chosen=SCHULDEN.title,
    rationale=(
        "Het onderwerp wordt door alle drie gemeenten gedeeld, kreeg de meeste stippen in de "
        "workshops en de belangrijkste gegevens zijn al beschikbaar. De maatschappelijke winst "
        "voor inwoners is groot."
    ),
    review_on=_date(2027, 6, 1),
)
