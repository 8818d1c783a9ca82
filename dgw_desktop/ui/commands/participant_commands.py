"""Undoable edits of workshop participants."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from dgw_desktop.domain.entities import Participant
from dgw_desktop.store import participants
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession


class AddParticipantCommand(StoreCommand):
    def __init__(self, session: ProjectSession, participant: Participant) -> None:
        super().__init__(
            session, QCoreApplication.translate("ParticipantCommands", "Add participant")
        )
        self._participant = participant

    def apply(self) -> None:
        self._participant = participants.add_participant(
            self.session.project_file, self._participant
        )

    def revert(self) -> None:
        participants.delete_participant(self.session.project_file, self._participant.id)

    @property
    def participant(self) -> Participant:
        return self._participant


class EditParticipantCommand(StoreCommand):
    def __init__(self, session: ProjectSession, before: Participant, after: Participant) -> None:
        super().__init__(
            session, QCoreApplication.translate("ParticipantCommands", "Edit participant")
        )
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._after = participants.update_participant(self.session.project_file, self._after)

    def revert(self) -> None:
        participants.update_participant(self.session.project_file, self._before)


class DeleteParticipantsCommand(StoreCommand):
    def __init__(self, session: ProjectSession, participant_ids: Sequence[str]) -> None:
        count = len(participant_ids)
        text = (
            QCoreApplication.translate("ParticipantCommands", "Delete participant")
            if count == 1
            else QCoreApplication.translate("ParticipantCommands", "Delete {0} participants")
        )
        super().__init__(session, text.format(count))
        self._ids = list(participant_ids)
        self._removed: participants.RemovedParticipants | None = None

    def apply(self) -> None:
        # Their individual scores go with them, and come back on undo.
        self._removed = participants.delete_participants(self.session.project_file, self._ids)

    def revert(self) -> None:
        assert self._removed is not None
        participants.restore_participants(self.session.project_file, self._removed)
