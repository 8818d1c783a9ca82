"""Import of challenges from ``.xlsx`` or ``.csv`` (DESIGN §7): all rows or none.

Three steps, so the GUI can preview without writing:

1. ``read_challenge_rows(path)``: the file's rows under the recognised headers. Refuses the
   file (``ImportRefusedError``) when it cannot be a challenge list at all: unreadable, not a
   workbook or CSV, empty, headers missing or repeated, no data rows, too many rows.
2. ``plan_challenge_import(project, rows)``: pure; the challenges to add and every problem,
   each with the row number as the spreadsheet shows it (the header is row 1).
3. ``import_challenges(project_file, path)``: 1 and 2, then refuse the whole file if there is
   any problem, else add every challenge in one transaction.

Headers are matched ignoring case and spaces, in Dutch or English; other columns are ignored.
A row whose recognised cells are all empty is skipped. Limits: ``MAX_IMPORT_ROWS`` rows with
content, ``MAX_TEXT_LENGTH`` characters per challenge or note.
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from dgw_desktop.domain.entities import Challenge, Domain, Workshop
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from dgw_desktop.domain.validation import MAX_TEXT_LENGTH, validate_challenge
from dgw_desktop.imports.matching import (
    ImportTargets,
    Lookup,
    challenge_key,
    choices,
    load_import_targets,
    normal,
)
from dgw_desktop.imports.problems import ImportProblem, ImportRefusedError, refuse
from dgw_desktop.imports.tabular import EMPTY_FILE, cell_text, is_blank, iter_table
from dgw_desktop.store.challenges import add_challenges
from dgw_desktop.store.project_file import ProjectFile, open_project_file, read_header
from dgw_desktop.store.schema import APPLICATION_ID, MIGRATIONS

MAX_IMPORT_ROWS = 50_000
"""Rows with content per file. A workshop yields tens to hundreds; 50,000 leaves room for
merging years of workshops while the preview and the one transaction stay quick (~seconds)."""


@dataclass(frozen=True, slots=True)
class Headers:
    """Each field's header as the file spells it, for messages that name the column."""

    challenge: str = "Uitdaging"
    domain: str = "Domein"
    municipalities: str = "Gemeenten"
    notes: str = "Toelichting"
    workshop: str = "Workshop"


DEFAULT_HEADERS = Headers()

HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "challenge": ("uitdaging", "uitdagingen", "knelpunt", "knelpunten", "challenge", "challenges"),
    "domain": ("domein", "domain"),
    "municipalities": ("gemeenten", "gemeente", "municipalities", "municipality"),
    "notes": ("toelichting", "notes", "note"),
    "workshop": ("workshop", "workshops"),
}
REQUIRED = {"challenge": ("Uitdaging", "Challenge"), "domain": ("Domein", "Domain")}
_FIELD_BY_HEADER = {name: key for key, names in HEADER_NAMES.items() for name in names}


@dataclass(frozen=True, slots=True)
class RawRow:
    """One row with content: its number in the spreadsheet and its cells, trimmed."""

    number: int
    challenge: str = ""
    domain: str = ""
    municipalities: str = ""
    notes: str = ""
    workshop: str = ""
    headers: Headers = DEFAULT_HEADERS


@dataclass(frozen=True)
class Duplicate:
    """A row whose challenge is already there: in an earlier row, or in the project."""

    row: int
    first_row: int | None  # None: the project already has it


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do. ``challenges`` (with their ``rows``) are the valid rows, ready
    for ``add_challenges``; they are only written when ``problems`` is empty. Duplicates are
    allowed (workshops repeat statements) and listed so a preview can warn."""

    challenges: list[Challenge]
    rows: list[int]
    problems: list[ImportProblem]
    duplicates: list[Duplicate]

    @property
    def ok(self) -> bool:
        return not self.problems

    def refuse_if_invalid(self, path: Path) -> None:
        if self.problems:
            raise ImportRefusedError(path, self.problems)


# -- texts ------------------------------------------------------------------------------------
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "Import",
    "There is no column “{dutch}” (or “{english}”); the first row must hold the column headers.",
)
REPEATED_COLUMN = QT_TRANSLATE_NOOP(
    "Import",
    "Column {letter} repeats column {first_letter} (“{first}”); keep only one of them.",
)
NO_ROWS = QT_TRANSLATE_NOOP(
    "Import", "{name} has the column headers but no rows with challenges below them."
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Import", "{name} has more than {limit} rows with challenges; split it into smaller files."
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Import", "The text is {length} characters long; at most {limit} are allowed."
)
NO_CHALLENGE = QT_TRANSLATE_NOOP(
    "Import", "The challenge is empty while other cells of the row are filled in."
)
NO_DOMAIN = QT_TRANSLATE_NOOP("Import", "The domain is empty; use one of: {choices}.")
UNKNOWN_DOMAIN = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a domain of this project; use one of: {choices}."
)
UNKNOWN_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "Import",
    "“{value}” is not a municipality of this project; use a name or CBS code of: {choices}.",
)
NO_MUNICIPALITIES = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a municipality of this project, which has no municipalities yet."
)
UNKNOWN_WORKSHOP = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a workshop of this project; use one of: {choices}."
)
NO_WORKSHOPS = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a workshop of this project, which has no workshops yet."
)
OTHER_DOMAIN_WORKSHOP = QT_TRANSLATE_NOOP(
    "Import", "Workshop “{value}” belongs to domain {workshop_domain}, not to {domain}."
)
AMBIGUOUS_WORKSHOP = QT_TRANSLATE_NOOP(
    "Import",
    "The project has {count} workshops called “{value}” in domain {domain}; "
    "give them different titles first.",
)


# -- reading ------------------------------------------------------------------------------------
def column_letter(index: int) -> str:
    """0 → ``A``, 25 → ``Z``, 26 → ``AA``: the column as the spreadsheet labels it."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def header_key(text: str) -> str:
    return normal(text).strip(" :*").strip()


