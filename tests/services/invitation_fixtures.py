"""Shared by the invitations, replies, deadlines and dashboard tests: the demo database built once
per test module, a fresh copy of it per test, and small helpers to reach its records.

The demo reads as of 22 April 2022 in Geneva, a week after the reply deadline of CL-22/009.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from liaison_app.domain.models import AuditEntry, Circular, Event, Invitation, MemberState
from liaison_app.services.demo import CIRCULAR_REFERENCE, EVENT_REFERENCE, create_demo_database
from liaison_app.storage.database import Database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database

TODAY = date(2022, 4, 22)
NOW = datetime(2022, 4, 22, 8, 0, tzinfo=UTC)  # 10:00 in Geneva
DEADLINE = date(2022, 4, 15)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_database(resolve_database_url(str(path)))
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo database for one test."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, copy)
    database = open_database(resolve_database_url(str(copy))).database
    yield database
    database.dispose()


class Demo:
    """Ids of the demo's records, read once per test."""

    def __init__(self, database: Database) -> None:
        with database.reading() as session:
            self.event_id = session.scalar(
                select(Event.id).where(Event.reference == EVENT_REFERENCE)
            )
            self.circular_id = session.scalar(
                select(Circular.id).where(Circular.reference == CIRCULAR_REFERENCE)
            )
            self.states = dict(
                session.execute(select(MemberState.iso_alpha3, MemberState.id)).all()
            )

    def state(self, iso3: str) -> uuid.UUID:
        return self.states[iso3]

    def invitation(self, database: Database, iso3: str) -> Invitation:
        with database.reading() as session:
            invitation = session.scalar(
                select(Invitation).where(
                    Invitation.circular_id == self.circular_id,
                    Invitation.member_state_id == self.state(iso3),
                )
            )
            assert invitation is not None, iso3
            return invitation


def audit_count(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
