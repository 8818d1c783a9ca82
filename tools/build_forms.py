"""Generate dgw_desktop/ui/generated/ui_*.py from forms/*.ui with pyside6-uic.

Run after editing a form in Qt Designer: ``python tools/build_forms.py``. The generated code
is committed (the frozen app and a fresh clone need no build step) and never edited by hand;
``tests/test_forms.py`` fails when it is out of date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "dgw_desktop" / "ui" / "generated"


def uic_executable() -> str:
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def generate(form: Path) -> str:
    result = subprocess.run(
        [uic_executable(), "--from-imports", str(form)],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def target_for(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        target_for(form).write_text(generate(form), encoding="utf-8")
        print(f"{form.name} -> {target_for(form).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
