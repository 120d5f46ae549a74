"""The one export engine: lists of rows in, a finished .xlsx a person can read at once out.

    path = write_workbook(
        Path("contacts.xlsx"),
        [SheetSpec("Contacts", [Column("name", "Name"), Column("phone", "Telephone", "code")],
                   rows=[{"name": "Ana", "phone": "+41227305111"}])],
        title="Contacts", language="en",
    )

Every sheet gets a styled header row that stays frozen, an auto-filter, column widths fitted to a
sample of its content, real Excel dates, amounts as numbers in their currency's format, phone
numbers and codes as text, long text wrapped; Arabic sheets run right to left. Strings pass
through `cell_safety` (never a formula, no illegal characters, Excel's length limit). The workbook
is written to a temporary file beside the target and renamed over it only when complete: a failure
or a cancel never leaves a partial workbook, and a previous file at the target stays intact.

openpyxl's write-only mode streams the rows, so memory does not grow with the list; styled cells are
built from style templates made once per column.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from liaison_app import APP_NAME
from liaison_app.errors import UserError
from liaison_app.spreadsheets.cell_safety import clean_text, is_formula_like

Kind = Literal["text", "code", "wrapped", "date", "datetime", "time", "int", "amount"]
CellStyle = Literal["title", "heading", "total"]

DATE_FORMAT = "yyyy-mm-dd"  # ISO 8601: read the same way in the six languages
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TIME_FORMAT = "hh:mm"
TEXT_FORMAT = "@"  # Excel keeps the cell text when it is edited ("0041" stays "0041")

#: Rows looked at to fit column widths; enough to be representative, cheap for 100,000 rows.
WIDTH_SAMPLE_ROWS = 200
_MAX_WIDTH = {"wrapped": 60, "text": 45, "code": 30}
_MIN_WIDTH = 6
#: Lists up to this many columns print fitted to the page's width.
_FIT_TO_PAGE_COLUMNS = 12
#: Progress and cancel are looked at every so many rows.
_CHECK_EVERY = 500

# Named fonts: a bold font without a name makes some readers (LibreOffice) fall back to a serif.
_FONT_NAME = "Calibri"
_HEADER_FONT = Font(name=_FONT_NAME, size=11, bold=True, color="1F1F1F")
_BOLD_FONT = Font(name=_FONT_NAME, size=11, bold=True)
_TITLE_FONT = Font(name=_FONT_NAME, size=14, bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="8EA9DB"))
_HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
_WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class Column:
    """One column: `key` finds the value in a mapping row; `header` is shown, already translated."""

    key: str
    header: str
    kind: Kind = "text"
    #: Characters; None fits the column to its header and a sample of its values.
    width: int | None = None
    #: For amounts: key of the column holding the ISO 4217 currency of the same row.
    currency_of: str | None = None


@dataclass(frozen=True)
class Value:
    """A cell that differs from its column: a report sheet mixes counts, dates and amounts."""

    value: Any
    kind: Kind | None = None
    #: ISO 4217 code, for an amount.
    currency: str | None = None
    style: CellStyle | None = None
    #: "start" keeps a date or number against the label it goes with (left; right on a
    #: right-to-left sheet), as text would be.
    align: Literal["start"] | None = None


@dataclass(frozen=True)
class BarChartSpec:
    """A bar chart of `value_column` by `label_column`, over sheet rows `first_row`..`last_row`."""

    title: str
    label_column: str
    value_column: str
    first_row: int
    last_row: int
    #: Top-left cell of the chart.
    anchor: str = "F2"
    horizontal: bool = True


@dataclass
class SheetSpec:
    name: str
    columns: Sequence[Column]
    #: Sequences in column order, or mappings by column key. Consumed once, as they are written.
    rows: Iterable[Sequence[Any] | Mapping[str, Any]]
    #: None: right to left when the workbook's language is written right to left (Arabic).
    right_to_left: bool | None = None
    #: A styled, frozen, filtered header row; False for a free-form sheet such as a summary.
    header: bool = True
    #: How many rows will come, when known: progress then has a total.
    row_count: int | None = None
    charts: Sequence[BarChartSpec] = ()
    #: Set by `write_workbook`: data rows written (the header not counted).
    rows_written: int = field(default=0, init=False)


class ExportCancelled(Exception):
    """Raised when `cancelled()` turned true; nothing was written at the target."""


RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar"})


def write_workbook(
    path: Path,
    sheets: Sequence[SheetSpec],
    *,
    title: str,
    language: str,
    subject: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write `sheets` to `path` (an .xlsx), atomically; return the path.

    `progress(done, total)` is called now and then with data rows written so far (total 0 when a
    sheet's `row_count` is unknown). When `cancelled()` returns true the write stops and
    `ExportCancelled` is raised. A target that cannot be written raises `UserError`.
    """
    path = Path(path).expanduser()
    folder = check_target(path)
    known = [s.row_count for s in sheets]
    total = sum(known) if all(n is not None for n in known) else 0  # type: ignore[misc]
    exported_at = datetime.now(UTC)

    workbook = Workbook(write_only=True)
    _set_properties(workbook, title=title, subject=subject, language=language, at=exported_at)
    handle, temp_name = _temporary_file(folder, path.name)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w+b") as out:
            done = 0
            names: set[str] = set()
            for spec in sheets:
                rtl = (
                    spec.right_to_left
                    if spec.right_to_left is not None
                    else language in RIGHT_TO_LEFT_LANGUAGES
                )
                writer = _SheetWriter(workbook, spec, _sheet_name(spec.name, names), rtl)
                done = writer.write(done, total, progress, cancelled)
            if cancelled is not None and cancelled():
                raise ExportCancelled
            workbook.save(out)
            out.flush()
            os.fsync(out.fileno())
        _replace(temp, path)
    except BaseException:
        _discard_sheet_files(workbook)
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    if progress is not None:
        progress(done, total or done)
    return path


