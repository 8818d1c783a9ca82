"""Regels: the budget lines edited in place, totals per phase and category, the rate table.

Keys in the lines table: type to replace a cell, Enter to commit, F2 to edit, Ins for a new
line, Del to delete the lines of the selected cells. Every commit is one undo step and
updates the amounts and totals at once (they come from the store's overview).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from dgw_desktop.domain.budget import BudgetLine, Rate
from dgw_desktop.domain.formatting import format_money, parse_money
from dgw_desktop.domain.messages import UserError
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.budget.budget_tab import (
    EDIT_TRIGGERS,
    BudgetTab,
    compact_rows,
    keep_current_on_reset,
    keep_fitted,
    selected_rows,
    start_editing,
)
from dgw_desktop.ui.budget.line_table_model import (
    AMOUNT,
    CHOICE_COLUMNS,
    DESCRIPTION,
    NUMBER_COLUMNS,
    LineTableModel,
)
from dgw_desktop.ui.budget.phases_dialog import PhasesDialog
from dgw_desktop.ui.budget.rate_table_model import CENTS, NAME, RateTableModel
from dgw_desktop.ui.budget.totals_model import TotalsModel
from dgw_desktop.ui.commands.budget_commands import (
    AddBudgetLineCommand,
    AddRateCommand,
    DeleteBudgetLinesCommand,
    DeleteRateCommand,
    SetDefaultRateCommand,
)
from dgw_desktop.ui.commands.store_command import translate_error
from dgw_desktop.ui.generated.ui_budget_lines_tab import Ui_BudgetLinesTab
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut
from dgw_desktop.ui.widgets.choice_delegate import ChoiceDelegate
from dgw_desktop.ui.widgets.typed_text_delegate import TypedTextDelegate

DESCRIPTION_WIDTH = 230  # longer descriptions are elided; the tooltip has them in full


class LinesTab(BudgetTab):
    def __init__(self, source: BudgetSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self.ui = Ui_BudgetLinesTab()
        self.ui.setupUi(self)
        self.lines_model = LineTableModel(source, self)
        self.totals_model = TotalsModel(source, self)
        self.rates_model = RateTableModel(source, self)
        self.phases_dialog: PhasesDialog | None = None
        self.watch_models([self.lines_model, self.rates_model])
        self._setup_lines_view()
        self._setup_side_views()
        ui = self.ui
        ui.addLineButton.clicked.connect(self.add_line)
        ui.deleteLinesButton.clicked.connect(self.delete_lines)
        ui.phasesButton.clicked.connect(self.show_phases_dialog)
        ui.addRateButton.clicked.connect(self.add_rate)
        ui.rateAmountEdit.returnPressed.connect(self.add_rate)
        ui.rateNameEdit.returnPressed.connect(ui.rateAmountEdit.setFocus)
        ui.deleteRateButton.clicked.connect(self.delete_rate)
        ui.defaultRateCombo.activated.connect(self._default_rate_chosen)
        ui.ratesView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.linesView.selectionModel().selectionChanged.connect(self._update_buttons)
        scoped_shortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_line)
        delete = QKeySequence(QKeySequence.StandardKey.Delete)
        scoped_shortcut(delete, ui.linesView, self.delete_lines)
        scoped_shortcut(delete, ui.ratesView, self.delete_rate)
        source.reloaded.connect(self._refresh)
        self._refresh()

    def _setup_lines_view(self) -> None:
        view = self.ui.linesView
        view.setModel(self.lines_model)
        view.setEditTriggers(EDIT_TRIGGERS)
        choice = ChoiceDelegate(view)
        number = TypedTextDelegate(view)
        for column in CHOICE_COLUMNS:
            view.setItemDelegateForColumn(column, choice)
        for column in NUMBER_COLUMNS:
            view.setItemDelegateForColumn(column, number)
        view.verticalHeader().setVisible(False)
        compact_rows(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.resizeColumnsToContents()
        header.resizeSection(DESCRIPTION, DESCRIPTION_WIDTH)
        header.resizeSection(AMOUNT, max(header.sectionSize(AMOUNT), 100))
        keep_current_on_reset(view, self.lines_model, lambda item: item.line.id)

    def _setup_side_views(self) -> None:
        totals = self.ui.totalsView
        totals.setModel(self.totals_model)
        compact_rows(totals)
        totals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        totals.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rates = self.ui.ratesView
        rates.setModel(self.rates_model)
        rates.setEditTriggers(EDIT_TRIGGERS)
        rates.setItemDelegateForColumn(CENTS, TypedTextDelegate(rates))
        rates.verticalHeader().setVisible(False)
        compact_rows(rates)
        header = rates.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        keep_fitted(totals)
        keep_fitted(rates)
        # The lines take what the totals and rates leave.
        self.ui.verticalSplitter.setStretchFactor(0, 1)
        self.ui.verticalSplitter.setStretchFactor(1, 0)
        self.ui.bottomSplitter.setStretchFactor(0, 3)
        self.ui.bottomSplitter.setStretchFactor(1, 2)
        self.ui.bottomSplitter.setSizes([600, 430])
        bottom = self.ui.bottomSplitter.sizeHint().height()
        self.ui.verticalSplitter.setSizes([10_000, bottom])

    # -- refreshing -----------------------------------------------------------------------------
    def _refresh(self) -> None:
        overview = self.source.overview
        totals = overview.totals
        borne = sum(totals.borne.values())
        self.ui.grandTotalLabel.setText(
            self.tr("<b>Total {0}</b>: shared pool {1}, borne by one municipality {2}").format(
                format_money(totals.total), format_money(totals.shared), format_money(borne)
            )
        )
        combo = self.ui.defaultRateCombo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for rate in overview.rates:
                if rate.is_internal:
                    combo.addItem(rate.name, rate.id)
            index = combo.findData(overview.default_rate_id)
            combo.setCurrentIndex(max(index, 0) if overview.default_rate_id else 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.deleteLinesButton.setEnabled(bool(selected_rows(self.ui.linesView)))
        self.ui.deleteRateButton.setEnabled(self._selected_rate() is not None)

    # -- lines ----------------------------------------------------------------------------------
    def add_line(self) -> None:
        overview = self.source.overview
        if not overview.phases or not overview.categories:
            self.show_refusal(self.tr("The project needs a phase and a cost category first."))
            return
        current = self.ui.linesView.currentIndex()
        if current.isValid():
            template = self.lines_model.line(current.row())
            phase_id, category_id = template.phase_id, template.category_id
        else:
            phase_id, category_id = overview.phases[0].id, overview.categories[0].id
        has_rate = overview.default_rate_id is not None or bool(overview.rates)
        line = BudgetLine(
            description=self.tr("New budget line"),
            phase_id=phase_id,
            category_id=category_id,
            kind="hours" if has_rate else "fixed",
            rate_id=None if overview.default_rate_id or not has_rate else overview.rates[0].id,
        )
        command = AddBudgetLineCommand(self.session, line)
        if self.push(command):
            row = self.lines_model.row_of_line(command.item.id)
            if row >= 0:
                start_editing(self.ui.linesView, self.lines_model.index(row, DESCRIPTION))

    def delete_lines(self) -> None:
        rows = selected_rows(self.ui.linesView)
        if rows:
            ids = [self.lines_model.line(row).id for row in rows]
            self.push(DeleteBudgetLinesCommand(self.session, ids))

    def show_phases_dialog(self) -> PhasesDialog:
        """Open (or bring back) the non-modal dialog for phases and cost categories."""
        if self.phases_dialog is None:
            self.phases_dialog = PhasesDialog(self.source, self)
        dialog = self.phases_dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # -- rates ----------------------------------------------------------------------------------
    def _selected_rate(self) -> Rate | None:
        rows = self.ui.ratesView.selectionModel().selectedRows()
        return self.rates_model.row(rows[0].row()) if rows else None

    def add_rate(self) -> None:
        ui = self.ui
        try:
            cents = parse_money(ui.rateAmountEdit.text())
        except UserError as error:
            self.show_refusal(translate_error(error))
            ui.rateAmountEdit.setFocus()
            return
        rate = Rate(ui.rateNameEdit.text(), cents, ui.rateInternalCheck.isChecked())
        if self.push(AddRateCommand(self.session, rate)):
            ui.rateNameEdit.clear()
            ui.rateAmountEdit.clear()
            ui.rateNameEdit.setFocus()

    def delete_rate(self) -> None:
        rate = self._selected_rate()
        if rate is not None:
            self.push(DeleteRateCommand(self.session, rate))

    def _default_rate_chosen(self) -> None:
        rate_id = self.ui.defaultRateCombo.currentData()
        if rate_id != self.source.overview.default_rate_id:
            if not self.push(SetDefaultRateCommand(self.session, rate_id)):
                self._refresh()
