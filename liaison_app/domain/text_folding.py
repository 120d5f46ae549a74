"""Folding text for search as you type in every script: "perez" finds "Pérez", "محمد" "مُحَمَّد"."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# Marks that change nothing a searcher types: Latin accents, Arabic harakat, Quranic annotation
# marks, Hebrew points. Built over the Basic Multilingual Plane, where every script our users
# write lives; format characters (bidi controls, zero-width joiners, soft hyphen, BOM, the Arabic
# letter mark) go too, so text pasted from Word or a PDF folds like text typed by hand.
_REMOVED = {
    code: None for code in range(0x10000) if unicodedata.category(chr(code)) in ("Mn", "Me", "Cf")
}
_REMOVED[0x0640] = None  # Arabic tatweel (kashida): stretches a word, spells nothing

_LETTERS = {
    # Arabic as Arabic search usually normalises it: alef forms (the ones with hamza or madda are
    # decomposed by NFD and lose their mark), ta marbuta as ha, alef maqsura as ya; Persian and Urdu
    # keyboard letters typed in Arabic names.
    0x0671: "\u0627",  # ٱ alef wasla
    0x0672: "\u0627",
    0x0673: "\u0627",
    0x0675: "\u0627",
    0x0629: "\u0647",  # ة ta marbuta → ه
    0x0649: "\u064a",  # ى alef maqsura → ي
    0x06CC: "\u064a",  # ی Farsi yeh
    0x06D2: "\u064a",  # ے yeh barree
    0x06A9: "\u0643",  # ک keheh → ك
    0x06C1: "\u0647",  # ہ heh goal
    0x06D5: "\u0647",  # ە ae
    # Latin letters that carry their "accent" in the letter itself, so NFD cannot strip it.
    0x00F8: "o",  # ø
    0x0111: "d",  # đ
    0x00F0: "d",  # ð
    0x0142: "l",  # ł
    0x0131: "i",  # dotless ı
    0x00E6: "ae",
    0x0153: "oe",
    0x00FE: "th",
    0x0127: "h",  # ħ
    0x0167: "t",  # ŧ
    0x0180: "b",
    0x0268: "i",
    # Apostrophes and quotes as keyboards, Word and Excel write them: "Côte d’Ivoire" is
    # "Côte d'Ivoire".
    0x2019: "'",
    0x2018: "'",
    0x02BC: "'",
    0x02B9: "'",
    0x0060: "'",
    0x00B4: "'",
    0x2032: "'",
    0x201B: "'",
    0x201C: '"',
    0x201D: '"',
    0x201E: '"',
    0x00AB: '"',
    0x00BB: '"',
    # Dashes and the minus sign.
    0x2010: "-",
    0x2011: "-",
    0x2012: "-",
    0x2013: "-",
    0x2014: "-",
    0x2015: "-",
    0x2212: "-",
}
# Arabic-Indic and Extended Arabic-Indic digits: a phone typed as ٠٢٢ is found by 022.
_LETTERS.update({0x0660 + d: str(d) for d in range(10)})
_LETTERS.update({0x06F0 + d: str(d) for d in range(10)})

# Applied before NFKC: compatibility decomposition would turn ´ into a space and a combining acute.
_PRE = str.maketrans({k: v for k, v in _LETTERS.items() if v in ("'", '"', "-")})
_POST = str.maketrans({**_REMOVED, **_LETTERS})


#: Between the pieces of `Contact.search_text`.
SEARCH_TEXT_SEPARATOR = "\n"


def fold(text: str | None) -> str:
    """The search form of `text`: what two spellings of the same name have in common.

    Case-folded; Latin diacritics removed; Arabic without harakat or tatweel, with alef forms,
    ta marbuta/ha and alef maqsura/ya unified; Cyrillic ё as е (й kept); Chinese unchanged;
    compatibility forms (full-width Latin, Arabic presentation forms, ligatures) as their plain
    letters; runs of whitespace as one space, none at either end.
    """
    if not text:
        return ""
    if text.isascii():
        # The common case in an import of 10,000 rows: no normalisation needed.
        return " ".join(text.translate(_PRE).lower().split())
    text = unicodedata.normalize("NFKC", text.translate(_PRE))
    text = unicodedata.normalize("NFD", text.casefold())
    # Keep the breve of й and ў (distinct letters in Russian and Belarusian); ё folds to е
    # because its diaeresis is removed with the other marks.
    text = text.replace("\u0438\u0306", "\u0439").replace("\u0443\u0306", "\u045e")
    text = unicodedata.normalize("NFC", text.translate(_POST))
    return " ".join(text.split())


def fold_key(text: str | None) -> str:
    """A stricter key for matching names: folded, and with punctuation and spaces removed.

    "Côte d’Ivoire", "cote d'ivoire" and "COTE-D IVOIRE" share one key.
    """
    return _NOT_ALNUM.sub("", fold(text))


_NOT_ALNUM = re.compile(r"[\W_]+")
_ALL_DIGITS = str.maketrans({k: v for k, v in _LETTERS.items() if v.isdigit()})
_NOT_DIGIT = re.compile(r"\D", re.ASCII)


def phone_digits(text: str | None) -> str:
    """The digits of a phone number, so "022 730 53 50" is found by typing "0227305350"."""
    if not text:
        return ""
    return _NOT_DIGIT.sub("", text.translate(_ALL_DIGITS))


@functools.lru_cache(maxsize=8192)
def fold_repeated(text: str) -> str:
    """`fold`, remembered: organization and member state names repeat across thousands of rows."""
    return fold(text)


def contact_search_text(
    *,
    full_name: str | None = None,
    full_name_latin: str | None = None,
    given_name: str | None = None,
    family_name: str | None = None,
    position: str | None = None,
    organization: str | None = None,
    organization_latin: str | None = None,
    organization_acronym: str | None = None,
    member_state_names: Iterable[str | None] = (),
    emails: Iterable[str | None] = (),
    phones: Iterable[str | None] = (),
) -> str:
    """The `Contact.search_text` for these fields: each distinct folded piece once, space-separated.

    Pieces already contained in an earlier one are left out (a given name inside the full name),
    which keeps the column short and the substring scan of the search fast. Phones contribute
    their digits, with and without the leading country code's "+", so "+41 22" and "0041 22" find
    the same number.
    """
    folded = [
        fold(full_name),
        fold(full_name_latin) if full_name_latin else "",
        fold(given_name) if given_name else "",
        fold(family_name) if family_name else "",
        fold(position) if position else "",
    ]
    for value in (organization, organization_latin, organization_acronym, *member_state_names):
        if value:
            folded.append(fold_repeated(value))
    folded.extend(fold(email) for email in emails if email)
    folded.extend(phone_digits(phone) for phone in phones if phone)
    pieces: list[str] = []
    for piece in folded:
        if piece and not any(piece in kept for kept in pieces):
            pieces.append(piece)
    # A separator that no folded query contains (fold turns line breaks into spaces), so a search
    # never matches across two fields.
    return SEARCH_TEXT_SEPARATOR.join(pieces)
