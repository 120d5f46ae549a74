"""Print-ready packs: a cover sheet listing every letter with its first page, then the letters;
single PDFs per letter; files written atomically.

Each letter is laid out once (`rendering.layout_letter`), so its page count is known before the
cover sheet is drawn, and the same layout is drawn into the pack and into the letter's own file.
With `duplex`, every letter starts on a new sheet (a blank page follows a letter with an odd
number of pages, and the cover). Cell text on the cover sheet is set in the font of its own
script, since one pack holds Arabic, Chinese and Latin names side by side.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from liaison_app.errors import UserError
from liaison_app.letters import rendering
from liaison_app.letters.compose import script_of
from liaison_app.letters.fonts import fonts_for, missing_characters, register_fonts
from liaison_app.letters.rendering import (
    CONTENT_WIDTH,
    NEXT_FRAME,
    Columns,
    LaidOutLetter,
    TextStyle,
    draw_flowable,
    draw_line,
    new_canvas,
    text_flowable,
)
from liaison_app.letters.wording import kind_name, label, language_name, long_date

#: Progress callback: (letters done, letters in all). It may raise to cancel the pack.
ProgressCallback = Callable[[int, int], None]


@dataclass
class PackEntry:
    """One letter of a pack, with its courtesy copy when there is one."""

    number: int
    reference: str
    recipient: str
    member_state: str
    language: str
    letters: list[LaidOutLetter]
    #: File name of its single PDF: "<reference>_<ISO3>_<lang>.pdf".
    file_name: str

    @property
    def page_count(self) -> int:
        return sum(letter.page_count for letter in self.letters)


@dataclass
class BuiltPack:
    pdf: bytes
    page_count: int
    #: Entry number → first page of that letter in the pack (1-based).
    first_pages: dict[int, int] = field(default_factory=dict)
    cover_pages: int = 0


def safe_file_part(text: str) -> str:
    """A reference as a file-name part: "CL-22/009/014" → "CL-22-009-014"."""
    cleaned = "".join(c if c.isalnum() or c in "-_." else "-" for c in text.strip())
    return cleaned.strip("-.") or "letter"


def single_file_name(reference: str, iso3: str, language: str) -> str:
    return f"{safe_file_part(reference)}_{iso3 or 'XXX'}_{language}.pdf"


# --- Cover sheet --------------------------------------------------------------------------------


def _cell_language(text: str, cover_language: str) -> str:
    """Whose font sets a cover cell: Arabic and Chinese text their own; other text the cover's
    font when it has every character (Amiri has Latin), else DejaVu (Cyrillic on an Arabic
    cover)."""
    script = script_of(text)
    if script == "arabic":
        return "ar"
    if script == "han":
        return "zh"
    fonts = fonts_for(cover_language)
    if not missing_characters(text, (fonts.regular, fonts.bold)):
        return cover_language
    return "en"


def _cell(text: str, cover_language: str, *, bold: bool = False, align: str = "start") -> Flowable:
    """Cell text in the font of its script: an Arabic name stays Arabic on an English cover."""
    language = _cell_language(text, cover_language)
    fonts = fonts_for(language)
    if fonts_for(cover_language).right_to_left and not fonts.right_to_left:
        # A left-to-right cell on a right-to-left cover still hugs the right edge.
        align = {"start": "end", "end": "start"}.get(align, align)
    return text_flowable(text, fonts, TextStyle(bold=bold, scale=0.85, align=align))


def check_cover_glyphs(entries: list[PackEntry], cover_language: str) -> list[str]:
    """Recipients whose name on the cover sheet has characters no font of ours can draw."""
    problems = []
    for entry in entries:
        for text in (entry.recipient, entry.member_state):
            fonts = fonts_for(_cell_language(text, cover_language))
            if missing_characters(text, (fonts.regular, fonts.bold)):
                problems.append(entry.recipient or entry.reference)
                break
    return problems


class _PageNumber(Flowable):
    """The cover's page-number cell: drawn from the pack's page map, which is known only after
    the cover itself is laid out (its length does not depend on the numbers)."""

    def __init__(self, number: int, first_pages: dict[int, int], fonts, rtl: bool):
        super().__init__()
        self.number, self.first_pages = number, first_pages
        # Same size and baseline as the other cells of the row (TextStyle scale 0.85).
        self.font, self.size, self.leading = fonts.regular, fonts.size * 0.85, fonts.leading * 0.85
        self.rtl = rtl

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's Flowable signature
        self.width, self.height = availWidth, self.leading
        return self.width, self.height

    def draw(self) -> None:
        text = str(self.first_pages.get(self.number, ""))
        self.canv.setFont(self.font, self.size)
        baseline = self.height - self.leading * 0.72
        if self.rtl:
            self.canv.drawString(0, baseline, text)
        else:
            self.canv.drawRightString(self.width, baseline, text)


_COLUMN_SHARES = (0.07, 0.19, 0.31, 0.2, 0.14, 0.09)
_PAD = 3.0


def _row(cells: list[Flowable], rtl: bool) -> Columns:
    widths = [CONTENT_WIDTH * share for share in _COLUMN_SHARES]
    if rtl:
        cells, widths = list(reversed(cells)), list(reversed(widths))
    placed, x = [], 0.0
    for cell, width in zip(cells, widths, strict=True):
        placed.append((cell, x + _PAD, width - 2 * _PAD))
        x += width
    return Columns(placed)


class _Rule(Flowable):
    def __init__(self, color, thickness: float, gap: float = 2.5) -> None:
        super().__init__()
        self.color, self.thickness, self.gap = color, thickness, gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's Flowable signature
        self.width, self.height = availWidth, 2 * self.gap
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.gap, self.width, self.gap)


def _cover_pages(
    entries: list[PackEntry],
    first_pages: dict[int, int],
    *,
    cover_language: str,
    kind: str,
    prepared_on: date,
) -> list[list[rendering.Placed]]:
    """The cover laid out in pages, the header row repeated on each."""
    fonts = fonts_for(cover_language)
    rtl = fonts.right_to_left
    headers = [
        _cell(label(key, cover_language), cover_language, bold=True)
        for key in (
            "cover_number",
            "cover_reference",
            "cover_recipient",
            "cover_member_state",
            "cover_language",
            "cover_page",
        )
    ]
    header_row = [_row(headers, rtl), _Rule(rendering.ACCENT, 0.8)]
    intro: list[Flowable] = [
        text_flowable(label("cover_title", cover_language), fonts, TextStyle(bold=True, scale=1.5)),
        Spacer(1, 4),
        text_flowable(
            label(
                "cover_summary",
                cover_language,
                kind=kind_name(kind, cover_language),
                count=len(entries),
                date=long_date(prepared_on, cover_language),
            ),
            fonts,
        ),
        Spacer(1, 12),
    ]
    separator = colors.HexColor("#cccccc")
    rows: list[Flowable] = []
    for entry in entries:
        cells = [
            _cell(str(entry.number), cover_language),
            _cell(entry.reference, cover_language),
            _cell(entry.recipient, cover_language),
            _cell(entry.member_state, cover_language),
            _cell(language_name(entry.language, cover_language), cover_language),
            _PageNumber(entry.number, first_pages, fonts, rtl),
        ]
        rows.extend([_row(cells, rtl), _Rule(separator, 0.25)])
    frame = NEXT_FRAME
    pages: list[list[rendering.Placed]] = []
    placed: list[rendering.Placed] = []
    cursor = frame.top

    def put(flowable: Flowable) -> bool:
        nonlocal cursor
        _, height = flowable.wrap(frame.width, frame.top - frame.bottom)
        if placed and cursor - height < frame.bottom:
            return False
        cursor -= height
        placed.append((flowable, frame.x, cursor))
        return True

    for flowable in [*intro, *header_row]:
        put(flowable)
    for index in range(0, len(rows), 2):
        row, rule = rows[index], rows[index + 1]
        if not put(row):
            pages.append(placed)
            placed, cursor = [], frame.top
            for flowable in header_row:
                put(flowable)
            put(row)
        put(rule)
    pages.append(placed)
    return pages


def _draw_cover(canvas: Canvas, pages, cover_language: str) -> None:
    fonts = fonts_for(cover_language)
    for number, placed in enumerate(pages, start=1):
        for flowable, x, y in placed:
            draw_flowable(canvas, flowable, x, y)
        canvas.setFillColor(rendering.GREY)
        draw_line(
            canvas,
            label("page", cover_language, n=number, m=len(pages)),
            fonts,
            fonts.size * 0.78,
            rendering.MARGIN_BOTTOM - 12,
            "end",
        )
        canvas.showPage()


# --- Pack ---------------------------------------------------------------------------------------


def build_pack(
    entries: list[PackEntry],
    *,
    kind: str,
    cover_language: str,
    prepared_on: date,
    duplex: bool = False,
    title: str = "",
    progress: ProgressCallback | None = None,
) -> BuiltPack:
    """The pack's PDF: cover sheet, then every letter (with its courtesy copy)."""
    register_fonts()
    options = {"cover_language": cover_language, "kind": kind, "prepared_on": prepared_on}

    def starts(cover_pages: int) -> dict[int, int]:
        page = cover_pages + (cover_pages % 2 if duplex else 0) + 1
        result = {}
        for entry in entries:
            result[entry.number] = page
            page += entry.page_count + (entry.page_count % 2 if duplex else 0)
        return result

    # The cover's length does not depend on the page numbers it lists (one line each), so it is
    # laid out once and its page-number cells read the map filled in afterwards.
    first_pages: dict[int, int] = {}
    cover = _cover_pages(entries, first_pages, **options)
    first_pages.update(starts(len(cover)))

    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title=title or label("cover_title", cover_language))
    _draw_cover(canvas, cover, cover_language)
    if duplex and len(cover) % 2:
        canvas.showPage()
    for done, entry in enumerate(entries, start=1):
        key = f"letter-{entry.number}"
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(f"{entry.number}. {entry.reference} – {entry.recipient}", key)
        for letter in entry.letters:
            letter.draw(canvas)
        if duplex and entry.page_count % 2:
            canvas.showPage()  # a blank back, so the next letter starts on a new sheet
        if progress:
            progress(done, len(entries))
    canvas.save()
    last = entries[-1] if entries else None
    total = (
        first_pages[last.number] + last.page_count - 1 + (last.page_count % 2 if duplex else 0)
        if last
        else len(cover)
    )
    return BuiltPack(buffer.getvalue(), total, first_pages, len(cover))


