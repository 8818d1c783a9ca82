"""Dutch is the default UI language; English is selectable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from dgw_desktop.ui import settings
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.translation import install_translators


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, settings.language())
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_dutch_is_the_default(dutch: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert settings.language() == "nl"
    window = MainWindow()
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&Bestand", "Be&werken", "&Help"]
    assert window.undo_action.text().startswith("&Ongedaan maken")
    window.open_demo()
    assert window.project_view is not None
    assert window.project_view.navigation.item(0).text() == "Overzicht"
    assert window.project_view.challenges_page.ui.titleLabel.text() == "Uitdagingen"


def test_english_after_choosing_it(qapp: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.set_language("en")
    translators = install_translators(qapp, settings.language())
    assert translators == []
    window = MainWindow()
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&File", "&Edit", "&Help"]
    assert window.english_action.isChecked()
