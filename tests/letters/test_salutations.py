"""The salutations table: every language × level × gender, the honorifics protocol offices use."""

from __future__ import annotations

import itertools

import pytest

from liaison_app.domain.enums import FormOfAddress, Gender, LevelOfRepresentation
from liaison_app.letters.russian_names import dative, position_dative
from liaison_app.letters.salutations import (
    EXCELLENCY_LEVELS,
    LANGUAGES,
    SALUTATIONS,
    courtesy_title,
    effective_gender,
    salutation,
)

L = LevelOfRepresentation
ALL = list(itertools.product(LANGUAGES, LevelOfRepresentation, Gender))


def test_the_table_has_every_combination():
    assert len(ALL) == 6 * 9 * 3
    assert set(SALUTATIONS) == set(ALL)


@pytest.mark.parametrize(("language", "level", "gender"), ALL)
def test_every_combination_prints_an_address_a_greeting_and_a_closing(language, level, gender):
    named = salutation(language, level, gender, name="Amina Diallo", surname="Diallo")
    unnamed = salutation(language, level, gender)
    for result in (named, unnamed):
        assert result.greeting.strip()
        assert result.closing.strip()
        assert "{" not in result.greeting + result.closing + result.addressee
        assert "  " not in result.addressee
    assert "Amina Diallo" in named.addressee
    if level in EXCELLENCY_LEVELS and language != "zh":
        # The honorific stands in the address even when the name is not known.
        assert unnamed.addressee


# --- Arabic: the honorific agrees with the recipient --------------------------------------------

ARABIC = {
    L.HEAD_OF_STATE: ("صاحب الفخامة", "صاحبة الفخامة"),
    L.HEAD_OF_GOVERNMENT: ("صاحب الدولة", "صاحبة الدولة"),
    L.MINISTER: ("صاحب المعالي", "صاحبة المعالي"),
    L.DEPUTY_PRIME_MINISTER: ("صاحب المعالي", "صاحبة المعالي"),
}


@pytest.mark.parametrize(("level", "forms"), ARABIC.items())
def test_arabic_honorifics_agree_in_address_greeting_and_closing(level, forms):
    masculine, feminine = forms
    him = salutation("ar", level, "male", name="كريم منصور")
    her = salutation("ar", level, "female", name="نهى الشريف")
    assert him.addressee.startswith(f"{masculine} السيد كريم منصور")
    assert her.addressee.startswith(f"{feminine} السيدة نهى الشريف")
    assert him.greeting == f"{masculine}،"
    assert her.greeting == f"{feminine}،"
    assert him.closing == f"وتفضلوا {masculine}، بقبول فائق التقدير والاحترام."
    assert her.closing == f"وتفضلوا {feminine}، بقبول فائق التقدير والاحترام."
    assert feminine not in him.greeting + him.closing


def test_arabic_minister_of_unknown_gender_reads_as_the_circular():
    # Circular CL-22/009: «صاحب المعالي / صاحبة المعالي،» … «وتفضلوا صاحب المعالي/صاحبة المعالي،»
    result = salutation("ar", L.MINISTER, "unspecified")
    assert result.greeting == "صاحب المعالي / صاحبة المعالي،"
    assert result.closing == "وتفضلوا صاحب المعالي/صاحبة المعالي، بقبول فائق التقدير والاحترام."
    assert result.addressee == "صاحب/صاحبة المعالي"


def test_arabic_ambassadors_and_officials_are_saada_and_agree():
    assert salutation("ar", L.AMBASSADOR, "male", name="أ").addressee.startswith("سعادة السيد")
    assert salutation("ar", L.AMBASSADOR, "female").greeting == "سعادة السفيرة،"
    assert salutation("ar", L.SENIOR_OFFICIAL, "female", name="أ").addressee.startswith("سعادة")
    assert salutation("ar", L.SENIOR_OFFICIAL, "female", name="نهى").greeting.endswith("المحترمة،")
    assert salutation("ar", L.SENIOR_OFFICIAL, "male", name="طارق").greeting.endswith("المحترم،")


def test_arabic_doctor_takes_the_academic_title_in_the_right_gender():
    him = salutation("ar", L.MINISTER, "male", name="كريم", form_of_address="dr")
    her = salutation("ar", L.MINISTER, "female", name="نهى", form_of_address="dr")
    assert him.addressee == "صاحب المعالي الدكتور كريم"
    assert her.addressee == "صاحبة المعالي الدكتورة نهى"


# --- The other languages ------------------------------------------------------------------------


@pytest.mark.parametrize("level", sorted(EXCELLENCY_LEVELS))
def test_excellency_forms_in_every_language(level):
    en_m = salutation("en", level, "male", name="John Smith")
    en_f = salutation("en", level, "female", name="Jane Smith")
    assert en_m.addressee == "His Excellency Mr John Smith"
    assert en_f.addressee == "Her Excellency Ms Jane Smith"
    assert en_m.greeting == "Your Excellency,"
    assert en_m.closing == "Accept, Excellency, the assurances of my highest consideration."

    fr = salutation("fr", level, "female", name="Marie Dupont")
    assert fr.addressee == "Son Excellence Madame Marie Dupont"
    assert fr.greeting == "Excellence,"
    assert fr.closing.startswith("Veuillez agréer, Excellence,")
    assert salutation("fr", level, "male", name="Jean Dupont").addressee == (
        "Son Excellence Monsieur Jean Dupont"
    )

    es_m = salutation("es", level, "male", name="Juan Pérez")
    es_f = salutation("es", level, "female", name="Ana Pérez")
    assert es_m.addressee.startswith("Su Excelencia")
    assert es_m.greeting == "Excelentísimo Señor:"
    assert es_f.greeting == "Excelentísima Señora:"
    assert es_m.closing == (
        "Aprovecho la oportunidad para reiterar a Vuestra Excelencia el testimonio de mi más "
        "alta consideración."
    )

    ru_m = salutation("ru", level, "male", name="Иван Петров")
    ru_f = salutation("ru", level, "female", name="Анна Петрова")
    assert ru_m.addressee.startswith("Его Превосходительству господину")
    assert ru_f.addressee.startswith("Её Превосходительству госпоже")
    assert ru_m.greeting == "Ваше Превосходительство,"
    assert ru_m.closing == (
        "Примите, Ваше Превосходительство, уверения в моем самом высоком уважении."
    )

    zh = salutation("zh", level, "female", name="王丽")
    assert zh.addressee == "王丽阁下"
    assert zh.greeting == "尊敬的王丽阁下："


