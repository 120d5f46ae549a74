"""Partnerships: packages and inquiries per event, audited stage moves, totals and follow-ups."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Any, NamedTuple

from babel import Locale
from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    get_currency_precision,
    get_territory_currencies,
    parse_decimal,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from liaison_app.domain.enums import InquirySource, PartnershipStage
from liaison_app.domain.events import pick_language
from liaison_app.domain.models import (
    AuditEntry,
    Contact,
    Event,
    Organization,
    PartnershipInquiry,
    PartnershipPackage,
)
from liaison_app.domain.partnership_rules import (
    ALL_STAGES,
    COMMITTED_STAGES,
    OPEN_STAGES,
    Availability,
    FollowUpBucket,
    MoveKind,
    MoveVerdict,
    RefusalReason,
    StageTotals,
    availability,
    classify_move,
    convert,
    follow_up_bucket,
    move_takes_new_place,
    needs_amount,
    takes_a_place,
    totals_by_stage,
)
from liaison_app.errors import UserError
from liaison_app.services.audit import apply_changes, current_actor, record_create, record_delete
from liaison_app.services.deletion import Deleted, restore, snapshot
from liaison_app.services.labels import Term

# ---------------------------------------------------------------------------------------------
# Money


#: Babel locale per interface language; the same choices as the window's Qt locales (Arabic is
#: Modern Standard Arabic with Western digits, as in circular CL-22/009; English is British).
BABEL_LOCALES = {
    "ar": "ar_001",
    "zh": "zh_CN",
    "en": "en_GB",
    "fr": "fr_FR",
    "ru": "ru_RU",
    "es": "es_ES",
}

#: Amounts are stored as NUMERIC(14, 2): twelve digits before the point, two after.
MAX_AMOUNT = Decimal("999999999999.99")
CENT = Decimal("0.01")

#: Shown first in currency pickers: the currencies a Geneva secretariat meets most.
COMMON_CURRENCIES = ("CHF", "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "SAR", "AED", "CAD")


def babel_locale(language: str) -> str:
    return BABEL_LOCALES.get(language.split("_")[0], "en_GB")


#: Arabic writes the ISO code after the figure: CLDR's Arabic symbols mix Latin letters and signs
#: ("US$", "UK£") that the bidirectional algorithm splits apart ("$US") in right-to-left text.
ARABIC_CURRENCY_PATTERN = "\u200f#,##0.00\u00a0¤¤"


@lru_cache(maxsize=4096)  # Babel takes about half a millisecond per call; boards show hundreds
def format_money(amount: Decimal | int | float, currency: str, language: str) -> str:
    """`amount` in `currency` as a reader of `language` writes it (CHF 150,000.00; 150 000,00 CHF;
    in Arabic a right-to-left mark, the figure, then the ISO code: 150,000.00 USD)."""
    if babel_locale(language).startswith("ar"):
        return format_currency(
            amount, currency, format=ARABIC_CURRENCY_PATTERN, locale=babel_locale(language)
        )
    return format_currency(amount, currency, locale=babel_locale(language))


#: Group separators a person may type: spaces of every width and Swiss apostrophes. None of them
#: is a decimal mark anywhere, so they are dropped before parsing.
_GROUP_MARKS = str.maketrans("", "", " \u00a0\u202f\u2009'\u2019")


def parse_amount(text: str, language: str) -> Decimal | None:
    """An amount typed as a reader of `language` writes it (150 000,50 in French); None if
    empty. Raises UserError when it is not a number, negative, or too precise."""
    cleaned = (text or "").translate(_GROUP_MARKS)
    if not cleaned:
        return None
    try:
        value = parse_decimal(cleaned, locale=babel_locale(language), strict=True)
    except NumberFormatError as error:
        raise UserError("{amount} is not an amount.", amount=text.strip()) from error
    return normalize_amount(value)


def parse_rate(text: str, language: str) -> Decimal:
    """An exchange rate typed in `language` (0,92 in French); raises UserError unless above 0."""
    cleaned = (text or "").translate(_GROUP_MARKS)
    try:
        value = parse_decimal(cleaned, locale=babel_locale(language), strict=True)
    except NumberFormatError as error:
        raise UserError("{rate} is not an exchange rate.", rate=text.strip()) from error
    if not value.is_finite() or value <= 0:
        raise UserError("An exchange rate must be above zero.")
    return value


def rate_text(rate: Decimal, language: str) -> str:
    """An exchange rate with all its decimals, as `language` writes numbers."""
    return format_decimal(rate, locale=babel_locale(language), decimal_quantization=False)


def amount_text(amount: Decimal, language: str) -> str:
    """An amount without its currency, as `language` groups digits (for editing fields)."""
    return format_decimal(amount, format="#,##0.00", locale=babel_locale(language))


@cache
def currencies_in_use() -> frozenset[str]:
    """ISO 4217 codes legal tender somewhere today, from Babel's CLDR data."""
    codes: set[str] = set()
    today = date.today()
    for territory in Locale("en").territories:
        if len(territory) == 2 and territory.isalpha():
            codes.update(get_territory_currencies(territory, today))
    return frozenset(codes)


