"""Fixtures of the window tests: English at the start and end of each test, a main window, and a
guard that turns any unexpected modal dialog into a failure instead of a hung test run."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from liaison_app.storage.database import Database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the current schema, migrated once for the whole session."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(resolve_database_url(str(path))).database.dispose()
    assert not Path(f"{path}-wal").exists(), "the template must be one self-contained file"
    return path


@pytest.fixture
def empty_database(database_path: Path, migrated_template: Path) -> Iterator[Database]:
    """Same as the root fixture, but copied from the template: running the migrations for every
    test took most of the window tests' time."""
    shutil.copyfile(migrated_template, database_path)
    result = open_database(resolve_database_url(str(database_path)))
    assert result.previous_revision is not None  # opened as an existing, current database
    yield result.database
    result.database.dispose()


@pytest.fixture(autouse=True)
def english_interface(qapp) -> Iterator[None]:
    """Each test starts in English and leaves the application in English (one QApplication
    serves the whole session, and its translators and direction are global)."""
    from liaison_app.ui.language import apply_language

    apply_language("en")
    yield
    apply_language("en")


def _unexpected(name: str) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"unexpected modal dialog {name}{args[1:3]!r}")

    return fail


@pytest.fixture
def no_modal_dialogs(monkeypatch) -> None:
    """Every static dialog fails the test unless the test answers it with its own monkeypatch."""
    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, _unexpected(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, _unexpected(f"QFileDialog.{name}"))


class DialogRecorder:
    """Answers static dialogs and remembers what they said."""

    def __init__(self, monkeypatch) -> None:
        self._monkeypatch = monkeypatch
        self.calls: list[tuple[str, str]] = []

    def answer(self, owner: type, name: str, value: Any = None) -> None:
        def record(*args: Any, **kwargs: Any) -> Any:
            text = next((a for a in args[2:3] if isinstance(a, str)), "")
            self.calls.append((name, text))
            return value

        self._monkeypatch.setattr(owner, name, record)

    def texts(self, name: str) -> list[str]:
        return [text for called, text in self.calls if called == name]


@pytest.fixture
def dialogs(no_modal_dialogs, monkeypatch) -> DialogRecorder:
    return DialogRecorder(monkeypatch)


@pytest.fixture
def main_window(qtbot, database: Database, no_modal_dialogs):
    from liaison_app.ui.main_window import MainWindow

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
