"""Importing contacts from a spreadsheet: validate, de-duplicate, plan, commit as one batch, undo.

One pure pipeline behind both the import wizard and `liaison-app import contacts`:

    table = read_table(path, sheet=None, encoding=None)          # spreadsheets.table_reader
    mapping = suggest_mapping(table.headers)                     # or load_mapping(session, name)
    index = MemberStateIndex.from_database(database)
    rows = validate_rows(table, mapping, index)                  # a reason per field
    with database.reading() as session:
        find_duplicates(session, rows)                           # in the file and the database
    plan = plan_import(table, mapping, rows, on_duplicate=DuplicateMode.MERGE)
    outcome = commit_import(database, plan, progress=..., cancelled=...)   # one transaction
    write_import_report(Path("left-out.xlsx"), plan)             # rows left out, with reasons
    undo_import(database, outcome.batch_id)                      # later, if need be

`prepare_import` runs the first five steps at once. Nothing touches the database before
`commit_import`, which writes everything in one transaction or nothing (cancel included).
"""

from __future__ import annotations

import hashlib
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from liaison_app.domain.contact_rules import (
    FieldProblem,
    check_contact,
    email_key,
)
from liaison_app.domain.enums import (
    AuditAction,
    FormOfAddress,
    Gender,
    ImportKind,
    LevelOfRepresentation,
    OrganizationType,
)
from liaison_app.domain.models import AuditEntry, Contact, ImportBatch, Organization, SavedMapping
from liaison_app.domain.text_folding import fold, fold_key
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.services.audit import apply_changes, current_actor
from liaison_app.services.contacts import (
    EDITABLE_FIELDS,
    _Names,
    delete_contacts,
    search_text_for,
)
from liaison_app.services.member_state_lookup import MemberStateIndex
from liaison_app.spreadsheets.column_mapping import (
    FIELD_LABELS,
    ColumnMapping,
    suggest_mapping,
)
from liaison_app.spreadsheets.name_splitting import split_full_name
from liaison_app.spreadsheets.table_reader import RawTable, SourceRow, read_table
from liaison_app.storage.database import Database

log = logging.getLogger(__name__)

_NOT_WORD = re.compile(r"[\W_]+")

#: Rows written per INSERT; progress and cancel are looked at between chunks.
CHUNK_ROWS = 1000


class DuplicateMode(StrEnum):
    """What to do with a row that is already known (same e-mail, or same name and state)."""

    SKIP = "skip"
    #: The file's non-blank values replace the stored ones.
    UPDATE = "update"
    #: Field by field: the file fills the blanks; stored values are kept.
    MERGE = "merge"


class RowAction(StrEnum):
    ADD = "add"
    UPDATE = "update"
    MERGE = "merge"
    SKIP = "skip"
    REJECT = "reject"


class ImportCancelled(Exception):
    """The officer cancelled: the transaction was rolled back, the database is untouched."""


# Fields of a row that are not contact columns: resolved to ids by the import.
_RESOLVED = ("member_state", "organization", "organization_type")

_ORGANIZATION_TYPE_WORDS: tuple[tuple[str, OrganizationType], ...] = (
    ("permanent mission", OrganizationType.PERMANENT_MISSION),
    ("mission permanente", OrganizationType.PERMANENT_MISSION),
    ("mision permanente", OrganizationType.PERMANENT_MISSION),
    ("постоянное представительство", OrganizationType.PERMANENT_MISSION),
    ("البعثة الدائمة", OrganizationType.PERMANENT_MISSION),
    ("常驻代表团", OrganizationType.PERMANENT_MISSION),
    ("ministry", OrganizationType.MINISTRY),
    ("ministere", OrganizationType.MINISTRY),
    ("ministerio", OrganizationType.MINISTRY),
    ("министерство", OrganizationType.MINISTRY),
    ("وزاره", OrganizationType.MINISTRY),
    ("部", OrganizationType.MINISTRY),
    ("regulatory", OrganizationType.REGULATOR),
    ("regulator", OrganizationType.REGULATOR),
    ("autorite de regulation", OrganizationType.REGULATOR),
    ("university", OrganizationType.ACADEMIA),
    ("universite", OrganizationType.ACADEMIA),
    ("universidad", OrganizationType.ACADEMIA),
    ("университет", OrganizationType.ACADEMIA),
    ("جامعه", OrganizationType.ACADEMIA),
    ("大学", OrganizationType.ACADEMIA),
)


def guess_organization_type(name: str | None) -> OrganizationType:
    """A ministry or permanent mission is recognisable by its name in six languages."""
    folded = fold(name)
    for word, kind in _ORGANIZATION_TYPE_WORDS:
        if word in folded:
            return kind
    return OrganizationType.OTHER


