"""Import of 10,000 challenges from .csv and .xlsx into the demo project, against a bare baseline.

    python benchmarks/bench_import.py                    # 10,000 rows, 5 runs of each variant
    python benchmarks/bench_import.py --rows 50000 --runs 3
    python benchmarks/bench_import.py --json             # raw per-run numbers as well

What is timed, per run, on a fresh copy of the demo project (opened before the clock starts,
as the GUI has it open; closed after):

- ``app csv`` / ``app xlsx``: exactly what ``import_challenges(project_file, path)`` does,
  step by step so the phases can be reported: ``read_challenge_rows`` (read, decode, sniff,
  map headers), ``plan_challenge_import`` (match domains, municipalities and workshops,
  validate, find duplicates) and ``add_challenges`` (one transaction, durable commit).
- ``bare csv``: ``csv.reader`` over the same file (UTF-8, ``;``), then ``executemany`` of the same
  five cells per row into a bare SQLite table, one transaction, with the project's durability
  pragmas (``journal_mode=DELETE``, ``synchronous=FULL``).
- ``bare xlsx``: openpyxl ``load_workbook(read_only=True)`` and ``iter_rows(values_only=True)``
  over the same workbook, then the same ``executemany``.
- ``app csv, ids once``: the app again with the store's ``known_ids`` memoised during
  ``add_challenges`` — what hoisting the per-row id queries out of the loop would give
  (``store/challenges.py`` validates each row with four ``SELECT id FROM ...`` queries).
- ``cli csv`` / ``cli xlsx``: ``python -m dgw_desktop import challenges FILE IN`` end to end in
  a fresh process (interpreter, imports, open with integrity check, import); informative.

Runs alternate the variants after one unmeasured warm-up of each; tables give the median, with
the minimum in brackets.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

# Run from a checkout without installing the package, as ``python benchmarks/bench_import.py``.
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dgw_desktop.imports.challenges import (  # noqa: E402
    plan_challenge_import,
    read_challenge_rows,
)
from dgw_desktop.store import challenges as store_challenges  # noqa: E402
from dgw_desktop.store.challenges import add_challenges  # noqa: E402
from dgw_desktop.store.new_project import create_demo_project  # noqa: E402
from dgw_desktop.store.project_file import open_project_file  # noqa: E402

HEADER = ["Uitdaging", "Domein", "Gemeenten", "Toelichting", "Workshop"]
SUBJECTS = [
    "gegevens over wachtlijsten",
    "cijfers over schuldhulp",
    "de BAG en de WOZ",
    "meldingen openbare ruimte",
    "verzuimcijfers van medewerkers",
    "contractgegevens van leveranciers",
    "de financiële administratie",
    "jeugdzorgtrajecten per wijk",
]
PROBLEMS = [
    "staan verspreid over systemen",
    "zijn niet actueel",
    "worden met de hand overgetypt",
    "kunnen we niet koppelen aan andere bronnen",
    "zijn alleen bekend bij één collega",
]
DOMAINS = ["sociaal", "Sociaal domein", "ruimte", "fysiek domein", "bedrijfsvoering"]
DOMAIN_OF = {
    "sociaal": "sociaal",
    "Sociaal domein": "sociaal",
    "ruimte": "ruimte",
    "fysiek domein": "ruimte",
    "bedrijfsvoering": "bedrijfsvoering",
}
WORKSHOPS = {
    "sociaal": "Workshop sociaal domein",
    "ruimte": "Workshop ruimte",
    "bedrijfsvoering": "Workshop bedrijfsvoering",
}
MUNICIPALITIES = ["Goirle", "Hilvarenbeek", "Oisterwijk", "GM0784", "oosterhout"]
PRAGMAS = ("PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL")


# -- test data ------------------------------------------------------------------------------------
def make_rows(count: int, seed: int = 20261203) -> list[list[object]]:
    """Realistic rows: varied texts, domain spellings, 0-3 municipalities, some notes."""
    chance = random.Random(seed)
    rows: list[list[object]] = []
    for number in range(count):
        domain = chance.choice(DOMAINS)
        text = (
            f"{chance.choice(SUBJECTS).capitalize()} {chance.choice(PROBLEMS)}"
            f" (stelling {number + 1})"
        )
        municipalities = "; ".join(chance.sample(MUNICIPALITIES, chance.randint(0, 3)))
        notes = "Genoemd door meerdere deelnemers; vraag na bij de gegevenscoördinator." * (
            chance.random() < 0.3
        )
        workshop = WORKSHOPS[DOMAIN_OF[domain]] if chance.random() < 0.5 else ""
        rows.append([text, domain, municipalities, notes, workshop])
    return rows


def write_csv(path: Path, rows: Iterable[list[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)


def write_xlsx(path: Path, rows: Iterable[list[object]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Uitdagingen")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)


# -- the measured variants ----------------------------------------------------------------------
Phases = dict[str, float]


def app(project: Path, source: Path, *, ids_once: bool = False) -> Phases:
    """``import_challenges`` step by step (read, plan, refuse-if-invalid, add)."""
    with open_project_file(project) as project_file:
        start = time.perf_counter()
        rows = read_challenge_rows(source)
        read = time.perf_counter()
        plan = plan_challenge_import(project_file, rows)
        plan.refuse_if_invalid(source)
        planned = time.perf_counter()
        with memoised_known_ids() if ids_once else nothing():
            added = add_challenges(project_file, plan.challenges)
        done = time.perf_counter()
    assert len(added) == len(rows), (len(added), len(rows))
    return {
        "total": done - start,
        "read": read - start,
        "plan": planned - read,
        "add": done - planned,
    }


@contextmanager
def nothing() -> Iterator[None]:
    yield


@contextmanager
def memoised_known_ids() -> Iterator[None]:
    original = store_challenges.known_ids
    cache: dict[str, set[str]] = {}

    def known_ids(project_file: object, table: str) -> set[str]:
        if table not in cache:
            cache[table] = original(project_file, table)  # type: ignore[arg-type]
        return cache[table]

    store_challenges.known_ids = known_ids  # type: ignore[assignment]
    try:
        yield
    finally:
        store_challenges.known_ids = original


def bare_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma)
    connection.execute(
        "CREATE TABLE challenge (text TEXT, domain TEXT, municipalities TEXT, notes TEXT,"
        " workshop TEXT)"
    )
    return connection


def bare(database: Path, read_rows: Callable[[], Iterable[tuple[object, ...]]]) -> Phases:
    connection = bare_connection(database)
    try:
        start = time.perf_counter()
        rows = list(read_rows())
        read = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany("INSERT INTO challenge VALUES (?, ?, ?, ?, ?)", rows)
        connection.execute("COMMIT")
        done = time.perf_counter()
    finally:
        connection.close()
    return {"total": done - start, "read": read - start, "plan": 0.0, "add": done - read}


def raw_csv_rows(path: Path) -> Callable[[], Iterable[tuple[object, ...]]]:
    def rows() -> Iterator[tuple[object, ...]]:
        with path.open(encoding="utf-8", newline="") as stream:
            reader = csv.reader(stream, delimiter=";")
            next(reader)
            for row in reader:
                yield tuple(row)

    return rows


def raw_xlsx_rows(path: Path) -> Callable[[], Iterable[tuple[object, ...]]]:
    def rows() -> Iterator[tuple[object, ...]]:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=False)
        try:
            values = book.worksheets[0].iter_rows(min_row=2, values_only=True)
            for row in values:
                yield tuple(row[:5])
        finally:
            book.close()

    return rows


def cli(project: Path, source: Path) -> Phases:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "dgw_desktop", "import", "challenges"]
    start = time.perf_counter()
    result = subprocess.run(
        [*command, str(project), str(source)], capture_output=True, text=True, env=environment
    )
    done = time.perf_counter()
    assert result.returncode == 0, result.stderr
    return {"total": done - start, "read": 0.0, "plan": 0.0, "add": 0.0}


# -- the run ------------------------------------------------------------------------------------
def run(rows: int, runs: int, with_cli: bool) -> dict[str, list[Phases]]:
    with tempfile.TemporaryDirectory(prefix="dgw-bench-import-") as folder:
        work = Path(folder)
        template = work / "demo.dgw"
        create_demo_project(template).close()
        data = make_rows(rows)
        csv_file, xlsx_file = work / "uitdagingen.csv", work / "uitdagingen.xlsx"
        write_csv(csv_file, data)
        write_xlsx(xlsx_file, data)
        print(
            f"{rows:,} rows: {csv_file.stat().st_size / 1e6:.2f} MB csv, "
            f"{xlsx_file.stat().st_size / 1e6:.2f} MB xlsx",
            flush=True,
        )
        counter = iter(range(10**9))

        def fresh_project() -> Path:
            target = work / f"project-{next(counter)}.dgw"
            shutil.copyfile(template, target)
            return target

        def fresh_database() -> Path:
            return work / f"bare-{next(counter)}.sqlite"

        variants: dict[str, Callable[[], Phases]] = {
            "app csv": lambda: app(fresh_project(), csv_file),
            "bare csv": lambda: bare(fresh_database(), raw_csv_rows(csv_file)),
            "app xlsx": lambda: app(fresh_project(), xlsx_file),
            "bare xlsx": lambda: bare(fresh_database(), raw_xlsx_rows(xlsx_file)),
            "app csv, ids once": lambda: app(fresh_project(), csv_file, ids_once=True),
        }
        if with_cli:
            variants["cli csv"] = lambda: cli(fresh_project(), csv_file)
            variants["cli xlsx"] = lambda: cli(fresh_project(), xlsx_file)
        results: dict[str, list[Phases]] = {name: [] for name in variants}
        for measure in variants.values():  # warm-up: file cache, imports
            measure()
        for _ in range(runs):
            for name, measure in variants.items():
                results[name].append(measure())
        return results


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ({min(values) * 1000:.0f})"


def report(results: dict[str, list[Phases]]) -> None:
    print()
    print("| variant | total ms | read | plan | add (one transaction) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, runs in results.items():
        cells = [_ms([run[phase] for run in runs]) for phase in ("total", "read", "plan", "add")]
        if name.startswith("cli"):
            cells[1:] = ["–", "–", "–"]
        elif name.startswith("bare"):
            cells[2] = "–"
        print(f"| {name} | **{cells[0]}** | {' | '.join(cells[1:])} |")
    print()
    print("| ratio | median | (min) |")
    print("| --- | ---: | ---: |")
    for app_name, bare_name in (
        ("app csv", "bare csv"),
        ("app xlsx", "bare xlsx"),
        ("app csv, ids once", "bare csv"),
    ):
        app_totals = [run["total"] for run in results[app_name]]
        bare_totals = [run["total"] for run in results[bare_name]]
        median = statistics.median(app_totals) / statistics.median(bare_totals)
        fastest = min(app_totals) / min(bare_totals)
        print(f"| {app_name} / {bare_name} | **{median:.2f}** | {fastest:.2f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-cli", action="store_true", help="skip the end-to-end CLI runs")
    parser.add_argument("--json", action="store_true", help="print the raw per-run numbers")
    args = parser.parse_args()
    print(
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{platform.platform()}, {os.cpu_count()} CPUs",
        flush=True,
    )
    results = run(args.rows, args.runs, with_cli=not args.no_cli)
    report(results)
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
