"""Test data for letters: a small WSIS Forum 2022 with invitations, replies, speakers, partners."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import select

from liaison_app.domain.enums import (
    AttendanceMode,
    FormOfAddress,
    Gender,
    IncomingChannel,
    InquirySource,
    InvitationStatus,
    LevelOfRepresentation,
    OrganizationType,
    PartnershipStage,
    PhaseMode,
    ReplyDecision,
    SpeakingRequestStatus,
)
from liaison_app.domain.models import (
    Circular,
    Contact,
    Event,
    EventPhase,
    Invitation,
    MemberState,
    Organization,
    PartnershipInquiry,
    PartnershipPackage,
    Reply,
    Session,
    SpeakingRequest,
)
from liaison_app.storage.database import Database


@dataclass
class Forum:
    event_id: uuid.UUID
    circular_id: uuid.UUID
    invitations: dict[str, uuid.UUID] = field(default_factory=dict)  # by ISO3
    contacts: dict[str, uuid.UUID] = field(default_factory=dict)  # by ISO3
    requests: dict[str, uuid.UUID] = field(default_factory=dict)  # by ISO3
    inquiries: dict[str, uuid.UUID] = field(default_factory=dict)  # by organization


#: ISO3 → (full name, Latin name, family name, gender, form, level, position, language)
MINISTERS = {
    "EGY": ("كريم عادل منصور", "Karim Adel Mansour", "منصور", Gender.MALE, FormOfAddress.DR,
            LevelOfRepresentation.MINISTER, "وزير الاتصالات وتكنولوجيا المعلومات", "ar"),
    "RUS": ("Иван Петрович Сидоров", "Ivan Sidorov", "Сидоров", Gender.MALE, FormOfAddress.MR,
            LevelOfRepresentation.MINISTER, "Министр цифрового развития", "ru"),
    "FRA": ("Claire Martin", "Claire Martin", "Martin", Gender.FEMALE, FormOfAddress.MS,
            LevelOfRepresentation.MINISTER, "Ministre déléguée chargée du Numérique", "fr"),
    "KEN": ("Al<Sayed & Sons <b>Wanjiru</b>", "", "Wanjiru", Gender.FEMALE, FormOfAddress.MS,
            LevelOfRepresentation.AMBASSADOR, "Ambassador, Permanent Representative", None),
}  # fmt: skip


def make_forum(database: Database, states=("EGY", "CHN", "RUS", "FRA", "KEN", "ARG")) -> Forum:
    """Event, phases, sessions, circular CL-22/009 and an invitation per State in `states`.

    EGY, RUS, FRA and KEN have their minister (or ambassador) on file; CHN and ARG get the
    letter addressed to the minister by title. KEN replied and accepted; FRA declined.
    """
    with database.writing() as session:
        by_iso = {
            s.iso_alpha3: s
            for s in session.scalars(select(MemberState).where(MemberState.iso_alpha3.in_(states)))
        }
        event = Event(
            reference="WSIS-2022",
            titles={
                "en": "WSIS Forum 2022",
                "ar": "منتدى القمة العالمية لمجتمع المعلومات (WSIS) لعام 2022",
                "fr": "Forum du SMSI 2022",
                "es": "Foro de la CMSI 2022",
                "ru": "Форум ВВУИО 2022 года",
                "zh": "2022年信息社会世界峰会论坛",
            },
            starts_on=date(2022, 3, 15),
            ends_on=date(2022, 6, 3),
            city="Geneva",
            website="https://www.itu.int/net4/wsis/forum/2022/",
            reply_deadline=date(2022, 4, 15),
            co_organizers=["ITU", "UNESCO", "UNCTAD", "UNDP"],
            contact_person_name="Gitanjali Sah",
            contact_person_title="ms",
            contact_email="wsis-info@itu.int",
            contact_phone="+41227305350",
            signatory_name={"en": "Houlin Zhao", "ar": "هولين جاو", "zh": "赵厚麟",
                            "ru": "Хоулинь Чжао"},
            signatory_title={"en": "Secretary-General", "ar": "الأمين العام"},
        )  # fmt: skip
        session.add(event)
        session.flush()
        session.add(
            EventPhase(
                event_id=event.id,
                names={"en": "Final week"},
                mode=PhaseMode.HYBRID,
                starts_on=date(2022, 5, 30),
                ends_on=date(2022, 6, 3),
            )
        )
        hlps = Session(
            event_id=event.id,
            titles={
                "en": "High-Level Policy Session 1",
                "ar": "جلسة السياسة العامة رفيعة المستوى 1",
            },
            date=date(2022, 5, 31),
            start_time=time(9, 0),
            end_time=time(10, 30),
            room="Popov Room",
        )
        session.add(hlps)
        circular = Circular(
            reference="CL-22/009",
            year=2022,
            number=9,
            issued_on=date(2022, 3, 21),
            subjects={"en": "Invitation to the WSIS Forum 2022"},
            reply_deadline=date(2022, 4, 15),
            event_id=event.id,
        )
        session.add(circular)
        session.flush()
        forum = Forum(event.id, circular.id)
        ministry = {}
        for iso3, person in MINISTERS.items():
            if iso3 not in by_iso:
                continue
            state = by_iso[iso3]
            name, latin, family, gender, form, level, position, language = person
            organization = Organization(
                name=f"Ministry of {state.short_name_en}",
                type=OrganizationType.MINISTRY
                if level is LevelOfRepresentation.MINISTER
                else OrganizationType.PERMANENT_MISSION,
                member_state_id=state.id,
            )
            session.add(organization)
            session.flush()
            ministry[iso3] = organization
            contact = Contact(
                full_name=name,
                full_name_latin=latin or None,
                family_name=family,
                gender=gender,
                form_of_address=form,
                level=level,
                position=position,
                organization_id=organization.id,
                member_state_id=state.id,
                preferred_language=language,
            )
            session.add(contact)
            session.flush()
            forum.contacts[iso3] = contact.id
        for iso3 in states:
            state = by_iso[iso3]
            # KEN's letter goes to its ambassador by name; the others to the State.
            contact_id = forum.contacts.get("KEN") if iso3 == "KEN" else None
            invitation = Invitation(
                event_id=event.id,
                circular_id=circular.id,
                member_state_id=state.id,
                contact_id=contact_id,
                series_key=Invitation.make_series_key(circular.id, event.id),
                addressee_key=Invitation.make_addressee_key(state.id, contact_id),
                status=InvitationStatus.SENT,
            )
            session.add(invitation)
            session.flush()
            forum.invitations[iso3] = invitation.id
            if iso3 in ("KEN", "FRA"):
                decision = ReplyDecision.ACCEPTED if iso3 == "KEN" else ReplyDecision.DECLINED
                invitation.status = InvitationStatus(decision.value)
                session.add(
                    Reply(
                        invitation_id=invitation.id,
                        received_on=date(2022, 4, 10),
                        channel=IncomingChannel.LETTER,
                        decision=decision,
                    )
                )
        for iso3, status, position in (
            ("EGY", SpeakingRequestStatus.SCHEDULED, None),
            ("RUS", SpeakingRequestStatus.WAITLISTED, 0),
        ):
            if iso3 not in by_iso:
                continue
            request = SpeakingRequest(
                event_id=event.id,
                member_state_id=by_iso[iso3].id,
                speaker_contact_id=forum.contacts[iso3],
                speaker_name=MINISTERS[iso3][1],
                level=LevelOfRepresentation.MINISTER,
                mode=AttendanceMode.REMOTE if iso3 == "RUS" else AttendanceMode.IN_PERSON,
                received_at=datetime(2022, 4, 1, 9, 0, tzinfo=UTC),
                status=status,
                session_id=hlps.id if status is SpeakingRequestStatus.SCHEDULED else None,
                waitlist_position=position,
            )
            session.add(request)
            session.flush()
            forum.requests[iso3] = request.id
        package = PartnershipPackage(
            event_id=event.id,
            code="GOLD",
            names={"en": "Gold", "fr": "Or"},
            amount=Decimal("100000"),
            currency="CHF",
        )
        session.add(package)
        company = Organization(name="Geneva Telecom SA", type=OrganizationType.COMPANY)
        session.add(company)
        session.flush()
        for name, stage in (
            ("Geneva Telecom SA", PartnershipStage.INQUIRY),
            ("Withdrawn Corp", PartnershipStage.WITHDRAWN),
        ):
            inquiry = PartnershipInquiry(
                event_id=event.id,
                organization_id=company.id if name == "Geneva Telecom SA" else None,
                organization_name=None if name == "Geneva Telecom SA" else name,
                package_id=package.id,
                source=InquirySource.EMAIL,
                received_on=date(2022, 4, 2),
                stage=stage,
            )
            session.add(inquiry)
            session.flush()
            forum.inquiries[name] = inquiry.id
    return forum