def _organization_type(text: str) -> OrganizationType | None:
    folded = fold(text).replace(" ", "_").replace("-", "_")
    for kind in OrganizationType:
        if folded in (kind.value, fold(kind.value.replace("_", " ")).replace(" ", "_")):
            return kind
    guessed = guess_organization_type(text)
    return guessed if guessed is not OrganizationType.OTHER else None


# ---------------------------------------------------------------------------------------------
# Rows


@dataclass
class ImportRow:
    """One row of the file on its way in: what it said, what it becomes, and why not."""

    number: int
    #: The text of each mapped field, as read (after the full name was split).
    source: dict[str, str]
    #: Cleaned `Contact` column values (member_state_id included).
    values: dict[str, Any] = field(default_factory=dict)
    #: The organization named by the row (created on commit when it does not exist).
    organization: str | None = None
    organization_type: OrganizationType | None = None
    problems: dict[str, FieldProblem] = field(default_factory=dict)
    #: Set by `find_duplicates`.
    duplicate_of_contact: uuid.UUID | None = None
    duplicate_of_row: int | None = None
    duplicate_reason: str | None = None
    #: Set by `plan_import`.
    action: RowAction = RowAction.ADD
    #: For update and merge: {field: (stored, new)}.
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    #: Left out by the officer in the preview.
    excluded: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of_contact is not None or self.duplicate_of_row is not None

    def reasons(self, language: str = "en") -> list[str]:
        """Why the row is left out, a sentence per field (or per cause)."""
        out = [
            f"{FIELD_LABELS.get(name, name)}: {problem.text(language)}"
            for name, problem in self.problems.items()
        ]
        if self.excluded:
            out.append("Left out in the preview.")
        if self.action is RowAction.SKIP and self.duplicate_reason:
            if self.duplicate_of_row is not None:
                out.append(f"Duplicate of row {self.duplicate_of_row} ({self.duplicate_reason}).")
            else:
                out.append(f"Already in the database ({self.duplicate_reason}).")
        return out


def _raw_fields(row: SourceRow, mapping: ColumnMapping) -> dict[str, str]:
    raw: dict[str, str] = {}
    for column, target in mapping.columns.items():
        if not target:
            continue
        text = row.cell(column)
        if target in raw and raw[target].strip():
            if text.strip():
                raw[target] = f"{raw[target]}; {text}"  # two columns mapped to one field
        else:
            raw[target] = text
    return raw


def validate_row(
    number: int,
    raw: Mapping[str, str],
    index: MemberStateIndex,
    *,
    split_names: bool = True,
    default_member_state_id: uuid.UUID | None = None,
) -> ImportRow:
    """Check one row given as {field: text}; the wizard calls it again after an edit."""
    source = dict(raw.items())
    fields: dict[str, Any] = {k: v for k, v in source.items() if k not in _RESOLVED}
    problems: dict[str, FieldProblem] = {}

    if split_names and source.get("full_name", "").strip():
        parts = split_full_name(source["full_name"])
        fields["full_name"] = parts.full_name
        if parts.given_name and not (source.get("given_name") or "").strip():
            fields["given_name"] = parts.given_name
        if parts.family_name and not (source.get("family_name") or "").strip():
            fields["family_name"] = parts.family_name
        if parts.form_of_address and not (source.get("form_of_address") or "").strip():
            fields["form_of_address"] = parts.form_of_address

    member_state_id = default_member_state_id
    region = None
    state_text = (source.get("member_state") or "").strip()
    if state_text:
        found = index.candidates(state_text)
        if len(found) == 1:
            member_state_id = found[0].id
            region = found[0].iso_alpha2
        elif found:
            problems["member_state"] = FieldProblem(
                "member_state",
                N_("{value} may be any of: {candidates}. Write the full name."),
                {"value": state_text, "candidates": ", ".join(e.name("en") for e in found)},
            )
        else:
            problems["member_state"] = FieldProblem(
                "member_state", N_("Not a known member state: {value}"), {"value": state_text}
            )
    elif member_state_id is not None:
        entry = index.get(member_state_id)
        region = entry.iso_alpha2 if entry else None

    checked = check_contact(fields, region=region)
    problems.update(checked.problems)
    values = dict(checked.values)
    values["member_state_id"] = member_state_id

    organization = " ".join((source.get("organization") or "").split()) or None
    organization_type = None
    type_text = (source.get("organization_type") or "").strip()
    if type_text:
        organization_type = _organization_type(type_text)
        if organization_type is None:
            problems["organization_type"] = FieldProblem(
                "organization_type",
                N_("Not a known type of organization: {value}"),
                {"value": type_text},
            )
    if organization and len(organization) > 300:
        problems["organization"] = FieldProblem(
            "organization",
            N_("Too long: at most {limit} characters ({length} given)."),
            {"limit": 300, "length": len(organization)},
        )
    return ImportRow(
        number=number,
        source=source,
        values=values,
        organization=organization,
        organization_type=organization_type,
        problems=problems,
    )


