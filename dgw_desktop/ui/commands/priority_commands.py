"""Undoable edits of prioritising: voting rounds and dots, criteria and scores, the map."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dgw_desktop.domain.entities import Criterion, Placement, Target, VoteRound
from dgw_desktop.store import placements, priority_targets, scoring, voting
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession


# -- voting rounds and dots ---------------------------------------------------------------------
class AddRoundCommand(StoreCommand):
    def __init__(self, session: ProjectSession, vote_round: VoteRound) -> None:
        super().__init__(session, QCoreApplication.translate("PriorityCommands", "Add round"))
        self._round = vote_round

    def apply(self) -> None:
        self._round = voting.add_round(self.session.project_file, self._round)

    def revert(self) -> None:
        voting.delete_round(self.session.project_file, self._round.id)


class EditRoundCommand(StoreCommand):
    def __init__(self, session: ProjectSession, before: VoteRound, after: VoteRound) -> None:
        super().__init__(session, QCoreApplication.translate("PriorityCommands", "Edit round"))
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._after = voting.update_round(self.session.project_file, self._after)

    def revert(self) -> None:
        voting.update_round(self.session.project_file, self._before)


class DeleteRoundCommand(StoreCommand):
    def __init__(self, session: ProjectSession, round_id: str) -> None:
        super().__init__(session, QCoreApplication.translate("PriorityCommands", "Delete round"))
        self._id = round_id
        self._removed: voting.RemovedRound | None = None

    def apply(self) -> None:
        self._removed = voting.delete_round(self.session.project_file, self._id)

    def revert(self) -> None:
        assert self._removed is not None
        voting.restore_round(self.session.project_file, self._removed)


class SetDotsCommand(StoreCommand):
    """Give a challenge or theme a number of dots in a round (0 takes its dots away)."""

    def __init__(
        self, session: ProjectSession, round_id: str, target: Target, dots: int, label: str
    ) -> None:
        text = QCoreApplication.translate("PriorityCommands", "{0} dots for “{1}”")
        super().__init__(session, text.format(dots, _short(label)))
        self._round_id = round_id
        self._target = target
        self._dots = dots
        self._previous = 0

    def apply(self) -> None:
        self._previous = voting.set_dots(
            self.session.project_file, self._round_id, self._target, self._dots
        )

    def revert(self) -> None:
        voting.set_dots(self.session.project_file, self._round_id, self._target, self._previous)


# -- criteria and scores ------------------------------------------------------------------------
class AddCriterionCommand(StoreCommand):
    def __init__(self, session: ProjectSession, criterion: Criterion) -> None:
        super().__init__(session, QCoreApplication.translate("PriorityCommands", "Add criterion"))
        self._criterion = criterion

    def apply(self) -> None:
        self._criterion = scoring.add_criterion(self.session.project_file, self._criterion)

    def revert(self) -> None:
        scoring.delete_criterion(self.session.project_file, self._criterion.id)


class AddDefaultCriteriaCommand(StoreCommand):
    """Add the default criteria the project lacks (undo removes just those)."""

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(
            session, QCoreApplication.translate("PriorityCommands", "Add default criteria")
        )
        self._added: list[Criterion] = []

    def apply(self) -> None:
        project_file = self.session.project_file
        if self._added:  # redo: the same rows, same ids
            with project_file.transaction():
                for criterion in self._added:
                    scoring.add_criterion(project_file, criterion)
        else:
            self._added = priority_targets.add_missing_default_criteria(project_file)

    def revert(self) -> None:
        project_file = self.session.project_file
        with project_file.transaction():
            for criterion in self._added:
                scoring.delete_criterion(project_file, criterion.id)

    @property
    def added(self) -> list[Criterion]:
        return list(self._added)


class EditCriterionCommand(StoreCommand):
    def __init__(self, session: ProjectSession, before: Criterion, after: Criterion) -> None:
        super().__init__(session, QCoreApplication.translate("PriorityCommands", "Edit criterion"))
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._after = scoring.update_criterion(self.session.project_file, self._after)

    def revert(self) -> None:
        scoring.update_criterion(self.session.project_file, self._before)


class DeleteCriterionCommand(StoreCommand):
    def __init__(self, session: ProjectSession, criterion_id: str) -> None:
        super().__init__(
            session, QCoreApplication.translate("PriorityCommands", "Delete criterion")
        )
        self._id = criterion_id
        self._removed: scoring.RemovedCriterion | None = None

    def apply(self) -> None:
        self._removed = scoring.delete_criterion(self.session.project_file, self._id)

    def revert(self) -> None:
        assert self._removed is not None
        scoring.restore_criterion(self.session.project_file, self._removed)


class SetScoreCommand(StoreCommand):
    """Set or clear (None) one 1–5 score; ``participant_id`` None: the consensus score."""

    def __init__(
        self,
        session: ProjectSession,
        criterion_id: str,
        target: Target,
        participant_id: str | None,
        value: int | None,
    ) -> None:
        text = (
            QCoreApplication.translate("PriorityCommands", "Clear score")
            if value is None
            else QCoreApplication.translate("PriorityCommands", "Score {0}").format(value)
        )
        super().__init__(session, text)
        self._key = (criterion_id, target, participant_id)
        self._value = value
        self._previous: int | None = None

    def apply(self) -> None:
        self._previous = scoring.set_score(self.session.project_file, *self._key, self._value)

    def revert(self) -> None:
        scoring.set_score(self.session.project_file, *self._key, self._previous)


# -- the impact–effort map ---------------------------------------------------------------------
class SetPlacementCommand(StoreCommand):
    """Place a challenge or theme on the map, or move it there."""

    def __init__(self, session: ProjectSession, placement: Placement, label: str) -> None:
        text = QCoreApplication.translate("PriorityCommands", "Place “{0}” on the map")
        super().__init__(session, text.format(_short(label)))
        self._placement = placement
        self._previous: Placement | None = None

    def apply(self) -> None:
        self._previous = placements.set_placement(self.session.project_file, self._placement)

    def revert(self) -> None:
        if self._previous is None:
            placements.remove_placement(self.session.project_file, self._placement.target)
        else:
            placements.set_placement(self.session.project_file, self._previous)


class RemovePlacementCommand(StoreCommand):
    def __init__(self, session: ProjectSession, target: Target, label: str) -> None:
        text = QCoreApplication.translate("PriorityCommands", "Take “{0}” off the map")
        super().__init__(session, text.format(_short(label)))
        self._target = target
        self._previous: Placement | None = None

    def apply(self) -> None:
        self._previous = placements.remove_placement(self.session.project_file, self._target)

    def revert(self) -> None:
        if self._previous is not None:
            placements.set_placement(self.session.project_file, self._previous)


def _short(label: str, limit: int = 40) -> str:
    """A label short enough for the Edit menu's Undo entry."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"
