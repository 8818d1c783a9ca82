"""Start-up stays light: the GUI's modules must not import the export libraries.

openpyxl and reportlab (with Pillow) cost tens of milliseconds to import and are needed only
when an export runs, so the exports are imported inside the functions that run them. A fresh
interpreter is used because this test session may already have imported them.
See benchmarks/README.md for the start-up measurement.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY_MODULES = ("openpyxl", "reportlab")

_PROBE = """
import json, sys
import dgw_desktop.ui.main_window
import dgw_desktop.ui.app
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r})))
"""


def test_gui_modules_do_not_import_openpyxl_or_reportlab() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(heavy=set(HEAVY_MODULES))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == [], f"imported at start-up: {loaded}"
