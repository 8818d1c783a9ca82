"""Thema's: cluster challenges into themes by drag and drop or by keyboard.

Left the themes (expand one to see its challenges), right the challenges in no theme yet.
Every change is one undoable step; a theme groups challenges and never replaces them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QMessageBox, QWidget

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.themes import ThemeSummary, list_themes
from dgw_desktop.ui.commands.store_command import StoreCommand, push_edit
from dgw_desktop.ui.commands.theme_commands import (
    AddThemeCommand,
    DissolveThemesCommand,
    MergeThemesCommand,
)
from dgw_desktop.ui.dialogs.theme_chooser_dialog import ThemeChooserDialog
from dgw_desktop.ui.dialogs.theme_dialog import ThemeDialog
from dgw_desktop.ui.generated.ui_themes_page import Ui_ThemesPage
from dgw_desktop.ui.models.entity_table_model import ID_ROLE
from dgw_desktop.ui.models.theme_tree_model import ThemeTreeModel
from dgw_desktop.ui.models.unassigned_challenges_model import UnassignedChallengesModel
from dgw_desktop.ui.session import ProjectSession

_FLAG = QItemSelectionModel.SelectionFlag
_ROWS = _FLAG.Select | _FLAG.Rows
_ONLY_ROWS = _FLAG.ClearAndSelect | _FLAG.Rows


class ThemesPage(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ThemesPage()
        self.ui.setupUi(self)
        self.tree_model = ThemeTreeModel(session, self)
        self.unassigned_model = UnassignedChallengesModel(session, self)
        self._setup_tree()
        self._setup_unassigned()
        self._fill_domains()
        self._expanded: set[str] = set()
        self._selected: list[str] = []
        self._current: str | None = None
        self._challenge_view: QAbstractItemView = self.ui.unassignedView  # last one with focus

        for model in (self.tree_model, self.unassigned_model):
            model.refused.connect(self._warn)
            model.assigned.connect(self.show_assigned)
        self.tree_model.modelAboutToBeReset.connect(self._remember_tree)
        self.tree_model.modelReset.connect(self._restore_tree)
        session.changed.connect(self._on_changed)
        ui = self.ui
        ui.newButton.clicked.connect(self.new_theme)
        ui.renameButton.clicked.connect(self.rename)
        ui.mergeButton.clicked.connect(self.merge)
        ui.dissolveButton.clicked.connect(self.dissolve)
        ui.moveButton.clicked.connect(self.move_to_theme)
        ui.takeOutButton.clicked.connect(self.take_out)
        ui.filterEdit.textChanged.connect(self.unassigned_model.set_text_filter)
        ui.domainCombo.currentIndexChanged.connect(self._domain_chosen)
        # Page shortcuts act only while focus is in this page, never in another window.
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, target, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self, self.new_theme),
            (QKeySequence("Ctrl+M"), self, self.merge),
            (QKeySequence("Ctrl+T"), self, self.move_to_theme),
            (QKeySequence("Ctrl+Shift+T"), self, self.take_out),
            (QKeySequence(QKeySequence.StandardKey.Find), self, ui.filterEdit.setFocus),
            (QKeySequence(QKeySequence.StandardKey.Delete), ui.themeTree, self.delete_in_tree),
        ):
            shortcut = QShortcut(keys, target)
            shortcut.setContext(within)  # PySide6 ignores context= when given a slot
            shortcut.activated.connect(slot)
        self._update()

    # -- set-up ---------------------------------------------------------------------------------
    def _setup_tree(self) -> None:
        tree = self.ui.themeTree
        tree.setModel(self.tree_model)
        tree.setDropIndicatorShown(True)
        tree.setAutoExpandDelay(700)  # hovering a theme while dragging opens it
        tree.setStyleSheet("QTreeView::item { padding: 3px 0px; }")
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        metrics = tree.fontMetrics()
        for column, text in ((2, self.tr("Challenges")), (3, self.tr("Municipalities"))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(text) + 40)
        tree.selectionModel().selectionChanged.connect(self._update)
        tree.installEventFilter(self)

    def _setup_unassigned(self) -> None:
        view = self.ui.unassignedView
        view.setModel(self.unassigned_model)
        view.setDropIndicatorShown(False)  # a drop anywhere here means: out of the theme
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() * 2 + 10)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 105), (2, 140)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        view.selectionModel().selectionChanged.connect(self._update)
        for signal in (
            self.unassigned_model.modelReset,
            self.unassigned_model.rowsInserted,
            self.unassigned_model.rowsRemoved,
        ):
            signal.connect(self._update)
        view.installEventFilter(self)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

    def _fill_domains(self) -> None:
        combo = self.ui.domainCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All domains"), None)
        for domain in list_domains(self.session.project_file):
            combo.addItem(domain.name, domain.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        self.unassigned_model.set_domain_filter(combo.currentData())

    def _domain_chosen(self) -> None:
        self.unassigned_model.set_domain_filter(self.ui.domainCombo.currentData())

    def _on_changed(self, table: str) -> None:
        if table == "domain":
            self._fill_domains()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractItemView):
            self._challenge_view = watched
            self._update()
        return super().eventFilter(watched, event)

    # -- what is selected -----------------------------------------------------------------------
    def selected_themes(self) -> list[ThemeSummary]:
        rows = self.ui.themeTree.selectionModel().selectedRows()
        theme_rows = sorted(i.row() for i in rows if self.tree_model.is_theme(i))
        return [self.tree_model.summary(row) for row in theme_rows]

    def _tree_challenges(self) -> list[Challenge]:
        model = self.tree_model
        rows = self.ui.themeTree.selectionModel().selectedRows()
        chosen = sorted(
            (i.parent().row(), i.row()) for i in rows if i.isValid() and not model.is_theme(i)
        )
        return [model.members(theme_row)[row] for theme_row, row in chosen]

    def _list_challenges(self) -> list[Challenge]:
        rows = sorted(i.row() for i in self.ui.unassignedView.selectionModel().selectedRows())
        return [self.unassigned_model.challenge(row) for row in rows]

    def selected_challenges(self) -> list[Challenge]:
        """The challenges selected in the view used last (or else in the other view)."""
        in_tree, in_list = self._tree_challenges(), self._list_challenges()
        if self._challenge_view is self.ui.themeTree:
            return in_tree or in_list
        return in_list or in_tree

    # -- actions --------------------------------------------------------------------------------
    def new_theme(self) -> None:
        project_file = self.session.project_file
        domains = list_domains(project_file)
        challenges = self.selected_challenges()
        domain_ids = {c.domain_id for c in challenges}
        domain_id = domain_ids.pop() if len(domain_ids) == 1 else self.ui.domainCombo.currentData()
        dialog = ThemeDialog(domains, list_themes(project_file), domain_id, len(challenges), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_theme is None:
            return
        ids = [c.id for c in challenges] if dialog.with_selection else []
        command = AddThemeCommand(self.session, dialog.result_theme, ids)
        if self._push(command):
            self.select_ids([command.theme.id], expand=True)

    def rename(self) -> None:
        tree = self.ui.themeTree
        current = tree.currentIndex()
        if not self.tree_model.is_theme(current):
            themes = self.selected_themes()
            if not themes:
                self._inform(self.tr("Select the theme to rename."))
                return
            current = self.tree_model.theme_index(themes[0].id)
        tree.setFocus()
        tree.setCurrentIndex(current.siblingAtColumn(0))
        tree.edit(current.siblingAtColumn(0))

    def merge(self) -> None:
        themes = self.selected_themes()
        if len(themes) < 2:
            self._inform(self.tr("Select two or more themes to merge (Ctrl+click, Shift+arrows)."))
            return
        note = self.tr(
            "The other themes' challenges, dots, scores and place on the map move to the chosen "
            "theme. Dots are added up; where both have a score, the chosen theme's score stays. "
            "No challenge is removed."
        )
        dialog = ThemeChooserDialog(
            themes,
            self.tr("Merge {0} themes into:").format(len(themes)),
            self._current_theme_id(),
            note,
            self,
        )
        dialog.setWindowTitle(self.tr("Merge themes"))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_id is None:
            return
        target = dialog.chosen_id
        sources = [t.id for t in themes if t.id != target]
        if self._push(MergeThemesCommand(self.session, target, sources)):
            self.select_ids([target], expand=True)

    def dissolve(self) -> None:
        themes = self.selected_themes()
        if not themes:
            self._inform(self.tr("Select the themes to dissolve."))
            return
        self._push(DissolveThemesCommand(self.session, [t.id for t in themes]))

    def move_to_theme(self) -> None:
        """Ctrl+T: put the selected challenges in a theme chosen from a short list."""
        challenges = self.selected_challenges()
        if not challenges:
            self._inform(self.tr("Select one or more challenges first."))
            return
        current_themes = {c.theme_id for c in challenges}
        choices = self.tree_model.summaries()
        if len(current_themes) == 1:  # all from one theme: that one is no choice
            choices = [t for t in choices if t.id not in current_themes]
        if not choices:
            self._inform(self.tr("There is no theme to move to yet: make one with New theme."))
            return
        domains = {c.domain_id for c in challenges}
        preferred = self._current_theme_id() or next(
            (t.id for t in choices if t.domain_id in domains), None
        )
        count = len(challenges)
        prompt = (
            self.tr("Put the selected challenge in which theme?")
            if count == 1
            else self.tr("Put the {0} selected challenges in which theme?").format(count)
        )
        dialog = ThemeChooserDialog(choices, prompt, preferred, "", self)
        dialog.setWindowTitle(self.tr("Move to theme"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_id:
            self.tree_model.assign(dialog.chosen_id, [c.id for c in challenges])

    def take_out(self) -> None:
        """Ctrl+Shift+T: the selected challenges leave their theme (they stay in the project)."""
        challenges = [c for c in self._tree_challenges() if c.theme_id]
        if not challenges:
            self._inform(self.tr("Select challenges inside a theme first."))
            return
        self.tree_model.assign(None, [c.id for c in challenges])

    def delete_in_tree(self) -> None:
        """Del: challenges leave their theme; selected themes (only) are dissolved."""
        if self._tree_challenges():
            self.take_out()
        elif self.selected_themes():
            self.dissolve()

    # -- after a change -------------------------------------------------------------------------
    def show_assigned(self, theme_id: str | None, challenge_ids: Sequence[str]) -> None:
        """Show where moved challenges went: in their theme, opened, or in the list."""
        if theme_id is not None:
            self.select_ids([*challenge_ids], expand=True)
            return
        view = self.ui.unassignedView
        selection = QItemSelection()
        for challenge_id in challenge_ids:
            row = self.unassigned_model.row_of(challenge_id)
            if row >= 0:
                index = self.unassigned_model.index(row, 0)
                selection.select(index, index)
        view.selectionModel().select(selection, _ONLY_ROWS)
        if not selection.isEmpty():
            view.scrollTo(selection.indexes()[0])

    def select_ids(self, ids: Sequence[str], expand: bool = False) -> None:
        """Select themes or challenges in the tree by id, opening their themes."""
        tree, model = self.ui.themeTree, self.tree_model
        selection = QItemSelection()
        first: QModelIndex | None = None
        for item_id in ids:
            index = model.theme_index(item_id)
            if not index.isValid():
                index = model.challenge_index(item_id)
                if index.isValid():
                    tree.expand(index.parent())
            elif expand:
                tree.expand(index)
            if index.isValid():
                selection.select(index, index)
                first = first or index
        tree.selectionModel().select(selection, _ONLY_ROWS)
        if first is not None:
            tree.selectionModel().setCurrentIndex(first, _FLAG.NoUpdate)
            tree.scrollTo(first)

    def _current_theme_id(self) -> str | None:
        current = self.ui.themeTree.currentIndex()
        if self.tree_model.is_theme(current):
            return str(current.data(ID_ROLE))
        return None

    def _remember_tree(self) -> None:
        tree, model = self.ui.themeTree, self.tree_model
        self._expanded = {
            theme.id
            for row, theme in enumerate(model.summaries())
            if tree.isExpanded(model.index(row, 0))
        }
        rows = tree.selectionModel().selectedRows()
        self._selected = [str(i.data(ID_ROLE)) for i in rows]
        current = tree.currentIndex()
        self._current = str(current.data(ID_ROLE)) if current.isValid() else None

    def _restore_tree(self) -> None:
        tree, model = self.ui.themeTree, self.tree_model
        for theme_id in self._expanded:
            index = model.theme_index(theme_id)
            if index.isValid():
                tree.expand(index)
        selection = QItemSelection()
        for item_id in self._selected:
            index = model.theme_index(item_id)
            index = index if index.isValid() else model.challenge_index(item_id)
            if index.isValid():
                selection.select(index, index)
        tree.selectionModel().select(selection, _ROWS)
        if self._current:
            index = model.theme_index(self._current)
            index = index if index.isValid() else model.challenge_index(self._current)
            if index.isValid():
                tree.selectionModel().setCurrentIndex(index, _FLAG.NoUpdate)
        self._update()

    def _update(self) -> None:
        ui, themes = self.ui, self.selected_themes()
        in_tree = bool(self._tree_challenges())
        ui.renameButton.setEnabled(bool(themes))
        ui.mergeButton.setEnabled(len(themes) >= 2)
        ui.dissolveButton.setEnabled(bool(themes))
        has_themes = self.tree_model.rowCount() > 0
        ui.moveButton.setEnabled(has_themes and (in_tree or bool(self._list_challenges())))
        ui.takeOutButton.setEnabled(in_tree)
        summaries = self.tree_model.summaries()
        grouped = sum(t.challenge_count for t in summaries)
        ui.themesCountLabel.setText(
            self.tr("{0} themes, {1} challenges in a theme").format(len(summaries), grouped)
        )
        ui.unassignedCountLabel.setText(
            self.tr("{0} of {1} challenges without a theme shown").format(
                self.unassigned_model.rowCount(), self.unassigned_model.total_count()
            )
        )

    # -- messages -------------------------------------------------------------------------------
    def _push(self, command: StoreCommand) -> bool:
        error = push_edit(self.session, command)
        if error:
            self._warn(error)
            return False
        return True

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def _inform(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Themes"), message)
