"""Contacts: create, update (audited), delete with undo, and the paged query behind the view."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    and_,
    case,
    delete,
    exists,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from liaison_app.domain.contact_rules import FieldProblem, check_contact, display_phone
from liaison_app.domain.enums import (
    FormOfAddress,
    Gender,
    LevelOfRepresentation,
    OrganizationType,
    Region,
)
from liaison_app.domain.models import Contact, Invitation, MemberState, Organization
from liaison_app.domain.text_folding import contact_search_text, fold, fold_repeated
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.services.audit import apply_changes, current_actor, record_create, record_delete
from liaison_app.services.deletion import Deleted, chunks, restore, snapshot

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

_contacts = Contact.__table__
_organizations = Organization.__table__
_states = MemberState.__table__

#: Columns an editor or an import may set (the rest are bookkeeping).
EDITABLE_FIELDS: tuple[str, ...] = (
    "form_of_address",
    "gender",
    "full_name",
    "full_name_latin",
    "given_name",
    "family_name",
    "position",
    "level",
    "organization_id",
    "member_state_id",
    "email",
    "email_alt",
    "phone",
    "phone_mobile",
    "postal_address",
    "preferred_language",
    "salutation_override",
    "notes",
)


class ContactInvalid(UserError):
    """A contact refused by the rules; `problems` says why, field by field (for the editor)."""

    def __init__(self, problems: Mapping[str, FieldProblem]) -> None:
        first = next(iter(problems.values()))
        super().__init__(first.message, **first.params)
        self.problems = dict(problems)


# ---------------------------------------------------------------------------------------------
# Search text


@dataclass(frozen=True, slots=True)
class _Names:
    organization: str | None = None
    organization_latin: str | None = None
    organization_acronym: str | None = None


def _names_for(session: Session, organization_id: Any, member_state_id: Any = None) -> _Names:
    # Member state names are not stored in search_text: a search matches them on the 193 states
    # instead (see `_where`), which keeps the scanned column short and the keystrokes fast.
    org = session.get(Organization, organization_id) if organization_id else None
    return _Names(
        organization=org.name if org else None,
        organization_latin=org.name_latin if org else None,
        organization_acronym=org.acronym if org else None,
    )


def search_text_for(values: Mapping[str, Any], names: _Names) -> str:
    return contact_search_text(
        full_name=values.get("full_name"),
        full_name_latin=values.get("full_name_latin"),
        given_name=values.get("given_name"),
        family_name=values.get("family_name"),
        position=values.get("position"),
        organization=names.organization,
        organization_latin=names.organization_latin,
        organization_acronym=names.organization_acronym,
        emails=(values.get("email"), values.get("email_alt")),
        phones=(values.get("phone"), values.get("phone_mobile")),
    )


def refresh_search_texts(
    session: Session,
    *,
    contact_ids: Iterable[uuid.UUID] | None = None,
    organization_id: uuid.UUID | None = None,
) -> int:
    """Recompute `search_text` (after an organization is renamed, say); return how many changed.

    With no argument, every contact is recomputed.
    """
    query = select(Contact)
    if contact_ids is not None:
        query = query.where(Contact.id.in_(list(contact_ids)))
    if organization_id is not None:
        query = query.where(Contact.organization_id == organization_id)
    changed = 0
    for contact in session.scalars(query):
        text = search_text_for(
            _values_of(contact),
            _names_for(session, contact.organization_id, contact.member_state_id),
        )
        if text != contact.search_text:
            contact.search_text = text
            changed += 1
    return changed


def _values_of(contact: Contact) -> dict[str, Any]:
    return {name: getattr(contact, name) for name in EDITABLE_FIELDS}


# ---------------------------------------------------------------------------------------------
# Writing


def _region_of(session: Session, member_state_id: Any) -> str | None:
    if not member_state_id:
        return None
    state = session.get(MemberState, member_state_id)
    return state.iso_alpha2 if state else None


def clean_contact_values(
    session: Session,
    values: Mapping[str, Any],
    *,
    partial: bool = False,
    member_state_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """Values checked by the contact rules; ContactInvalid says which field is wrong and why.

    Typed values (enums, E.164 phones, normalised e-mails) pass unchanged, so an editor may hand
    over what it already checked. With `partial` only the given fields are checked (an edit);
    phones are then read for `member_state_id` unless the values change it.
    """
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not contact fields: {sorted(unknown)}")
    state_id = values.get("member_state_id", member_state_id)
    rule_fields = {
        k: v for k, v in values.items() if k not in ("organization_id", "member_state_id")
    }
    checked = check_contact(rule_fields, region=_region_of(session, state_id), partial=partial)
    problems = dict(checked.problems)
    cleaned = dict(checked.values)
    for key, model in (("organization_id", Organization), ("member_state_id", MemberState)):
        if key in values:
            cleaned[key] = values[key] or None
            if cleaned[key] is not None and session.get(model, cleaned[key]) is None:
                message = (
                    N_("Unknown member state.")
                    if model is MemberState
                    else N_("Unknown organization.")
                )
                problems[key] = FieldProblem(key, message)
    if problems:
        raise ContactInvalid(problems)
    return cleaned


def create_contact(
    session: Session,
    values: Mapping[str, Any],
    *,
    actor: str | None = None,
    reason: str | None = None,
) -> Contact:
    """Add a contact (checked by the contact rules) and audit its creation."""
    cleaned = clean_contact_values(session, values)
    cleaned.setdefault("form_of_address", FormOfAddress.NONE)
    cleaned.setdefault("gender", Gender.UNSPECIFIED)
    contact = Contact(**cleaned)
    contact.search_text = search_text_for(
        cleaned, _names_for(session, contact.organization_id, contact.member_state_id)
    )
    session.add(contact)
    record_create(session, contact, actor=actor, reason=reason)
    return contact


def update_contact(
    session: Session,
    contact_id: uuid.UUID,
    changes: Mapping[str, Any],
    *,
    actor: str | None = None,
    reason: str | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Change some fields of a contact; one audit entry per field that really changed."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise UserError(N_("This contact no longer exists; it may have been deleted."))
    cleaned = clean_contact_values(
        session, changes, partial=True, member_state_id=contact.member_state_id
    )
    made = apply_changes(session, contact, cleaned, actor=actor, reason=reason)
    if made:
        contact.search_text = search_text_for(
            _values_of(contact),
            _names_for(session, contact.organization_id, contact.member_state_id),
        )
    return made


def get_contact(session: Session, contact_id: uuid.UUID) -> Contact | None:
    return session.get(Contact, contact_id)


def contact_values(contact: Contact) -> dict[str, Any]:
    """The editable fields of a contact, for an editor to show."""
    return _values_of(contact)


# ---------------------------------------------------------------------------------------------
# Delete and undo


#: What `restore_contacts` needs to put deleted contacts back exactly as they were.
DeletedContacts = Deleted


def delete_contacts(
    session: Session,
    contact_ids: Iterable[uuid.UUID],
    *,
    actor: str | None = None,
    reason: str | None = None,
) -> DeletedContacts:
    """Delete contacts, audited, and return a snapshot from which `restore_contacts` undoes it.

    A contact that invitations were sent to is kept (the register must stay whole): the whole
    deletion is refused with the number of such contacts. Letters, speaking requests and
    delegations that named a deleted contact keep their record without it, and get it back on
    restore.
    """
    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        return Deleted(_contacts.name, [])
    for chunk in chunks(ids):
        used = session.scalar(
            select(func.count(func.distinct(Invitation.contact_id))).where(
                Invitation.contact_id.in_(chunk)
            )
        )
        if used:
            raise UserError(
                N_(
                    "{count} of these contacts received invitations and cannot be "
                    "deleted; remove them from the invitations first."
                ),
                count=used,
            )
    session.flush()
    deleted = snapshot(session, _contacts, ids)
    who = actor or current_actor()
    for chunk in chunks(ids):
        for contact in session.scalars(select(Contact).where(Contact.id.in_(chunk))):
            record_delete(session, contact, actor=who, reason=reason, summary=contact.full_name)
            session.expunge(contact)
    for chunk in chunks(ids):
        session.execute(delete(_contacts).where(_contacts.c.id.in_(chunk)))
    return deleted


def restore_contacts(
    session: Session, snapshot: DeletedContacts, *, actor: str | None = None
) -> int:
    """Put deleted contacts back with their ids and links (undo); return how many came back.

    A member state, organization or import batch deleted since is left empty rather than
    refusing the undo; contacts already back (restored twice) are skipped.
    """
    return restore(session, snapshot, actor=actor)


# ---------------------------------------------------------------------------------------------
# The view: searched, filtered, sorted and paged in SQL on the contacts table alone
#
# Every query orders and cuts on `contacts` only, then joins organizations and member states
# for the rows it returns. `ix_contacts_search_text` holds (search_text, member_state_id, id):
# a search, its member-state matches, the default order and the ids all come from that narrow
# index, without touching the wide table (measured on 100,000 contacts: the count of a search
# 60 → 20 ms, its first page by name 90 → 1 ms, every matching id in order 0.9 → 0.15 s).


class SortKey(StrEnum):
    FULL_NAME = "full_name"
    FULL_NAME_LATIN = "full_name_latin"
    FORM_OF_ADDRESS = "form_of_address"
    POSITION = "position"
    LEVEL = "level"
    ORGANIZATION = "organization"
    MEMBER_STATE = "member_state"
    EMAIL = "email"
    PHONE = "phone"
    PREFERRED_LANGUAGE = "preferred_language"
    UPDATED_AT = "updated_at"
    CREATED_AT = "created_at"


@dataclass(frozen=True)
class ContactFilters:
    """What the view's filters keep; an empty set keeps everything."""

    member_state_ids: frozenset[uuid.UUID] = frozenset()
    regions: frozenset[Region] = frozenset()
    levels: frozenset[LevelOfRepresentation] = frozenset()
    #: Language codes; a contact matches by its own preferred language, else its member state's
    #: language of correspondence (the language its letters go out in). "fr" matches "fr-CA".
    languages: frozenset[str] = frozenset()
    organization_types: frozenset[OrganizationType] = frozenset()
    #: Only the contacts one import added.
    import_batch_id: uuid.UUID | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.member_state_ids
            or self.regions
            or self.levels
            or self.languages
            or self.organization_types
            or self.import_batch_id
        )


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One line of the contacts view."""

    id: uuid.UUID
    form_of_address: FormOfAddress
    gender: Gender
    full_name: str
    full_name_latin: str | None
    position: str | None
    level: LevelOfRepresentation | None
    organization_id: uuid.UUID | None
    organization_name: str | None
    organization_type: OrganizationType | None
    member_state_id: uuid.UUID | None
    #: The member state's short name in the language asked for.
    member_state_name: str | None
    member_state_alpha3: str | None
    email: str | None
    phone: str | None
    phone_mobile: str | None
    preferred_language: str | None
    #: The preferred language, else the member state's language of correspondence.
    letter_language: str
    updated_at: datetime | None

    @property
    def phone_display(self) -> str:
        return display_phone(self.phone)

    @property
    def phone_mobile_display(self) -> str:
        return display_phone(self.phone_mobile)


def _key_column(session: Session) -> Any:
    """`contacts.id` as the database driver hands it over, without conversion.

    SQLite stores the ids as hex text, and making 100,000 `uuid.UUID` objects of them costs
    0.2 s: a list of every matching contact keeps them as they come (see `ContactKeys`).
    """
    if session.get_bind().dialect.supports_native_uuid:
        return _contacts.c.id
    return type_coerce(_contacts.c.id, String)


def _as_id(key: Any) -> uuid.UUID:
    return key if isinstance(key, uuid.UUID) else uuid.UUID(hex=key)


class ContactKeys:
    """The contacts a view shows, in its order, held as the database's own keys.

    Cheap for 100,000 contacts; `contact_rows` reads the rows of any window of it by key, so
    scrolling to the end costs the same as the first page. Keys become ids (`id_at`, `ids`) only
    for the rows shown or acted on.
    """

    __slots__ = ("_keys",)

    def __init__(self, keys: Sequence[Any] = ()) -> None:
        self._keys = list(keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ContactKeys) and self._keys == other._keys

    def window(self, start: int, stop: int) -> ContactKeys:
        """The keys of the rows start ≤ row < stop."""
        return ContactKeys(self._keys[start:stop])

    def id_at(self, row: int) -> uuid.UUID:
        return _as_id(self._keys[row])

    def ids(self) -> list[uuid.UUID]:
        return [_as_id(key) for key in self._keys]

    def index_of(self, contact_id: uuid.UUID) -> int:
        """The row of a contact, or -1."""
        for key in (contact_id, contact_id.hex):
            try:
                return self._keys.index(key)
            except ValueError:
                continue
        return -1


def _like_pattern(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _letter_language():
    return func.coalesce(_contacts.c.preferred_language, _states.c.correspondence_language, "en")


def _states_named(session: Session, token: str) -> list[uuid.UUID]:
    """Member states whose short name, in any of the six languages, contains `token` (folded)."""
    names = session.execute(
        select(_states.c.id, *(_states.c[f"short_name_{lang}"] for lang in LANGUAGES))
    ).all()
    return [
        row[0] for row in names if any(token in fold_repeated(name) for name in row[1:] if name)
    ]


def _where(session: Session, search: str, filters: ContactFilters) -> list[Any]:
    """Conditions on the contacts table alone (no join needed to count or order them).

    Each word of the search must appear in the contact's `search_text` or in the name of its
    member state ("jordan", "الأردن" and "Иордания" all find the contacts of Jordan): both are
    read from `ix_contacts_search_text`. Filters on member states and organizations are
    `IN (SELECT id …)` subqueries: SQLite then scans the contacts once instead of joining first.
    """
    c = _contacts.c
    conditions: list[Any] = []
    for token in fold(search).split():
        matches = c.search_text.like(_like_pattern(token), escape="\\")
        # One or two letters ("p", "ال") name half the world's states: only words of three
        # letters or more look at state names.
        states = _states_named(session, token) if len(token) > 2 else []
        if states:
            matches = or_(matches, c.member_state_id.in_(states))
        conditions.append(matches)
    if filters.member_state_ids:
        conditions.append(c.member_state_id.in_(list(filters.member_state_ids)))
    if filters.regions:
        regions = [Region(r) for r in filters.regions]
        conditions.append(
            c.member_state_id.in_(select(_states.c.id).where(_states.c.region.in_(regions)))
        )
    if filters.levels:
        conditions.append(c.level.in_([LevelOfRepresentation(level) for level in filters.levels]))
    if filters.organization_types:
        kinds = [OrganizationType(t) for t in filters.organization_types]
        conditions.append(
            c.organization_id.in_(
                select(_organizations.c.id).where(_organizations.c.type.in_(kinds))
            )
        )
    if filters.languages:
        codes = sorted(filters.languages)

        def speaks(column: Any) -> Any:
            return or_(*(or_(column == code, column.like(f"{code}-%")) for code in codes))

        by_state = select(_states.c.id).where(speaks(_states.c.correspondence_language))
        no_state_language = c.member_state_id.is_(None)
        if "en" in codes:
            # Letters to a contact with no language and no member state go out in English.
            by_state_or_default = or_(c.member_state_id.in_(by_state), no_state_language)
        else:
            by_state_or_default = c.member_state_id.in_(by_state)
        conditions.append(
            or_(
                speaks(c.preferred_language),
                and_(c.preferred_language.is_(None), by_state_or_default),
            )
        )
    if filters.import_batch_id:
        conditions.append(c.import_batch_id == filters.import_batch_id)
    return conditions


def _level_rank():
    return case(
        {level: level.protocol_rank for level in LevelOfRepresentation},
        value=_contacts.c.level,
        else_=None,
    )


class _PositionIn(FunctionElement):
    """Where `needle` starts in `haystack` (1-based, 0 when absent): instr / strpos."""

    type = Integer()
    inherit_cache = True


@compiles(_PositionIn)
def _PositionIn_default(element: Any, compiler: Any, **kw: Any) -> str:
    haystack, needle = list(element.clauses)
    return f"instr({compiler.process(haystack, **kw)}, {compiler.process(needle, **kw)})"


@compiles(_PositionIn, "postgresql")
def _PositionIn_postgresql(element: Any, compiler: Any, **kw: Any) -> str:
    haystack, needle = list(element.clauses)
    return f"strpos({compiler.process(haystack, **kw)}, {compiler.process(needle, **kw)})"


def _state_order(session: Session, language: str) -> Any:
    """Each contact's member state ranked by its folded name in `language`, as a sort expression.

    SQL's lower() knows no accents in SQLite ("États-Unis" would sort after "Zambie"), and the
    193 names are few: rank them in Python, write the codes in that order in one string, and
    sort by where the code of each contact's state stands in it — one primary-key lookup and
    one C string search per row, where a CASE of 193 branches cost 0.7 s on 100,000 contacts.
    No member state: NULL, sorted last.
    """
    names = session.execute(select(_states.c.iso_alpha3, _states.c[f"short_name_{language}"])).all()
    ranked = sorted(names, key=lambda row: (fold(row[1]), row[1] or ""))
    order = "|" + "|".join(code for code, _ in ranked) + "|"
    code = literal("|") + _states.c.iso_alpha3 + literal("|")
    return (
        select(_PositionIn(literal(order), code))
        .where(_states.c.id == _contacts.c.member_state_id)
        .scalar_subquery()
    )


def _organization_order() -> Any:
    """Each contact's organization name, for sorting: looked up for that row only."""
    return (
        select(func.lower(_organizations.c.name))
        .where(_organizations.c.id == _contacts.c.organization_id)
        .scalar_subquery()
    )


