"""Write an export so that the target appears only complete, or not at all."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from dgw_desktop.store.errors import FileRefusedError, RefusalReason

Progress = Callable[[int, int], None]


def _no_progress(done: int, total: int) -> None:
    del done, total


def progress_or_noop(progress: Progress | None) -> Progress:
    return progress if progress is not None else _no_progress


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; move it into place when the block succeeds.

    On any error the temporary file is removed and ``target`` is left as it was. An ``OSError``
    (folder missing, no permission, disk full, target is a folder) becomes a
    ``FileRefusedError`` the UI and CLI can show.
    """
    target = Path(target)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as error:
        raise FileRefusedError(
            RefusalReason.UNWRITABLE, target, detail=error.strerror or str(error)
        ) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
