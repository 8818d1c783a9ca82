"""The self-filtering challenge list: filters, sorting, in-place edits, row-wise updates."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store.challenges import add_challenge, remove_challenges, restore_challenges
from dgw_desktop.ui.main_window import MainWindow
from dgw_desktop.ui.models.challenge_list_model import (
    MUNICIPALITIES,
    NO_THEME,
    NOTES,
    TEXT,
    THEME,
    ChallengeFilter,
)


def open_page(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.open_demo()
    assert window.project_view is not None
    page = window.project_view.challenges_page
    window.project_view.show_page(page)
    return page


def shown_texts(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, TEXT).data() for row in range(model.rowCount())]


def test_filter_choices_combine_with_text(window: MainWindow) -> None:
    page = open_page(window)
    model = page.model
    bar = page.filter_bar
    total = model.rowCount()
    bar.domain_combo.setCurrentIndex(bar.domain_combo.findText("sociaal"))
    social = model.rowCount()
    assert 15 <= social <= 25 < total
    assert all(c.domain_id == bar.domain_combo.currentData() for c in model.entities())
    goirle = bar.municipality_combo.findText("Goirle")
    bar.municipality_combo.setCurrentIndex(goirle)
    goirle_id = bar.municipality_combo.currentData()
    assert all(goirle_id in c.municipality_ids for c in model.entities())
    assert 0 < model.rowCount() < social
    page.ui.filterEdit.setText("zzz-niets")
    assert model.rowCount() == 0
    assert "0" in page.ui.countLabel.text()
    page.ui.filterEdit.clear()
    bar.domain_combo.setCurrentIndex(0)
    bar.municipality_combo.setCurrentIndex(0)
    assert model.rowCount() == total


def test_theme_filter_and_column(window: MainWindow) -> None:
    page = open_page(window)
    model = page.model
    bar = page.filter_bar
    bar.theme_combo.setCurrentIndex(bar.theme_combo.findData(NO_THEME))
    assert model.rowCount() > 0
    assert all(c.theme_id is None for c in model.entities())
    bar.theme_combo.setCurrentIndex(2)  # the first real theme
    theme_name = bar.theme_combo.currentText()
    assert model.rowCount() >= 3
    assert {model.index(r, THEME).data() for r in range(model.rowCount())} == {theme_name}


def test_sort_by_municipality_count_and_back(window: MainWindow) -> None:
    page = open_page(window)
    model = page.model
    natural = shown_texts(model)
    model.sort(MUNICIPALITIES, Qt.SortOrder.DescendingOrder)
    counts = [len(c.municipality_ids) for c in model.entities()]
    assert counts == sorted(counts, reverse=True)
    model.sort(TEXT, Qt.SortOrder.AscendingOrder)
    texts = shown_texts(model)
    assert texts == sorted(texts, key=str.casefold)
    model.sort(-1)
    assert shown_texts(model) == natural


def test_typing_narrows_consistently(window: MainWindow) -> None:
    page = open_page(window)
    model = page.model
    for typed in ("d", "da", "dat", "data"):
        model.set_text_filter(typed)
        expected = [c.text for c in model._challenges if typed in model._haystack(c)]
        assert shown_texts(model) == expected
    model.set_filter(ChallengeFilter())
    assert model.rowCount() == model.total_count()


def test_edit_in_place_is_saved_and_undoable(window: MainWindow) -> None:
    page = open_page(window)
    model = page.model
    index = model.index(0, TEXT)
    original = index.data()
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, MUNICIPALITIES)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "Nieuwe formulering van het knelpunt")
    assert window.session is not None
    path = window.session.project_file.path
    with sqlite3.connect(path) as connection:
        texts = [row[0] for row in connection.execute("SELECT text FROM challenge")]
    assert "Nieuwe formulering van het knelpunt" in texts and original not in texts
    assert model.index(0, TEXT).data() == "Nieuwe formulering van het knelpunt"
    assert model.setData(model.index(0, NOTES), "toelichting erbij")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert model.index(0, TEXT).data() == original


def test_empty_in_place_edit_is_refused(window: MainWindow, warnings: list[str]) -> None:
    page = open_page(window)
    model = page.model
    original = model.index(0, TEXT).data()
    assert not model.setData(model.index(0, TEXT), "   ")
    assert warnings
    assert model.index(0, TEXT).data() == original


def test_rows_update_one_by_one(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(window)
    model = page.model
    assert window.session is not None
    project_file = window.session.project_file
    domain_id = model.entity(0).domain_id
    count = model.rowCount()
    before_texts = shown_texts(model)
    with qtbot.waitSignal(model.rowsInserted, timeout=1000):
        added = add_challenge(
            project_file, Challenge(text="Nieuw vanuit elders", domain_id=domain_id)
        )
    assert model.rowCount() == count + 1
    assert shown_texts(model)[-1] == "Nieuw vanuit elders"
    removed = remove_challenges(project_file, [model.entity(3).id, added.id])
    assert model.rowCount() == count - 1
    restore_challenges(project_file, removed)
    assert model.rowCount() == count + 1
    assert sorted(shown_texts(model)) == sorted([*before_texts, "Nieuw vanuit elders"])
    assert shown_texts(model)[3] == before_texts[3]  # back in its place


def test_many_rows_at_once_are_one_model_change(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from dgw_desktop.store.challenges import add_challenges

    page = open_page(window)
    model = page.model
    assert window.session is not None
    domain_id = model.entity(0).domain_id
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    inserted: list[int] = []
    model.rowsInserted.connect(lambda *_: inserted.append(1))
    count = model.rowCount()
    add_challenges(
        window.session.project_file,
        [Challenge(text=f"Geïmporteerd {n}", domain_id=domain_id) for n in range(200)],
    )
    assert model.rowCount() == count + 200
    assert len(resets) + len(inserted) == 1
    assert shown_texts(model)[-1] == "Geïmporteerd 199"
    # A few rows go one by one, into the rows already shown.
    add_challenges(
        window.session.project_file,
        [Challenge(text=f"Los {n}", domain_id=domain_id) for n in range(3)],
    )
    assert shown_texts(model)[-3:] == ["Los 0", "Los 1", "Los 2"]
