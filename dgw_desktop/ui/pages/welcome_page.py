"""The welcome screen shown when no project is open: New, Open, Open demo, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from dgw_desktop.ui.generated.ui_welcome_page import Ui_WelcomePage


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        self.ui.newButton.clicked.connect(self.new_requested)
        self.ui.openButton.clicked.connect(self.open_requested)
        self.ui.demoButton.clicked.connect(self.demo_requested)
        self.ui.recentList.itemActivated.connect(self._open_recent)

    def set_recent_files(self, paths: list[str]) -> None:
        self.ui.recentList.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}  —  {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.ui.recentList.addItem(item)
        self.ui.recentLabel.setVisible(bool(paths))
        self.ui.recentList.setVisible(bool(paths))

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