def _sort_column(session: Session, sort_key: SortKey, language: str) -> Any:
    c = _contacts.c
    if sort_key is SortKey.MEMBER_STATE:
        return _state_order(session, language)
    if sort_key is SortKey.ORGANIZATION:
        return _organization_order()
    columns = {
        # search_text starts with the folded full name: sorts "Élodie" beside "Eloise", not
        # after "Zoe", in every script, without a sort-key column — and it is the indexed one.
        SortKey.FULL_NAME: c.search_text,
        SortKey.FULL_NAME_LATIN: func.lower(c.full_name_latin),
        SortKey.FORM_OF_ADDRESS: c.form_of_address,
        SortKey.POSITION: func.lower(c.position),
        SortKey.LEVEL: _level_rank(),
        SortKey.EMAIL: func.lower(c.email),
        SortKey.PHONE: c.phone,
        SortKey.PREFERRED_LANGUAGE: c.preferred_language,
        SortKey.UPDATED_AT: c.updated_at,
        SortKey.CREATED_AT: c.created_at,
    }
    return columns[sort_key]


#: Sort keys whose column is never empty: no NULLS LAST, which costs SQLite an extra key.
_NEVER_NULL = frozenset(
    {SortKey.FULL_NAME, SortKey.FORM_OF_ADDRESS, SortKey.UPDATED_AT, SortKey.CREATED_AT}
)


