"""Shared fixtures: offscreen Qt, isolated user folders, a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display needed, and no user's settings or logs touched.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from liaison_app.storage.database import Database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """Each test gets its own data, config and log folders (platformdirs reads XDG_* on Linux)."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.setenv("LIAISON_LOG_DIR", str(home / "logs"))
    monkeypatch.delenv("LIAISON_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def empty_database(database_path: Path) -> Iterator[Database]:
    """A fresh database at the current schema, without reference data."""
    result = open_database(resolve_database_url(str(database_path)))
    yield result.database
    result.database.dispose()


@pytest.fixture
def database(empty_database: Database) -> Database:
    """A fresh database with the 193 Member States."""
    from liaison_app.services.setup import prepare_database

    prepare_database(empty_database)
    return empty_database