def validate_rows(
    table: RawTable,
    mapping: ColumnMapping,
    index: MemberStateIndex,
    *,
    default_member_state_id: uuid.UUID | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ImportRow]:
    """Every row of the table checked through the mapping, with a reason per field."""
    if not mapping.has_name():
        raise UserError(
            N_(
                "No column holds the names: map a column to Full name (or to Given and Family "
                "name) before importing."
            )
        )
    rows = []
    total = len(table.rows)
    for position, source_row in enumerate(table.rows):
        rows.append(
            validate_row(
                source_row.number,
                _raw_fields(source_row, mapping),
                index,
                split_names=mapping.split_full_name,
                default_member_state_id=default_member_state_id,
            )
        )
        if progress is not None and position % 500 == 0:
            progress(position, total)
    return rows


# ---------------------------------------------------------------------------------------------
# Duplicates


def name_key(full_name: str | None) -> str:
    """Two spellings of one name share this key: folded, word order ignored ("PÉREZ José")."""
    words = (_NOT_WORD.sub("", word) for word in fold(full_name).split())
    return " ".join(sorted(word for word in words if word))


def _keys(values: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    emails = [email_key(values.get(f)) for f in ("email", "email_alt") if values.get(f)]
    state = values.get("member_state_id")
    names = []
    for name_field in ("full_name", "full_name_latin"):
        key = name_key(values.get(name_field))
        if key:
            names.append(f"{state}|{key}")
    return emails, names


@dataclass
class _Existing:
    by_email: dict[str, uuid.UUID]
    by_name: dict[str, uuid.UUID]


def _existing_keys(session: Session) -> _Existing:
    """E-mail and name keys of every stored contact: dict lookups make 10,000 × 10,000 cheap."""
    by_email: dict[str, uuid.UUID] = {}
    by_name: dict[str, uuid.UUID] = {}
    c = Contact.__table__.c
    for row in session.execute(
        select(c.id, c.email, c.email_alt, c.full_name, c.full_name_latin, c.member_state_id)
    ):
        emails, names = _keys(row._mapping)
        for key in emails:
            by_email.setdefault(key, row.id)
        for key in names:
            by_name.setdefault(key, row.id)
    return _Existing(by_email, by_name)


def find_duplicates(session: Session, rows: Sequence[ImportRow]) -> int:
    """Mark rows that repeat an earlier row of the file or a stored contact; return how many.

    The same e-mail (any of two, case ignored), or the same name (folded, in any word order,
    as written or in Latin script) in the same member state.
    """
    existing = _existing_keys(session)
    seen_email: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    found = 0
    for row in rows:
        row.duplicate_of_contact = row.duplicate_of_row = row.duplicate_reason = None
        if not row.ok or row.excluded:
            continue
        emails, names = _keys(row.values)
        earlier = next((seen_email[k] for k in emails if k in seen_email), None)
        reason = "same e-mail" if earlier is not None else None
        if earlier is None:
            earlier = next((seen_name[k] for k in names if k in seen_name), None)
            reason = "same name and member state" if earlier is not None else None
        if earlier is not None:
            row.duplicate_of_row, row.duplicate_reason = earlier, reason
            found += 1
            continue
        stored = next((existing.by_email[k] for k in emails if k in existing.by_email), None)
        reason = "same e-mail" if stored is not None else None
        if stored is None:
            stored = next((existing.by_name[k] for k in names if k in existing.by_name), None)
            reason = "same name and member state" if stored is not None else None
        if stored is not None:
            row.duplicate_of_contact, row.duplicate_reason = stored, reason
            found += 1
        for key in emails:
            seen_email.setdefault(key, row.number)
        for key in names:
            seen_name.setdefault(key, row.number)
    return found


# ---------------------------------------------------------------------------------------------
# Plan


@dataclass(frozen=True)
class ImportCounts:
    read: int
    added: int
    updated: int
    merged: int
    skipped: int
    rejected: int

    def summary(self) -> str:
        return (
            f"{self.read} rows read: {self.added} added, {self.updated} updated, "
            f"{self.merged} merged, {self.skipped} skipped, {self.rejected} rejected."
        )


@dataclass
class ImportPlan:
    """Everything `commit_import` will do, decided row by row; nothing written yet."""

    source: Path
    source_sha256: str | None
    sheet: str | None
    encoding: str | None
    headers: list[str]
    mapping: ColumnMapping
    mapping_name: str | None
    rows: list[ImportRow]
    #: Lines under the list that were not taken as people ("Total", "المجموع").
    footers: list[SourceRow] = field(default_factory=list)
    on_duplicate: DuplicateMode = DuplicateMode.SKIP
    #: Stored contacts' current values for the rows that update or merge ({id: {field: value}}).
    stored: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    #: Rows of the file by number, for the report.
    source_rows: dict[int, SourceRow] = field(default_factory=dict)

    def counts(self) -> ImportCounts:
        actions = [row.action for row in self.rows]
        return ImportCounts(
            read=len(self.rows),
            added=actions.count(RowAction.ADD),
            updated=actions.count(RowAction.UPDATE),
            merged=actions.count(RowAction.MERGE),
            skipped=actions.count(RowAction.SKIP),
            rejected=actions.count(RowAction.REJECT),
        )

    @property
    def left_out(self) -> list[ImportRow]:
        return [row for row in self.rows if row.action in (RowAction.SKIP, RowAction.REJECT)]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _combine(
    target: dict[str, Any], incoming: Mapping[str, Any], *, overwrite: bool
) -> dict[str, Any]:
    """`target` with `incoming`'s non-blank values: all of them (update) or only into blanks."""
    out = dict(target)
    for name, value in incoming.items():
        if _blank(value) or value in (FormOfAddress.NONE, Gender.UNSPECIFIED):
            continue
        if (
            overwrite
            or _blank(out.get(name))
            or out.get(name)
            in (
                FormOfAddress.NONE,
                Gender.UNSPECIFIED,
            )
        ):
            out[name] = value
    return out


# Fields where a difference of case only is no change: "AL-KHALIDI" is how lists write the
# family name "Al-Khalidi", and e-mail addresses are not told apart by case.
_CASE_BLIND = frozenset(
    {
        "full_name",
        "full_name_latin",
        "given_name",
        "family_name",
        "email",
        "email_alt",
        "organization",
    }
)


def _same(name: str, stored: Any, new: Any) -> bool:
    if name in _CASE_BLIND and isinstance(stored, str) and isinstance(new, str):
        return stored.casefold() == new.casefold()
    return stored == new


def _stored_values(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    ids = list(set(ids))
    out: dict[uuid.UUID, dict[str, Any]] = {}
    org = Organization.__table__.c
    c = Contact.__table__.c
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = (
            select(*(c[name] for name in EDITABLE_FIELDS), c.id, org.name.label("organization"))
            .select_from(
                Contact.__table__.outerjoin(Organization.__table__, c.organization_id == org.id)
            )
            .where(c.id.in_(chunk))
        )
        for row in session.execute(query):
            values = dict(row._mapping)
            out[values.pop("id")] = values
    return out


def plan_import(
    session: Session,
    table: RawTable,
    mapping: ColumnMapping,
    rows: list[ImportRow],
    *,
    on_duplicate: DuplicateMode | str = DuplicateMode.SKIP,
    actions: Mapping[int, RowAction] | None = None,
    overwrite_fields: Iterable[str] = (),
    mapping_name: str | None = None,
) -> ImportPlan:
    """Decide each row: add, update, merge, skip or reject (call `find_duplicates` first).

    `on_duplicate` applies to every duplicate; `actions` ({row number: action}) overrides it
    row by row (ADD keeps a row that only looks like a duplicate). A duplicate within the file
    is folded into its first row (update: later values win; merge: they fill its blanks). A
    merge keeps stored non-blank values, except in `overwrite_fields`.
    """
    mode = DuplicateMode(on_duplicate)
    actions = dict(actions or {})
    overwrite = set(overwrite_fields)
    default = {
        DuplicateMode.SKIP: RowAction.SKIP,
        DuplicateMode.UPDATE: RowAction.UPDATE,
        DuplicateMode.MERGE: RowAction.MERGE,
    }[mode]
    by_number = {row.number: row for row in rows}
    for row in rows:
        row.changes = {}
        if not row.ok or row.excluded:
            row.action = RowAction.REJECT if not row.ok else RowAction.SKIP
        elif row.is_duplicate:
            row.action = actions.get(row.number, default)
        else:
            row.action = actions.get(row.number, RowAction.ADD)
            if row.action not in (RowAction.ADD, RowAction.SKIP):
                row.action = RowAction.ADD

    # The incoming values of each first row, with its followers in the file folded in.
    incoming: dict[int, dict[str, Any]] = {}
    for row in rows:
        if row.action in (RowAction.SKIP, RowAction.REJECT):
            continue
        values = {**row.values, "organization": row.organization}
        head = row
        while head.duplicate_of_row is not None and head.action is not RowAction.ADD:
            head = by_number[head.duplicate_of_row]
        if head is row:
            incoming[row.number] = values
            continue
        if head.action in (RowAction.SKIP, RowAction.REJECT) or head.number not in incoming:
            row.action = RowAction.SKIP
            continue
        incoming[head.number] = _combine(
            incoming[head.number], values, overwrite=row.action is RowAction.UPDATE
        )

    targets = [
        row.duplicate_of_contact
        for row in rows
        if row.duplicate_of_contact and row.action in (RowAction.UPDATE, RowAction.MERGE)
    ]
    stored = _stored_values(session, targets)
    for row in rows:
        if row.number not in incoming or row.duplicate_of_row is not None:
            continue
        if row.duplicate_of_contact and row.action in (RowAction.UPDATE, RowAction.MERGE):
            current = stored.get(row.duplicate_of_contact)
            if current is None:  # deleted since the check: add it instead
                row.action = RowAction.ADD
                continue
            merged = _combine(
                current, incoming[row.number], overwrite=row.action is RowAction.UPDATE
            )
            for name in overwrite:
                value = incoming[row.number].get(name)
                if not _blank(value):
                    merged[name] = value
            row.changes = {
                name: (current.get(name), merged[name])
                for name in merged
                if not _same(name, current.get(name), merged[name])
            }
    for number, values in incoming.items():
        by_number[number].values = {k: v for k, v in values.items() if k != "organization"}
        by_number[number].organization = values.get("organization")
    return ImportPlan(
        source=table.path,
        source_sha256=_sha256(table.path),
        sheet=table.sheet,
        encoding=table.encoding,
        headers=list(table.headers),
        mapping=mapping,
        mapping_name=mapping_name,
        rows=rows,
        footers=list(table.footers),
        on_duplicate=mode,
        stored=stored,
        source_rows={row.number: row for row in table.rows},
    )


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def prepare_import(
    database: Database,
    path: Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    mapping_name: str | None = None,
    mapping: ColumnMapping | None = None,
    on_duplicate: DuplicateMode | str = DuplicateMode.SKIP,
    default_member_state_id: uuid.UUID | None = None,
) -> ImportPlan:
    """Read, map (a saved mapping by name, the given one, or the suggested one), check and plan."""
    table = read_table(Path(path), sheet=sheet, encoding=encoding)
    with database.reading() as session:
        if mapping is None and mapping_name:
            saved = load_mapping(session, mapping_name)
            mapping = ColumnMapping.from_saved(saved, table.headers)
        if mapping is None:
            mapping = suggest_mapping(table.headers)
        index = MemberStateIndex.load(session)
        rows = validate_rows(table, mapping, index, default_member_state_id=default_member_state_id)
        find_duplicates(session, rows)
        return plan_import(
            session, table, mapping, rows, on_duplicate=on_duplicate, mapping_name=mapping_name
        )


# ---------------------------------------------------------------------------------------------
# Commit and undo


@dataclass(frozen=True)
class ImportOutcome:
    batch_id: uuid.UUID | None
    counts: ImportCounts
    organizations_added: int = 0


def _organization_ids(
    session: Session, plan: ImportPlan, batch_id: uuid.UUID, actor: str, now: datetime
) -> tuple[dict[tuple[str, Any], uuid.UUID], int]:
    """The organization of each (folded name, member state) named by the plan, made if new."""
    wanted: dict[tuple[str, Any], tuple[str, OrganizationType | None]] = {}
    for row in plan.rows:
        if row.action in (RowAction.SKIP, RowAction.REJECT) or not row.organization:
            continue
        key = (fold_key(row.organization), row.values.get("member_state_id"))
        wanted.setdefault(key, (row.organization, row.organization_type))
    if not wanted:
        return {}, 0
    org = Organization.__table__.c
    found: dict[tuple[str, Any], uuid.UUID] = {}
    for org_id, name, state in session.execute(select(org.id, org.name, org.member_state_id)):
        found.setdefault((fold_key(name), state), org_id)
    new_rows = []
    for key, (name, kind) in wanted.items():
        if key in found:
            continue
        org_id = uuid.uuid4()
        found[key] = org_id
        new_rows.append(
            {
                "id": org_id,
                "name": name,
                "type": kind or guess_organization_type(name),
                "member_state_id": key[1],
                "created_at": now,
                "updated_at": now,
            }
        )
    if new_rows:
        session.execute(insert(Organization.__table__), new_rows)
        session.execute(
            insert(AuditEntry.__table__),
            [
                {
                    "id": uuid.uuid4(),
                    "at": now,
                    "actor": actor,
                    "entity_type": "organizations",
                    "entity_id": item["id"],
                    "action": AuditAction.CREATE,
                    "reason": "import",
                    "import_batch_id": batch_id,
                }
                for item in new_rows
            ],
        )
    return found, len(new_rows)


def commit_import(
    database: Database,
    plan: ImportPlan,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    actor: str | None = None,
    dry_run: bool = False,
) -> ImportOutcome:
    """Write the plan in one transaction as one import batch; ImportCancelled leaves no trace.

    Added contacts carry the batch id; updates and merges write one audit entry per changed
    field with the batch id, so `undo_import` can put them back. `dry_run` does everything
    then rolls back, to report what would happen.
    """
    who = actor or current_actor()
    counts = plan.counts()
    adds = [row for row in plan.rows if row.action is RowAction.ADD]
    changes = [row for row in plan.rows if row.changes and row.duplicate_of_contact]
    total = len(adds) + len(changes)
    done = 0

    def step(amount: int) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise ImportCancelled
        done += amount
        if progress is not None:
            progress(done, total)

    batch_id: uuid.UUID | None = None
    organizations_added = 0
    try:
        with database.writing() as session:
            now = datetime.now(UTC)
            batch = ImportBatch(
                kind=ImportKind.CONTACTS,
                source_name=plan.source.name,
                source_sha256=plan.source_sha256,
                mapping_name=plan.mapping_name,
                rows_read=counts.read,
                rows_added=counts.added,
                rows_updated=counts.updated + counts.merged,
                rows_skipped=counts.skipped,
                rows_rejected=counts.rejected,
                imported_by=who,
            )
            session.add(batch)
            session.flush()
            batch_id = batch.id
            step(0)
            orgs, organizations_added = _organization_ids(session, plan, batch.id, who, now)
            org_names: dict[uuid.UUID, str] = {}
            ids = list(set(orgs.values()))
            for start in range(0, len(ids), 500):
                query = select(Organization.id, Organization.name).where(
                    Organization.id.in_(ids[start : start + 500])
                )
                org_names.update(session.execute(query).tuples().all())

            keys: dict[str, str] = {}

            def organization_id(row: ImportRow) -> uuid.UUID | None:
                if not row.organization:
                    return None
                key = keys.get(row.organization)
                if key is None:
                    key = keys[row.organization] = fold_key(row.organization)
                return orgs.get((key, row.values.get("member_state_id")))

            pending: list[dict[str, Any]] = []
            for row in adds:
                values = {k: v for k, v in row.values.items() if k in EDITABLE_FIELDS}
                values["organization_id"] = organization_id(row)
                values.setdefault("form_of_address", FormOfAddress.NONE)
                values.setdefault("gender", Gender.UNSPECIFIED)
                if values["form_of_address"] is None:
                    values["form_of_address"] = FormOfAddress.NONE
                if values["gender"] is None:
                    values["gender"] = Gender.UNSPECIFIED
                names = _Names(organization=org_names.get(values["organization_id"]))
                record = {name: values.get(name) for name in EDITABLE_FIELDS}
                record.update(
                    id=uuid.uuid4(),
                    search_text=search_text_for(values, names),
                    import_batch_id=batch.id,
                    created_at=now,
                    updated_at=now,
                )
                pending.append(record)
                if len(pending) >= CHUNK_ROWS:
                    session.execute(insert(Contact.__table__), pending)
                    step(len(pending))
                    pending = []
            if pending:
                session.execute(insert(Contact.__table__), pending)
                step(len(pending))

            _write_changes(session, changes, organization_id, batch.id, who, now, step)
            if dry_run:
                raise _DryRun
    except _DryRun:
        return ImportOutcome(None, counts, organizations_added)
    return ImportOutcome(batch_id, counts, organizations_added)


class _DryRun(Exception):
    """Ends a dry run's transaction by rolling it back."""


def _write_changes(
    session: Session,
    rows: Sequence[ImportRow],
    organization_id: Callable[[ImportRow], uuid.UUID | None],
    batch_id: uuid.UUID,
    actor: str,
    now: datetime,
    step: Callable[[int], None],
) -> None:
    """Updates and merges in bulk: one UPDATE executed for many rows, audit entries inserted at
    once. The same audit entries as `apply_changes` writes (one per changed field, old → new,
    with the batch id), at a fraction of the cost of loading each contact as an object."""
    if not rows:
        return
    table = Contact.__table__
    current = _stored_values(session, [row.duplicate_of_contact for row in rows])
    org_ids = {v["organization_id"] for v in current.values() if v["organization_id"]}
    org_ids |= {organization_id(row) for row in rows if row.organization} - {None}
    orgs: dict[uuid.UUID, tuple[str, str | None, str | None]] = {}
    org = Organization.__table__.c
    ids = list(org_ids)
    for start in range(0, len(ids), 500):
        query = select(org.id, org.name, org.name_latin, org.acronym).where(
            org.id.in_(ids[start : start + 500])
        )
        for org_id, name, latin, acronym in session.execute(query):
            orgs[org_id] = (name, latin, acronym)

    updates: list[dict[str, Any]] = []
    audit: list[dict[str, Any]] = []
    for row in rows:
        contact_id = row.duplicate_of_contact
        stored = current.get(contact_id)
        if stored is None:  # deleted since the plan: nothing to update
            continue
        wanted: dict[str, Any] = {}
        for name, (_, new) in row.changes.items():
            if name == "organization":
                wanted["organization_id"] = organization_id(row)
            elif name in EDITABLE_FIELDS:
                wanted[name] = new
        made = {k: v for k, v in wanted.items() if stored.get(k) != v}
        if not made:
            continue
        values = {name: stored.get(name) for name in EDITABLE_FIELDS} | made
        names = orgs.get(values["organization_id"], (None, None, None))
        updates.append(
            {
                "_id": contact_id,
                **made,
                "search_text": search_text_for(values, _Names(*names)),
                "updated_at": now,
            }
        )
        audit.extend(
            {
                "id": uuid.uuid4(),
                "at": now,
                "actor": actor,
                "entity_type": "contacts",
                "entity_id": contact_id,
                "action": AuditAction.UPDATE,
                "field": name,
                "old_value": _text(stored.get(name)),
                "new_value": _text(new),
                "reason": "import",
                "import_batch_id": batch_id,
            }
            for name, new in made.items()
        )
    # One statement per set of changed fields (executemany needs the same columns in each row).
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for item in updates:
        by_columns.setdefault(tuple(sorted(item)), []).append(item)
    for columns, items in by_columns.items():
        statement = (
            table.update()
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in columns if name != "_id"})
        )
        for start in range(0, len(items), CHUNK_ROWS):
            chunk = items[start : start + CHUNK_ROWS]
            session.execute(statement, chunk)
            step(len(chunk))
    if audit:
        session.execute(insert(AuditEntry.__table__), audit)
    step(len(rows) - len(updates))


