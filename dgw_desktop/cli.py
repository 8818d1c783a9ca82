"""The command line: the same file operations as the GUI, without a screen (DESIGN §7).

Exit codes: 0 success; 1 invalid input or file (one message on stderr, nothing written);
2 wrong usage. Qt, openpyxl and reportlab are imported only when a command needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from dgw_desktop import __version__
from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, Translator, UserError
from dgw_desktop.store.errors import FileRefusedError, RefusalReason

if TYPE_CHECKING:
    from dgw_desktop.store.snapshot import ProjectSnapshot

PROGRAM = "dgw-desktop"
EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

_DESCRIPTION = """\
Prepare a datagedreven-werken pilot with several municipalities, offline.

Without a command the GUI starts:
  dgw-desktop [FILE]      open the GUI (optionally with a project file)
  dgw-desktop --demo      open the GUI on a fresh demo project
"""


# -- messages -------------------------------------------------------------------------------
def _identity(context: str, text: str) -> str:
    del context
    return text


def cli_translator() -> Translator:
    """The Dutch translation of the core's messages, or the English source texts.

    Uses ``QTranslator`` from QtCore only (no application object); Qt is imported only when the
    catalogue exists, and any problem loading it falls back to English.
    """
    from dgw_desktop.paths import translations_dir

    catalogue = translations_dir() / "dgw_nl.qm"
    if not catalogue.is_file():
        return _identity
    try:
        from PySide6.QtCore import QTranslator

        translator = QTranslator()
        if not translator.load(str(catalogue)):
            return _identity
    except Exception:
        return _identity

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


def _message(error: UserError) -> str:
    try:
        return error.translated(cli_translator())
    except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
        return error.translated()


def _print_error(text: str) -> None:
    line = f"{PROGRAM}: {text}\n"
    try:
        sys.stderr.write(line)
    except UnicodeEncodeError:  # a console that cannot show “quotes” or €
        encoding = sys.stderr.encoding or "ascii"
        sys.stderr.write(line.encode(encoding, "replace").decode(encoding))
    sys.stderr.flush()


def _same_file_error(path: Path) -> UserError:
    return UserError(
        "Cli",
        QT_TRANSLATE_NOOP(
            "Cli", "The export would overwrite the project file {name}; choose another name."
        ),
        name=path.name,
    )


_COUNT_LABELS = {
    "municipality": "municipalities",
    "domain": "domains",
    "workshop": "workshops",
    "challenge": "challenges",
}


# -- commands -----------------------------------------------------------------------------------
def _cmd_demo(args: argparse.Namespace) -> int:
    from dgw_desktop.store.new_project import create_demo_project

    create_demo_project(Path(args.file), overwrite=args.force).close()
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from dgw_desktop.store.project_file import check_project_file
    from dgw_desktop.store.schema import MIGRATIONS

    report = check_project_file(Path(args.file))
    status = "integrity ok"
    if report.schema_version < len(MIGRATIONS):
        status += f", will be updated to file version {len(MIGRATIONS)} when opened"
    lines = [f"{report.path.name}: DGW Desktop project, file version {report.schema_version}"]
    lines[0] += f", {status}"
    lines += [
        f"{_COUNT_LABELS.get(table, table)}: {count}" for table, count in report.counts.items()
    ]
    print("\n".join(lines))
    return EXIT_OK


def _load_snapshot(path: Path) -> ProjectSnapshot:
    from dgw_desktop.store.project_file import open_project_file
    from dgw_desktop.store.snapshot import load_snapshot

    with open_project_file(path) as project_file:
        return load_snapshot(project_file)


def _export(args: argparse.Namespace, write: Callable[[ProjectSnapshot, Path], None]) -> int:
    source, target = Path(args.file), Path(args.out)
    snapshot = _load_snapshot(source)
    if target.exists() and target.resolve() == source.resolve():
        raise _same_file_error(target)
    write(snapshot, target)
    return EXIT_OK


def _cmd_export_xlsx(args: argparse.Namespace) -> int:
    from dgw_desktop.exports.workbook import write_workbook

    return _export(args, write_workbook)


def _cmd_export_memo(args: argparse.Namespace) -> int:
    from dgw_desktop.exports.memo import write_memo

    return _export(args, write_memo)


def _write_line(stream: TextIO, text: str) -> None:
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:  # a console that cannot show “quotes” or ï
        encoding = stream.encoding or "ascii"
        stream.write((text + "\n").encode(encoding, "replace").decode(encoding))
    stream.flush()


def _format(translate: Translator, context: str, text: str, **params: object) -> str:
    try:
        return translate(context, text).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
        return text.format(**params)


def _cmd_import_challenges(args: argparse.Namespace) -> int:
    from dgw_desktop.imports.challenges import import_challenges_into
    from dgw_desktop.imports.problems import ImportRefusedError

    translate = cli_translator()
    project, source = Path(args.file), Path(args.source)
    try:
        count = import_challenges_into(project, source)
    except ImportRefusedError as error:
        # The summary as the one message, then every problem on its own line ("rij 7: …").
        _print_error(_format(translate, error.context, error.text, **error.params))
        for problem in error.problems:
            try:
                line = problem.translated(translate)
            except (KeyError, IndexError, ValueError):
                line = problem.translated()
            _write_line(sys.stderr, line)
        return EXIT_INVALID
    done = QT_TRANSLATE_NOOP("Cli", "{count} challenges imported into {name}.")
    _write_line(sys.stdout, _format(translate, "Cli", done, count=count, name=project.name))
    return EXIT_OK


# -- parser ---------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-V", "--version", action="version", version=f"{PROGRAM} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = commands.add_parser("demo", help="write the demo (GHO) project to FILE")
    demo.add_argument("file", metavar="FILE", help="the .dgw file to write")
    demo.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    demo.set_defaults(handler=_cmd_demo)

    check = commands.add_parser("check", help="verify a file: ours, version, integrity")
    check.add_argument("file", metavar="FILE", help="the .dgw file to check")
    check.set_defaults(handler=_cmd_check)

    export = commands.add_parser("export", help="write the workbook or the decision memo")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    xlsx = formats.add_parser("xlsx", help="the steering-committee workbook (.xlsx)")
    xlsx.add_argument("file", metavar="FILE", help="the .dgw project file")
    xlsx.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    xlsx.set_defaults(handler=_cmd_export_xlsx)
    memo = formats.add_parser("memo", help="the decision memo (stuurgroepvoorstel, .pdf)")
    memo.add_argument("file", metavar="FILE", help="the .dgw project file")
    memo.add_argument("out", metavar="OUT.pdf", help="the PDF to write")
    memo.set_defaults(handler=_cmd_export_memo)

    imports = commands.add_parser("import", help="import challenges from .xlsx or .csv")
    kinds = imports.add_subparsers(dest="kind", metavar="KIND", required=True)
    challenges = kinds.add_parser(
        "challenges",
        help="add the challenges of IN (.xlsx or .csv) to FILE: all rows, or none",
    )
    challenges.add_argument("file", metavar="FILE", help="the .dgw project file")
    challenges.add_argument("source", metavar="IN", help="the .xlsx or .csv file to import")
    challenges.set_defaults(handler=_cmd_import_challenges)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (argparse's usage errors give 2)."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as stop:  # --help, --version (0) and usage errors (2)
        if stop.code is None:
            return EXIT_OK
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UserError as error:
        _print_error(_message(error))
        return EXIT_INVALID
    except OSError as error:
        # A backstop: the store and the exporters turn their own OSErrors into UserErrors.
        target = Path(error.filename) if error.filename else Path(getattr(args, "file", "?"))
        refused = FileRefusedError(
            RefusalReason.UNWRITABLE, target, detail=error.strerror or str(error)
        )
        _print_error(_message(refused))
        return EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