def _ordering(session: Session, sort_key: SortKey, descending: bool, language: str) -> list[Any]:
    """The sort key (empty values last either way), then the name, then the id: a total order,
    so pages never overlap or skip a row. By name it runs along `ix_contacts_search_text`."""
    c = _contacts.c
    column = _sort_column(session, sort_key, language)
    key = column.desc() if descending else column.asc()
    if sort_key is SortKey.FULL_NAME:
        return [key, c.id.desc() if descending else c.id.asc()]
    first = key if sort_key in _NEVER_NULL else key.nulls_last()
    return [first, c.search_text, c.id]


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def _ordered_keys(
    session: Session,
    conditions: list[Any],
    *,
    sort_key: SortKey,
    descending: bool,
    language: str,
    offset: int = 0,
    limit: int | None = None,
) -> ContactKeys:
    statement = (
        select(_key_column(session))
        .select_from(_contacts)
        .where(and_(True, *conditions))
        .order_by(*_ordering(session, sort_key, descending, language))
    )
    if offset:
        statement = statement.offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return ContactKeys(session.scalars(statement).all())


def contact_rows(session: Session, keys: ContactKeys, *, language: str = "en") -> list[ContactRow]:
    """The view's rows of these contacts, in the order of `keys`; the contacts deleted since
    are left out. Joins organizations and member states for these rows only."""
    language = _language(language)
    c = _contacts.c
    key = _key_column(session)
    statement = select(
        key,
        c.id,
        c.form_of_address,
        c.gender,
        c.full_name,
        c.full_name_latin,
        c.position,
        c.level,
        c.organization_id,
        _organizations.c.name,
        _organizations.c.type,
        c.member_state_id,
        _states.c[f"short_name_{language}"],
        _states.c.iso_alpha3,
        c.email,
        c.phone,
        c.phone_mobile,
        c.preferred_language,
        _letter_language(),
        c.updated_at,
    ).select_from(
        _contacts.outerjoin(_organizations, c.organization_id == _organizations.c.id).outerjoin(
            _states, c.member_state_id == _states.c.id
        )
    )
    found: dict[Any, ContactRow] = {}
    for chunk in chunks(keys._keys):
        for row in session.execute(statement.where(key.in_(chunk))):
            found[row[0]] = ContactRow(*row[1:])
    return [found[k] for k in keys._keys if k in found]


