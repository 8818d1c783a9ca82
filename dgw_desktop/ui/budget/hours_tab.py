"""Uren: hours asked of internal staff per municipality, role and phase, as a table and a chart.

Read-only: the hours come from the budget lines (Lines tab). The chart shows hours per week
(what an employee feels) or the total hours, one bar per phase.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QHeaderView, QWidget

from dgw_desktop.domain.formatting import format_decimal
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.budget.budget_tab import BudgetTab, compact_rows
from dgw_desktop.ui.budget.hours_table_model import HoursTableModel
from dgw_desktop.ui.generated.ui_budget_hours_tab import Ui_BudgetHoursTab
from dgw_desktop.ui.widgets.bar_chart import format_number
from dgw_desktop.ui.widgets.grouped_bar_chart import BarGroup, GroupedBarChart

PER_WEEK_METRIC = "per_week"
TOTAL_METRIC = "total"


class HoursTab(BudgetTab):
    def __init__(self, source: BudgetSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self.ui = Ui_BudgetHoursTab()
        self.ui.setupUi(self)
        self.model = HoursTableModel(source, self)
        view = self.ui.hoursView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        compact_rows(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chart = GroupedBarChart()
        self.chart.setObjectName("hoursChart")
        self.ui.chartArea.setWidget(self.chart)
        self.ui.metricCombo.addItem(self.tr("Hours per week"), PER_WEEK_METRIC)
        self.ui.metricCombo.addItem(self.tr("Total hours"), TOTAL_METRIC)
        self.ui.metricCombo.currentIndexChanged.connect(self._show_chart)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([590, 450])
        source.reloaded.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        total = sum((row.hours for row in self.source.overview.hours), Decimal(0))
        self.ui.totalLabel.setText(
            self.tr("<b>{0} hours</b> asked of internal staff in all").format(
                format_decimal(total, 2)
            )
        )
        self._show_chart()

    def _show_chart(self) -> None:
        overview = self.source.overview
        per_week = self.ui.metricCombo.currentData() != TOTAL_METRIC
        phases = list(overview.phases)
        groups: dict[tuple[str, str], dict[str, Decimal]] = {}
        for row in overview.hours:
            values = groups.setdefault((row.municipality_id, row.role), {})
            values[row.phase_id] = row.hours_per_week if per_week else row.hours
        bars = [
            BarGroup(
                f"{overview.municipality_name(municipality_id)}\n{role}"
                if role
                else overview.municipality_name(municipality_id),
                tuple(values.get(phase.id, Decimal(0)) for phase in phases),
            )
            for (municipality_id, role), values in groups.items()
        ]
        self.chart.formatter = format_number
        self.chart.set_empty_text(
            self.tr("No hours of internal staff yet: give lines of hours a role and whose staff.")
        )
        self.chart.set_data([phase.name for phase in phases], bars)
