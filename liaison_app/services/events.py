"""Events with their phases and sessions: load, validate and save as one audited change; signature
images validated before they are stored.

    draft = event_draft(session, event_id)      # what the editor shows
    draft.titles["fr"] = "Forum du SMSI 2022"
    save_event(session, draft)                  # one transaction, one audit entry per field

The signature image is kept exactly as given (no re-encoding), so a transparent background stays
transparent on the letters. It must be a real PNG or JPEG of at most 2 MB and 4000 × 4000 pixels;
the pixel limit is checked from the header before anything is decoded, so a small file that
claims to be a gigantic picture (a decompression bomb) is refused without being expanded.
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
import warnings
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any, Final

from PIL import Image, UnidentifiedImageError
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from liaison_app.domain.contact_rules import check_email, check_phone
from liaison_app.domain.enums import UN_LANGUAGES, AuditAction, PhaseMode, SessionMode
from liaison_app.domain.models import (
    AuditEntry,
    Circular,
    Event,
    EventPhase,
    Invitation,
    PartnershipInquiry,
    Session,
    SessionPreference,
    SpeakingRequest,
)
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.services.audit import apply_changes, current_actor, record_create, record_delete

LANGUAGES: tuple[str, ...] = tuple(language.value for language in UN_LANGUAGES)

MAX_SIGNATURE_BYTES: Final = 2 * 1024 * 1024
MAX_SIGNATURE_SIDE: Final = 4000
SIGNATURE_FORMATS: Final = {"PNG": "image/png", "JPEG": "image/jpeg"}

# Used on the command line (`--event WSIS-2022`): no spaces, nothing a shell would trip over.
_REFERENCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")


class EventInvalid(UserError):
    """A value of the event editor is refused; `field` names the widget to put the cursor in."""

    def __init__(self, field_name: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.field = field_name


# ---------------------------------------------------------------------------------------------
# Signature images


@dataclass(frozen=True, slots=True)
class SignatureImage:
    data: bytes
    mime: str
    width: int
    height: int
    has_alpha: bool

    @property
    def summary(self) -> str:
        """What the audit trail keeps instead of the bytes."""
        kind = "PNG" if self.mime == "image/png" else "JPEG"
        digest = hashlib.sha256(self.data).hexdigest()[:12]
        return f"{kind} {self.width}×{self.height} px, {len(self.data)} bytes, sha256 {digest}"


def _size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} kB"


def validate_signature(data: bytes, name: str = "") -> SignatureImage:
    """Check that `data` is a real PNG or JPEG within the limits; UserError says what is wrong."""
    name = name or "The file"
    if not data:
        raise UserError(N_("{name} is empty: it is not an image."), name=name)
    if len(data) > MAX_SIGNATURE_BYTES:
        raise UserError(
            N_("{name} is {size}: a signature image may be at most 2 MB."),
            name=name,
            size=_size_text(len(data)),
        )
    try:
        with warnings.catch_warnings():
            # Above Pillow's own pixel limit it warns before it errs; the limit below is ours.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:  # reads the header only
                kind, (width, height) = probe.format, probe.size
                if kind not in SIGNATURE_FORMATS:
                    raise UserError(
                        N_("{name} is a {kind} image: use a PNG or JPEG file."),
                        name=name,
                        kind=kind or "?",
                    )
                if width > MAX_SIGNATURE_SIDE or height > MAX_SIGNATURE_SIDE:
                    raise _too_many_pixels(name, width, height)
                probe.verify()  # PNG checksums; nothing is decoded yet
            with Image.open(io.BytesIO(data)) as image:
                image.load()  # a full decode: a truncated or corrupt file fails here
                has_alpha = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
                    "transparency" in image.info
                )
    except UserError:
        raise
    except Image.DecompressionBombError:
        raise _too_many_pixels(name, None, None) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
        raise UserError(
            N_("{name} is not a PNG or JPEG image that can be read."), name=name
        ) from error
    return SignatureImage(data, SIGNATURE_FORMATS[kind], width, height, has_alpha)


def _too_many_pixels(name: str, width: int | None, height: int | None) -> UserError:
    return UserError(
        N_(
            "{name} is {width} × {height} pixels: a signature image may be at most "
            "4000 × 4000 pixels."
        ),
        name=name,
        width=width if width is not None else "?",
        height=height if height is not None else "?",
    )


def read_signature_file(path: Path) -> SignatureImage:
    """Read and validate a signature image file; the size is checked before it is read."""
    try:
        size = path.stat().st_size
        if size > MAX_SIGNATURE_BYTES:
            raise UserError(
                N_("{name} is {size}: a signature image may be at most 2 MB."),
                name=path.name,
                size=_size_text(size),
            )
        data = path.read_bytes()
    except UserError:
        raise
    except IsADirectoryError as error:
        raise UserError(N_("{path} is a folder, not an image."), path=path) from error
    except OSError as error:
        raise UserError(
            N_("{path} cannot be read: {reason}"), path=path, reason=error.strerror or error
        ) from error
    return validate_signature(data, path.name)


# ---------------------------------------------------------------------------------------------
# Drafts: what the editor shows and saves


class _Keep:
    """The signature stays as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()


