"""Nothing a user typed runs as a formula, breaks the file, or exceeds Excel's cell limit."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from liaison_app.spreadsheets.cell_safety import (
    FORMULA_TRIGGERS,
    MAX_CELL_CHARS,
    TRUNCATION_MARKER,
    clean_text,
    is_formula_like,
    utf16_length,
)
from liaison_app.spreadsheets.workbook_writer import Column, SheetSpec, write_workbook

# From the OWASP "CSV Injection" page, plus tab- and CR-prefixed variants it names.
OWASP_PAYLOADS = [
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)",
    "-2+3",
    "@SUM(1)",
    '=HYPERLINK("http://x","y")',
    '=1+2";=1+2',
    "\t=1+1",
    "\r=1+1",
    "=10+20+cmd|' /C calc'!A0",
    "+41 22 730 51 11",
]


def expected(text: str) -> str:
    """What the documented rules make of `text` (cell_safety's docstring)."""
    return clean_text(text)


def test_control_characters_are_removed_but_tab_and_line_feed_kept():
    assert clean_text("a\x00b\x07c\x1fd") == "abcd"
    assert clean_text("col1\tcol2\nline2") == "col1\tcol2\nline2"


def test_carriage_returns_become_line_feeds():
    assert clean_text("a\r\nb\rc") == "a\nb\nc"


def test_characters_xml_forbids_are_removed():
    assert clean_text("x\ud800y\ufffez\uffff") == "xyz"


def test_text_within_the_limit_is_unchanged():
    text = "é" * MAX_CELL_CHARS
    assert clean_text(text) == text


def test_long_text_is_cut_to_the_limit_with_a_marker():
    cut = clean_text("a" * (MAX_CELL_CHARS + 10))
    assert utf16_length(cut) == MAX_CELL_CHARS
    assert cut.endswith(TRUNCATION_MARKER)
    assert cut.startswith("a" * 1000)


def test_the_limit_counts_characters_the_way_excel_does():
    # An emoji is two UTF-16 units in Excel: 20,000 of them are over the limit.
    cut = clean_text("😀" * 20_000)
    assert utf16_length(cut) <= MAX_CELL_CHARS
    assert cut.endswith(TRUNCATION_MARKER)
    assert "\ud83d" not in cut  # never half a character


@pytest.mark.parametrize("payload", OWASP_PAYLOADS)
def test_formula_triggers_are_recognised(payload):
    assert is_formula_like(payload)


@pytest.mark.parametrize("text", ["Ministry of ICT", "1+1", "41 22 730", "ICT=growth", ""])
def test_ordinary_text_is_not_formula_like(text):
    assert not is_formula_like(text)


@pytest.fixture
def payload_workbook(tmp_path: Path) -> Path:
    rows = [[p, p] for p in OWASP_PAYLOADS]
    return write_workbook(
        tmp_path / "payloads.xlsx",
        [SheetSpec("Payloads", [Column("text", "Text"), Column("phone", "Phone", "code")], rows)],
        title="Payloads",
        language="en",
    )


def test_injection_payloads_come_back_as_text(payload_workbook: Path):
    sheet = load_workbook(payload_workbook)["Payloads"]
    for row, payload in enumerate(OWASP_PAYLOADS, start=2):
        for column in ("A", "B"):
            cell = sheet[f"{column}{row}"]
            assert cell.data_type == "s", (payload, cell.data_type)
            assert cell.value == expected(payload)
            # Excel's own "typed with a leading apostrophe" flag: text even after an edit.
            assert cell.quotePrefix is True


def test_no_formula_element_is_written(payload_workbook: Path):
    import zipfile

    with zipfile.ZipFile(payload_workbook) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    assert "<f " not in xml


def test_text_that_looks_like_an_error_value_stays_text(roundtrip):
    sheet = roundtrip([Column("text", "Text"), Column("code", "Code", "code")], [["#N/A", "#REF!"]])
    assert [(c.value, c.data_type) for c in sheet[2]] == [("#N/A", "s"), ("#REF!", "s")]


def test_a_phone_number_stays_readable(payload_workbook: Path):
    sheet = load_workbook(payload_workbook)["Payloads"]
    phone = sheet[f"B{OWASP_PAYLOADS.index('+41 22 730 51 11') + 2}"]
    assert phone.value == "+41 22 730 51 11"  # no apostrophe or other prefix in the value
    assert phone.number_format == "@"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_payloads_as_text(payload_workbook: Path, tmp_path: Path):
    """A second, independent reader: converted to CSV, every payload is its own text, not a
    computed value (+SUM(1+1) would otherwise become 2)."""
    out = tmp_path / "csv"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(out),
            str(payload_workbook),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with (out / "payloads.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Text", "Phone"]
    assert [r[0] for r in rows[1:]] == [expected(p) for p in OWASP_PAYLOADS]
    assert [r[1] for r in rows[1:]] == [expected(p) for p in OWASP_PAYLOADS]


# Plain text, and text built to start the way formulas and error values do.
TEXTS = st.one_of(
    st.text(),
    st.sampled_from([*OWASP_PAYLOADS, "#N/A", "#REF!", "#DIV/0!", "TRUE", "0041", "1e5"]),
    st.builds(str.__add__, st.sampled_from(FORMULA_TRIGGERS), st.text()),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(TEXTS, min_size=1, max_size=8))
def test_any_text_reads_back_as_documented(roundtrip, texts):
    sheet = roundtrip([Column("text", "Text"), Column("notes", "Notes", "wrapped")],
                      [[t, t] for t in texts])  # fmt: skip
    for row, text in enumerate(texts, start=2):
        want = expected(text) or None  # an empty text is an empty cell
        for column in ("A", "B"):
            cell = sheet[f"{column}{row}"]
            assert cell.value == want
            if want is not None:
                assert cell.data_type == "s"
                assert cell.quotePrefix is is_formula_like(want)


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(min_size=1, max_size=3).map(lambda s: s * 20_000))
def test_any_long_text_reads_back_cut_as_documented(roundtrip, text):
    sheet = roundtrip([Column("text", "Text")], [[text]])
    want = expected(text) or None
    assert sheet["A2"].value == want
    if want is not None:
        assert utf16_length(want) <= MAX_CELL_CHARS
