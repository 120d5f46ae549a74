"""Text files as they come from Excel and others: which encoding, which delimiter."""

from __future__ import annotations

import codecs
import csv
import re
from dataclasses import dataclass

from liaison_app.errors import UserError
from liaison_app.i18n import N_

#: Encodings offered to the officer, in the order a picker shows them.
KNOWN_ENCODINGS: tuple[str, ...] = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "cp1256",
    "cp1252",
    "cp1251",
)
ENCODING_LABELS: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": 'UTF-16 (Excel "Unicode text")',
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "cp1256": "Windows-1256 (Arabic)",
    "cp1252": "Windows-1252 (Western European)",
    "cp1251": "Windows-1251 (Cyrillic)",
}
#: Bytes looked at to choose between the Windows code pages.
SAMPLE_BYTES = 256 * 1024
DELIMITERS = ",;\t|"

# Which script a decoding should produce for it to be the right one.
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_EXTRA = re.compile(r"[\u00c0-\u024f]")
_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f]\w*")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    #: Python codec name, e.g. "utf-8-sig", "cp1256".
    encoding: str
    #: True when the encoding was found from the bytes (not given by the officer).
    detected: bool


def detect_encoding(data: bytes) -> str:
    """The encoding of `data`: BOMs first, then strict UTF-8, then the likeliest Windows code page.

    ValueError when the bytes are not text at all (zero bytes where no UTF-16 puts them).

    Among Windows-1256 (Arabic), Windows-1251 (Cyrillic) and Windows-1252 (Western European), the
    one whose decoding reads as words of one script wins: Arabic bytes read as Windows-1252 give
    words made only of accented capitals ("ÇáÈáÏ"), French read as Windows-1251 mixes Latin and
    Cyrillic inside words ("Ministиre").
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:SAMPLE_BYTES]
    zeros = sample.count(0)
    if zeros:
        # UTF-16 without a BOM: the high byte of most characters is zero, always on one side.
        even_zeros, odd_zeros = sample[0::2].count(0), sample[1::2].count(0)
        if zeros > len(sample) // 4 and max(even_zeros, odd_zeros) > 0.95 * zeros:
            return "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
        raise ValueError("binary")  # zeros scattered anywhere: not text
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A sample cut inside a character is still UTF-8; anything else is not.
        if error.start < len(data) - 3 or error.reason != "unexpected end of data":
            return _likeliest_code_page(sample)
    return "utf-8"


def _likeliest_code_page(sample: bytes) -> str:
    best: tuple[float, int, str] | None = None
    for order, encoding in enumerate(("cp1252", "cp1256", "cp1251")):
        text = sample.decode(encoding, errors="replace")
        score = _implausibility(text, encoding)
        candidate = (score, order, encoding)
        if best is None or candidate < best:
            best = candidate
    assert best is not None
    return best[2]


def _implausibility(text: str, encoding: str) -> float:
    """How many words look wrong when `text` is read in `encoding` (lower is better)."""
    bad = text.count("\ufffd") * 5.0  # bytes the code page does not define
    for word in _NON_ASCII_WORD.findall(text):
        arabic = len(_ARABIC.findall(word))
        cyrillic = len(_CYRILLIC.findall(word))
        latin_extra = len(_LATIN_EXTRA.findall(word))
        ascii_letters = sum(1 for ch in word if ch.isascii() and ch.isalpha())
        scripts = sum(1 for n in (arabic, cyrillic, latin_extra or ascii_letters) if n)
        if scripts > 1:
            bad += 1  # Latin and Cyrillic in one word: mojibake
        elif latin_extra and latin_extra > ascii_letters and len(word) >= 3:
            bad += 1  # words made mostly of accented letters: Arabic or Cyrillic read as Latin
        elif not (arabic or cyrillic or latin_extra):
            bad += 0.5  # symbols and punctuation inside a word
    return bad


def decode_text(data: bytes, encoding: str | None = None, *, name: str = "") -> DecodedText:
    """Decode a text file, detecting the encoding unless the officer chose one."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError as error:
            raise UserError(N_("Unknown encoding: {encoding}"), encoding=encoding) from error
        if codec in ("utf-8",) and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        try:
            return DecodedText(data.decode(codec), codec, detected=False)
        except UnicodeDecodeError as error:
            raise UserError(
                N_("{name} cannot be read as {encoding}: byte {position} is not valid in it."),
                name=name,
                encoding=ENCODING_LABELS.get(codec, codec),
                position=error.start,
            ) from error
    try:
        detected = detect_encoding(data)
        text = data.decode(detected)
    except (UnicodeDecodeError, ValueError) as error:
        raise UserError(
            N_("{name} is not a text file this program can read."), name=name
        ) from error
    if "\x00" in text:
        raise UserError(N_("{name} is not a text file this program can read."), name=name)
    return DecodedText(text, detected, detected=True)


def detect_delimiter(text: str, suffix: str = "") -> str:
    """The field delimiter of a CSV/TSV text: tab for .tsv, else csv.Sniffer, else counting."""
    lines = [line for line in text.splitlines()[:60] if line.strip()]
    if not lines:
        return "\t" if suffix == ".tsv" else ","
    if suffix == ".tsv":
        return "\t"
    sample = "\n".join(lines)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    counted = _most_consistent(lines)
    if sniffed and counted and sniffed != counted:
        # Sniffer is misled by delimiters inside quoted fields; the consistent count is not.
        return counted
    return sniffed or counted or ("\t" if suffix == ".txt" else ",")


def _most_consistent(lines: list[str]) -> str | None:
    best: tuple[int, int, str] | None = None
    for delimiter in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        multi = [n for n in counts if n > 1]
        if not multi:
            continue
        # Lines split into the same number of fields most often, then the most fields.
        mode = max(set(multi), key=multi.count)
        candidate = (multi.count(mode), mode, delimiter)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else None
