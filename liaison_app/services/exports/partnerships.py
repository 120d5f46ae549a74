"""The partnership pipeline of an event, and its totals per stage and currency.

The figures are the window's: an inquiry is worth its own amount, else its package's price
(`services.partnerships.value_of`), and the whole event's totals come from `pipeline_totals`.
Amounts in different currencies are never added together: a total is per stage *and* currency.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from liaison_app.domain.enums import PartnershipStage
from liaison_app.domain.models import Event, PartnershipInquiry
from liaison_app.domain.partnership_rules import ALL_STAGES, totals_by_stage
from liaison_app.services.exports._common import in_ids, sort_key, word
from liaison_app.services.labels import header
from liaison_app.services.partnerships import pipeline_totals, value_of
from liaison_app.spreadsheets.workbook_writer import Column, SheetSpec

_STAGE_ORDER = {stage: n for n, stage in enumerate(PartnershipStage)}


@dataclass(frozen=True)
class StageTotal:
    stage: PartnershipStage
    #: ISO 4217 code; None for the inquiries without a value yet (no amount, no package price).
    currency: str | None
    count: int
    #: None on the row of the inquiries without a value.
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


def stage_totals(
    session: Session,
    event: Event | None,
    inquiries: list[PartnershipInquiry],
    *,
    whole_event: bool,
) -> list[StageTotal]:
    """Count and value per (stage, currency), in pipeline order, currencies alphabetical; the
    inquiries without a value last in their stage.

    The figures are the window's (`services.partnerships.pipeline_totals`): an inquiry is worth
    its own amount, else its package's, and currencies are never added together. A selection
    (`whole_event` False) is summed by the same rule over the selected inquiries only.
    """
    if whole_event and event is not None:
        stages = pipeline_totals(session, event.id).stages
    else:
        stages = totals_by_stage((i.stage, *value_of(i)) for i in inquiries)
    counts: Counter[tuple[PartnershipStage, str | None]] = Counter()
    for inquiry in inquiries:
        amount, currency = value_of(inquiry)
        counts[inquiry.stage, currency if amount is not None and currency else None] += 1
    totals = []
    for stage in ALL_STAGES:
        of_stage = stages[stage]
        for currency, amount in sorted(of_stage.amounts.items()):
            totals.append(StageTotal(stage, currency, counts[stage, currency], amount))
        if of_stage.without_amount:
            totals.append(StageTotal(stage, None, of_stage.without_amount, None))
    return totals


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
            *_value(i),
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


def _value(inquiry: PartnershipInquiry) -> tuple[Decimal | None, str | None]:
    """The amount and currency a row shows: the inquiry's value as the window counts it."""
    amount, currency = value_of(inquiry)
    if amount is None or not currency:
        return None, None
    return amount, currency


def totals_sheet(
    session: Session,
    event: Event | None,
    inquiries: list[PartnershipInquiry],
    language: str,
    *,
    whole_event: bool = True,
) -> SheetSpec:
    totals = stage_totals(session, event, inquiries, whole_event=whole_event)
    rows = [[word(t.stage, language), t.currency, t.count, t.amount] for t in totals]
    return SheetSpec(
        header("sheet.partnership_totals", language),
        totals_columns(language),
        rows,
        row_count=len(rows),
    )
