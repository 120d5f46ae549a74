"""Migrations: the migrated schema equals the models; newer databases are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from liaison_app.domain.models import Base
from liaison_app.errors import UserError
from liaison_app.storage import migrations
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrated_schema_equals_models(empty_database):
    with empty_database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_new_database_is_at_head(empty_database):
    assert migrations.read_revision(empty_database.engine) == migrations.head_revision()


def test_reopening_at_head_makes_no_backup(database_path):
    open_database(resolve_database_url(str(database_path))).database.dispose()
    again = open_database(resolve_database_url(str(database_path)))
    again.database.dispose()
    assert again.previous_revision == migrations.head_revision()
    assert again.backup is None


def stamp(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_newer_database_is_refused_and_untouched(database_path):
    open_database(resolve_database_url(str(database_path))).database.dispose()
    stamp(database_path, "9999_from_the_future")
    before = sha256(database_path)
    with pytest.raises(UserError, match="newer version"):
        open_database(resolve_database_url(str(database_path)))
    assert sha256(database_path) == before
    assert not (database_path.parent / "backups").exists()


def test_newer_rollback_journal_database_keeps_its_journal_mode(tmp_path):
    """Setting WAL would rewrite the header: a newer database must not even get that far."""
    path = tmp_path / "newer.sqlite3"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    connection.close()
    before = sha256(path)
    with pytest.raises(UserError):
        open_database(resolve_database_url(str(path)))
    assert sha256(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_upgrade_backs_up_first(database_path, monkeypatch):
    """An older database is copied into backups/ before it is upgraded."""
    open_database(resolve_database_url(str(database_path))).database.dispose()
    head = migrations.head_revision()
    # Pretend this version has a newer head than the file: the file looks one revision old.
    monkeypatch.setattr(migrations, "head_revision", lambda: "0002_next")
    monkeypatch.setattr(migrations, "known_revisions", lambda: {head, "0002_next"})
    monkeypatch.setattr(migrations, "upgrade_to_head", lambda engine: None)
    result = open_database(resolve_database_url(str(database_path)))
    result.database.dispose()
    assert result.previous_revision == head
    assert result.backup is not None
    assert result.backup.exists()
    assert result.backup.parent == database_path.parent / "backups"
    copy = sqlite3.connect(result.backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
    copy.close()


@pytest.mark.parametrize("content", [b"", b"not a database at all, just text\n" * 10])
def test_not_a_database(tmp_path, content):
    path = tmp_path / "odd.sqlite3"
    path.write_bytes(content)
    if not content:
        # An empty file is a new database.
        open_database(resolve_database_url(str(path))).database.dispose()
        return
    with pytest.raises(UserError, match="not a Liaison Desk database"):
        open_database(resolve_database_url(str(path)))
    assert path.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    connection.close()
    with pytest.raises(UserError, match="not a Liaison Desk database"):
        open_database(resolve_database_url(str(path)))