def test_unknown_gender_takes_the_inclusive_forms():
    assert salutation("en", L.MINISTER, "unspecified").addressee == "His/Her Excellency"
    assert salutation("ru", L.MINISTER, "unspecified").addressee == "Его/Её Превосходительству"
    assert salutation("es", L.MINISTER, "unspecified").greeting == (
        "Excelentísimo Señor / Excelentísima Señora:"
    )
    assert salutation("fr", L.OTHER, "unspecified").greeting == "Madame, Monsieur,"
    assert salutation("en", L.OTHER, "unspecified").greeting == "Dear Sir or Madam,"


@pytest.mark.parametrize("level", [L.SENIOR_OFFICIAL, L.OTHER])
def test_non_excellency_levels_get_mr_and_ms_forms(level):
    assert salutation("en", level, "male", name="John Smith", surname="Smith").greeting == (
        "Dear Mr Smith,"
    )
    assert salutation("en", level, "female", name="Jane Smith", surname="Smith").greeting == (
        "Dear Ms Smith,"
    )
    assert salutation("fr", level, "female", name="Marie Curie").greeting == "Madame,"
    assert salutation("es", level, "male", name="Juan Pérez", surname="Pérez").greeting == (
        "Estimado señor Pérez:"
    )
    assert salutation("ru", level, "female", name="Анна Петрова", surname="Петрова").greeting == (
        "Уважаемая госпожа Петрова!"
    )
    assert salutation("zh", level, "male", name="王伟").addressee == "王伟先生"
    for language in LANGUAGES:
        forms = salutation(language, level, "male", name="X Y")
        assert "Excellen" not in forms.addressee + forms.greeting
        assert "Превосходительств" not in forms.addressee + forms.greeting
        assert "阁下" not in forms.addressee + forms.greeting


def test_english_dear_sir_closes_yours_faithfully():
    assert salutation("en", L.OTHER, "male").closing == "Yours faithfully,"
    assert salutation("en", L.OTHER, "male", name="John Smith").closing == "Yours sincerely,"


def test_an_override_replaces_the_greeting_of_one_recipient():
    result = salutation("en", L.MINISTER, "male", name="John Smith", override="Dear Minister,")
    assert result.greeting == "Dear Minister,"
    assert result.addressee == "His Excellency Mr John Smith"
    assert result.closing.startswith("Accept, Excellency")


def test_mr_ms_imply_the_gender_when_it_is_not_recorded():
    assert effective_gender(None, FormOfAddress.MS) is Gender.FEMALE
    assert effective_gender("unspecified", "mr") is Gender.MALE
    assert effective_gender("female", "mr") is Gender.FEMALE  # the recorded gender wins
    result = salutation("fr", L.MINISTER, "unspecified", name="Awa Ndiaye", form_of_address="ms")
    assert result.addressee == "Son Excellence Madame Awa Ndiaye"


def test_courtesy_titles():
    assert courtesy_title("en", Gender.FEMALE, "mrs") == "Mrs"
    assert courtesy_title("en", Gender.UNSPECIFIED, "dr") == "Dr"
    assert courtesy_title("ar", Gender.UNSPECIFIED, "dr") == ""  # «الدكتور/ة» needs a gender
    assert courtesy_title("zh", Gender.MALE, "prof") == "教授"


# --- Russian dative -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "gender", "expected"),
    [
        ("Иван Петров", "male", "Ивану Петрову"),
        ("Анна Петрова", "female", "Анне Петровой"),
        ("Петров Иван Иванович", "male", "Петрову Ивану Ивановичу"),
        ("Мария Ивановна Достоевская", "female", "Марии Ивановне Достоевской"),
        ("Дмитрий Николаевич Ковалёв", "male", "Дмитрию Николаевичу Ковалёву"),
        ("Сергей Шойгу", "male", "Сергею Шойгу"),
        ("Любовь Шевчук", "female", "Любови Шевчук"),
        ("John Smith", "male", "John Smith"),
        ("Иван Петров", "unspecified", "Иван Петров"),
    ],
)
def test_russian_names_decline_into_the_dative(name, gender, expected):
    assert dative(name, gender) == expected


def test_russian_address_block_is_in_the_dative():
    result = salutation(
        "ru", L.MINISTER, "male", name="Иван Петров", address_name=dative("Иван Петров", "male")
    )
    assert result.addressee == "Его Превосходительству господину Ивану Петрову"
    assert position_dative("Министр цифрового развития") == "Министру цифрового развития"
    assert position_dative("Чрезвычайный и Полномочный Посол, Постоянный представитель") == (
        "Чрезвычайному и Полномочному Послу, Постоянному представителю"
    )
