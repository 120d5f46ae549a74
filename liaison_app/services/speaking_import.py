"""Importing speaking requests from the online form's spreadsheet export.

The file is read by the import engine's reader (`spreadsheets.table_reader.read_table`: xlsx or
csv/tsv, encodings, header found below title rows, footers left out) and countries are matched by
the same Member State index as contacts (`MemberStateIndex`: any of the six names, ISO codes,
usual variants). The columns of a form export are recognised by their headers in the six
languages; each row is checked, and the rows that are fine are added in one transaction as one
import batch, every request audited with the batch.

    plan = prepare_speaking_import(database, Path("form.xlsx"), event_id)
    plan.rows[3].problems[0].localized("fr")   # "Level of representation not recognised: …"
    outcome = commit_speaking_import(database, plan)

A row already in the database (same delegation, same speaker, same minute of receipt) is left
out as a duplicate, so importing the same export twice adds nothing.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from liaison_app.domain.enums import (
    AttendanceMode,
    ImportKind,
    IncomingChannel,
    LevelOfRepresentation,
)
from liaison_app.domain.models import ImportBatch, SpeakingRequest
from liaison_app.domain.models import Session as EventSession
from liaison_app.domain.text_folding import fold, fold_key
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.services import speaking
from liaison_app.services.audit import current_actor
from liaison_app.services.labels import ENUM_LABELS
from liaison_app.services.member_state_lookup import MemberStateIndex
from liaison_app.spreadsheets.table_reader import RawTable, read_table
from liaison_app.storage.database import Database

L = LevelOfRepresentation

#: Header words of a form export, per field, in the six languages (folded when compared).
HEADERS: dict[str, tuple[str, ...]] = {
    "received_at": (
        "timestamp", "received", "received at", "date received", "submitted", "submitted at",
        "date", "horodateur", "date de réception", "marca temporal", "fecha", "отметка времени",
        "дата", "时间戳", "提交时间", "الطابع الزمني", "تاريخ الاستلام",
    ),
    "member_state": (
        "country", "member state", "delegation", "state", "pays", "état membre", "délégation",
        "país", "estado miembro", "delegación", "страна", "государство-член", "делегация",
        "国家", "成员国", "代表团", "البلد", "الدولة العضو", "الوفد",
    ),
    "speaker_name": (
        "name", "speaker", "name of speaker", "speaker name", "full name", "nom", "orateur",
        "nom de l'orateur", "nombre", "orador", "nombre del orador", "имя", "оратор", "фио",
        "姓名", "发言者", "الاسم", "المتحدث", "اسم المتحدث", "المتكلم", "اسم المتكلم",
    ),
    "speaker_title": (
        "title", "position", "function", "title / position", "titre", "fonction", "cargo",
        "título", "должность", "职务", "المنصب", "الوظيفة",
    ),
    "level": (
        "level", "level of representation", "niveau", "niveau de représentation", "nivel",
        "nivel de representación", "уровень", "уровень представительства", "级别", "代表级别",
        "المستوى", "مستوى التمثيل",
    ),
    "mode": (
        "participation", "mode", "in person or remote", "attendance", "modalité", "modalidad",
        "участие", "参会方式", "المشاركة", "طريقة المشاركة",
    ),
    "preferences": (
        "preferred session", "preferred sessions", "session", "sessions", "session préférée",
        "sessions préférées", "sesión preferida", "sesiones preferidas",
        "предпочтительное заседание", "首选会议", "الجلسة المفضلة", "الجلسات المفضلة",
    ),
    "notes": (
        "notes", "comments", "remarks", "message", "commentaires", "observations", "comentarios",
        "примечания", "комментарии", "备注", "ملاحظات", "تعليقات",
    ),
}  # fmt: skip
REQUIRED = ("member_state", "speaker_name", "level", "received_at")

#: Words of form exports for levels beyond the six-language labels.
_LEVEL_WORDS: dict[str, L] = {
    "president": L.HEAD_OF_STATE,
    "king": L.HEAD_OF_STATE,
    "emir": L.HEAD_OF_STATE,
    "vice president": L.VICE_PRESIDENT_OR_CROWN_PRINCE,
    "crown prince": L.VICE_PRESIDENT_OR_CROWN_PRINCE,
    "prime minister": L.HEAD_OF_GOVERNMENT,
    "deputy prime minister": L.DEPUTY_PRIME_MINISTER,
    "minister": L.MINISTER,
    "minister of state": L.MINISTER,
    "vice minister": L.VICE_MINISTER,
    "vice-minister": L.VICE_MINISTER,
    "deputy minister": L.VICE_MINISTER,
    "secretary of state": L.VICE_MINISTER,
    "under secretary": L.VICE_MINISTER,
    "undersecretary": L.VICE_MINISTER,
    "ambassador": L.AMBASSADOR,
    "permanent representative": L.AMBASSADOR,
    "head of permanent mission": L.AMBASSADOR,
    "senior official": L.SENIOR_OFFICIAL,
    "director general": L.SENIOR_OFFICIAL,
    "other": L.OTHER,
}
_REMOTE_WORDS = ("remote", "online", "virtual", "video", "à distance", "a distancia", "en línea")
_IN_PERSON_WORDS = ("in person", "on site", "onsite", "physical", "en personne", "presencial")
_DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d.%m.%Y %H:%M",
)


def _folded_table(words: dict[str, object]) -> dict[str, object]:
    return {fold_key(word): value for word, value in words.items()}


_LEVELS = _folded_table(
    {word: L(value) for value, labels in ENUM_LABELS[L].items() for word in labels.values()}
    | _LEVEL_WORDS
)
_MODES = _folded_table(
    {word: AttendanceMode(value) for value, labels in ENUM_LABELS[AttendanceMode].items()
     for word in labels.values()}
    | dict.fromkeys(_REMOTE_WORDS, AttendanceMode.REMOTE)
    | dict.fromkeys(_IN_PERSON_WORDS, AttendanceMode.IN_PERSON)
)  # fmt: skip
_HEADERS = {fold_key(word): name for name, words in HEADERS.items() for word in words}


def map_columns(headers: Sequence[str]) -> dict[str, int]:
    """Field → column for the headers recognised (the first column wins for a field)."""
    found: dict[str, int] = {}
    for column, header in enumerate(headers):
        name = _HEADERS.get(fold_key(header))
        if name is not None and name not in found:
            found[name] = column
    return found


#: Honorifics a form's free text may put before the level ("H.E. Minister").
_HONORIFICS = re.compile(
    r"^\s*(?:h\.\s*e\.|s\.\s*e\.|his excellency|her excellency|excm[oa]\.?|"
    r"his royal highness|hrh)\s*",
    re.IGNORECASE,
)


def parse_level(text: str) -> L | None:
    key = fold_key(_HONORIFICS.sub("", text))
    if key in _LEVELS:
        return _LEVELS[key]  # type: ignore[return-value]
    # "H.E. Minister of ICT": the longest known word the text starts with.
    for word in sorted(_LEVELS, key=len, reverse=True):
        if word and key.startswith(word):
            return _LEVELS[word]  # type: ignore[return-value]
    return None


def parse_mode(text: str) -> AttendanceMode | None:
    if not text.strip():
        return AttendanceMode.IN_PERSON
    return _MODES.get(fold_key(text))  # type: ignore[return-value]


def parse_received(text: str) -> datetime | None:
    """A time of receipt, read as this computer's local time when it carries no zone."""
    text = " ".join(text.split())
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
        for pattern in _DATETIME_FORMATS:
            try:
                moment = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
    if moment is None:
        return None
    return moment.astimezone() if moment.tzinfo is None else moment


