"""Start-up time: process start until the main window shows the demo project's Overzicht page.

    python benchmarks/bench_startup.py                 # offscreen, and xcb under xvfb-run
    python benchmarks/bench_startup.py --runs 15 --platforms offscreen

Each measurement is a fresh Python process. The parent takes ``time.perf_counter()`` just before
``Popen`` and again when the child prints its ``READY`` line. Two children are compared:

- ``app``: what ``dgw-desktop FILE`` does (``dgw_desktop.ui.app.run_gui``): import the UI,
  create the application, install the translators, build ``MainWindow``, ``show()`` it and
  ``open_path()`` the prepared demo project, then wait until the Overzicht page has been
  painted; one ``QTimer.singleShot(0, ...)`` later it checks that openpyxl and reportlab are
  not loaded and prints ``READY``.
- ``baseline``: a bare ``QApplication`` and an empty ``QMainWindow`` of the same size, shown the
  same way, ``READY`` one ``singleShot(0)`` after its first paint.

The ratio app / baseline is what DGW Desktop adds on top of Python + Qt; the aim is <= 1.5.
Runs alternate app and baseline, after one unmeasured warm-up of each (file cache). The demo
file is made once beforehand with ``create_demo_project``; settings (QSettings) go to a
temporary folder so the user's recent files and window geometry are neither used nor changed.

The xcb platform needs an X server: the script reruns itself under ``xvfb-run -a`` for it
(skipped, with a note, when xvfb-run is missing). The child uses ``sys.executable``.
"""

from __future__ import annotations

import os
import sys
import time

# Run from a checkout without installing the package, as ``python benchmarks/bench_startup.py``.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

HEAVY_MODULES = ("openpyxl", "reportlab")
READY = "READY"


# -- the measured children (keep their imports inside the functions) -------------------------
def _report(kind: str, marks: dict[str, float]) -> None:
    loaded = sorted(name for name in HEAVY_MODULES if name in sys.modules)
    marks["ready"] = time.perf_counter()
    parts = [f"{name}={value:.6f}" for name, value in marks.items()]
    print(READY, kind, "heavy=" + (",".join(loaded) or "-"), *parts, flush=True)
    if loaded:
        print(f"{kind}: heavy modules loaded at start-up: {loaded}", file=sys.stderr, flush=True)
        os._exit(3)
    os._exit(0)  # skip teardown: only start-up is measured


def _paint_watcher(target: object, on_painted: object) -> object:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                self.done = True
                QTimer.singleShot(0, on_painted)
            return False

    watcher = PaintWatcher()
    target.installEventFilter(watcher)  # type: ignore[attr-defined]
    return watcher


def child_app(project: str) -> None:
    marks = {"start": time.perf_counter()}
    from dgw_desktop.ui import settings
    from dgw_desktop.ui.app import create_application
    from dgw_desktop.ui.main_window import MainWindow
    from dgw_desktop.ui.translation import install_translators

    marks["imported"] = time.perf_counter()
    app = create_application([sys.argv[0]])
    translators = install_translators(app, settings.language())
    window = MainWindow()
    marks["window_built"] = time.perf_counter()
    window.show()
    if not window.open_path(project):
        sys.exit(f"could not open {project}")
    marks["opened"] = time.perf_counter()
    view = window.project_view
    assert view is not None
    overview = view.overview_page
    assert view.stack.currentWidget() is overview, "Overzicht is not the page shown"

    def painted() -> None:
        assert overview.isVisible()
        _report("app", marks)

    watcher = _paint_watcher(overview, painted)
    app.exec()
    del translators, watcher


def child_baseline() -> None:
    marks = {"start": time.perf_counter()}
    from PySide6.QtWidgets import QApplication, QMainWindow

    marks["imported"] = time.perf_counter()
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 800)  # MainWindow's default size
    marks["window_built"] = time.perf_counter()
    window.show()
    marks["opened"] = time.perf_counter()
    watcher = _paint_watcher(window, lambda: _report("baseline", marks))
    app.exec()
    del watcher


# -- the parent ---------------------------------------------------------------------------------
def _measure(kind: str, project: str, env: dict[str, str]) -> dict[str, float]:
    import subprocess

    command = [sys.executable, os.path.abspath(__file__), "--child", kind]
    if kind == "app":
        command.append(project)
    started = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    ready = time.perf_counter()
    _rest, errors = child.communicate(timeout=60)
    if child.returncode != 0 or not line.startswith(READY):
        raise SystemExit(f"{kind} child failed (exit {child.returncode}): {line!r}\n{errors}")
    fields = dict(part.split("=", 1) for part in line.split()[2:])
    if fields.pop("heavy") != "-":
        raise SystemExit(f"{kind} child loaded heavy modules: {line!r}")
    marks = {name: float(value) for name, value in fields.items()}
    # perf_counter is CLOCK_MONOTONIC on Linux: parent and child readings are comparable.
    return {
        "total": ready - started,
        "interpreter": marks["start"] - started,
        "imports": marks["imported"] - marks["start"],
        "window": marks["window_built"] - marks["imported"],
        "show_open": marks["opened"] - marks["window_built"],
        "paint": marks["ready"] - marks["opened"],
    }


