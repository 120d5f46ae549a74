"""Circular references in the Secretariat's style, CL-YY/NNN: parsing, formatting, the next one.

"CL-22/009" is the ninth circular letter of 2022. The number restarts each year and is never
reused: the next suggested number follows the highest one of the year, so a cancelled circular
leaves its gap rather than having its reference handed to another letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

PREFIX = "CL"
#: Numbers are written with at least this many digits ("009").
NUMBER_DIGITS = 3
MAX_NUMBER = 9999
#: Two-digit years are read in this century: the register starts with this application.
CENTURY = 2000

# Tolerant of what people type: lower case, spaces, a missing zero ("cl-22/9").
_REFERENCE = re.compile(rf"\s*{PREFIX}\s*-\s*(\d{{2}})\s*/\s*(\d{{1,4}})\s*", re.IGNORECASE)


@dataclass(frozen=True, order=True, slots=True)
class CircularNumber:
    year: int
    number: int

    def __post_init__(self) -> None:
        if not CENTURY <= self.year < CENTURY + 100:
            raise ValueError(f"year {self.year} is outside {CENTURY}–{CENTURY + 99}")
        if not 1 <= self.number <= MAX_NUMBER:
            raise ValueError(f"number {self.number} is outside 1–{MAX_NUMBER}")

    @property
    def reference(self) -> str:
        return format_reference(self.year, self.number)

    def __str__(self) -> str:
        return self.reference


def format_reference(year: int, number: int) -> str:
    """`format_reference(2022, 9)` → "CL-22/009"."""
    return f"{PREFIX}-{year % 100:02d}/{number:0{NUMBER_DIGITS}d}"


def parse_reference(text: str) -> CircularNumber:
    """ "CL-22/009" (or "cl-22/9") → CircularNumber(2022, 9); ValueError when it is not one."""
    match = _REFERENCE.fullmatch(text or "")
    if match is None:
        raise ValueError(f"{text!r} is not a reference like {PREFIX}-22/009")
    return CircularNumber(CENTURY + int(match[1]), int(match[2]))


def normalize_reference(text: str) -> str:
    """The reference as it is stored and printed: "cl-22/9" → "CL-22/009"."""
    return parse_reference(text).reference


def next_number(used: Iterable[int]) -> int:
    """The number after the highest one used this year (1 for the year's first circular)."""
    return max(used, default=0) + 1
