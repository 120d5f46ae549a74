"""File menu commands on the database: new, open, back up, restore.

The file work (migrations on open, the copy of a backup or restore) runs on the task runner; the
window switches to the resulting database when it succeeds, and errors go through
`error_reporting` (the task runner's default).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy.engine import URL

from liaison_app import APP_NAME
from liaison_app.services.setup import prepare_database
from liaison_app.storage.backup import backup_database, default_backup_dir, restore_database
from liaison_app.storage.database import Database
from liaison_app.storage.location import default_database_path, resolve_database_url
from liaison_app.storage.opening import OpenResult, open_database
from liaison_app.ui import error_reporting
from liaison_app.ui.context import AppContext
from liaison_app.ui.task_runner import Progress, ProgressDialog

DATABASE_SUFFIX = ".sqlite3"


def database_file_filter() -> str:
    return ";;".join(
        (
            QCoreApplication.translate(
                "DatabaseCommands", "Liaison Desk database (*.sqlite3 *.db)"
            ),
            QCoreApplication.translate("DatabaseCommands", "All files (*)"),
        )
    )


def start_folder(database: Database | None) -> str:
    """Where file dialogs open: beside the current database, else the default data folder."""
    path = database.path if database is not None else None
    return str((path or default_database_path()).parent)


def ask_database_to_open(parent: QWidget | None, database: Database | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DatabaseCommands", "Open database"),
        start_folder(database),
        database_file_filter(),
    )
    return Path(name) if name else None


def ask_new_database(parent: QWidget | None, database: Database | None = None) -> Path | None:
    """A path for a new database, with the suffix added; None if the user cancelled.

    The dialog does not offer to replace an existing file: "New" must never destroy a database.
    """
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DatabaseCommands", "New database"),
        start_folder(database),
        database_file_filter(),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(DATABASE_SUFFIX)


def existing_file_message(path: Path) -> str:
    return QCoreApplication.translate(
        "DatabaseCommands",
        "{path} already exists. To use it, choose File ▸ Open database…",
    ).format(path=path)


def open_and_prepare(url: URL, *, create: bool) -> OpenResult:
    """Open (creating or upgrading as needed) and seed a database; safe in a worker thread."""
    result = open_database(url, create=create)
    try:
        prepare_database(result.database)
    except BaseException:
        result.database.dispose()
        raise
    return result


class DatabaseCommands(QObject):
    """The four database commands of the File menu, for one window."""

    def __init__(
        self,
        window: QWidget,
        context: AppContext,
        switch_database: Callable[[Database], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._switch = switch_database

    @property
    def _database(self) -> Database:
        return self._context.database

    # -- New and Open ------------------------------------------------------------------------
    def new_database(self) -> None:
        path = ask_new_database(self._window, self._database)
        if path is None:
            return
        if path.exists():
            error_reporting.show_warning(existing_file_message(path), self._window)
            return
        self._open(path, create=True, label=self.tr("Creating the database…"))

    def open_database(self) -> None:
        path = ask_database_to_open(self._window, self._database)
        if path is not None:
            self._open(path, create=False, label=self.tr("Opening the database…"))

    def _open(self, path: Path, *, create: bool, label: str) -> None:
        handle = self._context.tasks.run(
            lambda _progress: open_and_prepare(resolve_database_url(str(path)), create=create),
            on_success=self._opened,
            label=label,
        )
        ProgressDialog(handle, self._window, cancellable=False)

    def _opened(self, result: OpenResult) -> None:
        self._switch(result.database)
        if result.backup is not None:
            self._inform(
                self.tr(
                    "The database was upgraded to this version of Liaison Desk. "
                    "A copy of it as it was is kept in {path}."
                ).format(path=result.backup)
            )

    # -- Back up -----------------------------------------------------------------------------
    def back_up(self) -> None:
        source = self._database.path
        if source is None:
            error_reporting.show_warning(self._server_message(), self._window)
            return
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Back up to folder"), str(source.parent)
        )
        if not folder:
            return

        def work(_progress: Progress) -> Path:
            return backup_database(source, Path(folder))

        handle = self._context.tasks.run(
            work,
            on_success=lambda written: self._inform(
                self.tr("The backup was saved as {path}.").format(path=written)
            ),
            label=self.tr("Backing up the database…"),
        )
        ProgressDialog(handle, self._window, cancellable=False)

    # -- Restore -----------------------------------------------------------------------------
    def restore(self) -> None:
        current = self._database
        target = current.path
        if target is None:
            error_reporting.show_warning(self._server_message(), self._window)
            return
        backups = default_backup_dir(target)
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Restore from backup"),
            str(backups if backups.is_dir() else target.parent),
            database_file_filter(),
        )
        if not name:
            return
        candidate = Path(name)
        answer = QMessageBox.question(
            self._window,
            APP_NAME,
            self.tr(
                "Replace the database {target} with the backup {backup}?\n\n"
                "The current database will be kept beside it under a dated name."
            ).format(target=target, backup=candidate),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._context.tasks.active_count():
            error_reporting.show_warning(
                self.tr("Wait until the running task has finished, then restore."), self._window
            )
            return

        def work(_progress: Progress) -> tuple[Path, OpenResult]:
            # Close every pooled connection first: the file is about to be replaced under it.
            # On failure the old file is untouched and the engine reconnects on next use.
            current.dispose()
            kept = restore_database(candidate, target)
            return kept, open_and_prepare(current.url, create=False)

        handle = self._context.tasks.run(
            work, on_success=self._restored, label=self.tr("Restoring the database…")
        )
        ProgressDialog(handle, self._window, cancellable=False)

    def _restored(self, outcome: tuple[Path, OpenResult]) -> None:
        kept, result = outcome
        self._switch(result.database)
        self._inform(
            self.tr("The backup was restored. The previous database was kept as {path}.").format(
                path=kept
            )
        )

    # -- Helpers -----------------------------------------------------------------------------
    def _server_message(self) -> str:
        return self.tr(
            "Back up and restore work on a database file. For a server database, "
            "use the server's own tools."
        )

    def _inform(self, text: str) -> None:
        QMessageBox.information(self._window, APP_NAME, text)
