"""Helpers shared by the window tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def make_newer_database(path: Path) -> Path:
    """An SQLite file stamped with a schema revision this version does not know."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.execute("INSERT INTO alembic_version VALUES ('f00000000099')")
    connection.commit()
    connection.close()
    return path