def currency_choices() -> list[str]:
    """Currency codes for a picker: the common ones first, then the rest alphabetically."""
    rest = sorted(currencies_in_use() - set(COMMON_CURRENCIES))
    return [c for c in COMMON_CURRENCIES if c in currencies_in_use()] + rest


def is_currency_code(code: str) -> bool:
    return code in currencies_in_use()


def normalize_currency(code: str | None) -> str | None:
    """The currency code in capitals, or None when empty; raises UserError when not ISO 4217."""
    if code is None or not code.strip():
        return None
    code = code.strip().upper()
    if not is_currency_code(code):
        raise UserError(
            "{code} is not an ISO 4217 currency code in use (for example CHF, USD or EUR).",
            code=code,
        )
    return code


def normalize_amount(amount: Decimal | int | str | None) -> Decimal | None:
    """The amount as a Decimal with two decimals, or None; raises UserError when it cannot be."""
    if amount is None or (isinstance(amount, str) and not amount.strip()):
        return None
    try:
        value = Decimal(str(amount).strip()) if not isinstance(amount, Decimal) else amount
    except InvalidOperation as error:
        raise UserError("{amount} is not an amount.", amount=amount) from error
    if not value.is_finite():
        raise UserError("{amount} is not an amount.", amount=amount)
    if value < 0:
        raise UserError("An amount cannot be negative.")
    if value > MAX_AMOUNT:
        raise UserError("The amount is too large (at most 999,999,999,999.99).")
    if value != value.quantize(CENT):
        raise UserError("An amount has at most two decimals.")
    return value.quantize(CENT)


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Rounded to the currency's minor unit (two decimals for CHF, none for JPY)."""
    return amount.quantize(Decimal(1).scaleb(-get_currency_precision(currency)), ROUND_HALF_EVEN)


# ---------------------------------------------------------------------------------------------
# Errors the window explains in its own words (each carries what it needs to do so)


class MoveRefused(UserError):
    """The stage move is not allowed at all (out of a final stage without a reopen)."""

    def __init__(self, verdict: MoveVerdict) -> None:
        self.verdict = verdict
        if verdict.refusal is RefusalReason.REOPEN_NOT_FINAL:
            super().__init__(
                "Only a paid, declined or withdrawn inquiry can be reopened; this one is at "
                "{stage}.",
                stage=Term(verdict.from_stage),
            )
        elif verdict.refusal is RefusalReason.REOPEN_TO_FINAL:
            super().__init__(
                "An inquiry is reopened to an open stage (inquiry to agreement signed), "
                "not to {stage}.",
                stage=Term(verdict.to_stage),
            )
        else:
            super().__init__(
                "The inquiry is {stage}, which closes it: reopen it to move it again.",
                stage=Term(verdict.from_stage),
            )


class JumpNotConfirmed(UserError):
    """The move skips stages or goes back; the officer has to confirm it first."""

    def __init__(self, verdict: MoveVerdict) -> None:
        self.verdict = verdict
        super().__init__(
            "Moving from {from_stage} to {to_stage} skips or undoes stages; confirm it to go on.",
            from_stage=Term(verdict.from_stage),
            to_stage=Term(verdict.to_stage),
        )


class AmountRequired(UserError):
    """From commitment on, an inquiry needs its amount (its own or its package's)."""

    def __init__(self, stage: PartnershipStage) -> None:
        self.stage = stage
        super().__init__(
            "Enter the amount and currency of the inquiry before marking it {stage}.",
            stage=Term(stage),
        )


class PackageSoldOut(UserError):
    """Every place of the package is already held by a committed partner."""

    def __init__(self, package_name: str, quantity: int) -> None:
        self.package_name = package_name
        self.quantity = quantity
        super().__init__(
            "The package {package} is sold out: all {quantity} places are committed. "
            "Raise its quantity or choose another package.",
            package=package_name,
            quantity=quantity,
        )


# ---------------------------------------------------------------------------------------------
# Events and the directory (the choices the editors offer)


def list_events(session: Session) -> list[Event]:
    """Every event, the latest first."""
    return list(session.scalars(select(Event).order_by(Event.starts_on.desc(), Event.reference)))


def organization_choices(session: Session) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of every organization in the directory, by name."""
    rows = session.execute(select(Organization.id, Organization.name).order_by(Organization.name))
    return [(row.id, row.name) for row in rows]


def contact_choices(
    session: Session, organization_id: uuid.UUID | None = None
) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of the contacts of an organization, or of everyone when it is None."""
    query = select(Contact.id, Contact.full_name, Contact.full_name_latin).order_by(
        Contact.full_name
    )
    if organization_id is not None:
        query = query.where(Contact.organization_id == organization_id)
    result = []
    for row in session.execute(query):
        name = row.full_name
        if row.full_name_latin and row.full_name_latin != row.full_name:
            name = f"{row.full_name} ({row.full_name_latin})"
        result.append((row.id, name))
    return result


