"""What happened in the demo workshops: agenda, participants, themes, dots, scores, the map.

Pure data, built on ``demo_data``: challenges are named by their exact text there. Scores
follow the order of ``scoring.DEFAULT_CRITERIA`` (impact, haalbaarheid, databeschikbaarheid,
gedeeld door gemeenten). In "Grip op jeugdzorg" the participants disagree on haalbaarheid
(scores 1 to 5), so that theme shows the dissent flag.
"""

from __future__ import annotations

from typing import NamedTuple


class DemoParticipant(NamedTuple):
    name: str  # "" for someone who preferred not to be named
    department: str
    municipality: str  # a partner from demo_data.DEMO_MUNICIPALITIES


class DemoTheme(NamedTuple):
    name: str
    description: str
    challenges: tuple[str, ...]  # exact texts of the workshop's challenges in demo_data
    dots: int  # dots in the workshop's voting round
    impact: int  # place on the impact–effort map, 1–5
    effort: int
    consensus: tuple[int, ...] = ()  # one consensus score per default criterion
    # (index into the workshop's participants, one score per default criterion)
    participant_scores: tuple[tuple[int, tuple[int, ...]], ...] = ()


class DemoSession(NamedTuple):
    workshop: str  # a title from demo_data.DEMO_WORKSHOPS
    agenda: str
    participants: tuple[DemoParticipant, ...]
    round_name: str
    dots_per_participant: int
    themes: tuple[DemoTheme, ...]
    challenge_dots: tuple[tuple[str, int], ...]  # (exact challenge text, dots)
    challenge_places: tuple[tuple[str, int, int], ...] = ()  # (text, impact, effort)


def _agenda(subject: str) -> str:
    return "\n".join(
        (
            "09.30 Inloop met koffie",
            "10.00 Opening: waarom een pilot datagedreven werken",
            f"10.15 Uitdagingen ophalen: {subject}",
            "11.15 Clusteren in thema's",
            "11.45 Stemmen met stippen en scoren op criteria",
            "12.30 Afspraken over het vervolg en afsluiting",
        )
    )


_G, _H, _O = "Goirle", "Hilvarenbeek", "Oisterwijk"

BEDRIJFSVOERING = DemoSession(
    workshop="Workshop bedrijfsvoering",
    agenda=_agenda("waar lopen we in de bedrijfsvoering tegenaan?"),
    participants=(
        DemoParticipant("Anouk Verbeek", "HR", _G),
        DemoParticipant("Pieter van Dongen", "Financiën", _G),
        DemoParticipant("", "Klantcontactcentrum", _G),
        DemoParticipant("Ilse Janssens", "Informatiemanagement", _G),
        DemoParticipant("Ruud Hendriks", "Control", _H),
        DemoParticipant("Fatima El Amrani", "HR", _H),
        DemoParticipant("", "Documentaire informatievoorziening", _H),
        DemoParticipant("Bas Smulders", "ICT", _H),
        DemoParticipant("Yvonne de Laat", "Inkoop en contractbeheer", _O),
        DemoParticipant("Thijs van Gils", "Financiën", _O),
        DemoParticipant("", "Informatiebeveiliging", _O),
        DemoParticipant("Monique Vermeulen", "Bedrijfsbureau", _O),
    ),
    round_name="Stemronde thema's",
    dots_per_participant=5,
    themes=(
        DemoTheme(
            name="Personeel en formatie in beeld",
            description="Verzuim, inhuur, formatie en verloop uit één betrouwbare bron.",
            challenges=(
                "We hebben geen inzicht in het ziekteverzuim per afdeling, alleen een "
                "totaalcijfer dat HR één keer per kwartaal stuurt.",
                "De kosten voor inhuur van externen lopen elk jaar op en we kunnen niet zeggen "
                "welke vacatures dat veroorzaken.",
                "Het formatieoverzicht klopt nooit met de salarisadministratie, dus elke "
                "begrotingsronde beginnen we met uitzoeken wie er werkt.",
                "Het personeelsverloop is hoog, maar we weten niet waarom mensen vertrekken of "
                "hoelang vacatures openstaan.",
            ),
            dots=21,
            impact=4,
            effort=2,
            consensus=(4, 4, 3, 5),
        ),
        DemoTheme(
            name="Eigenaarschap en kwaliteit van gegevens",
            description="Wie is waarvoor verantwoordelijk, en hoe houden we gegevens op orde?",
            challenges=(
                "Niemand weet precies wie eigenaar is van welke gegevens, dus bij fouten wijst "
                "iedereen naar een ander.",
                "Overal draaien Excellijsten die niemand kent en die onbruikbaar worden zodra "
                "een collega vertrekt.",
                "Onze archivering voldoet niet aan de Archiefwet, omdat documenten nog in "
                "mailboxen en op persoonlijke schijven staan.",
                "De kwaliteit van onze basisregistraties wisselt sterk en terugmeldingen blijven "
                "soms maanden liggen.",
                "Medewerkers zijn slecht geïnformeerd over wat wel en niet mag met "
                "persoonsgegevens, dus doen ze uit voorzorg maar niets.",
            ),
            dots=17,
            impact=3,
            effort=4,
            consensus=(3, 3, 2, 5),
        ),
    ),
    challenge_dots=(
        (
            "De rapportages voor de P&C-cyclus stellen we handmatig samen uit vijf systemen, en "
            "dat kost elke keer weken.",
            8,
        ),
        (
            "Bij het KCC weten we niet hoeveel telefoontjes en e-mails er per onderwerp "
            "binnenkomen.",
            6,
        ),
        (
            "We hebben geen overzicht van lopende contracten en ontdekken verlengingen vaak pas "
            "als de factuur binnenkomt.",
            4,
        ),
    ),
    challenge_places=(
        (
            "Bij het KCC weten we niet hoeveel telefoontjes en e-mails er per onderwerp "
            "binnenkomen.",
            2,
            2,
        ),
    ),
)

