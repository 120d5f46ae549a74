"""Reference data of the 193 UN Member States: codes, M49 regions, UNTERM names in six languages."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from liaison_app.domain.enums import UN_LANGUAGES, Region
from liaison_app.resources import resources_dir

#: Language codes of the name columns, in the file's column order.
LANGUAGES: tuple[str, ...] = tuple(language.value for language in UN_LANGUAGES)
REGIONS: frozenset[str] = frozenset(region.value for region in Region)

COLUMNS: tuple[str, ...] = (
    "iso_alpha2",
    "iso_alpha3",
    "iso_numeric",
    "itu_code",
    "region",
    "subregion",
    *(f"short_name_{language}" for language in LANGUAGES),
    *(f"formal_name_{language}" for language in LANGUAGES),
    "correspondence_language",
)

_ALPHA2 = re.compile(r"[A-Z]{2}")
_ALPHA3 = re.compile(r"[A-Z]{3}")
_NUMERIC = re.compile(r"[0-9]{3}")
_ITU = re.compile(r"[A-Z]{1,3}")


@dataclass(frozen=True, slots=True)
class MemberStateRecord:
    """One UN Member State. Names are keyed by language code ("ar", "zh", "en", "fr", "ru", "es").

    Formal names carry no leading article ("Swiss Confederation", "Confédération suisse").
    Treat the name dictionaries as read-only: records are shared through the loader's cache.
    """

    iso_alpha2: str
    iso_alpha3: str
    iso_numeric: str
    itu_code: str | None
    region: str
    subregion: str
    short_names: dict[str, str] = field(hash=False)
    formal_names: dict[str, str] = field(hash=False)
    correspondence_language: str


def reference_path() -> Path:
    """The shipped member_states.csv, beside the package in a checkout or inside the bundle."""
    return resources_dir() / "reference" / "member_states.csv"


def load_member_states() -> list[MemberStateRecord]:
    """All 193 Member States from the shipped file, read and validated once per process."""
    return list(_shipped_member_states())


@functools.cache
def _shipped_member_states() -> tuple[MemberStateRecord, ...]:
    return tuple(parse_member_states(reference_path()))


def parse_member_states(path: Path) -> list[MemberStateRecord]:
    """Read and validate a member-states file; ValueError names the first bad row."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(f"{path.name}: header is not {','.join(COLUMNS)}")
        records = [_record(path, reader.line_num, row) for row in reader]
    _check_unique(path, records)
    return records


def _record(path: Path, line: int, row: dict[str | None, str | None]) -> MemberStateRecord:
    label = f"{path.name}, line {line} ({(row.get('iso_alpha3') or '?').strip() or '?'})"
    if None in row or any(value is None for value in row.values()):
        raise ValueError(f"{label}: expected {len(COLUMNS)} fields")
    values = {key: (value or "").strip() for key, value in row.items() if key is not None}

    def require(column: str, pattern: re.Pattern[str], what: str) -> str:
        if not pattern.fullmatch(values[column]):
            raise ValueError(f"{label}: {column} {values[column]!r} is not {what}")
        return values[column]

    alpha2 = require("iso_alpha2", _ALPHA2, "two capital letters")
    alpha3 = require("iso_alpha3", _ALPHA3, "three capital letters")
    numeric = require("iso_numeric", _NUMERIC, "three digits")
    itu_code = values["itu_code"] or None
    if itu_code is not None:
        require("itu_code", _ITU, "one to three capital letters")
    if values["region"] not in REGIONS:
        raise ValueError(f"{label}: region {values['region']!r} is not one of {sorted(REGIONS)}")
    if not values["subregion"]:
        raise ValueError(f"{label}: subregion is empty")
    names = {}
    for kind in ("short", "formal"):
        names[kind] = {language: values[f"{kind}_name_{language}"] for language in LANGUAGES}
        if missing := [language for language, name in names[kind].items() if not name]:
            raise ValueError(f"{label}: {kind} name missing in {', '.join(missing)}")
    if values["correspondence_language"] not in LANGUAGES:
        raise ValueError(
            f"{label}: correspondence_language {values['correspondence_language']!r} "
            f"is not one of {', '.join(LANGUAGES)}"
        )
    return MemberStateRecord(
        iso_alpha2=alpha2,
        iso_alpha3=alpha3,
        iso_numeric=numeric,
        itu_code=itu_code,
        region=values["region"],
        subregion=values["subregion"],
        short_names=names["short"],
        formal_names=names["formal"],
        correspondence_language=values["correspondence_language"],
    )


def _check_unique(path: Path, records: list[MemberStateRecord]) -> None:
    for attribute in ("iso_alpha2", "iso_alpha3", "iso_numeric"):
        seen: dict[str, str] = {}
        for record in records:
            code = getattr(record, attribute)
            if code in seen:
                raise ValueError(
                    f"{path.name} ({record.iso_alpha3}): {attribute} {code!r} "
                    f"already used by {seen[code]}"
                )
            seen[code] = record.iso_alpha3
