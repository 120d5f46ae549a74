"""Pipeline rules: which stage moves are ordinary, which need the officer, which are refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liaison_app.domain.enums import PartnershipStage as S
from liaison_app.domain.partnership_rules import (
    ALL_STAGES,
    FINAL_STAGES,
    OPEN_STAGES,
    STAGE_ORDER,
    FollowUpBucket,
    MoveKind,
    RefusalReason,
    availability,
    classify_move,
    convert,
    days_overdue,
    follow_up_bucket,
    move_takes_new_place,
    totals_by_stage,
)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (S.INQUIRY, S.INFORMATION_SENT),
        (S.INFORMATION_SENT, S.NEGOTIATION),
        (S.NEGOTIATION, S.COMMITTED),
        (S.COMMITTED, S.AGREEMENT_SIGNED),
        (S.AGREEMENT_SIGNED, S.PAID),
    ],
)
def test_one_step_forward_is_ordinary(start, end):
    assert classify_move(start, end).kind is MoveKind.ORDINARY


def test_inquiry_to_paid_needs_the_officer_and_names_the_skipped_stages():
    verdict = classify_move(S.INQUIRY, S.PAID)
    assert verdict.kind is MoveKind.NEEDS_CONFIRMATION
    assert verdict.skipped == (
        S.INFORMATION_SENT,
        S.NEGOTIATION,
        S.COMMITTED,
        S.AGREEMENT_SIGNED,
    )
    assert verdict.allowed


def test_going_back_needs_the_officer():
    verdict = classify_move(S.NEGOTIATION, S.INFORMATION_SENT)
    assert verdict.kind is MoveKind.NEEDS_CONFIRMATION
    assert verdict.backwards
    assert verdict.skipped == ()


@pytest.mark.parametrize("start", sorted(OPEN_STAGES))
@pytest.mark.parametrize("end", [S.DECLINED, S.WITHDRAWN])
def test_declining_or_withdrawing_an_open_inquiry_is_ordinary(start, end):
    assert classify_move(start, end).kind is MoveKind.ORDINARY


@pytest.mark.parametrize("start", sorted(FINAL_STAGES))
@pytest.mark.parametrize("end", ALL_STAGES)
def test_nothing_leaves_a_final_stage_without_a_reopen(start, end):
    verdict = classify_move(start, end)
    if start == end:
        assert verdict.kind is MoveKind.UNCHANGED
    else:
        assert verdict.kind is MoveKind.REFUSED
        assert verdict.refusal is RefusalReason.FINAL_STAGE
        assert not verdict.allowed


def test_reopen_goes_back_to_an_open_stage_only():
    assert classify_move(S.DECLINED, S.NEGOTIATION, reopen=True).kind is MoveKind.REOPEN
    assert classify_move(S.PAID, S.AGREEMENT_SIGNED, reopen=True).kind is MoveKind.REOPEN
    to_final = classify_move(S.DECLINED, S.PAID, reopen=True)
    assert to_final.refusal is RefusalReason.REOPEN_TO_FINAL
    open_one = classify_move(S.NEGOTIATION, S.INQUIRY, reopen=True)
    assert open_one.refusal is RefusalReason.REOPEN_NOT_FINAL


@given(st.sampled_from(ALL_STAGES), st.sampled_from(ALL_STAGES), st.booleans())
def test_every_pair_of_stages_has_exactly_one_answer(start, end, reopen):
    verdict = classify_move(start, end, reopen=reopen)
    assert (verdict.from_stage, verdict.to_stage) == (start, end)
    if not reopen and start in OPEN_STAGES and end != start:
        # From an open stage every destination is reachable, at worst with a confirmation.
        assert verdict.allowed
    if verdict.kind is MoveKind.ORDINARY:
        forward = STAGE_ORDER.index(end) - STAGE_ORDER.index(start) if end in STAGE_ORDER else 1
        assert forward == 1


def test_committed_stages_take_a_place():
    assert move_takes_new_place(S.NEGOTIATION, S.COMMITTED)
    assert move_takes_new_place(S.INQUIRY, S.PAID)
    assert not move_takes_new_place(S.COMMITTED, S.AGREEMENT_SIGNED)
    assert not move_takes_new_place(S.COMMITTED, S.DECLINED)


def test_sold_out_when_committed_partners_fill_the_places():
    stages = [S.COMMITTED, S.PAID, S.NEGOTIATION, S.DECLINED, S.AGREEMENT_SIGNED]
    three = availability(3, stages)
    assert three.taken == 3
    assert three.sold_out
    assert three.remaining == 0
    assert not three.oversold
    four = availability(4, stages)
    assert not four.sold_out
    assert four.remaining == 1
    unlimited = availability(None, stages)
    assert not unlimited.sold_out
    assert unlimited.remaining is None


@pytest.mark.parametrize(
    ("due", "today", "bucket", "late"),
    [
        (date(2022, 4, 14), date(2022, 4, 14), FollowUpBucket.DUE_TODAY, 0),
        (date(2022, 4, 13), date(2022, 4, 14), FollowUpBucket.OVERDUE, 1),
        (date(2022, 4, 15), date(2022, 4, 14), FollowUpBucket.UPCOMING, 0),
        # Across a month end, a leap day and a year end.
        (date(2022, 4, 30), date(2022, 5, 1), FollowUpBucket.OVERDUE, 1),
        (date(2024, 2, 29), date(2024, 3, 1), FollowUpBucket.OVERDUE, 1),
        (date(2022, 12, 31), date(2023, 1, 1), FollowUpBucket.OVERDUE, 1),
        (date(2023, 1, 1), date(2022, 12, 31), FollowUpBucket.UPCOMING, 0),
    ],
)
def test_follow_up_buckets_across_dates(due, today, bucket, late):
    assert follow_up_bucket(due, today) is bucket
    assert days_overdue(due, today) == late


amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False)
currencies = st.sampled_from(["CHF", "USD", "EUR"])
triples = st.lists(
    st.tuples(st.sampled_from(ALL_STAGES), st.one_of(st.none(), amounts), currencies)
)


@given(triples)
def test_totals_keep_each_currency_apart(items):
    totals = totals_by_stage(items)
    assert list(totals) == list(ALL_STAGES)
    for stage in ALL_STAGES:
        mine = [(a, c) for s, a, c in items if s == stage]
        assert totals[stage].count == len(mine)
        assert totals[stage].without_amount == sum(1 for a, _ in mine if a is None)
        for currency in ("CHF", "USD", "EUR"):
            expected = sum((a for a, c in mine if c == currency and a is not None), Decimal(0))
            assert totals[stage].amounts.get(currency, Decimal(0)) == expected
        assert set(totals[stage].amounts) <= {c for a, c in mine if a is not None}


def test_convert_adds_currencies_only_through_rates():
    amounts = {"CHF": Decimal("100"), "USD": Decimal("50")}
    assert convert(amounts, {"USD": Decimal("0.9")}, "CHF") == Decimal("145.0")
    with pytest.raises(KeyError):
        convert(amounts, {}, "CHF")
