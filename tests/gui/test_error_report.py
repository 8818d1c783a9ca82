"""A bug in a slot is logged and shown as a calm message, not a crash or a traceback."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from dgw_desktop.ui import error_report


def test_unexpected_error_is_logged_and_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        raise RuntimeError("kapot in een slot")
    except RuntimeError:
        error_report.report_unexpected(*sys.exc_info())  # type: ignore[arg-type]
    assert shown
    text, details = shown[0]
    assert str(error_report.log_path()) in text
    assert "kapot in een slot" in details
    assert "kapot in een slot" in error_report.log_path().read_text(encoding="utf-8")