def _require_event(session: Session, event_id: uuid.UUID) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise UserError("The event no longer exists.")
    return event


# ---------------------------------------------------------------------------------------------
# Packages

PACKAGE_FIELDS = ("code", "names", "tier", "amount", "currency", "benefits", "quantity_available")


def list_packages(session: Session, event_id: uuid.UUID) -> list[PartnershipPackage]:
    """The event's packages, highest tier (smallest number) first."""
    return list(
        session.scalars(
            select(PartnershipPackage)
            .where(PartnershipPackage.event_id == event_id)
            .order_by(PartnershipPackage.tier, PartnershipPackage.code)
        )
    )


def get_package(session: Session, package_id: uuid.UUID) -> PartnershipPackage:
    package = session.get(PartnershipPackage, package_id)
    if package is None:
        raise UserError("The package no longer exists; another window may have deleted it.")
    return package


def places_taken(
    session: Session, package_id: uuid.UUID, *, excluding: uuid.UUID | None = None
) -> int:
    """How many inquiries hold a place of the package (committed, agreement signed or paid)."""
    query = (
        select(func.count())
        .select_from(PartnershipInquiry)
        .where(
            PartnershipInquiry.package_id == package_id,
            PartnershipInquiry.stage.in_(COMMITTED_STAGES),
        )
    )
    if excluding is not None:
        query = query.where(PartnershipInquiry.id != excluding)
    return session.scalar(query) or 0


def package_availability(session: Session, package: PartnershipPackage) -> Availability:
    return Availability(package.quantity_available, places_taken(session, package.id))


def package_availabilities(session: Session, event_id: uuid.UUID) -> dict[uuid.UUID, Availability]:
    """Availability of each of the event's packages, in one query."""
    packages = {p.id: p for p in list_packages(session, event_id)}
    stages: dict[uuid.UUID, list[PartnershipStage]] = {key: [] for key in packages}
    rows = session.execute(
        select(PartnershipInquiry.package_id, PartnershipInquiry.stage).where(
            PartnershipInquiry.package_id.in_(packages)
        )
    )
    for package_id, stage in rows:
        stages[package_id].append(stage)
    return {
        key: availability(package.quantity_available, stages[key])
        for key, package in packages.items()
    }


def validate_package(
    session: Session,
    event_id: uuid.UUID,
    values: Mapping[str, Any],
    package: PartnershipPackage | None = None,
) -> tuple[dict[str, Any], dict[str, UserError]]:
    """Cleaned values and the problems found, field by field (so an editor can show each)."""
    clean: dict[str, Any] = {}
    problems: dict[str, UserError] = {}
    code = (values.get("code") or "").strip()
    if not code:
        problems["code"] = UserError("Enter a short code for the package (for example PLAT).")
    elif len(code) > 40:
        problems["code"] = UserError("The code is too long (at most 40 characters).")
    else:
        clash = session.scalar(
            select(PartnershipPackage.id).where(
                PartnershipPackage.event_id == event_id,
                func.lower(PartnershipPackage.code) == code.lower(),
                PartnershipPackage.id != (package.id if package else None),
            )
        )
        if clash is not None:
            problems["code"] = UserError(
                "The event already has a package with the code {code}.", code=code
            )
    clean["code"] = code
    names = {k: v.strip() for k, v in (values.get("names") or {}).items() if v and v.strip()}
    if not names:
        problems["names"] = UserError("Give the package a name in at least one language.")
    clean["names"] = names
    clean["benefits"] = {
        k: v.strip() for k, v in (values.get("benefits") or {}).items() if v and v.strip()
    }
    tier = values.get("tier", 0)
    if not isinstance(tier, int) or tier < 0:
        problems["tier"] = UserError("The tier is a whole number, 1 for the highest.")
    clean["tier"] = tier
    try:
        amount = normalize_amount(values.get("amount"))
        if amount is None:
            problems["amount"] = UserError("Enter the package's amount.")
        clean["amount"] = amount
    except UserError as error:
        problems["amount"] = error
    try:
        currency = normalize_currency(values.get("currency"))
        if currency is None:
            problems["currency"] = UserError("Enter the currency (for example CHF).")
        clean["currency"] = currency
    except UserError as error:
        problems["currency"] = error
    quantity = values.get("quantity_available")
    if quantity is not None and (not isinstance(quantity, int) or quantity < 0):
        problems["quantity_available"] = UserError(
            "The number of places is a whole number, or empty for no limit."
        )
    elif quantity is not None and package is not None:
        taken = places_taken(session, package.id)
        if quantity < taken:
            problems["quantity_available"] = UserError(
                "{taken} partners already hold a place in this package; it cannot offer fewer.",
                taken=taken,
            )
    clean["quantity_available"] = quantity
    return clean, problems


