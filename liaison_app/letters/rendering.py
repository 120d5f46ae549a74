"""One letter as reportlab draws it: platypus flowables, laid out once, drawn on any canvas.

A letter is laid out into pages first (`layout_letter`), so its page count is known before anything
is drawn: the pack's cover sheet lists page numbers, and "page N of M" needs M. The same laid-out
letter is then drawn into the pack and into its single file without being laid out twice.

Page: A4; the letterhead (logo, organisation, department) heads the first page; the reference and
the place and date, the recipient block, the subject, the body, and the signature block (signature
image, name, title) follow; every page ends with a footer naming the contact person and, on
letters longer than a page, "page N of M". Arabic letters are mirrored: text starts at the right
and the signature block stands on the left.

Text: every paragraph is a `TextBlock` (plain text, never parsed as markup), which breaks lines
the way each script needs and applies the Arabic recipe of DESIGN.md §6 (`bidi_text`).
"""

from __future__ import annotations

import io
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from liaison_app.letters import bidi_text
from liaison_app.letters.fonts import LetterFonts, fonts_for, register_fonts
from liaison_app.letters.text_block import TextBlock, text_out, text_width
from liaison_app.letters.wording import Letterhead, label

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_SIDE = 24 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 26 * mm
LETTERHEAD_HEIGHT = 26 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE
SIGNATURE_HEIGHT = 16 * mm
SIGNATURE_MAX_WIDTH = 60 * mm
ACCENT = colors.HexColor("#1f4e79")
GREY = colors.HexColor("#555555")


@dataclass(frozen=True)
class LetterDocument:
    """Everything printed on one letter, as plain (unescaped) text."""

    language: str
    letterhead: Letterhead
    reference: str
    place_and_date: str
    recipient_lines: tuple[str, ...]
    subject: str
    paragraphs: tuple[str, ...]
    signatory_name: str
    signatory_title: str
    signature_image: bytes | None = None
    #: Footer line naming the contact person: "Contact: Ms Gitanjali Sah · wsis-info@itu.int".
    contact_line: str = ""
    #: A line above everything else, for an English courtesy copy.
    banner: str = ""
    #: Title of the letter in the pack's outline (bookmarks) and in the PDF's metadata.
    title: str = ""

    def texts(self) -> Iterator[str]:
        """Every string drawn on the letter, for the glyph check."""
        yield from (
            self.reference,
            self.place_and_date,
            self.subject,
            label("subject", self.language),
        )
        yield from self.recipient_lines
        yield from self.paragraphs
        yield from (self.signatory_name, self.signatory_title, self.contact_line, self.banner)
        yield from (
            self.letterhead.text(part, self.language)
            for part in ("organization", "department", "address")
        )
        yield label("reference", self.language)
        yield label("page", self.language, n=9, m=9)


# --- Styles and text flowables ------------------------------------------------------------------


@dataclass(frozen=True)
class TextStyle:
    bold: bool = False
    scale: float = 1.0
    #: "start" (left in LTR, right in RTL), "end", "center" or "justify".
    align: str = "start"
    space_before: float = 0
    space_after: float = 0
    color: object = colors.black


BODY = TextStyle(align="justify", space_after=6)
PLAIN = TextStyle()


def text_flowable(text: str, fonts: LetterFonts, style: TextStyle = PLAIN) -> TextBlock:
    """A paragraph of plain text in the letter's script (nothing in it is markup)."""
    return TextBlock(
        text,
        fonts.bold if style.bold else fonts.regular,
        fonts.size * style.scale,
        fonts.leading * style.scale,
        align=style.align,
        rtl=fonts.right_to_left,
        cjk=fonts.cjk,
        space_before=style.space_before,
        space_after=style.space_after,
        color=style.color,
    )


# --- Layout -------------------------------------------------------------------------------------


@dataclass
class KeepTogether:
    """Flowables that move to the next page together if they do not fit (closing + signature)."""

    flowables: list[Flowable]


@dataclass(frozen=True)
class _Frame:
    x: float
    bottom: float
    top: float
    width: float


FIRST_FRAME = _Frame(
    MARGIN_SIDE, MARGIN_BOTTOM, PAGE_HEIGHT - MARGIN_TOP - LETTERHEAD_HEIGHT, CONTENT_WIDTH
)
NEXT_FRAME = _Frame(MARGIN_SIDE, MARGIN_BOTTOM, PAGE_HEIGHT - MARGIN_TOP, CONTENT_WIDTH)

