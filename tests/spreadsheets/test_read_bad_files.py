"""Bad files are refused in one clear sentence, before anything dangerous is inflated or parsed."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from liaison_app.errors import UserError
from liaison_app.spreadsheets import file_checks
from liaison_app.spreadsheets.table_reader import read_table


def _good_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Country", "Email"])
    ws.append(["Ana", "Chile", "ana@x.cl"])
    wb.save(path)
    return path


def _rewrite(path: Path, replace: dict[str, bytes], *, compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts.update(replace)
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _refused(path: Path, match: str) -> str:
    with pytest.raises(UserError, match=match) as caught:
        read_table(path)
    message = str(caught.value)
    assert "\n" not in message  # one line
    return message


def test_not_a_spreadsheet(tmp_path):
    pdf = tmp_path / "minutes.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    _refused(pdf, "is not an Excel workbook, although its name ends in .xlsx")
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    _refused(png, "is not a text file")
    doc = tmp_path / "letter.docx"
    doc.write_bytes(b"hello")
    _refused(doc, "is not a spreadsheet this program reads")


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    _refused(path, "is a zip file but not an Excel workbook")


def test_truncated_workbook(tmp_path):
    path = _good_workbook(tmp_path / "cut.xlsx")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "is damaged or incomplete")


def test_workbook_with_a_broken_part(tmp_path):
    path = _rewrite(
        _good_workbook(tmp_path / "broken.xlsx"),
        {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row><c"},
    )
    _refused(path, "is damaged or incomplete")


def test_password_protected_workbook(tmp_path):
    # Excel saves a password-protected .xlsx as an OLE compound file holding an
    # "EncryptedPackage" stream: the header and that stream's directory name are enough.
    header = file_checks.OLE_MAGIC + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 40
    directory += "EncryptedPackage".encode("utf-16-le") + b"\x00" * 40
    path = tmp_path / "secret.xlsx"
    path.write_bytes(header + b"\x00" * 480 + directory + b"\x00" * 1024)
    _refused(path, "is protected by a password")


def test_old_xls_workbook_is_explained(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(file_checks.OLE_MAGIC + b"\x00" * 2048)
    _refused(path, r"old Excel 97-2003 workbook \(\.xls\)")


def test_zip_encrypted_entry(tmp_path):
    path = _good_workbook(tmp_path / "zipcrypto.xlsx")
    data = bytearray(path.read_bytes())
    # Set the "encrypted" flag bit in every central directory entry.
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        data[position + 8] |= 0x01
        position = data.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(data))
    _refused(path, "protected by a password")


def test_empty_files(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    _refused(empty, "is empty")
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\r\n ,, \r\n\r\n")
    _refused(blank, "has no rows to import")
    wb = Workbook()
    wb.save(tmp_path / "empty.xlsx")
    _refused(tmp_path / "empty.xlsx", "has no rows to import")


def test_too_large(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"Name\n" + b"x\n" * 600_000)
    with pytest.raises(UserError, match=r"too large to import \(1.1 MB; the limit is 1 MB\)"):
        read_table(path, max_bytes=1024 * 1024)


def test_zip_bomb_is_refused_before_inflating(tmp_path, monkeypatch):
    path = _good_workbook(tmp_path / "bomb.xlsx")
    zeros = b"0" * (30 * 1024 * 1024)  # 30 MB that compress about a thousand times
    _rewrite(path, {"xl/sharedStrings.xml": zeros})
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/sharedStrings.xml")
        assert info.file_size / info.compress_size > 500

    inflated = []
    real_open = zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):
        inflated.append(getattr(name, "filename", name))
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    message = _refused(path, "would expand .* times when opened")
    assert "zip bomb" in message
    assert inflated == []  # decided from the directory alone


def test_total_unzipped_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(file_checks, "MAX_UNZIPPED_BYTES", 1024)
    _refused(_good_workbook(tmp_path / "fat.xlsx"), "opened, it would take")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol9;</t></si></sst>"""


def test_billion_laughs_in_a_workbook_is_refused(tmp_path):
    path = _rewrite(
        _good_workbook(tmp_path / "laughs.xlsx"), {"xl/sharedStrings.xml": BILLION_LAUGHS}
    )
    message = _refused(path, "XML entity declarations")
    assert "XML bomb" in message


def test_entities_hidden_after_a_long_prolog_are_refused_too(tmp_path):
    padded = b'<?xml version="1.0"?>\n<!--' + b" " * 20_000 + b"-->\n" + BILLION_LAUGHS[22:]
    path = _rewrite(_good_workbook(tmp_path / "padded.xlsx"), {"xl/worksheets/sheet1.xml": padded})
    _refused(path, "XML entity declarations")


def test_defusedxml_guards_openpyxl_as_well(tmp_path):
    # Were our own check bypassed, openpyxl parses through defusedxml, which refuses entities.
    import openpyxl

    assert openpyxl.DEFUSEDXML
    from openpyxl.xml.functions import iterparse

    with pytest.raises(Exception, match=r"(?i)entit"):
        list(iterparse(io.BytesIO(BILLION_LAUGHS)))
