"""Reading the files officers receive: encodings, delimiters, titles, numbers, dates, formulas.

Every file is built here from its bytes or with openpyxl: no opaque fixtures.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from liaison_app.errors import UserError
from liaison_app.spreadsheets.table_reader import (
    cell_text,
    format_whole_number,
    list_sheets,
    read_table,
)

ARABIC_CSV = (
    "الاسم,البلد,البريد الإلكتروني,الهاتف\r\n"
    "أحمد علي,الأردن,ahmad@modee.gov.jo,+962 6 200 1234\r\n"
    "فاطمة الزهراء,مصر,fatima@mcit.gov.eg,\r\n"
)
FRENCH_ROWS = [
    ["Civilité", "Nom", "Pays", "Courriel", "Fonction"],
    ["M.", "José Pérez", "Côte d'Ivoire", "jose@gouv.ci", "Ministre de l'Économie numérique"],
    ["Mme", "Hélène Müller", "Suisse", "helene@admin.ch", "Conseillère d'État"],
]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("cp1256", "cp1256"),
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
    ],
)
def test_arabic_csv_in_every_encoding(tmp_path, encoding, expected):
    path = _write(tmp_path, "contacts.csv", ARABIC_CSV.encode(encoding))
    table = read_table(path)
    assert table.encoding == expected
    assert table.encoding_detected
    assert table.headers == ["الاسم", "البلد", "البريد الإلكتروني", "الهاتف"]
    assert [row.cells[0] for row in table.rows] == ["أحمد علي", "فاطمة الزهراء"]
    assert table.rows[0].number == 2


def test_french_unicode_text_from_excel_is_utf16_with_tabs(tmp_path):
    # Excel's "Unicode text (*.txt)": UTF-16 LE with a BOM, tab-separated, CRLF.
    text = "\r\n".join("\t".join(row) for row in FRENCH_ROWS) + "\r\n"
    path = _write(tmp_path, "liste.txt", text.encode("utf-16"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.headers == FRENCH_ROWS[0]
    assert [list(row.cells) for row in table.rows] == FRENCH_ROWS[1:]


def test_windows_1252_french_with_semicolons(tmp_path):
    text = "\r\n".join(";".join(row) for row in FRENCH_ROWS)
    table = read_table(_write(tmp_path, "liste.csv", text.encode("cp1252")))
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.rows[0].cells[4] == "Ministre de l'Économie numérique"


def test_windows_1251_russian(tmp_path):
    text = "Имя,Страна,Должность\nАнна Фёдорова,Россия,Министр\n"
    table = read_table(_write(tmp_path, "spisok.csv", text.encode("cp1251")))
    assert table.encoding == "cp1251"
    assert table.rows[0].cells == ("Анна Фёдорова", "Россия", "Министр")


def test_the_officer_can_override_the_encoding(tmp_path):
    path = _write(tmp_path, "contacts.csv", ARABIC_CSV.encode("cp1256"))
    wrong = read_table(path, encoding="cp1252")
    assert wrong.encoding == "cp1252"
    assert not wrong.encoding_detected
    assert wrong.headers[0] != "الاسم"  # what the preview shows until the officer picks right
    assert read_table(path, encoding="windows-1256").headers[0] == "الاسم"
    with pytest.raises(UserError, match="Unknown encoding"):
        read_table(path, encoding="klingon")
    with pytest.raises(UserError, match="cannot be read as UTF-8"):
        read_table(path, encoding="utf-8")


def test_delimiters_quotes_and_multiline_cells(tmp_path):
    text = (
        'Name|Address|Email\n"Pérez, José"|"Rue de Varembé 1\nCH-1211 Genève 20"|jose@x.org\n'
        "Ana|Calle 5|ana@x.org\n"
    )
    table = read_table(_write(tmp_path, "pipes.csv", text.encode()))
    assert table.delimiter == "|"
    assert table.rows[0].cells == (
        "Pérez, José",
        "Rue de Varembé 1\nCH-1211 Genève 20",
        "jose@x.org",
    )
    assert table.rows[1].number == 4  # the line where the record starts, after the 2-line cell


def test_numbers_in_csv_stay_text(tmp_path):
    text = "Name,Phone,Code\nAna,0041227305350,007\nLi,+86 10 1234 5678,4.12E+10\n"
    table = read_table(_write(tmp_path, "phones.csv", text.encode()))
    assert [row.cells[1:] for row in table.rows] == [
        ("0041227305350", "007"),
        ("+86 10 1234 5678", "4.12E+10"),
    ]


def _title_block_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Ministres"
    ws["A1"] = "Forum du SMSI 2022 — liste des ministres"
    ws.merge_cells("A1:F1")
    ws["A2"] = "Mise à jour : 12 mars 2022"
    ws.merge_cells("A2:F2")
    # row 3 left blank
    ws.append([])
    ws.append(["Pays", "Civilité", "Nom", "Courriel", "Téléphone", "Arrivée"])
    ws.append(
        ["Sénégal", "Mme", "Amina Diallo", "amina@gouv.sn", 221301012345, dt.date(2022, 5, 30)]
    )
    ws.append([None, "M.", "Moussa Ba", "moussa@gouv.sn", "+221 70 123 45 67", None])
    ws.merge_cells("A5:A6")  # the country merged over its two delegates
    ws.append(["Suisse", "M.", "Jean Dupont\nConseiller", "jean@admin.ch", 41227305350, None])
    ws["E7"].number_format = '"+"00 00 000 00 00'
    ws.append(["Japon", "M.", "Taro Yamada", "taro@soumu.go.jp", 312345678, None])
    ws["E8"].number_format = "00000000000"  # a zero-padded number format keeps "03…"
    ws.append([])
    ws.append(["Total", 4])
    ws2 = wb.create_sheet("Notes")
    ws2["A1"] = "Nothing here"
    wb.save(path)
    return path


def test_workbook_title_block_merged_cells_numbers_and_footer(tmp_path):
    path = _title_block_workbook(tmp_path / "ministres.xlsx")
    table = read_table(path)
    assert table.sheet == "Ministres"
    assert table.sheets == ["Ministres", "Notes"]
    assert table.header_row_number == 4
    assert table.headers == ["Pays", "Civilité", "Nom", "Courriel", "Téléphone", "Arrivée"]
    rows = {row.number: row.cells for row in table.rows}
    assert sorted(rows) == [5, 6, 7, 8]
    assert rows[5] == (
        "Sénégal",
        "Mme",
        "Amina Diallo",
        "amina@gouv.sn",
        "221301012345",
        "2022-05-30",
    )
    assert rows[6][0] == "Sénégal"  # filled down from the merged cell
    assert rows[7][2] == "Jean Dupont\nConseiller"  # line break kept
    assert rows[7][4] == "+41 22 730 53 50"  # as Excel showed the number
    assert rows[8][4] == "00312345678"  # no lost leading zero
    assert [row.cells[0] for row in table.footers] == ["Total"]
    assert list_sheets(path) == ["Ministres", "Notes"]


def test_choosing_another_sheet(tmp_path):
    path = _title_block_workbook(tmp_path / "ministres.xlsx")
    with pytest.raises(UserError, match="No header row"):
        read_table(path, sheet="notes")  # by name, any case: one cell is no header
    with pytest.raises(UserError, match="no sheet named Budget; its sheets are: Ministres, Notes"):
        read_table(path, sheet="Budget")


def test_dates_in_the_1904_system(tmp_path):
    wb = Workbook()
    wb.epoch = dt.datetime(1904, 1, 1)  # Excel for Mac's old date system
    ws = wb.active
    ws.append(["Name", "Arrival", "Session"])
    ws.append(["Ana", dt.date(2022, 5, 30), dt.datetime(2022, 5, 31, 14, 30)])
    path = tmp_path / "mac.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as archive:
        assert b'date1904="1"' in archive.read("xl/workbook.xml")
    table = read_table(path)
    assert table.rows[0].cells == ("Ana", "2022-05-30", "2022-05-31 14:30")


def _with_cached_formula(path: Path) -> Path:
    """A workbook whose cells hold formulas with the values Excel saved for them.

    openpyxl cannot compute formulas, so the cached <v> values are written into the XML.
    """
    wb = Workbook()
    ws = wb.active
    ws.append(["Given", "Family", "Name", "Phone"])
    ws.append(["José", "Pérez", '=A2&" "&B2', "=41227305350"])
    wb.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = re.sub(
        r'(<c r="C2"[^>]*>)(<f>.*?</f>)(<v\s*/>|<v></v>)?',
        r"\1\2<v>José Pérez</v>",
        sheet,
    ).replace('<c r="C2"', '<c r="C2" t="str"', 1)
    sheet = re.sub(
        r'(<c r="D2"[^>]*>)(<f>.*?</f>)(<v\s*/>|<v></v>)?', r"\1\2<v>41227305350</v>", sheet
    )
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_formulas_give_their_saved_values(tmp_path):
    table = read_table(_with_cached_formula(tmp_path / "formulas.xlsx"))
    assert table.rows[0].cells == ("José", "Pérez", "José Pérez", "41227305350")


def test_cell_text_never_shows_an_exponent():
    assert cell_text(41227305350.0) == "41227305350"
    assert cell_text(4.12e10) == "41200000000"
    assert cell_text(0.1) == "0.1"
    assert cell_text(1.5e-7) == "0.00000015"
    assert cell_text(True) == "TRUE"
    assert cell_text(dt.time(9, 30)) == "09:30"
    assert format_whole_number(41227305350, "\\+0") == "+41227305350"
    assert format_whole_number(2271234567, "(###) ###-####") == "(227) 123-4567"
    assert format_whole_number(5, "0.00") == "5"  # not a digit pattern: plain


def test_header_found_below_titles_in_a_csv(tmp_path):
    text = (
        "Liste des participants;;\n;;\nExtrait le 3 mars;;\n"
        "Nom;Pays;Courriel\nAna;Chili;ana@x.cl\nTotal : 1;;\n"
    )
    table = read_table(_write(tmp_path, "liste.csv", text.encode("utf-8")))
    assert table.headers == ["Nom", "Pays", "Courriel"]
    assert [row.cells[0] for row in table.rows] == ["Ana"]
    assert [row.cells[0] for row in table.footers] == ["Total : 1"]


@pytest.mark.parametrize("footer", ["Total", "TOTAL GÉNÉRAL", "المجموع", "Итого:", "合计"])
def test_footers_in_six_languages_are_not_people(tmp_path, footer):
    text = f"Name,Country\nAna,Chile\n{footer},1\n"
    table = read_table(_write(tmp_path, "list.csv", text.encode()))
    assert [row.cells[0] for row in table.rows] == ["Ana"]
    assert len(table.footers) == 1


def test_a_file_of_data_without_header_is_refused(tmp_path):
    text = "ana@x.cl,+56 2 2345 6789\nli@x.cn,+86 10 1234 5678\n"
    with pytest.raises(UserError, match="No header row"):
        read_table(_write(tmp_path, "data.csv", text.encode()))


# ---------------------------------------------------------------------------------------------
# Round trip: any table of strings written out comes back unchanged.

_CELL = st.text(
    alphabet=st.one_of(
        # Excel cannot hold control characters or non-characters; tabs and line breaks it can.
        st.characters(blacklist_categories=("Cs", "Cc", "Cn")),
        st.sampled_from(["\n", "\t", " "]),
    ),
    max_size=12,
)
_HEADERS = ["Name", "Country", "Email", "Phone", "Notes"]


@st.composite
def _tables(draw):
    width = draw(st.integers(1, 5))
    rows = draw(
        st.lists(
            st.lists(_CELL, min_size=width, max_size=width).filter(
                lambda row: any(cell.strip() for cell in row)
            ),
            max_size=6,
        )
    )
    return _HEADERS[:width], rows


def _read_back(path: Path, width: int, **options) -> tuple[list[str], list[list[str]]]:
    table = read_table(path, **options)
    back = sorted(table.rows + table.footers, key=lambda row: row.number)  # footers too
    return table.headers[:width], [list(row.cells[:width]) for row in back]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(table=_tables())
def test_any_table_of_strings_comes_back_from_csv(tmp_path, table):
    import csv
    import io

    headers, rows = table
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([headers, *rows])
    path = tmp_path / "roundtrip.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    assert _read_back(path, len(headers), delimiter=",") == (headers, rows)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(table=_tables())
def test_any_table_of_strings_comes_back_from_xlsx(tmp_path, table):
    headers, rows = table
    wb = Workbook()
    ws = wb.active
    ws.append(headers)
    for row in rows:
        ws.append(row)
        for cell in ws[ws.max_row]:
            cell.data_type = "s"  # "=1+1" typed as text stays text, as in Excel with a quote
    path = tmp_path / "roundtrip.xlsx"
    wb.save(path)
    assert _read_back(path, len(headers)) == (headers, rows)
