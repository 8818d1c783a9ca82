"""Opening, creating, checking and copying ``.dgw`` files.

One SQLite file in rollback-journal mode (``journal_mode=DELETE``, ``synchronous=FULL``): a
committed edit lives in the one file, so copying just the ``.dgw`` never loses work, and a
closed project leaves no sidecar files behind.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from dgw_desktop.store.errors import FileRefusedError, RefusalReason
from dgw_desktop.store.schema import APPLICATION_ID, MIGRATIONS, Migration

SQLITE_MAGIC = b"SQLite format 3\x00"
# Called with the table that changed and the ids of the changed rows (empty: "reload all").
ChangeListener = Callable[[str, tuple[str, ...]], None]


_clock_lock = threading.Lock()
_last_stamp = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def utc_now() -> str:
    """An ISO timestamp, strictly increasing within this process.

    Rows are listed in ``created_at`` order; many rows are added within one millisecond (a
    batch, the demo), so equal stamps would leave the order to the rowid, which changes when
    an undo puts a deleted row back. Unique stamps keep the order of capture.
    """
    global _last_stamp
    with _clock_lock:
        now = datetime.datetime.now(datetime.UTC)
        if now <= _last_stamp:
            now = _last_stamp + datetime.timedelta(microseconds=1)
        _last_stamp = now
    return now.isoformat(timespec="microseconds")


@dataclass(frozen=True)
class FileHeader:
    application_id: int
    user_version: int


def read_header(path: Path) -> FileHeader:
    """Read the header bytes without SQLite, so a foreign file is refused untouched."""
    path = Path(path)
    if not path.is_file():
        raise FileRefusedError(RefusalReason.MISSING, path)
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError as error:
        raise FileRefusedError(RefusalReason.UNWRITABLE, path, detail=error.strerror) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise FileRefusedError(RefusalReason.NOT_SQLITE, path)
    (user_version,) = struct.unpack(">i", header[60:64])
    (application_id,) = struct.unpack(">i", header[68:72])
    return FileHeader(application_id=application_id, user_version=user_version)


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a commit is never implicit.
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")
    return connection


def _integrity_problem(connection: sqlite3.Connection) -> str | None:
    rows = connection.execute("PRAGMA quick_check").fetchall()
    messages = [str(row[0]) for row in rows]
    if messages == ["ok"]:
        return None
    # The first message starts with a "*** in database main ***" line: noise for a user.
    lines = [
        line
        for message in messages
        for line in message.splitlines()
        if line.strip() and not line.startswith("*** ")
    ]
    return "; ".join(lines[:3])


class ProjectFile:
    """An open project: one connection, explicit transactions, change notifications."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = Path(path)
        self.connection = connection
        self._listeners: list[ChangeListener] = []
        self._depth = 0
        self._pending: list[tuple[str, tuple[str, ...]]] = []

    # -- transactions -------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Commit on success (durably, before returning), roll back on any error."""
        if self._depth:
            self._depth += 1
            try:
                yield self.connection
            finally:
                self._depth -= 1
            return
        self.connection.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.connection
            # A COMMIT can fail too (another program holds the file, disk full). SQLite then
            # keeps the transaction open: roll it back, or this connection would go on showing
            # the unsaved edit and refuse every later one.
            self.connection.execute("COMMIT")
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            self._pending.clear()
            raise
        finally:
            self._depth = 0
        self._flush_notifications()

    def query(
        self, sql: str, params: Sequence[object] | dict[str, object] = ()
    ) -> list[sqlite3.Row]:
        return self.connection.execute(sql, params).fetchall()

    # -- change notification --------------------------------------------------------------
    def add_listener(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: ChangeListener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def notify(self, table: str, ids: Sequence[str] = ()) -> None:
        """Tell listeners ``table`` changed (only ``ids``, if given).

        Inside a transaction the news waits for the commit: nothing is shown as saved before
        it is durable, and a rolled-back change is never announced.
        """
        self._pending.append((table, tuple(ids)))
        if not self._depth:
            self._flush_notifications()

    def _flush_notifications(self) -> None:
        pending, self._pending = self._pending, []
        for table, ids in pending:
            for listener in list(self._listeners):
                listener(table, ids)

    # -- file operations --------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy to ``target`` (via a temporary file, then an atomic rename)."""
        target = Path(target)
        if target.exists() and os.path.samefile(target, self.path):
            # Every edit is already in the file. Replacing it would leave this connection
            # writing to the replaced (deleted) file, losing all further edits.
            return
        write_atomically(Path(target), lambda destination: self.connection.backup(destination))

    def close(self) -> None:
        self._listeners.clear()
        self.connection.close()

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# SQLite primary result codes meaning "cannot write there": PERM, READONLY, IOERR, FULL, CANTOPEN.
_CANNOT_WRITE = frozenset({3, 8, 10, 13, 14})


def write_atomically(target: Path, fill: Callable[[sqlite3.Connection], None]) -> None:
    """Build a SQLite file next to ``target`` and move it into place only when complete."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        connection = sqlite3.connect(temporary, isolation_level=None)
        try:
            fill(connection)
            connection.execute("PRAGMA journal_mode = DELETE")
        finally:
            connection.close()
        os.replace(temporary, target)
    except OSError as error:
        detail = error.strerror or str(error)
        raise FileRefusedError(RefusalReason.UNWRITABLE, target, detail=detail) from None
    except sqlite3.OperationalError as error:
        # A folder that does not exist or is read-only, a full disk: the user can fix that.
        if error.sqlite_errorcode & 0xFF not in _CANNOT_WRITE:
            raise
        raise FileRefusedError(RefusalReason.UNWRITABLE, target, detail=str(error)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _apply_migrations(
    connection: sqlite3.Connection, migrations: Sequence[Migration], start: int
) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        for version in range(start, len(migrations)):
            for statement in migrations[version]:
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {len(migrations)}")
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def backup_path_for(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem} (backup schema {version}){path.suffix}")


def open_project_file(
    path: Path, migrations: Sequence[Migration] = MIGRATIONS, *, migrate: bool = True
) -> ProjectFile:
    """Open an existing project, migrating an older file after a backup copy.

    Raises ``FileRefusedError`` for a missing, foreign, newer or damaged file, which is then
    left exactly as it was. With ``migrate=False`` an older file is opened as it is.
    """
    path = Path(path)
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise FileRefusedError(RefusalReason.FOREIGN, path)
    if header.user_version > len(migrations):
        raise FileRefusedError(
            RefusalReason.NEWER, path, found=header.user_version, supported=len(migrations)
        )
    if header.user_version < 1:
        raise FileRefusedError(RefusalReason.DAMAGED, path, detail="no schema")
    connection: sqlite3.Connection | None = None
    try:
        # Read-write on purpose: a journal left by a crash must be rolled back first, which a
        # read-only connection cannot do.
        connection = _connect(path)
        problem = _integrity_problem(connection)
        if problem:
            raise FileRefusedError(RefusalReason.DAMAGED, path, detail=problem)
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if migrate and version < len(migrations):
            backup = backup_path_for(path, version)
            source = connection
            write_atomically(backup, lambda destination: source.backup(destination))
            _apply_migrations(connection, migrations, version)
    except sqlite3.DatabaseError as error:
        if connection is not None:
            connection.close()
        raise FileRefusedError(RefusalReason.DAMAGED, path, detail=str(error)) from None
    except BaseException:
        if connection is not None:
            connection.close()
        raise
    return ProjectFile(path, connection)


def create_project_file(
    path: Path,
    fill: Callable[[ProjectFile], None],
    *,
    overwrite: bool = False,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> ProjectFile:
    """Create a new file with the current schema, let ``fill`` add the first rows, then open it.

    The file appears at ``path`` only complete; a failure leaves nothing behind.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileRefusedError(RefusalReason.EXISTS, path)

    def build(connection: sqlite3.Connection) -> None:
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA foreign_keys = ON")
        _apply_migrations(connection, migrations, 0)
        project_file = ProjectFile(path, connection)
        with project_file.transaction():
            fill(project_file)

    write_atomically(path, build)
    return open_project_file(path, migrations)


@dataclass(frozen=True)
class CheckReport:
    path: Path
    schema_version: int
    counts: dict[str, int]


def check_project_file(path: Path) -> CheckReport:
    """Verify a file is ours, of a version we read, and intact; report what it holds."""
    with open_project_file(path, migrate=False) as project_file:
        tables = ("municipality", "domain", "workshop", "challenge")
        counts = {
            table: int(project_file.query(f"SELECT count(*) FROM {table}")[0][0])
            for table in tables
        }
        return CheckReport(Path(path), project_file.schema_version, counts)
