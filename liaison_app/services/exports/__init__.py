"""Exports of the lists to Excel workbooks: contacts, invitations, speakers, partnerships, and the
event report. Each reads the models in one read transaction and writes through the one engine
(`liaison_app.spreadsheets.workbook_writer`).

    result = export_workbook(database, "event-report", Path("report.xlsx"), language="fr")
    print(result.path, result.rows)

List pages export their selection with the sheet builders (`contacts_sheet(session, language,
ids=...)`, ...) passed to `write_sheets`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from liaison_app.domain.models import Event
from liaison_app.services.exports._common import resolve_event
from liaison_app.services.exports.contacts import contacts_sheet
from liaison_app.services.exports.event_report import event_report_sheets, titled
from liaison_app.services.exports.invitations import delegations_sheet, invitations_sheet
from liaison_app.services.exports.partnerships import (
    load_inquiries,
    pipeline_sheet,
    stage_totals,
    totals_sheet,
)
from liaison_app.services.exports.speakers import slot_start, speakers_sheet
from liaison_app.services.labels import header
from liaison_app.spreadsheets.workbook_writer import (
    ExportCancelled,
    SheetSpec,
    check_target,
    write_workbook,
)
from liaison_app.storage.database import Database

__all__ = [
    "EXPORT_KINDS",
    "ExportCancelled",
    "ExportResult",
    "contacts_sheet",
    "delegations_sheet",
    "event_report_sheets",
    "export_workbook",
    "invitations_sheet",
    "pipeline_sheet",
    "resolve_event",
    "slot_start",
    "speakers_sheet",
    "stage_totals",
    "totals_sheet",
    "workbook_title",
    "write_sheets",
]

#: The command line's names of the exports, in menu order.
EXPORT_KINDS = ("contacts", "invitations", "speakers", "partnerships", "event-report")

_TITLE_KEYS = {
    "contacts": "title.contacts",
    "invitations": "title.invitations",
    "speakers": "title.speakers",
    "partnerships": "title.partnerships",
    "event-report": "title.event_report",
}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    #: Data rows written over all sheets (headers not counted).
    rows: int
    #: Rows per sheet, in sheet order.
    sheets: dict[str, int]


def workbook_title(kind: str, language: str, event: Event | None = None) -> str:
    title = header(_TITLE_KEYS[kind], language)
    if event is not None:
        title = titled(title, event.title(language) or event.reference, language)
    return title


def build_sheets(
    session: Session,
    kind: str,
    language: str,
    event: Event | None,
    *,
    ids: Collection[uuid.UUID] | None = None,
    today: date | None = None,
) -> list[SheetSpec]:
    """The sheets of one export; `ids` keeps only those records (a list page's selection)."""
    if kind == "contacts":
        return [contacts_sheet(session, language, ids=ids)]
    if kind == "invitations":
        return [invitations_sheet(session, event, language, ids=ids)]
    if kind == "speakers":
        return [speakers_sheet(session, event, language, ids=ids)]
    if kind == "partnerships":
        inquiries = load_inquiries(session, event, ids)
        return [
            pipeline_sheet(session, event, language, inquiries=inquiries),
            totals_sheet(session, event, inquiries, language, whole_event=ids is None),
        ]
    if kind == "event-report":
        assert event is not None
        return event_report_sheets(session, event, language, today=today)
    raise ValueError(f"unknown export {kind!r}")


def export_workbook(
    database: Database,
    kind: str,
    path: Path,
    *,
    language: str = "en",
    event_reference: str | None = None,
    ids: Collection[uuid.UUID] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> ExportResult:
    """Write the export `kind` to `path` (atomically) and say how many rows it holds.

    The event is `event_reference`, else the only or most recent one; the contacts export needs
    none. Raises UserError for an unknown event or an unwritable path, ExportCancelled on cancel.
    """
    if kind not in EXPORT_KINDS:
        raise ValueError(f"unknown export {kind!r}")
    check_target(Path(path).expanduser())  # an unwritable target fails before any query
    with database.reading() as session:
        event = None
        if kind != "contacts":
            event = resolve_event(session, event_reference, required=kind == "event-report")
        sheets = build_sheets(session, kind, language, event, ids=ids, today=today)
        return write_sheets(
            path,
            sheets,
            title=workbook_title(kind, language, event),
            language=language,
            progress=progress,
            cancelled=cancelled,
        )


def write_sheets(
    path: Path,
    sheets: Sequence[SheetSpec],
    *,
    title: str,
    language: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write prepared sheets (for example a list page's selection) and count their rows."""
    written = write_workbook(
        path, sheets, title=title, language=language, progress=progress, cancelled=cancelled
    )
    counts = {s.name: s.rows_written for s in sheets}
    return ExportResult(written, sum(counts.values()), counts)