# -- the target file ---------------------------------------------------------------------------


def check_target(path: Path) -> Path:
    """Refuse, before any work, a target that cannot become a workbook; return its folder."""
    if path.suffix.lower() != ".xlsx":
        raise UserError("An Excel workbook's name must end in .xlsx: {path}", path=path)
    folder = path.parent.resolve()
    if not folder.is_dir():
        raise UserError("The folder {folder} does not exist.", folder=folder)
    if path.is_dir():
        raise UserError("{path} is a folder, not a file name.", path=path)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError("You may not write to the folder {folder}.", folder=folder)
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError("{path} is read-only; choose another name.", path=path)
    return folder


def _temporary_file(folder: Path, name: str) -> tuple[int, str]:
    # Same folder as the target, so the final rename is atomic; hidden, so nobody opens it.
    try:
        return tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise _os_user_error(error, folder) from error


def _replace(temp: Path, path: Path) -> None:
    try:
        os.replace(temp, path)
    except OSError as error:
        raise _os_user_error(error, path) from error


def _os_user_error(error: OSError, where: Path) -> UserError:
    if error.errno == errno.ENOSPC:
        return UserError("The disk is full: the workbook {path} was not written.", path=where)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
        return UserError(
            "{path} cannot be written: it may be open in another program, or you may not "
            "write there.",
            path=where,
        )
    return UserError("{path} cannot be written: {reason}.", path=where, reason=error.strerror)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _discard_sheet_files(workbook: Workbook) -> None:
    """Remove the XML files openpyxl streams write-only sheets to (in the system temp folder)."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None or not isinstance(writer.out, str):
            continue
        # Best effort while already failing: the original error is what matters.
        with contextlib.suppress(Exception):
            if sheet._rows is not None:
                sheet._rows.close()
            writer.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


def _set_properties(
    workbook: Workbook, *, title: str, subject: str | None, language: str, at: datetime
) -> None:
    props = workbook.properties
    props.title = clean_text(title)[:250]
    props.subject = clean_text(subject)[:250] if subject else None
    props.creator = APP_NAME
    props.lastModifiedBy = APP_NAME
    props.language = language
    # Core properties are UTC; Excel shows them in local time under File ▸ Info.
    props.created = at.replace(tzinfo=None)
    props.description = f"{APP_NAME} export, {at.isoformat(timespec='seconds')}"


_FORBIDDEN_IN_SHEET_NAMES = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def _sheet_name(name: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    base = " ".join(clean_text(name).translate(_FORBIDDEN_IN_SHEET_NAMES).split()).strip("'")
    base = base[:31] or "Sheet"
    candidate, n = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(candidate.casefold())
    return candidate


# -- one sheet ---------------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Columns a text needs: wide East Asian characters take two, the longest line counts."""
    best = 0
    for line in text.split("\n"):
        width = len(line)
        if not line.isascii():
            width += sum(1 for ch in line if unicodedata.east_asian_width(ch) in "WF")
        best = max(best, width)
    return best