def _typed(field_name: str, text: str | None) -> Any:
    """A field's stored value from its audit text."""
    if text is None:
        return None
    if field_name in ("member_state_id", "organization_id"):
        return uuid.UUID(text)
    if field_name == "form_of_address":
        return FormOfAddress(text)
    if field_name == "gender":
        return Gender(text)
    if field_name == "level":
        return LevelOfRepresentation(text)
    return text


@dataclass(frozen=True)
class UndoOutcome:
    removed: int
    reverted: int
    #: Fields changed again since the import: left as they are now.
    kept: int
    organizations_removed: int


def undo_import(
    database: Database, batch_id: uuid.UUID, *, actor: str | None = None
) -> UndoOutcome:
    """Undo a whole import: remove the contacts it added, put back the fields it changed.

    A field changed again since the import keeps its newer value. Refused (nothing changed) if
    the batch was undone already or some of its contacts have been invited since.
    """
    who = actor or current_actor()
    with database.writing() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise UserError(N_("This import no longer exists."))
        if batch.undone_at is not None:
            raise UserError(N_("This import was undone already."))
        added = list(session.scalars(select(Contact.id).where(Contact.import_batch_id == batch_id)))
        removed = len(delete_contacts(session, added, actor=who, reason="undo import"))

        entries = list(
            session.scalars(
                select(AuditEntry)
                .where(
                    AuditEntry.import_batch_id == batch_id,
                    AuditEntry.entity_type == "contacts",
                    AuditEntry.action == AuditAction.UPDATE,
                )
                .order_by(AuditEntry.at)
            )
        )
        reverted = kept = 0
        by_contact: dict[uuid.UUID, dict[str, Any]] = {}
        for entry in entries:
            contact = session.get(Contact, entry.entity_id)
            if contact is None or entry.field is None:
                continue
            current = getattr(contact, entry.field)
            if _text(current) != entry.new_value:
                kept += 1
                continue
            by_contact.setdefault(contact.id, {})[entry.field] = _typed(
                entry.field, entry.old_value
            )
        for contact_id, values in by_contact.items():
            contact = session.get(Contact, contact_id)
            made = apply_changes(session, contact, values, actor=who, reason="undo import")
            reverted += len(made)
            org = (
                session.get(Organization, contact.organization_id)
                if (contact.organization_id)
                else None
            )
            contact.search_text = search_text_for(
                {name: getattr(contact, name) for name in EDITABLE_FIELDS},
                _Names(
                    organization=org.name if org else None,
                    organization_latin=org.name_latin if org else None,
                    organization_acronym=org.acronym if org else None,
                ),
            )
        session.flush()
        created_orgs = list(
            session.scalars(
                select(AuditEntry.entity_id).where(
                    AuditEntry.import_batch_id == batch_id,
                    AuditEntry.entity_type == "organizations",
                    AuditEntry.action == AuditAction.CREATE,
                )
            )
        )
        organizations_removed = 0
        for org_id in created_orgs:
            used = session.scalar(
                select(func.count()).select_from(Contact).where(Contact.organization_id == org_id)
            )
            if not used and session.get(Organization, org_id) is not None:
                try:
                    with session.begin_nested():
                        session.execute(delete(Organization).where(Organization.id == org_id))
                    organizations_removed += 1
                except Exception:  # referenced elsewhere since (an inquiry): keep it
                    log.info("organization %s kept: still referenced", org_id)
        batch.undone_at = datetime.now(UTC)
    return UndoOutcome(removed, reverted, kept, organizations_removed)


