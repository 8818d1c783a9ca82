"""Begroting: budget lines and rates, hours asked of staff, cost sharing, funding — as tabs.

All tabs show parts of one ``BudgetSource`` (the store's budget overview), so a figure is the
same wherever it appears; the line above the tabs keeps the total and the proposal in sight.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

from dgw_desktop.domain.formatting import format_money
from dgw_desktop.ui.budget.balance_tree_model import balance_text
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.budget.funding_tab import FundingTab
from dgw_desktop.ui.budget.hours_tab import HoursTab
from dgw_desktop.ui.budget.lines_tab import LinesTab
from dgw_desktop.ui.budget.split_tab import SplitTab
from dgw_desktop.ui.generated.ui_budget_page import Ui_BudgetPage
from dgw_desktop.ui.session import ProjectSession


class BudgetPage(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_BudgetPage()
        self.ui.setupUi(self)
        self.source = BudgetSource(session, self)
        self.lines_tab = LinesTab(self.source)
        self.hours_tab = HoursTab(self.source)
        self.split_tab = SplitTab(self.source)
        self.funding_tab = FundingTab(self.source)
        tabs = self.ui.tabWidget
        tabs.addTab(self.lines_tab, self.tr("&Lines and rates"))
        tabs.addTab(self.hours_tab, self.tr("Hours &asked"))
        tabs.addTab(self.split_tab, self.tr("Cost &sharing"))
        tabs.addTab(self.funding_tab, self.tr("Fu&nding"))
        self.source.reloaded.connect(self._show_summary)
        self._show_summary()

    def show_tab(self, tab: QWidget) -> None:
        self.ui.tabWidget.setCurrentWidget(tab)

    def _show_summary(self) -> None:
        overview = self.source.overview
        text = self.tr("Total budget <b>{0}</b>").format(format_money(overview.totals.total))
        proposal = overview.proposal
        if proposal is not None:
            balance = balance_text(proposal.balance_cents)
            name = html.escape(proposal.scenario.name)
            text += " · " + self.tr("proposal “{0}”: {1}").format(name, balance)
        self.ui.summaryLabel.setText(text)
