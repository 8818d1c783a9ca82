<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AttendanceMatrixModel</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>{0} (possible partner)</source>
        <translation>{0} (mogelijke partner)</translation>
    </message>
    <message>
        <source>{0} participants from {1} in all workshops</source>
        <translation>{0} deelnemers van {1} in alle workshops</translation>
    </message>
    <message>
        <source>No input from {0} in {1}: nobody took part in its workshops.</source>
        <translation>Geen inbreng van {0} in {1}: niemand nam deel aan de workshops van dit domein.</translation>
    </message>
    <message>
        <source>{2} participants from {0} in the {1} workshops</source>
        <translation>{2} deelnemers van {0} in de workshops van {1}</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>gap {0}</source>
        <translation>tekort {0}</translation>
    </message>
    <message>
        <source>surplus {0}</source>
        <translation>overschot {0}</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>sluitend</translation>
    </message>
</context>
<context>
    <name>BalanceTreeModel</name>
    <message>
        <source>Scenario / municipality</source>
        <translation>Scenario / gemeente</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Own funding</source>
        <translation>Eigen dekking</translation>
    </message>
    <message>
        <source>General funding</source>
        <translation>Algemene dekking</translation>
    </message>
    <message>
        <source>Gap or surplus</source>
        <translation>Tekort of overschot</translation>
    </message>
    <message>
        <source>Funding of no one municipality, divided by the scenario&apos;s key</source>
        <translation>Dekking die niet bij één gemeente hoort, verdeeld met de verdeelsleutel van het scenario</translation>
    </message>
    <message>
        <source>Part of the general funding: {0}</source>
        <translation>Aandeel in de algemene dekking: {0}</translation>
    </message>
    <message>
        <source>No funding counts here yet.</source>
        <translation>Hier telt nog geen dekking mee.</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <source>Add budget line</source>
        <translation>Begrotingsregel toevoegen</translation>
    </message>
    <message>
        <source>Edit budget line “{0}”</source>
        <translation>Begrotingsregel “{0}” bewerken</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Begrotingsregel verwijderen</translation>
    </message>
    <message>
        <source>Delete {0} budget lines</source>
        <translation>{0} begrotingsregels verwijderen</translation>
    </message>
    <message>
        <source>Add rate “{0}”</source>
        <translation>Tarief “{0}” toevoegen</translation>
    </message>
    <message>
        <source>Edit rate “{0}”</source>
        <translation>Tarief “{0}” bewerken</translation>
    </message>
    <message>
        <source>Delete rate “{0}”</source>
        <translation>Tarief “{0}” verwijderen</translation>
    </message>
    <message>
        <source>Choose default rate</source>
        <translation>Standaardtarief kiezen</translation>
    </message>
    <message>
        <source>Add cost-sharing key “{0}”</source>
        <translation>Verdeelsleutel “{0}” toevoegen</translation>
    </message>
    <message>
        <source>Edit cost-sharing key “{0}”</source>
        <translation>Verdeelsleutel “{0}” bewerken</translation>
    </message>
    <message>
        <source>Delete cost-sharing key “{0}”</source>
        <translation>Verdeelsleutel “{0}” verwijderen</translation>
    </message>
    <message>
        <source>Add scenario “{0}”</source>
        <translation>Scenario “{0}” toevoegen</translation>
    </message>
    <message>
        <source>Edit scenario “{0}”</source>
        <translation>Scenario “{0}” bewerken</translation>
    </message>
    <message>
        <source>Delete scenario “{0}”</source>
        <translation>Scenario “{0}” verwijderen</translation>
    </message>
    <message>
        <source>Mark “{0}” as the proposal</source>
        <translation>“{0}” als voorstel markeren</translation>
    </message>
    <message>
        <source>Add funding source</source>
        <translation>Dekkingsbron toevoegen</translation>
    </message>
    <message>
        <source>Edit funding source “{0}”</source>
        <translation>Dekkingsbron “{0}” bewerken</translation>
    </message>
    <message>
        <source>Delete funding source “{0}”</source>
        <translation>Dekkingsbron “{0}” verwijderen</translation>
    </message>
    <message>
        <source>Add phase “{0}”</source>
        <translation>Fase “{0}” toevoegen</translation>
    </message>
    <message>
        <source>Rename phase “{0}”</source>
        <translation>Naam van fase “{0}” wijzigen</translation>
    </message>
    <message>
        <source>Delete phase “{0}”</source>
        <translation>Fase “{0}” verwijderen</translation>
    </message>
    <message>
        <source>Add cost category “{0}”</source>
        <translation>Kostensoort “{0}” toevoegen</translation>
    </message>
    <message>
        <source>Rename cost category “{0}”</source>
        <translation>Naam van kostensoort “{0}” wijzigen</translation>
    </message>
    <message>
        <source>Delete cost category “{0}”</source>
        <translation>Kostensoort “{0}” verwijderen</translation>
    </message>
    <message>
        <source>Move phase “{0}”</source>
        <translation>Fase “{0}” verplaatsen</translation>
    </message>
    <message>
        <source>Move cost category “{0}”</source>
        <translation>Kostensoort “{0}” verplaatsen</translation>
    </message>
</context>
<context>
    <name>BudgetComparisonPanel</name>
    <message>
        <source>Scenarios compared: what each municipality pays</source>
        <translation>Scenario’s vergeleken: wat elke gemeente betaalt</translation>
    </message>
    <message>
        <source>Chart sho&amp;ws:</source>
        <translation>&amp;Grafiek toont:</translation>
    </message>
</context>
<context>
    <name>BudgetFundingTab</name>
    <message>
        <source>Funding sources</source>
        <translation>Dekkingsbronnen</translation>
    </message>
    <message>
        <source>A new funding source (Ins)</source>
        <translation>Een nieuwe dekkingsbron (Ins)</translation>
    </message>
    <message>
        <source>Ne&amp;w source</source>
        <translation>&amp;Nieuwe bron</translation>
    </message>
    <message>
        <source>Delete the funding source of the current cell (Del)</source>
        <translation>De dekkingsbron van de huidige cel verwijderen (Del)</translation>
    </message>
    <message>
        <source>&amp;Delete source</source>
        <translation>Bron &amp;verwijderen</translation>
    </message>
    <message>
        <source>Type in a cell and press Enter; amounts like 50.000 or 1.234,56.</source>
        <translation>Typ in een cel en druk op Enter; bedragen zoals 50.000 of 1.234,56.</translation>
    </message>
    <message>
        <source>Costs against funding: gap or surplus per scenario and municipality</source>
        <translation>Kosten tegenover dekking: tekort of overschot per scenario en gemeente</translation>
    </message>
</context>
<context>
    <name>BudgetHoursTab</name>
    <message>
        <source>The time asked of each municipality&apos;s employees, from the lines of hours that name whose staff works them (Lines tab: Role and Staff of).</source>
        <translation>De tijd die van de medewerkers van elke gemeente wordt gevraagd, uit de urenregels waarin staat wiens medewerkers de uren maken (tabblad Regels en tarieven: Rol en Medewerkers van).</translation>
    </message>
    <message>
        <source>Per municipality, role and phase</source>
        <translation>Per gemeente, rol en fase</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Tonen:</translation>
    </message>
</context>
<context>
    <name>BudgetKeysPanel</name>
    <message>
        <source>Cost-sharing keys</source>
        <translation>Verdeelsleutels</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nieuwe verdeelsleutel</translation>
    </message>
    <message>
        <source>Add &amp;key</source>
        <translation>Verdeelsleutel &amp;toevoegen</translation>
    </message>
    <message>
        <source>Delete ke&amp;y</source>
        <translation>Verdeelsleutel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Save percen&amp;tages</source>
        <translation>Percentages &amp;opslaan</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Terug&amp;zetten</translation>
    </message>
</context>
<context>
    <name>BudgetLinesTab</name>
    <message>
        <source>Budget lines</source>
        <translation>Begrotingsregels</translation>
    </message>
    <message>
        <source>A new line in the phase and category of the current line (Ins)</source>
        <translation>Een nieuwe regel in de fase en kostensoort van de huidige regel (Ins)</translation>
    </message>
    <message>
        <source>Ne&amp;w line</source>
        <translation>&amp;Nieuwe regel</translation>
    </message>
    <message>
        <source>Delete the lines of the selected cells (Del)</source>
        <translation>De regels van de geselecteerde cellen verwijderen (Del)</translation>
    </message>
    <message>
        <source>&amp;Delete lines</source>
        <translation>Regels &amp;verwijderen</translation>
    </message>
    <message>
        <source>Type in a cell and press Enter. Hours like 12,5; amounts like 1.234,56. Grey cells do not apply to the kind of line.</source>
        <translation>Typ in een cel en druk op Enter. Uren zoals 12,5; bedragen zoals 1.234,56. Grijze cellen zijn niet van toepassing op dit soort regel.</translation>
    </message>
    <message>
        <source>Add, rename, delete and order the phases and cost categories</source>
        <translation>Fasen en kostensoorten toevoegen, hernoemen, verwijderen en ordenen</translation>
    </message>
    <message>
        <source>&amp;Phases and cost categories…</source>
        <translation>&amp;Fasen en kostensoorten…</translation>
    </message>
    <message>
        <source>Totals per phase and category</source>
        <translation>Totalen per fase en kostensoort</translation>
    </message>
    <message>
        <source>Hourly rates</source>
        <translation>Uurtarieven</translation>
    </message>
    <message>
        <source>New rate, e.g. data-analist intern</source>
        <translation>Nieuw tarief, bijv. data-analist intern</translation>
    </message>
    <message>
        <source>€ per hour</source>
        <translation>€ per uur</translation>
    </message>
    <message>
        <source>Inte&amp;rnal</source>
        <translation>&amp;Intern</translation>
    </message>
    <message>
        <source>Add ra&amp;te</source>
        <translation>&amp;Tarief toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve rate</source>
        <translation>Tarief v&amp;erwijderen</translation>
    </message>
    <message>
        <source>Default &amp;internal rate:</source>
        <translation>&amp;Standaard intern tarief:</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>&amp;Lines and rates</source>
        <translation>&amp;Regels en tarieven</translation>
    </message>
    <message>
        <source>Hours &amp;asked</source>
        <translation>Gevraagde &amp;uren</translation>
    </message>
    <message>
        <source>Cost &amp;sharing</source>
        <translation>&amp;Kostenverdeling</translation>
    </message>
    <message>
        <source>Fu&amp;nding</source>
        <translation>&amp;Dekking</translation>
    </message>
    <message>
        <source>Total budget &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Totale begroting &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>proposal “{0}”: {1}</source>
        <translation>voorstel “{0}”: {1}</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
