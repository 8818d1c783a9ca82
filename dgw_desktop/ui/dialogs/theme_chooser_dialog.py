"""Pick one theme from a list, typing to narrow it: for Ctrl+T and for merging."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from dgw_desktop.store.themes import ThemeSummary
from dgw_desktop.ui.generated.ui_theme_chooser_dialog import Ui_ThemeChooserDialog
from dgw_desktop.ui.models.theme_choice_model import ThemeChoiceModel

_LIST_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class ThemeChooserDialog(QDialog):
    """``chosen_id`` holds the theme picked; type to filter, arrows to move, Enter to pick."""

    def __init__(
        self,
        themes: Sequence[ThemeSummary],
        prompt: str,
        preferred_id: str | None = None,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ThemeChooserDialog()
        self.ui.setupUi(self)
        self.ui.promptLabel.setText(prompt)
        self.ui.noteLabel.setText(note)
        self.ui.noteLabel.setVisible(bool(note))
        self.model = ThemeChoiceModel(themes, self)
        self.ui.themeList.setModel(self.model)
        self.chosen_id: str | None = None
        self.ui.filterEdit.textChanged.connect(self._filter)
        self.ui.filterEdit.installEventFilter(self)
        self.ui.themeList.doubleClicked.connect(self.accept)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._select(max(self.model.row_of(preferred_id or ""), 0))
        self.ui.filterEdit.setFocus()

    def _select(self, row: int) -> None:
        if self.model.rowCount():
            index = self.model.index(min(row, self.model.rowCount() - 1))
            self.ui.themeList.setCurrentIndex(index)

    def _filter(self, text: str) -> None:
        self.model.set_text_filter(text)
        self._select(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys in the search line move through the list, so hands stay on the keys.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in _LIST_KEYS:
                QApplication.sendEvent(self.ui.themeList, event)
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        index = self.ui.themeList.currentIndex()
        if not index.isValid():
            return
        self.chosen_id = self.model.theme(index.row()).id
        super().accept()
