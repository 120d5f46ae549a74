"""Member states and organizations: checked, audited edits that keep contacts' search text true."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from liaison_app.domain.contact_rules import FieldProblem, check_email, check_phone
from liaison_app.domain.enums import UN_LANGUAGES, OrganizationType, Region
from liaison_app.domain.models import Base, Contact, MemberState, Organization
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.services.audit import apply_changes, current_actor, record_create, record_delete
from liaison_app.services.contacts import refresh_search_texts

LANGUAGES = tuple(str(code) for code in UN_LANGUAGES)

_organizations = Organization.__table__
#: Ids per IN (…): well below SQLite's limit on bound parameters.
_CHUNK = 500


class DirectoryInvalid(UserError):
    """An edit refused by the rules; `problems` says why, field by field (for the editors)."""

    def __init__(self, problems: Mapping[str, FieldProblem]) -> None:
        first = next(iter(problems.values()))
        super().__init__(first.message, **first.params)
        self.problems = dict(problems)


def _text(
    problems: dict[str, FieldProblem],
    name: str,
    value: Any,
    limit: int,
    *,
    required: bool = False,
    one_line: bool = True,
) -> str | None:
    """Trimmed text (spaces collapsed on one-line fields), None when blank; problems noted.

    Only names are required here, hence the message of a missing value.
    """
    text = "" if value is None else str(value)
    text = " ".join(text.split()) if one_line else text.strip()
    if not text:
        if required:
            problems[name] = FieldProblem(name, N_("A name is required."))
        return None
    if len(text) > limit:
        problems[name] = FieldProblem(
            name,
            N_("Too long: at most {limit} characters ({length} given)."),
            {"limit": limit, "length": len(text)},
        )
    return text


def _raise_if(problems: dict[str, FieldProblem]) -> None:
    if problems:
        raise DirectoryInvalid(problems)


# ---------------------------------------------------------------------------------------------
# Member states

#: What the Member State editor may change (ISO codes are the reference list's, not ours).
MEMBER_STATE_FIELDS: tuple[str, ...] = (
    *(f"short_name_{code}" for code in LANGUAGES),
    *(f"formal_name_{code}" for code in LANGUAGES),
    "region",
    "subregion",
    "correspondence_language",
    "is_member",
    "notes",
)


def member_state_values(state: MemberState) -> dict[str, Any]:
    """The editable fields of a member state, for an editor to show."""
    return {name: getattr(state, name) for name in MEMBER_STATE_FIELDS}


def _require_state(session: Session, state_id: uuid.UUID) -> MemberState:
    state = session.get(MemberState, state_id)
    if state is None:
        raise UserError(N_("This Member State no longer exists in the database."))
    return state


def clean_member_state_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Changes checked and normalised; DirectoryInvalid says which field is wrong and why.

    Names are required in each of the six languages (letters and lists use them all); the
    language of correspondence is one of the six, since letters are written in those only.
    """
    unknown = set(changes) - set(MEMBER_STATE_FIELDS)
    if unknown:
        raise ValueError(f"not member state fields: {sorted(unknown)}")
    problems: dict[str, FieldProblem] = {}
    cleaned: dict[str, Any] = {}
    for name, value in changes.items():
        if name.startswith(("short_name_", "formal_name_")):
            limit = 200 if name.startswith("short_name_") else 300
            cleaned[name] = _text(problems, name, value, limit, required=True)
        elif name == "region":
            try:
                cleaned[name] = Region(value) if value else None
            except ValueError:
                problems[name] = FieldProblem(name, N_("Unknown region: {value}"), {"value": value})
        elif name == "subregion":
            cleaned[name] = _text(problems, name, value, 80)
        elif name == "correspondence_language":
            if value not in LANGUAGES:
                problems[name] = FieldProblem(
                    name,
                    N_("Letters can go in Arabic, Chinese, English, French, Russian or Spanish."),
                )
            cleaned[name] = value
        elif name == "is_member":
            cleaned[name] = bool(value)
        else:  # notes
            cleaned[name] = _text(problems, name, value, 10_000, one_line=False)
    _raise_if(problems)
    return cleaned


