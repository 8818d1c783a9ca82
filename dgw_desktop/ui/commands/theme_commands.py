"""Undoable edits of themes: create, rename, merge, dissolve, and moving challenges.

A theme groups challenges, never replaces them: no command here deletes a challenge.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from dgw_desktop.domain.entities import Theme
from dgw_desktop.store import themes
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession


class AddThemeCommand(StoreCommand):
    """A new theme, optionally made from challenges (taken out of any theme they were in)."""

    def __init__(
        self, session: ProjectSession, theme: Theme, challenge_ids: Sequence[str] = ()
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("ThemeCommands", "New theme “{0}”").format(theme.name),
        )
        self._theme = theme
        self._challenge_ids = list(challenge_ids)
        self._previous: Mapping[str, str | None] = {}

    @property
    def theme(self) -> Theme:
        return self._theme

    def apply(self) -> None:
        project_file = self.session.project_file
        self._theme = themes.add_theme(project_file, self._theme)
        if not self._challenge_ids:
            return
        try:
            self._previous = themes.assign_challenges(
                project_file, self._theme.id, self._challenge_ids
            )
        except Exception:
            themes.dissolve_theme(project_file, self._theme.id)  # all or nothing
            raise

    def revert(self) -> None:
        project_file = self.session.project_file
        if self._previous:
            themes.restore_assignments(project_file, self._previous)
        themes.dissolve_theme(project_file, self._theme.id)  # empty now: only the theme goes


class RenameThemeCommand(StoreCommand):
    def __init__(self, session: ProjectSession, theme: Theme, new_name: str) -> None:
        super().__init__(session, QCoreApplication.translate("ThemeCommands", "Rename theme"))
        self._theme_id = theme.id
        self._old_name = theme.name
        self._new_name = new_name

    def apply(self) -> None:
        themes.rename_theme(self.session.project_file, self._theme_id, self._new_name)

    def revert(self) -> None:
        themes.rename_theme(self.session.project_file, self._theme_id, self._old_name)


class MergeThemesCommand(StoreCommand):
    """Challenges, dots, scores and placement of the sources move to the target."""

    def __init__(self, session: ProjectSession, target_id: str, source_ids: Sequence[str]) -> None:
        count = len([i for i in dict.fromkeys(source_ids) if i != target_id]) + 1
        super().__init__(
            session,
            QCoreApplication.translate("ThemeCommands", "Merge {0} themes").format(count),
        )
        self._target_id = target_id
        self._source_ids = list(source_ids)
        self._merged: themes.MergedThemes | None = None

    def apply(self) -> None:
        self._merged = themes.merge_themes(
            self.session.project_file, self._target_id, self._source_ids
        )

    def revert(self) -> None:
        assert self._merged is not None
        themes.restore_merged_themes(self.session.project_file, self._merged)


class DissolveThemesCommand(StoreCommand):
    """Themes go (with their dots, scores and place); their challenges stay, in no theme."""

    def __init__(self, session: ProjectSession, theme_ids: Sequence[str]) -> None:
        count = len(theme_ids)
        text = (
            QCoreApplication.translate("ThemeCommands", "Dissolve theme")
            if count == 1
            else QCoreApplication.translate("ThemeCommands", "Dissolve {0} themes")
        )
        super().__init__(session, text.format(count))
        self._theme_ids = list(dict.fromkeys(theme_ids))
        self._dissolved: list[themes.DissolvedTheme] = []

    def apply(self) -> None:
        project_file = self.session.project_file
        done: list[themes.DissolvedTheme] = []
        try:
            for theme_id in self._theme_ids:
                done.append(themes.dissolve_theme(project_file, theme_id))
        except Exception:
            for dissolved in reversed(done):  # all or nothing
                themes.restore_theme(project_file, dissolved)
            raise
        self._dissolved = done

    def revert(self) -> None:
        for dissolved in reversed(self._dissolved):
            themes.restore_theme(self.session.project_file, dissolved)


class AssignChallengesCommand(StoreCommand):
    """Put challenges in a theme, or (``theme`` None) take them out of their theme."""

    def __init__(
        self, session: ProjectSession, theme: Theme | None, challenge_ids: Sequence[str]
    ) -> None:
        count = len(challenge_ids)
        if theme is None:
            text = QCoreApplication.translate("ThemeCommands", "Take {0} challenges out of theme")
        else:
            text = QCoreApplication.translate("ThemeCommands", "Move {0} challenges to “{1}”")
        super().__init__(session, text.format(count, theme.name if theme else ""))
        self._theme_id = theme.id if theme else None
        self._challenge_ids = list(challenge_ids)
        self._previous: Mapping[str, str | None] = {}

    @property
    def theme_id(self) -> str | None:
        return self._theme_id

    @property
    def challenge_ids(self) -> list[str]:
        return list(self._challenge_ids)

    def apply(self) -> None:
        self._previous = themes.assign_challenges(
            self.session.project_file, self._theme_id, self._challenge_ids
        )

    def revert(self) -> None:
        themes.restore_assignments(self.session.project_file, self._previous)
