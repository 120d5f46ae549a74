"""Test data for speaking slots: the demo database built once and copied per test, and a small
event of two short sessions where places run out."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from liaison_app.domain.enums import AttendanceMode, LevelOfRepresentation, SessionMode
from liaison_app.domain.models import Event, MemberState, SpeakingRequest
from liaison_app.domain.models import Session as EventSession
from liaison_app.services import speaking
from liaison_app.services.demo import create_demo_database, demo_id
from liaison_app.storage.database import Database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database

WSIS = "WSIS-2022"


def build_demo_template(folder: Path) -> Path:
    """The demo database, built once per test module (it is one self-contained file)."""
    path = folder / "demo-template.sqlite3"
    create_demo_database(resolve_database_url(str(path)), replace=True)
    return path


def open_demo_copy(template: Path, folder: Path) -> Database:
    """A private copy of the demo for one test, so tests can write without meeting each other."""
    path = folder / "demo.sqlite3"
    shutil.copyfile(template, path)
    return open_database(resolve_database_url(str(path)), create=False).database


def wsis_event_id(database: Database) -> uuid.UUID:
    with database.reading() as session:
        return session.scalars(select(Event.id).where(Event.reference == WSIS)).one()


def demo_request(key: str) -> uuid.UUID:
    """The id of a demo request by its speaker key ("CIV/minister")."""
    return demo_id("speaking-request", key)


def demo_session(number: int) -> uuid.UUID:
    """The id of High-Level Policy Session `number` (1 … 11)."""
    return demo_id("session", f"hlps-{number}")


@dataclass
class SmallEvent:
    """An event of two sessions of one place each (3 minutes), where people wait."""

    event_id: uuid.UUID
    sessions: list[uuid.UUID]
    requests: dict[str, uuid.UUID] = field(default_factory=dict)


def make_small_event(
    database: Database,
    *,
    capacity: int = 1,
    second_mode: SessionMode = SessionMode.HYBRID,
) -> SmallEvent:
    """Event TEST-1 with sessions A (09:00) and B (10:00) of `capacity` places of 3 minutes."""
    with database.writing() as session:
        event = Event(
            reference="TEST-1",
            titles={"en": "Test Forum", "ar": "منتدى الاختبار"},
            starts_on=date(2022, 5, 31),
            ends_on=date(2022, 5, 31),
            speaking_request_deadline=date(2022, 4, 15),
        )
        session.add(event)
        session.flush()
        ids = []
        for code, hour, mode in (("A", 9, SessionMode.HYBRID), ("B", 10, second_mode)):
            target = EventSession(
                event_id=event.id,
                code=code,
                titles={"en": f"Session {code}", "ar": f"الجلسة {code}"},
                date=date(2022, 5, 31),
                start_time=time(hour, 0),
                end_time=(datetime(2022, 5, 31, hour) + timedelta(minutes=3 * capacity)).time(),
                minutes_per_speaker=3,
                mode=mode,
            )
            session.add(target)
            session.flush()
            ids.append(target.id)
        return SmallEvent(event.id, ids)


def add_request(
    database: Database,
    event: SmallEvent,
    iso3: str,
    name: str,
    level: LevelOfRepresentation,
    received: datetime,
    *,
    mode: AttendanceMode = AttendanceMode.IN_PERSON,
    preferences: tuple[int, ...] = (),
) -> uuid.UUID:
    with database.writing() as session:
        state_id = session.scalars(
            select(MemberState.id).where(MemberState.iso_alpha3 == iso3)
        ).one()
        request = speaking.create_request(
            session,
            speaking.RequestDraft(
                event_id=event.event_id,
                speaker_name=name,
                level=level,
                mode=mode,
                received_at=received,
                member_state_id=state_id,
                preferences=[event.sessions[i] for i in preferences],
            ),
        )
        event.requests[iso3] = request.id
        return request.id


def at(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2022, month, day, hour, minute, tzinfo=UTC)


def placement(database: Database, request_id: uuid.UUID) -> tuple:
    with database.reading() as session:
        r = session.get(SpeakingRequest, request_id)
        return (r.status.value, r.session_id, r.slot_position, r.waitlist_position)
