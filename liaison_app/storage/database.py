"""The open database: one engine, read sessions for anyone, writes through one writer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from liaison_app.errors import UserError
from liaison_app.storage.engine import make_engine
from liaison_app.storage.location import sqlite_path


class Database:
    """An open database. Create it with `liaison_app.storage.opening.open_database`."""

    def __init__(self, url: URL, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_lock = threading.RLock()

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        """What the status bar shows: the file path, or the URL without its password."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries; nothing it changes is kept.

        Closing (not rolling back) ends its transaction without expiring what was loaded, so
        objects read here stay usable, detached, after the block.
        """
        with self._sessions() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction, committed when the block ends and rolled back on any error.

        Writes from every thread go through here one at a time: the one writer.
        """
        with self._write_lock, self._sessions() as session:
            try:
                with session.begin():
                    yield session
            except OperationalError as error:
                if "locked" in str(error.orig).lower() or "busy" in str(error.orig).lower():
                    raise UserError(
                        "The database is busy: another program is writing to it. "
                        "Try again in a moment."
                    ) from error
                if "disk" in str(error.orig).lower() and "full" in str(error.orig).lower():
                    raise UserError(
                        "The disk is full: nothing was saved. Free some space and try again."
                    ) from error
                raise

    def dispose(self) -> None:
        self.engine.dispose()
