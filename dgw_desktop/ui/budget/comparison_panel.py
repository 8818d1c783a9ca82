"""The scenarios side by side: cost per municipality and per inhabitant, as a table and a chart."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QGroupBox, QHeaderView, QWidget

from dgw_desktop.domain.formatting import format_money
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.budget.budget_tab import compact_rows, keep_fitted
from dgw_desktop.ui.budget.comparison_model import (
    MUNICIPALITY,
    ComparisonModel,
    euros_per_inhabitant,
)
from dgw_desktop.ui.generated.ui_budget_comparison_panel import Ui_BudgetComparisonPanel
from dgw_desktop.ui.widgets.grouped_bar_chart import BarGroup, GroupedBarChart, Number

COST_METRIC = "cost"
PER_INHABITANT_METRIC = "per_inhabitant"


def money_label(value: Number) -> str:
    return format_money(int(value))


def per_inhabitant_label(value: Number) -> str:
    return euros_per_inhabitant(Decimal(value))


class ComparisonPanel(QGroupBox):
    def __init__(self, source: BudgetSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.ui = Ui_BudgetComparisonPanel()
        self.ui.setupUi(self)
        self.model = ComparisonModel(source, self)
        view = self.ui.comparisonView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        compact_rows(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MUNICIPALITY, QHeaderView.ResizeMode.Stretch)
        self.chart = GroupedBarChart()
        self.chart.setObjectName("comparisonChart")
        self.chart.set_empty_text(self.tr("No scenarios yet."))
        self.ui.chartArea.setWidget(self.chart)
        self.ui.metricCombo.addItem(self.tr("Cost per municipality"), COST_METRIC)
        self.ui.metricCombo.addItem(self.tr("Cost per inhabitant"), PER_INHABITANT_METRIC)
        self.ui.metricCombo.currentIndexChanged.connect(self._show_chart)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        keep_fitted(view)
        source.reloaded.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        notes = [
            self.tr("“{0}” leaves out {1} of lines borne by municipalities outside it.").format(
                split.scenario.name, format_money(split.left_out_cents)
            )
            for split in self.source.overview.scenarios
            if split.left_out_cents
        ]
        notes.append(self.tr("★ the proposal. Shares add up to each scenario's total to the cent."))
        self.ui.noteLabel.setText(" ".join(notes))
        self._show_chart()

    def _show_chart(self) -> None:
        overview = self.source.overview
        per_inhabitant = self.ui.metricCombo.currentData() == PER_INHABITANT_METRIC
        groups = []
        for row in overview.comparison:
            values: list[Number | None] = []
            for share in row.cells:
                if share is None:
                    values.append(None)
                elif per_inhabitant:
                    values.append(share.per_inhabitant)
                else:
                    values.append(share.total_cents)
            groups.append(BarGroup(row.municipality.name, tuple(values)))
        self.chart.formatter = per_inhabitant_label if per_inhabitant else money_label
        self.chart.missing_text = self.tr("not a partner")
        series = [
            split.scenario.name + (" ★" if split.scenario.is_proposal else "")
            for split in overview.scenarios
        ]
        self.chart.set_data(series, groups)
