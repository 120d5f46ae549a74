"""Reading a spreadsheet into rows of text (xlsx/xlsm, csv, tsv, txt), safely, as Excel shows them.

    table = read_table(Path("contacts.csv"))            # encoding, delimiter, header detected
    table = read_table(path, sheet="Ministers", encoding="cp1256")   # the officer's choices
    table.headers, table.rows[0].number, table.rows[0].cells

Every cell comes back as the text the officer saw: numbers without exponent or lost digits
(a phone typed as a number, with its "00000" or "+"0 format applied), dates as ISO dates in the
1900 and 1904 systems alike, formulas as their saved values, line breaks inside cells kept.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from liaison_app.domain.text_folding import fold
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.spreadsheets.column_mapping import known_header_count
from liaison_app.spreadsheets.file_checks import (
    MAX_FILE_BYTES,
    check_file,
    check_xml_parts,
    open_workbook_zip,
)
from liaison_app.spreadsheets.text_decoding import decode_text, detect_delimiter

log = logging.getLogger(__name__)

#: Rows looked at to find the header below title rows.
HEADER_SEARCH_ROWS = 30
#: A sheet wider than this is not a contact list (and would cost memory for nothing).
MAX_COLUMNS = 200

_FOOTER_WORDS = (
    "total",
    "totals",
    "grand total",
    "subtotal",
    "sub-total",
    "sous-total",
    "sum",
    "somme",
    "suma",
    "source",
    "note",
    "notes",
    "prepared by",
    "итого",
    "всего",
    "итог",
    "المجموع",
    "الإجمالي",
    "المجموع الكلي",
    "مجموع",
    "合计",
    "总计",
    "小计",
    "共计",
)
_FOOTER = re.compile(
    r"^(?:" + "|".join(re.escape(fold(w)) for w in _FOOTER_WORDS) + r")(?:\b|$|[\s:：])"
)
_VALUE_LIKE = re.compile(
    r"^\s*(?:[^@\s]+@[^@\s]+\.[^@\s]+|[+(]?\d[\d\s().\-/]{4,}|\d{4}-\d{2}-\d{2}.*)\s*$"
)


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A row of the file: its number as the officer sees it (Excel row or text line) and cells."""

    number: int
    cells: tuple[str, ...]

    def cell(self, column: int) -> str:
        return self.cells[column] if column < len(self.cells) else ""


@dataclass
class RawTable:
    """What was read: every row as text, the header found, the rows below it."""

    path: Path
    #: "workbook" or "text".
    kind: str
    #: The sheet read (workbooks), and all worksheets to choose from.
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    #: Text files: the encoding used, whether it was detected, and the delimiter.
    encoding: str | None = None
    encoding_detected: bool = False
    delimiter: str | None = None
    #: Every non-blank row of the sheet, title rows included, for a preview.
    all_rows: list[SourceRow] = field(default_factory=list)
    #: Index in `all_rows` of the header row.
    header_index: int = 0
    headers: list[str] = field(default_factory=list)
    #: The rows below the header that may be people (blank rows and footers left out).
    rows: list[SourceRow] = field(default_factory=list)
    #: Rows below the header left out as footers ("Total", "المجموع", "Итого").
    footers: list[SourceRow] = field(default_factory=list)

    @property
    def header_row_number(self) -> int:
        return self.all_rows[self.header_index].number if self.all_rows else 0

    def with_header_at(self, index: int) -> RawTable:
        """The same table with the header taken at `all_rows[index]` (the officer's choice)."""
        return _split_at_header(self, index)


def list_sheets(path: Path) -> list[str]:
    """The worksheets of a workbook (empty for a text file)."""
    kind = check_file(Path(path))
    if kind.kind != "workbook":
        return []
    workbook = _open_workbook(Path(path))
    try:
        return [ws.title for ws in workbook.worksheets]
    finally:
        workbook.close()


