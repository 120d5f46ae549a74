"""Column mapping from headers in six languages, saved by header name; full names split."""

from __future__ import annotations

import pytest

from liaison_app.spreadsheets.column_mapping import ColumnMapping, field_for_header, suggest_mapping
from liaison_app.spreadsheets.name_splitting import split_full_name


@pytest.mark.parametrize(
    ("field", "headers"),
    [
        ("member_state", ["Country", "Pays", "البلد", "País", "Страна", "国家", "Member State"]),
        (
            "email",
            [
                "E-mail",
                "Courriel",
                "البريد الإلكتروني",
                "Correo electrónico",
                "Электронная почта",
                "电子邮件",
                "Email address",
            ],
        ),
        ("position", ["Position", "Fonction", "Cargo", "Должность", "职务", "المنصب", "Job title"]),
        ("phone", ["Phone", "Téléphone", "Teléfono", "Телефон", "电话", "الهاتف", "Tel. (office)"]),
        ("phone_mobile", ["Mobile", "Portable", "Móvil", "Мобильный телефон", "手机", "الجوال"]),
        ("full_name", ["Name", "Nom", "Nombre", "ФИО", "الاسم", "姓名", "Full name"]),
        ("given_name", ["First name", "Prénom", "Given name"]),
        ("family_name", ["Last name", "Nom de famille", "Apellidos", "Фамилия", "姓"]),
        ("organization", ["Organization", "Organisation", "Ministère", "Организация", "الجهة"]),
        ("level", ["Level", "Niveau", "Nivel", "Уровень", "المستوى", "级别"]),
        ("gender", ["Gender", "Sexe", "Sexo", "Пол", "الجنس", "性别"]),
        ("preferred_language", ["Language", "Langue", "Idioma", "Язык", "اللغة", "语言"]),
        ("form_of_address", ["Title", "Civilité", "Tratamiento", "Обращение", "اللقب", "称谓"]),
        ("full_name_latin", ["Name (Latin script)", "Nom en caractères latins", "英文姓名"]),
    ],
)
def test_headers_in_six_languages(field, headers):
    for header in headers:
        assert field_for_header(header) == field, header


def test_unknown_headers_are_left_out():
    assert field_for_header("N°") is None
    assert field_for_header("Hotel") is None  # "tel" only at a word's start
    assert field_for_header("") is None


def test_suggestion_takes_each_field_once_and_seconds_go_to_their_pair():
    mapping = suggest_mapping(["Nom", "Pays", "Courriel", "Courriel", "Tél.", "Tél.", "N°"])
    assert mapping.columns == {
        0: "full_name",
        1: "member_state",
        2: "email",
        3: "email_alt",
        4: "phone",
        5: "phone_mobile",
    }
    assert mapping.has_name()
    assert not suggest_mapping(["Pays", "Courriel"]).has_name()


def test_saved_mapping_follows_headers_in_any_order():
    headers = ["Nom", "Pays", "Courriel", "Remarque"]
    mapping = suggest_mapping(headers).with_column(3, "position")
    saved = mapping.to_saved(headers)
    assert saved["columns"] == {
        "Nom": "full_name",
        "Pays": "member_state",
        "Courriel": "email",
        "Remarque": "position",
    }
    again = ColumnMapping.from_saved(saved, ["Remarque", "courriel", "NOM", "Pays", "Autre"])
    assert again.columns == {0: "position", 1: "email", 2: "full_name", 3: "member_state"}
    # One field, one column: giving it to another column takes it from the first.
    assert mapping.with_column(1, "email").columns == {
        0: "full_name",
        1: "email",
        3: "position",
    }


@pytest.mark.parametrize(
    ("written", "full", "given", "family", "form"),
    [
        ("H.E. Mr. José PÉREZ", "José PÉREZ", "José", "PÉREZ", "Mr."),
        ("S.E. Mme Amina DIALLO NDIAYE", "Amina DIALLO NDIAYE", "Amina", "DIALLO NDIAYE", "Mme"),
        ("PÉREZ, José", "José PÉREZ", "José", "PÉREZ", None),
        ("Son Excellence M. Jean DUPONT", "Jean DUPONT", "Jean", "DUPONT", "M."),
        ("معالي السيد أحمد الخالدي", "أحمد الخالدي", None, None, "السيد"),
        ("Г-н Иван ПЕТРОВ", "Иван ПЕТРОВ", "Иван", "ПЕТРОВ", "Г-н"),
        ("王小明", "王小明", None, None, None),
        ("José Pérez", "José Pérez", None, None, None),
        ("Mr", "Mr", None, None, None),  # nothing left to be a name: kept as written
    ],
)
def test_full_name_split_where_the_name_shows_it(written, full, given, family, form):
    parts = split_full_name(written)
    assert (parts.full_name, parts.given_name, parts.family_name, parts.form_of_address) == (
        full,
        given,
        family,
        form,
    )
