"""The window's remembered choices (language, geometry, section, last database) in one INI file.

The file lives in the platform's user config folder, found through platformdirs on every call.
Qt's default `QSettings()` caches its folder for the life of the process, so it would ignore a
changed XDG_CONFIG_HOME (tests isolate each test that way) and could not be pointed elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_path
from PySide6.QtCore import QSettings

from liaison_app import APP_ID

SETTINGS_FILE_NAME = "liaison-desk.ini"

# Keys, in one place so a typo cannot silently create a second setting.
LANGUAGE = "interface/language"
LAST_DATABASE = "database/last_file"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
CURRENT_SECTION = "window/section"


def settings_path() -> Path:
    return user_config_path(APP_ID, appauthor=False) / SETTINGS_FILE_NAME


def app_settings() -> QSettings:
    """A QSettings on the user's settings file; cheap to create, so make one where needed."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def read_str(key: str) -> str | None:
    value = app_settings().value(key)
    return value if isinstance(value, str) and value else None


def write_value(key: str, value: object) -> None:
    settings = app_settings()
    settings.setValue(key, value)
    # Written now rather than when the object dies, so a crash right after loses nothing.
    settings.sync()
