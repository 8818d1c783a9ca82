"""Fasen en kostensoorten: edit the budget's phases and cost categories side by side.

A non-modal dialog of the Lines tab, so the totals on the Budget page stay in sight and
follow every change (they reload from the store's overview). Each list is wired by a
``NamedListEditor``; Ctrl+Z and Ctrl+Shift+Z undo and redo here as in the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.budget.named_list_editor import NamedListEditor
from dgw_desktop.ui.budget.named_list_model import CATEGORIES, PHASES
from dgw_desktop.ui.generated.ui_budget_phases_dialog import Ui_BudgetPhasesDialog
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut


class PhasesDialog(QDialog):
    def __init__(self, source: BudgetSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BudgetPhasesDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        ui = self.ui
        self.phases = NamedListEditor(
            self,
            source,
            PHASES,
            ui.phasesView,
            ui.phaseNameEdit,
            (ui.addPhaseButton, ui.deletePhaseButton, ui.phaseUpButton, ui.phaseDownButton),
        )
        self.categories = NamedListEditor(
            self,
            source,
            CATEGORIES,
            ui.categoriesView,
            ui.categoryNameEdit,
            (
                ui.addCategoryButton,
                ui.deleteCategoryButton,
                ui.categoryUpButton,
                ui.categoryDownButton,
            ),
        )
        ui.listsSplitter.setSizes([1, 1])
        # Enter belongs to the name fields and the cell editors, never to a default button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        ui.buttonBox.rejected.connect(self.close)
        self._setup_undo(source)
        ui.phasesView.setFocus()

    def _setup_undo(self, source: BudgetSource) -> None:
        stack = source.session.undo_stack
        ui = self.ui
        ui.undoButton.clicked.connect(stack.undo)
        ui.redoButton.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(ui.undoButton.setEnabled)
        stack.canRedoChanged.connect(ui.redoButton.setEnabled)
        stack.undoTextChanged.connect(self._show_undo_text)
        stack.redoTextChanged.connect(self._show_redo_text)
        ui.undoButton.setEnabled(stack.canUndo())
        ui.redoButton.setEnabled(stack.canRedo())
        self._show_undo_text(stack.undoText())
        self._show_redo_text(stack.redoText())
        scoped_shortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, stack.undo)
        for keys in ("Ctrl+Shift+Z", "Ctrl+Y"):  # as in the main window, on every platform
            scoped_shortcut(QKeySequence(keys), self, stack.redo)

    def _show_undo_text(self, text: str) -> None:
        self.ui.undoButton.setToolTip(self.tr("Undo {0} (Ctrl+Z)").format(text) if text else "")

    def _show_redo_text(self, text: str) -> None:
        tip = self.tr("Redo {0} (Ctrl+Shift+Z)").format(text) if text else ""
        self.ui.redoButton.setToolTip(tip)
