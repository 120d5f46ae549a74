"""Which database to open: `--database`, else `LIAISON_DATABASE_URL`, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_path, user_data_path, user_log_path
from sqlalchemy.engine import URL, make_url

from liaison_app import APP_ID

ENV_VARIABLE = "LIAISON_DATABASE_URL"
DEFAULT_FILE_NAME = "liaison-desk.sqlite3"


def data_dir() -> Path:
    return user_data_path(APP_ID, appauthor=False, ensure_exists=True)


def log_dir() -> Path:
    return user_log_path(APP_ID, appauthor=False, ensure_exists=True)


def cache_dir() -> Path:
    """Files that can be made again (copies of attachments opened in the system's viewer)."""
    return user_cache_path(APP_ID, appauthor=False, ensure_exists=True)


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


def looks_like_url(value: str) -> bool:
    return "://" in value


def resolve_database_url(value: str | None = None) -> URL:
    """An SQLAlchemy URL from a path or URL given by the user, the environment or the default."""
    chosen = value or os.environ.get(ENV_VARIABLE) or str(default_database_path())
    if looks_like_url(chosen):
        return make_url(chosen)
    path = Path(chosen).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL; None for other back ends and in-memory databases."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)
