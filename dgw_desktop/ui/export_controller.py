"""File → Export: choose a target, run the writer off the GUI thread, show progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QThreadPool, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from dgw_desktop.ui.session import ProjectSession

if TYPE_CHECKING:
    from dgw_desktop.ui.export_task import ExportTask, Writer


class ExportController(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: ProjectSession | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running: ExportTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.workbook_action = QAction(self.tr("&Workbook (Excel)…"), self)
        self.workbook_action.setShortcut("Ctrl+E")
        self.workbook_action.triggered.connect(self.export_workbook)
        self.memo_action = QAction(self.tr("Decision &memo (PDF)…"), self)
        self.memo_action.setShortcut("Ctrl+Shift+E")
        self.memo_action.triggered.connect(self.export_memo)
        self.set_session(None)

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        for action in (self.workbook_action, self.memo_action):
            action.setEnabled(session is not None)

    def export_workbook(self) -> None:
        from dgw_desktop.ui.export_task import write_workbook

        self._export(
            self.tr("Export workbook"), ".xlsx", self.tr("Excel workbook (*.xlsx)"), write_workbook
        )

    def export_memo(self) -> None:
        from dgw_desktop.ui.export_task import write_memo

        self._export(
            self.tr("Export decision memo"), ".pdf", self.tr("PDF document (*.pdf)"), write_memo
        )

    def _ask_target(self, title: str, suffix: str, file_filter: str) -> Path | None:
        assert self.session is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / (self.session.project_file.path.stem + suffix))
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, file_filter)
        if not path:
            return None
        return Path(path if path.lower().endswith(suffix) else path + suffix)

    def _export(self, title: str, suffix: str, file_filter: str, writer: Writer) -> None:
        if self.session is None or self.running is not None:
            return
        target = self._ask_target(title, suffix, file_filter)
        if target is None:
            return
        self.start(target, writer)

    def start(self, target: Path, writer: Writer) -> ExportTask:
        """Start an export; the snapshot is read here, the writing happens on the pool."""
        # Imported on first use: exports are not needed to start the program.
        from dgw_desktop.store.snapshot import load_snapshot
        from dgw_desktop.ui.export_task import ExportTask

        assert self.session is not None
        task = ExportTask(load_snapshot(self.session.project_file), target, writer)
        task.setAutoDelete(False)
        dialog = QProgressDialog(self.tr("Writing {0}…").format(target.name), "", 0, 0, self.window)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(400)  # quick exports finish without a flash of a dialog
        dialog.setValue(0)  # starts the dialog's clock; without it, it would never show
        dialog.setWindowTitle(self.tr("Export"))
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        self.running = task
        self.progress_dialog = dialog
        for action in (self.workbook_action, self.memo_action):
            action.setEnabled(False)
        self.pool.start(task)
        return task

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _finish(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.running = None
        self.set_session(self.session)

    def _on_finished(self, path: str) -> None:
        self._finish()
        self.window.statusBar().showMessage(self.tr("Exported to {0}").format(path), 8000)
        answer = QMessageBox.question(
            self.window,
            self.tr("Export ready"),
            self.tr("{0} has been written. Open it now?").format(Path(path).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _on_failed(self, message: str) -> None:
        self._finish()
        QMessageBox.warning(self.window, self.tr("Export failed"), message)

    def wait(self) -> None:
        self.pool.waitForDone()
