"""Workshop benchmarks (issue 3): capture with 10,000 challenges, filter-as-you-type and
memory with 100,000 challenges. Plain script: ``python benchmarks/bench_workshop.py``.

Every figure is set against a bare baseline measured in the same run:
- capture: the app's path (undo command → validated insert → commit → row shown in the
  capture list and painted) against a bare ``sqlite3`` INSERT + COMMIT into a table of the
  same shape with the same durability settings (journal_mode=DELETE, synchronous=FULL);
- filter: one keystroke in the challenge list (filter + view repaint) on 100,000 rows, against
  a bare Python scan with ``in`` over the same 100,000 lower-cased strings;
- memory: resident memory with 100,000 challenges open on the Challenges page, against the
  same process with just a bare QMainWindow shown (measured before opening the project).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def make_project(path: Path, count: int) -> None:
    from dgw_desktop.domain import demo_data
    from dgw_desktop.domain.entities import Challenge
    from dgw_desktop.store.challenges import add_challenges
    from dgw_desktop.store.new_project import create_demo_project
    from dgw_desktop.store.workshops import list_workshops

    with create_demo_project(path) as project_file:
        workshops = list_workshops(project_file)
        texts = [c.text for w in demo_data.DEMO_WORKSHOPS for c in w.challenges]
        batch = []
        for number in range(count - 65):
            workshop = workshops[number % len(workshops)]
            batch.append(
                Challenge(
                    text=f"{texts[number % len(texts)]} (variant {number})",
                    domain_id=workshop.domain_id,
                    workshop_id=workshop.id,
                    municipality_ids=workshop.municipality_ids[: 1 + number % 3],
                )
            )
            if len(batch) == 5000:
                add_challenges(project_file, batch)
                batch = []
        if batch:
            add_challenges(project_file, batch)


def bare_insert_ms(folder: Path, rows: int, repeats: int) -> list[float]:
    path = folder / "bare.sqlite"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute(
        "CREATE TABLE challenge (id TEXT PRIMARY KEY, text TEXT, domain_id TEXT, "
        "workshop_id TEXT, notes TEXT, created_at TEXT, updated_at TEXT)"
    )
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO challenge VALUES (?, ?, 'd', 'w', '', 't', 't')",
        [(f"id{n}", f"text {n}") for n in range(rows)],
    )
    connection.execute("COMMIT")
    times = []
    for n in range(repeats):
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO challenge VALUES (?, ?, 'd', 'w', '', 't', 't')", (f"x{n}", "new")
        )
        connection.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    connection.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--capture-rows", type=int, default=10_000)
    parser.add_argument("--filter-rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=30)
    arguments = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QMainWindow

    from dgw_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    app.setOrganizationName("DGW-bench")
    bare = QMainWindow()
    bare.resize(1280, 800)
    bare.show()
    app.processEvents()
    baseline_rss = rss_mb()
    bare.close()

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        print(
            f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, platform "
            f"{os.environ['QT_QPA_PLATFORM']}"
        )

        # -- capture with 10,000 challenges ------------------------------------------------
        small = folder / "capture.dgw"
        make_project(small, arguments.capture_rows)
        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        window.open_path(str(small))
        view = window.project_view
        assert view is not None
        page = view.page("workshops_page")
        view.show_page(page)
        page.ui.tableView.selectRow(0)  # type: ignore[attr-defined]
        capture = page.start_capture()  # type: ignore[attr-defined]
        app.processEvents()
        times = []
        for n in range(arguments.repeats):
            capture.ui.inputEdit.setText(f"Nieuw signaal uit de zaal {n}")
            start = time.perf_counter()
            assert capture.capture()
            capture.ui.recentView.viewport().repaint()  # visible: painted, not just queued
            times.append((time.perf_counter() - start) * 1000)
            app.processEvents()
        capture.close()
        # The store's part alone (its own connection, no window listening): validated insert
        # with municipality links, committed.
        from dgw_desktop.domain.entities import Challenge
        from dgw_desktop.store.challenges import add_challenge
        from dgw_desktop.store.project_file import open_project_file

        workshop = capture.workshop
        window.close_project()
        project_file = open_project_file(small)
        store_times = []
        for n in range(arguments.repeats):
            start = time.perf_counter()
            add_challenge(
                project_file,
                Challenge(
                    text=f"Alleen de opslag {n}",
                    domain_id=workshop.domain_id,
                    workshop_id=workshop.id,
                    municipality_ids=workshop.municipality_ids[:2],
                ),
            )
            store_times.append((time.perf_counter() - start) * 1000)
        project_file.close()
        bare_times = bare_insert_ms(folder, arguments.capture_rows, arguments.repeats)
        app_capture = statistics.median(times)
        bare_capture = statistics.median(bare_times)
        print(
            f"capture with {arguments.capture_rows:,} challenges: app {app_capture:.2f} ms, "
            f"bare INSERT+COMMIT {bare_capture:.2f} ms, ratio {app_capture / bare_capture:.2f}"
        )
        store_write = statistics.median(store_times)
        print(
            f"  of which the store's committed write: {store_write:.2f} ms, "
            f"ratio to bare {store_write / bare_capture:.2f}"
        )
        window.close_project()

        # -- filter and memory with 100,000 challenges ------------------------------------
        big = folder / "big.dgw"
        start = time.perf_counter()
        make_project(big, arguments.filter_rows)
        print(f"made {arguments.filter_rows:,} challenges in {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        window.open_path(str(big))
        view = window.project_view
        assert view is not None
        challenges_page = view.page("challenges_page")
        view.show_page(challenges_page)
        app.processEvents()
        print(f"opened and showed the challenge list in {time.perf_counter() - start:.2f} s")
        model = challenges_page.model  # type: ignore[attr-defined]
        table = challenges_page.ui.tableView  # type: ignore[attr-defined]
        word = "schuldhulpverlening"
        keystrokes = []
        for _round in range(3):
            for length in range(1, len(word) + 1):
                start = time.perf_counter()
                challenges_page.ui.filterEdit.setText(word[:length])  # type: ignore[attr-defined]
                table.viewport().repaint()
                keystrokes.append((time.perf_counter() - start) * 1000)
            challenges_page.ui.filterEdit.clear()  # type: ignore[attr-defined]
            app.processEvents()
        haystacks = list(model._haystacks)
        bare_scan = []
        for _round in range(3):
            for length in range(1, len(word) + 1):
                needle = word[:length]
                start = time.perf_counter()
                [i for i, text in enumerate(haystacks) if needle in text]
                bare_scan.append((time.perf_counter() - start) * 1000)
        app_key = statistics.median(keystrokes)
        bare_key = statistics.median(bare_scan)
        print(
            f"filter keystroke on {model.total_count():,} challenges: app median "
            f"{app_key:.2f} ms (max {max(keystrokes):.2f}), bare scan {bare_key:.2f} ms, "
            f"ratio {app_key / bare_key:.2f}"
        )
        memory = rss_mb()
        print(
            f"memory with {model.total_count():,} challenges open: {memory:.0f} MB resident "
            f"(bare window {baseline_rss:.0f} MB; difference {memory - baseline_rss:.0f} MB)"
        )
        window.close_project()
    return 0


if __name__ == "__main__":
    sys.exit(main())
