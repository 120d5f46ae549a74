"""The shipped reference file of the 193 UN Member States and its validating loader."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from liaison_app.domain.reference import (
    COLUMNS,
    LANGUAGES,
    REGIONS,
    MemberStateRecord,
    load_member_states,
    parse_member_states,
    reference_path,
)
from liaison_app.resources import resources_dir


@pytest.fixture(scope="module")
def states() -> dict[str, MemberStateRecord]:
    return {record.iso_alpha3: record for record in load_member_states()}


def test_exactly_193_member_states():
    assert len(load_member_states()) == 193


@pytest.mark.parametrize("attribute", ["iso_alpha2", "iso_alpha3", "iso_numeric"])
def test_codes_are_unique(attribute):
    codes = [getattr(record, attribute) for record in load_member_states()]
    assert len(set(codes)) == len(codes)


def test_switzerland_in_the_six_languages(states):
    switzerland = states["CHE"]
    assert switzerland.iso_alpha2 == "CH"
    assert switzerland.iso_numeric == "756"
    assert switzerland.region == "europe"
    assert switzerland.subregion == "Western Europe"
    assert switzerland.short_names == {
        "ar": "سويسرا",
        "zh": "瑞士",
        "en": "Switzerland",
        "fr": "Suisse",
        "ru": "Швейцария",
        "es": "Suiza",
    }
    assert switzerland.formal_names["en"] == "Swiss Confederation"
    assert switzerland.formal_names["fr"] == "Confédération suisse"
    assert switzerland.formal_names["ru"] == "Швейцарская Конфедерация"


@pytest.mark.parametrize(
    ("alpha3", "english"),
    [
        ("CIV", "Côte d'Ivoire"),
        ("TUR", "Türkiye"),
        ("VNM", "Viet Nam"),
        ("SSD", "South Sudan"),
        ("MKD", "North Macedonia"),
        ("SWZ", "Eswatini"),
    ],
)
def test_member_present_under_its_un_name(states, alpha3, english):
    assert states[alpha3].short_names["en"] == english


def test_cote_d_ivoire_keeps_its_name_in_every_language(states):
    ivory_coast = states["CIV"]
    assert ivory_coast.short_names["fr"] == "Côte d'Ivoire"
    assert ivory_coast.short_names["es"] == "Côte d'Ivoire"
    assert ivory_coast.formal_names["fr"] == "République de Côte d'Ivoire"


@pytest.mark.parametrize(
    "alpha3",
    [
        "PSE",  # State of Palestine: non-member observer State
        "VAT",  # Holy See: non-member observer State
        "TWN",
        "XKX",  # Kosovo's user-assigned code
        "COK",  # Cook Islands: UN non-member State
        "NIU",  # Niue: UN non-member State
        "ESH",
    ],
)
def test_non_members_absent(states, alpha3):
    assert alpha3 not in states


def test_every_name_present_in_all_six_languages():
    for record in load_member_states():
        for names in (record.short_names, record.formal_names):
            assert set(names) == set(LANGUAGES), record.iso_alpha3
            assert all(name and name == name.strip() for name in names.values()), record


def test_formal_names_drop_the_leading_article():
    for record in load_member_states():
        assert not record.formal_names["en"].startswith("the "), record.iso_alpha3
        assert not record.formal_names["fr"].startswith(("le ", "la ", "les ", "l'")), record
        assert not record.formal_names["es"].startswith(("el ", "la ", "los ", "las ")), record


def test_regions_and_codes_are_well_formed():
    for record in load_member_states():
        assert record.region in REGIONS
        assert record.subregion
        assert len(record.iso_alpha2) == 2
        assert len(record.iso_alpha3) == 3
        assert len(record.iso_numeric) == 3
        assert record.iso_numeric.isdigit()
        assert record.itu_code is None or record.itu_code


def test_members_per_region_match_the_un_count():
    counts: dict[str, int] = {}
    for record in load_member_states():
        counts[record.region] = counts.get(record.region, 0) + 1
    assert counts == {"africa": 54, "americas": 35, "asia": 47, "europe": 43, "oceania": 14}


def test_correspondence_languages_are_un_languages():
    assert {record.correspondence_language for record in load_member_states()} <= {
        "ar",
        "zh",
        "en",
        "fr",
        "ru",
        "es",
    }


@pytest.mark.parametrize(
    ("alpha3", "language"),
    [
        ("SAU", "ar"),
        ("EGY", "ar"),
        ("FRA", "fr"),
        ("SEN", "fr"),
        ("CHE", "fr"),
        ("MEX", "es"),
        ("ARG", "es"),
        ("BRA", "en"),
        ("RUS", "ru"),
        ("KAZ", "ru"),
        ("CHN", "zh"),
        ("GBR", "en"),
    ],
)
def test_default_correspondence_language(states, alpha3, language):
    assert states[alpha3].correspondence_language == language


def test_loader_is_cached_but_hands_out_fresh_lists():
    first = load_member_states()
    first.clear()
    second = load_member_states()
    assert len(second) == 193
    assert second[0] is load_member_states()[0]


def test_records_are_frozen_and_hashable(states):
    switzerland = states["CHE"]
    with pytest.raises(AttributeError):
        switzerland.iso_alpha3 = "XXX"  # type: ignore[misc]
    assert hash(switzerland) == hash(states["CHE"])


def test_reference_path_is_under_resources():
    path = reference_path()
    assert path == resources_dir() / "reference" / "member_states.csv"
    assert path.is_file()
    package_relative = Path(__file__).resolve().parents[2] / "resources" / "reference"
    assert path.resolve() == (package_relative / "member_states.csv").resolve()


def test_reference_path_inside_a_pyinstaller_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert reference_path() == tmp_path / "resources" / "reference" / "member_states.csv"


def test_shipped_file_is_utf8_with_the_documented_header():
    with reference_path().open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == COLUMNS


# --- validation of a damaged file -------------------------------------------------------------


def _shipped_rows() -> list[dict[str, str]]:
    with reference_path().open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_parse_round_trips_the_shipped_file(tmp_path):
    copy = _write(tmp_path / "copy.csv", _shipped_rows())
    assert parse_member_states(copy) == load_member_states()


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("iso_alpha2", "CHE", "iso_alpha2"),
        ("iso_alpha3", "CH", "iso_alpha3"),
        ("iso_numeric", "75", "iso_numeric"),
        ("itu_code", "sui", "itu_code"),
        ("region", "antarctica", "region"),
        ("subregion", " ", "subregion"),
        ("short_name_zh", "", "short name missing in zh"),
        ("formal_name_ru", "  ", "formal name missing in ru"),
        ("correspondence_language", "de", "correspondence_language"),
    ],
)
def test_bad_row_is_named(tmp_path, column, value, message):
    rows = _shipped_rows()
    index = next(i for i, row in enumerate(rows) if row["iso_alpha3"] == "CHE")
    rows[index][column] = value
    bad = _write(tmp_path / "bad.csv", rows)
    line = index + 2  # the header is line 1
    with pytest.raises(ValueError, match=message) as caught:
        parse_member_states(bad)
    assert f"line {line}" in str(caught.value)
    if column != "iso_alpha3":
        assert "CHE" in str(caught.value)


def test_duplicate_code_is_named(tmp_path):
    rows = _shipped_rows()
    rows.append(dict(rows[0]))
    with pytest.raises(ValueError, match=f"iso_alpha2 '{rows[0]['iso_alpha2']}' already used"):
        parse_member_states(_write(tmp_path / "dup.csv", rows))


def test_wrong_header_is_rejected(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text("iso_alpha2,iso_alpha3\nCH,CHE\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        parse_member_states(path)


def test_short_row_is_named(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text(",".join(COLUMNS) + "\nCH,CHE,756\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 2 \(CHE\): expected 19 fields"):
        parse_member_states(path)