#: Codes Excel would turn into a number or a date when the cell is edited: digits and separators.
_NUMBER_LIKE = re.compile(r"[\d\s.,:/eE-]*\d[\d\s.,:/eE-]*")

_CURRENCY_DECIMALS = {"JPY": 0, "KRW": 0, "CLP": 0, "ISK": 0, "VND": 0, "KWD": 3, "BHD": 3}


def currency_format(currency: str | None) -> str:
    """An Excel number format showing the ISO code after the amount: `1,234.50 "CHF"`."""
    if not currency:
        return "#,##0.00"
    code = "".join(ch for ch in currency.upper() if ch.isalpha())[:3]
    decimals = _CURRENCY_DECIMALS.get(code, 2)
    number = "#,##0" + ("." + "0" * decimals if decimals else "")
    return f'{number} "{code}"'


class _SheetWriter:
    def __init__(self, workbook: Workbook, spec: SheetSpec, name: str, rtl: bool) -> None:
        self.spec = spec
        self.sheet: WriteOnlyWorksheet = workbook.create_sheet(name)
        self.rtl = rtl
        self.keys = [c.key for c in spec.columns]
        self.index = {c.key: i for i, c in enumerate(spec.columns)}
        self._templates: dict[tuple[Any, ...], Any] = {}
        self._converters = [self._converter(c) for c in spec.columns]
        # openpyxl re-infers the type of every appended value and takes an exception path for
        # each styled cell; the converters have already typed and cleaned every value, so this
        # sheet turns rows into cells itself (a third of the engine's cost; openpyxl is pinned
        # <3.2, and tests/spreadsheets re-read every kind of cell).
        self._plain = Cell(self.sheet)
        self.sheet._values_to_row = self._cells_of_row

    # Style templates: one StyleArray per distinct look, copied into each styled cell.
    def _template(self, *, number_format=None, alignment=None, font=None, fill=None,
                  border=None, quote=False):  # fmt: skip
        key = (number_format, alignment, font, fill, border, quote)
        template = self._templates.get(key)
        if template is None:
            cell = Cell(self.sheet)
            if number_format:
                cell.number_format = number_format
            if alignment is not None:
                cell.alignment = alignment
            if font is not None:
                cell.font = font
            if fill is not None:
                cell.fill = fill
            if border is not None:
                cell.border = border
            if quote:
                cell.quotePrefix = True
            template = self._templates[key] = cell._style
        return template

    def _cells_of_row(self, values: Sequence[Any], row_index: int) -> Iterator[Cell]:
        """The cells of one converted row: styled cells as built, plain values in one reused
        cell (openpyxl writes each cell before asking for the next)."""
        plain = self._plain
        for column, value in enumerate(values, 1):
            if value is None:
                continue
            if value.__class__ is Cell:
                cell = value
            else:
                cell = plain
                cell._value = value
                cell.data_type = "s" if value.__class__ is str else "n"
            cell.row = row_index
            cell.column = column
            yield cell

    def _cell(self, value: Any, data_type: str, template: Any) -> Cell:
        cell = Cell(self.sheet, row=1, column=1, style_array=template)
        cell._value = value
        cell.data_type = data_type
        return cell

    # -- converters: one per column, chosen once, so the row loop does no dispatching ---------
    def _converter(self, column: Column) -> Callable[[Any, Sequence[Any]], Any]:
        kind = column.kind
        if kind in ("text", "wrapped", "code"):
            return self._text_converter(column)
        if kind == "date":
            return self._temporal_converter(DATE_FORMAT, date)
        if kind == "datetime":
            return self._temporal_converter(DATETIME_FORMAT, datetime)
        if kind == "time":
            return self._temporal_converter(TIME_FORMAT, time)
        if kind == "int":
            return self._number_converter(None)
        if kind == "amount":
            currency_index = self.index.get(column.currency_of) if column.currency_of else None
            return self._number_converter(currency_index)
        raise ValueError(f"unknown column kind {kind!r}")

    def _text_converter(self, column: Column) -> Callable[[Any, Sequence[Any]], Any]:
        kind = column.kind
        quoted = self._template(quote=True, number_format=TEXT_FORMAT if kind == "code" else None,
                                alignment=_WRAP if kind == "wrapped" else None)  # fmt: skip
        plain = (
            self._template(number_format=TEXT_FORMAT)
            if kind == "code"
            else self._template(alignment=_WRAP)
            if kind == "wrapped"
            else None
        )
        no_style = self._template()
        wrap_beyond = column.width or _MAX_WIDTH["wrapped"]
        make = self._cell

        def convert(value: Any, _row: Sequence[Any]) -> Any:
            if value is None:
                return None
            text = clean_text(value if type(value) is str else _as_text(value))
            if not text:
                return None
            if is_formula_like(text):
                return make(text, "s", quoted)
            if text in ERROR_CODES:  # openpyxl would write "#N/A" as an error value
                return make(text, "s", plain or no_style)
            if plain is None:
                return text
            if kind == "code":
                # "0041" or "1-2" would become a number or a date if the cell were edited.
                return make(text, "s", plain) if _NUMBER_LIKE.fullmatch(text) else text
            if "\n" not in text and len(text) <= wrap_beyond:
                return text  # one short line: wrapping would only cost time
            return make(text, "s", plain)

        return convert

    def _temporal_converter(self, number_format: str, expected: type) -> Callable[..., Any]:
        template = self._template(number_format=number_format)
        make = self._cell
        fallback = self._fallback

        def convert(value: Any, _row: Sequence[Any]) -> Any:
            if value is None:
                return None
            if isinstance(value, datetime):
                if value.tzinfo is not None:  # Excel has no time zones: show local time
                    value = value.astimezone().replace(tzinfo=None)
                if expected is date:
                    value = value.date()
            elif not isinstance(value, date | time):
                return fallback(value)
            return make(value, "d", template)

        return convert

    def _number_converter(self, currency_index: int | None) -> Callable[..., Any]:
        make, template, fallback = self._cell, self._template, self._fallback

        def convert(value: Any, row: Sequence[Any]) -> Any:
            if value is None:
                return None
            if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
                return fallback(value)
            if currency_index is None:
                return value
            currency = row[currency_index]
            return make(value, "n", template(number_format=currency_format(currency)))

        return convert

    def _fallback(self, value: Any) -> Any:
        """A value that does not fit its column's kind is written as (safe) text, never dropped."""
        return self._value_cell(Value(_as_text(value), "text"))

    def _value_cell(self, item: Value) -> Any:
        value = item.value
        style: dict[str, Any] = {}
        horizontal = ("right" if self.rtl else "left") if item.align == "start" else None
        if horizontal is not None:
            style["alignment"] = Alignment(horizontal=horizontal)
        if item.style == "title":
            style["font"] = _TITLE_FONT
        elif item.style == "heading":
            style.update(font=_BOLD_FONT, fill=_HEADER_FILL, border=_HEADER_BORDER)
        elif item.style == "total":
            style["font"] = _BOLD_FONT
        if value is None:
            return self._cell(None, "n", self._template(**style)) if style else None
        kind = item.kind or _kind_of(value)
        if kind in ("date", "datetime", "time"):
            fmt = {"date": DATE_FORMAT, "datetime": DATETIME_FORMAT, "time": TIME_FORMAT}[kind]
            if isinstance(value, datetime) and value.tzinfo is not None:
                value = value.astimezone().replace(tzinfo=None)
            if isinstance(value, date | time):
                return self._cell(value, "d", self._template(number_format=fmt, **style))
        number = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
        if kind in ("int", "amount") and number:
            fmt = currency_format(item.currency) if kind == "amount" else None
            return self._cell(value, "n", self._template(number_format=fmt, **style))
        text = clean_text(value if isinstance(value, str) else _as_text(value))
        if kind == "wrapped":
            style["alignment"] = Alignment(wrap_text=True, vertical="top", horizontal=horizontal)
        return self._cell(text, "s", self._template(quote=is_formula_like(text), **style))

    # -- writing ------------------------------------------------------------------------------
    def write(
        self,
        done: int,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> int:
        spec, sheet = self.spec, self.sheet
        sheet.sheet_view.rightToLeft = self.rtl
        sheet.page_setup.orientation = "landscape"
        if not spec.header or len(spec.columns) <= _FIT_TO_PAGE_COLUMNS:
            # Printed, the sheet fits the page's width (managers print the summary); a wider list
            # would shrink to illegible, so it spreads over pages instead.
            sheet.sheet_properties.pageSetUpPr.fitToPage = True
            sheet.page_setup.fitToWidth = 1
            sheet.page_setup.fitToHeight = 0
        rows = iter(spec.rows)
        sample = [self._as_sequence(r) for r in itertools.islice(rows, WIDTH_SAMPLE_ROWS)]
        self._fit_widths(sample)
        if spec.header:
            sheet.freeze_panes = "A2"
            sheet.print_title_rows = "1:1"
            header = self._template(
                font=_HEADER_FONT, fill=_HEADER_FILL, border=_HEADER_BORDER,
                alignment=_HEADER_ALIGNMENT,
            )  # fmt: skip
            sheet.append([self._cell(clean_text(c.header), "s", header) for c in spec.columns])

        converters = self._converters
        width = len(converters)
        as_sequence, append, value_cell = self._as_sequence, sheet.append, self._value_cell
        count = 0
        for raw in itertools.chain(sample, rows):
            values = raw if raw.__class__ is list else as_sequence(raw)
            if len(values) < width:
                values = values + [None] * (width - len(values))
            append(
                [
                    value_cell(value) if value.__class__ is Value else convert(value, values)
                    for convert, value in zip(converters, values, strict=False)
                ]
            )
            count += 1
            if count % _CHECK_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ExportCancelled
                if progress is not None:
                    progress(done + count, total)
        spec.rows_written = count

        if spec.header:
            last = get_column_letter(max(1, len(spec.columns)))
            sheet.auto_filter.ref = f"A1:{last}{count + 1}"
        for chart in spec.charts:
            self._add_chart(chart)
        return done + count

    def _as_sequence(self, row: Sequence[Any] | Mapping[str, Any]) -> list[Any]:
        if isinstance(row, Mapping):
            return [row.get(key) for key in self.keys]
        return list(row)

    def _fit_widths(self, sample: list[list[Any]]) -> None:
        for i, column in enumerate(self.spec.columns):
            letter = get_column_letter(i + 1)
            if column.width is not None:
                self.sheet.column_dimensions[letter].width = column.width
                continue
            cap = _MAX_WIDTH.get(column.kind, 45)
            widest = min(display_width(column.header), 30) if self.spec.header else 0
            for row in sample:
                if i < len(row):
                    item = row[i]
                    if item.__class__ is Value:
                        if item.style == "title":
                            continue  # a title may run over the next columns
                        item = item.value
                    widest = max(widest, _value_width(item, column))
            self.sheet.column_dimensions[letter].width = max(_MIN_WIDTH, min(cap, widest + 2))

    def _add_chart(self, spec: BarChartSpec) -> None:
        chart = BarChart()
        chart.type = "bar" if spec.horizontal else "col"
        chart.title = clean_text(spec.title)
        chart.legend = None
        chart.height, chart.width = 7.5, 15
        label_col = self.index[spec.label_column] + 1
        value_col = self.index[spec.value_column] + 1
        values = Reference(
            self.sheet, min_col=value_col, min_row=spec.first_row, max_row=spec.last_row
        )
        labels = Reference(
            self.sheet, min_col=label_col, min_row=spec.first_row, max_row=spec.last_row
        )
        chart.add_data(values, titles_from_data=False)
        chart.set_categories(labels)
        if spec.horizontal:
            # Bars read top-down in the order of the table, like the list beside them.
            chart.x_axis.scaling.orientation = "maxMin"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.y_axis.majorGridlines = None
        self.sheet.add_chart(chart, spec.anchor)


def _as_text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _kind_of(value: Any) -> Kind:
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, date):
        return "date"
    if isinstance(value, time):
        return "time"
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return "int"
    return "text"


def _value_width(value: Any, column: Column) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return display_width(value)
    if isinstance(value, datetime):
        return len("2022-05-30 10:00")
    if isinstance(value, date):
        return len("2022-05-30")
    if isinstance(value, time):
        return len("10:00")
    if isinstance(value, Decimal | float) or column.kind == "amount":
        return len(f"{value:,.2f}") + 4
    return len(str(value))