_SPLIT = re.compile(r"[,;\n/]+")
_NUMBER = re.compile(r"(\d+)")


def parse_preferences(
    text: str, sessions: Sequence[EventSession]
) -> tuple[list[uuid.UUID], list[str]]:
    """Session ids named by code ("HLPS-3"), number ("3", "Session 3") or title, and the parts
    that named none."""
    chosen: list[uuid.UUID] = []
    unknown: list[str] = []
    speaking_sessions = [s for s in sessions if s.accepts_speakers]
    for part in (p.strip() for p in _SPLIT.split(text)):
        if not part:
            continue
        key = fold_key(part)
        match = next((s for s in speaking_sessions if s.code and fold_key(s.code) == key), None)
        if match is None:
            match = next(
                (
                    s
                    for s in speaking_sessions
                    if any(fold_key(t) == key for t in s.titles.values())
                ),
                None,
            )
        if match is None:
            number = _NUMBER.search(part)
            if number is not None:
                match = next(
                    (
                        s
                        for s in speaking_sessions
                        if s.code
                        and _NUMBER.search(s.code)
                        and _NUMBER.search(s.code).group(1) == number.group(1)  # type: ignore[union-attr]
                    ),
                    None,
                )
        if match is None:
            unknown.append(part)
        elif match.id not in chosen:
            chosen.append(match.id)
    return chosen, unknown


@dataclass
class SpeakingImportRow:
    number: int
    values: dict[str, str]
    #: What is wrong with the row, each a message to show in the officer's language.
    problems: list[UserError] = field(default_factory=list)
    draft: speaking.RequestDraft | None = None
    duplicate: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.duplicate and self.draft is not None


