"""Challenges in drag and drop: the MIME type and its payload (a JSON list of challenge ids)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QMimeData

CHALLENGE_IDS_MIME = "application/x-dgw-challenge-ids"


def challenge_ids_mime(challenge_ids: Iterable[str]) -> QMimeData:
    mime = QMimeData()
    ids = list(dict.fromkeys(challenge_ids))
    mime.setData(CHALLENGE_IDS_MIME, QByteArray(json.dumps(ids).encode("utf-8")))
    return mime


def challenge_ids_from(mime: QMimeData | None) -> list[str]:
    """The ids a drag carries; [] for anything that is not a list of our challenge ids."""
    if mime is None or not mime.hasFormat(CHALLENGE_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(CHALLENGE_IDS_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return []
    return list(dict.fromkeys(ids))
