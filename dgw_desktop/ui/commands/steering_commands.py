"""Undoable edits of steering-committee meetings and of what is put to them.

Decisions are not here: the log is append-only and the store offers no way to take a
decision back, so recording one is not an undo step (see ``pages/steering_page.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from dgw_desktop.domain.steering import Meeting
from dgw_desktop.store import steering
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession


class AddMeetingCommand(StoreCommand):
    def __init__(self, session: ProjectSession, meeting: Meeting) -> None:
        super().__init__(session, QCoreApplication.translate("SteeringCommands", "Add meeting"))
        self.meeting = meeting

    def apply(self) -> None:
        self.meeting = steering.add_meeting(self.session.project_file, self.meeting)

    def revert(self) -> None:
        steering.delete_meeting(self.session.project_file, self.meeting.id)


class EditMeetingCommand(StoreCommand):
    def __init__(self, session: ProjectSession, before: Meeting, after: Meeting) -> None:
        super().__init__(session, QCoreApplication.translate("SteeringCommands", "Edit meeting"))
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._after = steering.update_meeting(self.session.project_file, self._after)

    def revert(self) -> None:
        steering.update_meeting(self.session.project_file, self._before)


class DeleteMeetingCommand(StoreCommand):
    def __init__(self, session: ProjectSession, meeting_id: str) -> None:
        super().__init__(session, QCoreApplication.translate("SteeringCommands", "Delete meeting"))
        self._id = meeting_id
        self._removed: steering.RemovedMeeting | None = None

    def apply(self) -> None:
        self._removed = steering.delete_meeting(self.session.project_file, self._id)

    def revert(self) -> None:
        assert self._removed is not None
        steering.restore_meeting(self.session.project_file, self._removed)


class SetProposalsCommand(StoreCommand):
    """Put exactly these topics to a meeting (proposing them); undo puts the old ones back."""

    def __init__(self, session: ProjectSession, meeting_id: str, topic_ids: Sequence[str]) -> None:
        super().__init__(
            session, QCoreApplication.translate("SteeringCommands", "Put topics to meeting")
        )
        self._meeting_id = meeting_id
        self._topic_ids = tuple(topic_ids)
        self._change: steering.ProposalsChange | None = None

    def apply(self) -> None:
        self._change = steering.set_meeting_proposals(
            self.session.project_file, self._meeting_id, self._topic_ids
        )

    def revert(self) -> None:
        assert self._change is not None
        steering.restore_meeting_proposals(self.session.project_file, self._change)
