"""Reading and checking an import file on a worker thread; the result comes back by signal.

The worker never touches the project file or a widget: the project's names were read on the
GUI thread (``ImportTargets``) and planning is pure.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from dgw_desktop.domain.messages import UserError

if TYPE_CHECKING:
    from dgw_desktop.imports.matching import ImportTargets


class ImportSignals(QObject):
    planned = Signal(object)  # ImportPlan
    refused = Signal(object)  # ImportRefusedError: the file cannot be read as a challenge list
    failed = Signal(str)


class ImportTask(QRunnable):
    def __init__(self, path: Path, targets: ImportTargets) -> None:
        super().__init__()
        self.path = path
        self.targets = targets
        self.cancelled = False  # set on the GUI thread; the result is then dropped there
        self.signals = ImportSignals()

    def run(self) -> None:
        from dgw_desktop.imports import challenges  # imported on first use, not at start-up
        from dgw_desktop.imports.problems import ImportRefusedError

        try:
            rows = challenges.read_challenge_rows(self.path)
            plan = challenges.plan_challenge_import(self.targets, rows)
        except ImportRefusedError as error:
            self.signals.refused.emit(error)
        except UserError as error:
            self.signals.failed.emit(error.translated(QCoreApplication.translate))
        except OSError as error:
            self.signals.failed.emit(
                QCoreApplication.translate("ImportTask", "{0} cannot be read: {1}").format(
                    self.path.name, error.strerror or error
                )
            )
        except Exception:  # a bug: show it, never kill the program from a worker thread
            self.signals.failed.emit(
                QCoreApplication.translate("ImportTask", "The import failed unexpectedly.")
                + "\n\n"
                + traceback.format_exc(limit=3)
            )
        else:
            self.signals.planned.emit(plan)
