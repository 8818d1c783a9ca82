"""Collect UI strings into resources/translations/dgw_nl.ts and compile dgw_nl.qm.

``python tools/update_translations.py`` after changing UI texts: pyside6-lupdate adds new
source texts (keeping existing translations), then translate the unfinished entries (Qt
Linguist, or by editing the .ts) and run the script again to compile the .qm.
``tests/test_translations.py`` fails while anything is missing or stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl",)


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else (shutil.which(name) or name)


def source_files() -> list[str]:
    python = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "dgw_desktop").rglob("*.py"))
        if "generated" not in path.parts
    ]
    forms = [str(path.relative_to(ROOT)) for path in sorted((ROOT / "forms").glob("*.ui"))]
    return python + forms


def update_ts(ts_file: Path, language: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *source_files(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            str(ts_file),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
    )


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"dgw_{language}.ts"
        update_ts(ts_file, language)
        compile_qm(ts_file, TRANSLATIONS / f"dgw_{language}.qm")
        unfinished = ts_file.read_text(encoding="utf-8").count('type="unfinished"')
        print(f"{ts_file.relative_to(ROOT)}: {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