def _raise_first(problems: dict[str, UserError]) -> None:
    if problems:
        raise next(iter(problems.values()))


def create_package(
    session: Session, event_id: uuid.UUID, *, actor: str | None = None, **values: Any
) -> PartnershipPackage:
    _require_event(session, event_id)
    clean, problems = validate_package(session, event_id, values)
    _raise_first(problems)
    package = PartnershipPackage(event_id=event_id, **clean)
    session.add(package)
    record_create(session, package, actor=actor)
    return package


def update_package(
    session: Session,
    package: PartnershipPackage,
    changes: Mapping[str, Any],
    *,
    actor: str | None = None,
) -> dict[str, tuple[Any, Any]]:
    unknown = set(changes) - set(PACKAGE_FIELDS)
    if unknown:
        raise ValueError(f"not package fields: {sorted(unknown)}")
    merged = {name: getattr(package, name) for name in PACKAGE_FIELDS} | dict(changes)
    clean, problems = validate_package(session, package.event_id, merged, package)
    _raise_first(problems)
    return apply_changes(session, package, {k: clean[k] for k in changes}, actor=actor)


def delete_package(
    session: Session, package: PartnershipPackage, *, actor: str | None = None
) -> None:
    """Delete a package nobody is interested in; refused otherwise, so no inquiry loses it."""
    interested = session.scalar(
        select(func.count())
        .select_from(PartnershipInquiry)
        .where(PartnershipInquiry.package_id == package.id)
    )
    if interested:
        raise UserError(
            "{count} inquiries name this package; change their package before deleting it.",
            count=interested,
        )
    record_delete(session, package, actor=actor, summary=package.code)
    session.delete(package)


# ---------------------------------------------------------------------------------------------
# Inquiries

INQUIRY_FIELDS = (
    "organization_id",
    "organization_name",
    "contact_id",
    "package_id",
    "source",
    "received_on",
    "amount",
    "currency",
    "next_follow_up_on",
    "notes",
)


def organization_label(inquiry: PartnershipInquiry) -> str:
    """The organization's name from the directory, else the name as typed."""
    if inquiry.organization is not None:
        return inquiry.organization.name
    return inquiry.organization_name or ""


def value_of(inquiry: PartnershipInquiry) -> tuple[Decimal | None, str | None]:
    """What the inquiry is worth: its own amount, else its package's (amount, currency)."""
    if inquiry.amount is not None and inquiry.currency:
        return inquiry.amount, inquiry.currency
    if inquiry.package is not None:
        return inquiry.package.amount, inquiry.package.currency
    return None, None


def _inquiry_query(event_id: uuid.UUID | None):
    query = select(PartnershipInquiry).options(
        selectinload(PartnershipInquiry.organization),
        selectinload(PartnershipInquiry.contact),
        selectinload(PartnershipInquiry.package),
        selectinload(PartnershipInquiry.event),
    )
    if event_id is not None:
        query = query.where(PartnershipInquiry.event_id == event_id)
    return query


def list_inquiries(session: Session, event_id: uuid.UUID) -> list[PartnershipInquiry]:
    """The event's inquiries, newest first, with organization, contact and package loaded."""
    return list(
        session.scalars(
            _inquiry_query(event_id).order_by(
                PartnershipInquiry.received_on.desc(), PartnershipInquiry.created_at.desc()
            )
        )
    )


@dataclass(frozen=True)
class InquiryRow:
    """One inquiry as lists, boards and exports show it: plain values, names in one language."""

    id: uuid.UUID
    event_id: uuid.UUID
    organization: str
    #: False when the organization was typed, not chosen from the directory.
    organization_in_directory: bool
    contact: str
    package_id: uuid.UUID | None
    package: str
    source: InquirySource
    received_on: date
    stage: PartnershipStage
    stage_changed_on: date | None
    #: The inquiry's value: its own amount, else its package's (then `amount_from_package`).
    amount: Decimal | None
    currency: str | None
    amount_from_package: bool
    next_follow_up_on: date | None
    notes: str

    @property
    def is_open(self) -> bool:
        return self.stage in OPEN_STAGES


def inquiry_row(inquiry: PartnershipInquiry, language: str) -> InquiryRow:
    amount, currency = value_of(inquiry)
    return InquiryRow(
        id=inquiry.id,
        event_id=inquiry.event_id,
        organization=organization_label(inquiry),
        organization_in_directory=inquiry.organization is not None,
        contact=inquiry.contact.full_name if inquiry.contact is not None else "",
        package_id=inquiry.package_id,
        package=inquiry.package.name(language) if inquiry.package is not None else "",
        source=inquiry.source,
        received_on=inquiry.received_on,
        stage=inquiry.stage,
        stage_changed_on=inquiry.stage_changed_on,
        amount=amount,
        currency=currency,
        amount_from_package=inquiry.amount is None and amount is not None,
        next_follow_up_on=inquiry.next_follow_up_on,
        notes=inquiry.notes or "",
    )


