<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
    <name>OverviewPage</name>
    <message>
        <source>{0} partner municipalities with {1} inhabitants together</source>
        <translation>{0} partnergemeenten met samen {1} inwoners</translation>
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
    <name>Scoring</name>
    <message>
        <source>Dissent: on at least one criterion the participants&apos; scores lie 3 or more points apart (for example 1 and 4), or their standard deviation is 1.5 or more.</source>
        <translation>Verdeeldheid: op minstens één criterium liggen de scores van de deelnemers 3 of meer punten uit elkaar (bijvoorbeeld 1 en 4), of is hun standaarddeviatie 1,5 of meer.</translation>
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
        <source>The text is longer than {limit} characters.</source>
        <translation>De tekst is langer dan {limit} tekens.</translation>
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
        <source>Choose one of the project&apos;s domains.</source>
        <translation>Kies een van de domeinen van dit traject.</translation>
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
        <source>Choose a challenge or theme of this project.</source>
        <translation>Kies een uitdaging of thema van dit traject.</translation>
    </message>
    <message>
        <source>{name} is named by workshops, challenges or participants; remove it there first.</source>
        <translation>{name} wordt genoemd bij workshops, uitdagingen of deelnemers; verwijder de gemeente daar eerst.</translation>
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
</TS>
