"""Invitation status rules and deadline arithmetic on the Secretariat's calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liaison_app.domain.enums import InvitationStatus, ReplyDecision
from liaison_app.domain.invitation_rules import (
    AWAITING_STATUSES,
    DECISION_STATUSES,
    SECRETARIAT_TIME_ZONE,
    MoveKind,
    Refusal,
    check_move,
    days_left,
    deadline_end,
    deadline_has_passed,
    effective_deadline,
    secretariat_today,
    status_after_deadline,
    status_for_decision,
    status_without_reply,
    time_left,
)

S = InvitationStatus
DEADLINE = date(2022, 4, 15)


@pytest.mark.parametrize(
    ("current", "target", "passed", "expected"),
    [
        (S.DRAFT, S.SENT, False, None),
        (S.DRAFT, S.SENT, True, None),  # a late letter is still sent
        (S.SENT, S.ACKNOWLEDGED, False, None),
        (S.ACKNOWLEDGED, S.SENT, False, None),  # correction
        (S.SENT, S.DRAFT, True, None),  # "it was never sent"
        (S.NO_REPLY, S.DRAFT, True, None),
        (S.SENT, S.NO_REPLY, True, None),
        (S.ACKNOWLEDGED, S.NO_REPLY, True, None),
        (S.SENT, S.NO_REPLY, False, Refusal.DEADLINE_NOT_PASSED),
        (S.NO_REPLY, S.SENT, True, Refusal.DEADLINE_PASSED),
        (S.SENT, S.ACKNOWLEDGED, True, Refusal.DEADLINE_PASSED),
        (S.DRAFT, S.ACKNOWLEDGED, False, Refusal.NOT_SENT),
        (S.DRAFT, S.NO_REPLY, True, Refusal.NOT_SENT),
        (S.SENT, S.ACCEPTED, False, Refusal.NEEDS_REPLY),
        (S.NO_REPLY, S.DECLINED, True, Refusal.NEEDS_REPLY),
        (S.ACCEPTED, S.DECLINED, False, Refusal.HAS_REPLY),
        (S.TENTATIVE, S.SENT, False, Refusal.HAS_REPLY),
        (S.DECLINED, S.DRAFT, False, Refusal.HAS_REPLY),
    ],
)
def test_which_moves_an_officer_may_make(current, target, passed, expected):
    verdict = check_move(current, target, deadline_passed=passed)
    if expected is None:
        assert verdict.kind is MoveKind.ALLOWED
        assert verdict.message is None
    else:
        assert verdict.kind is MoveKind.REFUSED
        assert verdict.refusal is expected
        assert verdict.message  # a sentence the officer can act on


def test_staying_put_is_no_move():
    for status in S:
        assert check_move(status, status, deadline_passed=True).kind is MoveKind.UNCHANGED


def test_a_decision_sets_the_status_of_the_same_name():
    assert [status_for_decision(d) for d in ReplyDecision] == [S.ACCEPTED, S.DECLINED, S.TENTATIVE]


def test_no_reply_follows_the_deadline_both_ways():
    assert status_after_deadline(S.SENT, deadline_passed=True, acknowledged=False) is S.NO_REPLY
    assert status_after_deadline(S.ACKNOWLEDGED, deadline_passed=True, acknowledged=True) is (
        S.NO_REPLY
    )
    # The deadline was moved later: waiting again, as acknowledged if it was.
    assert status_after_deadline(S.NO_REPLY, deadline_passed=False, acknowledged=True) is (
        S.ACKNOWLEDGED
    )
    assert status_after_deadline(S.NO_REPLY, deadline_passed=False, acknowledged=False) is S.SENT
    for status in (S.DRAFT, *DECISION_STATUSES):
        assert status_after_deadline(status, deadline_passed=True, acknowledged=False) is status


def test_a_deleted_reply_leaves_the_invitation_waiting_or_without_reply():
    assert status_without_reply(deadline_passed=False, acknowledged=False) is S.SENT
    assert status_without_reply(deadline_passed=False, acknowledged=True) is S.ACKNOWLEDGED
    assert status_without_reply(deadline_passed=True, acknowledged=True) is S.NO_REPLY


def test_deadline_passes_the_day_after_and_binds_only_letters_sent_in_time():
    sent = date(2022, 3, 21)
    assert not deadline_has_passed(DEADLINE, sent, date(2022, 4, 15))  # the last day
    assert deadline_has_passed(DEADLINE, sent, date(2022, 4, 16))
    assert not deadline_has_passed(None, sent, date(2030, 1, 1))
    assert not deadline_has_passed(DEADLINE, None, date(2030, 1, 1))  # never sent
    assert not deadline_has_passed(DEADLINE, date(2022, 4, 20), date(2022, 4, 22))  # sent late
    assert effective_deadline(date(2022, 4, 10), DEADLINE) == date(2022, 4, 10)
    assert effective_deadline(None, DEADLINE) == DEADLINE


# -- a random life of an invitation ---------------------------------------------------------

ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("move"), st.sampled_from(list(S))),
        st.tuples(st.just("reply"), st.sampled_from(list(ReplyDecision))),
        st.tuples(st.just("delete reply"), st.none()),
        st.tuples(st.just("time"), st.booleans()),  # the deadline passes, or is moved later
    ),
    max_size=30,
)


@given(ACTIONS)
def test_random_lives_keep_the_register_truthful(actions):
    """Whatever an officer does, in any order: a decision status always has its reply, "no reply"
    only after the deadline, and a refused move changes nothing."""
    status, has_reply, passed, acknowledged = S.DRAFT, False, False, False
    for kind, value in actions:
        if kind == "move":
            verdict = check_move(status, value, deadline_passed=passed)
            if has_reply:
                assert verdict.kind in (MoveKind.UNCHANGED, MoveKind.REFUSED)
            if verdict.allowed:
                acknowledged = value is S.ACKNOWLEDGED or (
                    acknowledged and value not in (S.DRAFT, S.SENT)
                )
                # As the service does: a letter recorded as sent before a deadline that has
                # passed is without reply at once.
                status = status_after_deadline(
                    value, deadline_passed=passed, acknowledged=acknowledged
                )
        elif kind == "reply":
            if status is not S.DRAFT:  # a reply needs a letter sent
                status, has_reply = status_for_decision(value), True
        elif kind == "delete reply":
            if has_reply:
                has_reply = False
                status = status_without_reply(deadline_passed=passed, acknowledged=acknowledged)
        else:
            passed = value
            if not has_reply:
                status = status_after_deadline(
                    status, deadline_passed=passed, acknowledged=acknowledged
                )
        assert (status in DECISION_STATUSES) == has_reply
        if status is S.NO_REPLY:
            assert passed
            assert not has_reply
        if passed and not has_reply and status is not S.DRAFT:
            assert status is S.NO_REPLY
        if status in AWAITING_STATUSES - {S.NO_REPLY}:
            assert not passed


# -- the Secretariat's calendar --------------------------------------------------------------


def at(zone: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # Geneva itself, in the morning of the 5th.
        (at("Europe/Zurich", 2022, 4, 5, 9, 0), 10),
        # Auckland, 08:00 on the 16th: 22:00 on the 15th in Geneva, still the last day.
        (at("Pacific/Auckland", 2022, 4, 16, 8, 0), 0),
        # Kiritimati (UTC+14), early on the 16th: Geneva is at midday on the 15th.
        (at("Pacific/Kiritimati", 2022, 4, 16, 1, 0), 0),
        # Honolulu, 20:00 on the 14th: already 08:00 on the 15th in Geneva.
        (at("Pacific/Honolulu", 2022, 4, 14, 20, 0), 0),
        # Pago Pago (UTC-11), 14:00 on the 15th: past midnight in Geneva, the deadline is over.
        (at("Pacific/Pago_Pago", 2022, 4, 15, 14, 0), -1),
        # New York, 17:59 on the 15th = 23:59 in Geneva; a minute later it is the 16th there.
        (at("America/New_York", 2022, 4, 15, 17, 59), 0),
        (at("America/New_York", 2022, 4, 15, 18, 0), -1),
    ],
)
def test_days_left_are_counted_in_geneva_wherever_the_laptop_is(moment, expected):
    assert SECRETARIAT_TIME_ZONE == "Europe/Zurich"
    assert days_left(DEADLINE, moment) == expected


def test_the_deadline_day_ends_at_midnight_in_geneva_also_on_a_daylight_saving_day():
    # Summer time: 15 April ends at 22:00 UTC.
    assert deadline_end(DEADLINE) == datetime(2022, 4, 15, 22, 0, tzinfo=UTC)
    # 27 March 2022 has 23 hours in Geneva; it starts at 23:00 UTC on the 26th.
    spring = date(2022, 3, 27)
    assert deadline_end(spring) == datetime(2022, 3, 27, 22, 0, tzinfo=UTC)
    assert time_left(spring, at("Europe/Zurich", 2022, 3, 27, 0, 0)) == timedelta(hours=23)
    # 30 October 2022 has 25 hours.
    autumn = date(2022, 10, 30)
    assert time_left(autumn, at("Europe/Zurich", 2022, 10, 30, 0, 0)) == timedelta(hours=25)


def test_time_left_turns_negative_after_the_deadline():
    assert time_left(DEADLINE, datetime(2022, 4, 15, 21, 0, tzinfo=UTC)) == timedelta(hours=1)
    assert time_left(DEADLINE, datetime(2022, 4, 16, 0, 0, tzinfo=UTC)) == timedelta(hours=-2)


def test_a_naive_moment_is_refused():
    with pytest.raises(ValueError, match="naive"):
        days_left(DEADLINE, datetime(2022, 4, 15, 12, 0))


ZONES = st.sampled_from(
    [
        "UTC",
        "Europe/Zurich",
        "Pacific/Kiritimati",
        "Pacific/Pago_Pago",
        "Pacific/Auckland",
        "Asia/Kathmandu",
        "America/St_Johns",
        "Asia/Tokyo",
        "America/Los_Angeles",
    ]
)


@given(
    moment=st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2099, 12, 30)),
    zone=ZONES,
    deadline=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
)
def test_the_same_instant_gives_the_same_days_left_in_every_time_zone(moment, zone, deadline):
    instant = moment.replace(tzinfo=UTC)
    local = instant.astimezone(ZoneInfo(zone))
    expected = (deadline - instant.astimezone(ZoneInfo("Europe/Zurich")).date()).days
    assert days_left(deadline, local) == days_left(deadline, instant) == expected
    assert secretariat_today(local) == secretariat_today(instant)
    # Days left and time left agree: positive time left ⇔ the deadline day is not over.
    assert (time_left(deadline, local) > timedelta(0)) == (days_left(deadline, local) >= 0)