def inquiry_rows(session: Session, event_id: uuid.UUID, language: str) -> list[InquiryRow]:
    """The event's inquiries as rows, newest first, names in `language`.

    One joined query rather than loaded objects: the board reloads after every move, and
    building ORM objects with their relations cost ten times the read itself (bench/).
    """
    inquiry, package = PartnershipInquiry, PartnershipPackage
    query = (
        select(
            inquiry.id,
            inquiry.organization_name,
            Organization.name.label("directory_name"),
            Contact.full_name.label("contact_name"),
            inquiry.package_id,
            package.names.label("package_names"),
            package.amount.label("package_amount"),
            package.currency.label("package_currency"),
            inquiry.source,
            inquiry.received_on,
            inquiry.stage,
            inquiry.stage_changed_on,
            inquiry.amount,
            inquiry.currency,
            inquiry.next_follow_up_on,
            inquiry.notes,
        )
        .outerjoin(Organization, inquiry.organization_id == Organization.id)
        .outerjoin(Contact, inquiry.contact_id == Contact.id)
        .outerjoin(package, inquiry.package_id == package.id)
        .where(inquiry.event_id == event_id)
        .order_by(inquiry.received_on.desc(), inquiry.created_at.desc())
    )
    rows = []
    for r in session.execute(query):
        own = r.amount is not None and bool(r.currency)
        amount = r.amount if own else r.package_amount
        currency = r.currency if own else r.package_currency
        rows.append(
            InquiryRow(
                id=r.id,
                event_id=event_id,
                organization=r.directory_name or r.organization_name or "",
                organization_in_directory=r.directory_name is not None,
                contact=r.contact_name or "",
                package_id=r.package_id,
                package=pick_language(r.package_names, language) if r.package_id else "",
                source=r.source,
                received_on=r.received_on,
                stage=r.stage,
                stage_changed_on=r.stage_changed_on,
                amount=amount,
                currency=currency,
                amount_from_package=not own and amount is not None,
                next_follow_up_on=r.next_follow_up_on,
                notes=r.notes or "",
            )
        )
    return rows


def get_inquiry(session: Session, inquiry_id: uuid.UUID) -> PartnershipInquiry:
    inquiry = session.scalar(_inquiry_query(None).where(PartnershipInquiry.id == inquiry_id))
    if inquiry is None:
        raise UserError("The inquiry no longer exists; another window may have deleted it.")
    return inquiry


def validate_inquiry(
    session: Session,
    event_id: uuid.UUID,
    values: Mapping[str, Any],
    inquiry: PartnershipInquiry | None = None,
) -> tuple[dict[str, Any], dict[str, UserError]]:
    """Cleaned values and the problems found, field by field (so an editor can show each)."""
    clean: dict[str, Any] = {}
    problems: dict[str, UserError] = {}

    organization_id = values.get("organization_id")
    organization_name = (values.get("organization_name") or "").strip() or None
    if organization_id is not None:
        if session.get(Organization, organization_id) is None:
            problems["organization"] = UserError("The organization is no longer in the directory.")
        organization_name = None
    elif organization_name is None:
        problems["organization"] = UserError(
            "Choose the organization from the directory or type its name."
        )
    elif len(organization_name) > 300:
        problems["organization"] = UserError(
            "The organization's name is too long (at most 300 characters)."
        )
    clean["organization_id"] = organization_id
    clean["organization_name"] = organization_name

    contact_id = values.get("contact_id")
    if contact_id is not None and session.get(Contact, contact_id) is None:
        problems["contact"] = UserError("The contact is no longer in the directory.")
    clean["contact_id"] = contact_id

    package_id = values.get("package_id")
    package = session.get(PartnershipPackage, package_id) if package_id is not None else None
    if package_id is not None and (package is None or package.event_id != event_id):
        problems["package"] = UserError("The package is not one of this event's packages.")
        package = None
    clean["package_id"] = package_id

    try:
        clean["source"] = InquirySource(values.get("source"))
    except ValueError:
        problems["source"] = UserError("Say how the inquiry came in (e-mail, phone, meeting…).")

    received_on = values.get("received_on")
    if not isinstance(received_on, date):
        problems["received_on"] = UserError("Enter the date the inquiry was received.")
        received_on = None
    clean["received_on"] = received_on

    try:
        clean["amount"] = normalize_amount(values.get("amount"))
    except UserError as error:
        problems["amount"] = error
        clean["amount"] = None
    try:
        clean["currency"] = normalize_currency(values.get("currency"))
    except UserError as error:
        problems["currency"] = error
        clean["currency"] = None
    if clean["amount"] is not None and clean["currency"] is None and "currency" not in problems:
        problems["currency"] = UserError("Enter the currency of the amount (for example CHF).")

    follow_up = values.get("next_follow_up_on")
    if follow_up is not None and received_on is not None and follow_up < received_on:
        problems["next_follow_up_on"] = UserError(
            "The next follow-up cannot come before the inquiry was received."
        )
    clean["next_follow_up_on"] = follow_up
    clean["notes"] = (values.get("notes") or "").strip() or None

    if inquiry is not None:
        stage = inquiry.stage
        if needs_amount(stage) and clean["amount"] is None and "amount" not in problems:
            if package is None:
                problems["amount"] = UserError(
                    "An inquiry that is {stage} keeps the amount committed.",
                    stage=Term(stage),
                )
            else:  # the committed amount falls back to the package's, as when it was moved
                clean["amount"], clean["currency"] = package.amount, package.currency
                problems.pop("currency", None)
        if (
            package is not None
            and takes_a_place(stage)
            and package.id != inquiry.package_id
            and package.quantity_available is not None
            and places_taken(session, package.id, excluding=inquiry.id)
            >= package.quantity_available
        ):
            problems["package"] = PackageSoldOut(package.name("en"), package.quantity_available)
        if received_on is not None and inquiry.stage_changed_on is not None:
            never_moved = (
                stage is PartnershipStage.INQUIRY
                and inquiry.stage_changed_on == inquiry.received_on
            )
            if never_moved:
                # Still where it started: correcting the received date moves that date along.
                clean["stage_changed_on"] = received_on
            elif received_on > inquiry.stage_changed_on:
                problems["received_on"] = UserError(
                    "The inquiry cannot be received after its stage last changed ({date}).",
                    date=inquiry.stage_changed_on.isoformat(),
                )
    return clean, problems


