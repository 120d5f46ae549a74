"""Search folding: what officers type finds what the spreadsheets wrote, in every script."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liaison_app.domain.text_folding import (
    SEARCH_TEXT_SEPARATOR,
    contact_search_text,
    fold,
    fold_key,
    phone_digits,
)


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Pérez", "perez"),
        ("José MARÍA Núñez", "jose maria nunez"),
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("Côte d'Ivoire", "cote d'ivoire"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("Søren Ærø", "soren aero"),
        ("İstanbul", "istanbul"),
        ("ＡＢＣ", "abc"),  # full-width Latin from a CJK keyboard
        ("  many \t spaces\nand lines ", "many spaces and lines"),
        ("مُحَمَّد", "محمد"),  # harakat
        ("وزيـــــر", "وزير"),  # tatweel
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنه"),  # madda, ta marbuta
        ("ٱلله", "الله"),  # alef wasla
        ("مصطفى", "مصطفي"),  # alef maqsura
        ("ﻻ", "لا"),  # presentation form from a PDF
        ("\u200fعلي\u200e", "علي"),  # bidi marks pasted from Word
        ("٠٢٢ ٧٣٠", "022 730"),
        ("Фёдор", "федор"),
        ("Ёлкин", "елкин"),
        ("Йошкар-Ола", "йошкар-ола"),  # й stays a letter of its own
        ("习近平", "习近平"),
        ("Ministère — Télécoms", "ministere - telecoms"),
    ],
)
def test_spellings_fold_to_what_is_typed(written, typed):
    assert fold(written) == typed
    assert fold(typed) == typed


def test_empty_and_none():
    assert fold(None) == ""
    assert fold("") == ""
    assert fold(" \u200b ") == ""


def test_key_ignores_punctuation_and_spaces():
    assert fold_key("Côte d’Ivoire") == fold_key("COTE-D IVOIRE") == "cotedivoire"


def test_phone_digits_in_any_digits():
    assert phone_digits("+41 (22) 730-53-50") == "41227305350"
    assert phone_digits("٠٠٩٦٢ ٦") == "009626"


def test_search_text_holds_each_piece_once_and_never_joins_fields():
    text = contact_search_text(
        full_name="أحمد علي",
        full_name_latin="Ahmed ALI",
        given_name="Ahmed",
        family_name="Ali",
        position="Ministre des Télécommunications",
        organization="Ministère des TIC",
        member_state_names=["Jordan", "Jordanie", None],
        emails=["Ahmed.Ali@MoICT.gov.jo", None],
        phones=["+962 6 123 4567"],
    )
    pieces = text.split(SEARCH_TEXT_SEPARATOR)
    assert pieces == [
        "احمد علي",
        "ahmed ali",
        "ministre des telecommunications",
        "ministere des tic",
        "jordan",
        "jordanie",
        "ahmed.ali@moict.gov.jo",
        "96261234567",
    ]
    for typed in ("perez", "احمد", "telecom", "jordanie", "moict", "9626123"):
        assert (fold(typed) in text) == (typed != "perez")
    # A query never spans two fields: the separator cannot be typed.
    assert SEARCH_TEXT_SEPARATOR not in fold("ali\nministre")


# Text as officers type it: Latin with accents, Arabic with harakat, Cyrillic, CJK, digits,
# punctuation and spaces. Keystrokes produce whole characters, so the continuation `b` starts
# with a base character rather than a combining mark.
_TYPED = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.characters(min_codepoint=0xA0, max_codepoint=0x24F),
        st.characters(min_codepoint=0x0400, max_codepoint=0x04FF),
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),
        st.sampled_from(["\u2019", "\u00a0", "\t", "\n", "\u200f", "\u0301", "\u064e"]),
    ),
    max_size=30,
)


def _starts_with_base(text: str) -> bool:
    import unicodedata

    return not text or unicodedata.category(text[0]) not in ("Mn", "Me", "Cf")


@given(_TYPED)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(_TYPED, _TYPED.filter(_starts_with_base))
def test_typing_more_never_loses_a_match(a, b):
    assert fold(a) in fold(a + b)


@given(_TYPED)
def test_fold_has_no_case_and_no_outer_space(text):
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert folded.lower() == folded