@dataclass
class PhaseDraft:
    names: dict[str, str]
    mode: PhaseMode
    starts_on: date
    ends_on: date
    id: uuid.UUID | None = None


@dataclass
class SessionDraft:
    titles: dict[str, str]
    date: date
    start_time: time
    end_time: time
    code: str | None = None
    room: str | None = None
    minutes_per_speaker: int = 3
    mode: SessionMode = SessionMode.HYBRID
    moderator: str | None = None
    accepts_speakers: bool = True
    id: uuid.UUID | None = None


@dataclass
class EventDraft:
    reference: str
    titles: dict[str, str]
    starts_on: date
    ends_on: date
    themes: dict[str, str] = field(default_factory=dict)
    venue: str | None = None
    city: str | None = None
    country_code: str | None = None
    website: str | None = None
    reply_deadline: date | None = None
    speaking_request_deadline: date | None = None
    contact_person_name: str | None = None
    contact_person_title: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    signatory_name: dict[str, str] = field(default_factory=dict)
    signatory_title: dict[str, str] = field(default_factory=dict)
    default_minutes_per_speaker: int = 3
    notes: str | None = None
    phases: list[PhaseDraft] = field(default_factory=list)
    sessions: list[SessionDraft] = field(default_factory=list)
    #: A new image, None to remove it, or KEEP.
    signature: SignatureImage | _Keep | None = KEEP
    id: uuid.UUID | None = None


_EVENT_FIELDS = (
    "reference",
    "titles",
    "themes",
    "venue",
    "city",
    "country_code",
    "website",
    "starts_on",
    "ends_on",
    "reply_deadline",
    "speaking_request_deadline",
    "contact_person_name",
    "contact_person_title",
    "contact_email",
    "contact_phone",
    "signatory_name",
    "signatory_title",
    "default_minutes_per_speaker",
    "notes",
)
_PHASE_FIELDS = ("names", "mode", "starts_on", "ends_on")
_SESSION_FIELDS = (
    "titles",
    "code",
    "date",
    "start_time",
    "end_time",
    "room",
    "minutes_per_speaker",
    "mode",
    "moderator",
    "accepts_speakers",
)


def list_events(session: OrmSession) -> list[Event]:
    """Every event, the latest first (the one an officer works on)."""
    return list(session.scalars(select(Event).order_by(Event.starts_on.desc(), Event.reference)))


def get_event(session: OrmSession, event_id: uuid.UUID) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise UserError(N_("This event no longer exists: someone may have deleted it."))
    return event


