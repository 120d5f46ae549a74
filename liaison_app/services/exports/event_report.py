"""The event report workbook: where an event stands, on its first sheet, then the lists behind it.

Summary sheet: the event, its dates, the reply deadline and the days left (or past) as of today;
counts of invitations by status, replies by decision, invitations by region, replies by level of
representation, speaking requests by status; partnership totals per stage and currency; and a bar
chart of invitations by status. Then: invitations, replies with delegations, speakers by session,
the partnership pipeline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison_app.domain.enums import (
    InvitationStatus,
    LevelOfRepresentation,
    Region,
    ReplyDecision,
    SpeakingRequestStatus,
)
from liaison_app.domain.models import Event, SpeakingRequest
from liaison_app.services.exports.invitations import (
    addressee_state,
    delegations_sheet,
    invitations_sheet,
    load_invitations,
)
from liaison_app.services.exports.partnerships import load_inquiries, pipeline_sheet, stage_totals
from liaison_app.services.exports.speakers import speakers_sheet
from liaison_app.services.labels import header, label
from liaison_app.spreadsheets.workbook_writer import BarChartSpec, Column, SheetSpec, Value


def titled(kind: str, name: str, language: str) -> str:
    """ "Event report: WSIS Forum 2022" with the colon of the language."""
    colon = {"fr": " : ", "zh": "：", "ar": ": "}.get(language, ": ")
    return f"{kind}{colon}{name}"


def summary_columns() -> list[Column]:
    # Free-form sheet: no header row; fixed widths, the event's title may run over B to D.
    return [
        Column("label", "", "text", 46),
        Column("count", "", "int", 18),
        Column("amount", "", "amount", 18, currency_of="currency"),
        Column("currency", "", "code", 10),
    ]


class _Summary:
    def __init__(self, language: str) -> None:
        self.language = language
        self.rows: list[list[Any]] = []

    def add(self, *cells: Any) -> int:
        """Append a row; return its sheet row number (1-based; no header row on this sheet)."""
        self.rows.append(list(cells))
        return len(self.rows)

    def blank(self) -> None:
        self.add()

    def heading(self, key: str, *more: str) -> None:
        words = [header(key, self.language), *(header(k, self.language) for k in more)]
        # The band runs across the four columns, whatever the section's width.
        words += [None] * (len(summary_columns()) - len(words))
        self.add(*(Value(w, "text", style="heading") for w in words))

    def counts(
        self, key: str, counter: Counter, members: Iterable[StrEnum], *, skip_zero: bool = False
    ) -> tuple[int, int]:
        """A heading, one row per member (with the unknown last), a total; return the rows of the
        members (for a chart)."""
        self.heading(key, "count")
        first = len(self.rows) + 1
        for member in members:
            if skip_zero and not counter.get(member):
                continue
            self.add(label(member, self.language), counter.get(member, 0))
        if counter.get(None):
            self.add(header("not_stated", self.language), counter[None])
        last = len(self.rows)
        self.add(
            Value(header("total", self.language), "text", style="total"),
            Value(sum(counter.values()), "int", style="total"),
        )
        self.blank()
        return first, last


def summary_sheet(
    session: Session,
    event: Event,
    language: str,
    *,
    invitations: list,
    inquiries: list,
    today: date,
    exported_at: datetime,
) -> SheetSpec:
    s = _Summary(language)
    title = event.title(language) or event.reference
    s.add(Value(titled(header("title.event_report", language), title, language), style="title"))
    s.add(header("summary.exported_at", language), Value(exported_at, "datetime", align="start"))
    s.blank()

    s.heading("summary.event")
    s.add(header("summary.event", language), Value(title, "text", align="start"))
    s.add(header("summary.reference", language), Value(event.reference, "text", align="start"))
    venue = ", ".join(part for part in (event.venue, event.city) if part)
    if venue:
        s.add(header("summary.venue", language), Value(venue, "text", align="start"))
    s.add(header("summary.dates", language), Value(event.starts_on, "date", align="start"),
          Value(event.ends_on, "date", align="start"))  # fmt: skip
    if event.reply_deadline is not None:
        s.add(
            header("summary.reply_deadline", language),
            Value(event.reply_deadline, "date", align="start"),
        )
        days = (event.reply_deadline - today).days
        key = "summary.days_left" if days >= 0 else "summary.days_past"
        s.add(header(key, language), Value(abs(days), "int", align="start"))
    if event.speaking_request_deadline is not None:
        s.add(
            header("summary.speaking_deadline", language),
            Value(event.speaking_request_deadline, "date", align="start"),
        )
    s.blank()

    statuses = Counter(i.status for i in invitations)
    chart_rows = s.counts("summary.invitations_by_status", statuses, InvitationStatus)

    replies = [i.reply for i in invitations if i.reply is not None]
    s.counts("summary.replies_by_decision", Counter(r.decision for r in replies), ReplyDecision)

    regions = Counter(
        state.region if (state := addressee_state(i)) is not None else None for i in invitations
    )
    s.counts("summary.invitations_by_region", regions, Region)

    s.counts(
        "summary.replies_by_level",
        Counter(r.level for r in replies),
        LevelOfRepresentation,
        skip_zero=True,
    )

    speaking = Counter(
        dict(
            session.execute(
                select(SpeakingRequest.status, func.count())
                .where(SpeakingRequest.event_id == event.id)
                .group_by(SpeakingRequest.status)
            ).all()
        )
    )
    s.counts("summary.speaking_by_status", speaking, SpeakingRequestStatus)

    s.heading("summary.partnerships_by_stage", "count", "total_amount", "currency")
    for total in stage_totals(session, event, inquiries, whole_event=True):
        s.add(label(total.stage, language), total.count, total.amount, total.currency)

    chart = BarChartSpec(
        header("summary.invitations_by_status", language),
        label_column="label",
        value_column="count",
        first_row=chart_rows[0],
        last_row=chart_rows[1],
        anchor="F4",
    )
    return SheetSpec(
        header("sheet.summary", language),
        summary_columns(),
        s.rows,
        header=False,
        row_count=len(s.rows),
        charts=[chart],
    )


def event_report_sheets(
    session: Session,
    event: Event,
    language: str,
    *,
    today: date | None = None,
    exported_at: datetime | None = None,
) -> list[SheetSpec]:
    """The report's sheets, summary first."""
    exported_at = exported_at or datetime.now(UTC)
    today = today or exported_at.astimezone().date()
    invitations = load_invitations(session, event)
    inquiries = load_inquiries(session, event)
    return [
        summary_sheet(
            session,
            event,
            language,
            invitations=invitations,
            inquiries=inquiries,
            today=today,
            exported_at=exported_at,
        ),
        invitations_sheet(session, event, language, invitations=invitations),
        delegations_sheet(session, event, language, invitations=invitations),
        speakers_sheet(session, event, language),
        pipeline_sheet(session, event, language, inquiries=inquiries),
    ]
