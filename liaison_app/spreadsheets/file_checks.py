"""What a file is, and whether it is safe to open: size, kind, zip and XML bombs, passwords."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from liaison_app.errors import UserError
from liaison_app.i18n import N_

#: Larger files are refused before anything is read: a contact list of 100,000 rows is ~15 MB.
MAX_FILE_BYTES = 100 * 1024 * 1024
#: Whole workbook once unzipped; 100,000 rows × 12 columns take about 60 MB of XML.
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
#: Compression ratio beyond which a large zip entry is a bomb, not a spreadsheet. Real sheets
#: compress 5–30×; Apache POI's default refuses beyond 100× as well.
MAX_RATIO = 100
#: Entries smaller than this unzipped are never refused for their ratio (tiny XML compresses well).
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_ZIP_ENTRIES = 10_000
#: Bytes of each XML part read to look for a DOCTYPE (it can only come before the root element).
XML_HEAD_BYTES = 4096

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
# The first element's start tag: "<" then a name character (not "?", "!" or "/"). UTF-16 XML
# parts (legal, never written by Office) would not match, and are then read whole.
_ROOT_ELEMENT = re.compile(rb"<[A-Za-z_:]")

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")


@dataclass(frozen=True, slots=True)
class FileKind:
    """ "workbook" (xlsx/xlsm) or "text" (csv, tsv, txt)."""

    kind: str
    suffix: str


def check_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> FileKind:
    """Refuse what cannot or must not be read, with one clear sentence; return what it is.

    Looks at the bytes, not only the name: a workbook renamed .csv is still read as a workbook,
    a PDF renamed .xlsx is refused.
    """
    path = Path(path)
    if not path.exists():
        raise UserError(N_("{name}: no such file."), name=str(path))
    if not path.is_file():
        raise UserError(N_("{name} is a folder, not a spreadsheet."), name=path.name)
    size = path.stat().st_size
    if size == 0:
        raise UserError(N_("{name} is empty."), name=path.name)
    if size > max_bytes:
        raise UserError(
            N_("{name} is too large to import ({size} MB; the limit is {limit} MB)."),
            name=path.name,
            size=round(size / 1024 / 1024, 1),
            limit=max_bytes // 1024 // 1024,
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise UserError(
            N_("{name} cannot be read: {reason}"),
            name=path.name,
            reason=error.strerror or str(error),
        ) from error
    suffix = path.suffix.lower()
    if head.startswith(OLE_MAGIC):
        if _encrypted_ole(path):
            raise UserError(
                N_(
                    "{name} is protected by a password. Open it in Excel, remove the password "
                    "(File > Info > Protect Workbook), save it and import it again."
                ),
                name=path.name,
            )
        raise UserError(
            N_(
                "{name} is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as "
                "an Excel Workbook (.xlsx), then import that file."
            ),
            name=path.name,
        )
    if head.startswith((ZIP_MAGIC, b"PK\x05\x06")):
        return FileKind("workbook", suffix if suffix in WORKBOOK_SUFFIXES else ".xlsx")
    if suffix in WORKBOOK_SUFFIXES:
        raise UserError(
            N_("{name} is not an Excel workbook, although its name ends in {suffix}."),
            name=path.name,
            suffix=suffix,
        )
    if suffix in TEXT_SUFFIXES or suffix == "":
        return FileKind("text", suffix or ".csv")
    raise UserError(
        N_("{name} is not a spreadsheet this program reads (.xlsx, .xlsm, .csv, .tsv or .txt)."),
        name=path.name,
    )


def _encrypted_ole(path: Path) -> bool:
    """An OLE container holding an "EncryptedPackage" stream: a password-protected .xlsx."""
    data = path.read_bytes()
    return _ENCRYPTED_PACKAGE in data


def open_workbook_zip(path: Path) -> zipfile.ZipFile:
    """Open a workbook's zip after checking each entry's declared size and ratio; inflate nothing.

    Python's zipfile stops inflating an entry at its declared size (and fails its CRC check
    beyond), so the sizes checked here bound what any later read can produce.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
        raise UserError(
            N_("{name} is damaged or incomplete: it cannot be opened as a workbook."),
            name=path.name,
        ) from error
    try:
        check_zip_entries(path.name, archive)
    except BaseException:
        archive.close()
        raise
    return archive


def check_zip_entries(name: str, archive: zipfile.ZipFile) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise UserError(N_("{name} holds too many parts to be a spreadsheet."), name=name)
    total = 0
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise UserError(
                N_("{name} is protected by a password; remove it in Excel and import again."),
                name=name,
            )
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise UserError(
                N_(
                    "{name} was refused: one of its parts would expand {ratio} times when "
                    'opened (a "zip bomb"). Nothing was imported.'
                ),
                name=name,
                ratio=int(ratio),
            )
    if total > MAX_UNZIPPED_BYTES:
        raise UserError(
            N_("{name} was refused: opened, it would take {size} MB (the limit is {limit} MB)."),
            name=name,
            size=total // 1024 // 1024,
            limit=MAX_UNZIPPED_BYTES // 1024 // 1024,
        )
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise UserError(N_("{name} is a zip file but not an Excel workbook."), name=name)


def check_xml_parts(name: str, archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose XML declares a DOCTYPE or entities (billion laughs and friends).

    Office never writes a DOCTYPE, and one can only stand in the prolog, before the root element:
    each part is read up to its first element only. defusedxml (which openpyxl uses when it is
    installed) refuses entities as well; this check gives the officer one clear sentence.
    """
    for entry in archive.infolist():
        if not entry.filename.endswith((".xml", ".rels", ".vml")) or entry.file_size == 0:
            continue
        if _declares_doctype(archive, entry):
            raise UserError(
                N_(
                    "{name} was refused: it contains XML entity declarations, which Excel never "
                    'writes (an "XML bomb"). Nothing was imported.'
                ),
                name=name,
            )


def _declares_doctype(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    prolog = b""
    with archive.open(entry) as part:
        while True:
            chunk = part.read(XML_HEAD_BYTES)
            if not chunk:
                return bool(_DOCTYPE.search(prolog))
            prolog += chunk
            root = _ROOT_ELEMENT.search(prolog)
            if root:
                return bool(_DOCTYPE.search(prolog, 0, root.start()))