Placed = tuple[Flowable, float, float]


def paginate(
    items: Iterable[Flowable | KeepTogether], first: _Frame, following: _Frame
) -> list[list[Placed]]:
    """Lay flowables out on pages, splitting those that straddle a page end."""
    pages: list[list[Placed]] = []
    placed: list[Placed] = []
    frame = first
    cursor = frame.top
    queue: deque[Flowable | KeepTogether] = deque(items)

    def new_page() -> None:
        nonlocal placed, frame, cursor
        pages.append(placed)
        placed, frame = [], following
        cursor = frame.top

    while queue:
        item = queue.popleft()
        if isinstance(item, KeepTogether):
            height = sum(
                f.getSpaceBefore() + f.wrap(frame.width, PAGE_HEIGHT)[1] + f.getSpaceAfter()
                for f in item.flowables
            )
            if placed and height > cursor - frame.bottom:
                new_page()
            queue.extendleft(reversed(item.flowables))
            continue
        before = item.getSpaceBefore() if placed else 0
        available = cursor - before - frame.bottom
        _, height = item.wrap(frame.width, available)
        if height <= available + 0.01:
            y = cursor - before - height
            placed.append((item, frame.x, y))
            cursor = y - item.getSpaceAfter()
            continue
        parts = item.split(frame.width, available) if available > 0 else []
        if len(parts) > 1:
            head = parts[0]
            _, head_height = head.wrap(frame.width, available)
            placed.append((head, frame.x, cursor - before - head_height))
            queue.extendleft(reversed(parts[1:]))
            new_page()
        elif not placed:
            # Taller than an empty page (a huge logo): place it rather than loop for ever.
            placed.append((item, frame.x, frame.bottom))
            new_page()
        else:
            queue.appendleft(item)
            new_page()
    pages.append(placed)
    return pages


@lru_cache(maxsize=16)
def _image_reader(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(data))


class Picture(Flowable):
    """An image from bytes (the signature), scaled to fit a box; decoded once per process."""

    def __init__(self, data: bytes, max_width: float, max_height: float) -> None:
        super().__init__()
        self.reader = _image_reader(data)
        width, height = self.reader.getSize()
        scale = min(max_width / width, max_height / height)
        self.width, self.height = width * scale, height * scale

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's Flowable signature
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")


def draw_flowable(canvas: Canvas, flowable: Flowable, x: float, y: float) -> None:
    """Draw a laid-out flowable at (x, y): text blocks and their containers directly."""
    if isinstance(flowable, TextBlock | Columns | Stack):
        flowable.draw_at(canvas, x, y)
    else:
        flowable.drawOn(canvas, x, y)


class Columns(Flowable):
    """Flowables side by side, top-aligned, each in a column of its own width.

    Lighter than a platypus Table for the letter's fixed blocks (reference and date, recipient,
    signature): wrapped once, drawn once, never split.
    """

    def __init__(self, cells: list[tuple[Flowable, float, float]]) -> None:
        """`cells`: (flowable, x offset, width), offsets from the left edge of the frame."""
        super().__init__()
        self.cells = cells
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's Flowable signature
        self._heights = [flowable.wrap(width, availHeight)[1] for flowable, _, width in self.cells]
        self.width, self.height = availWidth, max(self._heights, default=0)
        return self.width, self.height

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, 0.0)

    def draw_at(self, canvas: Canvas, left: float, bottom: float) -> None:
        for (flowable, x, _), height in zip(self.cells, self._heights, strict=True):
            draw_flowable(canvas, flowable, left + x, bottom + self.height - height)


class Stack(Flowable):
    """Flowables one under the other in a column, each aligned left, right or centred."""

    def __init__(self, flowables: list[Flowable], align: str = "left") -> None:
        super().__init__()
        self.flowables = flowables
        self.align = align
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's Flowable signature
        self._sizes = [flowable.wrap(availWidth, availHeight) for flowable in self.flowables]
        self.width = availWidth
        self.height = sum(height for _, height in self._sizes)
        return self.width, self.height

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, 0.0)

    def draw_at(self, canvas: Canvas, left: float, bottom: float) -> None:
        y = bottom + self.height
        for flowable, (width, height) in zip(self.flowables, self._sizes, strict=True):
            y -= height
            free = self.width - width
            x = {"left": 0, "right": free, "center": free / 2}[self.align]
            draw_flowable(canvas, flowable, left + x, y)