SOCIAAL = DemoSession(
    workshop="Workshop sociaal domein",
    agenda=_agenda("waar zien we in het sociaal domein te weinig?"),
    participants=(
        DemoParticipant("Lotte van Beek", "Wmo", _G),
        DemoParticipant("Jeroen Maas", "Jeugd", _G),
        DemoParticipant("", "Werk en inkomen", _G),
        DemoParticipant("Sanne Donkers", "Beleid sociaal domein", _G),
        DemoParticipant("Karin Schellekens", "Schuldhulpverlening", _H),
        DemoParticipant("Mohamed Bouzid", "Jeugd", _H),
        DemoParticipant("", "Sociaal team", _H),
        DemoParticipant("Ellen van Rijswijk", "Wmo", _H),
        DemoParticipant("Ingrid Pijnenburg", "Werk en inkomen", _O),
        DemoParticipant("Daan Kuijpers", "Beleid sociaal domein", _O),
        DemoParticipant("", "Sociaal team", _O),
        DemoParticipant("Nadia Ouali", "Jeugd", _O),
        DemoParticipant("Frank de Kort", "Leerlingenvervoer", _O),
    ),
    round_name="Stemronde thema's",
    dots_per_participant=5,
    themes=(
        DemoTheme(
            name="Vroegsignalering en armoede",
            description="Eerder in beeld wie hulp nodig heeft, ook wie zich niet meldt.",
            challenges=(
                "Signalen over schulden komen pas bij ons binnen als er al een deurwaarder of "
                "huisuitzetting dreigt.",
                "Huisartsen en scholen hebben waardevolle signalen, maar die bereiken ons alleen "
                "via persoonlijke contacten.",
                "De gemeenteraad vraagt om cijfers over armoede per wijk, en die kunnen we gewoon "
                "niet leveren.",
                "We weten niet hoeveel inwoners recht hebben op minimaregelingen maar er geen "
                "gebruik van maken.",
                "We hebben geen overzicht van huishoudens met meerdere voorzieningen, dus "
                "stapeling zien we pas als er klachten komen.",
            ),
            dots=24,
            impact=5,
            effort=4,
            consensus=(5, 3, 2, 5),
        ),
        DemoTheme(
            name="Grip op jeugdzorg",
            description="Waardoor stijgen de kosten, en waar kunnen we als gemeente sturen?",
            challenges=(
                "We zien de kosten van jeugdzorg elk jaar stijgen, maar we kunnen niet uitleggen "
                "waardoor dat komt.",
                "We missen zicht op jeugdzorgtrajecten zonder einddatum, omdat we facturen van "
                "aanbieders alleen steekproefsgewijs controleren.",
                "Het aantal jeugdzorgverwijzingen via de huisarts groeit, maar daar hebben we als "
                "gemeente geen enkele sturing op.",
            ),
            dots=22,
            impact=5,
            effort=5,
            # Haalbaarheid 2, 4, 1, 5, 2: the room disagrees (dissent).
            participant_scores=(
                (1, (5, 2, 3, 5)),
                (5, (5, 4, 3, 4)),
                (11, (4, 1, 2, 5)),
                (3, (5, 5, 4, 4)),
                (9, (4, 2, 3, 5)),
            ),
        ),
    ),
    challenge_dots=(
        (
            "De kosten van leerlingenvervoer stijgen hard en we weten niet of de routes en "
            "indicaties nog kloppen.",
            7,
        ),
        (
            "Er is een dashboard sociaal domein gebouwd, maar eerlijk gezegd kijkt niemand ernaar.",
            5,
        ),
        (
            "Consulenten registreren hetzelfde op verschillende manieren, waardoor cijfers "
            "tussen onze gemeenten niet te vergelijken zijn.",
            4,
        ),
    ),
    challenge_places=(
        (
            "De kosten van leerlingenvervoer stijgen hard en we weten niet of de routes en "
            "indicaties nog kloppen.",
            4,
            2,
        ),
    ),
)

