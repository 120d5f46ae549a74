"""What every page of the window shares: the open database and the task runner."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from liaison_app.storage.database import Database
from liaison_app.ui.task_runner import TaskRunner


class AppContext(QObject):
    """Handed to each page. Read `context.database` when you query: File ▸ Open can replace it,
    and `databaseChanged` then tells pages to reload."""

    databaseChanged = Signal()

    def __init__(self, database: Database, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._database = database
        self.tasks = tasks

    @property
    def database(self) -> Database:
        return self._database

    def set_database(self, database: Database) -> None:
        self._database = database
        self.databaseChanged.emit()
