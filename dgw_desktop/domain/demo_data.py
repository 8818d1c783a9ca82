"""Content of the demo project: the GHO pilot (Goirle, Hilvarenbeek, Oisterwijk).

Pure data: the demo project is built from these constants, so the texts are written as
municipal employees would phrase them in a workshop (Dutch, with diacritics, € and en dashes).
"""

from __future__ import annotations

import datetime
from typing import NamedTuple


class DemoMunicipality(NamedTuple):
    name: str
    cbs_code: str
    inhabitants: int
    is_partner: bool


class DemoChallenge(NamedTuple):
    text: str
    municipalities: tuple[str, ...]  # names from DEMO_MUNICIPALITIES that share it (1-3)
    notes: str = ""


class DemoWorkshop(NamedTuple):
    title: str
    domain: str  # one of DEMO_DOMAINS
    held_on: datetime.date
    location: str
    facilitator: str
    municipalities: tuple[str, ...]
    challenges: tuple[DemoChallenge, ...]


PROJECT_NAME: str = "Pilot datagedreven werken GHO"

PROJECT_DESCRIPTION: str = (
    "In deze pilot verkennen de gemeenten Goirle, Hilvarenbeek en Oisterwijk hoe zij samen "
    "datagedreven kunnen werken in de bedrijfsvoering, het sociaal domein en het fysieke domein. "
    "Per domein halen we in een workshop de concrete vraagstukken op waar medewerkers dagelijks "
    "tegenaan lopen. Die vertalen we naar drie strategische opgaven: inhoud (welke vragen pakken "
    "we als eerste op), team (wie heeft de kennis en de tijd) en middelen (welke data, systemen "
    "en budget zijn nodig)."
)

DEMO_DOMAINS: tuple[str, ...] = ("bedrijfsvoering", "sociaal", "ruimte")

DEMO_MUNICIPALITIES: tuple[DemoMunicipality, ...] = (
    DemoMunicipality(name="Goirle", cbs_code="GM0785", inhabitants=24328, is_partner=True),
    DemoMunicipality(name="Hilvarenbeek", cbs_code="GM0798", inhabitants=15966, is_partner=True),
    DemoMunicipality(name="Oisterwijk", cbs_code="GM0824", inhabitants=32964, is_partner=True),
    DemoMunicipality(name="Alphen-Chaam", cbs_code="GM1723", inhabitants=10371, is_partner=False),
    DemoMunicipality(name="Baarle-Nassau", cbs_code="GM0744", inhabitants=6943, is_partner=False),
    DemoMunicipality(name="Gilze en Rijen", cbs_code="GM0784", inhabitants=26742, is_partner=False),
    DemoMunicipality(name="Oosterhout", cbs_code="GM0826", inhabitants=56195, is_partner=False),
)

# Shorthands for the partner combinations that share a challenge.
_G: tuple[str, ...] = ("Goirle",)
_H: tuple[str, ...] = ("Hilvarenbeek",)
_O: tuple[str, ...] = ("Oisterwijk",)
_GH: tuple[str, ...] = ("Goirle", "Hilvarenbeek")
_GO: tuple[str, ...] = ("Goirle", "Oisterwijk")
_HO: tuple[str, ...] = ("Hilvarenbeek", "Oisterwijk")
_ALL: tuple[str, ...] = ("Goirle", "Hilvarenbeek", "Oisterwijk")