# --- Writing files ------------------------------------------------------------------------------


def _cannot_write(path: Path, error: OSError) -> UserError:
    return UserError(
        "Could not write {path}: {reason}", path=path, reason=error.strerror or str(error)
    )


def stage_file(path: Path, data: bytes, *, sync: bool = True) -> Path:
    """Write `data` to a temporary file beside `path` (fsynced unless `sync` is False).

    `os.replace(temporary, path)` then puts it in place in one step: a reader never sees a
    half-written letter, and a failure leaves the old file untouched.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise _cannot_write(path, error) from error
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if sync:
                stream.flush()
                os.fsync(stream.fileno())
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _cannot_write(path, error) from error
    return temporary


def write_file(path: Path, data: bytes, *, sync: bool = True) -> Path:
    """Write `data` to `path` atomically: staged beside it (`stage_file`), then renamed over it.
    UserError when it cannot be written; nothing half-written is left."""
    temporary = stage_file(path, data, sync=sync)
    try:
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _cannot_write(path, error) from error
    return path


def _fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def check_writable(folder: Path) -> None:
    """UserError unless files can be created in `folder`; creates nothing.

    The folder may not exist yet (it is made when the files are written): then the nearest
    existing parent must be a folder we may write into.
    """
    target = folder.expanduser().absolute()
    existing = target
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise UserError(
            "Cannot write into {folder}: {reason}",
            folder=folder,
            reason=UserError("{path} is a file, not a folder.", path=existing),
        )
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UserError(
            "Cannot write into {folder}: {reason}",
            folder=folder,
            reason=UserError("You are not allowed to write there."),
        )


@dataclass
class StagedFiles:
    """Files written beside their targets, put in place together by `commit()`."""

    staged: list[tuple[Path, Path]] = field(default_factory=list)
    placed: list[Path] = field(default_factory=list)
    #: Targets that did not exist before: only those are removed by `remove_placed()`.
    new: set[Path] = field(default_factory=set)

    def add(self, path: Path, data: bytes) -> None:
        if not path.exists():
            self.new.add(path)
        # fsync waits for `commit()`: flushing 194 files together costs a quarter of flushing
        # each as it is written (the file system commits its journal once, not 194 times).
        self.staged.append((stage_file(path, data, sync=False), path))

    def commit(self) -> None:
        """fsync every staged file, then rename each over its target, then fsync the folders."""
        current = None
        try:
            for temporary, current in self.staged:  # noqa: B007 - `current` names the failure
                _fsync(temporary)
            for temporary, current in self.staged:
                os.replace(temporary, current)
                self.placed.append(current)
            if os.name == "posix":  # a folder can be fsynced there, so the renames persist too
                for folder in {target.parent for _, target in self.staged}:
                    _fsync(folder)
        except OSError as error:
            self.discard()
            raise _cannot_write(current or Path("."), error) from error
        self.staged = []

    def discard(self) -> None:
        for temporary, _ in self.staged:
            temporary.unlink(missing_ok=True)
        self.staged = []

    def remove_placed(self) -> None:
        """Undo `commit()` (the register could not be written): no new file without its record.

        A file that existed before (a pack written over) stays: deleting it would lose it.
        """
        for path in self.placed:
            if path in self.new:
                path.unlink(missing_ok=True)
        self.placed = []