</context>
<context>
    <name>BudgetPhasesDialog</name>
    <message>
        <source>Phases and cost categories</source>
        <translation>Fasen en kostensoorten</translation>
    </message>
    <message>
        <source>Every budget line has a phase and a cost category; the totals on the Budget page follow this order. Press F2 to rename, Del to delete, Ctrl+Up and Ctrl+Down to move. Only a phase or category that no budget line uses can be deleted.</source>
        <translation>Elke begrotingsregel heeft een fase en een kostensoort; de totalen op de pagina Begroting volgen deze volgorde. F2 wijzigt de naam, Del verwijdert, Ctrl+Omhoog en Ctrl+Omlaag verplaatsen. Alleen een fase of kostensoort die geen begrotingsregel gebruikt, kan worden verwijderd.</translation>
    </message>
    <message>
        <source>P&amp;hases</source>
        <translation>F&amp;asen</translation>
    </message>
    <message>
        <source>New phase, e.g. 4 evaluatie</source>
        <translation>Nieuwe fase, bijv. 4 evaluatie</translation>
    </message>
    <message>
        <source>Add it at the end of the list (Enter in the name field)</source>
        <translation>Achteraan de lijst toevoegen (Enter in het naamveld)</translation>
    </message>
    <message>
        <source>&amp;Add phase</source>
        <translation>Fase &amp;toevoegen</translation>
    </message>
    <message>
        <source>Delete it (Del); only when no budget line uses it</source>
        <translation>Verwijderen (Del); alleen als geen begrotingsregel deze gebruikt</translation>
    </message>
    <message>
        <source>&amp;Delete phase</source>
        <translation>Fase &amp;verwijderen</translation>
    </message>
    <message>
        <source>Move it up in the list (Ctrl+Up)</source>
        <translation>Omhoog in de lijst (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move it down in the list (Ctrl+Down)</source>
        <translation>Omlaag in de lijst (Ctrl+Omlaag)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Cost categor&amp;ies</source>
        <translation>&amp;Kostensoorten</translation>
    </message>
    <message>
        <source>New cost category, e.g. reiskosten</source>
        <translation>Nieuwe kostensoort, bijv. reiskosten</translation>
    </message>
    <message>
        <source>Add &amp;category</source>
        <translation>Kostensoort toevoe&amp;gen</translation>
    </message>
    <message>
        <source>De&amp;lete category</source>
        <translation>Kostensoort verwij&amp;deren</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
</context>
<context>
    <name>BudgetScenariosPanel</name>
    <message>
        <source>Scenarios</source>
        <translation>Scenario’s</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nieuw scenario</translation>
    </message>
    <message>
        <source>A new scenario with the partners and key of the selected one</source>
        <translation>Een nieuw scenario met de partners en de verdeelsleutel van het geselecteerde scenario</translation>
    </message>
    <message>
        <source>Add scena&amp;rio</source>
        <translation>&amp;Scenario toevoegen</translation>
    </message>
    <message>
        <source>The scenario the steering committee is asked to decide on</source>
        <translation>Het scenario dat ter besluitvorming aan de stuurgroep wordt voorgelegd</translation>
    </message>
    <message>
        <source>Mark as &amp;proposal</source>
        <translation>Als voorstel &amp;markeren</translation>
    </message>
    <message>
        <source>Delete scenari&amp;o</source>
        <translation>Scenario v&amp;erwijderen</translation>
    </message>
    <message>
        <source>Partners &amp;in this scenario:</source>
        <translation>Partners &amp;in dit scenario:</translation>
    </message>
    <message>
        <source>Key per &amp;category (bold: a key of its own):</source>
        <translation>Verdeelsleutel &amp;per kostensoort (vet: een eigen verdeelsleutel):</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Live capture — {0}</source>
        <translation>Live vastleggen — {0}</translation>
    </message>
    <message>
        <source>Enter: add  ·  Ctrl+1…9: tag municipality  ·  Ctrl+0: clear tags  ·  Ctrl+Z: undo last  ·  Ctrl+= / Ctrl+-: zoom  ·  Ctrl+R: record who said it  ·  Esc: leave</source>
        <translation>Enter: toevoegen  ·  Ctrl+1…9: gemeente koppelen  ·  Ctrl+0: koppelingen wissen  ·  Ctrl+Z: laatste ongedaan maken  ·  Ctrl+= / Ctrl+-: zoomen  ·  Ctrl+R: noteren wie het zei  ·  Esc: sluiten</translation>
    </message>
    <message>
        <source>{0} challenges in this workshop</source>
        <translation>{0} uitdagingen in deze workshop</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <source>Live capture</source>
        <translation>Live vastleggen</translation>
    </message>
    <message>
        <source>Who said it (optional)</source>
        <translation>Wie zei het (optioneel)</translation>
    </message>
    <message>
        <source>Type a challenge and press Enter</source>
        <translation>Typ een uitdaging en druk op Enter</translation>
    </message>
</context>
<context>
    <name>CategoryKeysModel</name>
    <message>
        <source>Category</source>
        <translation>Kostensoort</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Verdeelsleutel</translation>
    </message>
    <message>
        <source>A key of its own in this scenario</source>
        <translation>Een eigen verdeelsleutel in dit scenario</translation>
    </message>
    <message>
        <source>The scenario&apos;s key</source>
        <translation>De verdeelsleutel van het scenario</translation>
    </message>
    <message>
        <source>{0} (the scenario&apos;s key)</source>
        <translation>{0} (verdeelsleutel van het scenario)</translation>
    </message>
</context>
<context>
    <name>ChallengeCommands</name>
    <message>
        <source>Add challenge</source>
        <translation>Uitdaging toevoegen</translation>
    </message>
    <message>
        <source>Add {0} challenges</source>
        <translation>{0} uitdagingen toevoegen</translation>
    </message>
    <message>
        <source>Edit challenge</source>
        <translation>Uitdaging bewerken</translation>
    </message>
    <message>
        <source>Delete challenge</source>
        <translation>Uitdaging verwijderen</translation>
    </message>
    <message>
        <source>Delete {0} challenges</source>
        <translation>{0} uitdagingen verwijderen</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <source>(no workshop)</source>
        <translation>(geen workshop)</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <source>&amp;Challenge</source>
        <translation>&amp;Uitdaging</translation>
    </message>
    <message>
        <source>What do employees run into? One statement, in their words.</source>
        <translation>Waar lopen medewerkers tegenaan? Eén uitspraak, in hun eigen woorden.</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domein</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Shared by</source>
        <translation>&amp;Gedeeld door</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Toelichting</translation>
    </message>
</context>
<context>
    <name>ChallengeFilterBar</name>
    <message>
        <source>Show challenges of one domain</source>
        <translation>Uitdagingen van één domein weergeven</translation>
    </message>
    <message>
        <source>Show challenges shared by one municipality</source>
        <translation>Uitdagingen weergeven die door één gemeente worden gedeeld</translation>
    </message>
    <message>
        <source>Show challenges of one theme</source>
        <translation>Uitdagingen van één thema weergeven</translation>
    </message>
    <message>
        <source>Show challenges of one workshop</source>
        <translation>Uitdagingen van één workshop weergeven</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle domeinen</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema’s</translation>
    </message>
    <message>
        <source>(no theme yet)</source>
        <translation>(nog geen thema)</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Alle workshops</translation>
    </message>
</context>
<context>
    <name>ChallengeListModel</name>
    <message>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message>
        <source>Challenges</source>
        <translation>Uitdagingen</translation>
    </message>
    <message>
        <source>&amp;New challenge…</source>
        <translation>&amp;Nieuwe uitdaging…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>{0} of {1} challenges shown</source>
        <translation>{0} van {1} uitdagingen weergegeven</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>Nieuwe uitdaging</translation>
    </message>
    <message>
        <source>Edit challenge</source>
        <translation>Uitdaging bewerken</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The export would overwrite the project file {name}; choose another name.</source>
        <translation>De export zou het trajectbestand {name} overschrijven; kies een andere naam.</translation>
    </message>
    <message>
        <source>{count} challenges imported into {name}.</source>
        <translation>{count} uitdagingen geïmporteerd in {name}.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>per
inhabitant</source>
        <translation>per
inwoner</translation>
    </message>
    <message>
        <source>{0}, key “{1}”</source>
        <translation>{0}, verdeelsleutel “{1}”</translation>
    </message>
    <message>
        <source>★ the proposal</source>
        <translation>★ het voorstel</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Not a partner in this scenario</source>
        <translation>Geen partner in dit scenario</translation>
    </message>
    <message>
        <source>Share of the shared pool {0}; lines it bears alone {1}</source>
        <translation>Aandeel in de gezamenlijke pot {0}; regels die de gemeente alleen draagt {1}</translation>
    </message>
    <message>
        <source>Propose to the steering committee</source>
        <translation>Voorstellen aan de stuurgroep</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Strategic question</source>
        <translation>Strategische vraag</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Municipalities sharing</source>
        <translation>Gemeenten die het delen</translation>
    </message>
    <message>
        <source>Underlying challenges</source>
        <translation>Onderliggende uitdagingen</translation>
    </message>
    <message>
        <source>Votes (dots)</source>
        <translation>Stemmen (stippen)</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewogen score</translation>
    </message>
    <message>
        <source>DGW wheel</source>
        <translation>DGW-wiel</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico’s</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI’s</translation>
    </message>
    <message>
        <source>Grown from</source>
        <translation>Voortgekomen uit</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>across domains</source>
        <translation>domeinoverstijgend</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
    <message>
        <source>{0} % ready</source>
        <translation>{0} % gereed</translation>
    </message>
    <message>
        <source>• {0} (likelihood {1} × impact {2})</source>
        <translation>• {0} (kans {1} × impact {2})</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>There are no topics yet.</source>
        <translation>Er zijn nog geen onderwerpen.</translation>
    </message>
    <message>
        <source>No topic is marked to propose yet.</source>
        <translation>Er is nog geen onderwerp gemarkeerd om voor te stellen.</translation>
    </message>
    <message>
        <source>Marked to propose ({0}): {1}</source>
        <translation>Gemarkeerd om voor te stellen ({0}): {1}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The topics side by side. Tick “Propose to the steering committee” for the topics to propose (typically two): move to the cell with the arrow keys and press Space.</source>
        <translation>De onderwerpen naast elkaar. Vink “Voorstellen aan de stuurgroep” aan bij de onderwerpen die u wilt voorstellen (meestal twee): ga met de pijltoetsen naar de cel en druk op de spatiebalk.</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>No scenarios yet.</source>
        <translation>Nog geen scenario’s.</translation>
    </message>
    <message>
        <source>Cost per municipality</source>
        <translation>Kosten per gemeente</translation>
    </message>
    <message>
        <source>Cost per inhabitant</source>
        <translation>Kosten per inwoner</translation>
    </message>
    <message>
        <source>“{0}” leaves out {1} of lines borne by municipalities outside it.</source>
        <translation>“{0}” laat {1} buiten beschouwing aan regels die ten laste komen van gemeenten buiten dit scenario.</translation>
    </message>
    <message>
        <source>★ the proposal. Shares add up to each scenario&apos;s total to the cent.</source>
        <translation>★ het voorstel. De aandelen tellen per scenario tot op de cent op tot het totaal.</translation>
    </message>
    <message>
        <source>not a partner</source>
        <translation>geen partner</translation>
    </message>
</context>
<context>
    <name>CriteriaTableModel</name>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weging</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Recording a decision cannot be undone with Undo (Ctrl+Z).</source>
        <translation>Het vastleggen van een besluit kan niet worden teruggedraaid met Ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Nothing: a new decision</source>
        <translation>Niets: een nieuw besluit</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>Besluit &amp;vastleggen</translation>
    </message>
    <message>
        <source>Correct decision #{0}</source>
        <translation>Besluit #{0} corrigeren</translation>
    </message>
    <message>
        <source>No topic: another kind of decision</source>
        <translation>Geen onderwerp: een ander soort besluit</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Besluit vastleggen</translation>
    </message>
    <message>
        <source>A decision cannot be changed or removed; a correction is a new decision. Record it?</source>
        <translation>Een besluit kan niet worden gewijzigd of verwijderd; een correctie is een nieuw besluit. Het besluit vastleggen?</translation>
    </message>
    <message>
        <source>The decision could not be recorded: {0}</source>
        <translation>Het besluit kon niet worden vastgelegd: {0}</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Besluit vastleggen</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>Ver&amp;gadering</translation>
    </message>
    <message>
        <source>Rep&amp;laces</source>
        <translation>Ve&amp;rvangt</translation>
    </message>
    <message>
        <source>A correction names the decision it replaces; that decision stays in the log, marked as replaced.</source>
        <translation>Een correctie noemt het besluit dat ze vervangt; dat besluit blijft in de besluitenlijst staan, gemarkeerd als vervangen.</translation>
    </message>
    <message>
        <source>&amp;What was decided</source>
        <translation>Wat is be&amp;sloten</translation>
    </message>
    <message>
        <source>In the committee&apos;s words, e.g. The committee chooses … as the pilot topic.</source>
        <translation>In de woorden van de stuurgroep, bijv. De stuurgroep kiest … als onderwerp van de pilot.</translation>
    </message>
    <message>
        <source>Chosen &amp;option</source>
        <translation>Gekozen &amp;optie</translation>
    </message>
    <message>
        <source>Other &amp;proposals</source>
        <translation>&amp;Andere voorstellen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>R&amp;ationale</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <source>Why the committee decided this</source>
        <translation>Waarom de stuurgroep dit heeft besloten</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>Heroverwegen o&amp;p</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Heroverwegen</translation>
    </message>
</context>
<context>
    <name>DecisionLogModel</name>
    <message>
        <source>Corrects #{0}: {1}</source>
        <translation>Corrigeert #{0}: {1}</translation>
    </message>
    <message>
        <source>Replaced by #{0}</source>
        <translation>Vervangen door #{0}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Chosen option</source>
        <translation>Gekozen optie</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Heroverwegen op</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <source>The review date has passed: put this decision on the agenda again.</source>
        <translation>De heroverwegingsdatum is verstreken: zet dit besluit opnieuw op de agenda.</translation>
    </message>
    <message>
        <source>Replaced by decision #{0}; kept in the log as it was.</source>
        <translation>Vervangen door besluit #{0}; ongewijzigd bewaard in de besluitenlijst.</translation>
    </message>
</context>
<context>
    <name>DomainTableModel</name>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Uitdagingen</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er is iets misgegaan</translation>
    </message>
    <message>
        <source>DGW Desktop ran into an unexpected problem. Everything saved before this moment is safe in the project file. The details are in {0}.</source>
        <translation>DGW Desktop is op een onverwacht probleem gestuit. Alles wat vóór dit moment is opgeslagen, staat veilig in het trajectbestand. De details staan in {0}.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Workbook (Excel)…</source>
        <translation>&amp;Werkmap (Excel)…</translation>
    </message>
    <message>
        <source>Decision &amp;memo (PDF)…</source>
        <translation>&amp;Stuurgroepvoorstel (PDF)…</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Werkmap exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Export decision memo</source>
        <translation>Stuurgroepvoorstel exporteren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <source>Export ready</source>
        <translation>Export gereed</translation>
    </message>
    <message>
        <source>{0} has been written. Open it now?</source>
        <translation>{0} is opgeslagen. Nu openen?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>{0} kan niet worden opgeslagen: {1}</translation>
    </message>
    <message>
        <source>The export failed unexpectedly.</source>
        <translation>Het exporteren is onverwacht mislukt.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>DGW project (*.dgw);;All files (*)</source>
        <translation>DGW-traject (*.dgw);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Traject openen</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Bestand kan niet worden geopend</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Het bestand {name} bestaat niet.</translation>
    </message>
    <message>
        <source>{name} is not a DGW Desktop project file.</source>
        <translation>{name} is geen trajectbestand van DGW Desktop.</translation>
    </message>
    <message>
        <source>{name} is a database of another program, not a DGW Desktop project file. It has not been changed.</source>
        <translation>{name} is een database van een ander programma, geen trajectbestand van DGW Desktop. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>{name} was made with a newer version of DGW Desktop (file version {found}, this program reads up to {supported}). Update DGW Desktop to open it; the file has not been changed.</source>
        <translation>{name} is gemaakt met een nieuwere versie van DGW Desktop (bestandsversie {found}, dit programma leest tot en met versie {supported}). Werk DGW Desktop bij om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened ({detail}). The file has not been changed; use a backup copy.</source>
        <translation>{name} is beschadigd en kan niet worden geopend ({detail}). Het bestand is niet gewijzigd; gebruik een reservekopie.</translation>
    </message>
    <message>
        <source>{name} already exists; choose another name.</source>
        <translation>{name} bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>{name} cannot be written ({detail}).</source>
        <translation>{name} kan niet worden opgeslagen ({detail}).</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <source>New funding source</source>
        <translation>Nieuwe dekkingsbron</translation>
    </message>
</context>
<context>
    <name>FundingTableModel</name>
    <message>
        <source>Municipality&apos;s own budget</source>
        <translation>Eigen budget gemeente</translation>
    </message>
    <message>
        <source>Provincial subsidy</source>
        <translation>Provinciale subsidie</translation>
    </message>
    <message>
        <source>Regional fund</source>
        <translation>Regiofonds</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>General (split by key)</source>
        <translation>Algemeen (verdeeld met verdeelsleutel)</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>Alle scenario’s</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Dekkingsbron</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Of municipality</source>
        <translation>Van gemeente</translation>
    </message>
    <message>
        <source>Counts in</source>
        <translation>Telt mee in</translation>
    </message>
    <message>
        <source>Money of one municipality counts for it; general funding is divided over a scenario&apos;s partners by the scenario&apos;s key.</source>
        <translation>Geld van één gemeente telt mee voor die gemeente; algemene dekking wordt met de verdeelsleutel van het scenario over de partners verdeeld.</translation>
    </message>
    <message>
        <source>A source can count in every scenario or only in one.</source>
        <translation>Een bron kan in elk scenario meetellen of in maar één.</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>Totaal aantal uren</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} hours&lt;/b&gt; asked of internal staff in all</source>
        <translation>In totaal &lt;b&gt;{0} uur&lt;/b&gt; gevraagd van interne medewerkers</translation>
    </message>
    <message>
        <source>No hours of internal staff yet: give lines of hours a role and whose staff.</source>
        <translation>Nog geen uren van interne medewerkers: vul bij urenregels een rol in en van wie de medewerkers zijn.</translation>
    </message>