_BEDRIJFSVOERING: tuple[DemoChallenge, ...] = (
    DemoChallenge(
        text=(
            "We hebben geen inzicht in het ziekteverzuim per afdeling, alleen een totaalcijfer dat "
            "HR één keer per kwartaal stuurt."
        ),
        municipalities=_ALL,
        notes="Verzuim schommelt rond de 7 %, maar niemand weet waar het zit.",
    ),
    DemoChallenge(
        text=(
            "De kosten voor inhuur van externen lopen elk jaar op en we kunnen niet zeggen welke "
            "vacatures dat veroorzaken."
        ),
        municipalities=_ALL,
        notes="Inhuur 2025: circa € 4,3 miljoen over de drie gemeenten samen.",
    ),
    DemoChallenge(
        text=(
            "Bij het KCC weten we niet hoeveel telefoontjes en e-mails er per onderwerp "
            "binnenkomen."
        ),
        municipalities=_GH,
    ),
    DemoChallenge(
        text=(
            "We halen de betaaltermijn van dertig dagen voor facturen vaak niet en zien pas "
            "achteraf waar het vastloopt."
        ),
        municipalities=_O,
        notes="Nu wordt circa 78 % van de facturen binnen de termijn betaald.",
    ),
    DemoChallenge(
        text=(
            "Niemand weet precies wie eigenaar is van welke gegevens, dus bij fouten wijst "
            "iedereen naar een ander."
        ),
        municipalities=_ALL,
    ),
    DemoChallenge(
        text=(
            "Overal draaien Excellijsten die niemand kent en die onbruikbaar worden zodra een "
            "collega vertrekt."
        ),
        municipalities=_ALL,
        notes="Schatting: honderden lijsten op de netwerkschijven.",
    ),
    DemoChallenge(
        text=(
            "De rapportages voor de P&C-cyclus stellen we handmatig samen uit vijf systemen, en "
            "dat kost elke keer weken."
        ),
        municipalities=_GO,
        notes="Geldt voor voorjaarsnota, najaarsnota én jaarrekening.",
    ),
    DemoChallenge(
        text=(
            "Onze archivering voldoet niet aan de Archiefwet, omdat documenten nog in mailboxen en "
            "op persoonlijke schijven staan."
        ),
        municipalities=_H,
        notes="Opmerking uit het laatste toezichtsrapport.",
    ),
    DemoChallenge(
        text=(
            "De kwaliteit van onze basisregistraties wisselt sterk en terugmeldingen blijven soms "
            "maanden liggen."
        ),
        municipalities=_GH,
    ),
    DemoChallenge(
        text=(
            "We hebben eigenlijk niemand met tijd en kennis voor data-analyse; het komt altijd "
            "bovenop het gewone werk."
        ),
        municipalities=_ALL,
        notes="Geen datateam; hooguit één informatieadviseur per gemeente.",
    ),
    DemoChallenge(
        text=(
            "De ICT-samenwerking tussen onze gemeenten is versnipperd, waardoor ieder eigen "
            "applicaties en licenties afsluit."
        ),
        municipalities=_ALL,
    ),
    DemoChallenge(
        text=(
            "We weten niet hoeveel licenties we betalen voor software die nauwelijks nog wordt "
            "gebruikt."
        ),
        municipalities=_O,
    ),
    DemoChallenge(
        text=(
            "Managers vragen om stuurinformatie, maar we weten niet welke cijfers ze echt nodig "
            "hebben voor hun beslissingen."
        ),
        municipalities=_GO,
    ),
    DemoChallenge(
        text=(
            "Het formatieoverzicht klopt nooit met de salarisadministratie, dus elke "
            "begrotingsronde beginnen we met uitzoeken wie er werkt."
        ),
        municipalities=_HO,
        notes="Verschillen van enkele fte per afdeling.",
    ),
    DemoChallenge(
        text=(
            "Inwoners die via meerdere kanalen contact opnemen, moeten steeds opnieuw hun verhaal "
            "doen omdat we contactmomenten niet koppelen."
        ),
        municipalities=_G,
    ),
    DemoChallenge(
        text=(
            "We kunnen niet laten zien hoeveel tijd een Woo-verzoek kost, terwijl het aantal "
            "verzoeken flink is gestegen."
        ),
        municipalities=_HO,
        notes="Woo = Wet open overheid.",
    ),
    DemoChallenge(
        text=(
            "Na elke reorganisatie kloppen de kostenplaatsen niet meer, waardoor vergelijkingen "
            "tussen jaren eigenlijk zinloos zijn."
        ),
        municipalities=_H,
    ),
    DemoChallenge(
        text=(
            "We hebben geen overzicht van lopende contracten en ontdekken verlengingen vaak pas "
            "als de factuur binnenkomt."
        ),
        municipalities=_GH,
        notes="Er is een contractregister, maar niemand houdt het bij.",
    ),
    DemoChallenge(
        text=(
            "Medewerkers zijn slecht geïnformeerd over wat wel en niet mag met persoonsgegevens, "
            "dus doen ze uit voorzorg maar niets."
        ),
        municipalities=_ALL,
    ),
    DemoChallenge(
        text=(
            "Het personeelsverloop is hoog, maar we weten niet waarom mensen vertrekken of hoelang "
            "vacatures openstaan."
        ),
        municipalities=_O,
        notes="Exitgesprekken worden niet vastgelegd.",
    ),
    DemoChallenge(
        text=(
            "De financiële administratie en het zaaksysteem zijn niet gekoppeld, waardoor we de "
            "kosten per product niet kunnen berekenen."
        ),
        municipalities=_G,
    ),
    DemoChallenge(
        text=(
            "De coördinatie van informatiebeveiliging hangt aan één persoon, en als die uitvalt "
            "staat alles stil."
        ),
        municipalities=_G,
        notes="Eén CISO, gedeeld met een andere gemeente – tijdelijk geregeld.",
    ),
)

