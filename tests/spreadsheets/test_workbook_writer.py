"""The export engine: a workbook a person can read at once, written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from liaison_app.errors import UserError
from liaison_app.spreadsheets.workbook_writer import (
    BarChartSpec,
    Column,
    ExportCancelled,
    SheetSpec,
    Value,
    currency_format,
    display_width,
    write_workbook,
)

COLUMNS = [
    Column("name", "Name"),
    Column("phone", "Telephone", "code"),
    Column("sent", "Sent on", "date"),
    Column("received", "Received at", "datetime"),
    Column("start", "Start", "time"),
    Column("delegates", "Delegates", "int"),
    Column("amount", "Amount", "amount", currency_of="currency"),
    Column("currency", "Currency", "code"),
    Column("notes", "Notes", "wrapped"),
]

ROW = {
    "name": "Ministry of ICT",
    "phone": "+41227305111",
    "sent": date(2022, 3, 21),
    "received": datetime(2022, 3, 25, 9, 12, tzinfo=UTC),
    "start": time(11, 3),
    "delegates": 3,
    "amount": Decimal("200000.00"),
    "currency": "CHF",
    "notes": "First line\nSecond line",
}


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_header_row_is_styled_frozen_and_filtered(roundtrip):
    sheet = roundtrip(COLUMNS, [ROW, ROW])
    assert [c.value for c in sheet[1]] == [c.header for c in COLUMNS]
    assert all(c.font.bold for c in sheet[1])
    assert sheet["A1"].fill.fgColor.rgb.endswith("D9E1F2")
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:I3"


def test_values_keep_their_types_and_formats(roundtrip):
    sheet = roundtrip(COLUMNS, [ROW])
    name, phone, sent, received, start, delegates, amount, currency, notes = sheet[2]
    assert name.value == "Ministry of ICT"
    assert name.data_type == "s"
    assert phone.value == "+41227305111"
    assert phone.data_type == "s"
    assert phone.number_format == "@"
    assert sent.value == datetime(2022, 3, 21)
    assert sent.number_format == "yyyy-mm-dd"
    assert sent.is_date
    # A stored UTC time is shown in the computer's local time (Excel has no time zones).
    local = datetime(2022, 3, 25, 9, 12, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert received.value == local
    assert received.number_format == "yyyy-mm-dd hh:mm"
    assert start.value == time(11, 3)
    assert start.number_format == "hh:mm"
    assert delegates.value == 3
    assert delegates.data_type == "n"
    assert amount.value == 200000
    assert amount.data_type == "n"
    assert amount.number_format == '#,##0.00 "CHF"'
    assert currency.value == "CHF"
    assert notes.value == "First line\nSecond line"
    assert notes.alignment.wrap_text


def test_each_amount_takes_the_currency_of_its_row(roundtrip):
    rows = [
        {**ROW, "amount": Decimal("15000"), "currency": "USD"},
        {**ROW, "amount": 1_000_000, "currency": "JPY"},
        {**ROW, "amount": Decimal("12.5"), "currency": None},
    ]
    sheet = roundtrip(COLUMNS, rows)
    assert [sheet[f"G{r}"].number_format for r in (2, 3, 4)] == [
        '#,##0.00 "USD"',
        '#,##0 "JPY"',
        "#,##0.00",
    ]


def test_rows_may_be_sequences_or_mappings(roundtrip):
    sheet = roundtrip(
        [Column("a", "A"), Column("b", "B", "int")], [["x", 1], {"b": 2, "a": "y"}, ["z"]]
    )
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=2)] == [
        ["x", 1],
        ["y", 2],
        ["z", None],
    ]


def test_a_value_that_does_not_fit_its_column_is_written_as_text(roundtrip):
    sheet = roundtrip(
        [Column("n", "N", "int"), Column("d", "D", "date"), Column("t", "T")],
        [["about 20", "soon", 42]],
    )
    assert [(c.value, c.data_type) for c in sheet[2]] == [
        ("about 20", "s"),
        ("soon", "s"),
        ("42", "s"),
    ]


def test_short_single_line_notes_are_not_wrapped_long_ones_are(roundtrip):
    sheet = roundtrip([Column("notes", "Notes", "wrapped", width=20)], [["short"], ["x " * 30]])
    assert not sheet["A2"].alignment.wrap_text
    assert sheet["A3"].alignment.wrap_text


def test_widths_fit_the_content_within_limits(roundtrip):
    sheet = roundtrip(
        [Column("a", "A"), Column("b", "Name"), Column("c", "C", width=33), Column("d", "D")],
        [["x" * 10, "y" * 500, "z", "国" * 10]],
    )
    widths = {k: d.width for k, d in sheet.column_dimensions.items()}
    assert widths["A"] == 12  # ten characters and a margin
    assert widths["B"] == 45  # capped: long text does not make a column a screen wide
    assert widths["C"] == 33  # as asked
    assert widths["D"] == 22  # wide characters count twice


def test_display_width_counts_wide_characters_and_the_longest_line():
    assert display_width("abc") == 3
    assert display_width("中文") == 4
    assert display_width("short\nmuch longer line") == 16


def test_arabic_sheets_run_right_to_left(roundtrip):
    assert roundtrip(COLUMNS, [ROW], language="ar").sheet_view.rightToLeft is True
    assert not roundtrip(COLUMNS, [ROW], language="fr").sheet_view.rightToLeft
    assert roundtrip(COLUMNS, [ROW], language="en", right_to_left=True).sheet_view.rightToLeft


def test_title_and_export_time_are_in_the_document_properties(tmp_path):
    before = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    path = write_workbook(
        tmp_path / "t.xlsx", [SheetSpec("S", COLUMNS, [ROW])], title="Contacts", language="fr"
    )
    props = load_workbook(path).properties
    assert props.title == "Contacts"
    assert props.creator == "Liaison Desk"
    assert props.language == "fr"
    assert before <= props.created <= datetime.now(UTC).replace(tzinfo=None)


def test_one_sheet_per_list_with_names_excel_accepts(tmp_path):
    sheets = [
        SheetSpec("Invitations", COLUMNS, [ROW]),
        SheetSpec("invitations", COLUMNS, [ROW]),
        SheetSpec("Replies [draft]: 1/2?", COLUMNS, []),
        SheetSpec("A very long sheet name that Excel would refuse", COLUMNS, []),
    ]
    path = write_workbook(tmp_path / "t.xlsx", sheets, title="T", language="en")
    names = load_workbook(path).sheetnames
    assert names == [
        "Invitations",
        "invitations (2)",
        "Replies draft 1 2",
        "A very long sheet name that Exc",
    ]
    assert [s.rows_written for s in sheets] == [1, 1, 0, 0]


def test_an_empty_list_still_has_its_header_and_filter(roundtrip):
    sheet = roundtrip(COLUMNS, [])
    assert sheet.max_row == 1
    assert sheet.auto_filter.ref == "A1:I1"


def test_report_cells_and_a_chart(tmp_path):
    columns = [Column("label", ""), Column("count", "", "int"), Column("amount", "", "amount")]
    rows = [
        [Value("Report", style="title")],
        [Value("By status", style="heading"), Value("Number", style="heading")],
        ["Sent", 5],
        ["Accepted", 24],
        [Value("Total", style="total"), Value(29, "int", style="total")],
        ["Deadline", Value(date(2022, 4, 15), "date", align="start")],
        ["Pledged", None, Value(Decimal("5000"), "amount", currency="EUR")],
    ]
    chart = BarChartSpec("By status", "label", "count", first_row=3, last_row=4, anchor="E2")
    path = write_workbook(
        tmp_path / "r.xlsx",
        [SheetSpec("Summary", columns, rows, header=False, charts=[chart])],
        title="R",
        language="en",
    )
    sheet = load_workbook(path)["Summary"]
    assert sheet.freeze_panes is None
    assert sheet.auto_filter.ref is None
    assert sheet["A1"].font.bold
    assert sheet["A1"].font.size == 14
    assert sheet["B5"].value == 29
    assert sheet["B5"].font.bold
    assert sheet["B6"].value == datetime(2022, 4, 15)
    assert sheet["B6"].alignment.horizontal == "left"
    assert sheet["C7"].number_format == '#,##0.00 "EUR"'
    (bar,) = sheet._charts
    assert bar.type == "bar"
    refs = [s.val.numRef.f for s in bar.series]
    assert refs == ["'Summary'!$B$3:$B$4"]


def test_currency_format():
    assert currency_format("chf") == '#,##0.00 "CHF"'
    assert currency_format("KWD") == '#,##0.000 "KWD"'
    assert currency_format('"); evil') == '#,##0.00 "EVI"'  # only letters reach the format
    assert currency_format(None) == "#,##0.00"


def test_progress_reports_rows_with_the_total(tmp_path):
    reports: list[tuple[int, int]] = []
    rows = [ROW] * 1200
    write_workbook(
        tmp_path / "p.xlsx",
        [SheetSpec("S", COLUMNS, rows, row_count=len(rows))],
        title="T",
        language="en",
        progress=lambda done, total: reports.append((done, total)),
    )
    assert reports[0] == (500, 1200)
    assert reports[-1] == (1200, 1200)


# -- atomicity ---------------------------------------------------------------------------------


def failing_rows(after: int):
    for n in range(after):
        yield {**ROW, "name": f"Row {n}"}
    raise RuntimeError("the database went away")


def openpyxl_temp_files() -> set[str]:
    return {n for n in os.listdir(tempfile.gettempdir()) if n.startswith("openpyxl.")}


def test_a_failure_mid_write_leaves_nothing_behind(tmp_path):
    before = openpyxl_temp_files()
    with pytest.raises(RuntimeError):
        write_workbook(
            tmp_path / "out.xlsx",
            [SheetSpec("A", COLUMNS, [ROW]), SheetSpec("B", COLUMNS, failing_rows(700))],
            title="T",
            language="en",
        )
    assert files_in(tmp_path) == []
    assert openpyxl_temp_files() <= before


def test_a_failure_keeps_the_previous_workbook_intact(tmp_path):
    target = tmp_path / "out.xlsx"
    write_workbook(target, [SheetSpec("Old", COLUMNS, [ROW])], title="Old", language="en")
    old = target.read_bytes()
    with pytest.raises(RuntimeError):
        write_workbook(
            target, [SheetSpec("New", COLUMNS, failing_rows(3))], title="N", language="en"
        )
    assert target.read_bytes() == old
    assert files_in(tmp_path) == ["out.xlsx"]


def test_cancel_stops_the_write_and_leaves_nothing(tmp_path):
    seen = []

    def cancelled() -> bool:
        seen.append(True)
        return True

    with pytest.raises(ExportCancelled):
        write_workbook(
            tmp_path / "out.xlsx",
            [SheetSpec("S", COLUMNS, [ROW] * 2000)],
            title="T",
            language="en",
            cancelled=cancelled,
        )
    assert seen
    assert files_in(tmp_path) == []


def test_a_failing_rename_leaves_no_temporary_file(tmp_path, monkeypatch):
    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError, match="cannot be written"):
        write_workbook(
            tmp_path / "o.xlsx", [SheetSpec("S", COLUMNS, [ROW])], title="T", language="en"
        )
    assert files_in(tmp_path) == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing/out.xlsx", "does not exist"),
        ("out.csv", "must end in .xlsx"),
        ("folder.xlsx", "is a folder"),
        ("afile/out.xlsx", "does not exist"),
    ],
)
def test_an_unwritable_target_is_a_user_error(tmp_path, name, message):
    (tmp_path / "folder.xlsx").mkdir()
    (tmp_path / "afile").write_text("not a folder")
    with pytest.raises(UserError, match=message):
        write_workbook(tmp_path / name, [SheetSpec("S", COLUMNS, [ROW])], title="T", language="en")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_a_user_error(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    with pytest.raises(UserError, match="may not write"):
        write_workbook(
            folder / "o.xlsx", [SheetSpec("S", COLUMNS, [ROW])], title="T", language="en"
        )


def test_codes_that_excel_would_turn_into_numbers_keep_a_text_format(roundtrip):
    sheet = roundtrip(
        [Column("code", "Code", "code")], [["0041"], ["1-2"], ["1e5"], ["CHE"], ["+41 22"]]
    )
    cells = [sheet[f"A{r}"] for r in range(2, 7)]
    assert [c.value for c in cells] == ["0041", "1-2", "1e5", "CHE", "+41 22"]
    assert all(c.data_type == "s" for c in cells)
    assert [c.number_format for c in cells] == ["@", "@", "@", "General", "@"]
