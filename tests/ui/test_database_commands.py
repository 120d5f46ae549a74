"""File menu: new, open, back up and restore the database, with errors shown, never raised."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from liaison_app.domain.models import Event, MemberState
from liaison_app.storage.database import Database
from liaison_app.ui import settings
from tests.ui.helpers import make_newer_database

TIMEOUT_MS = 10_000


def count(database: Database, entity) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(entity))


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.tasks.active_count() == 0, timeout=TIMEOUT_MS)


def test_open_switches_the_window_and_is_remembered(
    qtbot, main_window, dialogs, tmp_path, database
):
    other = tmp_path / "other.sqlite3"
    from liaison_app.storage.location import resolve_database_url
    from liaison_app.storage.opening import open_database

    open_database(resolve_database_url(str(other))).database.dispose()
    dialogs.answer(QFileDialog, "getOpenFileName", (str(other), ""))

    main_window.open_action.trigger()
    qtbot.waitUntil(lambda: main_window.database.path == other, timeout=TIMEOUT_MS)
    assert str(other) in main_window.database_label.text()
    assert main_window.windowTitle().startswith("other.sqlite3")
    assert settings.read_str(settings.LAST_DATABASE) == str(other)
    # prepare_database ran: the Member States are there.
    assert count(main_window.database, MemberState) == 193


def test_open_a_newer_database_shows_why_and_keeps_the_current_one(
    qtbot, main_window, dialogs, tmp_path, database
):
    newer = make_newer_database(tmp_path / "newer.sqlite3")
    before = newer.read_bytes()
    dialogs.answer(QFileDialog, "getOpenFileName", (str(newer), ""))
    dialogs.answer(QMessageBox, "warning")

    main_window.open_action.trigger()
    qtbot.waitUntil(lambda: dialogs.texts("warning") != [], timeout=TIMEOUT_MS)
    (message,) = dialogs.texts("warning")
    assert message == (
        f"{newer} was made by a newer version of Liaison Desk. Install the newer version to "
        "open it; the file has not been changed."
    )
    assert main_window.database is database
    assert newer.read_bytes() == before
    wait_idle(qtbot, main_window)


def test_open_something_that_is_not_a_database(qtbot, main_window, dialogs, tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_text("not a database", encoding="utf-8")
    dialogs.answer(QFileDialog, "getOpenFileName", (str(junk), ""))
    dialogs.answer(QMessageBox, "warning")
    main_window.open_action.trigger()
    qtbot.waitUntil(lambda: dialogs.texts("warning") != [], timeout=TIMEOUT_MS)
    assert dialogs.texts("warning") == [f"{junk} is not a Liaison Desk database."]


def test_open_cancelled_does_nothing(main_window, dialogs, database):
    dialogs.answer(QFileDialog, "getOpenFileName", ("", ""))
    main_window.open_action.trigger()
    assert main_window.database is database
    assert main_window.tasks.active_count() == 0


def test_new_database_adds_the_suffix_and_seeds_member_states(
    qtbot, main_window, dialogs, tmp_path
):
    dialogs.answer(QFileDialog, "getSaveFileName", (str(tmp_path / "wsis-2025"), ""))
    main_window.new_action.trigger()
    expected = tmp_path / "wsis-2025.sqlite3"
    qtbot.waitUntil(lambda: main_window.database.path == expected, timeout=TIMEOUT_MS)
    assert expected.is_file()
    assert count(main_window.database, MemberState) == 193


def test_new_database_never_replaces_an_existing_file(main_window, dialogs, database):
    dialogs.answer(QFileDialog, "getSaveFileName", (str(database.path), ""))
    dialogs.answer(QMessageBox, "warning")
    main_window.new_action.trigger()
    (message,) = dialogs.texts("warning")
    assert message.startswith(f"{database.path} already exists.")
    assert main_window.tasks.active_count() == 0


def test_back_up_into_a_chosen_folder(qtbot, main_window, dialogs, tmp_path, database):
    folder = tmp_path / "copies"
    folder.mkdir()
    dialogs.answer(QFileDialog, "getExistingDirectory", str(folder))
    dialogs.answer(QMessageBox, "information")
    main_window.backup_action.trigger()
    qtbot.waitUntil(lambda: dialogs.texts("information") != [], timeout=TIMEOUT_MS)
    (written,) = folder.iterdir()
    assert dialogs.texts("information") == [f"The backup was saved as {written}."]
    assert written.suffix == ".sqlite3"


def add_event(database: Database, reference: str) -> None:
    with database.writing() as session:
        session.add(
            Event(
                reference=reference,
                titles={"en": reference},
                starts_on=date(2025, 7, 7),
                ends_on=date(2025, 7, 11),
            )
        )


def test_restore_replaces_the_database_and_keeps_the_old_one(
    qtbot, main_window, dialogs, tmp_path, database
):
    from liaison_app.storage.backup import backup_database

    backup = backup_database(database.path, tmp_path / "copies")
    add_event(database, "AFTER-BACKUP")
    dialogs.answer(QFileDialog, "getOpenFileName", (str(backup), ""))
    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.Yes)
    dialogs.answer(QMessageBox, "information")

    main_window.restore_action.trigger()
    qtbot.waitUntil(lambda: dialogs.texts("information") != [], timeout=TIMEOUT_MS)
    (message,) = dialogs.texts("information")
    assert message.startswith("The backup was restored. The previous database was kept as ")
    kept = Path(
        message.removeprefix(
            "The backup was restored. The previous database was kept as "
        ).removesuffix(".")
    )
    assert kept.is_file()
    assert main_window.database is not database
    assert main_window.database.path == database.path
    assert count(main_window.database, Event) == 0  # the event added after the backup is gone
    assert count(main_window.database, MemberState) == 193
    assert str(database.path) in dialogs.texts("question")[0]


def test_restore_declined_changes_nothing(qtbot, main_window, dialogs, tmp_path, database):
    from liaison_app.storage.backup import backup_database

    backup = backup_database(database.path, tmp_path / "copies")
    add_event(database, "KEPT")
    dialogs.answer(QFileDialog, "getOpenFileName", (str(backup), ""))
    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.No)
    main_window.restore_action.trigger()
    assert main_window.tasks.active_count() == 0
    assert main_window.database is database
    assert count(database, Event) == 1


def test_restore_of_a_bad_file_keeps_the_current_database(
    qtbot, main_window, dialogs, tmp_path, database
):
    newer = make_newer_database(tmp_path / "newer.sqlite3")
    add_event(database, "KEPT")
    dialogs.answer(QFileDialog, "getOpenFileName", (str(newer), ""))
    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.Yes)
    dialogs.answer(QMessageBox, "warning")
    main_window.restore_action.trigger()
    qtbot.waitUntil(lambda: dialogs.texts("warning") != [], timeout=TIMEOUT_MS)
    assert "newer version of Liaison Desk" in dialogs.texts("warning")[0]
    assert main_window.database is database
    assert count(database, Event) == 1  # the engine reconnects after dispose()


@pytest.mark.parametrize("action", ["new_action", "open_action", "backup_action"])
def test_database_commands_wait_for_running_tasks(qtbot, main_window, action):
    import threading

    release = threading.Event()
    main_window.tasks.run(lambda progress: release.wait(5))
    assert not getattr(main_window, action).isEnabled()
    release.set()
    qtbot.waitUntil(lambda: getattr(main_window, action).isEnabled(), timeout=TIMEOUT_MS)
