"""Choose themes and challenges a topic grows from; type to narrow the list.

Each row shows which topics the theme or challenge already feeds (traceability the other
way round). Arrow keys in the search line move through the list; Shift+arrows select more;
Enter accepts.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QWidget

from dgw_desktop.domain.entities import Target
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.ui.generated.ui_origin_chooser_dialog import Ui_OriginChooserDialog
from dgw_desktop.ui.models.origin_models import FEEDS, KIND, TEXT, OriginChoiceModel, OriginRow

_LIST_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class OriginChooserDialog(QDialog):
    """``chosen`` holds the rows picked (in list order) once accepted."""

    def __init__(
        self,
        project_file: ProjectFile,
        prompt: str,
        exclude: Collection[Target] = (),
        themes_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OriginChooserDialog()
        self.ui.setupUi(self)
        self.ui.promptLabel.setText(prompt)
        self.model = OriginChoiceModel(project_file, exclude, themes_only, self)
        view = self.ui.choiceView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FEEDS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FEEDS, 220)
        self.chosen: list[OriginRow] = []
        self.ui.filterEdit.textChanged.connect(self._filter)
        self.ui.filterEdit.installEventFilter(self)
        view.doubleClicked.connect(self.accept)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._select_first()
        self.ui.filterEdit.setFocus()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.ui.choiceView.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _filter(self, text: str) -> None:
        self.model.set_text_filter(text)
        self._select_first()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in _LIST_KEYS:
                QApplication.sendEvent(self.ui.choiceView, event)
                return True
        return super().eventFilter(watched, event)

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows (for keyboard-free callers and tests)."""
        selection = self.ui.choiceView.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)

    def accept(self) -> None:
        rows = sorted({i.row() for i in self.ui.choiceView.selectionModel().selectedRows()})
        if not rows:
            return
        self.chosen = [self.model.origin(row) for row in rows]
        super().accept()
