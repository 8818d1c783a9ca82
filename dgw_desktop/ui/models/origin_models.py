"""Models for a topic's origins (the themes and challenges it grew from), both ways:

- ``OriginListModel``: the origins of one topic, with the other topics each also feeds;
- ``OriginChoiceModel``: themes and challenges to choose from, filtered as you type, with
  the topics each already feeds.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from dgw_desktop.domain.entities import Target
from dgw_desktop.domain.topics import Topic
from dgw_desktop.store.challenges import list_challenges
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.targets import target_texts
from dgw_desktop.store.themes import theme_summaries
from dgw_desktop.store.topics import list_topics, topic_ids_by_origin
from dgw_desktop.ui.models.target_kinds import KIND_COLORS, kind_label

Index = QModelIndex | QPersistentModelIndex
KIND, TEXT, DOMAIN, FEEDS = range(4)


@dataclass(frozen=True)
class OriginRow:
    target: Target
    text: str
    domain_name: str
    feeds: tuple[str, ...]  # titles of the topics it feeds (besides the current one)
    haystack: str = ""


def _topic_titles(project_file: ProjectFile) -> dict[str, str]:
    return {topic.id: topic.title for topic in list_topics(project_file)}


class _OriginTable(QAbstractTableModel):
    _headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: list[OriginRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Kind"),
                self.tr("Theme or challenge"),
                self.tr("Domain"),
                self.tr("Feeds topics"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == KIND:
                return kind_label(row.target.kind)
            if column == TEXT:
                return row.text
            if column == DOMAIN:
                return row.domain_name
            return "; ".join(row.feeds) or ("" if role == Qt.ItemDataRole.DisplayRole else None)
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND:
            return KIND_COLORS[row.target.kind]
        return None

    def origin(self, row: int) -> OriginRow:
        return self._shown[row]

    def rows(self) -> list[OriginRow]:
        return list(self._shown)


class OriginListModel(_OriginTable):
    """The origins of one topic, in its order."""

    def __init__(self, project_file: ProjectFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project_file = project_file

    def set_topic(self, topic: Topic | None) -> None:
        self.beginResetModel()
        self._shown = self._load(topic) if topic is not None else []
        self.endResetModel()

    def _load(self, topic: Topic) -> list[OriginRow]:
        texts = target_texts(self.project_file, topic.origins)
        feeds = topic_ids_by_origin(self.project_file)
        titles = _topic_titles(self.project_file)
        domains = {d.id: d.name for d in list_domains(self.project_file)}
        themes = {t.id: t.domain_id for t in theme_summaries(self.project_file)}
        challenge_ids = [o.id for o in topic.origins if o.kind == "challenge"]
        challenge_domains = (
            {c.id: c.domain_id for c in list_challenges(self.project_file, ids=challenge_ids)}
            if challenge_ids
            else {}
        )
        rows = []
        for origin in topic.origins:
            domain_id = (
                themes.get(origin.id)
                if origin.kind == "theme"
                else challenge_domains.get(origin.id)
            )
            others = [titles[i] for i in feeds.get(origin, ()) if i != topic.id and i in titles]
            rows.append(
                OriginRow(
                    origin, texts.get(origin, "?"), domains.get(domain_id or "", ""), tuple(others)
                )
            )
        return rows


class OriginChoiceModel(_OriginTable):
    """Themes (and, unless ``themes_only``, challenges) not in ``exclude``; filter by text."""

    def __init__(
        self,
        project_file: ProjectFile,
        exclude: Collection[Target] = (),
        themes_only: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        feeds = topic_ids_by_origin(project_file)
        titles = _topic_titles(project_file)
        excluded = set(exclude)

        def feeding(target: Target) -> tuple[str, ...]:
            return tuple(titles[i] for i in feeds.get(target, ()) if i in titles)

        rows: list[OriginRow] = []
        for theme in theme_summaries(project_file):
            target = Target.theme(theme.id)
            if target not in excluded:
                rows.append(self._row(target, theme.name, theme.domain_name, feeding(target)))
        if not themes_only:
            domains = {d.id: d.name for d in list_domains(project_file)}
            for challenge in list_challenges(project_file):
                target = Target.challenge(challenge.id)
                if target not in excluded:
                    domain = domains.get(challenge.domain_id, "")
                    rows.append(self._row(target, challenge.text, domain, feeding(target)))
        self._all = rows
        self._shown = list(rows)

    @staticmethod
    def _row(target: Target, text: str, domain: str, feeds: Sequence[str]) -> OriginRow:
        haystack = f"{text}\n{domain}\n{kind_label(target.kind)}".casefold()
        return OriginRow(target, text, domain, tuple(feeds), haystack)

    def set_text_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        self.beginResetModel()
        self._shown = [row for row in self._all if needle in row.haystack]
        self.endResetModel()