</context>
<context>
    <name>HoursTableModel</name>
    <message>
        <source>Total {0}</source>
        <translation>Totaal {0}</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Hours
per week</source>
        <translation>Uren
per week</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
</context>
<context>
    <name>ImpactMap</name>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <source>{0}. {1}
Impact {2}, effort {3}: {4}</source>
        <translation>{0}. {1}
Impact {2}, inspanning {3}: {4}</translation>
    </message>
</context>
<context>
    <name>ImpactMapTab</name>
    <message>
        <source>All workshops</source>
        <translation>Alle workshops</translation>
    </message>
    <message>
        <source>{0} of {1} on the map</source>
        <translation>{0} van {1} op de kaart</translation>
    </message>
    <message>
        <source>Select a theme or challenge in the list.</source>
        <translation>Selecteer een thema of uitdaging in de lijst.</translation>
    </message>
    <message>
        <source>Not on the map yet</source>
        <translation>Nog niet op de kaart</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>W&amp;orkshop:</translation>
    </message>
    <message>
        <source>Themes and &amp;challenges</source>
        <translation>Thema’s en &amp;uitdagingen</translation>
    </message>
    <message>
        <source>Imp&amp;act</source>
        <translation>Imp&amp;act</translation>
    </message>
    <message>
        <source>Effor&amp;t</source>
        <translation>I&amp;nspanning</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <source>&amp;Place on the map</source>
        <translation>Op de &amp;kaart plaatsen</translation>
    </message>
    <message>
        <source>Take &amp;off the map</source>
        <translation>&amp;Van de kaart halen</translation>
    </message>
    <message>
        <source>Drag a dot to another square, or use the arrow keys on the map (Ctrl+arrow keys in the list).</source>
        <translation>Sleep een stip naar een ander vak, of gebruik de pijltoetsen op de kaart (Ctrl+pijltoetsen in de lijst).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>row {row}, column “{column}”: {reason}</source>
        <translation>rij {row}, kolom “{column}”: {reason}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>rij {row}: {reason}</translation>
    </message>
    <message>
        <source>{name} was not imported; nothing has been added. Problems: {count}.</source>
        <translation>{name} is niet geïmporteerd; er is niets toegevoegd. Aantal problemen: {count}.</translation>
    </message>
    <message>
        <source>There is no column “{dutch}” (or “{english}”); the first row must hold the column headers.</source>
        <translation>Er is geen kolom “{dutch}” (of “{english}”); de eerste rij moet de kolomkoppen bevatten.</translation>
    </message>
    <message>
        <source>Column {letter} repeats column {first_letter} (“{first}”); keep only one of them.</source>
        <translation>Kolom {letter} herhaalt kolom {first_letter} (“{first}”); houd er maar één van over.</translation>
    </message>
    <message>
        <source>{name} has the column headers but no rows with challenges below them.</source>
        <translation>{name} heeft wel kolomkoppen, maar geen rijen met uitdagingen eronder.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows with challenges; split it into smaller files.</source>
        <translation>{name} heeft meer dan {limit} rijen met uitdagingen; verdeel het over kleinere bestanden.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} are allowed.</source>
        <translation>De tekst is {length} tekens lang; maximaal {limit} is toegestaan.</translation>
    </message>
    <message>
        <source>The challenge is empty while other cells of the row are filled in.</source>
        <translation>De uitdaging is leeg, terwijl andere cellen van de rij wel zijn ingevuld.</translation>
    </message>
    <message>
        <source>The domain is empty; use one of: {choices}.</source>
        <translation>Het domein is leeg; gebruik een van: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a domain of this project; use one of: {choices}.</source>
        <translation>“{value}” is geen domein van dit traject; gebruik een van: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a municipality of this project; use a name or CBS code of: {choices}.</source>
        <translation>“{value}” is geen gemeente van dit traject; gebruik de naam of CBS-code van: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a municipality of this project, which has no municipalities yet.</source>
        <translation>“{value}” is geen gemeente van dit traject; het traject heeft nog geen gemeenten.</translation>
    </message>
    <message>
        <source>“{value}” is not a workshop of this project; use one of: {choices}.</source>
        <translation>“{value}” is geen workshop van dit traject; gebruik een van: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a workshop of this project, which has no workshops yet.</source>
        <translation>“{value}” is geen workshop van dit traject; het traject heeft nog geen workshops.</translation>
    </message>
    <message>
        <source>Workshop “{value}” belongs to domain {workshop_domain}, not to {domain}.</source>
        <translation>Workshop “{value}” hoort bij domein {workshop_domain}, niet bij {domain}.</translation>
    </message>
    <message>
        <source>The project has {count} workshops called “{value}” in domain {domain}; give them different titles first.</source>
        <translation>Het traject heeft {count} workshops met de naam “{value}” in domein {domain}; geef ze eerst verschillende titels.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({detail}).</source>
        <translation>{name} kan niet worden gelezen ({detail}).</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Het bestand {name} bestaat niet.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) or a CSV file (.csv); choose one of those.</source>
        <translation>{name} is geen Excel-werkmap (.xlsx) of CSV-bestand (.csv); kies een van beide.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} is leeg.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; split it into smaller files.</source>
        <translation>{name} is groter dan {limit} MB; verdeel het over kleinere bestanden.</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (.xlsx): the file is damaged or of another kind. Save it again from Excel as .xlsx or as CSV.</source>
        <translation>{name} kan niet worden gelezen als Excel-werkmap (.xlsx): het bestand is beschadigd of van een ander type. Sla het in Excel opnieuw op als .xlsx of als CSV.</translation>
    </message>
    <message>
        <source>{name} is protected with a password or is an old Excel file (.xls). Save it from Excel as an .xlsx workbook without a password, or as CSV.</source>
        <translation>{name} is beveiligd met een wachtwoord of is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx-werkmap zonder wachtwoord, of als CSV.</translation>
    </message>
    <message>
        <source>{name} is not a text file, so it cannot be a CSV file; choose a .csv or .xlsx file.</source>
        <translation>{name} is geen tekstbestand en kan dus geen CSV-bestand zijn; kies een .csv- of .xlsx-bestand.</translation>
    </message>
    <message>
        <source>The row cannot be read as CSV ({detail}); check the quotes (&quot;) in and before it.</source>
        <translation>De rij kan niet als CSV worden gelezen ({detail}); controleer de aanhalingstekens (&quot;) in en vóór deze rij.</translation>
    </message>
    <message>
        <source>{name} has more rows than a worksheet can hold ({limit}).</source>
        <translation>{name} heeft meer rijen dan een werkblad kan bevatten ({limit}).</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>&amp;Import challenges…</source>
        <translation>Uitdagingen &amp;importeren…</translation>
    </message>
    <message>
        <source>Add challenges from an Excel workbook or a CSV file, after a preview</source>
        <translation>Uitdagingen toevoegen uit een Excel-werkmap of een CSV-bestand, na een voorbeeldweergave</translation>
    </message>
    <message>
        <source>Excel or CSV ({0})</source>
        <translation>Excel of CSV ({0})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import challenges</source>
        <translation>Uitdagingen importeren</translation>
    </message>
    <message>
        <source>Reading and checking {0}…</source>
        <translation>{0} wordt gelezen en gecontroleerd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <source>Import 1 challenge from {1}</source>
        <translation>1 uitdaging importeren uit {1}</translation>
    </message>
    <message>
        <source>Import {0} challenges from {1}</source>
        <translation>{0} uitdagingen importeren uit {1}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>{0} challenges imported from {1}</source>
        <translation>{0} uitdagingen geïmporteerd uit {1}</translation>
    </message>
</context>
<context>
    <name>ImportIssueModel</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>The project already has this challenge; it will be added again.</source>
        <translation>Deze uitdaging staat al in het traject; ze wordt nogmaals toegevoegd.</translation>
    </message>
    <message>
        <source>The same challenge as row {0}; both rows will be added.</source>
        <translation>Dezelfde uitdaging als rij {0}; beide rijen worden toegevoegd.</translation>
    </message>
    <message>
        <source>row {0}: {1}</source>
        <translation>rij {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Rows without problems: {0}</source>
        <translation>Rijen zonder problemen: {0}</translation>
    </message>
    <message>
        <source>Challenges to add: {0}</source>
        <translation>Toe te voegen uitdagingen: {0}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Import 1 challenge</source>
        <translation>1 uitdaging &amp;importeren</translation>
    </message>
    <message>
        <source>&amp;Import {0} challenges</source>
        <translation>{0} uitdagingen &amp;importeren</translation>
    </message>
    <message>
        <source>Nothing is added while there are problems.</source>
        <translation>Zolang er problemen zijn, wordt er niets toegevoegd.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Problems: {0}   Warnings: {1}</source>
        <translation>Problemen: {0}   Waarschuwingen: {1}</translation>
    </message>
    <message>
        <source>Problems: {0}</source>
        <translation>Problemen: {0}</translation>
    </message>
    <message>
        <source>Warnings: {0}</source>
        <translation>Waarschuwingen: {0}</translation>
    </message>
    <message>
        <source>{0} cannot be read as a list of challenges; nothing has been added.</source>
        <translation>{0} kan niet worden gelezen als lijst met uitdagingen; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>{0} cannot be imported yet: {1} problems. Nothing has been added.</source>
        <translation>{0} kan nog niet worden geïmporteerd: {1} problemen. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>{0}: {1} challenges will be added in one step; one undo removes them all.</source>
        <translation>{0}: {1} uitdagingen worden in één stap toegevoegd; één keer Ongedaan maken verwijdert ze allemaal.</translation>
    </message>
    <message>
        <source>Import challenges</source>
        <translation>Uitdagingen importeren</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>Problemen en waarschuwingen</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>Problemen &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy every problem as text, to fix the file or mail it</source>
        <translation>Alle problemen als tekst kopiëren, om het bestand te verbeteren of ze te mailen</translation>
    </message>
    <message>
        <source>Nothing is added while there are problems. Correct them in the file and import it again.</source>
        <translation>Zolang er problemen zijn, wordt er niets toegevoegd. Verbeter ze in het bestand en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} kan niet worden gelezen: {1}</translation>
    </message>
    <message>
        <source>The import failed unexpectedly.</source>
        <translation>Het importeren is onverwacht mislukt.</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Delete row</source>
        <translation>Rij verwijderen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Delete (in the table)</source>
        <translation>Delete (in de tabel)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>KeySharesModel</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>Equal shares</source>
        <translation>Gelijke delen</translation>
    </message>
    <message>
        <source>By inhabitants</source>
        <translation>Naar inwoners</translation>
    </message>
    <message>
        <source>Custom percentages</source>
        <translation>Eigen percentages</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Verdeelsleutel</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenario’s</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>Choose a key.</source>
        <translation>Kies een verdeelsleutel.</translation>
    </message>
    <message>
        <source>“{0}”: every partner of a scenario pays the same share.</source>
        <translation>“{0}”: elke partner van een scenario betaalt hetzelfde aandeel.</translation>
    </message>
    <message>
        <source>“{0}”: partners pay in proportion to their inhabitants (CBS).</source>
        <translation>“{0}”: partners betalen naar verhouding van hun aantal inwoners (CBS).</translation>
    </message>
    <message>
        <source>“{0}”: these percentages, together exactly 100%.</source>
        <translation>“{0}”: deze percentages, samen precies 100%.</translation>
    </message>
    <message>
        <source>Sum {0}</source>
        <translation>Totaal {0}</translation>
    </message>
    <message>
        <source>{0} too much</source>
        <translation>{0} te veel</translation>
    </message>
    <message>
        <source>{0} short</source>
        <translation>{0} te weinig</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kostensoort</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Uurtarief</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Ten laste van</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Staff of</source>
        <translation>Medewerkers van</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Uren/week</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Hours per week; with weeks they give the hours.</source>
        <translation>Uren per week; samen met het aantal weken geven ze de uren.</translation>
    </message>
    <message>
        <source>Number of weeks; with hours per week they give the hours.</source>
        <translation>Aantal weken; samen met de uren per week geven ze de uren.</translation>
    </message>
    <message>
        <source>The shared pool is split between a scenario&apos;s partners.</source>
        <translation>De gezamenlijke pot wordt verdeeld over de partners van een scenario.</translation>
    </message>
    <message>
        <source>Whose employee works these hours (hours asked).</source>
        <translation>Van welke gemeente de medewerker is die deze uren maakt (gevraagde uren).</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Vast bedrag</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation>Gezamenlijke pot</translation>
    </message>
    <message>
        <source>Default: {0}</source>
        <translation>Standaard: {0}</translation>
    </message>
    <message>
        <source>{0} hours × {1} = {2}</source>
        <translation>{0} uur × {1} = {2}</translation>
    </message>
    <message>
        <source>{0} hours per week × {1} weeks</source>
        <translation>{0} uur per week × {1} weken</translation>
    </message>
    <message>
        <source>{0}: the project&apos;s default internal rate</source>
        <translation>{0}: het standaard interne tarief van het traject</translation>
    </message>
