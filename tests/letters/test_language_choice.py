"""Which language a letter is written in."""

from __future__ import annotations

import pytest

from liaison_app.errors import UserError
from liaison_app.letters.language_choice import choose_language


@pytest.mark.parametrize(
    ("mode", "contact", "state", "expected"),
    [
        ("auto", "fr", "en", "fr"),
        ("auto", "fr-CH", "en", "fr"),
        ("auto", "zh_Hans", None, "zh"),
        ("auto", "pt", "es", "es"),  # Portuguese is not a letter language: the State's
        ("auto", None, "ar", "ar"),
        ("auto", "de", "de", "en"),
        ("auto", None, None, "en"),
        ("ru", "fr", "ar", "ru"),  # a forced language wins
        ("AUTO", "", "es", "es"),
    ],
)
def test_language_of_a_letter(mode, contact, state, expected):
    assert choose_language(mode, contact, state) == expected


def test_an_unknown_language_is_refused():
    with pytest.raises(UserError, match="not a letter language"):
        choose_language("de")