def read_table(
    path: Path,
    sheet: str | None = None,
    encoding: str | None = None,
    *,
    delimiter: str | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> RawTable:
    """Read a spreadsheet file; UserError (one sentence) for anything that is not a usable one."""
    path = Path(path)
    kind = check_file(path, max_bytes=max_bytes)
    if kind.kind == "workbook":
        table = _read_workbook(path, sheet)
    else:
        table = _read_text(path, kind.suffix, encoding, delimiter)
    if not table.all_rows:
        raise UserError(N_("{name} has no rows to import: it is empty."), name=path.name)
    return _split_at_header(table, find_header(table.all_rows))


# ---------------------------------------------------------------------------------------------
# Text files


def _read_text(path: Path, suffix: str, encoding: str | None, delimiter: str | None) -> RawTable:
    data = path.read_bytes()
    decoded = decode_text(data, encoding, name=path.name)
    text = decoded.text
    if not text.strip():
        raise UserError(N_("{name} has no rows to import: it is empty."), name=path.name)
    delimiter = delimiter or detect_delimiter(text, suffix)
    rows: list[SourceRow] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    line = 1
    try:
        for record in reader:
            if len(record) > MAX_COLUMNS:
                raise UserError(
                    N_("{name} has more than {limit} columns: it is not a contact list."),
                    name=path.name,
                    limit=MAX_COLUMNS,
                )
            if any(cell.strip() for cell in record):
                rows.append(SourceRow(line, tuple(record)))
            line = reader.line_num + 1
    except csv.Error as error:
        raise UserError(
            N_("{name} cannot be read as a table near line {line}: {reason}"),
            name=path.name,
            line=line,
            reason=str(error),
        ) from error
    return RawTable(
        path=path,
        kind="text",
        encoding=decoded.encoding,
        encoding_detected=decoded.detected,
        delimiter=delimiter,
        all_rows=rows,
    )


# ---------------------------------------------------------------------------------------------
# Workbooks


def _open_workbook(path: Path):
    from openpyxl import load_workbook

    archive = open_workbook_zip(path)  # sizes and ratios checked before anything is inflated
    try:
        check_xml_parts(path.name, archive)
    finally:
        archive.close()
    try:
        return load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except UserError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a broken file
        log.info("openpyxl could not open %s: %r", path, error)
        raise _damaged(path) from error


def _damaged(path: Path) -> UserError:
    return UserError(
        N_("{name} is damaged or incomplete: it cannot be opened as a workbook."), name=path.name
    )


def _pick_sheet(workbook: Any, sheet: str | None, path: Path) -> Any:
    worksheets = list(workbook.worksheets)
    if not worksheets:
        raise UserError(N_("{name} has no worksheet to import."), name=path.name)
    if sheet is None:
        visible = [ws for ws in worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        active = workbook.active
        if active in visible:
            return active
        return (visible or worksheets)[0]
    for ws in worksheets:
        if ws.title == sheet:
            return ws
    for ws in worksheets:
        if fold(ws.title) == fold(sheet):
            return ws
    if sheet.isdigit() and 1 <= int(sheet) <= len(worksheets):
        return worksheets[int(sheet) - 1]
    raise UserError(
        N_("{name} has no sheet named {sheet}; its sheets are: {sheets}."),
        name=path.name,
        sheet=sheet,
        sheets=", ".join(ws.title for ws in worksheets),
    )


def _read_workbook(path: Path, sheet: str | None) -> RawTable:
    workbook = _open_workbook(path)
    try:
        ws = _pick_sheet(workbook, sheet, path)
        try:
            rows, merged = _sheet_rows(workbook, ws)
        except UserError:
            raise
        except Exception as error:
            log.info("openpyxl could not read %s!%s: %r", path, ws.title, error)
            raise _damaged(path) from error
        names = [w.title for w in workbook.worksheets]
    finally:
        workbook.close()
    _fill_merged(rows, merged)
    width = max((len(cells) for cells in rows.values()), default=0)
    all_rows = [
        SourceRow(number, tuple(cells + [""] * (width - len(cells))))
        for number, cells in sorted(rows.items())
        if any(cell.strip() for cell in cells)
    ]
    return RawTable(path=path, kind="workbook", sheet=ws.title, sheets=names, all_rows=all_rows)


def _sheet_rows(workbook: Any, ws: Any) -> tuple[dict[int, list[str]], list[tuple[int, ...]]]:
    """All cells of a sheet as text, by row number, and its merged ranges.

    Reads the sheet XML through openpyxl's own row parser (the one its read-only worksheets
    use) to get each cell's style with its value: the number format tells how Excel showed a
    number ("0041…", "+41 22…"), and read-only cells would cost a Python object per cell.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    formats = _NumberFormats(workbook)
    rows: dict[int, list[str]] = {}
    with ws._get_source() as source:
        parser = WorkSheetParser(
            source,
            ws._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            if not cells:
                continue
            texts: list[str] = []
            for cell in cells:
                column = cell["column"]
                if column > MAX_COLUMNS:
                    continue
                value = cell["value"]
                if value is None:
                    continue
                if len(texts) < column:
                    texts.extend([""] * (column - len(texts)))
                texts[column - 1] = cell_text(value, formats.of(cell["style_id"]))
            if texts:
                rows[number] = texts
        merged = []
        if parser.merged_cells is not None:
            for cell_range in parser.merged_cells.mergeCell:
                merged.append(_bounds(cell_range.ref))
    return rows, merged


def _bounds(ref: str) -> tuple[int, int, int, int]:
    from openpyxl.utils.cell import range_boundaries

    min_col, min_row, max_col, max_row = range_boundaries(ref)
    return min_col, min_row, max_col, max_row


def _fill_merged(rows: dict[int, list[str]], merged: Sequence[tuple[int, ...]]) -> None:
    """Give every cell of a merged range the value of its top-left cell.

    A member state merged down over the rows of its three delegates belongs to each of them.
    Only rows that hold something are filled: a range merged over empty rows adds no people.
    """
    for min_col, min_row, max_col, max_row in merged:
        if max_col > MAX_COLUMNS:
            max_col = MAX_COLUMNS
        top = rows.get(min_row)
        value = top[min_col - 1] if top and len(top) >= min_col else ""
        if not value:
            continue
        for number in range(min_row, max_row + 1):
            cells = rows.get(number)
            if cells is None:
                continue
            if len(cells) < max_col:
                cells.extend([""] * (max_col - len(cells)))
            for column in range(min_col, max_col + 1):
                if not cells[column - 1]:
                    cells[column - 1] = value


class _NumberFormats:
    """Number format of a style id, as openpyxl's read-only cells find it (cached)."""

    def __init__(self, workbook: Any) -> None:
        from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

        self._styles = workbook._cell_styles
        self._custom = workbook._number_formats
        self._builtin = BUILTIN_FORMATS
        self._max = BUILTIN_FORMATS_MAX_SIZE
        self._cache: dict[int, str] = {}

    def of(self, style_id: Any) -> str:
        style_id = int(style_id or 0)
        found = self._cache.get(style_id)
        if found is None:
            try:
                format_id = self._styles[style_id].numFmtId
                if format_id < self._max:
                    found = self._builtin.get(format_id, "General")
                else:
                    found = self._custom[format_id - self._max]
            except (IndexError, KeyError, AttributeError):
                found = "General"
            self._cache[style_id] = found
        return found


# ---------------------------------------------------------------------------------------------
# Cell values as text


def cell_text(value: Any, number_format: str = "General") -> str:
    """A cell's value as the text Excel shows for it, for import.

    Strings as they are; whole numbers with no exponent and their digit-pattern format applied
    (a phone typed as 41227305350 in a "+"0 format is "+41227305350"; 00123 stays 00123); other
    numbers in their shortest exact form; dates as ISO 8601.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return format_whole_number(value, number_format)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e17:
            return format_whole_number(int(value), number_format)
        return format(Decimal(repr(value)), "f")  # 4.12E+10 → 41200000000, 0.1 stays 0.1
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)


def format_whole_number(value: int, number_format: str) -> str:
    """A whole number as Excel shows it with a digit-pattern format ("0000", "+"0, 000-000)."""
    pattern = _digit_pattern(number_format or "General")
    if pattern is None:
        return str(value)
    parts, placeholders = pattern
    negative = value < 0
    digits = str(abs(value))
    out: list[str] = []
    # Fill placeholders from the right; extra digits go to the leftmost one, as in Excel.
    remaining = digits
    filled: list[str] = []
    for kind in reversed(placeholders):
        if remaining:
            filled.append(remaining[-1])
            remaining = remaining[:-1]
        else:
            filled.append("0" if kind == "0" else "")
    filled.reverse()
    if remaining:
        filled[0] = remaining + filled[0]
    index = 0
    for part in parts:
        if part is None:
            out.append(filled[index])
            index += 1
        else:
            out.append(part)
    text = "".join(out)
    return f"-{text}" if negative else text


@functools.lru_cache(maxsize=256)
def _digit_pattern(number_format: str) -> tuple[tuple[str | None, ...], tuple[str, ...]] | None:
    """Literals and placeholders of a format made only of 0/# digits and literal text."""
    if number_format in ("General", "@", "0"):
        return None
    section = number_format.split(";")[0]
    parts: list[str | None] = []
    placeholders: list[str] = []
    position = 0
    while position < len(section):
        ch = section[position]
        if ch == '"':
            end = section.find('"', position + 1)
            if end < 0:
                return None
            parts.append(section[position + 1 : end])
            position = end + 1
            continue
        if ch == "\\" and position + 1 < len(section):
            parts.append(section[position + 1])
            position += 2
            continue
        if ch in "0#":
            parts.append(None)
            placeholders.append(ch)
        elif ch in " -()+/":
            parts.append(ch)
        else:
            return None  # decimals, thousands, dates, colours, conditions: not a digit pattern
        position += 1
    if not placeholders:
        return None
    return tuple(parts), tuple(placeholders)


# ---------------------------------------------------------------------------------------------
# Header and footers


def _looks_like_value(text: str) -> bool:
    return bool(_VALUE_LIKE.match(text))


def find_header(rows: Sequence[SourceRow]) -> int:
    """Index of the header row among the first rows: below title rows, with the most headers.

    A row scores by the cells that read as known headers (in six languages), then by its text
    cells; a title block (one merged cell) or a row of e-mails and numbers never wins. UserError
    when no row can be a header.
    """
    best: tuple[int, int, int] | None = None
    width = max((len(row.cells) for row in rows[:HEADER_SEARCH_ROWS]), default=0)
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        # Distinct texts: a title merged across the columns counts once, not once per column.
        texts = list(dict.fromkeys(cell.strip() for cell in row.cells if cell.strip()))
        if not texts:
            continue
        values = sum(1 for text in texts if _looks_like_value(text))
        known = known_header_count(texts)
        labels = len(texts) - values
        if labels < 2 and not (width == 1 and known == 1):
            continue
        if values and not known:
            continue  # a row of data, not of headers
        score = (known * 3 + labels - values * 3, -index, index)
        if best is None or score[:2] > best[:2]:
            best = score
    if best is None:
        raise UserError(
            N_(
                "No header row was found: the first rows should name the columns (Name, "
                "Country, E-mail…)."
            )
        )
    return best[2]


def is_footer(row: SourceRow) -> bool:
    """ "Total: 25", "المجموع", "Итого", "合计": a line under the list, not a person."""
    texts = [cell.strip() for cell in row.cells if cell.strip()]
    if not texts or len(texts) > 2:
        return False
    return bool(_FOOTER.match(fold(texts[0])))


def _split_at_header(table: RawTable, index: int) -> RawTable:
    header = table.all_rows[index]
    width = max((len(row.cells) for row in table.all_rows), default=0)
    headers = []
    for column in range(width):
        text = " ".join(header.cell(column).split())
        headers.append(text or f"Column {column + 1}")
    rows: list[SourceRow] = []
    footers: list[SourceRow] = []
    for row in table.all_rows[index + 1 :]:
        (footers if is_footer(row) else rows).append(row)
    return dataclasses.replace(
        table, header_index=index, headers=headers, rows=rows, footers=footers
    )
