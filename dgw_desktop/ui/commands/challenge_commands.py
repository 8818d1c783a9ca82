"""Undoable edits of challenges."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store import challenges
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession


class AddChallengesCommand(StoreCommand):
    def __init__(self, session: ProjectSession, items: Sequence[Challenge]) -> None:
        text = (
            QCoreApplication.translate("ChallengeCommands", "Add challenge")
            if len(items) == 1
            else QCoreApplication.translate("ChallengeCommands", "Add {0} challenges")
        )
        super().__init__(session, text.format(len(items)))
        self._items = list(items)

    def apply(self) -> None:
        self._items = challenges.add_challenges(self.session.project_file, self._items)

    def revert(self) -> None:
        challenges.delete_challenges(self.session.project_file, [c.id for c in self._items])

    @property
    def added(self) -> list[Challenge]:
        return list(self._items)


class EditChallengeCommand(StoreCommand):
    def __init__(self, session: ProjectSession, before: Challenge, after: Challenge) -> None:
        super().__init__(session, QCoreApplication.translate("ChallengeCommands", "Edit challenge"))
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._after = challenges.update_challenge(self.session.project_file, self._after)

    def revert(self) -> None:
        challenges.update_challenge(self.session.project_file, self._before)


class DeleteChallengesCommand(StoreCommand):
    def __init__(self, session: ProjectSession, challenge_ids: Sequence[str]) -> None:
        count = len(challenge_ids)
        text = (
            QCoreApplication.translate("ChallengeCommands", "Delete challenge")
            if count == 1
            else QCoreApplication.translate("ChallengeCommands", "Delete {0} challenges")
        )
        super().__init__(session, text.format(count))
        self._ids = list(challenge_ids)
        self._removed: challenges.RemovedChallenges | None = None

    def apply(self) -> None:
        # Votes, scores and placements go with the challenge, and come back on undo.
        self._removed = challenges.remove_challenges(self.session.project_file, self._ids)

    def revert(self) -> None:
        assert self._removed is not None
        challenges.restore_challenges(self.session.project_file, self._removed)