def _run_platform(platform: str, runs: int, work: str) -> dict[str, list[dict[str, float]]]:
    from pathlib import Path

    from dgw_desktop.store.new_project import create_demo_project

    project = os.path.join(work, "demo.dgw")
    if not os.path.exists(project):
        create_demo_project(Path(project)).close()
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    env["XDG_CONFIG_HOME"] = os.path.join(work, "config")
    env["XDG_DATA_HOME"] = os.path.join(work, "data")
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    results: dict[str, list[dict[str, float]]] = {"app": [], "baseline": []}
    for kind in results:  # warm-up, not counted
        _measure(kind, project, env)
    for _ in range(runs):
        for kind in results:
            results[kind].append(_measure(kind, project, env))
    return results


def _summary(platform: str, results: dict[str, list[dict[str, float]]]) -> list[str]:
    from statistics import median

    def ms(values: list[float]) -> str:
        return f"{median(values) * 1000:6.0f} ms (min {min(values) * 1000:4.0f})"

    lines = [f"platform {platform}, {len(results['app'])} runs each, median (min):"]
    for kind, runs in results.items():
        parts = [f"{key} {median([r[key] for r in runs]) * 1000:.0f}" for key in runs[0]]
        lines.append(f"  {kind:8} {ms([r['total'] for r in runs])}   [ms: {', '.join(parts)}]")
    app = [r["total"] for r in results["app"]]
    base = [r["total"] for r in results["baseline"]]
    lines.append(
        f"  ratio app/baseline: median {median(app) / median(base):.2f}, "
        f"min {min(app) / min(base):.2f}"
    )
    lines.append("  openpyxl, reportlab in sys.modules when the window was shown: no")
    return lines


def _import_profile(top: int) -> list[str]:
    """One app child under ``python -X importtime``: the modules with the largest own time."""
    import re
    import subprocess
    import tempfile
    from pathlib import Path

    from dgw_desktop.store.new_project import create_demo_project

    with tempfile.TemporaryDirectory(prefix="dgw-bench-") as work:
        project = os.path.join(work, "demo.dgw")
        create_demo_project(Path(project)).close()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=work)
        env["XDG_DATA_HOME"] = work
        command = [sys.executable, "-X", "importtime", os.path.abspath(__file__)]
        result = subprocess.run(
            [*command, "--child", "app", project], env=env, capture_output=True, text=True
        )
    rows = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if match:
            rows.append((int(match[1]), int(match[2]), match[4]))
    rows.sort(reverse=True)
    lines = [f"import time of the app child (python -X importtime), top {top} by own time:"]
    for own, total, name in rows[:top]:
        lines.append(f"  {own / 1000:6.1f} ms own {total / 1000:6.1f} ms total  {name}")
    return lines


def main(argv: list[str]) -> int:
    import argparse
    import json
    import shutil
    import subprocess
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platforms", default="offscreen,xcb")
    parser.add_argument("--json", action="store_true", help="print raw results as JSON")
    parser.add_argument(
        "--importtime", type=int, metavar="N", help="only list the N slowest imports of the app"
    )
    arguments = parser.parse_args(argv)
    if arguments.importtime:
        print("\n".join(_import_profile(arguments.importtime)))
        return 0
    platforms = [name.strip() for name in arguments.platforms.split(",") if name.strip()]

    import PySide6

    print(
        f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, {os.cpu_count()} CPUs",
        file=sys.stderr,
    )
    all_results = {}
    with tempfile.TemporaryDirectory(prefix="dgw-bench-") as work:
        for platform in platforms:
            if platform == "xcb" and not os.environ.get("DISPLAY"):
                xvfb = shutil.which("xvfb-run")
                if xvfb is None:
                    print("xcb: skipped, no DISPLAY and no xvfb-run", file=sys.stderr)
                    continue
                command = [xvfb, "-a", "-s", "-screen 0 1920x1080x24", sys.executable]
                command += [os.path.abspath(__file__), "--runs", str(arguments.runs)]
                command += ["--platforms", "xcb", "--json"]
                output = subprocess.run(command, check=True, capture_output=True, text=True)
                all_results["xcb (xvfb-run)"] = json.loads(output.stdout)["xcb"]
                continue
            all_results[platform] = _run_platform(platform, arguments.runs, work)
    if arguments.json:
        print(json.dumps(all_results))
        return 0
    for platform, results in all_results.items():
        print("\n".join(_summary(platform, results)))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        if sys.argv[2] == "app":
            child_app(sys.argv[3])
        else:
            child_baseline()
    else:
        sys.exit(main(sys.argv[1:]))
