"""Verdeling: scenarios and cost-sharing keys on the left, the scenarios compared on the right.

The tab only arranges its three panels (each with its own Designer form) in splitters.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.budget.budget_tab import BudgetTab
from dgw_desktop.ui.budget.comparison_panel import ComparisonPanel
from dgw_desktop.ui.budget.keys_panel import KeysPanel
from dgw_desktop.ui.budget.scenarios_panel import ScenariosPanel


class SplitTab(BudgetTab):
    def __init__(self, source: BudgetSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self.scenarios_panel = ScenariosPanel(source)
        self.keys_panel = KeysPanel(source)
        self.comparison_panel = ComparisonPanel(source)
        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        left.addWidget(self.scenarios_panel)
        left.addWidget(self.keys_panel)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        # In a small window the left column scrolls rather than squeezing its tables together.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(left)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroller)
        self.splitter.addWidget(self.comparison_panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([475, 565])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        scenarios, keys = self.scenarios_panel.ui, self.keys_panel.ui
        QWidget.setTabOrder(scenarios.categoryKeysView, keys.keysView)
        QWidget.setTabOrder(keys.resetSharesButton, self.comparison_panel.ui.comparisonView)
