"""The command-line contract: exit 0 on success, 2 with one clear stderr line on refusal."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from liaison_app.cli import EXIT_OK, EXIT_USER_ERROR, run
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database


def call(capsys, *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_runs_as_a_program():
    result = subprocess.run(
        [sys.executable, "-m", "liaison_app", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    for command in ("demo", "import", "export", "letters", "db"):
        assert command in result.stdout


def test_db_upgrade_creates_then_reports_current(capsys, database_path):
    code, out, _ = call(capsys, "--database", str(database_path), "db", "upgrade")
    assert code == EXIT_OK
    assert "Upgraded from an empty database" in out
    code, out, _ = call(capsys, "--database", str(database_path), "db", "upgrade")
    assert code == EXIT_OK
    assert "Already at the latest schema" in out


def test_db_upgrade_seeds_member_states(capsys, database_path):
    call(capsys, "--database", str(database_path), "db", "upgrade")
    connection = sqlite3.connect(database_path)
    assert connection.execute("SELECT count(*) FROM member_states").fetchone() == (193,)
    connection.close()


def test_database_from_environment(capsys, database_path, monkeypatch):
    monkeypatch.setenv("LIAISON_DATABASE_URL", f"sqlite:///{database_path}")
    code, _, _ = call(capsys, "db", "upgrade")
    assert code == EXIT_OK
    assert database_path.exists()


def test_db_check_on_a_sound_database(capsys, empty_database):
    code, out, _ = call(capsys, "--database", str(empty_database.path), "db", "check")
    assert code == EXIT_OK
    assert "integrity_check: ok" in out
    assert "foreign_key_check: ok" in out


def test_db_check_missing_file(capsys, tmp_path):
    code, _, err = call(capsys, "--database", str(tmp_path / "none.sqlite3"), "db", "check")
    assert code == EXIT_USER_ERROR
    assert err.count("\n") == 1
    assert "does not exist" in err


def test_db_backup_and_restore(capsys, empty_database, tmp_path):
    path = empty_database.path
    code, out, _ = call(capsys, "--database", str(path), "db", "backup", str(tmp_path / "bk"))
    assert code == EXIT_OK
    copies = list((tmp_path / "bk").glob("*.sqlite3"))
    assert len(copies) == 1
    assert str(copies[0]) in out
    empty_database.dispose()
    code, out, _ = call(capsys, "--database", str(path), "db", "restore", str(copies[0]))
    assert code == EXIT_OK
    assert "kept as" in out


def test_db_restore_refuses_garbage(capsys, empty_database, tmp_path):
    path = empty_database.path
    empty_database.dispose()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_text("hello")
    code, _, err = call(capsys, "--database", str(path), "db", "restore", str(garbage))
    assert code == EXIT_USER_ERROR
    assert "not a Liaison Desk database" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_newer_database_exit_2_untouched(capsys, database_path):
    open_database(resolve_database_url(str(database_path))).database.dispose()
    connection = sqlite3.connect(database_path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.close()
    before = database_path.read_bytes()
    code, _, err = call(capsys, "--database", str(database_path), "db", "upgrade")
    assert code == EXIT_USER_ERROR
    assert "newer version" in err
    assert database_path.read_bytes() == before


def test_user_error_in_french(capsys, tmp_path):
    code, _, err = call(
        capsys, "--language", "fr", "--database", str(tmp_path / "x.sqlite3"), "db", "check"
    )
    assert code == EXIT_USER_ERROR
    assert "n’existe pas" in err


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as raised:
        run(["db", "frobnicate"])
    assert raised.value.code == 2