def _map_headers(
    path: Path, number: int, values: Sequence[object]
) -> tuple[dict[str, int], Headers]:
    columns: dict[str, int] = {}
    spelled: dict[str, str] = {}
    problems: list[ImportProblem] = []
    for index, value in enumerate(values):
        text = cell_text(value).strip()
        field_name = _FIELD_BY_HEADER.get(header_key(text))
        if field_name is None:
            continue
        if field_name in columns:
            first = columns[field_name]
            params = {
                "letter": column_letter(index),
                "first_letter": column_letter(first),
                "first": spelled[field_name],
            }
            problems.append(ImportProblem(number, text, REPEATED_COLUMN, params))
            continue
        columns[field_name] = index
        spelled[field_name] = text
    for field_name, (dutch, english) in REQUIRED.items():
        if field_name not in columns:
            params = {"dutch": dutch, "english": english}
            problems.append(ImportProblem(number, "", MISSING_COLUMN, params))
    if problems:
        raise ImportRefusedError(path, problems)
    return columns, Headers(**{**dataclasses.asdict(DEFAULT_HEADERS), **spelled})


def _trimmed(values: Sequence[object], index: int | None) -> str:
    if index is None or index >= len(values):
        return ""
    text = cell_text(values[index]).strip()
    return text.replace("\r\n", "\n") if "\r" in text else text


def read_challenge_rows(path: Path) -> list[RawRow]:
    """The rows with content below the header row (the first row that is not blank)."""
    path = Path(path)
    with contextlib.closing(iter_table(path)) as table:
        header: tuple[dict[str, int], Headers] | None = None
        for number, values in table:
            if not all(is_blank(value) for value in values):
                header = _map_headers(path, number, values)
                break
        if header is None:
            raise refuse(path, EMPTY_FILE)
        columns, headers = header
        found: list[RawRow] = []
        for number, values in table:
            cells = {name: _trimmed(values, columns.get(name)) for name in HEADER_NAMES}
            if not any(cells.values()):
                continue  # blank, or only columns the import does not read
            if len(found) == MAX_IMPORT_ROWS:
                raise refuse(path, TOO_MANY_ROWS, limit=MAX_IMPORT_ROWS)
            found.append(RawRow(number=number, headers=headers, **cells))
    if not found:
        raise refuse(path, NO_ROWS)
    return found


