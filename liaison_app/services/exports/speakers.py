"""The list of speakers: by session in speaking order with computed start times, waitlist after."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from liaison_app.domain.enums import SpeakingRequestStatus
from liaison_app.domain.models import Event, SpeakingRequest
from liaison_app.domain.models import Session as EventSession
from liaison_app.services.exports._common import in_ids, state_name, word
from liaison_app.services.labels import header
from liaison_app.spreadsheets.workbook_writer import Column, SheetSpec

#: Requests that no longer hold or wait for a slot are not on the list of speakers.
_OFF_THE_LIST = {SpeakingRequestStatus.WITHDRAWN, SpeakingRequestStatus.DECLINED}


def slot_start(session: EventSession, slot_position: int | None) -> time | None:
    """When the speaker in `slot_position` (0 first) begins: the session's start plus the slots
    before."""
    if slot_position is None:
        return None
    start = datetime.combine(session.date, session.start_time)
    return (start + timedelta(minutes=slot_position * session.minutes_per_speaker)).time()


def speaker_columns(language: str) -> list[Column]:
    def col(key: str, kind: str = "text", width: int | None = None) -> Column:
        return Column(key, header(key, language), kind, width)  # type: ignore[arg-type]

    return [
        col("session", "wrapped", 40),
        col("date", "date"),
        col("start_time", "time", 10),
        col("slot", "int", 8),
        col("country"),
        col("speaker"),
        col("speaker_title", "wrapped", 40),
        col("level"),
        col("mode"),
        col("status"),
    ]


def speakers_sheet(
    session: Session,
    event: Event | None,
    language: str,
    *,
    ids: Collection[uuid.UUID] | None = None,
) -> SheetSpec:
    """Scheduled speakers of `event` by session (date, start) and slot; then the waiting list."""
    requests: list[SpeakingRequest] = []
    if event is not None or ids is not None:
        statement = (
            select(SpeakingRequest)
            .where(*([SpeakingRequest.event_id == event.id] if event is not None else []))
            .where(*in_ids(SpeakingRequest.id, ids))
            .options(
                selectinload(SpeakingRequest.session),
                selectinload(SpeakingRequest.member_state),
                selectinload(SpeakingRequest.organization),
            )
        )
        requests = list(session.scalars(statement))
        if ids is not None:
            wanted = set(ids)
            requests = [r for r in requests if r.id in wanted]

    far = 1 << 30
    placed = sorted(
        (
            r
            for r in requests
            if r.session is not None
            and r.status not in _OFF_THE_LIST
            and r.status is not SpeakingRequestStatus.WAITLISTED
        ),
        key=lambda r: (
            r.session.date,
            r.session.start_time,
            str(r.session.id),
            far if r.slot_position is None else r.slot_position,
            r.received_at,
        ),
    )
    waiting = sorted(
        (r for r in requests if r.status is SpeakingRequestStatus.WAITLISTED),
        key=lambda r: (far if r.waitlist_position is None else r.waitlist_position, r.received_at),
    )

    rows: list[list[Any]] = []
    for r in placed:
        rows.append(
            [
                r.session.title(language) or r.session.code,
                r.session.date,
                slot_start(r.session, r.slot_position),
                None if r.slot_position is None else r.slot_position + 1,
                _delegation(r, language),
                r.speaker_name,
                r.speaker_title,
                word(r.level, language),
                word(r.mode, language),
                word(r.status, language),
            ]
        )
    waitlist = header("waitlist", language)
    for number, r in enumerate(waiting, 1):
        rows.append(
            [
                waitlist,
                None,
                None,
                number,
                _delegation(r, language),
                r.speaker_name,
                r.speaker_title,
                word(r.level, language),
                word(r.mode, language),
                word(r.status, language),
            ]
        )
    return SheetSpec(
        header("sheet.speakers", language), speaker_columns(language), rows, row_count=len(rows)
    )


def _delegation(request: SpeakingRequest, language: str) -> str | None:
    if request.member_state is not None:
        return state_name(request.member_state, language)
    return request.organization.name if request.organization is not None else None
