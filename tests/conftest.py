"""Shared test setup. Qt must run offscreen: without a display pytest would abort."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
