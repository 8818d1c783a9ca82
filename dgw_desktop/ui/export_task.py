"""Running an export on a worker thread; results come back to the GUI thread by signal."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from dgw_desktop.domain.messages import UserError
from dgw_desktop.store.snapshot import ProjectSnapshot

Writer = Callable[[ProjectSnapshot, Path, Callable[[int, int], None]], None]


class ExportSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)


class ExportTask(QRunnable):
    """Writes one export from an immutable snapshot; never touches widgets."""

    def __init__(self, snapshot: ProjectSnapshot, target: Path, writer: Writer) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.target = target
        self.writer = writer
        self.signals = ExportSignals()

    def run(self) -> None:
        try:
            self.writer(self.snapshot, self.target, self.signals.progress.emit)
        except UserError as error:
            self.signals.failed.emit(error.translated(QCoreApplication.translate))
        except OSError as error:
            self.signals.failed.emit(
                QCoreApplication.translate("ExportTask", "{0} could not be written: {1}").format(
                    self.target.name, error.strerror or error
                )
            )
        except Exception:  # a bug: show it, never kill the program from a worker thread
            self.signals.failed.emit(
                QCoreApplication.translate("ExportTask", "The export failed unexpectedly.")
                + "\n\n"
                + traceback.format_exc(limit=3)
            )
        else:
            self.signals.finished.emit(str(self.target))


def write_workbook(
    snapshot: ProjectSnapshot, target: Path, progress: Callable[[int, int], None]
) -> None:
    from dgw_desktop.exports.workbook import write_workbook as write  # heavy: import on demand

    write(snapshot, target, progress)


def write_memo(
    snapshot: ProjectSnapshot, target: Path, progress: Callable[[int, int], None]
) -> None:
    from dgw_desktop.exports.memo import write_memo as write  # heavy: import on demand

    write(snapshot, target, progress)