def _two_columns(start: Flowable, end: Flowable, rtl: bool, widths=(0.5, 0.5)) -> Columns:
    """`start` at the side text starts from (left, or right in Arabic), `end` at the other."""
    start_width, end_width = (CONTENT_WIDTH * share for share in widths)
    if rtl:
        return Columns([(end, 0, end_width), (start, end_width, start_width)])
    return Columns([(start, 0, start_width), (end, start_width, end_width)])


def letter_flowables(document: LetterDocument) -> list[Flowable | KeepTogether]:
    fonts = fonts_for(document.language)
    rtl = fonts.right_to_left
    items: list[Flowable | KeepTogether] = []
    if document.banner:
        items.append(
            text_flowable(
                document.banner, fonts, TextStyle(scale=0.85, color=ACCENT, space_after=6)
            )
        )
    reference = f"{label('reference', document.language)} {document.reference}"
    items.append(
        _two_columns(
            text_flowable(reference, fonts),
            text_flowable(document.place_and_date, fonts, TextStyle(align="end")),
            rtl,
        )
    )
    items.append(Spacer(1, 6 * mm))
    if document.recipient_lines:
        items.append(
            _two_columns(
                text_flowable("\n".join(document.recipient_lines), fonts),
                Spacer(1, 1),
                rtl,
                widths=(0.7, 0.3),
            )
        )
        items.append(Spacer(1, 6 * mm))
    # "Subject:" in its own column, the subject in bold beside it (hanging), as in the circular.
    subject_label = label("subject", document.language)
    drawn_label = bidi_text.shaped(subject_label) if rtl else subject_label
    label_width = text_width(drawn_label + "  ", fonts.regular, fonts.size)
    items.append(
        _two_columns(
            text_flowable(subject_label, fonts),
            text_flowable(document.subject, fonts, TextStyle(bold=True)),
            rtl,
            widths=(label_width / CONTENT_WIDTH, 1 - label_width / CONTENT_WIDTH),
        )
    )
    items.append(Spacer(1, 8))
    paragraphs = list(document.paragraphs)
    closing = paragraphs.pop() if len(paragraphs) > 1 else None
    items.extend(text_flowable(text, fonts, BODY) for text in paragraphs)
    items.append(KeepTogether(_closing_and_signature(document, fonts, closing)))
    return items


def _closing_and_signature(
    document: LetterDocument, fonts: LetterFonts, closing: str | None
) -> list[Flowable]:
    rtl = fonts.right_to_left
    block: list[Flowable] = []
    if closing:
        block.append(text_flowable(closing, fonts, BODY))
    block.append(Spacer(1, 2 * mm))
    # The signature stands in the left half of the page in both directions (centred in Arabic).
    align = TextStyle(align="center" if rtl else "start")
    signature: list[Flowable] = []
    if document.signature_image:
        signature.append(Picture(document.signature_image, SIGNATURE_MAX_WIDTH, SIGNATURE_HEIGHT))
    else:
        # Room for a signature in ink.
        signature.append(Spacer(1, SIGNATURE_HEIGHT))
    signature.append(
        text_flowable(document.signatory_name, fonts, TextStyle(bold=True, align=align.align))
    )
    if document.signatory_title:
        signature.append(text_flowable(document.signatory_title, fonts, align))
    column = Stack(signature, align="center" if rtl else "left")
    block.append(Columns([(column, 0, CONTENT_WIDTH * 0.45)]))
    return block


@dataclass
class LaidOutLetter:
    """A letter cut into pages, ready to be drawn on any number of canvases."""

    document: LetterDocument
    pages: list[list[Placed]] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def draw(self, canvas: Canvas) -> None:
        """Draw every page, each ended with showPage()."""
        for number, placed in enumerate(self.pages, start=1):
            _draw_page_furniture(canvas, self.document, number, len(self.pages))
            for flowable, x, y in placed:
                draw_flowable(canvas, flowable, x, y)
            canvas.showPage()


def layout_letter(document: LetterDocument) -> LaidOutLetter:
    register_fonts()
    pages = paginate(letter_flowables(document), FIRST_FRAME, NEXT_FRAME)
    return LaidOutLetter(document, pages)


# --- Page furniture -----------------------------------------------------------------------------


