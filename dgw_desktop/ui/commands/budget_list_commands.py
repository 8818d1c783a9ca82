"""Undoable edits of the budget's editable lists: phases and cost categories.

Add, rename and delete go through the store's add / update / delete / restore functions (the
store refuses an empty or duplicate name, and deleting one that budget lines still use);
reordering sets all positions in one transaction and undo puts the old positions back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from dgw_desktop.domain.budget import CostCategory, Phase
from dgw_desktop.store import budget
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.ui.commands.row_commands import AddRowCommand, DeleteRowCommand, UpdateRowCommand
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession

Positioner = Callable[[ProjectFile, dict[str, int]], dict[str, int]]


# -- phases --------------------------------------------------------------------------------------
class AddPhaseCommand(AddRowCommand[Phase]):
    def __init__(self, session: ProjectSession, phase: Phase) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Add phase “{0}”").format(phase.name),
            phase,
            budget.add_phase,
            budget.delete_phase,
            budget.restore_phase,
        )


class RenamePhaseCommand(UpdateRowCommand[Phase]):
    def __init__(self, session: ProjectSession, before: Phase, after: Phase) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Rename phase “{0}”").format(before.name),
            before,
            after,
            budget.update_phase,
        )


class DeletePhaseCommand(DeleteRowCommand):
    def __init__(self, session: ProjectSession, phase: Phase) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Delete phase “{0}”").format(phase.name),
            phase.id,
            budget.delete_phase,
            budget.restore_phase,
        )


# -- cost categories -----------------------------------------------------------------------------
class AddCategoryCommand(AddRowCommand[CostCategory]):
    def __init__(self, session: ProjectSession, category: CostCategory) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Add cost category “{0}”").format(
                category.name
            ),
            category,
            budget.add_category,
            budget.delete_category,
            budget.restore_category,
        )


class RenameCategoryCommand(UpdateRowCommand[CostCategory]):
    def __init__(self, session: ProjectSession, before: CostCategory, after: CostCategory) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Rename cost category “{0}”").format(
                before.name
            ),
            before,
            after,
            budget.update_category,
        )


class DeleteCategoryCommand(DeleteRowCommand):
    def __init__(self, session: ProjectSession, category: CostCategory) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Delete cost category “{0}”").format(
                category.name
            ),
            category.id,
            budget.delete_category,
            budget.restore_category,
        )


# -- order ---------------------------------------------------------------------------------------
class ReorderCommand(StoreCommand):
    """Give a list new positions (id → position); undo restores the positions they had."""

    def __init__(
        self, session: ProjectSession, text: str, positions: dict[str, int], setter: Positioner
    ) -> None:
        super().__init__(session, text)
        self._positions = dict(positions)
        self._setter = setter
        self._previous: dict[str, int] = {}

    def apply(self) -> None:
        self._previous = self._setter(self.session.project_file, self._positions)

    def revert(self) -> None:
        self._setter(self.session.project_file, self._previous)


class MovePhaseCommand(ReorderCommand):
    def __init__(self, session: ProjectSession, phase: Phase, positions: dict[str, int]) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Move phase “{0}”").format(phase.name),
            positions,
            budget.set_phase_positions,
        )


class MoveCategoryCommand(ReorderCommand):
    def __init__(
        self, session: ProjectSession, category: CostCategory, positions: dict[str, int]
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("BudgetCommands", "Move cost category “{0}”").format(
                category.name
            ),
            positions,
            budget.set_category_positions,
        )
