"""Bring "no reply" in step with the deadlines before a page shows its figures.

It reads first and writes only when a status must change, so opening a page does not wait for the
one writer while an import runs in the background.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from liaison_app.errors import UserError
from liaison_app.services import invitations as invitation_service
from liaison_app.storage.database import Database
from liaison_app.ui import error_reporting


def sync_statuses(database: Database, today: date, parent: QWidget | None = None) -> int:
    """Apply today's deadline moves; returns how many invitations changed."""
    with database.reading() as session:
        if not invitation_service.deadline_statuses_pending(session, today=today):
            return 0
    try:
        with database.writing() as session:
            return invitation_service.sync_deadline_statuses(session, today=today)
    except UserError as error:  # a busy database: show what there is, say why
        error_reporting.show_user_error(error, parent)
        return 0