def _text(value: Any) -> str | None:
    """A value as the audit trail writes it (the same text as `services.audit`)."""
    if value is None or type(value) is str:
        return value
    if isinstance(value, StrEnum):
        return value.value
    from liaison_app.services.audit import _text as audit_text

    return audit_text(value)


# ---------------------------------------------------------------------------------------------
# Saved mappings


def save_mapping(
    session: Session, name: str, mapping: ColumnMapping, headers: Sequence[str]
) -> None:
    """Save (or replace) a mapping under `name`, by header text."""
    name = " ".join(name.split())
    if not name:
        raise UserError(N_("A saved mapping needs a name."))
    saved = mapping.to_saved(headers)
    existing = session.scalar(select(SavedMapping).where(SavedMapping.name == name))
    if existing is None:
        session.add(SavedMapping(name=name, kind=ImportKind.CONTACTS, mapping=saved))
    else:
        existing.mapping = saved


def load_mapping(session: Session, name: str) -> dict:
    """A saved mapping by name; UserError naming the saved ones when there is none."""
    found = session.scalar(
        select(SavedMapping).where(
            SavedMapping.name == " ".join(name.split()), SavedMapping.kind == ImportKind.CONTACTS
        )
    )
    if found is None:
        names = mapping_names(session)
        raise UserError(
            N_("No saved mapping is named {name}. Saved mappings: {names}."),
            name=name,
            names=", ".join(names) if names else "none",
        )
    return dict(found.mapping)


