"""Member States are found by every name a spreadsheet or an officer gives them."""

from __future__ import annotations

import pytest

from liaison_app.services.member_state_lookup import MemberStateIndex


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    from liaison_app.services.setup import prepare_database
    from liaison_app.storage.location import resolve_database_url
    from liaison_app.storage.opening import open_database

    path = tmp_path_factory.mktemp("lookup") / "states.sqlite3"
    database = open_database(resolve_database_url(str(path))).database
    prepare_database(database)
    yield MemberStateIndex.from_database(database)
    database.dispose()


@pytest.mark.parametrize(
    ("written", "iso_alpha3"),
    [
        ("Côte d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("COTE D IVOIRE", "CIV"),
        ("Ivory Coast", "CIV"),
        ("كوت ديفوار", "CIV"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Turquie", "TUR"),
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("Российская Федерация", "RUS"),
        ("UK", "GBR"),
        ("United Kingdom", "GBR"),
        ("USA", "USA"),
        ("United States", "USA"),
        ("Korea (Republic of)", "KOR"),
        ("South Korea", "KOR"),
        ("Republic of Korea", "KOR"),
        ("Iran", "IRN"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Syria", "SYR"),
        ("Bolivia", "BOL"),
        ("Plurinational State of Bolivia", "BOL"),
        ("Tanzania", "TZA"),
        ("Laos", "LAO"),
        ("Moldova", "MDA"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("The Gambia", "GMB"),
        ("Congo", "COG"),
        ("DR Congo", "COD"),
        ("france", "FRA"),
        ("FRANCE", "FRA"),
        ("  France  ", "FRA"),
        ("Francia", "FRA"),
        ("Франция", "FRA"),
        ("法国", "FRA"),
        ("فرنسا", "FRA"),
        ("الاردن", "JOR"),  # alef without hamza, as often typed
        ("玻利维亚(多民族国)", "BOL"),
        ("Suisse", "CHE"),
        ("CH", "CHE"),
        ("che", "CHE"),
        ("756", "CHE"),
        ("SUI", "CHE"),  # ITU code
        ("4", "AFG"),  # a numeric code read from a number cell
    ],
)
def test_finds_by_any_name_or_code(index, written, iso_alpha3):
    entry = index.find(written)
    assert entry is not None, written
    assert entry.iso_alpha3 == iso_alpha3


def test_every_official_name_and_code_finds_its_own_state(index):
    assert len(index) == 193
    for entry in index:
        for code in (entry.iso_alpha2, entry.iso_alpha3, entry.iso_numeric):
            assert index.find(code) is entry
        for name in [*entry.short_names.values(), *entry.formal_names.values()]:
            assert index.find(name) is entry, name


def test_an_ambiguous_or_unknown_name_finds_nothing_but_says_why(index):
    assert index.find("Korea") is None
    assert {e.iso_alpha3 for e in index.candidates("Korea")} == {"KOR", "PRK"}
    assert index.find("Atlantis") is None
    assert index.candidates("Atlantis") == []
    assert index.find("") is None
    assert index.find(None) is None


def test_suggest_completes_in_the_officers_language(index):
    labels = [s.label for s in index.suggest("ko")]
    assert "Republic of Korea" in labels
    assert "Kuwait" in labels  # "Koweït" in French starts with "ko"
    first = index.suggest("turkey")[0]
    assert (first.entry.iso_alpha3, first.label) == ("TUR", "Türkiye")
    french = index.suggest("cote", language="fr")[0]
    assert french.label == "Côte d'Ivoire"
    arabic = [s.entry.iso_alpha3 for s in index.suggest("الأرد", language="ar")]
    assert arabic[0] == "JOR"
    assert index.suggest("") == []
    # Each state once, however many of its names match.
    ids = [s.entry.id for s in index.suggest("united")]
    assert len(ids) == len(set(ids))


def test_entry_names_fall_back_to_english(index):
    entry = index.find("CHE")
    assert entry.name("fr") == "Suisse"
    assert entry.name("xx") == "Switzerland"
    assert entry.formal_name("en") == "Swiss Confederation"
    assert index.get(entry.id) is entry
