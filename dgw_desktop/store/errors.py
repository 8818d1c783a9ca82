"""Why a file is refused. These are user errors: the UI and CLI show them, never a traceback."""

from __future__ import annotations

import enum
from pathlib import Path

from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, UserError


class RefusalReason(enum.Enum):
    MISSING = "missing"
    NOT_SQLITE = "not-sqlite"
    FOREIGN = "foreign"
    NEWER = "newer"
    DAMAGED = "damaged"
    EXISTS = "exists"
    UNWRITABLE = "unwritable"


_TEXTS = {
    RefusalReason.MISSING: QT_TRANSLATE_NOOP("FileError", "The file {name} does not exist."),
    RefusalReason.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "FileError", "{name} is not a DGW Desktop project file."
    ),
    RefusalReason.FOREIGN: QT_TRANSLATE_NOOP(
        "FileError",
        "{name} is a database of another program, not a DGW Desktop project file. "
        "It has not been changed.",
    ),
    RefusalReason.NEWER: QT_TRANSLATE_NOOP(
        "FileError",
        "{name} was made with a newer version of DGW Desktop (file version {found}, this "
        "program reads up to {supported}). Update DGW Desktop to open it; the file has not "
        "been changed.",
    ),
    RefusalReason.DAMAGED: QT_TRANSLATE_NOOP(
        "FileError",
        "{name} is damaged and cannot be opened ({detail}). The file has not been changed; "
        "use a backup copy.",
    ),
    RefusalReason.EXISTS: QT_TRANSLATE_NOOP(
        "FileError", "{name} already exists; choose another name."
    ),
    RefusalReason.UNWRITABLE: QT_TRANSLATE_NOOP(
        "FileError", "{name} cannot be written ({detail})."
    ),
}


class FileRefusedError(UserError):
    def __init__(self, reason: RefusalReason, path: Path, **params: object) -> None:
        params.setdefault("detail", "")
        super().__init__("FileError", _TEXTS[reason], name=Path(path).name, **params)
        self.reason = reason
        self.path = Path(path)
