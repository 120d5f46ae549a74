"""Speaking requests in the database: allocate all, move by hand with a reason, withdraw, why."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from liaison_app.domain.enums import (
    AttendanceMode,
    IncomingChannel,
    LevelOfRepresentation,
    SessionMode,
    SpeakingRequestStatus,
)
from liaison_app.domain.models import (
    AuditEntry,
    Invitation,
    MemberState,
    Reply,
    SpeakingRequest,
)
from liaison_app.domain.models import Session as EventSession
from liaison_app.domain.speaking_rules import ConflictKind
from liaison_app.errors import UserError
from liaison_app.services import speaking
from liaison_app.storage.database import Database
from tests.services.speaking_data import (
    SmallEvent,
    add_request,
    at,
    build_demo_template,
    demo_request,
    demo_session,
    make_small_event,
    open_demo_copy,
    placement,
    wsis_event_id,
)

S = SpeakingRequestStatus
L = LevelOfRepresentation


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_template(tmp_path_factory.mktemp("speaking-demo"))


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    database = open_demo_copy(demo_template, tmp_path)
    yield database
    database.dispose()


def audit_count(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def lane_countries(database: Database, number: int) -> list[str]:
    with database.reading() as session:
        schedule = speaking.load_schedule(session, wsis_event_id(database))
    lane = schedule.lane(demo_session(number))
    return [row.delegation for row in lane.speakers]


# ---------------------------------------------------------------------------------------------
# Allocate all on the demo


def test_allocate_all_places_every_open_request_of_the_demo_in_one_action(demo):
    event_id = wsis_event_id(demo)
    with demo.writing() as session:
        report = speaking.allocate(session, event_id)
    # 18 open requests and 30 places per session: all have a slot; Switzerland stays declined
    # and Türkiye withdrawn.
    assert report.scheduled == 18
    assert report.waitlisted == 0
    assert placement(demo, demo_request("COL/minister"))[0] == "scheduled"
    assert placement(demo, demo_request("TUR/deputy-minister"))[:2] == ("withdrawn", None)
    assert placement(demo, demo_request("CHE/ambassador"))[:2] == ("declined", None)
    # The Deputy Prime Minister speaks before the two Ministers in HLPS-1.
    assert lane_countries(demo, 1) == ["Uzbekistan", "Egypt", "Saudi Arabia"]
    # The Minister moved by hand to 2 June stays there, before the (late) Ambassador.
    assert lane_countries(demo, 11) == ["Côte d'Ivoire", "Senegal"]


def test_allocation_is_audited_and_running_it_again_changes_nothing(demo):
    event_id = wsis_event_id(demo)
    before = audit_count(demo)
    with demo.writing() as session:
        first = speaking.allocate(session, event_id, actor="officer")
    assert {c.speaker_name for c in first.changes} == {
        "Verónica Gutiérrez Solís",
        "Aïssatou Sène",
        "Carolina Múnera Ospina",
    }
    assert audit_count(demo) > before
    with demo.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_id == demo_request("COL/minister"), AuditEntry.field == "status"
            )
        ).one()
    assert (entry.old_value, entry.new_value, entry.actor) == ("requested", "scheduled", "officer")
    assert entry.reason == "Allocation of speaking slots by protocol order"
    written = audit_count(demo)
    with demo.writing() as session:
        again = speaking.allocate(session, event_id)
    assert again.changes == ()
    assert audit_count(demo) == written


def test_start_times_follow_the_order_of_speaking(demo):
    with demo.reading() as session:
        schedule = speaking.load_schedule(session, wsis_event_id(demo))
    lane = schedule.lane(demo_session(1))
    assert lane.capacity == 30
    assert [row.start.time() for row in lane.speakers] == [time(11, 0), time(11, 3), time(11, 6)]
    assert schedule.lanes[0].code == "HLPS-1", "the Opening Segment takes no speakers"
    assert [row.delegation for row in schedule.waitlist] == ["Mexico", "Senegal"]


# ---------------------------------------------------------------------------------------------
# Moves by hand


def test_a_move_needs_a_reason_and_changes_nothing_without_one(demo):
    before = placement(demo, demo_request("FRA/minister"))
    with pytest.raises(UserError, match="reason"), demo.writing() as session:
        speaking.move(session, demo_request("FRA/minister"), demo_session(1), 0, "   ")
    assert placement(demo, demo_request("FRA/minister")) == before


def test_two_moves_by_hand_are_audited_with_their_reasons_and_survive_allocation(demo):
    event_id = wsis_event_id(demo)
    with demo.writing() as session:
        speaking.allocate(session, event_id)
        speaking.move(
            session,
            demo_request("FRA/minister"),
            demo_session(1),
            0,
            "The Minister leaves Geneva on 31 May at noon.",
            actor="officer",
        )
        speaking.move(
            session,
            demo_request("BRA/minister"),
            demo_session(10),
            1,
            "Same panel as India, at the delegation's request.",
            actor="officer",
        )
    assert lane_countries(demo, 1) == ["France", "Uzbekistan", "Egypt", "Saudi Arabia"]
    assert lane_countries(demo, 7) == []
    assert lane_countries(demo, 9) == ["United Arab Emirates"]
    assert lane_countries(demo, 10) == ["India", "Brazil"]
    with demo.reading() as session:
        france = session.get(SpeakingRequest, demo_request("FRA/minister"))
        assert france.manual_override
        assert france.override_reason == "The Minister leaves Geneva on 31 May at noon."
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_id == france.id, AuditEntry.field == "session_id"
            )
        ).all()
        assert entries[-1].reason == "The Minister leaves Geneva on 31 May at noon."
        assert entries[-1].new_value == str(demo_session(1))
        # The speakers who made room were renumbered, and the trail says why.
        egypt_slot = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_id == demo_request("EGY/minister"),
                AuditEntry.field == "slot_position",
            )
        ).all()[-1]
        assert (egypt_slot.old_value, egypt_slot.new_value) == ("1", "2")
    with demo.writing() as session:
        report = speaking.allocate(session, event_id)
    assert report.changes == ()
    assert lane_countries(demo, 1) == ["France", "Uzbekistan", "Egypt", "Saudi Arabia"]
    assert lane_countries(demo, 10) == ["India", "Brazil"]


def test_a_move_to_the_waitlist_and_back_to_the_rules(demo):
    event_id = wsis_event_id(demo)
    with demo.writing() as session:
        speaking.allocate(session, event_id)
        speaking.move(session, demo_request("IND/minister-of-state"), None, 0, "Awaiting visa.")
    assert placement(demo, demo_request("IND/minister-of-state"))[0] == "waitlisted"
    with demo.writing() as session:
        speaking.allocate(session, event_id)
    assert placement(demo, demo_request("IND/minister-of-state"))[0] == "waitlisted"
    with demo.writing() as session:
        speaking.release(session, demo_request("IND/minister-of-state"), "Visa granted.")
    status, session_id, slot, _ = placement(demo, demo_request("IND/minister-of-state"))
    assert (status, session_id, slot) == ("scheduled", demo_session(10), 0)


def test_a_move_into_a_session_without_speakers_is_refused(demo):
    opening = next(
        s.id
        for s in speaking.event_sessions(demo.reading().__enter__(), wsis_event_id(demo))
        if not s.accepts_speakers
    )
    with pytest.raises(UserError, match="takes no speakers"), demo.writing() as session:
        speaking.move(session, demo_request("FRA/minister"), opening, 0, "Opening")


def test_a_withdrawn_request_cannot_be_moved(demo):
    with pytest.raises(UserError, match="Reopen"), demo.writing() as session:
        speaking.move(session, demo_request("TUR/deputy-minister"), demo_session(8), 0, "Back")


# ---------------------------------------------------------------------------------------------
# Withdrawals and the waitlist


@pytest.fixture
def small(database: Database) -> SmallEvent:
    """Sessions A and B of one place; Egypt and France get them; Brazil and Mexico wait."""
    event = make_small_event(database)
    add_request(database, event, "EGY", "Karim Mansour", L.MINISTER, at(3, 25), preferences=(0,))
    add_request(database, event, "FRA", "Étienne Lefèvre", L.MINISTER, at(3, 26))
    add_request(database, event, "BRA", "Sérgio Magalhães", L.MINISTER, at(4, 10))
    add_request(database, event, "MEX", "Verónica Gutiérrez", L.VICE_MINISTER, at(4, 2))
    with database.writing() as session:
        speaking.allocate(session, event.event_id)
    return event


def test_who_does_not_fit_waits_in_protocol_order(database, small):
    assert placement(database, small.requests["EGY"])[:3] == ("scheduled", small.sessions[0], 0)
    assert placement(database, small.requests["FRA"])[:3] == ("scheduled", small.sessions[1], 0)
    # The Minister waits before the Vice-Minister received earlier.
    assert placement(database, small.requests["BRA"]) == ("waitlisted", None, None, 0)
    assert placement(database, small.requests["MEX"]) == ("waitlisted", None, None, 1)


def test_a_withdrawal_pulls_the_waitlist_up_in_order(database, small):
    with database.writing() as session:
        report = speaking.withdraw(
            session, small.requests["EGY"], "Note verbale of 20 April", actor="officer"
        )
    assert report is not None
    assert placement(database, small.requests["EGY"]) == ("withdrawn", None, None, None)
    assert placement(database, small.requests["BRA"])[:3] == ("scheduled", small.sessions[0], 0)
    assert placement(database, small.requests["MEX"]) == ("waitlisted", None, None, 0)
    with database.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_id == small.requests["EGY"], AuditEntry.field == "status"
            )
        ).all()[-1]
        assert (entry.new_value, entry.reason) == ("withdrawn", "Note verbale of 20 April")
        explanation = speaking.explain(session, small.requests["EGY"])
    assert explanation.where == "Withdrawn"
    assert explanation.lines == (
        "Withdrawn: the request takes no slot.",
        "Reason given: Note verbale of 20 April",
    )


def test_a_withdrawal_needs_a_reason(database, small):
    with pytest.raises(UserError), database.writing() as session:
        speaking.withdraw(session, small.requests["EGY"], "")
    assert placement(database, small.requests["EGY"])[0] == "scheduled"


def test_a_reopened_request_waits_for_the_next_allocation(database, small):
    with database.writing() as session:
        speaking.withdraw(session, small.requests["EGY"], "Cannot travel")
        speaking.reopen(session, small.requests["EGY"], "Can travel after all")
        assert session.get(SpeakingRequest, small.requests["EGY"]).status is S.REQUESTED
        speaking.allocate(session, small.event_id)
    # Back at the head: first Minister received; Brazil returns to the waitlist.
    assert placement(database, small.requests["EGY"])[:2] == ("scheduled", small.sessions[0])
    assert placement(database, small.requests["BRA"]) == ("waitlisted", None, None, 0)


def test_a_confirmed_speaker_keeps_the_session_the_delegation_was_told(database, small):
    with database.writing() as session:
        speaking.confirm(session, [small.requests["FRA"]])
    head = add_request(
        database, small, "UZB", "Sherzod Nazarov", L.HEAD_OF_STATE, at(4, 1), preferences=(1,)
    )
    with database.writing() as session:
        speaking.allocate(session, small.event_id)
    assert placement(database, small.requests["FRA"])[:2] == ("confirmed", small.sessions[1])
    # The Head of State takes the only other place; Egypt's Minister now waits.
    assert placement(database, head)[:2] == ("scheduled", small.sessions[0])
    assert placement(database, small.requests["EGY"])[0] == "waitlisted"


def test_only_scheduled_speakers_can_be_confirmed(database, small):
    with pytest.raises(UserError, match="scheduled"), database.writing() as session:
        speaking.confirm(session, [small.requests["BRA"]])


def test_a_second_request_of_a_delegation_is_declined_with_the_rule_as_reason(database, small):
    second = add_request(database, small, "EGY", "Amr Talaat", L.MINISTER, at(3, 28))
    with database.writing() as session:
        speaking.allocate(session, small.event_id)
    assert placement(database, second)[0] == "declined"
    with database.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == second, AuditEntry.field == "status")
        ).one()
        assert (
            entry.reason == "One speaker per delegation: the delegation already has Karim Mansour"
        )
        lines = speaking.explain(session, second).lines
    assert lines == (
        "Declined: the request takes no slot.",
        "Reason given: One speaker per delegation: the delegation already has Karim Mansour",
    )


def test_a_remote_speaker_is_not_placed_in_an_in_person_only_session(database):
    event = make_small_event(database, capacity=2, second_mode=SessionMode.IN_PERSON_ONLY)
    remote = add_request(
        database,
        event,
        "ESP",
        "María José Núñez",
        L.VICE_MINISTER,
        at(4, 11),
        mode=AttendanceMode.REMOTE,
        preferences=(1,),
    )
    with database.writing() as session:
        speaking.allocate(session, event.event_id)
        lines = speaking.explain(session, remote).lines
    assert placement(database, remote)[1] == event.sessions[0]
    assert lines[1] == (
        "Preferred session B (2022-05-31 10:00) takes in-person speakers only, and this speaker "
        "is remote."
    )


# ---------------------------------------------------------------------------------------------
# Requests: from a reply, by hand


def test_a_request_from_a_reply_is_prefilled_with_the_head_of_delegation(demo):
    with demo.reading() as session:
        reply = session.scalars(
            select(Reply)
            .join(Invitation)
            .join(MemberState, Invitation.member_state_id == MemberState.id)
            .where(MemberState.iso_alpha3 == "EGY")
        ).one()
        draft = speaking.draft_from_reply(session, reply.id)
        head = next(m for m in reply.delegation if m.is_head)
        assert draft.member_state_id == reply.invitation.member_state_id
        assert draft.speaker_contact_id == head.contact_id
        assert draft.speaker_name == head.name
        assert draft.level is reply.level
        assert draft.reply_id == reply.id
        assert draft.received_at.date() == reply.received_on
        assert draft.event_id == wsis_event_id(demo)


def test_a_request_by_hand_is_validated_and_audited(demo):
    event_id = wsis_event_id(demo)
    with demo.reading() as session:
        oman = session.scalars(select(MemberState.id).where(MemberState.iso_alpha3 == "JOR")).one()
    draft = speaking.RequestDraft(
        event_id=event_id,
        speaker_name="  Ahmad   Hanandeh ",
        level=L.MINISTER,
        received_at=at(4, 14, 9, 30),
        member_state_id=oman,
        channel=IncomingChannel.EMAIL,
        preferences=[demo_session(8)],
    )
    with demo.writing() as session:
        request = speaking.create_request(session, draft, actor="officer")
        request_id = request.id
    with demo.reading() as session:
        stored = session.get(SpeakingRequest, request_id)
        assert (stored.speaker_name, stored.status) == ("Ahmad Hanandeh", S.REQUESTED)
        assert [p.session_id for p in stored.preferences] == [demo_session(8)]
        created = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == request_id))
        assert [e.action.value for e in created] == ["create"]
    with demo.writing() as session:
        speaking.update_request(
            session,
            request_id,
            {"mode": AttendanceMode.REMOTE},
            preferences=[demo_session(9), demo_session(8)],
            reason="Second e-mail",
        )
    with demo.reading() as session:
        fields = {
            e.field: (e.old_value, e.new_value)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.entity_id == request_id))
        }
    assert fields["mode"] == ("in_person", "remote")
    assert fields["preferences"] == ("HLPS-8", "HLPS-9, HLPS-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"speaker_name": " "}, "speaker's name"),
        ({"level": None}, "level of representation"),
        ({"member_state_id": None}, "delegation"),
        ({"received_at": None}, "received"),
    ],
)
def test_a_request_with_a_gap_is_refused_and_nothing_is_written(demo, change, message):
    with demo.reading() as session:
        egypt = session.scalars(select(MemberState.id).where(MemberState.iso_alpha3 == "EGY")).one()
    values = {
        "event_id": wsis_event_id(demo),
        "speaker_name": "Karim Mansour",
        "level": L.MINISTER,
        "received_at": at(4, 1),
        "member_state_id": egypt,
    } | change
    before = audit_count(demo)
    with pytest.raises(UserError, match=message), demo.writing() as session:
        speaking.create_request(session, speaking.RequestDraft(**values))
    assert audit_count(demo) == before


# ---------------------------------------------------------------------------------------------
# Conflicts and explanations


def conflicts_of(database: Database, request_id) -> set[ConflictKind]:
    with database.reading() as session:
        schedule = speaking.load_schedule(session, wsis_event_id(database))
    return set(schedule.row(request_id).conflict_kinds)


def test_conflicts_show_what_a_person_did_against_the_rules(demo):
    event_id = wsis_event_id(demo)
    with demo.writing() as session:
        speaking.allocate(session, event_id)
        # HLPS-6 made in person only, with Spain's remote Vice-Minister in it.
        session.get(EventSession, demo_session(6)).mode = SessionMode.IN_PERSON_ONLY
        # HLPS-1 shortened to two slots: its third speaker runs past the end.
        session.get(EventSession, demo_session(1)).end_time = time(11, 6)
        # A speaker who is not in Oman's delegation.
        speaking.update_request(
            session, demo_request("OMN/minister"), {"speaker_name": "Someone Else"}
        )
        session.get(SpeakingRequest, demo_request("OMN/minister")).speaker_contact_id = None
    assert conflicts_of(demo, demo_request("ESP/secretary-of-state")) == {
        ConflictKind.MODE_MISMATCH
    }
    assert conflicts_of(demo, demo_request("SAU/minister")) == {ConflictKind.OVER_CAPACITY}
    assert conflicts_of(demo, demo_request("EGY/minister")) == set()
    assert conflicts_of(demo, demo_request("OMN/minister")) == {ConflictKind.NOT_IN_DELEGATION}
    assert conflicts_of(demo, demo_request("KAZ/minister")) == set()


def test_two_speakers_of_one_delegation_placed_by_hand_are_a_conflict(demo):
    event_id = wsis_event_id(demo)
    with demo.reading() as session:
        draft = speaking.draft_from_reply(
            session, session.get(SpeakingRequest, demo_request("EGY/minister")).reply_id
        )
    draft.speaker_name = "Amr Talaat"
    draft.speaker_contact_id = None
    with demo.writing() as session:
        second = speaking.create_request(session, draft).id
        speaking.move(session, second, demo_session(2), 0, "Both ministers asked to speak.")
        speaking.allocate(session, event_id)
    assert placement(demo, second)[0] == "scheduled"
    assert ConflictKind.DELEGATION_TWICE in conflicts_of(demo, second)
    assert ConflictKind.DELEGATION_TWICE in conflicts_of(demo, demo_request("EGY/minister"))


def test_why_here_tells_the_delegation_the_rule_and_the_reason_given(demo):
    event_id = wsis_event_id(demo)
    with demo.reading() as session:
        colombia = speaking.explain(session, demo_request("COL/minister"))
    assert not colombia.up_to_date
    assert colombia.lines[0].startswith("The list has changed since the last allocation")
    with demo.writing() as session:
        speaking.allocate(session, event_id)
    with demo.reading() as session:
        colombia = speaking.explain(session, demo_request("COL/minister"))
        ivory_coast = speaking.explain(session, demo_request("CIV/minister"))
        egypt = speaking.explain(session, demo_request("EGY/minister"), "ar")
    assert colombia.up_to_date
    assert colombia.where == "HLPS-8 (2022-06-02 09:00), slot 1, 09:00 (Scheduled)"
    assert "Received after the deadline (2022-04-15)" in colombia.lines[1]
    assert colombia.lines[2] == "Placed in its first preferred session, HLPS-8 (2022-06-02 09:00)."
    assert ivory_coast.lines[-1].endswith(
        "Reason given: Moved to 2 June at the delegation's request: the Minister arrives in "
        "Geneva on 1 June (e-mail of 20 April)."
    )
    # In Arabic, session names and times are isolated so they keep their order.
    assert "\u2068HLPS-1 (2022-05-31 11:00)\u2069" in egypt.where
