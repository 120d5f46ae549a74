"""From what a letter is about (plain values, no database) to the text printed on it.

The service reads the database and hands over `LetterRequest`s; this module picks the recipient's
name in the letter's script, builds the address block and the salutation, fills the template's
merge fields, and returns a `LetterDocument` for the renderer. It also runs the glyph check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from functools import lru_cache
from typing import Any

import phonenumbers

from liaison_app.domain.enums import Gender, LevelOfRepresentation
from liaison_app.letters import bidi_text
from liaison_app.letters.fonts import fonts_for, undrawable_characters
from liaison_app.letters.rendering import LetterDocument
from liaison_app.letters.russian_names import dative, position_dative
from liaison_app.letters.salutations import (
    EXCELLENCY_LEVELS,
    GENERIC_MINISTER_POSITION,
    courtesy_title,
    effective_gender,
    salutation,
)
from liaison_app.letters.templates import TemplateText, merge
from liaison_app.letters.wording import (
    Letterhead,
    date_range,
    in_words_list,
    label,
    language_name,
    long_date,
    money,
    place_and_date,
    time_range,
)


def _pick(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")


@dataclass(frozen=True)
class StateInfo:
    iso3: str
    short_names: dict[str, str]
    formal_names: dict[str, str]
    correspondence_language: str = "en"


@dataclass(frozen=True)
class Addressee:
    """Whom a letter goes to: a person, or a Member State's minister not known by name."""

    #: Stable identity of the recipient ("contact:<uuid>", "member_state:<uuid>"…).
    key: str
    full_name: str = ""
    full_name_latin: str = ""
    family_name: str = ""
    position: str = ""
    organization: str = ""
    organization_latin: str = ""
    postal_address: str = ""
    gender: str = Gender.UNSPECIFIED.value
    form_of_address: str | None = None
    level: str | None = None
    preferred_language: str | None = None
    salutation_override: str | None = None
    member_state: StateInfo | None = None
    #: True for a Member State's minister whose name is not on file (the circular's "Ministers").
    generic_minister: bool = False
    #: The State the postal address's last line names (a mission in Geneva: Switzerland), so that
    #: line is printed in the letter's language.
    postal_country: StateInfo | None = None

    @property
    def iso3(self) -> str:
        return self.member_state.iso3 if self.member_state else ""


@dataclass(frozen=True)
class PhaseInfo:
    names: dict[str, str]
    mode: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class EventInfo:
    reference: str
    titles: dict[str, str]
    starts_on: date
    ends_on: date
    themes: dict[str, str] = field(default_factory=dict)
    venue: str = ""
    city: str = ""
    website: str = ""
    reply_deadline: date | None = None
    co_organizers: tuple[str, ...] = ()
    phases: tuple[PhaseInfo, ...] = ()
    sessions_start: date | None = None
    sessions_end: date | None = None
    contact_name: str = ""
    contact_form: str | None = None
    contact_email: str = ""
    contact_phone: str = ""
    signatory_names: dict[str, str] = field(default_factory=dict)
    signatory_titles: dict[str, str] = field(default_factory=dict)
    signature_image: bytes | None = None


@dataclass(frozen=True)
class CircularInfo:
    reference: str
    issued_on: date
    subjects: dict[str, str] = field(default_factory=dict)
    reply_deadline: date | None = None


@dataclass(frozen=True)
class SessionInfo:
    titles: dict[str, str]
    day: date
    start: time
    end: time
    room: str = ""
    minutes: int = 3


@dataclass(frozen=True)
class SpeakerInfo:
    name: str
    title: str = ""
    mode: str = "in_person"
    gender: str = Gender.UNSPECIFIED.value


@dataclass(frozen=True)
class PackageInfo:
    names: dict[str, str]
    amount: Decimal | None
    currency: str | None


@dataclass(frozen=True)
class LetterRequest:
    """One letter to write: to whom, about what, in which language, under which reference."""

    kind: str
    addressee: Addressee
    event: EventInfo
    language: str
    reference: str
    letter_date: date
    circular: CircularInfo | None = None
    session: SessionInfo | None = None
    speaker: SpeakerInfo | None = None
    waitlist_position: int | None = None
    package: PackageInfo | None = None
    organization_name: str = ""


# --- Scripts ------------------------------------------------------------------------------------

_SCRIPTS = {
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
}
LANGUAGE_SCRIPT = {
    "ar": "arabic",
    "zh": "han",
    "ru": "cyrillic",
    "en": "latin",
    "fr": "latin",
    "es": "latin",
}


