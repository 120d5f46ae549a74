"""Deadlines: countdowns in Geneva days, non-repliers soonest first, overdue, the selection of
non-repliers for reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from liaison_app.domain.enums import InvitationStatus, OutgoingChannel
from liaison_app.services import deadlines as service
from liaison_app.services.circulars import CircularDraft, save_circular
from liaison_app.services.deadlines import DeadlineKind
from liaison_app.services.invitations import create_invitations, filter_rows, invitation_rows
from tests.services import invitation_fixtures
from tests.services.invitation_fixtures import (
    NOW,
    TODAY,
    Demo,
)

# The demo database, built once per module, copied fresh for each test.
demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo


def test_each_deadline_of_the_event_counts_down(demo):
    ids = Demo(demo)
    before = datetime(2022, 4, 5, 7, 0, tzinfo=UTC)
    with demo.reading() as session:
        found = service.countdowns(session, ids.event_id, before)
    assert [(c.kind, c.due_on, c.days_left) for c in found] == [
        (DeadlineKind.CIRCULAR_REPLY, date(2022, 4, 15), 10),
        (DeadlineKind.SPEAKING_REQUEST, date(2022, 4, 15), 10),
    ]
    reply = found[0]
    assert reply.circular_reference == "CL-22/009"
    assert reply.awaiting == 22  # 60 invited, 35 replied, 3 drafts never sent
    assert reply.time_left == timedelta(days=10, hours=15)  # to midnight in Geneva
    assert reply.list_filter is not None
    assert reply.list_filter.awaiting


def test_an_officer_in_auckland_still_sees_the_last_day(demo):
    ids = Demo(demo)
    auckland = datetime(2022, 4, 16, 8, 0, tzinfo=ZoneInfo("Pacific/Auckland"))
    with demo.reading() as session:
        found = service.countdowns(session, ids.event_id, auckland)
    assert found[0].days_left == 0
    assert not found[0].passed
    assert found[0].time_left == timedelta(hours=2)


def test_non_repliers_come_sorted_by_days_left_with_the_overdue_first(demo):
    ids = Demo(demo)
    with demo.writing() as session:
        # A later circular to two more States, due on 30 April.
        later = save_circular(
            session,
            CircularDraft(
                issued_on=date(2022, 4, 20),
                subjects={"en": "Late invitation"},
                reply_deadline=date(2022, 4, 30),
                event_id=ids.event_id,
            ),
            today=TODAY,
        )
        create_invitations(
            session,
            event_id=ids.event_id,
            circular_id=later.id,
            member_state_ids=[ids.state("NOR"), ids.state("ISL")],
            channel=OutgoingChannel.EMAIL,
            sent_on=date(2022, 4, 20),
            today=TODAY,
        )
    with demo.reading() as session:
        found = service.non_repliers(session, ids.event_id, NOW)
    assert len(found) == 24
    assert [n.days_left for n in found[:22]] == [-7] * 22
    assert [(n.addressee, n.days_left) for n in found[22:]] == [("Iceland", 8), ("Norway", 8)]
    assert [n.addressee for n in found[:3]] == ["Algeria", "Australia", "Canada"]  # then by name
    late = service.overdue(found)
    assert len(late) == 22
    assert {n.status for n in found} <= {"sent", "acknowledged", "no_reply"}


def test_the_reminder_selection_is_the_non_repliers_ready_for_the_letters(demo):
    ids = Demo(demo)
    with demo.reading() as session:
        everyone = service.reminder_selection(session, ids.event_id, NOW)
        late = service.reminder_selection(session, ids.event_id, NOW, overdue_only=True)
        rows = invitation_rows(session, ids.event_id)
    assert len(everyone) == 22
    assert set(late) == set(everyone)
    chosen = {r.id: r for r in rows if r.id in set(everyone)}
    assert all(not r.replied for r in chosen.values())
    assert {r.status for r in chosen.values()} <= {
        InvitationStatus.SENT,
        InvitationStatus.ACKNOWLEDGED,
        InvitationStatus.NO_REPLY,
    }
    assert "BGD" not in {r.iso3 for r in chosen.values()}  # a draft was never sent
    keys = service.reminder_recipient_keys(everyone)
    assert keys[0] == f"invitation:{everyone[0]}"


def test_the_reminder_keys_match_the_letters_service(demo):
    """The reminder pack of the letters issue takes exactly the selection's keys."""
    from liaison_app.services.letters import recipients

    ids = Demo(demo)
    with demo.reading() as session:
        selected = set(
            service.reminder_recipient_keys(service.reminder_selection(session, ids.event_id, NOW))
        )
    keys = {r.key for r in recipients(demo, "reminder", "WSIS-2022")}
    assert selected == keys


def test_upcoming_deadlines_cover_every_event(demo):
    with demo.reading() as session:
        soon = service.upcoming_deadlines(session, datetime(2022, 4, 1, tzinfo=UTC))
        long_after = service.upcoming_deadlines(session, datetime(2022, 6, 1, tzinfo=UTC))
        rows = invitation_rows(session, None)
    assert {c.kind for c in soon} == {DeadlineKind.CIRCULAR_REPLY, DeadlineKind.SPEAKING_REQUEST}
    assert long_after == []
    assert filter_rows(rows, soon[0].list_filter, date(2022, 4, 1))
