"""Starting the GUI: application, translation, main window, and the file to open."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from dgw_desktop import __version__
from dgw_desktop.ui import error_report, settings
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.translation import install_translators


def parse_gui_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dgw-desktop")
    parser.add_argument("file", nargs="?", help="project file (.dgw) to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh demo project")
    known, _qt_arguments = parser.parse_known_args(argv[1:])
    return known


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("DGW")
    app.setApplicationName("DGW Desktop")
    app.setApplicationVersion(__version__)
    return app


def run_gui(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    arguments = parse_gui_arguments(argv)
    app = create_application(argv)
    error_report.install()
    translators = install_translators(app, settings.language())
    window = MainWindow()
    window.show()
    if arguments.demo:
        window.open_demo()
    elif arguments.file:
        window.open_path(arguments.file)
    exit_code = app.exec()
    del translators
    return exit_code
