"""The generated form code matches forms/*.ui: nobody edited it by hand or forgot to rebuild."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import build_forms  # noqa: E402

FORMS = sorted((ROOT / "forms").glob("*.ui"))


def _comparable(code: str) -> list[str]:
    # The header names the uic version; everything else must be identical.
    return [line for line in code.splitlines() if "User Interface Compiler version" not in line]


def test_every_form_has_generated_code() -> None:
    generated = {path.name for path in build_forms.GENERATED.glob("ui_*.py")}
    assert {build_forms.target_for(form).name for form in FORMS} <= generated
    orphans = generated - {build_forms.target_for(form).name for form in FORMS}
    assert not orphans, f"generated code without a form: {sorted(orphans)}"


@pytest.mark.parametrize("form", FORMS, ids=[form.stem for form in FORMS])
def test_generated_code_is_up_to_date(form: Path) -> None:
    uic = build_forms.uic_executable()
    if not Path(uic).exists() and shutil.which(uic) is None:
        pytest.skip("pyside6-uic is not installed")
    committed = build_forms.target_for(form).read_text(encoding="utf-8")
    assert _comparable(build_forms.generate(form)) == _comparable(committed)
