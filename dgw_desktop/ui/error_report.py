"""Unexpected errors (bugs) in the GUI: logged to a file and shown calmly, never a crash.

User errors are handled where they happen; this catches what nobody expected, so a
facilitator in front of a projector sees a short message instead of a vanished window.
"""

from __future__ import annotations

import datetime
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox


def log_path() -> Path:
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "errors.log"


def report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    details = "".join(traceback.format_exception(kind, error, trace))
    path = log_path()
    try:
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')}\n{details}\n")
    except OSError:
        path = Path("")
    if sys.__stderr__ is not None:  # None in a windowed Windows build
        sys.__stderr__.write(details)
    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ErrorReport", "Something went wrong"),
        QCoreApplication.translate(
            "ErrorReport",
            "DGW Desktop ran into an unexpected problem. Everything saved before this moment "
            "is safe in the project file. The details are in {0}.",
        ).format(path),
    )
    box.setDetailedText(details)
    box.exec()


def install() -> None:
    sys.excepthook = report_unexpected