def query_contacts(
    session: Session,
    *,
    search: str = "",
    filters: ContactFilters | None = None,
    sort_key: SortKey | str = SortKey.FULL_NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
    language: str = "en",
) -> list[ContactRow]:
    """One page of the contacts view, searched, filtered and sorted by the database.

    `search` is folded like `Contact.search_text`; each word must appear (in any field), so
    "perez jordan" finds Pérez of Jordan. Empty values sort last either way; ties go by name.
    A deep page is cheaper through `query_contact_keys` and `contact_rows` than by `offset`.
    """
    conditions = _where(session, search, filters or ContactFilters())
    keys = _ordered_keys(
        session,
        conditions,
        sort_key=SortKey(sort_key),
        descending=descending,
        language=_language(language),
        offset=offset,
        limit=limit,
    )
    return contact_rows(session, keys, language=language)


def query_first_page(
    session: Session,
    *,
    search: str = "",
    filters: ContactFilters | None = None,
    sort_key: SortKey | str = SortKey.FULL_NAME,
    descending: bool = False,
    limit: int = 200,
    language: str = "en",
) -> tuple[int, list[ContactRow]]:
    """What the view shows first for a search: how many contacts match, and the first rows.

    The count is skipped when the page holds every match (a narrow search).
    """
    conditions = _where(session, search, filters or ContactFilters())
    keys = _ordered_keys(
        session,
        conditions,
        sort_key=SortKey(sort_key),
        descending=descending,
        language=_language(language),
        limit=limit,
    )
    count = len(keys) if len(keys) < limit else _count(session, conditions)
    return count, contact_rows(session, keys, language=language)