_SOCIAAL: tuple[DemoChallenge, ...] = (
    DemoChallenge(
        text=(
            "Signalen over schulden komen pas bij ons binnen als er al een deurwaarder of "
            "huisuitzetting dreigt."
        ),
        municipalities=_ALL,
        notes="Vroegsignalering via woningcorporaties en energieleveranciers loopt nog niet goed.",
    ),
    DemoChallenge(
        text=(
            "We zien de kosten van jeugdzorg elk jaar stijgen, maar we kunnen niet uitleggen "
            "waardoor dat komt."
        ),
        municipalities=_ALL,
        notes="Overschrijding 2025: € 2,1 miljoen in de drie gemeenten samen.",
    ),
    DemoChallenge(
        text=(
            "De wachttijden voor Wmo-aanvragen lopen op en we weten niet in welke stap van het "
            "proces het vastloopt."
        ),
        municipalities=_GH,
        notes="Wettelijke termijn voor het onderzoek is zes weken.",
    ),
    DemoChallenge(
        text=(
            "We hebben geen overzicht van huishoudens met meerdere voorzieningen, dus stapeling "
            "zien we pas als er klachten komen."
        ),
        municipalities=_ALL,
    ),
    DemoChallenge(
        text=(
            "Of mensen duurzaam uitstromen uit de bijstand, volgen we eigenlijk niet meer na de "
            "eerste zes maanden."
        ),
        municipalities=_GO,
    ),
    DemoChallenge(
        text=(
            "Huisartsen en scholen hebben waardevolle signalen, maar die bereiken ons alleen via "
            "persoonlijke contacten."
        ),
        municipalities=_HO,
        notes="Praktijkondersteuners jeugd zijn een mogelijke ingang.",
    ),
    DemoChallenge(
        text=(
            "Zodra we gegevens willen delen met zorgaanbieders, zegt de privacyfunctionaris dat de "
            "AVG dat niet toestaat."
        ),
        municipalities=_ALL,
        notes="Onduidelijk of er een grondslag is; juridisch advies is gevraagd.",
    ),
    DemoChallenge(
        text=(
            "We weten niet hoeveel inwoners uit beschermd wonen terugkeren naar onze gemeente en "
            "welke ondersteuning ze dan nodig hebben."
        ),
        municipalities=_O,
        notes="Beschermd wonen wordt regionaal via centrumgemeente Tilburg georganiseerd.",
    ),
    DemoChallenge(
        text=(
            "Mantelzorgers raken overbelast, maar we hebben geen idee hoeveel het er zijn en waar "
            "ze wonen."
        ),
        municipalities=_GH,
    ),
    DemoChallenge(
        text=(
            "Eenzaamheid onder ouderen staat hoog op de agenda, maar we hebben alleen de "
            "GGD-monitor van jaren geleden."
        ),
        municipalities=_H,
        notes="Gezondheidsmonitor volwassenen en ouderen van de GGD.",
    ),
    DemoChallenge(
        text=(
            "De kosten van leerlingenvervoer stijgen hard en we weten niet of de routes en "
            "indicaties nog kloppen."
        ),
        municipalities=_GO,
        notes="Het contract voor taxivervoer loopt af in 2027.",
    ),
    DemoChallenge(
        text=(
            "Onze gegevens staan verspreid over Suite4Sociaal Domein, het inkomenssysteem en losse "
            "Excels, dus één beeld van een gezin ontbreekt."
        ),
        municipalities=_ALL,
    ),
    DemoChallenge(
        text=(
            "Er is een dashboard sociaal domein gebouwd, maar eerlijk gezegd kijkt niemand ernaar."
        ),
        municipalities=_ALL,
        notes="Kosten van het dashboard: circa € 40.000 per jaar.",
    ),
    DemoChallenge(
        text=(
            "Consulenten registreren hetzelfde op verschillende manieren, waardoor cijfers tussen "
            "onze gemeenten niet te vergelijken zijn."
        ),
        municipalities=_HO,
    ),
    DemoChallenge(
        text=(
            "We weten niet welk effect onze preventieve activiteiten hebben, dus bij bezuinigingen "
            "sneuvelen die als eerste."
        ),
        municipalities=_G,
    ),
    DemoChallenge(
        text=(
            "We missen zicht op jeugdzorgtrajecten zonder einddatum, omdat we facturen van "
            "aanbieders alleen steekproefsgewijs controleren."
        ),
        municipalities=_O,
    ),
    DemoChallenge(
        text=(
            "Het aantal jeugdzorgverwijzingen via de huisarts groeit, maar daar hebben we als "
            "gemeente geen enkele sturing op."
        ),
        municipalities=_GH,
        notes="Circa 60 % van de verwijzingen loopt via de huisarts.",
    ),
    DemoChallenge(
        text=(
            "Statushouders komen bij ons in beeld, maar hoe het hen na twee jaar vergaat weten we "
            "eigenlijk niet."
        ),
        municipalities=_H,
        notes="Inburgering valt onder de Wet inburgering 2021.",
    ),
    DemoChallenge(
        text=(
            "De gemeenteraad vraagt om cijfers over armoede per wijk, en die kunnen we gewoon niet "
            "leveren."
        ),
        municipalities=_G,
    ),
    DemoChallenge(
        text=(
            "We weten niet hoeveel inwoners recht hebben op minimaregelingen maar er geen gebruik "
            "van maken."
        ),
        municipalities=_GO,
        notes="Niet-gebruik schatten we op 30–40 %, maar onderbouwing ontbreekt.",
    ),
    DemoChallenge(
        text=(
            "Het sociaal team houdt eigen aantekeningen buiten het systeem bij, waardoor "
            "overdracht bij ziekte of vertrek misgaat."
        ),
        municipalities=_O,
    ),
)