def event_draft(session: OrmSession, event_id: uuid.UUID) -> EventDraft:
    """The event, its phases and sessions as the editor edits them."""
    event = get_event(session, event_id)
    values = {name: _copy(getattr(event, name)) for name in _EVENT_FIELDS}
    return EventDraft(
        id=event.id,
        phases=[
            PhaseDraft(id=p.id, **{n: _copy(getattr(p, n)) for n in _PHASE_FIELDS})
            for p in event.phases
        ],
        sessions=[
            SessionDraft(id=s.id, **{n: _copy(getattr(s, n)) for n in _SESSION_FIELDS})
            for s in event.sessions
        ],
        **values,
    )


def _copy(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else value


def signature_of(session: OrmSession, event_id: uuid.UUID) -> SignatureImage | None:
    event = get_event(session, event_id)
    if not event.signature_image:
        return None
    try:
        return validate_signature(event.signature_image, "signature")
    except UserError:
        return None


# ---------------------------------------------------------------------------------------------
# Validation


def _texts(values: dict[str, str] | None) -> dict[str, str]:
    """Per-language texts trimmed, empty ones dropped, only the six languages."""
    return {
        language: text.strip()
        for language, text in (values or {}).items()
        if language in LANGUAGES and text and text.strip()
    }


def _clean(text: str | None) -> str | None:
    return text.strip() or None if text else None


def clean_draft(session: OrmSession, draft: EventDraft) -> EventDraft:
    """The draft as it will be stored, or EventInvalid for the first value refused."""
    reference = (draft.reference or "").strip()
    if not reference:
        raise EventInvalid("reference", N_("Give the event a short reference, such as WSIS-2022."))
    if not _REFERENCE.fullmatch(reference):
        raise EventInvalid(
            "reference",
            N_(
                "{reference} cannot be an event reference: use letters, digits, dots, dashes "
                "or underscores, at most 40, without spaces."
            ),
            reference=reference,
        )
    same = session.scalar(
        select(Event.id).where(
            func.lower(Event.reference) == reference.lower(),
            *([Event.id != draft.id] if draft.id else []),
        )
    )
    if same is not None:
        raise EventInvalid(
            "reference",
            N_("Another event already has the reference {reference}."),
            reference=reference,
        )
    titles = _texts(draft.titles)
    if not titles:
        raise EventInvalid("titles", N_("Give the event a title in at least one language."))
    if draft.starts_on is None or draft.ends_on is None:
        raise EventInvalid("starts_on", N_("Give the event its first and last day."))
    if draft.ends_on < draft.starts_on:
        raise EventInvalid(
            "ends_on",
            N_("The event ends on {end}, before it starts on {start}."),
            end=draft.ends_on.isoformat(),
            start=draft.starts_on.isoformat(),
        )
    for name, deadline in (
        ("reply_deadline", draft.reply_deadline),
        ("speaking_request_deadline", draft.speaking_request_deadline),
    ):
        if deadline is not None and deadline > draft.ends_on:
            raise EventInvalid(
                name,
                N_("A deadline on {deadline} falls after the event, which ends on {end}."),
                deadline=deadline.isoformat(),
                end=draft.ends_on.isoformat(),
            )
    if not 1 <= draft.default_minutes_per_speaker <= 120:
        raise EventInvalid(
            "default_minutes_per_speaker", N_("Minutes per speaker must be between 1 and 120.")
        )
    email = check_email(draft.contact_email, "contact_email")
    if not email.ok:
        assert email.problem is not None
        raise EventInvalid("contact_email", email.problem.message, **email.problem.params)
    country = (draft.country_code or "").strip().upper() or None
    if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
        raise EventInvalid(
            "country_code", N_("{code} is not a two-letter country code."), code=country
        )
    # The venue's country reads a local number ("022 730 53 50" in Geneva).
    phone = check_phone(draft.contact_phone, country, "contact_phone")
    if not phone.ok:
        assert phone.problem is not None
        raise EventInvalid("contact_phone", phone.problem.message, **phone.problem.params)
    phases = [_clean_phase(p, draft) for p in draft.phases]
    sessions = [_clean_session(s, draft) for s in draft.sessions]
    return EventDraft(
        id=draft.id,
        reference=reference,
        titles=titles,
        themes=_texts(draft.themes),
        venue=_clean(draft.venue),
        city=_clean(draft.city),
        country_code=country,
        website=_clean(draft.website),
        starts_on=draft.starts_on,
        ends_on=draft.ends_on,
        reply_deadline=draft.reply_deadline,
        speaking_request_deadline=draft.speaking_request_deadline,
        contact_person_name=_clean(draft.contact_person_name),
        contact_person_title=_clean(draft.contact_person_title),
        contact_email=email.value,
        contact_phone=phone.value,
        signatory_name=_texts(draft.signatory_name),
        signatory_title=_texts(draft.signatory_title),
        default_minutes_per_speaker=draft.default_minutes_per_speaker,
        notes=_clean(draft.notes),
        phases=phases,
        sessions=sessions,
        signature=draft.signature,
    )


def _within(day: date, draft: EventDraft) -> bool:
    return draft.starts_on <= day <= draft.ends_on


def _clean_phase(phase: PhaseDraft, draft: EventDraft) -> PhaseDraft:
    names = _texts(phase.names)
    if not names:
        raise EventInvalid("phases", N_("Give each phase a name in at least one language."))
    label = names.get("en") or next(iter(names.values()))
    if phase.ends_on < phase.starts_on:
        raise EventInvalid("phases", N_("The phase {phase} ends before it starts."), phase=label)
    if not (_within(phase.starts_on, draft) and _within(phase.ends_on, draft)):
        raise EventInvalid(
            "phases",
            N_("The phase {phase} runs outside the event's dates."),
            phase=label,
        )
    return PhaseDraft(names, PhaseMode(phase.mode), phase.starts_on, phase.ends_on, phase.id)


def _clean_session(item: SessionDraft, draft: EventDraft) -> SessionDraft:
    titles = _texts(item.titles)
    if not titles:
        raise EventInvalid("sessions", N_("Give each session a title in at least one language."))
    label = titles.get("en") or next(iter(titles.values()))
    if item.end_time <= item.start_time:
        raise EventInvalid(
            "sessions", N_("The session {session} ends before it starts."), session=label
        )
    if not _within(item.date, draft):
        raise EventInvalid(
            "sessions",
            N_("The session {session} is on {date}, outside the event's dates."),
            session=label,
            date=item.date.isoformat(),
        )
    if not 1 <= item.minutes_per_speaker <= 120:
        raise EventInvalid("sessions", N_("Minutes per speaker must be between 1 and 120."))
    return SessionDraft(
        titles=titles,
        date=item.date,
        start_time=item.start_time,
        end_time=item.end_time,
        code=_clean(item.code),
        room=_clean(item.room),
        minutes_per_speaker=item.minutes_per_speaker,
        mode=SessionMode(item.mode),
        moderator=_clean(item.moderator),
        accepts_speakers=item.accepts_speakers,
        id=item.id,
    )


# ---------------------------------------------------------------------------------------------
# Saving


def save_event(session: OrmSession, draft: EventDraft, *, actor: str | None = None) -> Event:
    """Create or update the event with its phases and sessions, audited, in the caller's
    transaction. Phases and sessions missing from the draft are deleted."""
    clean = clean_draft(session, draft)
    values = {name: getattr(clean, name) for name in _EVENT_FIELDS}
    if clean.id is None:
        event = Event(**values)
        session.add(event)
        record_create(session, event, actor=actor)
    else:
        event = get_event(session, clean.id)
        apply_changes(session, event, values, actor=actor)
    if not isinstance(clean.signature, _Keep):
        _set_signature(session, event, clean.signature, actor=actor)
    _sync_phases(session, event, clean.phases, actor)
    _sync_sessions(session, event, clean.sessions, actor)
    session.flush()
    return event


def _set_signature(
    session: OrmSession, event: Event, image: SignatureImage | None, actor: str | None
) -> None:
    old = event.signature_image
    new = image.data if image else None
    if old == new:
        return
    previous = None
    if old:
        try:
            previous = validate_signature(old).summary
        except UserError:
            previous = f"{len(old)} bytes"
    event.signature_image = new
    event.signature_mime = image.mime if image else None
    session.flush([event])
    # The bytes themselves would swell the trail: it keeps what the image was.
    session.add(
        AuditEntry(
            actor=actor or current_actor(),
            entity_type="events",
            entity_id=event.id,
            action=AuditAction.UPDATE,
            field="signature_image",
            old_value=previous,
            new_value=image.summary if image else None,
        )
    )


def _sync_phases(
    session: OrmSession, event: Event, phases: list[PhaseDraft], actor: str | None
) -> None:
    existing = {phase.id: phase for phase in event.phases}
    kept = {p.id for p in phases if p.id is not None}
    for phase_id, phase in existing.items():
        if phase_id not in kept:
            record_delete(session, phase, actor=actor, summary=phase.name("en"))
            event.phases.remove(phase)
    for draft in phases:
        values = {name: getattr(draft, name) for name in _PHASE_FIELDS}
        if draft.id is None or draft.id not in existing:
            phase = EventPhase(event=event, **values)
            session.add(phase)
            record_create(session, phase, actor=actor)
        else:
            apply_changes(session, existing[draft.id], values, actor=actor)


def _sync_sessions(
    session: OrmSession, event: Event, sessions: list[SessionDraft], actor: str | None
) -> None:
    existing = {item.id: item for item in event.sessions}
    kept = {s.id for s in sessions if s.id is not None}
    for session_id, item in existing.items():
        if session_id in kept:
            continue
        placed = session.scalar(
            select(func.count())
            .select_from(SpeakingRequest)
            .where(SpeakingRequest.session_id == session_id)
        )
        if placed:
            raise EventInvalid(
                "sessions",
                N_(
                    "The session {session} has {count} speaker(s) placed in it: move them to "
                    "another session before deleting it."
                ),
                session=item.title("en"),
                count=placed,
            )
        session.execute(
            SessionPreference.__table__.delete().where(SessionPreference.session_id == session_id)
        )
        record_delete(session, item, actor=actor, summary=item.title("en"))
        event.sessions.remove(item)
    for draft in sessions:
        values = {name: getattr(draft, name) for name in _SESSION_FIELDS}
        if draft.id is None or draft.id not in existing:
            item = Session(event=event, **values)
            session.add(item)
            record_create(session, item, actor=actor)
        else:
            apply_changes(session, existing[draft.id], values, actor=actor)


def delete_event(session: OrmSession, event_id: uuid.UUID, *, actor: str | None = None) -> None:
    """Delete an event that nothing refers to yet; refused (UserError) once letters went out."""
    event = get_event(session, event_id)
    counts = {
        "invitations": Invitation,
        "circulars": Circular,
        "speaking requests": SpeakingRequest,
        "partnership inquiries": PartnershipInquiry,
    }
    used = {
        label: session.scalar(
            select(func.count()).select_from(model).where(model.event_id == event_id)
        )
        for label, model in counts.items()
    }
    if any(used.values()):
        raise UserError(
            N_(
                "{event} is not deleted: it has {invitations} invitation(s), {circulars} "
                "circular(s), {speaking} speaking request(s) and {inquiries} partnership "
                "inquiry(ies)."
            ),
            event=event.reference,
            invitations=used["invitations"],
            circulars=used["circulars"],
            speaking=used["speaking requests"],
            inquiries=used["partnership inquiries"],
        )
    record_delete(session, event, actor=actor, summary=event.reference)
    session.delete(event)
