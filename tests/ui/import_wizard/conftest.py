"""Fixtures of the import wizard tests: an application context over a fresh database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from liaison_app.storage.database import Database


@pytest.fixture
def context(qapp, database: Database) -> Iterator[object]:
    from liaison_app.ui.context import AppContext
    from liaison_app.ui.task_runner import TaskRunner

    tasks = TaskRunner()
    yield AppContext(database, tasks)
    tasks.shutdown()