def update_member_state(
    session: Session,
    state_id: uuid.UUID,
    changes: Mapping[str, Any],
    *,
    actor: str | None = None,
    reason: str | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Change a member state's names, region, language of correspondence or notes, audited.

    Returns {field: (old, new)} for the fields that really changed.
    """
    state = _require_state(session, state_id)
    cleaned = clean_member_state_changes(changes)
    made = apply_changes(session, state, cleaned, actor=actor, reason=reason)
    if any(name.startswith("short_name_") for name in made):
        # Its contacts are found by its names. The search matches state names as it runs, so
        # today their search text does not change; recomputing keeps it true if it ever does.
        session.flush()
        members = session.scalars(select(Contact.id).where(Contact.member_state_id == state_id))
        refresh_search_texts(session, contact_ids=list(members))
    return made


# ---------------------------------------------------------------------------------------------
# Organizations

ORGANIZATION_FIELDS: tuple[str, ...] = (
    "name",
    "name_latin",
    "acronym",
    "type",
    "member_state_id",
    "email",
    "phone",
    "postal_address",
    "website",
    "notes",
)

#: Fields of an organization that its contacts' search text holds.
_SEARCHED_FIELDS = frozenset({"name", "name_latin", "acronym"})


def organization_values(organization: Organization) -> dict[str, Any]:
    """The editable fields of an organization, for an editor to show."""
    return {name: getattr(organization, name) for name in ORGANIZATION_FIELDS}


def _require_organization(session: Session, organization_id: uuid.UUID) -> Organization:
    organization = session.get(Organization, organization_id)
    if organization is None:
        raise UserError(N_("This organization no longer exists in the database."))
    return organization


def _same_name(session: Session, name: str, member_state_id: uuid.UUID | None) -> uuid.UUID | None:
    """The organization of this exact name and member state (the database's unique key)."""
    state = (
        Organization.member_state_id.is_(None)
        if member_state_id is None
        else Organization.member_state_id == member_state_id
    )
    return session.scalar(select(Organization.id).where(Organization.name == name, state))


def clean_organization_values(
    session: Session,
    values: Mapping[str, Any],
    *,
    organization_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """Values checked and normalised; DirectoryInvalid says which field is wrong and why.

    For an edit (`organization_id`), only the given fields are checked; the name must stay
    unique within its member state (two "Ministry of Foreign Affairs" of one state would make
    every import ask which one is meant).
    """
    unknown = set(values) - set(ORGANIZATION_FIELDS)
    if unknown:
        raise ValueError(f"not organization fields: {sorted(unknown)}")
    current = session.get(Organization, organization_id) if organization_id else None
    problems: dict[str, FieldProblem] = {}
    cleaned: dict[str, Any] = {}
    if "name" in values or current is None:
        cleaned["name"] = _text(problems, "name", values.get("name"), 300, required=True)
    for name, limit in (("name_latin", 300), ("acronym", 40), ("website", 500)):
        if name in values:
            cleaned[name] = _text(problems, name, values[name], limit)
    for name in ("postal_address", "notes"):
        if name in values:
            cleaned[name] = _text(problems, name, values[name], 10_000, one_line=False)
    if "type" in values or current is None:
        try:
            cleaned["type"] = OrganizationType(values.get("type") or OrganizationType.OTHER)
        except ValueError:
            problems["type"] = FieldProblem(
                "type", N_("Unknown type of organization: {value}"), {"value": values["type"]}
            )
    state_id = values.get("member_state_id", current.member_state_id if current else None)
    state = session.get(MemberState, state_id) if state_id else None
    if "member_state_id" in values:
        cleaned["member_state_id"] = state_id or None
        if state_id and state is None:
            problems["member_state_id"] = FieldProblem(
                "member_state_id", N_("Unknown member state.")
            )
    if "email" in values:
        checked = check_email(values["email"])
        cleaned["email"] = checked.value
        if checked.problem:
            problems["email"] = checked.problem
    if "phone" in values:
        # A national number is read in the plan of the organization's member state.
        checked = check_phone(values["phone"], state.iso_alpha2 if state else None)
        cleaned["phone"] = checked.value
        if checked.problem:
            problems["phone"] = checked.problem
    name = cleaned.get("name") or (current.name if current else None)
    if name and "name" not in problems and ("name" in values or "member_state_id" in values):
        same = _same_name(session, name, state_id or None)
        if same is not None and same != organization_id:
            problems["name"] = FieldProblem(
                "name",
                N_("An organization of this name already exists for this Member State.")
                if state_id
                else N_("An organization of this name already exists with no Member State."),
            )
    _raise_if(problems)
    return cleaned


def create_organization(
    session: Session,
    values: Mapping[str, Any],
    *,
    actor: str | None = None,
    reason: str | None = None,
) -> Organization:
    """Add an organization (checked) and audit its creation."""
    organization = Organization(**clean_organization_values(session, values))
    session.add(organization)
    record_create(session, organization, actor=actor, reason=reason)
    return organization


def organization_named(
    session: Session,
    name: str,
    member_state_id: uuid.UUID | None,
    *,
    kind: OrganizationType = OrganizationType.OTHER,
    actor: str | None = None,
) -> uuid.UUID:
    """The organization of this name and member state, added (audited) if there is none yet.

    For a contact editor where the organization is typed rather than chosen.
    """
    name = " ".join(name.split())
    if member_state_id is not None and session.get(MemberState, member_state_id) is None:
        member_state_id = None
    existing = _same_name(session, name, member_state_id)
    if existing is not None:
        return existing
    values = {"name": name, "type": kind, "member_state_id": member_state_id}
    return create_organization(session, values, actor=actor).id


def update_organization(
    session: Session,
    organization_id: uuid.UUID,
    changes: Mapping[str, Any],
    *,
    actor: str | None = None,
    reason: str | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Change some fields of an organization, audited; its contacts stay findable by its names.

    Returns {field: (old, new)} for the fields that really changed.
    """
    organization = _require_organization(session, organization_id)
    cleaned = clean_organization_values(session, changes, organization_id=organization_id)
    made = apply_changes(session, organization, cleaned, actor=actor, reason=reason)
    if made.keys() & _SEARCHED_FIELDS:
        session.flush()
        refresh_search_texts(session, organization_id=organization_id)
    return made


@dataclass(frozen=True)
class DeletedOrganization:
    """What `restore_organization` needs to put a deleted organization back as it was."""

    row: dict[str, Any]
    #: The contacts that belonged to it (now without an organization).
    contact_ids: list[uuid.UUID] = field(default_factory=list)

    @property
    def id(self) -> uuid.UUID:
        return self.row["id"]

    @property
    def name(self) -> str:
        return self.row["name"]


def _restricting(table: Table) -> list[Any]:
    """Columns of other tables whose foreign key to `table` forbids deleting a referenced row."""
    return [
        fk.parent
        for other in Base.metadata.sorted_tables
        for fk in other.foreign_keys
        if fk.column.table is table and fk.ondelete == "RESTRICT"
    ]


def delete_organization(
    session: Session,
    organization_id: uuid.UUID,
    *,
    actor: str | None = None,
    reason: str | None = None,
) -> DeletedOrganization:
    """Delete an organization, audited; its contacts stay, without an organization.

    Refused while partnership inquiries or speaking requests name it (their record must stay
    whole). Returns the snapshot from which `restore_organization` undoes the deletion.
    """
    organization = _require_organization(session, organization_id)
    used = sum(
        session.scalar(select(func.count()).where(column == organization_id)) or 0
        for column in _restricting(_organizations)
    )
    if used:
        raise UserError(
            N_(
                "{name} cannot be deleted: partnership inquiries or speaking requests name it "
                "({count}). Change them first."
            ),
            name=organization.name,
            count=used,
        )
    row = dict(
        session.execute(select(_organizations).where(_organizations.c.id == organization_id))
        .one()
        ._mapping
    )
    who = actor or current_actor()
    members = list(
        session.scalars(select(Contact).where(Contact.organization_id == organization_id))
    )
    for contact in members:
        apply_changes(session, contact, {"organization_id": None}, actor=who, reason=reason)
    record_delete(session, organization, actor=who, reason=reason, summary=organization.name)
    session.flush()
    session.expunge(organization)
    session.execute(delete(_organizations).where(_organizations.c.id == organization_id))
    # Its contacts were found by its names: no longer.
    refresh_search_texts(session, contact_ids=[contact.id for contact in members])
    return DeletedOrganization(row, [contact.id for contact in members])


def restore_organization(
    session: Session, snapshot: DeletedOrganization, *, actor: str | None = None
) -> bool:
    """Put a deleted organization back with its id and its contacts (undo); False if already
    back. A contact given another organization since keeps it; a member state deleted since
    leaves the organization without one."""
    if session.get(Organization, snapshot.id) is not None:
        return False
    row = dict(snapshot.row)
    if row["member_state_id"] and session.get(MemberState, row["member_state_id"]) is None:
        row["member_state_id"] = None
    if _same_name(session, row["name"], row["member_state_id"]) is not None:
        raise UserError(
            N_(
                "Another organization named {name} was added since; rename or delete it, "
                "then undo again."
            ),
            name=row["name"],
        )
    session.execute(insert(_organizations), [row])
    who = actor or current_actor()
    organization = session.get(Organization, snapshot.id)
    record_create(session, organization, actor=who, reason="restored after deletion")
    back: list[Contact] = []
    for start in range(0, len(snapshot.contact_ids), _CHUNK):
        chunk = snapshot.contact_ids[start : start + _CHUNK]
        back.extend(
            session.scalars(
                select(Contact).where(Contact.id.in_(chunk), Contact.organization_id.is_(None))
            )
        )
    for contact in back:
        apply_changes(
            session,
            contact,
            {"organization_id": snapshot.id},
            actor=who,
            reason="restored after deletion",
        )
    session.flush()
    refresh_search_texts(session, contact_ids=[contact.id for contact in back])
    return True