def create_inquiry(
    session: Session, event_id: uuid.UUID, *, actor: str | None = None, **values: Any
) -> PartnershipInquiry:
    """A new inquiry at the first stage, dated the day it was received."""
    _require_event(session, event_id)
    unknown = set(values) - set(INQUIRY_FIELDS)
    if unknown:
        raise ValueError(f"not inquiry fields: {sorted(unknown)}")
    clean, problems = validate_inquiry(session, event_id, values)
    _raise_first(problems)
    inquiry = PartnershipInquiry(
        event_id=event_id,
        stage=PartnershipStage.INQUIRY,
        stage_changed_on=clean["received_on"],
        **clean,
    )
    session.add(inquiry)
    record_create(session, inquiry, actor=actor)
    return inquiry


def update_inquiry(
    session: Session,
    inquiry: PartnershipInquiry,
    changes: Mapping[str, Any],
    *,
    actor: str | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Change an inquiry's details (not its stage: that is `move_stage`), audited field by field."""
    unknown = set(changes) - set(INQUIRY_FIELDS)
    if unknown:
        raise ValueError(f"not inquiry fields (the stage moves through move_stage): {unknown}")
    merged = {name: getattr(inquiry, name) for name in INQUIRY_FIELDS} | dict(changes)
    clean, problems = validate_inquiry(session, inquiry.event_id, merged, inquiry)
    _raise_first(problems)
    return apply_changes(session, inquiry, clean, actor=actor)


def delete_inquiry(
    session: Session, inquiry: PartnershipInquiry, *, actor: str | None = None
) -> Deleted:
    """Delete the inquiry (audited); returns what `restore_inquiry` needs to undo it."""
    session.flush()
    deleted = snapshot(session, PartnershipInquiry.__table__, [inquiry.id])
    record_delete(session, inquiry, actor=actor, summary=organization_label(inquiry))
    session.delete(inquiry)
    return deleted


def restore_inquiry(session: Session, deleted: Deleted, *, actor: str | None = None) -> uuid.UUID:
    """Bring a deleted inquiry back with its identity and its letters, so its history continues
    (its contact or package deleted since are left empty; its organization, required, refuses)."""
    restore(session, deleted, actor=actor)
    return deleted.ids[0]


# ---------------------------------------------------------------------------------------------
# Stage moves


def move_stage(
    session: Session,
    inquiry: PartnershipInquiry,
    to_stage: PartnershipStage | str,
    *,
    confirmed_jump: bool = False,
    on: date | None = None,
    reason: str | None = None,
    reopen: bool = False,
    actor: str | None = None,
) -> MoveVerdict:
    """Move the inquiry to `to_stage` on the date `on`, audited in the caller's transaction.

    Raises MoveRefused (out of paid/declined/withdrawn without `reopen`), JumpNotConfirmed (a move
    that skips or undoes stages, unless `confirmed_jump`), AmountRequired (committed or beyond
    with no amount, neither the inquiry's nor its package's) and PackageSoldOut. Nothing is
    changed when it raises. Returns the verdict (`UNCHANGED` when already there).
    """
    to_stage = PartnershipStage(to_stage)
    on = on or date.today()
    verdict = classify_move(inquiry.stage, to_stage, reopen=reopen)
    if verdict.kind is MoveKind.REFUSED:
        raise MoveRefused(verdict)
    if verdict.kind is MoveKind.UNCHANGED:
        return verdict
    if verdict.kind is MoveKind.NEEDS_CONFIRMATION and not confirmed_jump:
        raise JumpNotConfirmed(verdict)
    if on < inquiry.received_on:
        raise UserError(
            "A stage cannot change before the inquiry was received ({date}).",
            date=inquiry.received_on.isoformat(),
        )

    # The date goes first: `stage_history` reads each move's date from the entry before it.
    changes: dict[str, Any] = {"stage_changed_on": on}
    package = inquiry.package
    if needs_amount(to_stage) and (inquiry.amount is None or not inquiry.currency):
        if package is None:
            raise AmountRequired(to_stage)
        changes["amount"], changes["currency"] = package.amount, package.currency
    if package is not None and move_takes_new_place(inquiry.stage, to_stage):
        quantity = package.quantity_available
        if quantity is not None and places_taken(session, package.id, excluding=inquiry.id) >= (
            quantity
        ):
            raise PackageSoldOut(package.name("en"), quantity)

    if reason is None and verdict.kind is MoveKind.NEEDS_CONFIRMATION:
        reason = "confirmed by the officer"
    if reason is None and verdict.kind is MoveKind.REOPEN:
        reason = "reopened"
    who = actor or current_actor()
    apply_changes(session, inquiry, changes, actor=who, reason=reason)
    # A flush between the two, so the date entry is stored strictly before the stage entry.
    session.flush()
    apply_changes(session, inquiry, {"stage": to_stage}, actor=who, reason=reason)
    session.flush()
    return verdict


@dataclass(frozen=True)
class StageChange:
    at: Any  # datetime of the change (UTC)
    on: date | None
    from_stage: PartnershipStage
    to_stage: PartnershipStage
    actor: str
    reason: str | None


def stage_history(session: Session, inquiry: PartnershipInquiry) -> list[StageChange]:
    """The inquiry's stage moves, oldest first, read back from the audit trail."""
    entries = list(
        session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.entity_type == PartnershipInquiry.__tablename__,
                AuditEntry.entity_id == inquiry.id,
                AuditEntry.field.in_(("stage", "stage_changed_on")),
            )
            .order_by(AuditEntry.at)
        )
    )
    dated = [e for e in entries if e.field == "stage_changed_on"]
    current: date | None = (
        date.fromisoformat(dated[0].old_value)
        if dated and dated[0].old_value
        else inquiry.stage_changed_on
    )
    changes = []
    for entry in entries:
        if entry.field == "stage_changed_on":
            current = date.fromisoformat(entry.new_value) if entry.new_value else None
            continue
        changes.append(
            StageChange(
                at=entry.at,
                on=current,
                from_stage=PartnershipStage(entry.old_value),
                to_stage=PartnershipStage(entry.new_value),
                actor=entry.actor,
                reason=entry.reason,
            )
        )
    return changes


