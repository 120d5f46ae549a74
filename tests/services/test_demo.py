"""The demo database: true to circular CL-22/009, showing every state, built safely."""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from liaison_app.domain.enums import (
    InvitationStatus,
    PartnershipStage,
    PhaseMode,
    ReplyDecision,
    SpeakingRequestStatus,
)
from liaison_app.domain.models import (
    Base,
    Circular,
    Contact,
    Event,
    Invitation,
    MemberState,
    PartnershipInquiry,
    PartnershipPackage,
    Reply,
    SpeakingRequest,
)
from liaison_app.errors import UserError
from liaison_app.services import demo
from liaison_app.services.demo import create_demo_database
from liaison_app.services.demo_people import INVITED_WITHOUT_CONTACTS, PEOPLE
from liaison_app.storage.database import Database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database

ARABIC = re.compile(r"[\u0600-\u06ff]")
CJK = re.compile(r"[\u4e00-\u9fff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ACCENTED_LATIN = re.compile(r"[\u00c0-\u024f]")


def _build(path: Path, *, replace: bool = False) -> None:
    create_demo_database(resolve_database_url(str(path)), replace=replace)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    _build(path)
    return path


@pytest.fixture
def session(demo_path: Path) -> Iterator[OrmSession]:
    database = open_database(resolve_database_url(str(demo_path)), create=False).database
    try:
        with database.reading() as session:
            yield session
    finally:
        database.dispose()


@pytest.fixture
def event(session: OrmSession) -> Event:
    return session.scalars(select(Event).where(Event.reference == "WSIS-2022")).one()


# --- The event as the circular has it -----------------------------------------------------------


def test_event_dates_and_deadlines_are_the_circulars(event: Event) -> None:
    assert event.starts_on == date(2022, 3, 15)
    assert event.ends_on == date(2022, 6, 3)
    assert event.reply_deadline == date(2022, 4, 15)
    assert event.speaking_request_deadline == date(2022, 4, 15)
    phases = {phase.mode: (phase.starts_on, phase.ends_on) for phase in event.phases}
    assert phases == {
        PhaseMode.VIRTUAL: (date(2022, 3, 15), date(2022, 5, 29)),
        PhaseMode.HYBRID: (date(2022, 5, 30), date(2022, 6, 3)),
    }
    assert all(len(phase.names) == 6 for phase in event.phases)


def test_event_titles_theme_venue_and_organizers(event: Event) -> None:
    assert event.titles["en"] == "WSIS Forum 2022"
    assert event.titles["ar"] == "منتدى القمة العالمية لمجتمع المعلومات (WSIS) لعام 2022"
    assert event.titles["zh"] == "2022年信息社会世界峰会论坛"
    assert set(event.titles) == set(event.themes) == {"ar", "zh", "en", "fr", "ru", "es"}
    assert event.themes["en"].startswith("ICTs for Well-Being, Inclusion and Resilience")
    # The Arabic theme is the circular's own wording.
    assert "من أجل الرفاه والشمول والصمود" in event.themes["ar"]
    assert (event.venue, event.city, event.country_code) == ("ITU Headquarters", "Geneva", "CH")
    assert event.co_organizers == ["ITU", "UNESCO", "UNCTAD", "UNDP"]
    assert event.website == "https://www.itu.int/net4/wsis/forum/2022/"


def test_contact_person_and_signatory(event: Event) -> None:
    assert event.contact_person_name == "Gitanjali Sah"
    assert event.contact_email == "wsis-info@itu.int"
    assert event.contact_phone == "+41227305350"
    assert event.signatory_name["en"] == "Houlin Zhao"
    assert event.signatory_name["ar"] == "هولين جاو"
    assert event.signatory_name["zh"] == "赵厚麟"
    assert event.signatory_title["en"] == "Secretary-General"
    assert event.signatory_title["ar"] == "الأمين العام"
    assert event.signature_image is None


def test_high_level_policy_sessions_run_31_may_to_2_june(event: Event) -> None:
    policy = [s for s in event.sessions if s.accepts_speakers]
    assert len(policy) >= 9
    assert {s.date for s in policy} == {date(2022, 5, 31), date(2022, 6, 1), date(2022, 6, 2)}
    assert all(s.minutes_per_speaker == 3 for s in event.sessions)
    assert all(s.titles["en"].startswith("High-Level Policy Session ") for s in policy)
    assert all(len(s.titles) == 6 for s in event.sessions)
    (opening,) = [s for s in event.sessions if not s.accepts_speakers]
    assert opening.date == date(2022, 5, 31)
    assert opening.start_time < min(s.start_time for s in policy if s.date == opening.date)


def test_circular_reference_date_and_subject(session: OrmSession, event: Event) -> None:
    circular = session.scalars(select(Circular)).one()
    assert circular.reference == "CL-22/009"
    assert (circular.year, circular.number) == (2022, 9)
    assert circular.issued_on == date(2022, 3, 21)
    assert circular.reply_deadline == date(2022, 4, 15)
    assert circular.subjects["ar"] == (
        "دعوة إلى منتدى القمة العالمية لمجتمع المعلومات (WSIS) لعام 2022"
    )
    assert circular.subjects["en"] == (
        "Invitation to the World Summit on the Information Society (WSIS) Forum 2022"
    )
    assert circular.addressees["en"] == "Ministers of ITU Member States"
    assert circular.department == "SG"
    assert sorted(circular.languages) == sorted(["ar", "zh", "en", "fr", "ru", "es"])
    assert circular.event_id == event.id


# --- The sample directory -----------------------------------------------------------------------


def test_contacts_of_at_least_thirty_member_states(session: OrmSession) -> None:
    states = session.scalar(select(func.count(func.distinct(Contact.member_state_id))))
    assert states >= 30


def test_names_in_arabic_chinese_cyrillic_and_accented_latin(session: OrmSession) -> None:
    names = session.scalars(select(Contact.full_name)).all()
    for script in (ARABIC, CJK, CYRILLIC, ACCENTED_LATIN):
        assert any(script.search(name) for name in names), script.pattern


def test_contacts_are_complete_and_fictional(session: OrmSession) -> None:
    for contact in session.scalars(select(Contact)):
        assert contact.full_name_latin
        assert not ARABIC.search(contact.full_name_latin)
        assert not CJK.search(contact.full_name_latin)
        assert contact.email
        assert contact.email.endswith(".example"), contact.email
        for phone in (contact.phone, contact.phone_mobile):
            if phone is not None:
                assert phonenumbers.is_valid_number(phonenumbers.parse(phone)), phone
                assert phone == phonenumbers.format_number(
                    phonenumbers.parse(phone), phonenumbers.PhoneNumberFormat.E164
                )
        assert contact.organization is not None
        assert contact.preferred_language
        assert contact.search_text
        assert contact.search_text == contact.search_text.casefold()


def test_contact_phones_carry_their_countrys_code(session: OrmSession) -> None:
    for contact in session.scalars(select(Contact).where(Contact.member_state_id.is_not(None))):
        state = contact.member_state
        assert state is not None
        region = phonenumbers.region_code_for_number(phonenumbers.parse(contact.phone))
        # Ministers use their capital's numbers, diplomats their mission's in Geneva.
        assert region in {state.iso_alpha2, "CH"}, (contact.full_name_latin, contact.phone)


# --- Invitations, replies and speakers ----------------------------------------------------------


def test_every_invitation_status_is_present(session: OrmSession) -> None:
    statuses = set(session.scalars(select(Invitation.status)))
    assert statuses == set(InvitationStatus)


def test_invitations_one_per_member_state_with_keys(session: OrmSession) -> None:
    invitations = session.scalars(select(Invitation)).all()
    assert len(invitations) >= 60
    invited = {invitation.member_state.iso_alpha3 for invitation in invitations}
    with_contacts = {person.iso3 for person in PEOPLE if person.government}
    assert invited == with_contacts | set(INVITED_WITHOUT_CONTACTS)
    assert len({i.member_state_id for i in invitations}) == len(invitations)
    for invitation in invitations:
        assert invitation.series_key == Invitation.make_series_key(
            invitation.circular_id, invitation.event_id
        )
        assert invitation.addressee_key == Invitation.make_addressee_key(
            invitation.member_state_id, invitation.contact_id
        )
        if invitation.status is InvitationStatus.DRAFT:
            assert invitation.sent_on is None
        else:
            assert invitation.sent_on is not None
            assert invitation.sent_on >= date(2022, 3, 21)


def test_replies_match_the_invitations(session: OrmSession) -> None:
    replies = session.scalars(select(Reply)).all()
    decided = {InvitationStatus.ACCEPTED, InvitationStatus.DECLINED, InvitationStatus.TENTATIVE}
    assert {reply.invitation_id for reply in replies} == set(
        session.scalars(select(Invitation.id).where(Invitation.status.in_(decided)))
    )
    for reply in replies:
        assert reply.decision.value == reply.invitation.status.value
        assert date(2022, 3, 25) <= reply.received_on <= date(2022, 4, 20)
        assert reply.sources
        assert reply.sources[0].received_on == reply.received_on
        if reply.decision is ReplyDecision.ACCEPTED:
            assert [member.is_head for member in reply.delegation].count(True) == 1
    assert any(reply.received_on > date(2022, 4, 15) for reply in replies)
    assert len({reply.channel for reply in replies}) >= 4
    assert len({reply.credentials for reply in replies}) == 3


def test_a_reply_made_of_a_letter_and_the_online_form(session: OrmSession) -> None:
    replies = session.scalars(select(Reply)).all()
    assert any(
        {source.channel.value for source in reply.sources} == {"letter", "online_form"}
        for reply in replies
    )


def test_speaking_requests(session: OrmSession) -> None:
    requests = session.scalars(select(SpeakingRequest)).all()
    assert 12 <= len(requests) <= 20
    statuses = {request.status for request in requests}
    assert {
        SpeakingRequestStatus.REQUESTED,
        SpeakingRequestStatus.SCHEDULED,
        SpeakingRequestStatus.CONFIRMED,
        SpeakingRequestStatus.WAITLISTED,
        SpeakingRequestStatus.WITHDRAWN,
    } <= statuses
    assert len({request.level for request in requests}) >= 4
    assert len({request.mode for request in requests}) == 2
    slots: set[tuple[uuid.UUID, int]] = set()
    for request in requests:
        assert request.reply is not None
        assert request.reply.decision is ReplyDecision.ACCEPTED
        assert request.received_at.second == 0
        assert request.preferences
        if request.status in (SpeakingRequestStatus.SCHEDULED, SpeakingRequestStatus.CONFIRMED):
            assert request.session is not None
            assert request.session.accepts_speakers
            assert request.slot_position is not None
            slots.add((request.session_id, request.slot_position))
        else:
            assert request.session_id is None
        if request.status is SpeakingRequestStatus.WAITLISTED:
            assert request.waitlist_position is not None
    scheduled = [r for r in requests if r.session_id is not None]
    assert len(slots) == len(scheduled)  # no two speakers share a slot


def test_partnership_packages_and_inquiries(session: OrmSession) -> None:
    packages = session.scalars(select(PartnershipPackage).order_by(PartnershipPackage.tier)).all()
    assert [p.names["en"] for p in packages] == [
        "Strategic Partner Platinum",
        "Strategic Partner Gold",
        "Partner",
        "Contributing Partner",
        "Partner for Specific Activities",
    ]
    amounts = [p.amount for p in packages]
    assert amounts == sorted(amounts, reverse=True)
    assert all(p.currency == "CHF" and {"en", "fr"} <= set(p.benefits) for p in packages)
    assert all(p.quantity_available for p in packages[:2])
    inquiries = session.scalars(select(PartnershipInquiry)).all()
    assert 6 <= len(inquiries) <= 10
    assert {i.stage for i in inquiries} == set(PartnershipStage)
    assert {i.currency for i in inquiries} >= {"CHF", "USD", "EUR"}
    assert any(i.next_follow_up_on for i in inquiries)


def test_database_is_sound(demo_path: Path) -> None:
    connection = sqlite3.connect(demo_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
    assert sorted(p.name for p in demo_path.parent.iterdir()) == [demo_path.name]


# --- Building the file safely -------------------------------------------------------------------


def test_refuses_an_existing_file_and_leaves_it_unchanged(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "existing.sqlite3"
    target.write_bytes(demo_path.read_bytes())
    before = target.read_bytes()
    with pytest.raises(UserError) as caught:
        _build(target)
    assert str(target) in str(caught.value)
    assert "--replace" in str(caught.value)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_replace_overwrites_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "existing.sqlite3"
    target.write_bytes(b"not a database at all")
    Path(f"{target}-wal").write_bytes(b"stale write-ahead log")
    _build(target, replace=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    assert _events(target) == ["WSIS-2022"]


def test_an_empty_file_is_filled_without_replace(tmp_path: Path) -> None:
    target = tmp_path / "empty.sqlite3"
    target.touch()
    _build(target)
    assert _events(target) == ["WSIS-2022"]


def test_a_failure_leaves_the_old_file_and_no_half_built_one(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "existing.sqlite3"
    target.write_bytes(demo_path.read_bytes())
    before = target.read_bytes()

    def fail(self: Any) -> None:
        raise RuntimeError("simulated failure half-way")

    monkeypatch.setattr(demo._DemoBuilder, "add_speaking_requests", fail)
    with pytest.raises(RuntimeError):
        _build(target, replace=True)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_server_databases_are_filled_in_place_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file stands in for a server: the server path is taken when there is no SQLite file.
    monkeypatch.setattr(demo, "sqlite_path", lambda url: None)
    target = tmp_path / "server.sqlite3"
    _build(target)
    assert _events(target) == ["WSIS-2022"]
    with pytest.raises(UserError, match="already holds events"):
        _build(target, replace=True)
    assert _events(target) == ["WSIS-2022"]


def test_two_builds_hold_the_same_content(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "again.sqlite3"
    _build(other)
    assert _content(other) == _content(demo_path)


def test_demo_goes_into_a_prepared_database_too(database: Database) -> None:
    demo.fill_demo_database(database)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(MemberState)) == 193
        assert session.scalar(select(func.count()).select_from(Invitation)) >= 60


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from liaison_app.cli import EXIT_OK, EXIT_USER_ERROR, run

    target = tmp_path / "cli.sqlite3"
    assert run(["--database", str(target), "demo"]) == EXIT_OK
    before = target.read_bytes()
    assert run(["--database", str(target), "demo"]) == EXIT_USER_ERROR
    assert "--replace" in capsys.readouterr().err
    assert target.read_bytes() == before
    assert run(["--database", str(target), "demo", "--replace"]) == EXIT_OK
    assert run(["--database", str(target), "db", "check"]) == EXIT_OK


# --- Helpers ------------------------------------------------------------------------------------


def _events(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT reference FROM events")]
    finally:
        connection.close()


def _content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every demo table, with the Member States' random keys replaced by their ISO codes."""
    database = open_database(resolve_database_url(str(path)), create=False).database
    try:
        with database.reading() as session:
            states = dict(session.execute(select(MemberState.id, MemberState.iso_alpha3)).all())

            def stable(value: Any) -> Any:
                if isinstance(value, uuid.UUID):
                    return states.get(value, value)
                if isinstance(value, str):
                    for state_id, iso3 in states.items():
                        value = value.replace(str(state_id), iso3)
                return value

            content = {}
            for table in Base.metadata.sorted_tables:
                if table.name == MemberState.__tablename__:
                    continue
                rows = session.execute(select(table)).all()
                content[table.name] = sorted(
                    (tuple(stable(value) for value in row) for row in rows), key=repr
                )
            return content
    finally:
        database.dispose()
