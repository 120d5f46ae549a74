"""Text that is safe in an Excel cell: never a formula, no illegal characters, within Excel's limit.

What happens to a string written by the export engine, and why (verified by re-reading with
openpyxl and by converting with LibreOffice; see tests/spreadsheets/test_cell_safety.py):

* Every string is written as an inline string cell (``t="inlineStr"``), never as a formula. openpyxl
  would turn a string starting with ``=`` into a formula on its own; the engine forces the string
  type instead, so ``=cmd|' /C calc'!A0`` is shown as those characters and never runs.
* A string that Excel would read as a formula *if the cell were edited and confirmed* (it starts
  with ``=``, ``+``, ``-``, ``@``, a tab, or a line break) gets the cell style flag ``quotePrefix``:
  what Excel itself sets when someone types a leading apostrophe. The value is unchanged — no
  visible apostrophe, so ``+41 22 730 5111`` stays readable and copyable — and the cell stays text
  after an edit. (OWASP's advice to prefix a ``'`` is for CSV files; in a workbook the apostrophe
  would become part of the text.)
* Characters that XML 1.0 forbids are removed: C0 control characters other than tab and line feed,
  unpaired surrogates, U+FFFE and U+FFFF. A carriage return becomes a line feed (CR LF becomes one
  line feed): Excel breaks lines in a cell on LF, and XML would fold a bare CR into LF anyway.
* Text longer than Excel's limit of 32,767 characters (UTF-16 code units, as Excel counts them) is
  cut and ends with `TRUNCATION_MARKER`, so the reader sees that something is missing.

Known limit: Excel decodes ``_xHHHH_`` sequences in cell text (its escape for control characters);
openpyxl and LibreOffice show them as written. Such text is written unchanged.
"""

from __future__ import annotations

import re

#: Excel's maximum number of characters in one cell (UTF-16 code units).
MAX_CELL_CHARS = 32_767

#: Ends a cut text: language-neutral, so one marker serves the six languages.
TRUNCATION_MARKER = " […]"

#: First characters that make Excel read typed text as a formula (OWASP CSV injection), plus the
#: line feed that a carriage return becomes here.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")

# XML 1.0 forbids these; openpyxl's ILLEGAL_CHARACTERS_RE covers the C0 part only, and the standard
# library's XML writer (used when lxml is absent) writes them raw, making a file Excel rejects.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def utf16_length(text: str) -> int:
    """Length as Excel counts it: characters outside the Basic Multilingual Plane count twice."""
    return len(text.encode("utf-16-le")) // 2


def clean_text(text: str) -> str:
    """`text` as it may stand in a cell: illegal characters removed, CR as LF, cut to the limit."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A code point is at most two UTF-16 units: shorter text cannot exceed the limit.
    if len(text) > MAX_CELL_CHARS // 2 and utf16_length(text) > MAX_CELL_CHARS:
        text = _cut(text)
    return text


def _cut(text: str) -> str:
    room = MAX_CELL_CHARS - utf16_length(TRUNCATION_MARKER)
    kept = text[:room]
    excess = utf16_length(kept) - room
    while excess > 0:
        # Each code point removed frees one or two units, so this ends in a few rounds.
        kept = kept[: len(kept) - excess]
        excess = utf16_length(kept) - room
    return kept + TRUNCATION_MARKER


def is_formula_like(text: str) -> bool:
    """True when Excel would take `text`, typed into a cell, for a formula."""
    return text.startswith(FORMULA_TRIGGERS)
