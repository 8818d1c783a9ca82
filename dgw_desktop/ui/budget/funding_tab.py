"""Dekking: funding sources edited in place; the gap or surplus per scenario and per municipality.

Keys in the sources table: type to replace a cell, Enter to commit, Ins for a new source,
Del to delete the current one. Every commit is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from dgw_desktop.domain.cost_split import FundingSource
from dgw_desktop.ui.budget.balance_tree_model import NAME as BALANCE_NAME
from dgw_desktop.ui.budget.balance_tree_model import BalanceTreeModel
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
from dgw_desktop.ui.budget.funding_table_model import (
    AMOUNT,
    CHOICE_COLUMNS,
    NAME,
    FundingTableModel,
)
from dgw_desktop.ui.commands.budget_commands import AddFundingCommand, DeleteFundingCommand
from dgw_desktop.ui.generated.ui_budget_funding_tab import Ui_BudgetFundingTab
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut
from dgw_desktop.ui.widgets.choice_delegate import ChoiceDelegate
from dgw_desktop.ui.widgets.typed_text_delegate import TypedTextDelegate


class FundingTab(BudgetTab):
    def __init__(self, source: BudgetSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self.ui = Ui_BudgetFundingTab()
        self.ui.setupUi(self)
        self.sources_model = FundingTableModel(source, self)
        self.balance_model = BalanceTreeModel(source, self)
        self.watch_models([self.sources_model])
        self._setup_views()
        ui = self.ui
        ui.addSourceButton.clicked.connect(self.add_source)
        ui.deleteSourceButton.clicked.connect(self.delete_source)
        scoped_shortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_source)
        scoped_shortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), ui.sourcesView, self.delete_source
        )
        source.reloaded.connect(self._refresh)
        self._refresh()

    def _setup_views(self) -> None:
        view = self.ui.sourcesView
        view.setModel(self.sources_model)
        view.setEditTriggers(EDIT_TRIGGERS)
        choice = ChoiceDelegate(view)
        for column in CHOICE_COLUMNS:
            view.setItemDelegateForColumn(column, choice)
        view.setItemDelegateForColumn(AMOUNT, TypedTextDelegate(view))
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        compact_rows(view)
        keep_fitted(view, min_rows=10)
        keep_current_on_reset(view, self.sources_model, lambda source: source.id)
        tree = self.ui.balanceView
        tree.setModel(self.balance_model)
        tree.setStyleSheet("QTreeView::item { padding: 3px 0px; }")
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BALANCE_NAME, QHeaderView.ResizeMode.Stretch)
        self.balance_model.modelReset.connect(tree.expandAll)
        tree.expandAll()
        self.ui.verticalSplitter.setStretchFactor(0, 0)
        self.ui.verticalSplitter.setStretchFactor(1, 1)

    # -- refreshing -----------------------------------------------------------------------------
    def _refresh(self) -> None:
        self.ui.deleteSourceButton.setEnabled(bool(self.sources_model.rowCount()))

    # -- sources --------------------------------------------------------------------------------
    def add_source(self) -> None:
        source = FundingSource(name=self.tr("New funding source"), kind="other", amount_cents=0)
        command = AddFundingCommand(self.session, source)
        if self.push(command):
            row = self.sources_model.row_of_key(command.item.id)
            if row >= 0:
                start_editing(self.ui.sourcesView, self.sources_model.index(row, NAME))

    def current_source(self) -> FundingSource | None:
        rows = selected_rows(self.ui.sourcesView)
        return self.sources_model.row(rows[0]) if rows else None

    def delete_source(self) -> None:
        source = self.current_source()
        if source is not None:
            self.push(DeleteFundingCommand(self.session, source))