RUIMTE = DemoSession(
    workshop="Workshop ruimte",
    agenda=_agenda("wat willen we weten over de openbare ruimte en de fysieke leefomgeving?"),
    participants=(
        DemoParticipant("Wim van der Heijden", "Openbare ruimte", _G),
        DemoParticipant("", "Vergunningen, toezicht en handhaving", _G),
        DemoParticipant("Marloes Aarts", "Ruimtelijke ordening", _G),
        DemoParticipant("Erik Vos", "Geo-informatie", _H),
        DemoParticipant("Stefan Mutsaers", "Groen en water", _H),
        DemoParticipant("", "Wonen", _H),
        DemoParticipant("Laura Kolen", "Duurzaamheid", _O),
        DemoParticipant("Tom Brekelmans", "Openbare ruimte", _O),
        DemoParticipant("Jolanda Swinkels", "Vergunningen, toezicht en handhaving", _O),
        DemoParticipant("", "Vastgoed", _O),
    ),
    round_name="Stemronde thema's",
    dots_per_participant=5,
    themes=(
        DemoTheme(
            name="Meldingen en beheer openbare ruimte",
            description="Onderhoud plannen op meldingen en metingen in plaats van op gevoel.",
            challenges=(
                "Meldingen openbare ruimte komen binnen via de app, maar niemand analyseert waar "
                "en wanneer ze zich opstapelen.",
                "Het onderhoud van wegen en groen plannen we vooral op gevoel en op basis van wie "
                "het hardst klaagt.",
                "Bij hevige regen lopen steeds dezelfde straten onder, maar we koppelen meldingen "
                "niet aan ons rioleringsbeheer.",
                "We registreren niet structureel welke wegen na een melding zijn hersteld, dus "
                "herhaalmeldingen zien we niet.",
                "Zwerfafval ruimen we op vaste routes op, terwijl we niet weten waar het echt "
                "ligt.",
            ),
            dots=19,
            impact=5,
            effort=2,
            participant_scores=(
                (0, (4, 4, 4, 5)),
                (4, (5, 4, 3, 5)),
                (7, (4, 3, 4, 4)),
                (3, (5, 4, 4, 5)),
            ),
        ),
        DemoTheme(
            name="Basisgegevens ruimte op orde",
            description="Registraties en beheerlijsten die kloppen en op elkaar aansluiten.",
            challenges=(
                "De BAG en de BGT bevatten nog veel fouten, vooral in het buitengebied en bij "
                "oudere panden.",
                "Vergunningsgegevens staan deels in het oude systeem en deels in het nieuwe, en "
                "die sluiten niet op elkaar aan.",
                "Het beheer van sportvelden en speelplaatsen zit in verschillende lijsten die per "
                "wijk anders worden bijgehouden.",
            ),
            dots=14,
            impact=3,
            effort=2,
            consensus=(3, 3, 4, 4),
        ),
    ),
    challenge_dots=(
        (
            "Bij plannen voor zonneparken en laadpalen missen we een overzicht van de "
            "beschikbare netcapaciteit.",
            6,
        ),
        (
            "De kosten van groenonderhoud per vierkante meter verschillen sterk tussen onze "
            "gemeenten, en niemand kan uitleggen waarom.",
            5,
        ),
        (
            "Bij droogte weten we niet welke jonge bomen extra water nodig hebben, waardoor we "
            "er elk jaar veel verliezen.",
            3,
        ),
    ),
    challenge_places=(
        (
            "De kosten van groenonderhoud per vierkante meter verschillen sterk tussen onze "
            "gemeenten, en niemand kan uitleggen waarom.",
            2,
            1,
        ),
        (
            "Bij droogte weten we niet welke jonge bomen extra water nodig hebben, waardoor we "
            "er elk jaar veel verliezen.",
            2,
            4,
        ),
    ),
)

DEMO_SESSIONS: tuple[DemoSession, ...] = (BEDRIJFSVOERING, SOCIAAL, RUIMTE)