def query_contact_keys(
    session: Session,
    *,
    search: str = "",
    filters: ContactFilters | None = None,
    sort_key: SortKey | str = SortKey.FULL_NAME,
    descending: bool = False,
    language: str = "en",
) -> ContactKeys:
    """Every contact the view shows, in its order (for scrolling anywhere and "select all")."""
    return _ordered_keys(
        session,
        _where(session, search, filters or ContactFilters()),
        sort_key=SortKey(sort_key),
        descending=descending,
        language=_language(language),
    )


def _count(session: Session, conditions: list[Any]) -> int:
    statement = select(func.count()).select_from(_contacts).where(and_(True, *conditions))
    return int(session.scalar(statement) or 0)


def count_contacts(
    session: Session, *, search: str = "", filters: ContactFilters | None = None
) -> int:
    """How many contacts the view shows for this search and these filters."""
    return _count(session, _where(session, search, filters or ContactFilters()))


def query_contact_ids(
    session: Session, *, search: str = "", filters: ContactFilters | None = None
) -> list[uuid.UUID]:
    """Every contact id the view shows, in no particular order (to export or invite them)."""
    conditions = _where(session, search, filters or ContactFilters())
    statement = select(_key_column(session)).select_from(_contacts).where(and_(True, *conditions))
    return [_as_id(key) for key in session.scalars(statement)]


def contacts_exist(session: Session) -> bool:
    return bool(session.scalar(select(exists().where(_contacts.c.id.is_not(None)))))
