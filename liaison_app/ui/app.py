"""Starting the window: the QApplication, fonts, language, the database to open, the event loop."""

from __future__ import annotations

import enum
import logging
import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison_app import APP_ID, APP_NAME, ORGANIZATION, __version__
from liaison_app.errors import UserError
from liaison_app.logging_setup import configure_logging
from liaison_app.storage.database import Database
from liaison_app.storage.location import ENV_VARIABLE, resolve_database_url
from liaison_app.ui import error_reporting, settings
from liaison_app.ui.database_commands import (
    ask_database_to_open,
    ask_new_database,
    existing_file_message,
    open_and_prepare,
)
from liaison_app.ui.fonts import load_bundled_fonts
from liaison_app.ui.icon_set import app_icon
from liaison_app.ui.language import apply_language, current_language, initial_language

log = logging.getLogger(__name__)

#: Exit code when no database could be opened and the user chose to quit (the CLI's "refused").
EXIT_NO_DATABASE = 2
EXIT_BUG = 1


def application() -> QApplication:
    """The QApplication, created once, with the names QSettings and the desktop see."""
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APP_NAME)
        QApplication.setOrganizationName(ORGANIZATION)
        QApplication.setApplicationVersion(__version__)
        # Wayland and the task bar match the window to liaison-desk.desktop by this name.
        QApplication.setDesktopFileName(APP_ID)
        app = QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())
    return app


class Choice(enum.Enum):
    OPEN = "open"
    NEW = "new"
    QUIT = "quit"


def ask_after_failed_open(message: str) -> Choice:
    """Tell why the database could not be opened; ask whether to open another, create one, or
    quit. (A function of its own so tests can answer it.)"""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message)
    open_button = box.addButton(
        QCoreApplication.translate("Startup", "Open another database…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    new_button = box.addButton(
        QCoreApplication.translate("Startup", "New database…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return Choice.OPEN
    if clicked is new_button:
        return Choice.NEW
    return Choice.QUIT


def open_startup_database(requested: str | None) -> Database | None:
    """The database to start on, or None if none could be opened and the user chose to quit.

    `--database`, then $LIAISON_DATABASE_URL, win; else the database used last time (which must
    still exist: a moved file is reported, not silently recreated empty); else the default file in
    the user data folder, created on first run.
    """
    explicit = requested or os.environ.get(ENV_VARIABLE)
    last = None if explicit else settings.read_str(settings.LAST_DATABASE)
    url = resolve_database_url(explicit or last)
    create = last is None
    while True:
        try:
            return open_and_prepare(url, create=create).database
        except UserError as error:
            message = error.localized(current_language())
        choice = ask_after_failed_open(message)
        if choice is Choice.QUIT:
            return None
        path = ask_database_to_open(None) if choice is Choice.OPEN else ask_new_database(None)
        if path is None:
            continue
        if choice is Choice.NEW and path.exists():
            error_reporting.show_warning(existing_file_message(path))
            continue
        url, create = resolve_database_url(str(path)), choice is Choice.NEW


def run_app(database: str | None = None, language: str | None = None) -> int:
    """Open the main window on `database` in `language`; return the exit code."""
    configure_logging()
    app = application()
    error_reporting.install_excepthook()
    families = load_bundled_fonts()
    if families:
        log.info("bundled fonts: %s", ", ".join(sorted(set(families))))
    apply_language(initial_language(language))

    try:
        opened = open_startup_database(database)
    except Exception as error:
        error_reporting.report_bug(type(error), error, error.__traceback__)
        return EXIT_BUG
    if opened is None:
        return EXIT_NO_DATABASE

    from liaison_app.ui.main_window import MainWindow

    window = MainWindow(opened)
    window.show()
    try:
        return app.exec()
    finally:
        window.database.dispose()
