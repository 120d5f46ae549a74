"""Shared vocabularies: one enum each, values in English in code, translated in the UI."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """The six UN languages of the interface, letters and exports."""

    AR = "ar"
    ZH = "zh"
    EN = "en"
    FR = "fr"
    RU = "ru"
    ES = "es"

    @property
    def is_right_to_left(self) -> bool:
        return self is Language.AR


#: The six languages in the UN's usual order (alphabetical by English name).
UN_LANGUAGES: tuple[Language, ...] = (
    Language.AR,
    Language.ZH,
    Language.EN,
    Language.FR,
    Language.RU,
    Language.ES,
)


class LevelOfRepresentation(StrEnum):
    """Level of representation, declared in protocol order (highest first)."""

    HEAD_OF_STATE = "head_of_state"
    VICE_PRESIDENT_OR_CROWN_PRINCE = "vice_president_or_crown_prince"
    HEAD_OF_GOVERNMENT = "head_of_government"
    DEPUTY_PRIME_MINISTER = "deputy_prime_minister"
    MINISTER = "minister"
    VICE_MINISTER = "vice_minister"
    AMBASSADOR = "ambassador"
    SENIOR_OFFICIAL = "senior_official"
    OTHER = "other"

    @property
    def protocol_rank(self) -> int:
        """0 for the highest rank; smaller sorts first."""
        return _LEVEL_ORDER.index(self)


_LEVEL_ORDER: list[LevelOfRepresentation] = list(LevelOfRepresentation)


class Gender(StrEnum):
    """Grammatical gender used for salutations and agreement."""

    MALE = "male"
    FEMALE = "female"
    UNSPECIFIED = "unspecified"


class FormOfAddress(StrEnum):
    MR = "mr"
    MS = "ms"
    MRS = "mrs"
    DR = "dr"
    PROF = "prof"
    NONE = "none"


class OrganizationType(StrEnum):
    MINISTRY = "ministry"
    PERMANENT_MISSION = "permanent_mission"
    REGULATOR = "regulator"
    COMPANY = "company"
    ACADEMIA = "academia"
    CIVIL_SOCIETY = "civil_society"
    INTERNATIONAL_ORGANIZATION = "international_organization"
    OTHER = "other"


class InvitationStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"
    NO_REPLY = "no_reply"


class OutgoingChannel(StrEnum):
    EMAIL = "email"
    POST = "post"
    DIPLOMATIC_POUCH = "diplomatic_pouch"
    HAND_DELIVERY = "hand_delivery"


class IncomingChannel(StrEnum):
    LETTER = "letter"
    NOTE_VERBALE = "note_verbale"
    EMAIL = "email"
    ONLINE_FORM = "online_form"
    PHONE = "phone"
    MEETING = "meeting"


class ReplyDecision(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"


class Credentials(StrEnum):
    NONE = "none"
    COPY = "copy"
    ORIGINAL = "original"


class AttendanceMode(StrEnum):
    IN_PERSON = "in_person"
    REMOTE = "remote"


class SpeakingRequestStatus(StrEnum):
    REQUESTED = "requested"
    SCHEDULED = "scheduled"
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    WITHDRAWN = "withdrawn"
    DECLINED = "declined"


class SessionMode(StrEnum):
    """Who may speak in a session."""

    HYBRID = "hybrid"
    IN_PERSON_ONLY = "in_person_only"
    REMOTE_ONLY = "remote_only"


class PhaseMode(StrEnum):
    VIRTUAL = "virtual"
    IN_PERSON = "in_person"
    HYBRID = "hybrid"


class PartnershipStage(StrEnum):
    INQUIRY = "inquiry"
    INFORMATION_SENT = "information_sent"
    NEGOTIATION = "negotiation"
    COMMITTED = "committed"
    AGREEMENT_SIGNED = "agreement_signed"
    PAID = "paid"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class InquirySource(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    MEETING = "meeting"
    WEB_FORM = "web_form"


class AddresseeScope(StrEnum):
    """Whom a circular is addressed to."""

    ALL_MEMBER_STATES = "all_member_states"
    SELECTED_MEMBER_STATES = "selected_member_states"
    CONTACTS = "contacts"


class LetterKind(StrEnum):
    INVITATION = "invitation"
    REMINDER = "reminder"
    SPEAKING_CONFIRMATION = "speaking_confirmation"
    WAITLIST_NOTICE = "waitlist_notice"
    PARTNERSHIP_ACKNOWLEDGEMENT = "partnership_acknowledgement"
    THANK_YOU = "thank_you"
    FREE = "free"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class ImportKind(StrEnum):
    CONTACTS = "contacts"
    SPEAKING_REQUESTS = "speaking_requests"


class Region(StrEnum):
    """UN M49 regions (the source of the reference data)."""

    AFRICA = "africa"
    AMERICAS = "americas"
    ASIA = "asia"
    EUROPE = "europe"
    OCEANIA = "oceania"
