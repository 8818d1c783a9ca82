#!/usr/bin/env bash
# Developer entry point for DGW Desktop on Linux.
#
#   bash tools/dev.sh demo   set up .venv if needed, then open the GUI on the demo project
#   bash tools/dev.sh test   set up .venv if needed, then ruff, lint-imports, mypy and pytest
#
# Setup: creates .venv with python3 >= 3.11 when missing and runs `pip install -e '.[test]'`
# whenever pyproject.toml is newer than the stamp in .venv. Set PYTHON=/path/to/python3.x to
# choose the interpreter. When Qt's system libraries are missing it prints the apt-get line;
# as root with CI set it installs them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="$ROOT/.venv"
STAMP="$VENV/.dgw-desktop-installed"
MIN_MINOR=11

# Shared libraries PySide6 loads (Qt's own libraries come with the wheel), and the Debian/Ubuntu
# packages that provide them. Keep both lists and the README's apt line in step.
QT_LIBRARIES=(
    libGL.so.1 libEGL.so.1 libfontconfig.so.1 libglib-2.0.so.0 libdbus-1.so.3
    libxkbcommon.so.0 libxkbcommon-x11.so.0 libxcb-cursor.so.0 libxcb-icccm.so.4
    libxcb-image.so.0 libxcb-keysyms.so.1 libxcb-render-util.so.0 libxcb-shape.so.0
    libxcb-randr.so.0 libxcb-xinerama.so.0 libxcb-xkb.so.1
)
QT_PACKAGES=(
    libgl1 libegl1 libfontconfig1 fonts-dejavu-core libglib2.0-0 libdbus-1-3 libxkbcommon0
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
)
FONT_FILE=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

say() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

usage() {
    cat >&2 <<'EOF'
usage: bash tools/dev.sh demo    open DGW Desktop on the demo project
       bash tools/dev.sh test    run ruff, lint-imports, mypy and the whole test suite
EOF
    exit 2
}

can_apt_install() {
    [[ "$(id -u)" == 0 && -n "${CI:-}" ]] && command -v apt-get >/dev/null 2>&1
}

apt_install() {
    say "installing with apt-get: $*"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

python_ok() {  # python_ok EXECUTABLE: is it Python 3.MIN_MINOR or newer?
    "$1" -c "import sys; sys.exit(0 if sys.version_info >= (3, $MIN_MINOR) else 1)" 2>/dev/null
}

find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

describe_python() {
    local found
    found="$(command -v "${PYTHON:-python3}" 2>/dev/null || true)"
    if [[ -n "$found" ]]; then
        "$found" -c 'import sys; print(f"{sys.executable} is Python {sys.version.split()[0]}")'
    else
        echo "no python3 found on PATH"
    fi
}

ensure_venv() {
    if [[ -x "$VENV/bin/python" ]]; then
        python_ok "$VENV/bin/python" && return 0
        die "$VENV uses $("$VENV/bin/python" -V 2>&1); DGW Desktop needs Python 3.$MIN_MINOR or newer. Remove .venv and run this again."
    fi
    local python
    if ! python="$(find_python)"; then
        if can_apt_install; then
            apt_install python3 python3-venv python3-pip
            python="$(find_python)" || die "python3 is still older than 3.$MIN_MINOR."
        else
            die "DGW Desktop needs Python 3.$MIN_MINOR or newer ($(describe_python)). Install it (Debian 12 and Ubuntu 22.04+ ship it: sudo apt-get install python3 python3-venv) or set PYTHON=/path/to/python3.$MIN_MINOR."
        fi
    fi
    say "creating .venv with $("$python" -V 2>&1) ($python)"
    if ! "$python" -m venv "$VENV" >/dev/null 2>&1; then
        rm -rf "$VENV"
        if can_apt_install; then
            apt_install python3-venv
            "$python" -m venv "$VENV" || { rm -rf "$VENV"; die "could not create .venv"; }
        else
            die "could not create .venv: $python has no venv module. On Debian/Ubuntu: sudo apt-get install python3-venv"
        fi
    fi
}

ensure_installed() {
    if [[ -f "$STAMP" && ! "$ROOT/pyproject.toml" -nt "$STAMP" ]]; then
        return 0
    fi
    say "installing DGW Desktop and its test tools into .venv (pip install -e '.[test]')"
    export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
    "$VENV/bin/python" -m pip install -q -e '.[test]'
    touch "$STAMP"
}

ensure_qt_libraries() {
    [[ "$(uname -s)" == Linux ]] || return 0
    local missing=() library known ldconfig
    ldconfig="$(command -v ldconfig || echo /sbin/ldconfig)"
    known="$("$ldconfig" -p 2>/dev/null || true)"
    for library in "${QT_LIBRARIES[@]}"; do
        # Lines look like: "<tab>libGL.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libGL.so.1".
        grep -q "^[[:space:]]*${library//./\\.} " <<<"$known" || missing+=("$library")
    done
    [[ -f "$FONT_FILE" ]] || missing+=("$(basename "$FONT_FILE")")
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if can_apt_install; then
        apt_install "${QT_PACKAGES[@]}"
        return 0
    fi
    say "Qt needs system libraries that are missing: ${missing[*]}"
    say "install them with:"
    printf '\n    sudo apt-get install -y --no-install-recommends %s\n\n' "${QT_PACKAGES[*]}" >&2
    return 1
}

run_checks() {
    local failed=() bin="$VENV/bin"
    step() {
        local name="$1"
        shift
        printf '\n==> %s\n' "$name"
        if "$@"; then
            printf '==> %s: ok\n' "$name"
        else
            printf '==> %s: FAILED\n' "$name"
            failed+=("$name")
        fi
    }
    step "ruff" "$bin/ruff" check .
    step "lint-imports" "$bin/lint-imports" --no-cache
    step "mypy" "$bin/mypy"
    step "pytest" env QT_QPA_PLATFORM=offscreen "$bin/python" -m pytest -q
    echo
    if [[ ${#failed[@]} -gt 0 ]]; then
        say "FAILED: ${failed[*]}"
        return 1
    fi
    say "all checks passed"
}

main() {
    [[ $# -eq 1 ]] || usage
    case "$1" in
        demo)
            ensure_venv
            ensure_installed
            ensure_qt_libraries || exit 1
            exec "$VENV/bin/python" -m dgw_desktop --demo
            ;;
        test)
            ensure_venv
            ensure_installed
            ensure_qt_libraries || exit 1
            run_checks
            ;;
        *) usage ;;
    esac
}

main "$@"