# ---------------------------------------------------------------------------------------------
# Totals


@dataclass(frozen=True)
class PipelineTotals:
    """The pipeline's value per stage and per currency; different currencies are never added.

    `converted` exists only when the officer gave exchange rates: then each stage also has one
    figure in `target_currency`.
    """

    stages: dict[PartnershipStage, StageTotals]
    target_currency: str | None = None
    converted: dict[PartnershipStage, Decimal] | None = None
    rates: dict[str, Decimal] | None = None

    @property
    def currencies(self) -> tuple[str, ...]:
        """Every currency that appears, alphabetically."""
        return tuple(sorted({c for totals in self.stages.values() for c in totals.amounts}))

    def amounts(self, stages: Iterable[PartnershipStage] = ALL_STAGES) -> dict[str, Decimal]:
        """Per currency, summed over `stages` (each currency on its own)."""
        result: dict[str, Decimal] = {}
        for stage in stages:
            for currency, amount in self.stages[stage].amounts.items():
                result[currency] = result.get(currency, Decimal(0)) + amount
        return dict(sorted(result.items()))

    def prospective_amounts(self) -> dict[str, Decimal]:
        """Not yet committed: inquiry, information sent, negotiation."""
        return self.amounts(s for s in ALL_STAGES if s in OPEN_STAGES - COMMITTED_STAGES)

    def committed_amounts(self) -> dict[str, Decimal]:
        """Won: committed, agreement signed and paid."""
        return self.amounts(s for s in ALL_STAGES if s in COMMITTED_STAGES)

    def count(self, stages: Iterable[PartnershipStage] = ALL_STAGES) -> int:
        return sum(self.stages[stage].count for stage in stages)

    def converted_total(self, stages: Iterable[PartnershipStage] = ALL_STAGES) -> Decimal | None:
        if self.converted is None or self.target_currency is None:
            return None
        return round_money(
            sum((self.converted[s] for s in stages), Decimal(0)), self.target_currency
        )


