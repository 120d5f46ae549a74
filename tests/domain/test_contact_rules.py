"""Contact fields: what is accepted, how it is stored, and the reason given when it is not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liaison_app.domain.contact_rules import (
    check_contact,
    check_email,
    check_form_of_address,
    check_gender,
    check_language,
    check_level,
    check_name,
    check_phone,
    display_phone,
)
from liaison_app.domain.enums import FormOfAddress, Gender, LevelOfRepresentation


def test_email_is_checked_without_network_and_normalised():
    assert check_email(" Ahmed.Ali@MoICT.Gov.JO ").value == "Ahmed.Ali@moict.gov.jo"
    assert check_email("mailto:<a@b.org>").value == "a@b.org"
    assert check_email("").value is None
    assert check_email("").ok
    bad = check_email("ahmed@")
    assert not bad.ok
    assert bad.problem.field == "email"
    assert "ahmed@" in str(bad.problem)


@pytest.mark.parametrize(
    ("typed", "region", "stored", "shown"),
    [
        ("+41 22 730 53 50", None, "+41227305350", "+41 22 730 53 50"),
        ("022 730 53 50", "CH", "+41227305350", "+41 22 730 53 50"),
        ("0041 22 730 53 50", None, "+41227305350", "+41 22 730 53 50"),
        ("41227305350", None, "+41227305350", "+41 22 730 53 50"),  # Excel dropped the "+"
        ("41227305350", "JO", "+41227305350", "+41 22 730 53 50"),
        ("٠٢٢ ٧٣٠ ٥٣ ٥٠", "CH", "+41227305350", "+41 22 730 53 50"),
        ("+41 22 730 53 50 ext. 12", None, "+41227305350;ext=12", "+41 22 730 53 50 ext. 12"),
    ],
)
def test_phone_is_stored_e164_and_shown_international(typed, region, stored, shown):
    checked = check_phone(typed, region)
    assert checked.ok, checked.problem
    assert checked.value == stored
    assert checked.display == shown == display_phone(stored)


def test_a_national_number_without_country_asks_for_the_code():
    checked = check_phone("022 730 53 50")
    assert not checked.ok
    assert "country code" in str(checked.problem)
    assert not check_phone("12", "CH").ok


def test_names_are_required_and_need_a_letter():
    assert check_name("  Ahmed   Ali ").value == "Ahmed Ali"
    assert check_name("").problem.message == "A name is required."
    assert not check_name("12345").ok
    assert check_name("", "given_name", required=False).ok
    assert not check_name("x" * 301).ok


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("fr", "fr"),
        ("FR", "fr"),
        ("fr-ca", "fr-CA"),
        ("French", "fr"),
        ("Français", "fr"),
        ("francés", "fr"),
        ("العربية", "ar"),
        ("arabe", "ar"),
        ("中文", "zh"),
        ("русский", "ru"),
        ("Portuguese", "pt"),
        ("zh-hans", "zh-Hans"),
    ],
)
def test_language_by_code_or_name(typed, code):
    assert check_language(typed).value == code


def test_unknown_language_is_refused():
    assert not check_language("Klingonese").ok
    assert not check_language("qq").ok


def test_vocabularies_in_six_languages():
    assert check_form_of_address("M.").value is FormOfAddress.MR
    assert check_form_of_address("Mme").value is FormOfAddress.MS
    assert check_form_of_address("السيدة").value is FormOfAddress.MS
    assert check_form_of_address("г-н").value is FormOfAddress.MR
    assert check_form_of_address("").value is FormOfAddress.NONE
    assert not check_form_of_address("Sir Lord").ok
    assert check_gender("F").value is Gender.FEMALE
    assert check_gender("ذكر").value is Gender.MALE
    assert check_level("Ministre").value is LevelOfRepresentation.MINISTER
    assert check_level("نائب وزير").value is LevelOfRepresentation.VICE_MINISTER
    assert check_level("副部长").value is LevelOfRepresentation.VICE_MINISTER
    assert check_level("Prime Minister").value is LevelOfRepresentation.HEAD_OF_GOVERNMENT
    assert check_level("minister").value is LevelOfRepresentation.MINISTER
    assert check_level("").value is None
    assert not check_level("Chief Wizard").ok


def test_whole_contact_with_a_reason_per_field():
    checked = check_contact(
        {
            "form_of_address": "Mme",
            "full_name": "",
            "given_name": "Amina",
            "family_name": "Diallo",
            "email": "amina@gouv.sn; a.diallo@example.org",
            "phone": "+221 70 123 45 67 / +221 30 101 23 45",
            "level": "Ministre",
            "preferred_language": "French",
        }
    )
    assert checked.ok, checked.problems
    values = checked.values
    assert values["full_name"] == "Amina Diallo"
    assert values["gender"] is Gender.FEMALE  # from "Mme"
    assert (values["email"], values["email_alt"]) == ("amina@gouv.sn", "a.diallo@example.org")
    assert values["phone"] == "+221301012345"
    assert values["phone_mobile"] == "+221701234567"  # the mobile number found its field
    assert values["preferred_language"] == "fr"

    bad = check_contact(
        {"full_name": " ", "email": "nobody@", "phone": "12", "level": "Chief Wizard"}
    )
    assert set(bad.problems) == {"full_name", "email", "phone", "level"}
    assert all(problem.field == name for name, problem in bad.problems.items())


def test_partial_check_leaves_other_fields_alone():
    checked = check_contact({"position": "Minister of ICT"}, partial=True)
    assert checked.ok
    assert checked.values == {"position": "Minister of ICT"}


@given(st.text(max_size=40))
def test_rules_never_crash_and_accept_their_own_output(text):
    for check in (check_email, check_phone, check_language, check_level, check_gender):
        checked = check(text)
        if checked.ok and checked.value is not None:
            assert check(checked.value).value == checked.value
