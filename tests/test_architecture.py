"""The rules of the house (DESIGN §5) that a machine can check."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "dgw_desktop"
CORE = ("domain", "store", "exports", "imports")
QT = ("PySide6", "shiboken6")
UI = ("dgw_desktop.ui", "dgw_desktop.cli", "dgw_desktop.__main__")
MAX_MODULE_BYTES = 25_000


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported_modules(path: Path) -> set[str]:
    return _imports_in(path.read_text(encoding="utf-8"), _module_name(path), path.name)


def _imports_in(source: str, module: str, file_name: str) -> set[str]:
    """Every module the source imports, relative imports resolved, wherever the import is."""
    tree = ast.parse(source, filename=file_name)
    package = module if file_name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            found.add(prefix)
            found.update(f"{prefix}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and _dynamic_import_target(node):
            found.add(_dynamic_import_target(node))
    return found


def _dynamic_import_target(call: ast.Call) -> str:
    """``importlib.import_module("x")`` or ``__import__("x")`` → ``"x"``."""
    function = call.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    if name not in {"import_module", "__import__"} or not call.args:
        return ""
    first = call.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else ""


def _core_files() -> list[Path]:
    files = [path for name in CORE for path in sorted((PACKAGE / name).rglob("*.py"))]
    assert files, "the core packages exist"
    return files


def _is_under(module: str, roots: tuple[str, ...]) -> bool:
    return any(module == root or module.startswith(root + ".") for root in roots)


@pytest.mark.parametrize("path", _core_files(), ids=lambda path: _module_name(path))
def test_core_never_imports_qt_or_the_ui(path: Path) -> None:
    imported = _imported_modules(path)
    assert not [m for m in imported if _is_under(m, QT)], "the core runs without Qt"
    assert not [m for m in imported if _is_under(m, UI)], "the UI calls the core, not back"


def test_the_import_check_sees_imports() -> None:
    """Guard the guard: the AST check recognises the ways Qt could be imported."""
    source = (
        "import PySide6.QtCore\n"
        "from shiboken6 import isValid\n"
        "from ..ui import main_window\n"
        "from . import rows\n"
        "def later():\n"
        "    import importlib\n"
        "    return importlib.import_module('PySide6.QtGui')\n"
    )
    found = _imports_in(source, "dgw_desktop.store.example", "example.py")
    assert {"PySide6.QtCore", "shiboken6", "dgw_desktop.ui", "PySide6.QtGui"} <= found
    assert "dgw_desktop.store.rows" in found
    assert [m for m in found if _is_under(m, QT)]
    assert [m for m in found if _is_under(m, UI)]


def test_lint_imports_contracts_are_kept() -> None:
    executable = shutil.which("lint-imports", path=os.path.dirname(sys.executable))
    if executable is None:
        pytest.skip("import-linter is not installed; the AST check above still applies")
    result = subprocess.run(
        [executable, "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "broken" in result.stdout and "0 broken" in result.stdout


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda path: str(path.relative_to(ROOT))
)
def test_modules_stay_small(path: Path) -> None:
    size = path.stat().st_size
    assert size <= MAX_MODULE_BYTES, f"{size} bytes: split this module"
