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
        <source>The steering committee has decided on topic “{title}”; it stays, because the decision log refers to it.</source>
        <translation>De stuurgroep heeft besloten over onderwerp “{title}”; het blijft bestaan, omdat de besluitenlijst ernaar verwijst.</translation>
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
</TS>
