"""Undoable edits of the budget: lines, rates, the default rate, keys, scenarios, funding.

Every command calls the store (``store.budget``, ``rates``, ``cost_keys``, ``scenarios``,
``funding``), which validates; a refused edit raises before it reaches the undo stack.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from dgw_desktop.domain.budget import BudgetLine, Rate
from dgw_desktop.domain.cost_split import CostKey, FundingSource, Scenario
from dgw_desktop.store import budget, cost_keys, funding, rates, scenarios
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.removed import Removed
from dgw_desktop.ui.commands.row_commands import AddRowCommand, DeleteRowCommand, UpdateRowCommand
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession


def _delete_line(project_file: ProjectFile, line_id: str) -> Removed[tuple[BudgetLine, ...]]:
    return budget.delete_budget_lines(project_file, [line_id])


# -- budget lines --------------------------------------------------------------------------------
class AddBudgetLineCommand(AddRowCommand[BudgetLine]):
    def __init__(self, session: ProjectSession, line: BudgetLine) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Add budget line"),
            line,
            budget.add_budget_line,
            _delete_line,
            budget.restore_budget_lines,
        )


class EditBudgetLineCommand(UpdateRowCommand[BudgetLine]):
    def __init__(self, session: ProjectSession, before: BudgetLine, after: BudgetLine) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Edit budget line “{0}”").format(
                before.description
            ),
            before,
            after,
            budget.update_budget_line,
        )


class DeleteBudgetLinesCommand(StoreCommand):
    def __init__(self, session: ProjectSession, line_ids: Sequence[str]) -> None:
        count = len(line_ids)
        text = (
            QCoreApplication.translate("BudgetCommands", "Delete budget line")
            if count == 1
            else QCoreApplication.translate("BudgetCommands", "Delete {0} budget lines").format(
                count
            )
        )
        super().__init__(session, text)
        self._ids = list(line_ids)
        self._removed: Removed[tuple[BudgetLine, ...]] | None = None

    def apply(self) -> None:
        self._removed = budget.delete_budget_lines(self.session.project_file, self._ids)

    def revert(self) -> None:
        assert self._removed is not None
        budget.restore_budget_lines(self.session.project_file, self._removed)


# -- rates ---------------------------------------------------------------------------------------
class AddRateCommand(AddRowCommand[Rate]):
    def __init__(self, session: ProjectSession, rate: Rate) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Add rate “{0}”").format(rate.name),
            rate,
            rates.add_rate,
            rates.delete_rate,
            rates.restore_rate,
        )


class EditRateCommand(UpdateRowCommand[Rate]):
    def __init__(self, session: ProjectSession, before: Rate, after: Rate) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Edit rate “{0}”").format(before.name),
            before,
            after,
            rates.update_rate,
        )


class DeleteRateCommand(DeleteRowCommand):
    def __init__(self, session: ProjectSession, rate: Rate) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Delete rate “{0}”").format(rate.name),
            rate.id,
            rates.delete_rate,
            rates.restore_rate,
        )


class SetDefaultRateCommand(StoreCommand):
    def __init__(self, session: ProjectSession, rate_id: str | None) -> None:
        super().__init__(
            session, QCoreApplication.translate("BudgetCommands", "Choose default rate")
        )
        self._rate_id = rate_id
        self._previous: str | None = None

    def apply(self) -> None:
        self._previous = rates.set_default_rate(self.session.project_file, self._rate_id)

    def revert(self) -> None:
        rates.set_default_rate(self.session.project_file, self._previous)


# -- cost-sharing keys ---------------------------------------------------------------------------
class AddCostKeyCommand(AddRowCommand[CostKey]):
    def __init__(self, session: ProjectSession, key: CostKey) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Add cost-sharing key “{0}”").format(
                key.name
            ),
            key,
            cost_keys.add_cost_key,
            cost_keys.delete_cost_key,
            cost_keys.restore_cost_key,
        )


class EditCostKeyCommand(UpdateRowCommand[CostKey]):
    def __init__(self, session: ProjectSession, before: CostKey, after: CostKey) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Edit cost-sharing key “{0}”").format(
                before.name
            ),
            before,
            after,
            cost_keys.update_cost_key,
        )


class DeleteCostKeyCommand(DeleteRowCommand):
    def __init__(self, session: ProjectSession, key: CostKey) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Delete cost-sharing key “{0}”").format(
                key.name
            ),
            key.id,
            cost_keys.delete_cost_key,
            cost_keys.restore_cost_key,
        )


# -- scenarios -----------------------------------------------------------------------------------
class AddScenarioCommand(AddRowCommand[Scenario]):
    def __init__(self, session: ProjectSession, scenario: Scenario) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Add scenario “{0}”").format(
                scenario.name
            ),
            scenario,
            scenarios.add_scenario,
            scenarios.delete_scenario,
            scenarios.restore_scenario,
        )


class EditScenarioCommand(UpdateRowCommand[Scenario]):
    def __init__(self, session: ProjectSession, before: Scenario, after: Scenario) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Edit scenario “{0}”").format(before.name),
            before,
            after,
            scenarios.update_scenario,
        )


class DeleteScenarioCommand(DeleteRowCommand):
    def __init__(self, session: ProjectSession, scenario: Scenario) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Delete scenario “{0}”").format(
                scenario.name
            ),
            scenario.id,
            scenarios.delete_scenario,
            scenarios.restore_scenario,
        )


class MarkProposalCommand(StoreCommand):
    """Make one scenario the proposal; undo gives the mark back to the one that had it."""

    def __init__(self, session: ProjectSession, scenario: Scenario) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Mark “{0}” as the proposal").format(
                scenario.name
            ),
        )
        self._scenario_id = scenario.id
        self._previous: str | None = None

    def apply(self) -> None:
        self._previous = scenarios.mark_proposal(self.session.project_file, self._scenario_id)

    def revert(self) -> None:
        if self._previous is not None:
            scenarios.mark_proposal(self.session.project_file, self._previous)


# -- funding -------------------------------------------------------------------------------------
class AddFundingCommand(AddRowCommand[FundingSource]):
    def __init__(self, session: ProjectSession, source: FundingSource) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Add funding source"),
            source,
            funding.add_funding,
            funding.delete_funding,
            funding.restore_funding,
        )


class EditFundingCommand(UpdateRowCommand[FundingSource]):
    def __init__(
        self, session: ProjectSession, before: FundingSource, after: FundingSource
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Edit funding source “{0}”").format(
                before.name
            ),
            before,
            after,
            funding.update_funding,
        )


class DeleteFundingCommand(DeleteRowCommand):
    def __init__(self, session: ProjectSession, source: FundingSource) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Delete funding source “{0}”").format(
                source.name
            ),
            source.id,
            funding.delete_funding,
            funding.restore_funding,
        )
