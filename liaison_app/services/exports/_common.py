"""What the exports share: picking the event, words in the export language, local times, sorting."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Collection
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.domain.models import Event, MemberState
from liaison_app.errors import UserError
from liaison_app.services.labels import label


def resolve_event(
    session: Session, reference: str | None, *, required: bool = True
) -> Event | None:
    """The event named by `reference`, else the only or most recent one (latest start).

    An unknown reference is a UserError that lists the known ones; with no event at all, a
    UserError when `required`, else None (a list of an event's records is then empty).
    """
    events = list(session.scalars(select(Event).order_by(Event.starts_on.desc(), Event.reference)))
    if reference is not None:
        wanted = reference.strip().casefold()
        for event in events:
            if event.reference.casefold() == wanted:
                return event
        known = ", ".join(sorted(e.reference for e in events)) or "none"
        raise UserError(
            "There is no event {reference}. Known events: {known}.",
            reference=reference,
            known=known,
        )
    if events:
        return events[0]
    if required:
        raise UserError("There is no event in this database yet.")
    return None


def word(member: StrEnum | None, language: str) -> str | None:
    """The label of an enumerated value, or None (an empty cell) when there is no value."""
    if member is None:
        return None
    return label(member, language) or None


def state_name(state: MemberState | None, language: str) -> str | None:
    return state.short_name(language) if state is not None else None


def utc(value: datetime | None) -> datetime | None:
    """A stored time as an aware UTC time; the engine shows it in the computer's local time.

    The database keeps UTC (`domain.base.utcnow`); SQLite hands it back without a zone.
    """
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


# Combining marks of the scripts in our names: Latin (and Vietnamese) accents, Arabic harakat.
_MARKS = re.compile("[\u0300-\u036f\u064b-\u065f\u0670]")


def sort_key(text: str | None) -> tuple[bool, str]:
    """Alphabetical in the reader's sense: accents and case ignored, empty last.

    Called for every row of 100,000-contact lists: plain ASCII takes a shortcut.
    """
    if not text:
        return (True, "")
    if text.isascii():
        return (False, text.casefold())
    return (False, _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold())))


#: More ids than this are filtered in Python: SQLite allows 32,766 parameters in one statement.
MAX_SQL_IDS = 20_000


def in_ids(column: Any, ids: Collection[uuid.UUID] | None) -> list[Any]:
    """WHERE clauses keeping only `ids` (none when None, or when there are too many for SQL)."""
    if ids is None or len(ids) > MAX_SQL_IDS:
        return []
    return [column.in_(list(ids))]
