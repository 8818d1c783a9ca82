"""Filter choices for the challenge list: domain, municipality, theme and workshop."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.themes import list_themes
from dgw_desktop.store.workshops import list_workshops
from dgw_desktop.ui.models.challenge_list_model import NO_THEME
from dgw_desktop.ui.session import ProjectSession

_WATCHED = frozenset({"domain", "municipality", "theme", "workshop"})


class ChallengeFilterBar(QWidget):
    """Four combo boxes; ``changed`` fires with the chosen ids (None = all)."""

    changed = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.domain_combo = QComboBox(self)
        self.municipality_combo = QComboBox(self)
        self.theme_combo = QComboBox(self)
        self.workshop_combo = QComboBox(self)
        for combo, tip in (
            (self.domain_combo, self.tr("Show challenges of one domain")),
            (self.municipality_combo, self.tr("Show challenges shared by one municipality")),
            (self.theme_combo, self.tr("Show challenges of one theme")),
            (self.workshop_combo, self.tr("Show challenges of one workshop")),
        ):
            combo.setToolTip(tip)
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(combo)
        self.reload()
        session.changed.connect(self._on_changed)

    def add_trailing(self, widget: QWidget) -> None:
        """Put another filter widget (the text filter) at the end of the row."""
        self._layout.addWidget(widget, 1)

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def reload(self) -> None:
        project_file = self.session.project_file
        self._fill(
            self.domain_combo,
            self.tr("All domains"),
            [(d.name, d.id) for d in list_domains(project_file)],
        )
        self._fill(
            self.municipality_combo,
            self.tr("All municipalities"),
            [(m.name, m.id) for m in list_municipalities(project_file)],
        )
        self._fill(
            self.theme_combo,
            self.tr("All themes"),
            [(self.tr("(no theme yet)"), NO_THEME)]
            + [(t.name, t.id) for t in list_themes(project_file)],
        )
        self._fill(
            self.workshop_combo,
            self.tr("All workshops"),
            [(w.title, w.id) for w in list_workshops(project_file)],
        )

    def choices(self) -> dict[str, str | None]:
        return {
            "domain_id": self.domain_combo.currentData(),
            "municipality_id": self.municipality_combo.currentData(),
            "theme_id": self.theme_combo.currentData(),
            "workshop_id": self.workshop_combo.currentData(),
        }

    def _on_changed(self, table: str) -> None:
        if table in _WATCHED:
            before = self.choices()
            self.reload()
            if self.choices() != before:  # a chosen item was deleted
                self.changed.emit()
