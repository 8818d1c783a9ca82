#!/usr/bin/env bash
# Build the one-folder app dist/dgw-desktop/ with PyInstaller (see build.spec).
#
#     tools/build_app.sh            # uses (or creates) .venv, builds, smoke-tests --version
#     PYTHON=python3.11 tools/build_app.sh
#
# On Windows run the same steps by hand in PowerShell:
#     py -3.11 -m venv .venv; .venv\Scripts\pip install -e ".[build]"
#     .venv\Scripts\pyinstaller --noconfirm build.spec
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"

if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
# shellcheck disable=SC1091
source .venv/bin/activate
if ! python -c "import PyInstaller, PySide6, openpyxl, reportlab, sqlite_utils" 2>/dev/null; then
    python -m pip install --upgrade pip
    python -m pip install -e ".[build]"
fi

start=$(date +%s)
pyinstaller --noconfirm --clean build.spec
end=$(date +%s)

app="dist/dgw-desktop/dgw-desktop"
"$app" --version
echo "Built dist/dgw-desktop/ in $((end - start)) s, $(du -sh dist/dgw-desktop | cut -f1)."
