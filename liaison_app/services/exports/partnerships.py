"""The partnership pipeline of an event, and its totals per stage and currency.

Amounts in different currencies are never added together: a total is per stage *and* currency.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from liaison_app.domain.enums import PartnershipStage
from liaison_app.domain.models import Event, PartnershipInquiry
from liaison_app.services.exports._common import in_ids, sort_key, word
from liaison_app.services.labels import header
from liaison_app.spreadsheets.workbook_writer import Column, SheetSpec

_STAGE_ORDER = {stage: n for n, stage in enumerate(PartnershipStage)}


@dataclass(frozen=True)
class StageTotal:
    stage: PartnershipStage
    #: ISO 4217 code; None for inquiries without an amount yet.
    currency: str | None
    count: int
    #: None when no inquiry of the group has an amount.
    amount: Decimal | None


def load_inquiries(
    session: Session, event: Event | None, ids: Collection[uuid.UUID] | None = None
) -> list[PartnershipInquiry]:
    if event is None and ids is None:
        return []
    statement = (
        select(PartnershipInquiry)
        .where(*([PartnershipInquiry.event_id == event.id] if event is not None else []))
        .where(*in_ids(PartnershipInquiry.id, ids))
        .options(
            selectinload(PartnershipInquiry.organization),
            selectinload(PartnershipInquiry.contact),
            selectinload(PartnershipInquiry.package),
        )
    )
    inquiries = list(session.scalars(statement))
    if ids is not None:
        wanted = set(ids)
        inquiries = [i for i in inquiries if i.id in wanted]
    return sorted(
        inquiries,
        key=lambda i: (_STAGE_ORDER[i.stage], i.received_on, sort_key(organization_name(i))),
    )


def organization_name(inquiry: PartnershipInquiry) -> str | None:
    if inquiry.organization is not None:
        return inquiry.organization.name
    return inquiry.organization_name


def stage_totals(inquiries: list[PartnershipInquiry]) -> list[StageTotal]:
    """Count and amount per (stage, currency), in pipeline order, currencies alphabetical."""
    groups: dict[tuple[PartnershipStage, str | None], list[PartnershipInquiry]] = {}
    for inquiry in inquiries:
        currency = inquiry.currency.upper() if inquiry.currency else None
        groups.setdefault((inquiry.stage, currency), []).append(inquiry)
    totals = []
    for (stage, currency), members in groups.items():
        amounts = [i.amount for i in members if i.amount is not None]
        totals.append(
            StageTotal(stage, currency, len(members), sum(amounts, Decimal(0)) if amounts else None)
        )
    return sorted(
        totals, key=lambda t: (_STAGE_ORDER[t.stage], t.currency is None, t.currency or "")
    )


def pipeline_columns(language: str) -> list[Column]:
    def col(key: str, kind: str = "text", width: int | None = None, currency_of=None) -> Column:
        return Column(key, header(key, language), kind, width, currency_of)  # type: ignore[arg-type]

    return [
        col("organization", "wrapped", 40),
        col("contact"),
        col("package"),
        col("source"),
        col("received_on", "date"),
        col("stage"),
        col("stage_changed_on", "date"),
        col("amount", "amount", currency_of="currency"),
        col("currency", "code", 9),
        col("next_follow_up_on", "date"),
        col("notes", "wrapped", 50),
    ]


def pipeline_sheet(
    session: Session,
    event: Event | None,
    language: str,
    *,
    ids: Collection[uuid.UUID] | None = None,
    inquiries: list[PartnershipInquiry] | None = None,
) -> SheetSpec:
    if inquiries is None:
        inquiries = load_inquiries(session, event, ids)
    rows: list[list[Any]] = [
        [
            organization_name(i),
            i.contact.full_name if i.contact else None,
            i.package.name(language) if i.package else None,
            word(i.source, language),
            i.received_on,
            word(i.stage, language),
            i.stage_changed_on,
            i.amount,
            i.currency.upper() if i.currency else None,
            i.next_follow_up_on,
            i.notes,
        ]
        for i in inquiries
    ]
    return SheetSpec(
        header("sheet.partnerships", language),
        pipeline_columns(language),
        rows,
        row_count=len(rows),
    )


def totals_columns(language: str) -> list[Column]:
    return [
        Column("stage", header("stage", language)),
        Column("currency", header("currency", language), "code", 9),
        Column("count", header("count", language), "int"),
        Column("total_amount", header("total_amount", language), "amount", currency_of="currency"),
    ]


def totals_sheet(inquiries: list[PartnershipInquiry], language: str) -> SheetSpec:
    rows = [
        [word(t.stage, language), t.currency, t.count, t.amount] for t in stage_totals(inquiries)
    ]
    return SheetSpec(
        header("sheet.partnership_totals", language),
        totals_columns(language),
        rows,
        row_count=len(rows),
    )
