"""``python -m dgw_desktop`` and the ``dgw-desktop`` command: the GUI, or a CLI command."""

from __future__ import annotations

import os
import sys

CLI_COMMANDS = frozenset({"demo", "check", "export", "import", "merge", "privacy"})
CLI_OPTIONS = frozenset({"--version", "-V", "--help", "-h"})


def wants_cli(argv: list[str]) -> bool:
    """True when the first argument names a CLI command or option; else the GUI starts."""
    return len(argv) > 1 and (argv[1] in CLI_COMMANDS or argv[1] in CLI_OPTIONS)


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    if wants_cli(argv):
        from dgw_desktop import cli

        # A windowed Windows build has no console streams: write into the void, not crash.
        if sys.stdout is None:
            sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        if sys.stderr is None:
            sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

        sys.exit(cli.main(argv[1:]))
    from dgw_desktop.ui.app import run_gui

    sys.exit(run_gui(argv))


if __name__ == "__main__":
    main()
