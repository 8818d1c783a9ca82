"""The main window: a thin shell of menus around the welcome screen or the open project."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

from dgw_desktop import __version__
from dgw_desktop.domain.messages import UserError
from dgw_desktop.paths import icons_dir
from dgw_desktop.store.project_file import ProjectFile, open_project_file
from dgw_desktop.ui import settings
from dgw_desktop.ui.export_controller import ExportController
from dgw_desktop.ui.file_dialogs import ask_open_path, ask_save_path, demo_path, show_file_error
from dgw_desktop.ui.import_controller import ImportController
from dgw_desktop.ui.pages.welcome_page import WelcomePage
from dgw_desktop.ui.project_view import ProjectView
from dgw_desktop.ui.session import ProjectSession


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.project_view: ProjectView | None = None
        self.undo_group = QUndoGroup(self)
        self.setWindowIcon(QIcon(str(icons_dir() / "dgw-desktop.svg")))
        self.welcome_page = WelcomePage()
        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome_page)
        self.setCentralWidget(self.central)
        self.exports = ExportController(self)
        self.imports = ImportController(self)
        self._create_actions()
        self._create_menus()
        self.welcome_page.new_requested.connect(self.new_project)
        self.welcome_page.open_requested.connect(self.open_project)
        self.welcome_page.demo_requested.connect(self.open_demo)
        self.welcome_page.recent_requested.connect(self.open_path)
        self._restore_geometry()
        self._show_welcome()

    # -- actions and menus ------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New…"), self.new_project, QKeySequence(keys.New))
        self.open_action = self._action(
            self.tr("&Open…"), self.open_project, QKeySequence(keys.Open)
        )
        self.demo_action = self._action(self.tr("Open &demo project"), self.open_demo)
        self.save_as_action = self._action(
            self.tr("Save &as…"), self.save_as, QKeySequence("Ctrl+Shift+S")
        )
        self.close_action = self._action(
            self.tr("&Close"), self.close_project, QKeySequence(keys.Close)
        )
        self.quit_action = self._action(self.tr("E&xit"), self.close, QKeySequence("Ctrl+Q"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo_keys = [*QKeySequence.keyBindings(keys.Redo), QKeySequence("Ctrl+Shift+Z")]
        redo_keys.append(QKeySequence("Ctrl+Y"))
        unique = {key.toString(): key for key in redo_keys if not key.isEmpty()}
        self.redo_action.setShortcuts(list(unique.values()))
        self.about_action = self._action(self.tr("&About DGW Desktop"), self.show_about)
        self.dutch_action = self._action("Nederlands", lambda: self._set_language("nl"))
        self.english_action = self._action("English", lambda: self._set_language("en"))
        for action, code in ((self.dutch_action, "nl"), (self.english_action, "en")):
            action.setCheckable(True)
            action.setChecked(settings.language() == code)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = QMenu(self.tr("&Recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addActions([self.save_as_action, self.close_action])
        file_menu.addSeparator()
        file_menu.addAction(self.imports.import_action)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        export_menu.addActions([self.exports.workbook_action, self.exports.memo_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        language_menu = help_menu.addMenu(self.tr("&Language"))
        language_menu.addActions([self.dutch_action, self.english_action])
        help_menu.addAction(self.about_action)
        # Shortcuts must work even when the menu bar is not native or not focused.
        self.addActions([self.undo_action, self.redo_action, self.save_as_action])
        self.addActions([self.exports.workbook_action, self.exports.memo_action])
        self.addAction(self.imports.import_action)
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = settings.recent_files()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(paths))
        self.welcome_page.set_recent_files(paths)

    # -- switching between welcome screen and project ----------------------------------------
    def _show_welcome(self) -> None:
        self.central.setCurrentWidget(self.welcome_page)
        self.setWindowTitle("DGW Desktop")
        for action in (self.save_as_action, self.close_action):
            action.setEnabled(False)

    def _show_project(self, project_file: ProjectFile) -> None:
        self.close_project()
        self.session = ProjectSession(project_file, self)
        self.undo_group.addStack(self.session.undo_stack)
        self.undo_group.setActiveStack(self.session.undo_stack)
        self.session.saved.connect(self._confirm_saved)
        self.session.failed.connect(self._show_failure)
        self.project_view = ProjectView(self.session)
        self.exports.set_session(self.session)
        self.imports.set_session(self.session)
        self.central.addWidget(self.project_view)
        self.central.setCurrentWidget(self.project_view)
        self.setWindowTitle(f"{project_file.path.name} — DGW Desktop")
        for action in (self.save_as_action, self.close_action):
            action.setEnabled(True)
        settings.remember_file(str(project_file.path))
        self._update_recent_menu()
        self.statusBar().showMessage(self.tr("Opened {0}").format(project_file.path), 5000)

    def close_project(self) -> None:
        if self.session is None:
            return
        self.exports.wait()  # an export reads a snapshot, but let it finish before closing
        self.exports.set_session(None)
        self.imports.set_session(None)  # a file still being read is dropped, not imported
        if self.project_view is not None:
            self.central.removeWidget(self.project_view)
            self.project_view.deleteLater()
            self.project_view = None
        self.undo_group.removeStack(self.session.undo_stack)
        self.session.close()
        self.session.deleteLater()
        self.session = None
        self._show_welcome()

    # -- file operations ------------------------------------------------------------------------
    def open_path(self, path: str) -> bool:
        if (
            self.session is not None
            and Path(path).resolve() == self.session.project_file.path.resolve()
        ):
            return True
        try:
            project_file = open_project_file(Path(path))
        except UserError as error:
            show_file_error(self, error)
            if not Path(path).exists():
                settings.forget_file(path)
            self._update_recent_menu()
            return False
        self._show_project(project_file)
        return True

    def open_project(self) -> None:
        path = ask_open_path(self)
        if path:
            self.open_path(path)

    def new_project(self) -> None:
        from dgw_desktop.store.new_project import create_empty_project  # not needed at start

        path = ask_save_path(self, self.tr("New project"), self.tr("New project.dgw"))
        if path:
            self._create(lambda: create_empty_project(Path(path), Path(path).stem, overwrite=True))

    def open_demo(self) -> bool:
        from dgw_desktop.store.new_project import create_demo_project  # not needed at start

        return self._create(lambda: create_demo_project(demo_path(), overwrite=True))

    def _create(self, make: object) -> bool:
        self.close_project()  # the target may be the file that is open now
        try:
            project_file: ProjectFile = make()  # type: ignore[operator]
        except UserError as error:
            show_file_error(self, error)
            return False
        self._show_project(project_file)
        return True

    def save_as(self) -> None:
        if self.session is None:
            return
        current = self.session.project_file.path
        path = ask_save_path(self, self.tr("Save project as"), current.name)
        if not path or Path(path).resolve() == current.resolve():
            return
        try:
            self.session.project_file.save_copy(Path(path))
        except UserError as error:
            show_file_error(self, error)
            return
        self.open_path(path)

    # -- feedback -----------------------------------------------------------------------------
    def _confirm_saved(self) -> None:
        self.statusBar().showMessage(
            self.tr("Saved at {0}").format(time.strftime("%H:%M:%S")), 4000
        )

    def _show_failure(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About DGW Desktop"),
            self.tr(
                "<h3>DGW Desktop {0}</h3><p>Prepare a data-driven working pilot with several "
                "municipalities: workshops, challenges, topics, team and budget, offline.</p>"
                "<p>Every change is saved in the project file at once.</p>"
            ).format(__version__),
        )

    def _set_language(self, code: str) -> None:
        settings.set_language(code)
        self.dutch_action.setChecked(code == "nl")
        self.english_action.setChecked(code == "en")
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time DGW Desktop starts."),
        )

    # -- window state ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.app_settings().value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.app_settings().setValue("mainWindow/geometry", self.saveGeometry())
        self.close_project()
        event.accept()