def script_of(text: str) -> str:
    """The script most of the letters of `text` are written in ("" when it has no letters)."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}
    best = max(counts, key=lambda name: counts[name])
    return best if counts[best] else ""


def in_script(language: str, *candidates: str) -> str:
    """The first candidate written in the letter's script, else the first in Latin script (every
    letter font carries Latin), else the first that is not empty."""
    wanted = LANGUAGE_SCRIPT[language]
    present = [text.strip() for text in candidates if text and text.strip()]
    for acceptable in (wanted, "latin"):
        for text in present:
            if script_of(text) == acceptable:
                return text
    return present[0] if present else ""


# --- Addressing ---------------------------------------------------------------------------------


def recipient_name(addressee: Addressee, language: str) -> str:
    """The name in the letter's script when the contact has it, else in Latin script."""
    if script_of(addressee.full_name) == LANGUAGE_SCRIPT[language]:
        return addressee.full_name.strip()
    return in_script(language, addressee.full_name_latin, addressee.full_name)


def _surname(addressee: Addressee, name: str) -> str:
    family = (addressee.family_name or "").strip()
    if family and script_of(family) == script_of(name):
        return family
    parts = name.split()
    return parts[-1] if parts else ""


def _names(state: StateInfo) -> set[str]:
    return {name.casefold() for name in (*state.short_names.values(), *state.formal_names.values())}


def _country_line(line: str, addressee: Addressee, language: str) -> str:
    """A postal address's country line, written in the letter's language: the recipient's own
    State by its formal name, another (a mission's host country) by its short name."""
    state, country = addressee.member_state, addressee.postal_country
    if state and line.strip().casefold() in _names(state):
        return _pick(state.formal_names, language)
    if country and line.strip().casefold() in _names(country):
        return _pick(country.short_names, language)
    return line


def address_block(addressee: Addressee, language: str, first_line: str) -> tuple[str, ...]:
    lines = [first_line] if first_line else []
    position = addressee.position.strip()
    if addressee.generic_minister and not position:
        lines.append(GENERIC_MINISTER_POSITION[language])
    elif position and script_of(position) in ("", LANGUAGE_SCRIPT[language]):
        # A position written in another script is left out rather than printed half-foreign
        # in the address block: the honorific and the organisation already say who it is.
        # Russian addresses the position in the dative too («Министру связи …»).
        lines.append(position_dative(position) if language == "ru" else position)
    organization = in_script(language, addressee.organization, addressee.organization_latin)
    if organization:
        lines.append(organization)
    state = addressee.member_state
    postal = [line.strip() for line in addressee.postal_address.splitlines() if line.strip()]
    if postal:
        lines.extend(postal[:-1])
        lines.append(_country_line(postal[-1], addressee, language))
    elif state:
        lines.append(_pick(state.formal_names, language))
    return tuple(lines)


# --- Merge context ------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _phone(number: str) -> str:
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _localized_city(city: str, letterhead: Letterhead, language: str) -> str:
    """The secretariat's own city in the letter's language ("Geneva" → «جنيف», "Ginebra")."""
    if city and city.strip().casefold() in {c.casefold() for c in letterhead.city.values()}:
        return letterhead.text("city", language)
    return city


def contact_person(event: EventInfo, language: str) -> str:
    if not event.contact_name:
        return ""
    gender = effective_gender(None, event.contact_form)
    courtesy = courtesy_title(language, gender, event.contact_form)
    if language == "zh":
        return f"{event.contact_name}{courtesy}"
    return f"{courtesy} {event.contact_name}".strip()


def footer_line(event: EventInfo, language: str) -> str:
    parts = []
    person = contact_person(event, language)
    if person:
        parts.append(f"{label('contact', language)} {person}")
    if event.contact_email:
        parts.append(f"{label('email', language)} {event.contact_email}")
    if event.contact_phone:
        parts.append(f"{label('phone', language)} {_phone(event.contact_phone)}")
    separator = "، " if language == "ar" else " · "
    return separator.join(parts)


