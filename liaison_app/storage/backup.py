"""Copies of the SQLite file: made with SQLite's backup API, verified before a restore."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from liaison_app.errors import UserError
from liaison_app.storage import migrations


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_file(source: Path, destination: Path) -> Path:
    """A consistent copy of a live database (the backup API), written beside and then renamed."""
    partial = destination.with_name(destination.name + ".partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        # mode=ro: backing up must never change the source, not even its journal mode.
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(partial)
        os.replace(partial, destination)
    except OSError as error:
        _discard(partial)
        raise UserError(
            "Could not write the backup to {path}: {reason}",
            path=destination,
            reason=error.strerror,
        ) from error
    except sqlite3.Error as error:
        _discard(partial)
        raise UserError("Could not back up the database: {reason}", reason=str(error)) from error
    return destination


def backup_database(source: Path, directory: Path | None = None, label: str = "backup") -> Path:
    """Back up into `directory` (default: `backups/` beside the database) under a dated name."""
    directory = directory or default_backup_dir(source)
    return backup_file(source, directory / f"{source.stem}-{label}-{_timestamp()}.sqlite3")


def default_backup_dir(database: Path) -> Path:
    return database.parent / "backups"


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]
    foreign_keys: list[tuple]

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys

    def lines(self) -> list[str]:
        lines = [f"integrity_check: {line}" for line in self.integrity]
        if self.foreign_keys:
            lines += [
                f"foreign_key_check: table {table} row {rowid} refers to missing {parent}"
                for table, rowid, parent, _ in self.foreign_keys
            ]
        else:
            lines.append("foreign_key_check: ok")
        return lines


def check_file(path: Path) -> CheckReport:
    """Run `integrity_check` and `foreign_key_check` on a file, read-only."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        foreign_keys = [tuple(row) for row in connection.execute("PRAGMA foreign_key_check")]
    except sqlite3.DatabaseError as error:
        raise UserError("{path} is damaged: {reason}", path=path, reason=str(error)) from error
    finally:
        connection.close()
    return CheckReport(integrity, foreign_keys)


def verify_restorable(candidate: Path) -> str:
    """Check a file is a sound Liaison Desk database this version can open; return its revision."""
    if not candidate.is_file():
        raise UserError("{path} does not exist.", path=candidate)
    try:
        revision = migrations.read_sqlite_revision(candidate)
    except migrations.NotADatabase as error:
        raise UserError("{path} is not a Liaison Desk database.", path=candidate) from error
    except migrations.ForeignDatabase as error:
        raise UserError("{path} is not a Liaison Desk database.", path=candidate) from error
    if revision is None:
        raise UserError("{path} is not a Liaison Desk database.", path=candidate)
    if revision not in migrations.known_revisions():
        raise UserError(
            "{path} was made by a newer version of Liaison Desk. Install the newer version "
            "to open it; the file has not been changed.",
            path=candidate,
        )
    report = check_file(candidate)
    if not report.ok:
        raise UserError(
            "{path} is damaged ({detail}); the current database was kept.",
            path=candidate,
            detail="; ".join(report.lines()[:3]),
        )
    return revision


def restore_database(candidate: Path, target: Path) -> Path:
    """Replace `target` with a verified copy of `candidate`; return where the old one was kept.

    The old database is first backed up beside itself, its WAL checkpointed and its -wal and -shm
    files removed (a stale WAL applied to the new file would corrupt it); the new file is copied
    next to the target and renamed over it, so a failure leaves the old database in place.
    """
    verify_restorable(candidate)
    kept = target.with_name(f"{target.stem}-before-restore-{_timestamp()}.sqlite3")
    staged = target.with_name(target.name + ".restoring")
    try:
        shutil.copyfile(candidate, staged)
        _fsync(staged)
        if target.exists():
            backup_file(target, kept)
            connection = sqlite3.connect(target)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        os.replace(staged, target)
    except OSError as error:
        _discard(staged)
        raise UserError(
            "Could not restore the database: {reason}. The current database was kept.",
            reason=error.strerror,
        ) from error
    return kept


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _discard(path: Path) -> None:
    """Remove a half-written file; cleaning up must not hide the error that made it half."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