# -- planning -----------------------------------------------------------------------------------
class _RowPlanner:
    def __init__(self, targets: ImportTargets) -> None:
        self.lookup = Lookup(targets)
        self.targets = targets
        self.domain_ids = {d.id for d in targets.domains}
        self.municipality_ids = {m.id for m in targets.municipalities}
        self.workshop_ids = {w.id for w in targets.workshops}
        self.domain_choices = choices(d.name for d in targets.domains)

    def plan(self, row: RawRow, problems: list[ImportProblem]) -> Challenge | None:
        headers = row.headers
        before = len(problems)

        def problem(column: str, text: str, **params: object) -> None:
            problems.append(ImportProblem(row.number, column, text, params))

        if not row.challenge:
            problem(headers.challenge, NO_CHALLENGE)
        for column, text in ((headers.challenge, row.challenge), (headers.notes, row.notes)):
            if len(text) > MAX_TEXT_LENGTH:
                problem(column, TEXT_TOO_LONG, length=len(text), limit=MAX_TEXT_LENGTH)
        domain = self._domain(row, problem)
        municipality_ids = self._municipalities(row, problem)
        workshop = self._workshop(row, domain, problem)
        if len(problems) > before or domain is None:
            return None
        challenge = Challenge(
            text=row.challenge,
            domain_id=domain.id,
            workshop_id=workshop.id if workshop else None,
            municipality_ids=municipality_ids,
            notes=row.notes,
        )
        try:
            return validate_challenge(
                challenge, self.domain_ids, self.municipality_ids, self.workshop_ids
            )
        except ValidationError as error:  # a rule of the store the checks above do not know
            column = getattr(headers, _VALIDATION_FIELDS.get(error.field, "challenge"))
            reported = ImportProblem(row.number, column, error.text, error.params, error.context)
            problems.append(reported)
            return None

    def _domain(self, row: RawRow, problem: _Report) -> Domain | None:
        if not row.domain:
            problem(row.headers.domain, NO_DOMAIN, choices=self.domain_choices)
            return None
        domain = self.lookup.domain(row.domain)
        if domain is None:
            problem(
                row.headers.domain, UNKNOWN_DOMAIN, value=row.domain, choices=self.domain_choices
            )
        return domain

    def _municipalities(self, row: RawRow, problem: _Report) -> tuple[str, ...]:
        if not row.municipalities:
            return ()
        found, unknown = self.lookup.municipalities(row.municipalities)
        names = [m.name for m in self.targets.municipalities]
        for value in unknown:
            if names:
                problem(
                    row.headers.municipalities,
                    UNKNOWN_MUNICIPALITY,
                    value=value,
                    choices=choices(names),
                )
            else:
                problem(row.headers.municipalities, NO_MUNICIPALITIES, value=value)
        return tuple(m.id for m in found)

    def _workshop(self, row: RawRow, domain: Domain | None, problem: _Report) -> Workshop | None:
        if not row.workshop:
            return None
        column = row.headers.workshop
        candidates = self.lookup.workshops(row.workshop)
        if not candidates:
            titles = list(dict.fromkeys(w.title for w in self.targets.workshops))
            if titles:
                problem(column, UNKNOWN_WORKSHOP, value=row.workshop, choices=choices(titles))
            else:
                problem(column, NO_WORKSHOPS, value=row.workshop)
            return None
        if domain is None:
            return None  # the domain's own problem is reported; the workshop cannot be checked
        in_domain = [w for w in candidates if w.domain_id == domain.id]
        if len(in_domain) == 1:
            return in_domain[0]
        if in_domain:
            problem(
                column,
                AMBIGUOUS_WORKSHOP,
                value=row.workshop,
                count=len(in_domain),
                domain=domain.name,
            )
        else:
            problem(
                column,
                OTHER_DOMAIN_WORKSHOP,
                value=candidates[0].title,
                workshop_domain=self.lookup.domain_name(candidates[0].domain_id),
                domain=domain.name,
            )
        return None


class _Report(Protocol):  # the ``problem`` callback of ``_RowPlanner.plan``
    def __call__(self, column: str, text: str, **params: object) -> None: ...


_VALIDATION_FIELDS = {
    "text": "challenge",
    "notes": "notes",
    "domain_id": "domain",
    "workshop_id": "workshop",
    "municipality_ids": "municipalities",
}


def plan_challenge_import(
    project: ProjectFile | ImportTargets, rows: Sequence[RawRow]
) -> ImportPlan:
    """Check every row against the project's names; writes nothing."""
    targets = project if isinstance(project, ImportTargets) else load_import_targets(project)
    planner = _RowPlanner(targets)
    plan = ImportPlan(challenges=[], rows=[], problems=[], duplicates=[])
    first_rows: dict[tuple[str, str], int] = {}
    for row in rows:
        challenge = planner.plan(row, plan.problems)
        if challenge is None:
            continue
        plan.challenges.append(challenge)
        plan.rows.append(row.number)
        key = challenge_key(challenge.text, challenge.domain_id)
        if key in first_rows:
            plan.duplicates.append(Duplicate(row.number, first_rows[key]))
        else:
            first_rows[key] = row.number
            if key in targets.existing:
                plan.duplicates.append(Duplicate(row.number, None))
    return plan


# -- importing ----------------------------------------------------------------------------------
def import_challenges(project_file: ProjectFile, path: Path) -> int:
    """Add every challenge of the file in one transaction, or refuse the whole file.

    Raises ``ImportRefusedError`` with all problems; then nothing has been written.
    """
    rows = read_challenge_rows(path)
    plan = plan_challenge_import(project_file, rows)
    plan.refuse_if_invalid(Path(path))
    return len(add_challenges(project_file, plan.challenges))


def import_challenges_into(project_path: Path, source: Path) -> int:
    """``import_challenges`` on a project file that is not open (the command line).

    An older file is migrated only once the import is known to be valid (its names are read
    from a migrated temporary copy), so a refused import leaves it exactly as it was.
    """
    project_path = Path(project_path)
    header = read_header(project_path)
    if header.application_id != APPLICATION_ID or not 0 < header.user_version < len(MIGRATIONS):
        # Current, or refused untouched by open_project_file (foreign, newer, damaged).
        with open_project_file(project_path) as project_file:
            return import_challenges(project_file, source)
    with tempfile.TemporaryDirectory(prefix="dgw-import-") as folder:
        copy = Path(folder) / project_path.name
        shutil.copyfile(project_path, copy)
        with open_project_file(copy) as migrated_copy:
            targets = load_import_targets(migrated_copy)
    plan = plan_challenge_import(targets, read_challenge_rows(source))
    plan.refuse_if_invalid(Path(source))
    with open_project_file(project_path) as project_file:
        return len(add_challenges(project_file, plan.challenges))