</context>
<context>
    <name>LinesTab</name>
    <message>
        <source>&lt;b&gt;Total {0}&lt;/b&gt;: shared pool {1}, borne by one municipality {2}</source>
        <translation>&lt;b&gt;Totaal {0}&lt;/b&gt;: gezamenlijke pot {1}, voor rekening van één gemeente {2}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>The project needs a phase and a cost category first.</source>
        <translation>Voeg eerst een fase en een kostensoort aan het traject toe.</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Nieuwe begrotingsregel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>&amp;Demoproject openen</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>&amp;About DGW Desktop</source>
        <translation>&amp;Over DGW Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} geopend</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>New project.dgw</source>
        <translation>Nieuw traject.dgw</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Traject opslaan als</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Opgeslagen om {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>About DGW Desktop</source>
        <translation>Over DGW Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DGW Desktop {0}&lt;/h3&gt;&lt;p&gt;Prepare a data-driven working pilot with several municipalities: workshops, challenges, topics, team and budget, offline.&lt;/p&gt;&lt;p&gt;Every change is saved in the project file at once.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DGW Desktop {0}&lt;/h3&gt;&lt;p&gt;Bereid met meerdere gemeenten een pilot datagedreven werken voor: workshops, uitdagingen, onderwerpen, team en begroting, offline.&lt;/p&gt;&lt;p&gt;Elke wijziging wordt direct in het trajectbestand opgeslagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used the next time DGW Desktop starts.</source>
        <translation>De nieuwe taal wordt gebruikt zodra DGW Desktop opnieuw wordt gestart.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Steering committee: choice of pilot topic</source>
        <translation>bijv. Stuurgroep: keuze van het pilotonderwerp</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Members present</source>
        <translation>&amp;Aanwezige leden</translation>
    </message>
    <message>
        <source>One name per line, e.g. Alderman M. Jansen (Goirle, chair)</source>
        <translation>Eén naam per regel, bijv. wethouder M. Jansen (Goirle, voorzitter)</translation>
    </message>
    <message>
        <source>A&amp;genda items</source>
        <translation>A&amp;gendapunten</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Eén punt per regel</translation>
    </message>
    <message>
        <source>Enter starts a new line in the lists; Ctrl+Enter saves.</source>
        <translation>Enter begint een nieuwe regel in de lijsten; Ctrl+Enter slaat op.</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Aanwezige leden</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;CBS code</source>
        <translation>&amp;CBS-code</translation>
    </message>
    <message>
        <source>&amp;Inhabitants</source>
        <translation>&amp;Inwoners</translation>
    </message>
    <message>
        <source>&amp;Partner in the pilot (otherwise a possible partner)</source>
        <translation>&amp;Partner in de pilot (anders een mogelijke partner)</translation>
    </message>
</context>
<context>
    <name>MunicipalityTableModel</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation>CBS-code</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Possible partner</source>
        <translation>Mogelijke partner</translation>
    </message>
</context>
<context>
    <name>NamedListModel</name>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Cost category</source>
        <translation>Kostensoort</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Budget lines that use it; only an unused one can be deleted</source>
        <translation>Begrotingsregels die deze gebruiken; alleen een ongebruikte kan worden verwijderd</translation>
    </message>
    <message>
        <source>Press F2 to rename</source>
        <translation>Druk op F2 om de naam te wijzigen</translation>
    </message>
</context>
<context>
    <name>OriginChooserDialog</name>
    <message>
        <source>Choose themes or challenges</source>
        <translation>Kies thema’s of uitdagingen</translation>
    </message>
    <message>
        <source>Type to find a theme or challenge</source>
        <translation>Typ om een thema of uitdaging te zoeken</translation>
    </message>
    <message>
        <source>“Feeds topics” shows the topics a theme or challenge already feeds. Select several with Ctrl or Shift and the arrow keys.</source>
        <translation>“Basis voor onderwerpen” toont de onderwerpen waarvoor een thema of uitdaging al de basis vormt. Selecteer er meerdere met Ctrl of Shift en de pijltoetsen.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{0} partner municipalities with {1} inhabitants together</source>
        <translation>{0} partnergemeenten met samen {1} inwoners</translation>
    </message>
    <message>
        <source>There are no partner municipalities yet.</source>
        <translation>Er zijn nog geen partnergemeenten.</translation>
    </message>
    <message>
        <source>✔ Every partner had input in every domain.</source>
        <translation>✔ Elke partner heeft inbreng gehad in elk domein.</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <source>⚠ No input yet from: {0}.</source>
        <translation>⚠ Nog geen inbreng van: {0}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>New municipality</source>
        <translation>Nieuwe gemeente</translation>
    </message>
    <message>
        <source>Edit municipality</source>
        <translation>Gemeente bewerken</translation>
    </message>
    <message>
        <source>New domain</source>
        <translation>Nieuw domein</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Rename domain</source>
        <translation>Domeinnaam wijzigen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Add municipality…</source>
        <translation>Gemeente toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <source>Add domain…</source>
        <translation>Domein toevoegen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Input per municipality</source>
        <translation>Inbreng per gemeente</translation>
    </message>
    <message>
        <source>Participants per partner in each domain&apos;s workshops.</source>
        <translation>Deelnemers per partner in de workshops van elk domein.</translation>
    </message>
</context>
<context>
    <name>ParticipantCommands</name>
    <message>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Deelnemer bewerken</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>Delete {0} participants</source>
        <translation>{0} deelnemers verwijderen</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>{0} (not taking part)</source>
        <translation>{0} (neemt niet deel)</translation>
    </message>
    <message>
        <source>Save and add &amp;another</source>
        <translation>Opslaan en nog een &amp;toevoegen</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>e.g. Sociaal domein, Financiën</source>
        <translation>bijv. Sociaal domein, Financiën</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>optional: leave empty to keep the participant anonymous</source>
        <translation>optioneel: leeg laten om de deelnemer anoniem te houden</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anoniem)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants: select a workshop above</source>
        <translation>Deelnemers: selecteer hierboven een workshop</translation>
    </message>
    <message>
        <source>Participants of {0}</source>
        <translation>Deelnemers van {0}</translation>
    </message>
    <message>
        <source>{0} participants in total.</source>
        <translation>In totaal {0} deelnemers.</translation>
    </message>
    <message>
        <source>No one yet from: {0}.</source>
        <translation>Nog niemand van: {0}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Deelnemer bewerken</translation>
    </message>
    <message>
        <source>Add &amp;participant…</source>
        <translation>Deelnemer &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Edit part&amp;icipant…</source>
        <translation>Deelnemer bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Remo&amp;ve participant</source>
        <translation>Deelnemer ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Attendance per municipality</source>
        <translation>Aanwezigheid per gemeente</translation>
    </message>
