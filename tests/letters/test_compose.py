"""Which form of a name or organisation a letter prints: its own script, else Latin."""

from __future__ import annotations

from liaison_app.letters.compose import in_script
from liaison_app.letters.fonts import fonts_for, missing_characters


def test_the_letters_own_script_wins():
    assert in_script("ru", "Министерство цифрового развития", "Ministry of Digital") == (
        "Министерство цифрового развития"
    )


def test_an_arabic_letter_prints_a_cyrillic_organisation_in_latin_script():
    """Amiri has no Cyrillic: the Latin form is what an Arabic letter can print."""
    chosen = in_script("ar", "Министерство цифрового развития", "Ministry of Digital Development")
    assert chosen == "Ministry of Digital Development"
    fonts = fonts_for("ar")
    assert missing_characters(chosen, (fonts.regular, fonts.bold)) == set()


def test_with_only_another_script_that_form_is_kept():
    assert in_script("ar", "Министерство", "") == "Министерство"
