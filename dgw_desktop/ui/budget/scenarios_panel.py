"""Scenarios: the list (name and key in place), partners as a checkable list, a key per category,
and which scenario is the proposal (exactly one; undoable).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGroupBox, QHeaderView, QWidget

from dgw_desktop.domain.cost_split import Scenario
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.budget.budget_tab import (
    EDIT_TRIGGERS,
    compact_rows,
    keep_current_on_reset,
    keep_fitted,
    push_or_warn,
    warn,
)
from dgw_desktop.ui.budget.category_keys_model import CATEGORY, KEY, CategoryKeysModel
from dgw_desktop.ui.budget.scenario_members_model import ScenarioMembersModel
from dgw_desktop.ui.budget.scenario_table_model import KEY as SCENARIO_KEY
from dgw_desktop.ui.budget.scenario_table_model import (
    NAME,
    PARTNERS,
    PROPOSAL,
    ScenarioTableModel,
)
from dgw_desktop.ui.commands.budget_commands import (
    AddScenarioCommand,
    DeleteScenarioCommand,
    MarkProposalCommand,
)
from dgw_desktop.ui.generated.ui_budget_scenarios_panel import Ui_BudgetScenariosPanel
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut
from dgw_desktop.ui.widgets.choice_delegate import ChoiceDelegate


class ScenariosPanel(QGroupBox):
    def __init__(self, source: BudgetSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session = source.session
        self.ui = Ui_BudgetScenariosPanel()
        self.ui.setupUi(self)
        self.scenarios_model = ScenarioTableModel(source, self)
        self.members_model = ScenarioMembersModel(source, self)
        self.category_keys_model = CategoryKeysModel(source, self)
        for model in (self.scenarios_model, self.members_model, self.category_keys_model):
            model.refused.connect(self.show_refusal, Qt.ConnectionType.QueuedConnection)
        self._setup_views()
        ui = self.ui
        ui.addScenarioButton.clicked.connect(self.add_scenario)
        ui.scenarioNameEdit.returnPressed.connect(self.add_scenario)
        ui.deleteScenarioButton.clicked.connect(self.delete_scenario)
        ui.proposalButton.clicked.connect(self.mark_proposal)
        ui.scenariosView.selectionModel().currentRowChanged.connect(self._scenario_chosen)
        scoped_shortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), ui.scenariosView, self.delete_scenario
        )
        source.reloaded.connect(self._update_buttons)
        proposal = source.overview.proposal
        first = self.scenarios_model.row_of_scenario(proposal.scenario.id if proposal else None)
        if self.scenarios_model.rowCount():
            ui.scenariosView.setCurrentIndex(self.scenarios_model.index(max(first, 0), NAME))
        self._scenario_chosen()

    def _setup_views(self) -> None:
        view = self.ui.scenariosView
        view.setModel(self.scenarios_model)
        view.setEditTriggers(EDIT_TRIGGERS)
        view.setItemDelegateForColumn(SCENARIO_KEY, ChoiceDelegate(view))
        view.verticalHeader().setVisible(False)
        compact_rows(view)
        header = view.horizontalHeader()
        for column in (SCENARIO_KEY, PARTNERS, PROPOSAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        keep_current_on_reset(view, self.scenarios_model, lambda split: split.scenario.id)
        keep_fitted(view)
        self.ui.membersView.setModel(self.members_model)
        keys = self.ui.categoryKeysView
        keys.setModel(self.category_keys_model)
        keys.setEditTriggers(EDIT_TRIGGERS)
        keys.setItemDelegateForColumn(KEY, ChoiceDelegate(keys))
        keys.verticalHeader().setVisible(False)
        compact_rows(keys)
        header = keys.horizontalHeader()
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Stretch)

    def show_refusal(self, message: str) -> None:
        warn(self, message)

    def current_scenario(self) -> Scenario | None:
        index = self.ui.scenariosView.currentIndex()
        if not index.isValid() or index.row() >= self.scenarios_model.rowCount():
            return None
        return self.scenarios_model.row(index.row()).scenario

    def select_scenario(self, scenario_id: str) -> None:
        row = self.scenarios_model.row_of_scenario(scenario_id)
        if row >= 0:
            self.ui.scenariosView.setCurrentIndex(self.scenarios_model.index(row, NAME))

    def _scenario_chosen(self, *_args: QModelIndex) -> None:
        scenario = self.current_scenario()
        scenario_id = scenario.id if scenario else None
        self.members_model.set_scenario(scenario_id)
        self.category_keys_model.set_scenario(scenario_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        scenario = self.current_scenario()
        self.ui.deleteScenarioButton.setEnabled(scenario is not None)
        self.ui.proposalButton.setEnabled(scenario is not None and not scenario.is_proposal)
        self.ui.membersLabel.setText(
            self.tr("Partners &in “{0}”:").format(scenario.name.replace("&", "&&"))
            if scenario
            else self.tr("Partners &in this scenario:")
        )

    # -- actions ----------------------------------------------------------------------------------
    def add_scenario(self) -> None:
        """A new scenario like the current one (partners, key, category keys)."""
        overview = self.source.overview
        template = self.current_scenario()
        if template is None and not overview.keys:
            self.show_refusal(self.tr("Add a cost-sharing key first."))
            return
        scenario = Scenario(
            name=self.ui.scenarioNameEdit.text(),
            key_id=template.key_id if template else overview.keys[0].id,
            member_ids=(
                template.member_ids if template else tuple(m.id for m in overview.municipalities)
            ),
            category_keys=template.category_keys if template else (),
            position=max((s.scenario.position for s in overview.scenarios), default=-1) + 1,
        )
        command = AddScenarioCommand(self.session, scenario)
        if push_or_warn(self, command):
            self.ui.scenarioNameEdit.clear()
            self.select_scenario(command.item.id)
            self.ui.membersView.setFocus()

    def delete_scenario(self) -> None:
        scenario = self.current_scenario()
        if scenario is not None:
            push_or_warn(self, DeleteScenarioCommand(self.session, scenario))

    def mark_proposal(self) -> None:
        scenario = self.current_scenario()
        if scenario is not None and not scenario.is_proposal:
            push_or_warn(self, MarkProposalCommand(self.session, scenario))