</context>
<context>
    <name>PhasesDialog</name>
    <message>
        <source>Undo {0} (Ctrl+Z)</source>
        <translation>{0} ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {0} (Ctrl+Shift+Z)</source>
        <translation>{0} opnieuw (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>PlacementTableModel</name>
    <message>
        <source>not placed</source>
        <translation>niet geplaatst</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Theme or challenge</source>
        <translation>Thema of uitdaging</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
</context>
<context>
    <name>PlannedChallengeModel</name>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <source>&amp;Dot voting</source>
        <translation>&amp;Stippen plakken</translation>
    </message>
    <message>
        <source>Criteria &amp;scoring</source>
        <translation>&amp;Criteria scoren</translation>
    </message>
    <message>
        <source>&amp;Impact–effort map</source>
        <translation>&amp;Impact-inspanningskaart</translation>
    </message>
    <message>
        <source>Prioritising</source>
        <translation>Prioriteren</translation>
    </message>
</context>
<context>
    <name>PriorityCommands</name>
    <message>
        <source>Add round</source>
        <translation>Ronde toevoegen</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>Ronde bewerken</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Ronde verwijderen</translation>
    </message>
    <message>
        <source>{0} dots for “{1}”</source>
        <translation>{0} stippen voor “{1}”</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <source>Add default criteria</source>
        <translation>Standaardcriteria toevoegen</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Criterium bewerken</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>Criterium verwijderen</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Score wissen</translation>
    </message>
    <message>
        <source>Score {0}</source>
        <translation>Score {0} geven</translation>
    </message>
    <message>
        <source>Place “{0}” on the map</source>
        <translation>“{0}” op de kaart plaatsen</translation>
    </message>
    <message>
        <source>Take “{0}” off the map</source>
        <translation>“{0}” van de kaart halen</translation>
    </message>
</context>
<context>
    <name>PriorityTab</name>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>Edit project details</source>
        <translation>Trajectgegevens bewerken</translation>
    </message>
    <message>
        <source>Add municipality</source>
        <translation>Gemeente toevoegen</translation>
    </message>
    <message>
        <source>Edit municipality</source>
        <translation>Gemeente bewerken</translation>
    </message>
    <message>
        <source>Delete municipality</source>
        <translation>Gemeente verwijderen</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Domein toevoegen</translation>
    </message>
    <message>
        <source>Rename domain</source>
        <translation>Domeinnaam wijzigen</translation>
    </message>
    <message>
        <source>Delete domain</source>
        <translation>Domein verwijderen</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Uitdagingen</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema’s</translation>
    </message>
    <message>
        <source>Prioritising</source>
        <translation>Prioriteren</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Stuurgroep</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>across domains</source>
        <translation>domeinoverstijgend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Strategic question</source>
        <translation>Strategische vraag</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Taking a topic off the meeting keeps its status.</source>
        <translation>Een onderwerp dat van de vergadering wordt gehaald, behoudt zijn status.</translation>
    </message>
    <message>
        <source>Marked for proposal: the topics chosen on the comparison.</source>
        <translation>Gemarkeerd voor voorstel: de onderwerpen die in de vergelijking zijn gekozen.</translation>
    </message>
    <message>
        <source>marked for proposal</source>
        <translation>gemarkeerd voor voorstel</translation>
    </message>
    <message>
        <source>(no strategic question yet)</source>
        <translation>(nog geen strategische vraag)</translation>
    </message>
    <message>
        <source>Put topics to the meeting</source>
        <translation>Onderwerpen voorleggen aan de vergadering</translation>
    </message>
    <message>
        <source>Tick the &amp;topics to put to this meeting (Space ticks the current one). A topic put to a meeting becomes proposed; it needs a strategic question.</source>
        <translation>Vink de &amp;onderwerpen aan die aan deze vergadering worden voorgelegd (Spatie vinkt het huidige aan). Een voorgelegd onderwerp wordt voorgesteld; het heeft een strategische vraag nodig.</translation>
    </message>
    <message>
        <source>&amp;Show all topics, not only those marked for proposal</source>
        <translation>&amp;Alle onderwerpen weergeven, niet alleen de onderwerpen die zijn gemarkeerd voor voorstel</translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <source>Quick wins</source>
        <translation>Quick wins</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>Grote projecten</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Opvullers</translation>
    </message>
    <message>
        <source>Don&apos;t do</source>
        <translation>Niet doen</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <source>The participants disagree:</source>
        <translation>De deelnemers verschillen van mening:</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Verdeeldheid</translation>
    </message>
    <message>
        <source>(C)</source>
        <translation>(C)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Theme or challenge</source>
        <translation>Thema of uitdaging</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>(C): the consensus score; otherwise the participants&apos; mean</source>
        <translation>(C): de consensusscore; anders het gemiddelde van de deelnemers</translation>
    </message>
</context>
<context>
    <name>RateTableModel</name>
    <message>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per uur</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Budget lines that use this rate (also as the default)</source>
        <translation>Begrotingsregels die dit tarief gebruiken (ook als standaardtarief)</translation>
    </message>
    <message>
        <source>{0} (default)</source>
        <translation>{0} (standaard)</translation>
    </message>
    <message>
        <source>Lines of hours without a rate of their own use this rate.</source>
        <translation>Regels met uren zonder eigen tarief gebruiken dit tarief.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Middelen</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <source>Turn the shared challenges and themes into candidate topics.</source>
        <translation>Werk de gedeelde uitdagingen en thema’s uit tot kandidaat-onderwerpen.</translation>
    </message>
    <message>
        <source>Mark the topics to propose to the steering committee.</source>
        <translation>Markeer de onderwerpen die aan de stuurgroep worden voorgesteld.</translation>
    </message>
    <message>
        <source>Topic “{title}” has no strategic question.</source>
        <translation>Onderwerp “{title}” heeft geen strategische vraag.</translation>
    </message>
    <message>
        <source>The steering committee has not chosen a topic yet.</source>
        <translation>De stuurgroep heeft nog geen onderwerp gekozen.</translation>
    </message>
    <message>
        <source>No topic chosen yet.</source>
        <translation>Nog geen onderwerp gekozen.</translation>
    </message>
    <message>
        <source>No data sources recorded for “{title}” yet.</source>
        <translation>Nog geen databronnen vastgelegd voor “{title}”.</translation>
    </message>
    <message>
        <source>No roles recorded for “{title}” yet.</source>
        <translation>Nog geen rollen vastgelegd voor “{title}”.</translation>
    </message>
    <message>
        <source>No actions recorded for “{title}” yet.</source>
        <translation>Nog geen acties vastgelegd voor “{title}”.</translation>
    </message>
    <message>
        <source>Data source “{name}” is only partly available.</source>
        <translation>Databron “{name}” is maar deels beschikbaar.</translation>
    </message>
    <message>
        <source>Data source “{name}” is not available yet.</source>
        <translation>Databron “{name}” is nog niet beschikbaar.</translation>
    </message>
    <message>
        <source>No one named yet for the role “{role}”.</source>
        <translation>Nog niemand aangewezen voor de rol “{role}”.</translation>
    </message>
    <message>
        <source>Action “{action}” is open (due {date}).</source>
        <translation>Actie “{action}” staat open (uiterlijk {date}).</translation>
    </message>
    <message>
        <source>Action “{action}” is open.</source>
        <translation>Actie “{action}” staat open.</translation>
    </message>
    <message>
        <source>The steering committee chose “{title}” on {date}.</source>
        <translation>De stuurgroep heeft op {date} gekozen voor “{title}”.</translation>
    </message>
    <message>
        <source>Strategic question: {question}</source>
        <translation>Strategische vraag: {question}</translation>
    </message>
    <message>
        <source>KPIs set: {count}.</source>
        <translation>Vastgestelde KPI’s: {count}.</translation>
    </message>
    <message>
        <source>No KPIs set for “{title}” yet.</source>
        <translation>Nog geen KPI’s vastgesteld voor “{title}”.</translation>
    </message>
    <message>
        <source>DGW wheel {percent} % ready (data {data} %, people {people} %, actions {actions} %).</source>
        <translation>DGW-wiel {percent} % gereed (data {data} %, mensen {people} %, acties {actions} %).</translation>
    </message>
    <message>
        <source>“{title}” chosen; DGW wheel {percent} % ready.</source>
        <translation>“{title}” gekozen; DGW-wiel {percent} % gereed.</translation>
    </message>
    <message>
        <source>Roles and candidates (data-analist, gegevenscoördinator) are recorded in a later version of DGW Desktop.</source>
        <translation>Rollen en kandidaten (data-analist, gegevenscoördinator) worden vastgelegd in een latere versie van DGW Desktop.</translation>
    </message>
    <message>
        <source>Find and appoint a data-analist and a gegevenscoördinator.</source>
        <translation>Zoek en benoem een data-analist en een gegevenscoördinator.</translation>
    </message>
    <message>
        <source>No budget has been drawn up yet.</source>
        <translation>Er is nog geen begroting opgesteld.</translation>
    </message>
    <message>
        <source>Draw up the budget, the cost split and the funding.</source>
        <translation>Stel de begroting, de kostenverdeling en de dekking op.</translation>
    </message>
    <message>
        <source>Budget: {total}.</source>
        <translation>Begroting: {total}.</translation>
    </message>
    <message>
        <source>The funding covers the budget.</source>
        <translation>De begroting is volledig gedekt.</translation>
    </message>
    <message>
        <source>{gap} of the budget is not covered by funding.</source>
        <translation>{gap} van de begroting is niet gedekt.</translation>
    </message>
    <message>
        <source>Proposed cost split: scenario “{name}”.</source>
        <translation>Voorgestelde kostenverdeling: scenario “{name}”.</translation>
    </message>
    <message>
        <source>Mark the scenario to propose for the cost split.</source>
        <translation>Markeer het scenario dat voor de kostenverdeling wordt voorgesteld.</translation>
    </message>
    <message>
        <source>{name}: {gap} of its share is not covered.</source>
        <translation>{name}: {gap} van het aandeel is niet gedekt.</translation>
    </message>
    <message>
        <source>Budget {total}; funded {funded}.</source>
        <translation>Begroting {total}; gedekt {funded}.</translation>
    </message>
</context>
<context>
    <name>ReadinessCard</name>
    <message>
        <source>This part of DGW Desktop is not available yet.</source>
        <translation>Dit onderdeel van DGW Desktop is nog niet beschikbaar.</translation>
    </message>
    <message>
        <source>Go to the page where this is done (Enter)</source>
        <translation>Naar de pagina waar dit gebeurt (Enter)</translation>
    </message>
</context>
<context>
    <name>ScenarioMembersModel</name>
    <message>
        <source>{0}: {1} inhabitants</source>
        <translation>{0}: {1} inwoners</translation>
    </message>
    <message>
        <source>A possible partner, not yet in the pilot</source>
        <translation>Een mogelijke partner, nog niet in de pilot</translation>
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Verdeelsleutel</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>The proposal to the steering committee</source>
        <translation>Het voorstel aan de stuurgroep</translation>
    </message>
    <message>
        <source>Cost {0}</source>
        <translation>Kosten {0}</translation>
    </message>
    <message>
        <source>Lines borne by municipalities outside it: {0}</source>
        <translation>Regels voor rekening van gemeenten buiten dit scenario: {0}</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Partners &amp;in “{0}”:</source>
        <translation>Partners &amp;in “{0}”:</translation>
    </message>
    <message>
        <source>Partners &amp;in this scenario:</source>
        <translation>Partners &amp;in dit scenario:</translation>
    </message>
    <message>
        <source>Add a cost-sharing key first.</source>
        <translation>Voeg eerst een verdeelsleutel toe.</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>The consensus score counts.</source>
        <translation>De consensusscore telt.</translation>
    </message>
    <message>
        <source>Mean of the participants&apos; scores: {0}</source>
        <translation>Gemiddelde van de scores van de deelnemers: {0}</translation>
    </message>
    <message>
        <source>No score yet.</source>
        <translation>Nog geen score.</translation>
    </message>
    <message>
        <source>Participants&apos; scores: {0}</source>
        <translation>Scores van de deelnemers: {0}</translation>
    </message>
    <message>
        <source>{0}
× {1}</source>
        <translation>{0}
× {1}</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>Dissent: on at least one criterion the participants&apos; scores lie 3 or more points apart (for example 1 and 4), or their standard deviation is 1.5 or more.</source>
        <translation>Verdeeldheid: op minstens één criterium liggen de scores van de deelnemers 3 of meer punten uit elkaar (bijvoorbeeld 1 en 4), of is hun standaarddeviatie 1,5 of meer.</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>&amp;Workshop:</source>
        <translation>W&amp;orkshop:</translation>
    </message>
    <message>
        <source>&amp;Theme or challenge:</source>
        <translation>&amp;Thema of uitdaging:</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>Criteria en wegingen</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nieuw criterium</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>weging </translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>Criterium toe&amp;voegen</translation>
    </message>
    <message>
        <source>&amp;Remove criterion</source>
        <translation>Criterium verwij&amp;deren</translation>
    </message>
    <message>
        <source>Add defa&amp;ult criteria</source>
        <translation>St&amp;andaardcriteria toevoegen</translation>
    </message>
    <message>
        <source>Scores 1–5</source>
        <translation>Scores 1–5</translation>
    </message>
    <message>
        <source>Type 1–5 per participant, or one consensus score per criterion (it overrides the participants&apos; scores). Delete: no score.</source>
        <translation>Typ 1–5 per deelnemer, of één consensusscore per criterium (die gaat vóór de scores van de deelnemers). Delete: geen score.</translation>
    </message>
    <message>
        <source>Weighted ranking</source>
        <translation>Gewogen rangorde</translation>
    </message>
    <message>
        <source>Whole &amp;project (all workshops)</source>
        <translation>Hele tra&amp;ject (alle workshops)</translation>
    </message>
</context>
<context>
    <name>Steering</name>
    <message>
        <source>Decisions are never changed or removed. To correct a decision, record a new decision that replaces it. Choosing a topic makes it chosen and puts the meeting&apos;s other proposals on hold, or rejects them if the committee says so.</source>
        <translation>Besluiten worden nooit gewijzigd of verwijderd. Corrigeer een besluit door een nieuw besluit vast te leggen dat het vervangt. Bij de keuze van een onderwerp wordt dat onderwerp gekozen en worden de andere voorstellen van de vergadering aangehouden, of afgewezen als de stuurgroep dat besluit.</translation>
    </message>
</context>
<context>
    <name>SteeringCommands</name>
    <message>
        <source>Add meeting</source>
        <translation>Vergadering toevoegen</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Vergadering bewerken</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Vergadering verwijderen</translation>
    </message>
    <message>
        <source>Put topics to meeting</source>
        <translation>Onderwerpen voorleggen aan vergadering</translation>
    </message>
</context>
<context>
    <name>SteeringPage</name>
    <message>
        <source>A decision is never edited or deleted; to put one right, record a correction. Recording asks for confirmation and is not an Undo step.</source>
        <translation>Een besluit kan niet worden gewijzigd of verwijderd; een correctie is een nieuw besluit. Vastleggen vraagt om bevestiging en valt niet onder Ongedaan maken.</translation>
    </message>
    <message>
        <source>Recording a decision is therefore not an Undo step (Ctrl+Z): you confirm it before it is written, and a mistake is put right with “Correct a decision…”, which records a new decision that replaces the old one; the old one stays here, struck through. Meetings and the topics put to them can be undone as usual, until the committee has decided on them. A review date that has passed is marked red.</source>
        <translation>Het vastleggen van een besluit valt daarom niet onder Ongedaan maken (Ctrl+Z): een besluit wordt pas opgeslagen na bevestiging, en een vergissing wordt hersteld met “Besluit corrigeren…”, dat een nieuw besluit vastlegt dat het oude vervangt; het oude blijft hier doorgestreept staan. Vergaderingen en de onderwerpen die eraan zijn voorgelegd, kunnen zoals gewoonlijk ongedaan worden gemaakt, totdat de stuurgroep erover heeft besloten. Een verstreken heroverwegingsdatum wordt rood gemarkeerd.</translation>
    </message>
    <message>
        <source>Select a meeting above, or add one (Ins).</source>
        <translation>Selecteer hierboven een vergadering, of voeg er een toe (Ins).</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(niets vastgelegd)</translation>
    </message>
    <message>
        <source>Meetings: {0}</source>
        <translation>Vergaderingen: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} decisions shown; {2} stand, {3} replaced</source>
        <translation>{0} van {1} besluiten weergegeven; {2} van kracht, {3} vervangen</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Vergadering bewerken</translation>
    </message>
    <message>
        <source>Select the meeting first.</source>
        <translation>Selecteer eerst de vergadering.</translation>
    </message>
    <message>
        <source>The committee has decided in this meeting, so what was put to it stays as it was. Add a new meeting to put topics to the committee again.</source>
        <translation>De stuurgroep heeft in deze vergadering besloten, dus wat is voorgelegd, blijft zoals het was. Voeg een nieuwe vergadering toe om opnieuw onderwerpen aan de stuurgroep voor te leggen.</translation>
    </message>
    <message>
        <source>There are no topics yet: add them on the Topics page.</source>
        <translation>Er zijn nog geen onderwerpen: voeg ze toe op de pagina Onderwerpen.</translation>
    </message>
    <message>
        <source>Add the meeting where the committee decided first.</source>
        <translation>Voeg eerst de vergadering toe waarin de stuurgroep heeft besloten.</translation>
    </message>
    <message>
        <source>Select the decision to correct.</source>
        <translation>Selecteer het te corrigeren besluit.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Stuurgroep</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Vergaderingen</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nieuwe vergadering…</translation>
    </message>
    <message>
        <source>Add a meeting of the steering committee (Ins)</source>
        <translation>Een vergadering van de stuurgroep toevoegen (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it meeting…</source>
        <translation>Vergadering bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Date, members present and agenda of the selected meeting (Enter)</source>
        <translation>Datum, aanwezige leden en agenda van de geselecteerde vergadering (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>Vergadering verwij&amp;deren</translation>
    </message>
    <message>
        <source>Delete the selected meeting; a meeting with decisions stays (Del)</source>
        <translation>De geselecteerde vergadering verwijderen; een vergadering met besluiten blijft bestaan (Del)</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Aanwezige leden</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Topics put to this meeting</source>
        <translation>Onderwerpen voorgelegd aan deze vergadering</translation>
    </message>
    <message>
        <source>&amp;Put topics to this meeting…</source>
        <translation>&amp;Onderwerpen voorleggen aan deze vergadering…</translation>
    </message>
    <message>
        <source>Choose the topics the committee decides on; they become proposed (Ctrl+P)</source>
        <translation>De onderwerpen kiezen waarover de stuurgroep besluit; ze worden voorgesteld (Ctrl+P)</translation>
    </message>
    <message>
        <source>Decisions of this meeting</source>
        <translation>Besluiten van deze vergadering</translation>
    </message>
    <message>
        <source>&amp;Record a decision…</source>
        <translation>Besluit vast&amp;leggen…</translation>
    </message>
    <message>
        <source>Write a decision of this meeting in the log (Ctrl+R)</source>
        <translation>Een besluit van deze vergadering in de besluitenlijst opnemen (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Correct a decision…</source>
        <translation>Besluit &amp;corrigeren…</translation>
    </message>
    <message>
        <source>Record a new decision that replaces the selected one (Ctrl+Shift+R)</source>
        <translation>Een nieuw besluit vastleggen dat het geselecteerde besluit vervangt (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Decision &amp;log</source>
        <translation>Besluitenl&amp;ijst</translation>
    </message>
    <message>
        <source>&amp;Correct the selected decision…</source>
        <translation>Geselecteerd besluit &amp;corrigeren…</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filteren (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>The file could not be changed: {0}</source>
        <translation>Het bestand kon niet worden gewijzigd: {0}</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>{0} of {1} shown</source>
        <translation>{0} van {1} weergegeven</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filteren (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>TargetKind</name>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
</context>
<context>
    <name>ThemeChoiceModel</name>
    <message>
        <source>{0}  —  {1}, {2} challenges</source>
        <translation>{0}  —  {1}, {2} uitdagingen</translation>
    </message>
    <message>
        <source>across domains</source>
        <translation>domeinoverstijgend</translation>
    </message>
</context>
<context>
    <name>ThemeChooserDialog</name>
    <message>
        <source>Choose a theme</source>
        <translation>Kies een thema</translation>
    </message>
    <message>
        <source>Type to find a theme</source>
        <translation>Typ om een thema te zoeken</translation>
    </message>
</context>
<context>
    <name>ThemeCommands</name>
    <message>
        <source>New theme “{0}”</source>
        <translation>Nieuw thema “{0}”</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Themanaam wijzigen</translation>
    </message>
    <message>
        <source>Merge {0} themes</source>
        <translation>{0} thema’s samenvoegen</translation>
    </message>
    <message>
        <source>Dissolve theme</source>
        <translation>Thema opheffen</translation>
    </message>
    <message>
        <source>Dissolve {0} themes</source>
        <translation>{0} thema’s opheffen</translation>
    </message>
    <message>
        <source>Take {0} challenges out of theme</source>
        <translation>{0} uitdagingen uit thema halen</translation>
    </message>
    <message>
        <source>Move {0} challenges to “{1}”</source>
        <translation>{0} uitdagingen verplaatsen naar “{1}”</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <source>Across domains</source>
        <translation>Domeinoverstijgend</translation>
    </message>
    <message>
        <source>&amp;Put the selected challenge in it</source>
        <translation>De geselecteerde uitdaging erin &amp;opnemen</translation>
    </message>
    <message>
        <source>&amp;Put the {0} selected challenges in it</source>
        <translation>De {0} geselecteerde uitdagingen erin &amp;opnemen</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>What the challenges have in common</source>
        <translation>Wat de uitdagingen gemeen hebben</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domein</translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <source>Across domains</source>
        <translation>Domeinoverstijgend</translation>
    </message>
    <message>
        <source>Shared by: {0}</source>
        <translation>Gedeeld door: {0}</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Nog niemand</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Uitdagingen</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>How many municipalities share the theme&apos;s challenges</source>
        <translation>Hoeveel gemeenten de uitdagingen van het thema delen</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <source>Challenges</source>
        <translation>Uitdagingen</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle domeinen</translation>
    </message>
    <message>
        <source>Select the theme to rename.</source>
        <translation>Selecteer het thema waarvan de naam moet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Select two or more themes to merge (Ctrl+click, Shift+arrows).</source>
        <translation>Selecteer twee of meer thema’s om samen te voegen (Ctrl+klik, Shift+pijltoetsen).</translation>
    </message>
    <message>
        <source>The other themes&apos; challenges, dots, scores and place on the map move to the chosen theme. Dots are added up; where both have a score, the chosen theme&apos;s score stays. No challenge is removed.</source>
        <translation>De uitdagingen, stippen, scores en plaats op de kaart van de andere thema’s gaan over naar het gekozen thema. Stippen worden opgeteld; waar beide een score hebben, blijft de score van het gekozen thema staan. Er wordt geen uitdaging verwijderd.</translation>
    </message>
    <message>
        <source>Merge {0} themes into:</source>
        <translation>{0} thema’s samenvoegen tot:</translation>
    </message>
    <message>
        <source>Merge themes</source>
        <translation>Thema’s samenvoegen</translation>
    </message>
    <message>
        <source>Select the themes to dissolve.</source>
        <translation>Selecteer de op te heffen thema’s.</translation>
    </message>
    <message>
        <source>Select one or more challenges first.</source>
        <translation>Selecteer eerst een of meer uitdagingen.</translation>
    </message>
    <message>
        <source>There is no theme to move to yet: make one with New theme.</source>
        <translation>Er is nog geen thema om naartoe te verplaatsen: maak er een met Nieuw thema.</translation>
    </message>
    <message>
        <source>Put the selected challenge in which theme?</source>
        <translation>In welk thema moet de geselecteerde uitdaging?</translation>
    </message>
    <message>
        <source>Put the {0} selected challenges in which theme?</source>
        <translation>In welk thema moeten de {0} geselecteerde uitdagingen?</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Verplaatsen naar thema</translation>
    </message>
    <message>
        <source>Select challenges inside a theme first.</source>
        <translation>Selecteer eerst uitdagingen binnen een thema.</translation>
    </message>
    <message>
        <source>{0} themes, {1} challenges in a theme</source>
        <translation>{0} thema’s, {1} uitdagingen in een thema</translation>
    </message>
    <message>
        <source>{0} of {1} challenges without a theme shown</source>
        <translation>{0} van {1} uitdagingen zonder thema weergegeven</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema’s</translation>
    </message>
    <message>
        <source>&amp;New theme…</source>
        <translation>&amp;Nieuw thema…</translation>
    </message>
    <message>
        <source>A new theme, with the selected challenges in it (Ins)</source>
        <translation>Een nieuw thema, met de geselecteerde uitdagingen erin (Ins)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Naam w&amp;ijzigen</translation>
    </message>
    <message>
        <source>Rename the theme in place (F2)</source>
        <translation>De naam van het thema ter plekke wijzigen (F2)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Samenvoegen…</translation>
    </message>
    <message>
        <source>Merge the selected themes into one of them (Ctrl+M)</source>
        <translation>De geselecteerde thema’s samenvoegen tot één van die thema’s (Ctrl+M)</translation>
    </message>
    <message>
        <source>D&amp;issolve</source>
        <translation>&amp;Opheffen</translation>
    </message>
    <message>
        <source>Remove the selected themes; their challenges stay, without a theme (Del)</source>
        <translation>De geselecteerde thema’s verwijderen; hun uitdagingen blijven, zonder thema (Del)</translation>
    </message>
    <message>
        <source>Move to &amp;theme…</source>
        <translation>Verplaatsen naar &amp;thema…</translation>
    </message>
    <message>
        <source>Put the selected challenges in a theme (Ctrl+T)</source>
        <translation>De geselecteerde uitdagingen in een thema plaatsen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Take &amp;out of theme</source>
        <translation>&amp;Uit thema halen</translation>
    </message>
    <message>
        <source>The selected challenges leave their theme (Ctrl+Shift+T)</source>
        <translation>De geselecteerde uitdagingen uit hun thema halen (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Theme&amp;s</source>
        <translation>Th&amp;ema’s</translation>
    </message>
    <message>
        <source>Challenges &amp;without a theme</source>
        <translation>Uitdagingen &amp;zonder thema</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domein</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filteren (Ctrl+F)</translation>
    </message>
    <message>
        <source>Drag challenges onto a theme, between themes, or back to the list on the right. By keyboard: select challenges and press Ctrl+T to put them in a theme, Ctrl+Shift+T or Del to take them out again. F2 renames a theme. A theme only groups: its challenges always stay.</source>
        <translation>Sleep uitdagingen naar een thema, tussen thema’s of terug naar de lijst rechts. Met het toetsenbord: selecteer uitdagingen en druk op Ctrl+T om ze in een thema te plaatsen, of op Ctrl+Shift+T of Del om ze er weer uit te halen. F2 wijzigt de naam van een thema. Een thema groepeert alleen: de uitdagingen blijven altijd bestaan.</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <source>Before the pilot</source>
        <translation>Vóór de pilot</translation>
    </message>
    <message>
        <source>During the pilot</source>
        <translation>Tijdens de pilot</translation>
    </message>
    <message>
        <source>After the pilot</source>
        <translation>Na de pilot</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gekozen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Aangehouden</translation>
    </message>
    <message>
        <source>A topic goes from idea to proposed once it has a strategic question; the project group can withdraw a proposal (back to idea), propose a topic on hold again, and reconsider a rejected one. Only a decision of the steering committee makes a topic chosen, rejected or on hold.</source>
        <translation>Een onderwerp gaat van idee naar voorgesteld zodra het een strategische vraag heeft; de projectgroep kan een voorstel intrekken (terug naar idee), een aangehouden onderwerp opnieuw voorstellen en een afgewezen onderwerp heroverwegen. Alleen een besluit van de stuurgroep maakt een onderwerp gekozen, afgewezen of aangehouden.</translation>
    </message>
</context>
<context>
    <name>TopicCommands</name>
    <message>
        <source>New topic “{0}”</source>
        <translation>Nieuw onderwerp “{0}”</translation>
    </message>
    <message>
        <source>Delete topic “{0}”</source>
        <translation>Onderwerp “{0}” verwijderen</translation>
    </message>
    <message>
        <source>Status “{0}”</source>
        <translation>Status “{0}”</translation>
    </message>
    <message>
        <source>Propose “{0}”</source>
        <translation>“{0}” voorstellen</translation>
    </message>
    <message>
        <source>Do not propose “{0}”</source>
        <translation>“{0}” niet voorstellen</translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <source>&amp;Add risk</source>
        <translation>Risico toevoe&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Add KPI</source>
        <translation>KPI toevoe&amp;gen</translation>
    </message>
    <message>
        <source>DGW &amp;wheel</source>
        <translation>DGW-wie&amp;l</translation>
    </message>
    <message>
        <source>✔ Marked to propose to the steering committee</source>
        <translation>✔ Gemarkeerd om aan de stuurgroep voor te stellen</translation>
    </message>
    <message>
        <source>Only the steering committee changes a chosen topic.</source>
        <translation>Alleen de stuurgroep kan een gekozen onderwerp wijzigen.</translation>
    </message>
    <message>
        <source>Across domains</source>
        <translation>Domeinoverstijgend</translation>
    </message>
    <message>
        <source>Edit topic “{0}”</source>
        <translation>Onderwerp “{0}” bewerken</translation>
    </message>
    <message>
        <source>Which themes or challenges did “{0}” grow from?</source>
        <translation>Uit welke thema’s of uitdagingen is “{0}” voortgekomen?</translation>
    </message>
    <message>
        <source>Add origins</source>
        <translation>Herkomst toevoegen</translation>
    </message>
    <message>
        <source>Remove origins</source>
        <translation>Herkomst verwijderen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Dom&amp;ain</source>
        <translation>Dom&amp;ein</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Strategic &amp;question</source>
        <translation>Strate&amp;gische vraag</translation>
    </message>
    <message>
        <source>The question the pilot must answer</source>
        <translation>De vraag die de pilot moet beantwoorden</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>Oms&amp;chrijving</translation>
    </message>
    <message>
        <source>O&amp;rigins</source>
        <translation>He&amp;rkomst</translation>
    </message>
    <message>
        <source>The themes and challenges this topic grew from. They stay as they are; the column on the right shows which other topics they also feed.</source>
        <translation>De thema’s en uitdagingen waaruit dit onderwerp is voortgekomen. Ze blijven zoals ze zijn; de kolom rechts toont voor welke andere onderwerpen ze ook de basis vormen.</translation>
    </message>
    <message>
        <source>&amp;Add origin…</source>
        <translation>Herkomst toevoe&amp;gen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve origin</source>
        <translation>Herkomst verwijder&amp;en</translation>
    </message>
    <message>
        <source>R&amp;isks</source>
        <translation>R&amp;isico’s</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPI’s</translation>
    </message>
</context>
<context>
    <name>TopicItemCommands</name>
    <message>
        <source>Add risk</source>
        <translation>Risico toevoegen</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>Risico bewerken</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Risico verwijderen</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI toevoegen</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>KPI bewerken</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>KPI verwijderen</translation>
    </message>
    <message>
        <source>Add data source</source>
        <translation>Databron toevoegen</translation>
    </message>
    <message>
        <source>Edit data source</source>
        <translation>Databron bewerken</translation>
    </message>
    <message>
        <source>Delete data source</source>
        <translation>Databron verwijderen</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rol toevoegen</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Rol bewerken</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rol verwijderen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Actie verwijderen</translation>
    </message>
</context>
<context>
    <name>TopicItemModel</name>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>1 (unlikely) to 5 (almost certain)</source>
        <translation>1 (onwaarschijnlijk) tot 5 (vrijwel zeker)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>1 (small) to 5 (very large)</source>
        <translation>1 (klein) tot 5 (zeer groot)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Kans × impact</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nieuw risico</translation>
    </message>
    <message>
        <source>A number the Dutch way (1.250,5) or a short text</source>
        <translation>Een getal in Nederlandse notatie (1.250,5) of een korte tekst</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Tijdens</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nieuwe KPI</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Databron</translation>
    </message>
    <message>
        <source>Owner / department</source>
        <translation>Eigenaar / afdeling</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kwaliteit</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>New data source</source>
        <translation>Nieuwe databron</translation>
    </message>
    <message>
        <source>Role needed</source>
        <translation>Benodigde rol</translation>
    </message>
    <message>
        <source>Person named</source>
        <translation>Aangewezen persoon</translation>
    </message>
    <message>
        <source>A role counts as filled once a person is named</source>
        <translation>Een rol telt als ingevuld zodra er iemand is aangewezen</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nieuwe rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>dd-mm-yyyy; empty: no date</source>
        <translation>dd-mm-jjjj; leeg: geen datum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>across domains</source>
        <translation>domeinoverstijgend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Wiel</translation>
    </message>
    <message>
        <source>Marked to propose to the steering committee</source>
        <translation>Gemarkeerd om aan de stuurgroep voor te stellen</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>C&amp;omparison</source>
        <translation>&amp;Vergelijking</translation>
    </message>
    <message>
        <source>{0} topics</source>
        <translation>{0} onderwerpen</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nieuw onderwerp</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Which themes does the new topic grow from? The themes stay as they are.</source>
        <translation>Uit welke thema’s komt het nieuwe onderwerp voort? De thema’s blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>New topic from theme</source>
        <translation>Nieuw onderwerp uit thema</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>&amp;Onderwerpen</translation>
    </message>
    <message>
        <source>&amp;New topic…</source>
        <translation>&amp;Nieuw onderwerp…</translation>
    </message>
    <message>
        <source>New topic from the&amp;me…</source>
        <translation>Nieuw onderwerp uit the&amp;ma…</translation>
    </message>
    <message>
        <source>&amp;Delete topic</source>
        <translation>Onderwerp verwij&amp;deren</translation>
    </message>
    <message>
        <source>No topic selected. Make one with New topic or New topic from theme.</source>
        <translation>Geen onderwerp geselecteerd. Maak er een met Nieuw onderwerp of Nieuw onderwerp uit thema.</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>UnassignedChallengesModel</name>
    <message>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{value}” is not a date; use dd-mm-yyyy.</source>
        <translation>“{value}” is geen datum; gebruik dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>“{value}” is not an existing date.</source>
        <translation>“{value}” is geen bestaande datum.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” is geen geheel getal.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in euros, like 1.234,56.</source>
        <translation>“{value}” is geen bedrag in euro’s, zoals 1.234,56.</translation>
    </message>
    <message>
        <source>“{value}” is not a number with at most {places} decimals, like 12,5.</source>
        <translation>“{value}” is geen getal met maximaal {places} decimalen, zoals 12,5.</translation>
    </message>
    <message>
        <source>Enter a number, like 12,5.</source>
        <translation>Vul een getal in, zoals 12,5.</translation>
    </message>
    <message>
        <source>Use at most {places} decimals.</source>
        <translation>Gebruik maximaal {places} decimalen.</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation>De tekst is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>An amount is a whole number of cents.</source>
        <translation>Een bedrag is een geheel aantal centen.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Een bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Dit bedrag is te groot.</translation>
    </message>
    <message>
        <source>A phase needs a name.</source>
        <translation>Geef de fase een naam.</translation>
    </message>
    <message>
        <source>There is already a phase “{name}”.</source>
        <translation>Er is al een fase “{name}”.</translation>
    </message>
    <message>
        <source>A cost category needs a name.</source>
        <translation>Geef de kostensoort een naam.</translation>
    </message>
    <message>
        <source>There is already a cost category “{name}”.</source>
        <translation>Er is al een kostensoort “{name}”.</translation>
    </message>
    <message>
        <source>A rate needs a name.</source>
        <translation>Geef het tarief een naam.</translation>
    </message>
    <message>
        <source>There is already a rate “{name}”.</source>
        <translation>Er is al een tarief “{name}”.</translation>
    </message>
    <message>
        <source>An hourly rate must be more than € 0,00.</source>
        <translation>Een uurtarief moet hoger zijn dan € 0,00.</translation>
    </message>
    <message>
        <source>Hours cannot be negative.</source>
        <translation>Het aantal uren kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>That is too many hours for one line.</source>
        <translation>Dat zijn te veel uren voor één regel.</translation>
    </message>
    <message>
        <source>A budget line needs a description.</source>
        <translation>Geef de begrotingsregel een omschrijving.</translation>
    </message>
    <message>
        <source>Choose one of the project&apos;s phases.</source>
        <translation>Kies een van de fasen van dit traject.</translation>
    </message>
    <message>
        <source>Choose one of the project&apos;s cost categories.</source>
        <translation>Kies een van de kostensoorten van dit traject.</translation>
    </message>
    <message>
        <source>A line is either hours or a fixed amount.</source>
        <translation>Een regel bevat óf uren óf een vast bedrag.</translation>
    </message>
    <message>
        <source>Weeks is a whole number from 0 to {maximum}.</source>
        <translation>Het aantal weken is een geheel getal van 0 tot en met {maximum}.</translation>
    </message>
    <message>
        <source>Choose an hourly rate: the project has no default internal rate.</source>
        <translation>Kies een uurtarief: het traject heeft geen standaard intern tarief.</translation>
    </message>
    <message>
        <source>Choose one of the project&apos;s rates.</source>
        <translation>Kies een van de tarieven van dit traject.</translation>
    </message>
    <message>
        <source>An hourly rate of € 0,00 cannot be used for hours.</source>
        <translation>Een uurtarief van € 0,00 kan niet voor uren worden gebruikt.</translation>
    </message>
    <message>
        <source>The project needs a name.</source>
        <translation>Geef het traject een naam.</translation>
    </message>
    <message>
        <source>A municipality needs a name.</source>
        <translation>Geef de gemeente een naam.</translation>
    </message>
    <message>
        <source>“{code}” is not a CBS municipality code; it looks like GM followed by four digits, e.g. GM0785.</source>
        <translation>“{code}” is geen CBS-gemeentecode; die bestaat uit GM gevolgd door vier cijfers, bijvoorbeeld GM0785.</translation>
    </message>
    <message>
        <source>The number of inhabitants must be more than 0.</source>
        <translation>Het aantal inwoners moet groter zijn dan 0.</translation>
    </message>
    <message>
        <source>There is already a municipality “{name}”.</source>
        <translation>Er is al een gemeente “{name}”.</translation>
    </message>
    <message>
        <source>CBS code {code} is already used by {name}.</source>
        <translation>CBS-code {code} wordt al gebruikt door {name}.</translation>
    </message>
    <message>
        <source>A domain needs a name.</source>
        <translation>Geef het domein een naam.</translation>
    </message>
    <message>
        <source>There is already a domain “{name}”.</source>
        <translation>Er is al een domein “{name}”.</translation>
    </message>
    <message>
        <source>A topic needs a title.</source>
        <translation>Geef het onderwerp een titel.</translation>
    </message>
    <message>
        <source>Choose one of the project&apos;s domains.</source>
        <translation>Kies een van de domeinen van dit traject.</translation>
    </message>
    <message>
        <source>A topic that has been proposed keeps its strategic question.</source>
        <translation>Een voorgesteld onderwerp behoudt zijn strategische vraag.</translation>
    </message>
    <message>
        <source>Only a decision of the steering committee can change “{current}” into “{new}”; record the decision instead.</source>
        <translation>Alleen een besluit van de stuurgroep kan “{current}” veranderen in “{new}”; leg in plaats daarvan het besluit vast.</translation>
    </message>
    <message>
        <source>A topic cannot go from “{current}” to “{new}”.</source>
        <translation>Een onderwerp kan niet van “{current}” naar “{new}” gaan.</translation>
    </message>
    <message>
        <source>Topic “{title}” needs a strategic question before it can be proposed.</source>
        <translation>Onderwerp “{title}” heeft een strategische vraag nodig voordat het kan worden voorgesteld.</translation>
    </message>
    <message>
        <source>Choose municipalities of this project.</source>
        <translation>Kies gemeenten van dit traject.</translation>
    </message>
    <message>
        <source>A workshop needs a title.</source>
        <translation>Geef de workshop een titel.</translation>
    </message>
    <message>
        <source>A challenge needs a text.</source>
        <translation>Vul de tekst van de uitdaging in.</translation>
    </message>
    <message>
        <source>Choose one of the project&apos;s workshops.</source>
        <translation>Kies een van de workshops van dit traject.</translation>
    </message>
    <message>
        <source>Choose one of the project&apos;s themes.</source>
        <translation>Kies een van de thema’s van dit traject.</translation>
    </message>
    <message>
        <source>Choose the municipality the participant works for.</source>
        <translation>Kies de gemeente waar de deelnemer werkt.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Geef het thema een naam.</translation>
    </message>
    <message>
        <source>There is already a theme “{name}”.</source>
        <translation>Er is al een thema “{name}”.</translation>
    </message>
    <message>
        <source>A voting round needs a name.</source>
        <translation>Geef de stemronde een naam.</translation>
    </message>
    <message>
        <source>Each participant gets a whole number of dots from 1 to {maximum}.</source>
        <translation>Elke deelnemer krijgt een geheel aantal stippen, van 1 tot en met {maximum}.</translation>
    </message>
    <message>
        <source>The number of dots is a whole number, 0 or more.</source>
        <translation>Het aantal stippen is een geheel getal, 0 of meer.</translation>
    </message>
    <message>
        <source>Round “{round}” has no dots to give yet: add the workshop&apos;s participants first.</source>
        <translation>Ronde “{round}” heeft nog geen stippen te verdelen: voeg eerst de deelnemers van de workshop toe.</translation>
    </message>
    <message>
        <source>Round “{round}” has {available} dots ({participants} participants × {per_participant}); this would make {total}.</source>
        <translation>Ronde “{round}” heeft {available} stippen ({participants} deelnemers × {per_participant}); zo zouden het er {total} worden.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Geef het criterium een naam.</translation>
    </message>
    <message>
        <source>The weight is a whole number from 1 to {maximum}.</source>
        <translation>De weging is een geheel getal van 1 tot en met {maximum}.</translation>
    </message>
    <message>
        <source>There is already a criterion “{name}”.</source>
        <translation>Er is al een criterium “{name}”.</translation>
    </message>
    <message>
        <source>Choose a whole number from {low} to {high}.</source>
        <translation>Kies een geheel getal van {low} tot en met {high}.</translation>
    </message>
    <message>
        <source>Domain “{name}” still has workshops or challenges.</source>
        <translation>Domein “{name}” heeft nog workshops of uitdagingen.</translation>
    </message>
    <message>
        <source>Domain “{name}” still has themes.</source>
        <translation>Domein “{name}” heeft nog thema&apos;s.</translation>
    </message>
    <message>
        <source>Domain “{name}” still has topics.</source>
        <translation>Domein “{name}” heeft nog onderwerpen.</translation>
    </message>
    <message>
        <source>Choose a challenge or theme of this project.</source>
        <translation>Kies een uitdaging of thema van dit traject.</translation>
    </message>
    <message>
        <source>Choose one of the criteria.</source>
        <translation>Kies een van de criteria.</translation>
    </message>
    <message>
        <source>Choose one of the workshop&apos;s participants.</source>
        <translation>Kies een van de deelnemers van de workshop.</translation>
    </message>
    <message>
        <source>Choose challenges of this project.</source>
        <translation>Kies uitdagingen van dit traject.</translation>
    </message>
    <message>
        <source>Choose at least one other theme to merge.</source>
        <translation>Kies minstens één ander thema om samen te voegen.</translation>
    </message>
    <message>
        <source>Choose one of the voting rounds.</source>
        <translation>Kies een van de stemrondes.</translation>
    </message>
    <message>
        <source>A percentage is from 0 to 100; {value} is not.</source>
        <translation>Een percentage loopt van 0 tot en met 100; {value} valt daarbuiten.</translation>
    </message>
    <message>
        <source>The percentages add up to {total}; they must add up to exactly 100%.</source>
        <translation>De percentages komen samen uit op {total}; dat moet precies 100% zijn.</translation>
    </message>
    <message>
        <source>A cost-sharing key needs a name.</source>
        <translation>Geef de verdeelsleutel een naam.</translation>
    </message>
    <message>
        <source>There is already a cost-sharing key “{name}”.</source>
        <translation>Er is al een verdeelsleutel “{name}”.</translation>
    </message>
    <message>
        <source>Share equally, by inhabitants or by custom percentages.</source>
        <translation>Verdeel gelijk, naar inwoners of met eigen percentages.</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Geef het scenario een naam.</translation>
    </message>
    <message>
        <source>There is already a scenario “{name}”.</source>
        <translation>Er is al een scenario “{name}”.</translation>
    </message>
    <message>
        <source>Choose one of the project&apos;s cost-sharing keys.</source>
        <translation>Kies een van de verdeelsleutels van dit traject.</translation>
    </message>
    <message>
        <source>A scenario needs at least one municipality.</source>
        <translation>Een scenario heeft minstens één gemeente nodig.</translation>
    </message>
    <message>
        <source>Key “{key}” gives no share to any municipality of this scenario.</source>
        <translation>Verdeelsleutel “{key}” geeft geen enkele gemeente van dit scenario een aandeel.</translation>
    </message>
    <message>
        <source>A funding source needs a name.</source>
        <translation>Geef de dekkingsbron een naam.</translation>
    </message>
    <message>
        <source>Choose the kind of funding.</source>
        <translation>Kies het soort dekking.</translation>
    </message>
    <message>
        <source>A municipality&apos;s own budget needs the municipality.</source>
        <translation>Kies bij een eigen budget van een gemeente ook de gemeente.</translation>
    </message>
    <message>
        <source>Choose one of the project&apos;s scenarios.</source>
        <translation>Kies een van de scenario’s van dit traject.</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Geef de vergadering een datum.</translation>
    </message>
    <message>
        <source>Write down what the committee decided.</source>
        <translation>Noteer wat de stuurgroep heeft besloten.</translation>
    </message>
    <message>
        <source>The review date cannot lie before the date of the decision.</source>
        <translation>De heroverwegingsdatum kan niet vóór de datum van het besluit liggen.</translation>
    </message>
    <message>
        <source>The other proposals can only be put on hold or rejected.</source>
        <translation>De andere voorstellen kunnen alleen worden aangehouden of afgewezen.</translation>
    </message>
    <message>
        <source>A decision cannot replace itself.</source>
        <translation>Een besluit kan zichzelf niet vervangen.</translation>
    </message>
    <message>
        <source>Choose one of the topics put to this meeting.</source>
        <translation>Kies een van de onderwerpen die aan deze vergadering zijn voorgelegd.</translation>
    </message>
    <message>
        <source>Another topic is already chosen by the committee; record this decision as a correction of that decision.</source>
        <translation>De stuurgroep heeft al een ander onderwerp gekozen; leg dit besluit vast als correctie van dat besluit.</translation>
    </message>
    <message>
        <source>A risk needs a description.</source>
        <translation>Geef het risico een omschrijving.</translation>
    </message>
    <message>
        <source>Enter a number or a short text.</source>
        <translation>Vul een getal of een korte tekst in.</translation>
    </message>
    <message>
        <source>A KPI needs a name.</source>
        <translation>Geef de KPI een naam.</translation>
    </message>
    <message>
        <source>Choose when the KPI is measured: before, during or after the pilot.</source>
        <translation>Kies wanneer de KPI wordt gemeten: vóór, tijdens of na de pilot.</translation>
    </message>
    <message>
        <source>A data source needs a name.</source>
        <translation>Geef de databron een naam.</translation>
    </message>
    <message>
        <source>Hours per week: a number from 0 to 168, with at most two decimals.</source>
        <translation>Uren per week: een getal van 0 tot en met 168, met maximaal twee decimalen.</translation>
    </message>
    <message>
        <source>Name the role needed.</source>
        <translation>Noem de benodigde rol.</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Omschrijf de actie.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Dit onderdeel bestaat niet meer.</translation>
    </message>
    <message>
        <source>Phase “{name}” has {count} budget lines; move or delete them first.</source>
        <translation>Fase “{name}” heeft {count} begrotingsregels; verplaats of verwijder die eerst.</translation>
    </message>
    <message>
        <source>Cost category “{name}” has {count} budget lines; move or delete them first.</source>
        <translation>Kostensoort “{name}” heeft {count} begrotingsregels; verplaats of verwijder die eerst.</translation>
    </message>
    <message>
        <source>This budget line no longer exists.</source>
        <translation>Deze begrotingsregel bestaat niet meer.</translation>
    </message>
    <message>
        <source>Key “{name}” is used by {count} scenarios; change them first.</source>
        <translation>Verdeelsleutel “{name}” wordt gebruikt door {count} scenario’s; wijzig die eerst.</translation>
    </message>
    <message>
        <source>This funding source no longer exists.</source>
        <translation>Deze dekkingsbron bestaat niet meer.</translation>
    </message>
    <message>
        <source>The default internal rate cannot be an external rate.</source>
        <translation>Het standaard interne tarief kan geen extern tarief zijn.</translation>
    </message>
    <message>
        <source>Rate “{name}” is used by {count} budget lines; change them first.</source>
        <translation>Tarief “{name}” wordt gebruikt door {count} begrotingsregels; wijzig die eerst.</translation>
    </message>
    <message>
        <source>{count} budget lines use the default internal rate; it cannot be empty.</source>
        <translation>{count} begrotingsregels gebruiken het standaard interne tarief; dat mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>Choose one of the steering committee&apos;s meetings.</source>
        <translation>Kies een van de vergaderingen van de stuurgroep.</translation>
    </message>
    <message>
        <source>This meeting has decisions in the log, so it stays; decisions are never removed.</source>
        <translation>Deze vergadering heeft besluiten in de besluitenlijst en blijft dus bestaan; besluiten worden nooit verwijderd.</translation>
    </message>
    <message>
        <source>The committee has decided in this meeting; what was put to it stays as it was.</source>
        <translation>De stuurgroep heeft in deze vergadering besloten; wat is voorgelegd, blijft zoals het was.</translation>
    </message>
    <message>
        <source>The steering committee has decided on topic “{title}” since; what was put to the meeting stays as it was.</source>
        <translation>De stuurgroep heeft inmiddels besloten over onderwerp “{title}”; wat aan de vergadering is voorgelegd, blijft zoals het was.</translation>
    </message>
    <message>
        <source>Choose one of the decisions in the log.</source>
        <translation>Kies een van de besluiten in de besluitenlijst.</translation>
    </message>
    <message>
        <source>That decision has been corrected already; correct the latest decision.</source>
        <translation>Dat besluit is al gecorrigeerd; corrigeer het meest recente besluit.</translation>
    </message>
    <message>
        <source>Choose one of the project&apos;s topics.</source>
        <translation>Kies een van de onderwerpen van dit traject.</translation>
    </message>
    <message>
        <source>This item no longer exists; it was removed.</source>
        <translation>Dit onderdeel bestaat niet meer; het is verwijderd.</translation>
    </message>
    <message>
        <source>The steering committee has decided on topic “{title}” since; that change can no longer be undone.</source>
        <translation>De stuurgroep heeft inmiddels besloten over onderwerp “{title}”; die wijziging kan niet meer ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The steering committee has decided on topic “{title}”; it stays, because the decision log refers to it.</source>
        <translation>De stuurgroep heeft besloten over onderwerp “{title}”; het blijft bestaan, omdat de besluitenlijst ernaar verwijst.</translation>
    </message>
    <message>
        <source>{name} is still used in this project (workshops, challenges, participants, budget or DGW wheel); remove it there first.</source>
        <translation>{name} wordt nog gebruikt in dit traject (workshops, uitdagingen, deelnemers, begroting of DGW-wiel); haal het daar eerst weg.</translation>
    </message>
</context>
<context>
    <name>VoteRoundDialog</name>
    <message>
        <source>{0} participants × {1} dots = {2} dots in this round</source>
        <translation>{0} deelnemers × {1} stippen = {2} stippen in deze ronde</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>Stemronde</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Dots per participant</source>
        <translation>&amp;Stippen per deelnemer</translation>
    </message>
</context>
<context>
    <name>VoteTableModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Theme or challenge</source>
        <translation>Thema of uitdaging</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
</context>
<context>
    <name>VotingTab</name>
    <message>
        <source>{0} ({1} dots each)</source>
        <translation>{0} ({1} stippen per deelnemer)</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Ronde {0}</translation>
    </message>
    <message>
        <source>New voting round</source>
        <translation>Nieuwe stemronde</translation>
    </message>
    <message>
        <source>Edit voting round</source>
        <translation>Stemronde bewerken</translation>
    </message>
    <message>
        <source>Add a workshop first.</source>
        <translation>Voeg eerst een workshop toe.</translation>
    </message>
    <message>
        <source>No voting round in this workshop yet: make one with New round.</source>
        <translation>Nog geen stemronde in deze workshop: maak er een met Nieuwe ronde.</translation>
    </message>
    <message>
        <source>No voting round chosen.</source>
        <translation>Geen stemronde gekozen.</translation>
    </message>
    <message>
        <source>Dots used: &lt;b&gt;{0}&lt;/b&gt; of {1} ({2} participants × {3}) &amp;nbsp;·&amp;nbsp; left: &lt;b style=&apos;color:{4}&apos;&gt;{5}&lt;/b&gt;</source>
        <translation>Gebruikte stippen: &lt;b&gt;{0}&lt;/b&gt; van {1} ({2} deelnemers × {3}) &amp;nbsp;·&amp;nbsp; over: &lt;b style=&apos;color:{4}&apos;&gt;{5}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} ({1}): {2} dots</source>
        <translation>{0} ({1}): {2} stippen</translation>
    </message>
    <message>
        <source>No dots given in this round yet.</source>
        <translation>In deze ronde zijn nog geen stippen gegeven.</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>W&amp;orkshop:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nieuwe ronde…</translation>
    </message>
    <message>
        <source>Edit r&amp;ound…</source>
        <translation>Ronde bewer&amp;ken…</translation>
    </message>
    <message>
        <source>De&amp;lete round</source>
        <translation>Ronde verwij&amp;deren</translation>
    </message>
    <message>
        <source>Do&amp;ts per theme or challenge</source>
        <translation>S&amp;tippen per thema of uitdaging</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filteren (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a number, or press + and − to give or take one dot. Delete: no dots.</source>
        <translation>Typ een getal, of druk op + of − om een stip te geven of af te nemen. Delete: geen stippen.</translation>
    </message>
    <message>
        <source>Results, most dots first</source>
        <translation>Resultaten, meeste stippen eerst</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Prepare a data-driven working pilot with several municipalities: workshops, shared challenges, topics, team and budget — all in one file on this laptop.</source>
        <translation>Bereid met meerdere gemeenten een pilot datagedreven werken voor: workshops, gedeelde uitdagingen, onderwerpen, team en begroting — alles in één bestand op deze laptop.</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>&amp;Demoproject openen</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recente trajecten</translation>
    </message>
</context>
<context>
    <name>Wheel</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Partly available</source>
        <translation>Deels beschikbaar</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Niet beschikbaar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Deels gereed</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Niet gereed</translation>
    </message>
    <message>
        <source>Not filled in yet</source>
        <translation>Nog niet ingevuld</translation>
    </message>
    <message>
        <source>Data: the average availability of the data sources; available counts 1, partly available ½ and not available 0.</source>
        <translation>Data: de gemiddelde beschikbaarheid van de databronnen; beschikbaar telt als 1, deels beschikbaar als ½ en niet beschikbaar als 0.</translation>
    </message>
    <message>
        <source>People: the share of the roles needed that have a person named.</source>
        <translation>Mensen: het aandeel van de benodigde rollen waarvoor iemand is aangewezen.</translation>
    </message>
    <message>
        <source>Actions: the share of the actions done.</source>
        <translation>Acties: het aandeel van de acties dat is afgerond.</translation>
    </message>
    <message>
        <source>Readiness per segment — Data: the average availability of the data sources (available 1, partly ½, not available 0); People: the share of roles with a person named; Actions: the share of actions done. A segment without items is 0 % (not filled in yet). The wheel: the average of the three segments. Green from 75 %, amber from 40 %, red below.</source>
        <translation>Gereedheid per segment — Data: de gemiddelde beschikbaarheid van de databronnen (beschikbaar 1, deels ½, niet beschikbaar 0); Mensen: het aandeel rollen waarvoor iemand is aangewezen; Acties: het aandeel afgeronde acties. Een segment zonder onderdelen staat op 0 % (nog niet ingevuld). Het wiel: het gemiddelde van de drie segmenten. Groen vanaf 75 %, oranje vanaf 40 %, daaronder rood.</translation>
    </message>
</context>
<context>
    <name>WheelTab</name>
    <message>
        <source>&amp;Add data source</source>
        <translation>Databron toevoe&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Add role</source>
        <translation>Rol toevoe&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>Actie toevoe&amp;gen</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle partners</translation>
    </message>
    <message>
        <source>Data &amp;sources — {0} %</source>
        <translation>Da&amp;tabronnen — {0} %</translation>
    </message>
    <message>
        <source>Peop&amp;le — {0} %</source>
        <translation>Men&amp;sen — {0} %</translation>
    </message>
    <message>
        <source>A&amp;ctions — {0} %</source>
        <translation>A&amp;cties — {0} %</translation>
    </message>
    <message>
        <source>Wheel {0} % ready</source>
        <translation>Wiel {0} % gereed</translation>
    </message>
</context>
<context>
    <name>WorkshopAttendanceModel</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>{0} (not taking part)</source>
        <translation>{0} (neemt niet deel)</translation>
    </message>
    <message>
        <source>Nobody from {0} has been added to this workshop.</source>
        <translation>Er is niemand van {0} aan deze workshop toegevoegd.</translation>
    </message>
    <message>
        <source>{0} participants from {1}</source>
        <translation>{0} deelnemers van {1}</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <source>Add workshop</source>
        <translation>Workshop toevoegen</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Workshop bewerken</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Workshop verwijderen</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domein</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <source>&amp;Municipalities taking part</source>
        <translation>Deelnemende &amp;gemeenten</translation>
    </message>
    <message>
        <source>Agenda and &amp;notes</source>
        <translation>Agenda en toelichti&amp;ng</translation>
    </message>
    <message>
        <source>Agenda, agreements, things to remember</source>
        <translation>Agenda, afspraken, aandachtspunten</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Uitdagingen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nieuwe workshop…</translation>
    </message>
    <message>
        <source>&amp;Live capture…</source>
        <translation>&amp;Live vastleggen…</translation>
    </message>
    <message>
        <source>Full screen for the projector (F5)</source>
        <translation>Volledig scherm voor de beamer (F5)</translation>
    </message>
    <message>
        <source>{0} of {1} workshops shown</source>
        <translation>{0} van {1} workshops weergegeven</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Workshop bewerken</translation>
    </message>
    <message>
        <source>Live capture</source>
        <translation>Live vastleggen</translation>
    </message>
    <message>
        <source>Select the workshop to capture for.</source>
        <translation>Selecteer eerst de workshop waarvoor uitdagingen worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>_AttendanceModel</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>_OriginTable</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Theme or challenge</source>
        <translation>Thema of uitdaging</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Feeds topics</source>
        <translation>Basis voor onderwerpen</translation>
    </message>
</context>
</TS>