@dataclass
class SpeakingImportPlan:
    event_id: uuid.UUID
    table: RawTable
    columns: dict[str, int]
    rows: list[SpeakingImportRow]
    source_sha256: str | None = None

    @property
    def to_add(self) -> list[SpeakingImportRow]:
        return [row for row in self.rows if row.ok]

    @property
    def duplicates(self) -> list[SpeakingImportRow]:
        return [row for row in self.rows if row.duplicate]

    @property
    def rejected(self) -> list[SpeakingImportRow]:
        return [row for row in self.rows if row.problems]


@dataclass(frozen=True)
class SpeakingImportOutcome:
    batch_id: uuid.UUID
    added: int
    skipped: int
    rejected: int


def _duplicate_key(delegation: uuid.UUID | None, name: str, received: datetime) -> tuple:
    return (delegation, fold(name), received.astimezone().strftime("%Y-%m-%d %H:%M"))


def prepare_speaking_import(
    database: Database,
    path: Path,
    event_id: uuid.UUID,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
) -> SpeakingImportPlan:
    """Read and check the form export; nothing is written."""
    table = read_table(Path(path), sheet=sheet, encoding=encoding)
    columns = map_columns(table.headers)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise UserError(
            N_(
                "{name} does not look like an export of the speaking-slot form: no column for "
                "{fields}."
            ),
            name=Path(path).name,
            fields=", ".join(missing),
        )
    index = MemberStateIndex.from_database(database)
    with database.reading() as session:
        speaking._require_event(session, event_id)
        sessions = speaking.event_sessions(session, event_id)
        existing = {
            _duplicate_key(r.member_state_id, r.speaker_name, r.received_at)
            for r in session.scalars(
                select(SpeakingRequest).where(SpeakingRequest.event_id == event_id)
            )
        }
    rows: list[SpeakingImportRow] = []
    for source in table.rows:
        values = {name: source.cell(column).strip() for name, column in columns.items()}
        row = SpeakingImportRow(source.number, values)
        rows.append(row)
        state = index.find(values.get("member_state"))
        if state is None:
            row.problems.append(
                UserError(N_("Country not recognised: {value}"), value=values.get("member_state"))
            )
        name = " ".join(values.get("speaker_name", "").split())
        if not name:
            row.problems.append(UserError(N_("No speaker name")))
        level = parse_level(values.get("level", ""))
        if level is None:
            row.problems.append(
                UserError(
                    N_("Level of representation not recognised: {value}"),
                    value=values.get("level"),
                )
            )
        mode = parse_mode(values.get("mode", ""))
        if mode is None:
            row.problems.append(
                UserError(N_("Participation not recognised: {value}"), value=values.get("mode"))
            )
        received = parse_received(values.get("received_at", ""))
        if received is None:
            row.problems.append(
                UserError(
                    N_("Time of receipt not understood: {value}"), value=values.get("received_at")
                )
            )
        preferences, unknown = parse_preferences(values.get("preferences", ""), sessions)
        if unknown:
            row.problems.append(
                UserError(N_("Session not recognised: {value}"), value=", ".join(unknown))
            )
        if row.problems:
            continue
        # The checks above leave none of these empty.
        assert state is not None
        assert received is not None
        assert level is not None
        key = _duplicate_key(state.id, name, received)
        if key in existing:
            row.duplicate = True
            continue
        existing.add(key)
        row.draft = speaking.RequestDraft(
            event_id=event_id,
            speaker_name=name,
            speaker_title=values.get("speaker_title") or None,
            level=level,
            mode=mode or AttendanceMode.IN_PERSON,
            received_at=received,
            member_state_id=state.id,
            channel=IncomingChannel.ONLINE_FORM,
            preferences=preferences,
            notes=values.get("notes") or None,
        )
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return SpeakingImportPlan(event_id, table, columns, rows, digest)


def commit_speaking_import(
    database: Database, plan: SpeakingImportPlan, *, actor: str | None = None
) -> SpeakingImportOutcome:
    """Add the rows that are fine, in one transaction, as one import batch (audited)."""
    who = actor or current_actor()
    with database.writing() as session:
        batch = ImportBatch(
            kind=ImportKind.SPEAKING_REQUESTS,
            source_name=plan.table.path.name,
            source_sha256=plan.source_sha256,
            rows_read=len(plan.rows),
            rows_added=len(plan.to_add),
            rows_skipped=len(plan.duplicates),
            rows_rejected=len(plan.rejected),
            imported_by=who,
        )
        session.add(batch)
        session.flush()
        for row in plan.to_add:
            assert row.draft is not None
            speaking.create_request(session, row.draft, actor=who, import_batch_id=batch.id)
        return SpeakingImportOutcome(
            batch.id, len(plan.to_add), len(plan.duplicates), len(plan.rejected)
        )
