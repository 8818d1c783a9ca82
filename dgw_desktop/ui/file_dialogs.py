"""File choosers and the error box for project files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dgw_desktop.domain.messages import UserError
from dgw_desktop.ui.commands.store_command import translate_error

SUFFIX = ".dgw"


def _filter() -> str:
    return QCoreApplication.translate("FileDialogs", "DGW project (*.dgw);;All files (*)")


def _start_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def ask_open_path(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Open project"),
        _start_folder(),
        _filter(),
    )
    return path or None


def ask_save_path(parent: QWidget, title: str, suggested_name: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(_start_folder()) / suggested_name), _filter()
    )
    if not path:
        return None
    return path if path.lower().endswith(SUFFIX) else path + SUFFIX


def demo_path() -> Path:
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "Demo GHO-pilot.dgw"


def show_file_error(parent: QWidget, error: UserError) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("FileDialogs", "Cannot open file"),
        translate_error(error),
    )
