"""Letters use cases: stored templates, the letters of a kind for an event, packs, the register.

    seed_default_templates(database)                 # the 7 × 6 defaults, when missing
    recipients(database, "invitation", "WSIS-2022")  # who would get a letter, for the window
    generate_pack(database, PackRequest(kind="invitation", out=Path("pack.pdf")))
    preview_letter(database, "invitation", "ar", recipient_key, template)

Who gets a letter of each kind: invitation, free → every invitation of the event; reminder → the
invitations sent and still without a reply; thank_you → invitations accepted; speaking
confirmation → speaking requests scheduled or confirmed; waitlist notice → requests on the waiting
list; partnership acknowledgement → inquiries still open.

Every generated letter is registered (`letters`, `letter_packs`) with the SHA-256 of the file that
holds it. A letter keeps its number within its series ("CL-22/009/014"); generating it again for
the same recipient makes a new version with a new reference ("CL-22/009/014-v2"), never an
overwrite. Nothing is written (files or rows) unless every letter could be composed: a template
that is invalid for one recipient or a character that no font can draw stops the pack with one
UserError that names the recipients concerned.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from liaison_app.domain.enums import (
    InvitationStatus,
    LetterKind,
    LevelOfRepresentation,
    OrganizationType,
    PartnershipStage,
    ReplyDecision,
    SpeakingRequestStatus,
)
from liaison_app.domain.models import (
    Circular,
    Contact,
    Event,
    Invitation,
    Letter,
    LetterPack,
    LetterTemplate,
    MemberState,
    PartnershipInquiry,
    Setting,
    SpeakingRequest,
)
from liaison_app.errors import UserError
from liaison_app.letters.compose import (
    Addressee,
    CircularInfo,
    EventInfo,
    LetterRequest,
    PackageInfo,
    PhaseInfo,
    SessionInfo,
    SpeakerInfo,
    StateInfo,
    compose,
    courtesy_banner,
    missing_glyphs,
    recipient_name,
)
from liaison_app.letters.default_templates import DEFAULT_TEMPLATES
from liaison_app.letters.fonts import describe_characters
from liaison_app.letters.language_choice import (
    AUTO,
    LETTER_LANGUAGES,
    check_language_mode,
    choose_language,
)
from liaison_app.letters.packs import (
    PackEntry,
    StagedFiles,
    build_pack,
    check_cover_glyphs,
    check_writable,
    safe_file_part,
    single_file_name,
)
from liaison_app.letters.rendering import LaidOutLetter, layout_letter, render_letter
from liaison_app.letters.templates import TemplateText, check_template
from liaison_app.letters.wording import DEFAULT_LETTERHEAD, Letterhead, label
from liaison_app.services.audit import apply_changes, record_create
from liaison_app.storage.database import Database

DEFAULT_TEMPLATE_NAME = "default"
LETTERHEAD_SETTING = "letters.letterhead"

#: Series code per kind: "<event>/<code>" numbers the letters of a kind (invitations of a
#: circular use the circular's own reference).
SERIES_CODES = {
    LetterKind.INVITATION: "INV",
    LetterKind.REMINDER: "REM",
    LetterKind.SPEAKING_CONFIRMATION: "SPK",
    LetterKind.WAITLIST_NOTICE: "WL",
    LetterKind.PARTNERSHIP_ACKNOWLEDGEMENT: "PA",
    LetterKind.THANK_YOU: "TY",
    LetterKind.FREE: "L",
}
ORDERS = ("protocol", "name")


def parse_kind(kind: str | LetterKind) -> LetterKind:
    try:
        return LetterKind(str(kind).strip().lower().replace("-", "_"))
    except ValueError:
        raise UserError(
            "{kind} is not a kind of letter. Kinds: {kinds}.",
            kind=kind,
            kinds=", ".join(k.value for k in LetterKind),
        ) from None


# --- Templates ----------------------------------------------------------------------------------


def seed_default_templates(database: Database) -> int:
    """Add the default template of every kind and language that has none; return how many."""
    with database.writing() as session:
        present = set(
            session.execute(
                select(LetterTemplate.kind, LetterTemplate.language).where(
                    LetterTemplate.name == DEFAULT_TEMPLATE_NAME
                )
            ).all()
        )
        added = 0
        for (kind, language), template in DEFAULT_TEMPLATES.items():
            if (LetterKind(kind), language) in present:
                continue
            row = LetterTemplate(
                kind=LetterKind(kind),
                language=language,
                name=DEFAULT_TEMPLATE_NAME,
                subject=template.subject,
                body=template.body,
                is_default=True,
                version=1,
            )
            session.add(row)
            record_create(session, row, reason="default letter template")
            added += 1
        return added


def _template_row(session: Session, kind: LetterKind, language: str) -> LetterTemplate | None:
    return session.scalar(
        select(LetterTemplate).where(
            LetterTemplate.kind == kind,
            LetterTemplate.language == language,
            LetterTemplate.name == DEFAULT_TEMPLATE_NAME,
        )
    )


def load_template(database: Database, kind: str, language: str) -> TemplateText:
    """The template in use for a kind and language (the shipped default when none is stored)."""
    kind = parse_kind(kind)
    with database.reading() as session:
        row = _template_row(session, kind, language)
        if row is not None:
            return TemplateText(subject=row.subject, body=row.body)
    return DEFAULT_TEMPLATES[kind.value, language]


def default_template(kind: str, language: str) -> TemplateText:
    return DEFAULT_TEMPLATES[parse_kind(kind).value, language]


def save_template(database: Database, kind: str, language: str, template: TemplateText) -> int:
    """Store an edited template (after checking it compiles); return its new version."""
    kind = parse_kind(kind)
    check_template(template)
    with database.writing() as session:
        row = _template_row(session, kind, language)
        if row is None:
            row = LetterTemplate(
                kind=kind,
                language=language,
                name=DEFAULT_TEMPLATE_NAME,
                subject=template.subject,
                body=template.body,
                is_default=True,
                version=1,
            )
            session.add(row)
            record_create(session, row, reason="letter template edited")
            return 1
        made = apply_changes(session, row, {"subject": template.subject, "body": template.body})
        if made:
            apply_changes(session, row, {"version": row.version + 1})
        return row.version


# --- Letterhead ---------------------------------------------------------------------------------


def load_letterhead(session: Session) -> Letterhead:
    """The letterhead stored with the database (setting `letters.letterhead`), else the default.

    The setting is a JSON object with optional "organization", "department", "city" and
    "address" objects ({language: text}) and "logo_png_base64".
    """
    setting = session.get(Setting, LETTERHEAD_SETTING)
    if setting is None or not isinstance(setting.value, dict):
        return DEFAULT_LETTERHEAD
    value = setting.value
    logo = None
    if value.get("logo_png_base64"):
        import base64

        logo = base64.b64decode(value["logo_png_base64"])

    def part(name: str) -> dict[str, str]:
        given = value.get(name)
        return dict(given) if isinstance(given, dict) else dict(getattr(DEFAULT_LETTERHEAD, name))

    return Letterhead(
        organization=part("organization"),
        department=part("department"),
        city=part("city"),
        address=part("address"),
        logo=logo,
    )


# --- Reading the database into letter requests ---------------------------------------------------


def resolve_event(session: Session, reference: str | None) -> Event:
    """The event named by `reference`, else the most recent one; UserError when there is none."""
    events = list(session.scalars(select(Event).order_by(Event.starts_on.desc(), Event.reference)))
    if reference:
        wanted = reference.strip().casefold()
        for event in events:
            if event.reference.casefold() == wanted:
                return event
        raise UserError(
            "There is no event {reference}. Known events: {known}.",
            reference=reference,
            known=", ".join(sorted(e.reference for e in events)) or "none",
        )
    if not events:
        raise UserError("There is no event in this database yet.")
    return events[0]


def _state_info(state: MemberState | None) -> StateInfo | None:
    if state is None:
        return None
    return StateInfo(
        iso3=state.iso_alpha3,
        short_names={lang: state.short_name(lang) for lang in LETTER_LANGUAGES},
        formal_names={lang: state.formal_name(lang) for lang in LETTER_LANGUAGES},
        correspondence_language=state.correspondence_language,
    )


def _country_index(session: Session) -> dict[str, StateInfo]:
    """Every Member State by each of its names (casefolded), to recognise a postal country line."""
    index: dict[str, StateInfo] = {}
    for state in session.scalars(select(MemberState)):
        info = _state_info(state)
        for name in (*info.short_names.values(), *info.formal_names.values()):
            index.setdefault(name.casefold(), info)
    return index


def _postal_country(address: str, countries: dict[str, StateInfo] | None) -> StateInfo | None:
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if not lines or not countries:
        return None
    return countries.get(lines[-1].casefold())


def _contact_addressee(
    key: str,
    contact: Contact,
    state: MemberState | None,
    countries: dict[str, StateInfo] | None = None,
) -> Addressee:
    organization = contact.organization
    postal = contact.postal_address or ((organization.postal_address or "") if organization else "")
    return Addressee(
        key=key,
        full_name=contact.full_name or "",
        full_name_latin=contact.full_name_latin or "",
        family_name=contact.family_name or "",
        position=contact.position or "",
        organization=organization.name if organization else "",
        organization_latin=(organization.name_latin or "") if organization else "",
        postal_address=postal,
        postal_country=_postal_country(postal, countries),
        gender=contact.gender.value if contact.gender else "unspecified",
        form_of_address=contact.form_of_address.value if contact.form_of_address else None,
        level=contact.level.value if contact.level else None,
        preferred_language=contact.preferred_language,
        salutation_override=contact.salutation_override,
        member_state=_state_info(state or contact.member_state),
    )


def _ministers_by_state(session: Session) -> dict[uuid.UUID, list[Contact]]:
    """Contacts at minister level in a ministry, per Member State."""
    found: dict[uuid.UUID, list[Contact]] = defaultdict(list)
    for contact in session.scalars(
        select(Contact)
        .options(selectinload(Contact.organization))
        .where(
            Contact.level == LevelOfRepresentation.MINISTER, Contact.member_state_id.is_not(None)
        )
    ):
        if contact.organization is None or contact.organization.type is OrganizationType.MINISTRY:
            found[contact.member_state_id].append(contact)
    return found


def _invitation_addressee(
    invitation: Invitation,
    ministers: dict[uuid.UUID, list[Contact]],
    countries: dict[str, StateInfo],
) -> tuple[Addressee, uuid.UUID | None]:
    """The addressee of an invitation and the contact written to (None: the minister by title)."""
    key = f"invitation:{invitation.id}"
    if invitation.contact is not None:
        contact = invitation.contact
        return _contact_addressee(key, contact, invitation.member_state, countries), contact.id
    state = invitation.member_state
    # A circular goes to "Ministers": when exactly one minister of the State is on file, the
    # letter is addressed to that minister by name; otherwise to the minister by title.
    candidates = ministers.get(state.id, []) if state else []
    if len(candidates) == 1:
        return _contact_addressee(key, candidates[0], state, countries), candidates[0].id
    addressee = Addressee(
        key=key,
        level=LevelOfRepresentation.MINISTER.value,
        member_state=_state_info(state),
        generic_minister=True,
    )
    return addressee, None


def _event_info(event: Event) -> EventInfo:
    speaking_days = [s.date for s in event.sessions if s.accepts_speakers]
    return EventInfo(
        reference=event.reference,
        titles=dict(event.titles or {}),
        themes=dict(event.themes or {}),
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        venue=event.venue or "",
        city=event.city or "",
        website=event.website or "",
        reply_deadline=event.reply_deadline,
        co_organizers=tuple(event.co_organizers or ()),
        phases=tuple(
            PhaseInfo(dict(p.names or {}), p.mode.value, p.starts_on, p.ends_on)
            for p in event.phases
        ),
        sessions_start=min(speaking_days) if speaking_days else None,
        sessions_end=max(speaking_days) if speaking_days else None,
        contact_name=event.contact_person_name or "",
        contact_form=(event.contact_person_title or "").strip().lower().rstrip(".") or None,
        contact_email=event.contact_email or "",
        contact_phone=event.contact_phone or "",
        signatory_names=dict(event.signatory_name or {}),
        signatory_titles=dict(event.signatory_title or {}),
        signature_image=event.signature_image,
    )


def _circular_info(circular: Circular | None) -> CircularInfo | None:
    if circular is None:
        return None
    return CircularInfo(
        reference=circular.reference,
        issued_on=circular.issued_on,
        subjects=dict(circular.subjects or {}),
        reply_deadline=circular.reply_deadline,
    )


@dataclass
class Source:
    """What one letter is about, before its language and reference are settled."""

    key: str
    kind: LetterKind
    addressee: Addressee
    circular: Circular | None = None
    invitation_id: uuid.UUID | None = None
    speaking_request_id: uuid.UUID | None = None
    partnership_inquiry_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    member_state_id: uuid.UUID | None = None
    session: SessionInfo | None = None
    speaker: SpeakerInfo | None = None
    waitlist_position: int | None = None
    package: PackageInfo | None = None
    organization_name: str = ""


_OPEN_INVITATION = (InvitationStatus.SENT, InvitationStatus.ACKNOWLEDGED, InvitationStatus.NO_REPLY)
_CLOSED_INQUIRY = (PartnershipStage.DECLINED, PartnershipStage.WITHDRAWN)


def _invitation_sources(session: Session, event: Event, kind: LetterKind) -> list[Source]:
    invitations = session.scalars(
        select(Invitation)
        .where(Invitation.event_id == event.id)
        .options(
            selectinload(Invitation.member_state),
            selectinload(Invitation.contact).selectinload(Contact.organization),
            selectinload(Invitation.contact).selectinload(Contact.member_state),
            selectinload(Invitation.circular),
            selectinload(Invitation.reply),
        )
    ).all()
    ministers = _ministers_by_state(session)
    countries = _country_index(session)
    sources = []
    for invitation in invitations:
        if kind is LetterKind.REMINDER and (
            invitation.reply is not None or invitation.status not in _OPEN_INVITATION
        ):
            continue
        if kind is LetterKind.THANK_YOU and (
            invitation.reply is None or invitation.reply.decision is not ReplyDecision.ACCEPTED
        ):
            continue
        addressee, contact_id = _invitation_addressee(invitation, ministers, countries)
        sources.append(
            Source(
                key=addressee.key,
                kind=kind,
                addressee=addressee,
                circular=invitation.circular,
                invitation_id=invitation.id,
                contact_id=contact_id,
                member_state_id=invitation.member_state_id,
            )
        )
    return sources


def _speaking_sources(session: Session, event: Event, kind: LetterKind) -> list[Source]:
    wanted = (
        (SpeakingRequestStatus.SCHEDULED, SpeakingRequestStatus.CONFIRMED)
        if kind is LetterKind.SPEAKING_CONFIRMATION
        else (SpeakingRequestStatus.WAITLISTED,)
    )
    requests = session.scalars(
        select(SpeakingRequest)
        .where(SpeakingRequest.event_id == event.id, SpeakingRequest.status.in_(wanted))
        .options(
            selectinload(SpeakingRequest.member_state),
            selectinload(SpeakingRequest.organization),
            selectinload(SpeakingRequest.session),
            selectinload(SpeakingRequest.speaker).selectinload(Contact.organization),
        )
    ).all()
    countries = _country_index(session)
    sources = []
    for request in requests:
        key = f"speaking_request:{request.id}"
        if request.speaker is not None:
            addressee = _contact_addressee(key, request.speaker, request.member_state, countries)
        else:
            organization = request.organization
            addressee = Addressee(
                key=key,
                full_name=request.speaker_name,
                full_name_latin=request.speaker_name,
                position=request.speaker_title or "",
                organization=organization.name if organization else "",
                organization_latin=(organization.name_latin or "") if organization else "",
                level=request.level.value,
                member_state=_state_info(request.member_state),
            )
        if kind is LetterKind.SPEAKING_CONFIRMATION and request.session is None:
            continue  # scheduled without a session: nothing to confirm yet
        slot = request.session
        sources.append(
            Source(
                key=key,
                kind=kind,
                addressee=addressee,
                speaking_request_id=request.id,
                contact_id=request.speaker_contact_id,
                member_state_id=request.member_state_id,
                session=SessionInfo(
                    titles=dict(slot.titles or {}),
                    day=slot.date,
                    start=slot.start_time,
                    end=slot.end_time,
                    room=slot.room or "",
                    minutes=slot.minutes_per_speaker,
                )
                if slot
                else None,
                speaker=SpeakerInfo(
                    name=request.speaker_name,
                    title=request.speaker_title or "",
                    mode=request.mode.value,
                    gender=addressee.gender,
                ),
                waitlist_position=(
                    request.waitlist_position + 1 if request.waitlist_position is not None else None
                ),
            )
        )
    return sources


def _partnership_sources(session: Session, event: Event, kind: LetterKind) -> list[Source]:
    inquiries = session.scalars(
        select(PartnershipInquiry)
        .where(
            PartnershipInquiry.event_id == event.id,
            PartnershipInquiry.stage.not_in(_CLOSED_INQUIRY),
        )
        .options(
            selectinload(PartnershipInquiry.organization),
            selectinload(PartnershipInquiry.contact).selectinload(Contact.organization),
            selectinload(PartnershipInquiry.package),
        )
    ).all()
    countries = _country_index(session)
    sources = []
    for inquiry in inquiries:
        key = f"partnership_inquiry:{inquiry.id}"
        organization = inquiry.organization
        org_name = (organization.name if organization else None) or inquiry.organization_name or ""
        state = organization.member_state if organization else None
        if inquiry.contact is not None:
            addressee = _contact_addressee(key, inquiry.contact, state, countries)
        else:
            postal = (organization.postal_address or "") if organization else ""
            addressee = Addressee(
                key=key,
                organization=org_name,
                organization_latin=(organization.name_latin or "") if organization else "",
                postal_address=postal,
                postal_country=_postal_country(postal, countries),
                level=LevelOfRepresentation.OTHER.value,
                member_state=_state_info(state),
            )
        package = inquiry.package
        sources.append(
            Source(
                key=key,
                kind=kind,
                addressee=addressee,
                partnership_inquiry_id=inquiry.id,
                contact_id=inquiry.contact_id,
                member_state_id=state.id if state else None,
                package=PackageInfo(
                    names=dict(package.names or {}),
                    amount=inquiry.amount if inquiry.amount is not None else package.amount,
                    currency=inquiry.currency or package.currency,
                )
                if package
                else None,
                organization_name=org_name,
            )
        )
    return sources


def _sources(session: Session, event: Event, kind: LetterKind) -> list[Source]:
    if kind in (LetterKind.SPEAKING_CONFIRMATION, LetterKind.WAITLIST_NOTICE):
        return _speaking_sources(session, event, kind)
    if kind is LetterKind.PARTNERSHIP_ACKNOWLEDGEMENT:
        return _partnership_sources(session, event, kind)
    return _invitation_sources(session, event, kind)


def _load_event(session: Session, reference: str | None) -> Event:
    event = resolve_event(session, reference)
    # Phases and sessions are read with the event, for the merge fields.
    _ = (event.phases, event.sessions)
    return event


# --- Recipients, for the window -----------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """One possible letter, as the window lists it."""

    key: str
    name: str
    member_state: str
    iso3: str
    language: str
    level: str | None


def recipients(
    database: Database,
    kind: str,
    event_reference: str | None = None,
    *,
    language: str = AUTO,
    display_language: str = "en",
) -> list[Recipient]:
    """Who would get a letter of `kind`, in protocol order, with the language of each letter."""
    kind = parse_kind(kind)
    mode = check_language_mode(language)
    with database.reading() as session:
        event = _load_event(session, event_reference)
        sources = _sources(session, event, kind)
    found = []
    for source in _sorted(sources, "protocol", display_language):
        addressee = source.addressee
        letter_language = _letter_language(addressee, mode)
        state = addressee.member_state
        name = _display(source, display_language)
        found.append(
            Recipient(
                key=source.key,
                name=name,
                member_state=state.short_names.get(display_language, "") if state else "",
                iso3=addressee.iso3,
                language=letter_language,
                level=addressee.level,
            )
        )
    return found


def _letter_language(addressee: Addressee, mode: str) -> str:
    state = addressee.member_state
    return choose_language(
        mode, addressee.preferred_language, state.correspondence_language if state else None
    )


def _collation_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _sorted(sources: list[Source], order: str, language: str) -> list[Source]:
    """Protocol order (level, then Member State name), or by Member State name, in `language`."""

    def state_name(source: Source) -> str:
        state = source.addressee.member_state
        name = state.short_names.get(language) or state.short_names.get("en") if state else ""
        return _collation_key(name or source.organization_name or source.addressee.full_name)

    def rank(source: Source) -> int:
        level = source.addressee.level
        return LevelOfRepresentation(level).protocol_rank if level else len(LevelOfRepresentation)

    if order == "name":
        return sorted(sources, key=lambda s: (state_name(s), s.key))
    return sorted(sources, key=lambda s: (rank(s), state_name(s), s.key))


# --- References ---------------------------------------------------------------------------------


def series_for(kind: LetterKind, event: Event, circular: Circular | None) -> str:
    if circular is not None and kind is LetterKind.INVITATION:
        return circular.reference
    if circular is not None and kind is LetterKind.REMINDER:
        return f"{circular.reference}/{SERIES_CODES[kind]}"
    return f"{event.reference}/{SERIES_CODES[kind]}"


def _identity(source: Source) -> tuple[str, str]:
    for column in ("invitation_id", "speaking_request_id", "partnership_inquiry_id"):
        value = getattr(source, column)
        if value is not None:
            return column, str(value)
    return "contact_id", str(source.contact_id)


def assign_references(
    session: Session, sources: list[Source], series: dict[str, str]
) -> dict[str, str]:
    """Reference per source key: its number in the series, with -vN from the second version on."""
    references: dict[str, str] = {}
    by_series: dict[str, list[Source]] = defaultdict(list)
    for source in sources:
        by_series[series[source.key]].append(source)
    for name, members in by_series.items():
        pattern = re.compile(rf"^{re.escape(name)}/(\d+)(?:-v(\d+))?$")
        existing = session.scalars(
            select(Letter).where(Letter.reference.like(f"{_like_escape(name)}/%", escape="\\"))
        ).all()
        numbers: dict[tuple[str, str], int] = {}
        versions: dict[tuple[str, str], int] = defaultdict(int)
        highest = 0
        for letter in existing:
            match = pattern.match(letter.reference)
            if not match:
                continue
            number, version = int(match.group(1)), int(match.group(2) or 1)
            highest = max(highest, number)
            for column in ("invitation_id", "speaking_request_id", "partnership_inquiry_id"):
                value = getattr(letter, column)
                if value is not None:
                    identity = (column, str(value))
                    numbers.setdefault(identity, number)
                    versions[identity] = max(versions[identity], version)
                    break
        for source in members:
            identity = _identity(source)
            if identity not in numbers:
                highest += 1
                numbers[identity] = highest
            version = versions[identity] + 1
            versions[identity] = version
            reference = f"{name}/{numbers[identity]:03d}"
            references[source.key] = reference if version == 1 else f"{reference}-v{version}"
    return references


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- Composing ----------------------------------------------------------------------------------


@dataclass
class ComposedLetter:
    source: Source
    language: str
    reference: str
    laid_out: list[LaidOutLetter]
    template_id: uuid.UUID | None
    #: As the cover sheet names the recipient, and as the register does (with the State).
    recipient: str
    registered_as: str
    member_state: str


def _requests(
    event: EventInfo, source: Source, language: str, reference: str, letter_date: date
) -> LetterRequest:
    return LetterRequest(
        kind=source.kind.value,
        addressee=source.addressee,
        event=event,
        language=language,
        reference=reference,
        letter_date=letter_date,
        circular=_circular_info(source.circular),
        session=source.session,
        speaker=source.speaker,
        waitlist_position=source.waitlist_position,
        package=source.package,
        organization_name=source.organization_name,
    )


def _templates(session: Session, kind: LetterKind) -> dict[str, tuple[TemplateText, uuid.UUID]]:
    found: dict[str, tuple[TemplateText, uuid.UUID | None]] = {}
    for row in session.scalars(
        select(LetterTemplate).where(
            LetterTemplate.kind == kind, LetterTemplate.name == DEFAULT_TEMPLATE_NAME
        )
    ):
        found[row.language] = (TemplateText(row.subject, row.body), row.id)
    for language in LETTER_LANGUAGES:
        found.setdefault(language, (DEFAULT_TEMPLATES[kind.value, language], None))
    return found


def _display(source: Source, language: str, *, with_state: bool = False) -> str:
    """Who a letter is to: the person, else the office ("Minister"); with the Member State for
    the register, which has no column of its own for it."""
    addressee = source.addressee
    if addressee.generic_minister:
        who = label("cover_minister", language)
    else:
        who = recipient_name(addressee, language) or source.organization_name or source.key
    state = addressee.member_state
    if with_state and state:
        return f"{who}, {state.short_names.get(language) or state.short_names['en']}"
    return who


def _compose_all(
    event: Event,
    sources: list[Source],
    templates: dict[str, tuple[TemplateText, uuid.UUID | None]],
    letterhead: Letterhead,
    *,
    mode: str,
    references: dict[str, str],
    letter_date: Callable[[Source], date],
    courtesy_copy: bool,
    display_language: str,
    progress: Callable[[int, int], None] | None,
) -> list[ComposedLetter]:
    composed: list[ComposedLetter] = []
    event_info = _event_info(event)
    invalid: list[tuple[str, UserError]] = []
    missing: dict[str, set[str]] = {}
    for index, source in enumerate(sources, start=1):
        language = _letter_language(source.addressee, mode)
        reference = references[source.key]
        who = _display(source, display_language)
        versions = [(language, "")]
        if courtesy_copy and language != "en":
            versions.append(("en", courtesy_banner(language)))
        documents = []
        for version_language, banner in versions:
            template, _ = templates[version_language]
            request = _requests(
                event_info, source, version_language, reference, letter_date(source)
            )
            try:
                documents.append(compose(request, template, letterhead, banner=banner))
            except UserError as error:
                invalid.append((who, error))
                break
        else:
            lacking = set().union(*(missing_glyphs(d) for d in documents))
            if lacking:
                missing[who] = lacking
            elif not invalid and not missing:
                state = source.addressee.member_state
                composed.append(
                    ComposedLetter(
                        source=source,
                        language=language,
                        reference=reference,
                        laid_out=[layout_letter(d) for d in documents],
                        template_id=templates[language][1],
                        recipient=who,
                        registered_as=_display(source, display_language, with_state=True),
                        member_state=(
                            state.short_names.get(display_language) or state.short_names["en"]
                        )
                        if state
                        else "",
                    )
                )
        if progress:
            progress(index, len(sources))
    if invalid:
        who, error = invalid[0]
        if len(invalid) > 1:
            raise UserError(
                "The letter to {recipient} cannot be written: {reason} "
                "Letters that cannot be written, in all: {count}.",
                recipient=who,
                reason=error,
                count=len(invalid),
            )
        raise UserError(
            "The letter to {recipient} cannot be written: {reason}", recipient=who, reason=error
        )
    if missing:
        listed = "; ".join(
            f"{who}: {describe_characters(chars)}" for who, chars in list(missing.items())[:8]
        )
        if len(missing) > 8:
            raise UserError(
                "No font of Liaison Desk can print some characters, so no letter was made. "
                "Correct the names or texts of: {recipients}. Recipients concerned, in all: "
                "{count}.",
                recipients=listed,
                count=len(missing),
            )
        raise UserError(
            "No font of Liaison Desk can print some characters, so no letter was made. "
            "Correct the names or texts of: {recipients}.",
            recipients=listed,
        )
    return composed


# --- Packs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackRequest:
    kind: str
    event_reference: str | None = None
    #: "auto" (each recipient's language) or one of the six.
    language: str = AUTO
    out: Path | None = None
    each: Path | None = None
    #: "protocol" or "name" (by Member State name in the pack's language).
    order: str = "protocol"
    #: Each letter starts on a new sheet (a blank page after letters with an odd page count).
    duplex: bool = False
    #: An English courtesy copy after each letter in another language.
    courtesy_copy: bool = False
    #: Only these recipients (keys from `recipients()`); None = everyone of the kind.
    recipient_keys: tuple[str, ...] | None = None
    #: Language of the cover sheet (and of names in the register); a forced letter language wins.
    cover_language: str = "en"
    #: Date printed on the letters; None: the circular's date for invitations, else today.
    letter_date: date | None = None


@dataclass
class PackReport:
    pack_id: uuid.UUID
    kind: str
    letter_count: int
    page_count: int
    pack_path: Path | None
    single_paths: list[Path] = field(default_factory=list)
    references: list[str] = field(default_factory=list)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def generate_pack(
    database: Database,
    request: PackRequest,
    *,
    progress: Callable[[int, int, str], None] | None = None,
) -> PackReport:
    """Compose, render, write and register the letters of a pack.

    `progress(done, total, step)` is called as letters are composed and drawn; it may raise to
    cancel, and nothing is written then. Files are written atomically and the register rows in
    one transaction; if the register cannot be written, the new files are removed.
    """
    kind = parse_kind(request.kind)
    mode = check_language_mode(request.language)
    if request.order not in ORDERS:
        raise UserError("{order} is not an order: use protocol or name.", order=request.order)
    out = request.out
    if out is None and request.each is None:
        raise UserError("Say where to write the letters: a pack file, a folder, or both.")
    if out is not None:
        if out.exists() and out.is_dir():
            raise UserError("{path} is a folder: give the pack a file name.", path=out)
        check_writable(out.parent if str(out.parent) else Path("."))
    if request.each is not None:
        if request.each.exists() and not request.each.is_dir():
            raise UserError("{path} is a file, not a folder.", path=request.each)
        check_writable(request.each)
    cover_language = mode if mode != AUTO else request.cover_language
    with database.reading() as session:
        # The event is checked before anything is written (the default templates included).
        resolve_event(session, request.event_reference)
    seed_default_templates(database)

    def report(done: int, total: int, step: str) -> None:
        if progress:
            progress(done, total, step)

    with database.reading() as session:
        event = _load_event(session, request.event_reference)
        sources = _sources(session, event, kind)
        if request.recipient_keys is not None:
            wanted = set(request.recipient_keys)
            sources = [source for source in sources if source.key in wanted]
        if not sources:
            raise UserError(
                "No one is to receive a letter of this kind ({kind}) for {event}.",
                kind=kind.value,
                event=event.reference,
            )
        sources = _sorted(sources, request.order, cover_language)
        # Progress steps: compose every letter, then draw it into the pack and into its file.
        steps = len(sources) * (1 + (out is not None) + (request.each is not None))
        series = {source.key: series_for(kind, event, source.circular) for source in sources}
        references = assign_references(session, sources, series)
        templates = _templates(session, kind)
        letterhead = load_letterhead(session)
        today = date.today()

        def letter_date(source: Source) -> date:
            if request.letter_date:
                return request.letter_date
            if kind is LetterKind.INVITATION and source.circular is not None:
                return source.circular.issued_on
            return today

        composed = _compose_all(
            event,
            sources,
            templates,
            letterhead,
            mode=mode,
            references=references,
            letter_date=letter_date,
            courtesy_copy=request.courtesy_copy,
            display_language=cover_language,
            progress=lambda done, _total: report(done, steps, "compose"),
        )
        event_id, event_reference = event.id, event.reference

    entries = [
        PackEntry(
            number=number,
            reference=letter.reference,
            recipient=letter.recipient,
            member_state=letter.member_state,
            language=letter.language,
            letters=letter.laid_out,
            file_name=single_file_name(
                letter.reference, letter.source.addressee.iso3, letter.language
            ),
        )
        for number, letter in enumerate(composed, start=1)
    ]
    if problems := check_cover_glyphs(entries, cover_language):
        raise UserError(
            "No font of Liaison Desk can print some characters of: {recipients}.",
            recipients="; ".join(problems[:8]),
        )
    total = len(entries)
    drawn = 0

    def drew() -> None:
        nonlocal drawn
        drawn += 1
        report(min(total + drawn, steps), steps, "draw")

    staged = StagedFiles()
    try:
        pack_bytes = None
        if out is not None:
            built = build_pack(
                entries,
                kind=kind.value,
                cover_language=cover_language,
                prepared_on=today,
                duplex=request.duplex,
                title=f"{series_for(kind, event, None)} – {event_reference}",
                progress=lambda _done, _total: drew(),
            )
            pack_bytes = built.pdf
            staged.add(out, pack_bytes)
        singles: dict[int, tuple[Path, bytes]] = {}
        if request.each is not None:
            for entry in entries:
                data = render_letter(entry.letters)
                path = request.each / entry.file_name
                singles[entry.number] = (path, data)
                staged.add(path, data)
                drew()
        report(steps, steps, "write")
        staged.commit()
    except BaseException:
        staged.discard()
        raise
    try:
        pack_id = _register(
            database,
            kind=kind,
            event_id=event_id,
            mode=mode,
            out=out,
            pack_bytes=pack_bytes,
            composed=composed,
            entries=entries,
            singles=singles,
        )
    except BaseException:
        staged.remove_placed()
        raise
    return PackReport(
        pack_id=pack_id,
        kind=kind.value,
        letter_count=len(entries),
        page_count=built.page_count if out is not None else sum(e.page_count for e in entries),
        pack_path=out,
        single_paths=[path for path, _ in singles.values()],
        references=[entry.reference for entry in entries],
    )


def _register(
    database: Database,
    *,
    kind: LetterKind,
    event_id: uuid.UUID,
    mode: str,
    out: Path | None,
    pack_bytes: bytes | None,
    composed: list[ComposedLetter],
    entries: list[PackEntry],
    singles: dict[int, tuple[Path, bytes]],
) -> uuid.UUID:
    pack_sha = _sha256(pack_bytes) if pack_bytes is not None else None
    try:
        with database.writing() as session:
            pack = LetterPack(
                kind=kind,
                event_id=event_id,
                language_mode=mode,
                file_path=str(out.resolve()) if out is not None else None,
                sha256=pack_sha,
                letter_count=len(entries),
            )
            session.add(pack)
            record_create(session, pack, reason="letter pack generated")
            for letter, entry in zip(composed, entries, strict=True):
                source = letter.source
                if entry.number in singles:
                    path, data = singles[entry.number]
                    file_path, sha = str(path.resolve()), _sha256(data)
                else:
                    file_path, sha = str(out.resolve()) if out else None, pack_sha
                row = Letter(
                    reference=letter.reference,
                    kind=kind,
                    language=letter.language,
                    template_id=letter.template_id,
                    event_id=event_id,
                    circular_id=source.circular.id if source.circular else None,
                    invitation_id=source.invitation_id,
                    speaking_request_id=source.speaking_request_id,
                    partnership_inquiry_id=source.partnership_inquiry_id,
                    contact_id=source.contact_id,
                    member_state_id=source.member_state_id,
                    recipient=letter.registered_as[:500],
                    file_path=file_path,
                    sha256=sha,
                    page_count=entry.page_count,
                    pack=pack,
                )
                session.add(row)
            session.flush()
            return pack.id
    except IntegrityError as error:
        raise UserError(
            "Another letter with one of these references was registered meanwhile; "
            "generate the pack again."
        ) from error


# --- Preview ------------------------------------------------------------------------------------


def preview_letter(
    database: Database,
    kind: str,
    language: str,
    recipient_key: str | None,
    template: TemplateText | None = None,
    event_reference: str | None = None,
) -> bytes:
    """The PDF of one letter as it would print, for the editor's live preview; nothing is saved.

    `template` is the text being edited (the stored one when None); `recipient_key` one of
    `recipients()` (the first recipient when None). The reference reads "PREVIEW".
    """
    kind = parse_kind(kind)
    if language not in LETTER_LANGUAGES:
        raise UserError(
            "{language} is not a letter language: use ar, zh, en, fr, ru or es.",
            language=language,
        )
    with database.reading() as session:
        event = _load_event(session, event_reference)
        sources = _sources(session, event, kind)
        if not sources:
            raise UserError(
                "No one is to receive a letter of this kind ({kind}) for {event}.",
                kind=kind.value,
                event=event.reference,
            )
        source = (
            next((s for s in sources if s.key == recipient_key), None)
            or _sorted(sources, "protocol", language)[0]
        )
        if template is None:
            row = _template_row(session, kind, language)
            template = (
                TemplateText(row.subject, row.body)
                if row
                else DEFAULT_TEMPLATES[kind.value, language]
            )
        letterhead = load_letterhead(session)
        day = source.circular.issued_on if source.circular else date.today()
        request = _requests(_event_info(event), source, language, "PREVIEW", day)
    document = compose(request, template, letterhead)
    if lacking := missing_glyphs(document):
        raise UserError(
            "No font of Liaison Desk can print these characters: {characters}.",
            characters=describe_characters(lacking),
        )
    return render_letter(layout_letter(document))


# --- Register -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisteredLetter:
    id: uuid.UUID
    created_at: datetime
    reference: str
    kind: str
    recipient: str
    language: str
    page_count: int
    file_path: str | None
    sha256: str
    pack_id: uuid.UUID | None


def register(
    database: Database, *, kind: str | None = None, limit: int | None = None
) -> list[RegisteredLetter]:
    """Registered letters, newest first."""
    query = select(Letter).order_by(Letter.created_at.desc(), Letter.reference.desc())
    if kind:
        query = query.where(Letter.kind == parse_kind(kind))
    if limit:
        query = query.limit(limit)
    with database.reading() as session:
        return [
            RegisteredLetter(
                id=row.id,
                created_at=row.created_at,
                reference=row.reference,
                kind=row.kind.value,
                recipient=row.recipient,
                language=row.language,
                page_count=row.page_count,
                file_path=row.file_path,
                sha256=row.sha256,
                pack_id=row.pack_id,
            )
            for row in session.scalars(query)
        ]


def pack_file_default(kind: str, event_reference: str) -> Path:
    return Path(f"{safe_file_part(event_reference)}_{parse_kind(kind).value}.pdf")


def verify_file(path: str | Path, sha256: str) -> bool:
    """Whether the file on disk is still the one registered (same SHA-256)."""
    try:
        return _sha256(Path(path).read_bytes()) == sha256
    except OSError:
        return False


__all__ = [
    "PackReport",
    "PackRequest",
    "Recipient",
    "RegisteredLetter",
    "default_template",
    "generate_pack",
    "load_template",
    "preview_letter",
    "recipients",
    "register",
    "save_template",
    "seed_default_templates",
    "verify_file",
]
