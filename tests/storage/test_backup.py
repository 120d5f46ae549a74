"""Backups use SQLite's backup API; a restore verifies the file and keeps the old database."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from liaison_app.domain.models import Organization
from liaison_app.errors import UserError
from liaison_app.storage.backup import (
    backup_database,
    check_file,
    restore_database,
    verify_restorable,
)
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database


def add_organization(database, name: str) -> None:
    with database.writing() as session:
        session.add(Organization(name=name))


def organization_names(path) -> list[str]:
    result = open_database(resolve_database_url(str(path)))
    with result.database.reading() as session:
        names = list(session.scalars(select(Organization.name).order_by(Organization.name)))
    result.database.dispose()
    return names


def test_backup_holds_committed_data_of_a_live_database(empty_database, tmp_path):
    add_organization(empty_database, "Ministry of Communications")
    # The engine is still open, the data may sit in the WAL: the backup API still sees it.
    copy = backup_database(empty_database.path, tmp_path / "copies")
    assert copy.parent == tmp_path / "copies"
    assert check_file(copy).ok
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT name FROM organizations").fetchall() == [
        ("Ministry of Communications",)
    ]
    connection.close()


def test_restore_replaces_and_keeps_the_old_database(empty_database, tmp_path):
    add_organization(empty_database, "Before")
    saved = backup_database(empty_database.path, tmp_path / "copies")
    add_organization(empty_database, "After")
    target = empty_database.path
    empty_database.dispose()

    kept = restore_database(saved, target)

    assert organization_names(target) == ["Before"]
    assert sorted(organization_names(kept)) == ["After", "Before"]


def test_restore_refuses_a_damaged_file_and_changes_nothing(empty_database, tmp_path):
    add_organization(empty_database, "Current")
    target = empty_database.path
    empty_database.dispose()
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(UserError):
        restore_database(bogus, target)
    assert organization_names(target) == ["Current"]


def test_restore_refuses_a_newer_file(empty_database, tmp_path):
    copy = backup_database(empty_database.path, tmp_path)
    connection = sqlite3.connect(copy)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(UserError, match="newer version"):
        verify_restorable(copy)


def test_restore_refuses_a_missing_file(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        restore_database(tmp_path / "nowhere.sqlite3", tmp_path / "target.sqlite3")


def test_backup_to_an_unwritable_place_is_a_user_error(empty_database, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(UserError, match="Could not write the backup"):
        backup_database(empty_database.path, blocker / "sub")


def test_check_reports_foreign_key_violations(empty_database):
    add_organization(empty_database, "Org")
    path = empty_database.path
    empty_database.dispose()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(
            "UPDATE organizations SET member_state_id = '00000000000000000000000000000001'"
        )
    connection.close()
    report = check_file(path)
    assert not report.ok
    assert any("organizations" in line for line in report.lines())
    with pytest.raises(UserError, match="damaged"):
        verify_restorable(path)
