"""Errors are shown from one place: a user error's message, or where a bug's details went."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from liaison_app.errors import UserError
from liaison_app.logging_setup import log_file
from liaison_app.ui import error_reporting


def test_a_user_error_shows_its_message(dialogs):
    dialogs.answer(QMessageBox, "warning")
    error_reporting.show_error(UserError("{path} does not exist.", path="/tmp/gone.sqlite3"))
    assert dialogs.texts("warning") == ["/tmp/gone.sqlite3 does not exist."]


def test_a_bug_is_logged_and_the_message_names_the_log_not_the_traceback(dialogs, caplog):
    dialogs.answer(QMessageBox, "critical")
    try:
        {}["missing"]
    except KeyError as error:
        with caplog.at_level(logging.ERROR):
            error_reporting.show_error(error)
    (message,) = dialogs.texts("critical")
    assert message == f"Something went wrong. The details were saved in {log_file()}."
    assert "KeyError" not in message
    (record,) = caplog.records
    assert record.exc_info[0] is KeyError
    assert "missing" in caplog.text


def test_the_bug_message_is_translated(dialogs):
    from liaison_app.ui.language import apply_language

    apply_language("fr")
    assert error_reporting.bug_message().startswith("Un problème est survenu.")


def test_the_excepthook_routes_both_kinds(dialogs, monkeypatch, caplog):
    dialogs.answer(QMessageBox, "warning")
    dialogs.answer(QMessageBox, "critical")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_reporting.install_excepthook()
    try:
        raise RuntimeError("in a slot")
    except RuntimeError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())
    sys.excepthook(UserError, UserError("The database is busy."), None)
    assert dialogs.texts("warning") == ["The database is busy."]
    assert len(dialogs.texts("critical")) == 1
    assert "in a slot" in caplog.text


def test_a_bug_repeating_while_its_dialog_is_open_is_only_logged(dialogs, caplog, monkeypatch):
    shown = []

    def critical(*args):
        shown.append(args[2])
        # A second bug while the first dialog is open (a paint handler, say).
        error_reporting.report_bug(ValueError, ValueError("again"), None)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    with caplog.at_level(logging.ERROR):
        error_reporting.report_bug(ValueError, ValueError("first"), None)
    assert len(shown) == 1
    assert len(caplog.records) == 2
