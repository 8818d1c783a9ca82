"""The PyInstaller build (build.spec).

The fast tests read build.spec and always run. The real build takes a while (about 15 s on
2 cores, plus the smoke run) and writes ~180 MB, so it is opt-in:

    DGW_TEST_BUILD=1 pytest tests/test_build.py

It builds into a temporary folder (not dist/), then runs the frozen program: --version, the demo
and the memo export, and the GUI offscreen for a few seconds.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dgw_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _literal_assignment(name: str) -> object:
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec assigns no {name}")


def test_spec_bundles_resources_and_forms() -> None:
    folders = _literal_assignment("DATA_FOLDERS")
    assert ("resources", "resources") in folders  # paths.resources_dir() looks for this name
    assert ("forms", "forms") in folders
    for source, _target in folders:
        assert (ROOT / source).is_dir(), source


def test_spec_names_the_app_and_its_entry_script() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'name="dgw-desktop"' in text
    assert '"pyinstaller_entry.py"' in text
    entry = ROOT / "tools" / "pyinstaller_entry.py"
    assert "from dgw_desktop.__main__ import main" in entry.read_text(encoding="utf-8")
    assert 'collect_submodules("dgw_desktop")' in text  # lazily imported exports included
    assert '"tkinter"' in text


def test_build_output_is_not_committed() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "build/" in ignored
    assert "dist/" in ignored


def _isolated_environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # keep QSettings out of the user's
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return env


@pytest.mark.skipif(
    os.environ.get("DGW_TEST_BUILD") != "1",
    reason="slow: runs PyInstaller; set DGW_TEST_BUILD=1 to run",
)
def test_frozen_app_builds_and_runs(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
        timeout=900,
    )
    app_name = "dgw-desktop-cli.exe" if sys.platform == "win32" else "dgw-desktop"
    app = dist / "dgw-desktop" / app_name
    assert app.is_file()
    env = _isolated_environment(tmp_path)

    def run(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(app), *arguments], env=env, capture_output=True, text=True, timeout=120
        )

    version = run("--version")
    assert version.returncode == 0, version.stderr
    assert __version__ in version.stdout

    project, memo = tmp_path / "demo.dgw", tmp_path / "memo.pdf"
    assert run("demo", str(project)).returncode == 0
    exported = run("export", "memo", str(project), str(memo))
    assert exported.returncode == 0, exported.stderr
    assert memo.read_bytes().startswith(b"%PDF")

    gui_app = dist / "dgw-desktop" / ("dgw-desktop.exe" if sys.platform == "win32" else app_name)
    gui = subprocess.Popen([str(gui_app), str(project)], env=env, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(6)
        assert gui.poll() is None, gui.communicate()[1]
    finally:
        gui.kill()
        _out, errors = gui.communicate()
    assert "Traceback" not in errors