def mapping_names(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(SavedMapping.name)
            .where(SavedMapping.kind == ImportKind.CONTACTS)
            .order_by(SavedMapping.name)
        )
    )


# ---------------------------------------------------------------------------------------------
# Report


def write_import_report(path: Path, plan: ImportPlan, *, language: str = "en") -> Path:
    """An .xlsx of every row left out (rejected, skipped, footers) with its reasons and cells."""
    from liaison_app.spreadsheets.workbook_writer import Column, SheetSpec, write_workbook

    columns = [
        Column("row", "Row", "int"),
        Column("outcome", "Outcome"),
        Column("reasons", "Reasons", "wrapped", width=60),
    ]
    columns += [
        Column(f"c{index}", header or f"Column {index + 1}", "code")
        for index, header in enumerate(plan.headers)
    ]
    lines = []
    for row in plan.left_out:
        source = plan.source_rows.get(row.number)
        line: dict[str, Any] = {
            "row": row.number,
            "outcome": "Rejected" if row.action is RowAction.REJECT else "Skipped",
            "reasons": "\n".join(row.reasons(language)),
        }
        if source is not None:
            line.update({f"c{i}": cell for i, cell in enumerate(source.cells)})
        lines.append(line)
    for footer in plan.footers:
        line = {
            "row": footer.number,
            "outcome": "Skipped",
            "reasons": "A total or note under the list, not a person.",
        }
        line.update({f"c{i}": cell for i, cell in enumerate(footer.cells)})
        lines.append(line)
    lines.sort(key=lambda item: item["row"])
    return write_workbook(
        Path(path),
        [SheetSpec("Left out", columns, rows=lines, row_count=len(lines))],
        title=f"Rows left out of {plan.source.name}",
        language=language,
    )
