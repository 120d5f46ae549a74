"""Opening a database: refuse what we cannot read, back up, then upgrade to the current schema."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from liaison_app.errors import UserError
from liaison_app.storage import migrations
from liaison_app.storage.backup import backup_database
from liaison_app.storage.database import Database
from liaison_app.storage.engine import make_engine
from liaison_app.storage.location import sqlite_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenResult:
    database: Database
    #: Revision before opening (None for a new database).
    previous_revision: str | None
    #: The copy made before upgrading, if any.
    backup: Path | None


def _newer_database(name: object) -> UserError:
    return UserError(
        "{name} was made by a newer version of Liaison Desk. Install the newer version to open "
        "it; the file has not been changed.",
        name=name,
    )


def _check_sqlite_file(path: Path) -> str | None:
    try:
        revision = migrations.read_sqlite_revision(path)
    except (migrations.NotADatabase, migrations.ForeignDatabase) as error:
        raise UserError("{path} is not a Liaison Desk database.", path=path) from error
    if revision is not None and revision not in migrations.known_revisions():
        raise _newer_database(path)
    return revision


def open_database(url: URL, *, create: bool = True) -> OpenResult:
    """Open (and if needed create or upgrade) the database at `url`.

    A database from a newer version is refused before anything touches it. An existing SQLite
    file that needs an upgrade is backed up first, into `backups/` beside it.
    """
    path = sqlite_path(url)
    previous: str | None = None
    backup: Path | None = None
    if path is not None:
        if path.exists():
            previous = _check_sqlite_file(path)
        elif not create:
            raise UserError("{path} does not exist.", path=path)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise UserError(
                    "Cannot create the folder {path}: {reason}",
                    path=path.parent,
                    reason=error.strerror,
                ) from error
        head = migrations.head_revision()
        if previous is not None and previous != head:
            backup = backup_database(path, label=f"before-upgrade-from-{previous}")
            log.info("backed up %s to %s before upgrading", path, backup)

    engine = make_engine(url)
    try:
        if path is None:
            previous = migrations.read_revision(engine)
            if previous is not None and previous not in migrations.known_revisions():
                raise _newer_database(url.render_as_string(hide_password=True))
        if previous != migrations.head_revision():
            migrations.upgrade_to_head(engine)
    except UserError:
        engine.dispose()
        raise
    except OperationalError as error:
        engine.dispose()
        raise UserError(
            "Cannot open the database {name}: {reason}",
            name=path or url.render_as_string(hide_password=True),
            reason=str(error.orig),
        ) from error
    except SQLAlchemyError:
        engine.dispose()
        raise
    return OpenResult(Database(url, engine), previous, backup)