_RUIMTE: tuple[DemoChallenge, ...] = (
    DemoChallenge(
        text=(
            "Meldingen openbare ruimte komen binnen via de app, maar niemand analyseert waar en "
            "wanneer ze zich opstapelen."
        ),
        municipalities=_ALL,
        notes="Circa 9.000 meldingen per jaar in de drie gemeenten samen.",
    ),
    DemoChallenge(
        text=(
            "We halen de termijnen voor omgevingsvergunningen onder de Omgevingswet regelmatig "
            "niet en weten niet waar de vertraging zit."
        ),
        municipalities=_ALL,
        notes="Reguliere procedure: acht weken, eenmaal te verlengen met zes weken.",
    ),
    DemoChallenge(
        text=(
            "Het onderhoud van wegen en groen plannen we vooral op gevoel en op basis van wie het "
            "hardst klaagt."
        ),
        municipalities=_ALL,
    ),
    DemoChallenge(
        text=(
            "Bij hevige regen lopen steeds dezelfde straten onder, maar we koppelen meldingen niet "
            "aan ons rioleringsbeheer."
        ),
        municipalities=_GO,
        notes="Vooral na de zware buien in de zomers van 2024 en 2025.",
    ),
    DemoChallenge(
        text=(
            "We kunnen niet goed bijhouden hoeveel woningen er in de planning zitten en hoeveel er "
            "echt worden opgeleverd."
        ),
        municipalities=_ALL,
        notes="Cijfers uit de regionale woondeal en onze eigen planlijst lopen uiteen.",
    ),
    DemoChallenge(
        text=(
            "Voor de warmtevisie hebben we gebouw- en energiedata nodig, maar we weten niet welke "
            "bronnen betrouwbaar zijn."
        ),
        municipalities=_GH,
        notes="De transitievisie warmte moet nog worden uitgewerkt per wijk.",
    ),
    DemoChallenge(
        text=(
            "De BAG en de BGT bevatten nog veel fouten, vooral in het buitengebied en bij oudere "
            "panden."
        ),
        municipalities=_HO,
        notes="Terugmeldingen blijven liggen door gebrek aan capaciteit.",
    ),
    DemoChallenge(
        text="Zwerfafval ruimen we op vaste routes op, terwijl we niet weten waar het echt ligt.",
        municipalities=_O,
    ),
    DemoChallenge(
        text=(
            "Over parkeerdruk in het centrum krijgen we veel klachten, maar we hebben geen actuele "
            "tellingen."
        ),
        municipalities=_G,
        notes="Het laatste parkeeronderzoek dateert van 2019.",
    ),
    DemoChallenge(
        text=(
            "Ons bomenregister is verouderd, dus na een storm weten we niet welke bomen een risico "
            "vormen."
        ),
        municipalities=_GH,
        notes="Boomveiligheidsinspecties zijn deels uitbesteed.",
    ),
    DemoChallenge(
        text=(
            "Handhaving werkt vooral op klachten, omdat we geen overzicht hebben van risicovolle "
            "locaties of eerdere overtredingen."
        ),
        municipalities=_ALL,
    ),
    DemoChallenge(
        text=(
            "Vergunningsgegevens staan deels in het oude systeem en deels in het nieuwe, en die "
            "sluiten niet op elkaar aan."
        ),
        municipalities=_HO,
    ),
    DemoChallenge(
        text="We weten niet hoeveel winkelpanden in onze kernen leegstaan en hoelang al.",
        municipalities=_O,
        notes="Kernen: Oisterwijk, Moergestel en Heukelom.",
    ),
    DemoChallenge(
        text=(
            "Het beheer van sportvelden en speelplaatsen zit in verschillende lijsten die per wijk "
            "anders worden bijgehouden."
        ),
        municipalities=_H,
    ),
    DemoChallenge(
        text=(
            "Bij plannen voor zonneparken en laadpalen missen we een overzicht van de beschikbare "
            "netcapaciteit."
        ),
        municipalities=_GO,
        notes="De netbeheerder geeft alleen globale informatie.",
    ),
    DemoChallenge(
        text=(
            "Klachten over verkeersveiligheid rond scholen kunnen we niet onderbouwen met "
            "ongevallen- of snelheidsdata."
        ),
        municipalities=_GH,
    ),
    DemoChallenge(
        text=(
            "De kosten van groenonderhoud per vierkante meter verschillen sterk tussen onze "
            "gemeenten, en niemand kan uitleggen waarom."
        ),
        municipalities=_ALL,
    ),
    DemoChallenge(
        text=(
            "We registreren niet structureel welke wegen na een melding zijn hersteld, dus "
            "herhaalmeldingen zien we niet."
        ),
        municipalities=_G,
    ),
    DemoChallenge(
        text=(
            "Bij droogte weten we niet welke jonge bomen extra water nodig hebben, waardoor we er "
            "elk jaar veel verliezen."
        ),
        municipalities=_H,
        notes="Uitval van jonge aanplant in 2025: circa 15 %.",
    ),
    DemoChallenge(
        text=(
            "Recreatiedrukte in onze natuurgebieden meten we niet, terwijl de overlast van "
            "parkeren en afval elk jaar toeneemt."
        ),
        municipalities=_HO,
        notes="Denk aan de Oisterwijkse Bossen en Vennen en de omgeving van de Beekse Bergen.",
    ),
    DemoChallenge(
        text=(
            "We controleren niet of de aannemer de afgesproken beeldkwaliteit haalt, dus betalen "
            "we soms voor werk dat niet voldoet."
        ),
        municipalities=_O,
    ),
    DemoChallenge(
        text=(
            "Ons meerjarenonderhoudsplan voor gebouwen is een Excelbestand van één collega, en "
            "niemand anders begrijpt het."
        ),
        municipalities=_G,
        notes="Geschatte achterstand in onderhoud: € 1,5–2 miljoen.",
    ),
)

DEMO_WORKSHOPS: tuple[DemoWorkshop, ...] = (
    DemoWorkshop(
        title="Workshop bedrijfsvoering",
        domain="bedrijfsvoering",
        held_on=datetime.date(2026, 9, 15),
        location="Raadhuis Goirle, raadzaal",
        facilitator="Marieke van den Broek",
        municipalities=_ALL,
        challenges=_BEDRIJFSVOERING,
    ),
    DemoWorkshop(
        title="Workshop sociaal domein",
        domain="sociaal",
        held_on=datetime.date(2026, 9, 29),
        location="Gemeentehuis Hilvarenbeek",
        facilitator="Joost Verhoeven",
        municipalities=_ALL,
        challenges=_SOCIAAL,
    ),
    DemoWorkshop(
        title="Workshop ruimte",
        domain="ruimte",
        held_on=datetime.date(2026, 10, 13),
        location="Gemeentehuis Oisterwijk",
        facilitator="Sanne de Bruijn",
        municipalities=_ALL,
        challenges=_RUIMTE,
    ),
)
