"""File → Import challenges: choose a file, read and check it off the GUI thread, preview,
and only then add every challenge in one undoable step."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThreadPool
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from dgw_desktop.ui.session import ProjectSession

if TYPE_CHECKING:
    from dgw_desktop.imports.challenges import ImportPlan
    from dgw_desktop.imports.matching import ImportTargets
    from dgw_desktop.imports.problems import ImportRefusedError
    from dgw_desktop.ui.dialogs.import_preview_dialog import ImportPreviewDialog
    from dgw_desktop.ui.import_task import ImportTask


class ImportController(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: ProjectSession | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running: ImportTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.preview: ImportPreviewDialog | None = None  # while it is shown
        self._task_session: ProjectSession | None = None
        self.import_action = QAction(self.tr("&Import challenges…"), self)
        self.import_action.setShortcut("Ctrl+I")
        self.import_action.setStatusTip(
            self.tr("Add challenges from an Excel workbook or a CSV file, after a preview")
        )
        self.import_action.triggered.connect(self.import_challenges)
        self.set_session(None)

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.import_action.setEnabled(session is not None and self.running is None)

    # -- choosing and reading -------------------------------------------------------------------
    def import_challenges(self) -> None:
        if self.session is None or self.running is not None:
            return
        from dgw_desktop.imports.tabular import ACCEPTED_SUFFIXES

        patterns = " ".join(f"*{suffix}" for suffix in ACCEPTED_SUFFIXES)
        file_filter = ";;".join(
            (
                self.tr("Excel or CSV ({0})").format(patterns),
                self.tr("All files (*)"),
            )
        )
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import challenges"), folder, file_filter
        )
        if path:
            self.start(Path(path))

    def start(self, path: Path) -> ImportTask:
        """Read the project's names here, then read and check the file on the pool."""
        from dgw_desktop.imports.matching import load_import_targets
        from dgw_desktop.ui.import_task import ImportTask

        assert self.session is not None
        targets = load_import_targets(self.session.project_file)  # the store stays on this thread
        task = ImportTask(path, targets)
        task.setAutoDelete(False)
        task.signals.planned.connect(self._on_planned)
        task.signals.refused.connect(self._on_refused)
        task.signals.failed.connect(self._on_failed)
        dialog = QProgressDialog(
            self.tr("Reading and checking {0}…").format(path.name),
            self.tr("Cancel"),
            0,
            0,
            self.window,
        )
        dialog.setWindowTitle(self.tr("Import challenges"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # small files are checked without a flash of a dialog
        dialog.setValue(0)  # starts the clock: without it a busy dialog never shows
        dialog.canceled.connect(self._cancel)
        self.running = task
        self._task_session = self.session
        self.progress_dialog = dialog
        self.import_action.setEnabled(False)
        self.pool.start(task)
        return task

    def _cancel(self) -> None:
        # Reading cannot be interrupted, but nothing is written: its result is dropped.
        if self.running is not None:
            self.running.cancelled = True

    def _finish(self) -> ImportTask | None:
        """The task that just ended, or None when its result no longer matters."""
        task = self.running
        if self.progress_dialog is not None:
            if task is not None and self.progress_dialog.wasCanceled():
                task.cancelled = True
            self.progress_dialog.canceled.disconnect(self._cancel)
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.running = None
        self.set_session(self.session)
        if task is None or task.cancelled or self._task_session is not self.session:
            return None
        return task

    # -- results ----------------------------------------------------------------------------------
    def _on_planned(self, plan: ImportPlan) -> None:
        task = self._finish()
        if task is not None:
            self.show_preview(task.path, plan, task.targets)

    def _on_refused(self, error: ImportRefusedError) -> None:
        from dgw_desktop.imports.challenges import ImportPlan

        task = self._finish()
        if task is not None:
            plan = ImportPlan(challenges=[], rows=[], problems=list(error.problems), duplicates=[])
            self.show_preview(task.path, plan, task.targets, readable=False)

    def _on_failed(self, message: str) -> None:
        if self._finish() is not None:
            QMessageBox.warning(self.window, self.tr("Import failed"), message)

    def show_preview(
        self, path: Path, plan: ImportPlan, targets: ImportTargets, *, readable: bool = True
    ) -> bool:
        """Show what the import would do; add everything if the user says so. True if added."""
        from dgw_desktop.ui.dialogs.import_preview_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(path.name, plan, targets, self.window, readable=readable)
        self.preview = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.preview = None
            dialog.deleteLater()
        return accepted and self._add(path, plan)

    def _add(self, path: Path, plan: ImportPlan) -> bool:
        from dgw_desktop.ui.commands.challenge_commands import AddChallengesCommand
        from dgw_desktop.ui.commands.store_command import push_edit

        if self.session is None or plan.problems or not plan.challenges:
            return False
        command = AddChallengesCommand(self.session, plan.challenges)
        count = len(plan.challenges)
        text = (
            self.tr("Import 1 challenge from {1}")
            if count == 1
            else self.tr("Import {0} challenges from {1}")
        )
        command.setText(text.format(count, path.name))  # the Edit menu says "Undo Import …"
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            error = push_edit(self.session, command)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if error:
            QMessageBox.warning(self.window, self.tr("Not imported"), error)
            return False
        self.window.statusBar().showMessage(
            self.tr("{0} challenges imported from {1}").format(count, path.name), 8000
        )
        return True

    def wait(self) -> None:
        self.pool.waitForDone()
