"""Every SQLite connection is safe: foreign keys, WAL, full sync, busy timeout, explicit BEGIN."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from liaison_app.domain.models import Contact, Organization
from liaison_app.storage.engine import BUSY_TIMEOUT_MS


def pragma(database, name: str):
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_connection_pragmas(empty_database):
    assert pragma(empty_database, "foreign_keys") == 1
    assert pragma(empty_database, "journal_mode") == "wal"
    assert pragma(empty_database, "synchronous") == 2  # FULL
    assert pragma(empty_database, "busy_timeout") == BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(empty_database):
    import uuid

    with pytest.raises(IntegrityError), empty_database.writing() as session:
        session.add(Contact(full_name="Ghost", organization_id=uuid.uuid4()))


def test_write_transaction_rolls_back_on_error(empty_database):
    with pytest.raises(RuntimeError), empty_database.writing() as session:
        session.add(Organization(name="Ministry of Posts"))
        session.flush()
        raise RuntimeError("boom")
    with empty_database.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM organizations")) == 0


def test_transactions_begin_explicitly(empty_database):
    """With pysqlite's own handling off, SQLAlchemy's BEGIN is what opens a transaction."""
    with empty_database.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw.isolation_level is None
        connection.exec_driver_sql("SELECT 1")
        assert raw.in_transaction


def test_writers_are_serialized(empty_database):
    """Two threads writing at once both succeed, one after the other."""
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            for i in range(20):
                with empty_database.writing() as session:
                    session.add(Organization(name=f"{name} {i}"))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with empty_database.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM organizations")) == 40
