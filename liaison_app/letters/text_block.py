"""A paragraph of plain text as a platypus flowable, in any of the six languages.

The letters' text is plain (officer-written templates and database values): nothing in it is
markup, so it is never parsed as such, and `Al<Sayed & Sons` or `<font color=red>` print as
typed. One flowable serves the three ways of breaking lines:

- words separated by spaces (Latin, Cyrillic), measured as drawn; a long URL may break after a
  slash rather than leave a justified line full of holes;
- Arabic: the same, in logical order, each word measured in its contextual forms; each line is
  then reordered for drawing (`bidi_text.visual_line`) — the recipe of DESIGN.md §6;
- Chinese: a break is allowed between any two characters, except before closing punctuation
  (，。：；！？）…) and after opening punctuation (（「“…), the usual line-breaking rules; Latin
  words inside Chinese text stay whole.

Justified lines are spread by word spacing (Arabic, Latin) or character spacing (Chinese); the
last line of a paragraph, and lines that would gape, keep their natural spacing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from liaison_app.letters import bidi_text
from liaison_app.letters.fonts import font_runs

#: A justified line may not stretch its spaces beyond this many times their width.
MAX_STRETCH = 3.0

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]")
#: May not start a line: it hangs on the previous character.
_NO_LINE_START = set("，。、；：！？）】」』〕〉》”’…—·％")
#: May not end a line: it goes with the next character.
_NO_LINE_END = set("（【「『〔〈《“‘")
#: Latin punctuation that hangs on the previous character when it follows Chinese text.
_LATIN_NO_LINE_START = set(",.;:!?)]}%")


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    """The drawn width of `text` in `font` at `size`, remembered (letters of a pack repeat most
    of their words); characters the font lacks are measured in the face that draws them."""
    return sum(stringWidth(run, face, size) for run, face in font_runs(text, font))


def text_out(text_object, text: str, font: str, size: float) -> None:
    """Draw `text` at the text object's cursor in `font`, its foreign characters in the faces
    that have them; the text object is left set to `font`."""
    runs = font_runs(text, font)
    if len(runs) == 1 and runs[0][1] == font:
        text_object.textOut(text)
        return
    for run, face in runs:
        text_object.setFont(face, size)
        text_object.textOut(run)
    text_object.setFont(font, size)


@dataclass(frozen=True)
class Line:
    """One drawn line: its pieces in drawing order, their widths, the gaps between them."""

    pieces: tuple[str, ...]
    widths: tuple[float, ...]
    gaps: tuple[float, ...]
    last: bool
    #: The line as one string: pieces joined by a space where there is a gap.
    text: str = ""
    natural_width: float = 0.0

    @classmethod
    def make(cls, pieces, widths, gaps, last: bool) -> Line:
        text = pieces[0] if pieces else ""
        for gap, piece in zip(gaps, pieces[1:], strict=True):
            text += (" " if gap else "") + piece
        return cls(pieces, widths, gaps, last, text, sum(widths) + sum(gaps))


def _split_url(word: str, room: float, measure) -> tuple[str, str] | None:
    """The longest head of a URL-like word that ends with "/" and fits `room`, and the rest."""
    cut = None
    for index, char in enumerate(word[:-1]):
        if char == "/" and measure(word[: index + 1]) <= room:
            cut = index + 1
    return (word[:cut], word[cut:]) if cut else None


#: A piece of a line: its text, whether a space precedes it, its drawn width.
Piece = tuple[str, bool, float]


def break_words(paragraph: str, width: float, measure, space: float) -> list[list[Piece]]:
    """Lines of (word, preceded by a space, width), in logical order, for one paragraph."""
    lines: list[list[Piece]] = []
    line: list[Piece] = []
    used = 0.0
    queue = [(word, True) for word in paragraph.split()]
    while queue:
        word, spaced = queue.pop(0)
        word_width = measure(word)
        gap = space if line and spaced else 0.0
        if used + gap + word_width > width and (line or word_width > width):
            room = width - used - gap
            # A URL that would leave the line loose (or not fit at all) breaks after a slash.
            loose = not line or used < 0.75 * width
            parts = _split_url(word, room, measure) if loose and "/" in word else None
            if parts:
                head, rest = parts
                line.append((head, bool(line) and spaced, measure(head)))
                queue.insert(0, (rest, False))  # the rest continues the word: no space
                lines.append(line)
                line, used = [], 0.0
                continue
            if line:
                queue.insert(0, (word, spaced))
                lines.append(line)
                line, used = [], 0.0
                continue
            # One word wider than the line, that cannot break: it stands alone.
        line.append((word, bool(line) and spaced, word_width))
        used += gap + word_width
    lines.append(line)
    return lines


def _cjk_units(paragraph: str) -> list[tuple[str, bool]]:
    """Unbreakable units of Chinese text, each with whether a space precedes it."""
    units: list[tuple[str, bool]] = []
    spaced = False
    latin = ""

    def flush() -> None:
        nonlocal latin, spaced
        if latin:
            units.append((latin, spaced))
            latin, spaced = "", False

    for char in paragraph:
        if char.isspace():
            flush()
            spaced = bool(units)
            continue
        if _CJK.match(char) or char in _NO_LINE_START or char in _NO_LINE_END:
            flush()
            if char in _NO_LINE_START and units and not spaced:
                text, before = units[-1]
                units[-1] = (text + char, before)  # hangs on what precedes it
            elif units and units[-1][0][-1] in _NO_LINE_END and not spaced:
                text, before = units[-1]
                units[-1] = (text + char, before)
            else:
                units.append((char, spaced))
            spaced = False
            continue
        if not latin and char in _LATIN_NO_LINE_START and units and not spaced:
            text, before = units[-1]
            units[-1] = (text + char, before)
            continue
        if units and not latin and not spaced and units[-1][0][-1] in _NO_LINE_END:
            text, before = units.pop()
            latin, spaced = text, before  # an opening bracket goes with the word it opens
        latin += char
    flush()
    return units


def break_cjk(paragraph: str, width: float, measure, space: float) -> list[list[Piece]]:
    """Lines of (unit, preceded by a space, width) for one paragraph of Chinese."""
    lines: list[list[Piece]] = []
    line: list[Piece] = []
    used = 0.0
    queue = _cjk_units(paragraph)
    while queue:
        unit, spaced = queue.pop(0)
        gap = space if spaced and line else 0.0
        unit_width = measure(unit)
        if used + gap + unit_width > width and (line or unit_width > width):
            # A URL breaks after a slash rather than move whole to the next line.
            parts = _split_url(unit, width - used - gap, measure) if "/" in unit else None
            if parts:
                line.append((parts[0], bool(gap), measure(parts[0])))
                queue.insert(0, (parts[1], False))
            elif line:
                queue.insert(0, (unit, spaced))
            else:
                line.append((unit, False, unit_width))
            lines.append(line)
            line, used = [], 0.0
            continue
        line.append((unit, bool(gap), unit_width))
        used += gap + unit_width
    lines.append(line)
    return lines


class TextBlock(Flowable):
    """A paragraph of plain text, wrapped to the frame and drawn in one text object.

    `align`: "justify", "start" (left, or right for right-to-left text), "end" or "center".
    """

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        leading: float,
        *,
        align: str = "start",
        rtl: bool = False,
        cjk: bool = False,
        space_before: float = 0,
        space_after: float = 0,
        color=colors.black,
        _lines: list[Line] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.font, self.size, self.leading = font, size, leading
        self.align, self.rtl, self.cjk = align, rtl, cjk
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.color = color
        self._lines = _lines
        self._laid_width: float | None = -1 if _lines is not None else None

    # -- layout ----------------------------------------------------------------------------

    def _measure(self, text: str) -> float:
        return text_width(text, self.font, self.size)

    def _layout(self, width: float) -> list[Line]:
        space = self._measure(" ")
        if self.rtl:

            def measure(word: str) -> float:
                return self._measure(bidi_text.shaped(word))

        else:
            measure = self._measure
        breaker = break_cjk if self.cjk else break_words
        lines: list[Line] = []
        # An explicit line break ends a paragraph: its last line is not justified.
        for paragraph in self.text.split("\n"):
            logical = breaker(paragraph, width, measure, space)
            for index, words in enumerate(logical):
                if self.rtl:
                    visual = bidi_text.visual_line(
                        "".join((" " if spaced else "") + word for word, spaced, _ in words)
                    )
                    pieces = tuple(visual.split(" ")) if visual else ()
                    gaps = tuple(space for _ in pieces[1:])
                    widths = tuple(self._measure(piece) for piece in pieces)
                else:
                    pieces = tuple(word for word, _, _ in words)
                    gaps = tuple(space if spaced else 0.0 for _, spaced, _ in words[1:])
                    widths = tuple(width for _, _, width in words)
                lines.append(Line.make(pieces, widths, gaps, last=index == len(logical) - 1))
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's Flowable signature
        if self._laid_width not in (availWidth, -1):
            self._lines = self._layout(availWidth)
            self._laid_width = availWidth
        self.width = availWidth
        self.height = len(self._lines or ()) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - reportlab's Flowable signature
        self.wrap(availWidth, availHeight)
        lines = self._lines or []
        fits = int(availHeight // self.leading)
        if fits <= 0:
            return []
        if fits >= len(lines):
            return [self]
        return [self._part(lines[:fits], space_after=0), self._part(lines[fits:], space_before=0)]

    def _part(self, lines: list[Line], **spacing: float) -> TextBlock:
        return TextBlock(
            self.text,
            self.font,
            self.size,
            self.leading,
            align=self.align,
            rtl=self.rtl,
            cjk=self.cjk,
            space_before=spacing.get("space_before", self.spaceBefore),
            space_after=spacing.get("space_after", self.spaceAfter),
            color=self.color,
            _lines=lines,
        )

    def lines(self) -> list[str]:
        """The text of each line as drawn (for benchmarks and tests)."""
        return [line.text for line in self._lines or []]

    # -- drawing ---------------------------------------------------------------------------

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, 0.0)

    def draw_at(self, canvas, left: float, bottom: float) -> None:
        """Draw with the block's lower left corner at (left, bottom), in one text object.

        The letter's pages call this directly: it needs no saved graphics state nor translation,
        which platypus' `drawOn` would add around each of the thousands of blocks in a pack.
        """
        text = canvas.beginText()
        text.setFillColor(self.color)
        text.setFont(self.font, self.size)
        space = self._measure(" ")
        side = {"start": "right" if self.rtl else "left", "end": "left" if self.rtl else "right"}
        align = side.get(self.align, self.align)
        for index, line in enumerate(self._lines or []):
            if not line.pieces:
                continue
            baseline = bottom + self.height - index * self.leading - self.leading * 0.72
            natural = line.natural_width
            extra = self.width - natural
            if align == "justify" and not line.last and extra > 0:
                if self.cjk:
                    gaps = sum(len(piece) for piece in line.pieces) - 1
                    if gaps > 0:
                        text.setTextOrigin(left, baseline)
                        text.setCharSpace(extra / gaps)
                        text_out(text, line.text, self.font, self.size)
                        text.setCharSpace(0)
                        continue
                else:
                    spaces = sum(1 for gap in line.gaps if gap)
                    # Word spacing (PDF Tw) widens every space of the line; reportlab keeps the
                    # space at code 32 in every font subset, where Tw applies.
                    if spaces and extra / spaces <= MAX_STRETCH * space:
                        text.setTextOrigin(left, baseline)
                        text.setWordSpace(extra / spaces)
                        text_out(text, line.text, self.font, self.size)
                        text.setWordSpace(0)
                        continue
            if align == "right" or (align == "justify" and self.rtl):
                x = self.width - natural
            elif align == "center":
                x = (self.width - natural) / 2
            else:
                x = 0.0
            text.setTextOrigin(left + x, baseline)
            text_out(text, line.text, self.font, self.size)
        canvas.drawText(text)