def draw_line(
    canvas: Canvas, text: str, fonts: LetterFonts, size: float, y: float, side: str, bold=False
) -> None:
    """One line of text at the start, end or centre of the content area, in the letter's script."""
    font = fonts.bold if bold else fonts.regular
    rtl = fonts.right_to_left
    if rtl:
        text = bidi_text.visual_line(text)
    left, right = MARGIN_SIDE, PAGE_WIDTH - MARGIN_SIDE
    if side == "center":
        x = PAGE_WIDTH / 2 - text_width(text, font, size) / 2
    elif (side == "start") != rtl:
        x = left
    else:
        x = right - text_width(text, font, size)
    line = canvas.beginText(x, y)
    line.setFont(font, size)
    text_out(line, text, font, size)
    canvas.drawText(line)


@lru_cache(maxsize=256)
def _fit(text: str, font: str, size: float, width: float) -> float:
    """The font size at which `text` fits `width` (never larger than `size`)."""
    needed = text_width(text, font, size)
    return size if needed <= width else max(6.0, size * width / needed)


def _draw_page_furniture(canvas: Canvas, document: LetterDocument, number: int, total: int) -> None:
    language = document.language
    fonts = fonts_for(language)
    head = document.letterhead
    canvas.saveState()
    if number == 1:
        top = PAGE_HEIGHT - MARGIN_TOP
        text_side = "start"
        if head.logo:
            logo = _image_reader(head.logo)
            width, height = logo.getSize()
            scale = min(22 * mm / height, 40 * mm / width)
            logo_width = width * scale
            x = PAGE_WIDTH - MARGIN_SIDE - logo_width if fonts.right_to_left else MARGIN_SIDE
            canvas.drawImage(logo, x, top - height * scale, logo_width, height * scale, mask="auto")
            # The organisation's name stands beside the logo, at the other end.
            text_side = "end"
        canvas.setFillColor(ACCENT)
        organization = head.text("organization", language)
        size = _fit(organization, fonts.bold, fonts.size * 1.35, CONTENT_WIDTH * 0.7)
        draw_line(canvas, organization, fonts, size, top - 12, text_side, bold=True)
        canvas.setFillColor(GREY)
        department = head.text("department", language)
        if department:
            draw_line(
                canvas, department, fonts, fonts.size * 0.95, top - 12 - fonts.leading, text_side
            )
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        rule = PAGE_HEIGHT - MARGIN_TOP - LETTERHEAD_HEIGHT + 6 * mm
        canvas.line(MARGIN_SIDE, rule, PAGE_WIDTH - MARGIN_SIDE, rule)
    # Footer: the contact person, the organisation's address, page N of M.
    canvas.setStrokeColor(colors.HexColor("#999999"))
    canvas.setLineWidth(0.4)
    rule = MARGIN_BOTTOM - 8 * mm
    canvas.line(MARGIN_SIDE, rule, PAGE_WIDTH - MARGIN_SIDE, rule)
    canvas.setFillColor(GREY)
    small = fonts.size * 0.78
    if document.contact_line:
        draw_line(canvas, document.contact_line, fonts, small, rule - small - 2, "start")
    address = head.text("address", language)
    if address:
        draw_line(canvas, address, fonts, small, rule - 2 * small - 5, "start")
    if total > 1:
        draw_line(
            canvas,
            label("page", language, n=number, m=total),
            fonts,
            small,
            rule - small - 2,
            "end",
        )
    canvas.restoreState()


def new_canvas(target, title: str = "", author: str = "") -> Canvas:
    """A canvas for letters: A4, compressed, with the document's title and author."""
    canvas = Canvas(target, pagesize=A4, pageCompression=1)
    if title:
        canvas.setTitle(title)
    if author:
        canvas.setAuthor(author)
    canvas.setCreator("Liaison Desk")
    return canvas


def render_letter(laid_out: LaidOutLetter | list[LaidOutLetter]) -> bytes:
    """The PDF of one letter (and of its courtesy copy, when given a list)."""
    letters = laid_out if isinstance(laid_out, list) else [laid_out]
    buffer = io.BytesIO()
    first = letters[0].document
    canvas = new_canvas(
        buffer,
        title=first.title or first.subject,
        author=first.letterhead.text("organization", first.language),
    )
    for letter in letters:
        letter.draw(canvas)
    canvas.save()
    return buffer.getvalue()
