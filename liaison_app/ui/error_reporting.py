"""The one place the window shows errors: a user error's own message, or, for a bug, where its
details were logged. A traceback is never shown in a window; it goes to the log file.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from liaison_app import APP_NAME
from liaison_app.errors import UserError
from liaison_app.logging_setup import log_file
from liaison_app.ui.language import current_language

log = logging.getLogger("liaison_app.ui")

# A bug inside a paint or timer handler repeats at once; one dialog at a time, the rest logged.
_showing_bug = False


def _parent(parent: QWidget | None) -> QWidget | None:
    return parent if parent is not None else QApplication.activeWindow()


def show_warning(text: str, parent: QWidget | None = None) -> None:
    """Show a message the user can act on; `text` is already translated."""
    QMessageBox.warning(_parent(parent), APP_NAME, text)


def show_user_error(error: UserError, parent: QWidget | None = None) -> None:
    show_warning(error.localized(current_language()), parent)


def bug_message() -> str:
    return QCoreApplication.translate(
        "ErrorReporting", "Something went wrong. The details were saved in {path}."
    ).format(path=log_file())


def report_bug(
    exc_type: type[BaseException],
    error: BaseException,
    traceback: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    """Log a bug with its traceback and tell the user where the details are."""
    global _showing_bug
    log.error("unexpected error", exc_info=(exc_type, error, traceback))
    if _showing_bug or QApplication.instance() is None:
        return
    _showing_bug = True
    try:
        QMessageBox.critical(_parent(parent), APP_NAME, bug_message())
    finally:
        _showing_bug = False


def show_error(error: BaseException, parent: QWidget | None = None) -> None:
    """Show any exception the right way: its message for a UserError, else log and apologise."""
    if isinstance(error, UserError):
        show_user_error(error, parent)
    else:
        report_bug(type(error), error, error.__traceback__, parent)


def _excepthook(
    exc_type: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, error, traceback)
        return
    if isinstance(error, UserError):
        # A user error that escaped a slot is still the user's to act on, not a bug.
        show_user_error(error)
        return
    report_bug(exc_type, error, traceback)


def install_excepthook() -> None:
    """Route exceptions that escape Qt slots and event handlers here instead of stderr."""
    sys.excepthook = _excepthook