def merge_context(
    request: LetterRequest, letterhead: Letterhead, name: str, greeting: Any
) -> dict[str, Any]:
    """The merge fields of one letter: plain values only (see templates.MERGE_FIELDS)."""
    language = request.language
    event = request.event
    addressee = request.addressee
    state = addressee.member_state
    level = addressee.level or LevelOfRepresentation.OTHER.value
    circular = request.circular
    reply_deadline = (circular.reply_deadline if circular else None) or event.reply_deadline
    session = request.session
    speaker = request.speaker
    package = request.package
    return {
        "recipient": {
            "name": name,
            "title": addressee.position,
            "organization": in_script(
                language, addressee.organization, addressee.organization_latin
            ),
            "gender": effective_gender(addressee.gender, addressee.form_of_address).value,
            "level": level,
            "is_excellency": LevelOfRepresentation(level) in EXCELLENCY_LEVELS,
        },
        "salutation": {
            "greeting": greeting.greeting,
            "closing": greeting.closing,
            "addressee": greeting.addressee,
        },
        "member_state": (
            {
                "name": _pick(state.formal_names, language),
                "short_name": _pick(state.short_names, language),
                "iso3": state.iso3,
            }
            if state
            else None
        ),
        "event": {
            "reference": event.reference,
            "title": _pick(event.titles, language),
            "theme": _pick(event.themes, language) if event.themes else "",
            "dates": date_range(event.starts_on, event.ends_on, language),
            "start_date": long_date(event.starts_on, language),
            "end_date": long_date(event.ends_on, language),
            "venue": event.venue,
            "city": _localized_city(event.city, letterhead, language),
            "website": event.website,
            "co_organizers": in_words_list(list(event.co_organizers), language),
            "phases": [
                {
                    "name": _pick(phase.names, language),
                    "mode": phase.mode,
                    "dates": date_range(phase.starts_on, phase.ends_on, language),
                    "start_date": long_date(phase.starts_on, language),
                    "end_date": long_date(phase.ends_on, language),
                }
                for phase in event.phases
            ],
            "sessions_dates": date_range(event.sessions_start, event.sessions_end, language),
            "sessions_start_date": long_date(event.sessions_start, language),
            "sessions_end_date": long_date(event.sessions_end, language),
            "reply_deadline": long_date(event.reply_deadline, language),
        },
        "circular": (
            {
                "reference": circular.reference,
                "date": long_date(circular.issued_on, language),
                "subject": _pick(circular.subjects, language) if circular.subjects else "",
            }
            if circular
            else None
        ),
        "reply_deadline": long_date(reply_deadline, language),
        "session": (
            {
                "title": _pick(session.titles, language),
                "date": long_date(session.day, language),
                "time": time_range(session.start, session.end, language),
                "room": session.room,
                "minutes": session.minutes,
            }
            if session
            else None
        ),
        "speaker": (
            {
                "name": speaker.name,
                "title": speaker.title,
                "mode": speaker.mode,
                "gender": speaker.gender,
            }
            if speaker
            else None
        ),
        "waitlist_position": request.waitlist_position,
        "package": (
            {
                "name": _pick(package.names, language),
                "amount": money(package.amount, package.currency, language),
            }
            if package
            else None
        ),
        "organization": {"name": request.organization_name or addressee.organization},
        "contact": {
            "name": contact_person(event, language),
            "email": event.contact_email,
            "phone": _phone(event.contact_phone),
        },
        "signatory": {
            "name": _pick(event.signatory_names, language) if event.signatory_names else "",
            "title": _pick(event.signatory_titles, language) if event.signatory_titles else "",
        },
        "letter": {
            "reference": request.reference,
            "date": long_date(request.letter_date, language),
        },
    }


def compose(
    request: LetterRequest,
    template: TemplateText,
    letterhead: Letterhead,
    *,
    banner: str = "",
) -> LetterDocument:
    """The letter as printed: UserError when the template is invalid for this recipient."""
    language = request.language
    addressee = request.addressee
    name = "" if addressee.generic_minister else recipient_name(addressee, language)
    agreeing = effective_gender(addressee.gender, addressee.form_of_address)
    greeting = salutation(
        language,
        addressee.level,
        addressee.gender,
        name=name,
        surname=_surname(addressee, name) if name else "",
        form_of_address=addressee.form_of_address,
        override=addressee.salutation_override,
        # The Russian address block is in the dative, the name with it.
        address_name=dative(name, agreeing.value, addressee.family_name)
        if language == "ru"
        else "",
    )
    context = merge_context(request, letterhead, name, greeting)
    merged = merge(template, context)
    event = request.event
    title_name = name or (
        _pick(addressee.member_state.short_names, language) if addressee.member_state else ""
    )
    return LetterDocument(
        language=language,
        letterhead=letterhead,
        reference=request.reference,
        place_and_date=place_and_date(
            letterhead.text("city", language), request.letter_date, language
        ),
        recipient_lines=address_block(addressee, language, greeting.addressee),
        subject=merged.subject,
        paragraphs=merged.paragraphs,
        signatory_name=context["signatory"]["name"],
        signatory_title=context["signatory"]["title"],
        signature_image=event.signature_image,
        contact_line=footer_line(event, language),
        banner=banner,
        title=f"{request.reference} – {title_name}" if title_name else request.reference,
    )


def courtesy_banner(original_language: str) -> str:
    return label("courtesy_copy", "en", original=language_name(original_language, "en"))


# --- Glyph check --------------------------------------------------------------------------------


def missing_glyphs(document: LetterDocument) -> set[str]:
    """Characters of the letter that neither its fonts nor the other shipped faces can draw
    (empty when all is well)."""
    fonts = fonts_for(document.language)
    faces = tuple(dict.fromkeys((fonts.regular, fonts.bold)))
    text = "\n".join(document.texts())
    missing = undrawable_characters(text, faces)
    if fonts.right_to_left:
        # What is drawn are the contextual forms: check those too.
        shaped = "".join(bidi_text.shaped(word) for word in text.split())
        missing |= undrawable_characters(shaped, faces)
    return missing
