"""The Dutch translation ships complete and compiled, and covers every UI text."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402

TS_FILE = ROOT / "resources" / "translations" / "dgw_nl.ts"
QM_FILE = ROOT / "resources" / "translations" / "dgw_nl.qm"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def messages(ts_file: Path) -> dict[tuple[str, str], ElementTree.Element]:
    tree = ElementTree.parse(ts_file)
    result = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            result[(name, message.findtext("source") or "")] = message
    return result


def test_every_message_is_translated() -> None:
    unfinished = [
        key
        for key, message in messages(TS_FILE).items()
        if (message.find("translation") is None)
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_placeholders_and_mnemonics_survive_translation() -> None:
    for (context, source), message in messages(TS_FILE).items():
        translation = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            context,
            source,
        )
        assert source.count("&") == translation.count("&") or "&&" in source, (context, source)


def test_ts_holds_every_text_of_the_code(tmp_path: Path) -> None:
    """Re-collect the texts from the code: nothing may be new compared to the shipped .ts."""
    if not Path(update_translations.tool("pyside6-lupdate")).exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS_FILE, fresh)
    update_translations.update_ts(fresh, "nl")
    assert set(messages(fresh)) == set(messages(TS_FILE))


def test_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    if not Path(update_translations.tool("pyside6-lrelease")).exists():
        pytest.skip("pyside6-lrelease not installed")
    compiled = tmp_path / "dgw_nl.qm"
    subprocess.run(
        [
            update_translations.tool("pyside6-lrelease"),
            "-silent",
            str(TS_FILE),
            "-qm",
            str(compiled),
        ],
        check=True,
    )
    assert compiled.read_bytes() == QM_FILE.read_bytes()