def _check_rates(
    rates: Mapping[str, Any] | None, target_currency: str | None, currencies: Iterable[str]
) -> tuple[dict[str, Decimal] | None, str | None]:
    if rates is None and target_currency is None:
        return None, None
    if target_currency is None:
        raise UserError("Say which currency the exchange rates convert to.")
    target = normalize_currency(target_currency)
    assert target is not None
    clean: dict[str, Decimal] = {}
    for code, rate in (rates or {}).items():
        currency = normalize_currency(code)
        try:
            value = Decimal(str(rate))
        except InvalidOperation as error:
            raise UserError("{rate} is not an exchange rate.", rate=rate) from error
        if not value.is_finite() or value <= 0:
            raise UserError("The exchange rate for {currency} must be above zero.", currency=code)
        clean[currency] = value  # type: ignore[index]
    clean[target] = Decimal(1)
    for currency in currencies:
        if currency not in clean:
            raise UserError(
                "No exchange rate for {currency} to {target} was given: amounts in different "
                "currencies are only added with a rate.",
                currency=currency,
                target=target,
            )
    return clean, target


def pipeline_totals(
    session: Session,
    event_id: uuid.UUID,
    rates: Mapping[str, Decimal] | None = None,
    target_currency: str | None = None,
) -> PipelineTotals:
    """Count and value of the event's inquiries per stage, per currency.

    An inquiry's value is its own amount, else its package's. With `rates` ({currency: how many
    units of `target_currency` one unit is worth}) and `target_currency`, each stage also gets
    one converted figure; a currency without a rate is refused (UserError), never guessed.
    """
    query = (
        select(
            PartnershipInquiry.stage,
            PartnershipInquiry.amount,
            PartnershipInquiry.currency,
            PartnershipPackage.amount,
            PartnershipPackage.currency,
        )
        .outerjoin(PartnershipPackage, PartnershipInquiry.package_id == PartnershipPackage.id)
        .where(PartnershipInquiry.event_id == event_id)
    )
    items = []
    for stage, amount, currency, package_amount, package_currency in session.execute(query):
        if amount is not None and currency:
            items.append((stage, amount, currency))
        else:
            items.append((stage, package_amount, package_currency))
    stages = totals_by_stage(items)
    currencies = {c for totals in stages.values() for c in totals.amounts}
    clean_rates, target = _check_rates(rates, target_currency, currencies)
    if clean_rates is None or target is None:
        return PipelineTotals(stages)
    converted = {
        stage: round_money(convert(totals.amounts, clean_rates, target), target)
        for stage, totals in stages.items()
    }
    return PipelineTotals(stages, target, converted, clean_rates)


# ---------------------------------------------------------------------------------------------
# Follow-ups


class FollowUps(NamedTuple):
    """Open inquiries by next follow-up date; each list soonest first."""

    overdue: list[PartnershipInquiry]
    due_today: list[PartnershipInquiry]
    upcoming: list[PartnershipInquiry]


def follow_ups(
    session: Session,
    event_id: uuid.UUID | None,
    today: date,
    *,
    upcoming_days: int | None = None,
) -> FollowUps:
    """Follow-ups of open inquiries: overdue, due today, and upcoming (within `upcoming_days`
    when given). `event_id` None covers every event (the dashboard)."""
    query = _inquiry_query(event_id).where(
        PartnershipInquiry.stage.in_(OPEN_STAGES),
        PartnershipInquiry.next_follow_up_on.is_not(None),
    )
    if upcoming_days is not None:
        query = query.where(
            PartnershipInquiry.next_follow_up_on <= today + timedelta(days=upcoming_days)
        )
    inquiries = sorted(
        session.scalars(query),
        key=lambda i: (i.next_follow_up_on, organization_label(i).casefold()),
    )
    result = FollowUps([], [], [])
    lists = {
        FollowUpBucket.OVERDUE: result.overdue,
        FollowUpBucket.DUE_TODAY: result.due_today,
        FollowUpBucket.UPCOMING: result.upcoming,
    }
    for inquiry in inquiries:
        assert inquiry.next_follow_up_on is not None
        lists[follow_up_bucket(inquiry.next_follow_up_on, today)].append(inquiry)
    return result


def open_without_follow_up(
    session: Session, event_id: uuid.UUID | None
) -> list[PartnershipInquiry]:
    """Open inquiries with no next follow-up date: the ones most easily forgotten."""
    query = _inquiry_query(event_id).where(
        PartnershipInquiry.stage.in_(OPEN_STAGES),
        PartnershipInquiry.next_follow_up_on.is_(None),
    )
    return sorted(session.scalars(query), key=lambda i: (i.received_on, organization_label(i)))
