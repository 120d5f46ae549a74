"""Starting the window: which database opens, what happens when it cannot, the exit code."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from liaison_app.storage.location import ENV_VARIABLE, default_database_path
from liaison_app.ui import app as app_module
from liaison_app.ui import settings
from liaison_app.ui.app import Choice, open_startup_database, run_app
from tests.ui.helpers import make_newer_database


@pytest.fixture
def answers(monkeypatch):
    """Answer the 'could not open' question with the given choices, recording the messages."""
    asked: list[str] = []
    choices: list[Choice] = []

    def ask(message: str) -> Choice:
        asked.append(message)
        return choices.pop(0)

    monkeypatch.setattr(app_module, "ask_after_failed_open", ask)
    return asked, choices


def opened_path(database) -> Path:
    try:
        return database.path
    finally:
        database.dispose()


def test_database_argument_wins_over_environment_and_settings(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VARIABLE, str(tmp_path / "env.sqlite3"))
    settings.write_value(settings.LAST_DATABASE, str(tmp_path / "last.sqlite3"))
    assert opened_path(open_startup_database(str(tmp_path / "arg.sqlite3"))) == (
        tmp_path / "arg.sqlite3"
    )


def test_environment_wins_over_the_last_database(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VARIABLE, str(tmp_path / "env.sqlite3"))
    settings.write_value(settings.LAST_DATABASE, str(tmp_path / "last.sqlite3"))
    assert opened_path(open_startup_database(None)) == tmp_path / "env.sqlite3"


def test_the_last_database_is_reopened(tmp_path, database):
    settings.write_value(settings.LAST_DATABASE, str(database.path))
    assert opened_path(open_startup_database(None)) == database.path


def test_first_run_creates_the_default_database(qapp):
    assert opened_path(open_startup_database(None)) == default_database_path()
    assert default_database_path().is_file()


def test_a_missing_last_database_is_reported_not_recreated(tmp_path, answers):
    asked, choices = answers
    missing = tmp_path / "moved.sqlite3"
    settings.write_value(settings.LAST_DATABASE, str(missing))
    choices.append(Choice.QUIT)
    assert open_startup_database(None) is None
    assert asked == [f"{missing} does not exist."]
    assert not missing.exists()


def test_after_a_failure_the_user_can_open_another(tmp_path, answers, monkeypatch, database):
    asked, choices = answers
    newer = make_newer_database(tmp_path / "newer.sqlite3")
    choices.append(Choice.OPEN)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(database.path), "")
    )
    assert opened_path(open_startup_database(str(newer))) == database.path
    assert "newer version of Liaison Desk" in asked[0]


def test_after_a_failure_the_user_can_create_one(tmp_path, answers, monkeypatch):
    _asked, choices = answers
    choices.append(Choice.NEW)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "fresh"), "")
    )
    newer = make_newer_database(tmp_path / "newer.sqlite3")
    assert opened_path(open_startup_database(str(newer))) == tmp_path / "fresh.sqlite3"


def test_run_app_opens_the_window_and_returns_the_exit_code(
    qapp, database, monkeypatch, no_modal_dialogs
):
    shown = []

    def exec_() -> int:
        (window,) = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible()
        ]
        shown.append((window.isVisible(), window.database.path, QApplication.layoutDirection()))
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(app_module, "configure_logging", lambda: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    monkeypatch.setattr(qapp, "exec", exec_)
    assert run_app(str(database.path), "ar") == 0
    (visible, path, direction) = shown[0]
    assert visible
    assert path == database.path
    assert direction.name == "RightToLeft"
    assert sys.excepthook is not sys.__excepthook__


def test_run_app_quits_with_2_when_no_database_opens(
    qapp, tmp_path, monkeypatch, answers, no_modal_dialogs
):
    asked, choices = answers
    choices.append(Choice.QUIT)
    monkeypatch.setattr(app_module, "configure_logging", lambda: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    newer = make_newer_database(tmp_path / "newer.sqlite3")
    assert run_app(str(newer), "en") == 2
    assert "newer version" in asked[0]


def test_the_question_offers_open_new_and_quit(qtbot, monkeypatch):
    seen = {}

    def exec_(box: QMessageBox) -> int:
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["text"] = box.text()
        next(b for b in box.buttons() if b.text() == "Quit").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert app_module.ask_after_failed_open("x.sqlite3 does not exist.") is Choice.QUIT
    assert seen["text"] == "x.sqlite3 does not exist."
    assert sorted(seen["buttons"]) == sorted(["Open another database…", "New database…", "Quit"])
