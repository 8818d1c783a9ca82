"""Undoable edits of the rows that hang on a topic: risks, KPIs and the wheel's data
sources, roles and actions. One set of commands serves them all through an ``ItemKind``,
which names the store functions of one kind of row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dgw_desktop.store import topic_details, wheel
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.topic_rows import RemovedItem, restore_item
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession

CONTEXT = "TopicItemCommands"


@dataclass(frozen=True)
class ItemKind:
    """The store functions of one kind of topic row, and its undo texts (context CONTEXT)."""

    table: str
    add: Callable[[ProjectFile, Any], Any]
    update: Callable[[ProjectFile, Any], Any]
    delete: Callable[[ProjectFile, str], RemovedItem]
    add_text: str
    edit_text: str
    delete_text: str


RISKS = ItemKind(
    "topic_risk",
    topic_details.add_risk,
    topic_details.update_risk,
    topic_details.delete_risk,
    QT_TRANSLATE_NOOP("TopicItemCommands", "Add risk"),
    QT_TRANSLATE_NOOP("TopicItemCommands", "Edit risk"),
    QT_TRANSLATE_NOOP("TopicItemCommands", "Delete risk"),
)
KPIS = ItemKind(
    "topic_kpi",
    topic_details.add_kpi,
    topic_details.update_kpi,
    topic_details.delete_kpi,
    QT_TRANSLATE_NOOP("TopicItemCommands", "Add KPI"),
    QT_TRANSLATE_NOOP("TopicItemCommands", "Edit KPI"),
    QT_TRANSLATE_NOOP("TopicItemCommands", "Delete KPI"),
)
DATA_SOURCES = ItemKind(
    "data_source",
    wheel.add_data_source,
    wheel.update_data_source,
    wheel.delete_data_source,
    QT_TRANSLATE_NOOP("TopicItemCommands", "Add data source"),
    QT_TRANSLATE_NOOP("TopicItemCommands", "Edit data source"),
    QT_TRANSLATE_NOOP("TopicItemCommands", "Delete data source"),
)
ROLES = ItemKind(
    "wheel_role",
    wheel.add_role,
    wheel.update_role,
    wheel.delete_role,
    QT_TRANSLATE_NOOP("TopicItemCommands", "Add role"),
    QT_TRANSLATE_NOOP("TopicItemCommands", "Edit role"),
    QT_TRANSLATE_NOOP("TopicItemCommands", "Delete role"),
)
ACTIONS = ItemKind(
    "wheel_action",
    wheel.add_action,
    wheel.update_action,
    wheel.delete_action,
    QT_TRANSLATE_NOOP("TopicItemCommands", "Add action"),
    QT_TRANSLATE_NOOP("TopicItemCommands", "Edit action"),
    QT_TRANSLATE_NOOP("TopicItemCommands", "Delete action"),
)


def _text(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


class AddItemCommand(StoreCommand):
    def __init__(self, session: ProjectSession, kind: ItemKind, item: Any) -> None:
        super().__init__(session, _text(kind.add_text))
        self._kind = kind
        self._item = item

    @property
    def item(self) -> Any:
        return self._item

    def apply(self) -> None:
        self._item = self._kind.add(self.session.project_file, self._item)

    def revert(self) -> None:
        self._kind.delete(self.session.project_file, self._item.id)


class UpdateItemCommand(StoreCommand):
    def __init__(self, session: ProjectSession, kind: ItemKind, before: Any, after: Any) -> None:
        super().__init__(session, _text(kind.edit_text))
        self._kind = kind
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._after = self._kind.update(self.session.project_file, self._after)

    def revert(self) -> None:
        self._kind.update(self.session.project_file, self._before)


class DeleteItemCommand(StoreCommand):
    def __init__(self, session: ProjectSession, kind: ItemKind, item_id: str) -> None:
        super().__init__(session, _text(kind.delete_text))
        self._kind = kind
        self._id = item_id
        self._removed: RemovedItem | None = None

    def apply(self) -> None:
        self._removed = self._kind.delete(self.session.project_file, self._id)

    def revert(self) -> None:
        assert self._removed is not None
        restore_item(self.session.project_file, self._removed)
