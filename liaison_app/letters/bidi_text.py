"""Arabic for reportlab: wrap in logical order, then shape and reorder each line for drawing.

reportlab 5.1 joins Arabic letters but does not reorder right-to-left text (DESIGN.md §6). The
recipe that works: break lines in *logical* order measuring the shaped width of each word, then
turn each line into its visual form with `arabic_reshaper` (contextual forms) and `python-bidi`
(`get_display`, base direction right-to-left), strip the bidi control characters (the fonts have
no glyphs for them) and draw the result right-aligned, or word by word for justification.

Latin runs inside Arabic (`CL-22/009`, `15 April 2022`, `+41 22 730 53 50`, e-mail addresses)
are wrapped in first-strong isolates (U+2066 … U+2069) before reordering; otherwise the algorithm
splits them at spaces and slashes and prints `April 2022 15`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import get_display

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"

#: Bidi controls and marks: they steer reordering but have no glyph in Amiri.
BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_STRIP = str.maketrans(dict.fromkeys(BIDI_CONTROLS))

# Harakat (short-vowel marks) are left out of the drawing: without OpenType mark positioning,
# which reportlab does not apply, a damma lands beside its letter rather than on it, and
# typeset Arabic is read without them. The Allah ligature is off because its presentation form
# does not normalise back to the letters typed (NFKC adds a shadda), which would break text
# extraction and search.
_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": True,
        "ARABIC LIGATURE ALLAH": False,
    }
)

_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff0-9"
# A Latin run: tokens of Latin letters and digits joined by the punctuation of references,
# dates, phone numbers, addresses and URLs; a separator is kept only when a token follows it.
# Brackets stay outside the run: the bidi algorithm pairs them in the Arabic context. A run may
# end with % (50%) or / (a URL's last slash); a final full stop belongs to the Arabic sentence.
_LATIN_RUN = re.compile(rf"\+?[{_LATIN}]+(?:[ .,/:;@_\-+&'’%#=?~]+[{_LATIN}]+)*[%/]?")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    return _ARABIC_LETTER.search(text) is not None


def strip_controls(text: str) -> str:
    return text.translate(_STRIP)


def isolate_latin_runs(text: str) -> str:
    """Wrap each Latin run in LRI … PDI so it keeps its inner order inside right-to-left text."""
    return _LATIN_RUN.sub(lambda match: f"{LRI}{match.group(0)}{PDI}", text)


@lru_cache(maxsize=65536)
def shaped(word: str) -> str:
    """The word in contextual presentation forms (logical order), for measuring."""
    return _RESHAPER.reshape(word)


# python-bidi 0.6 reorders but does not mirror: a bracket at a right-to-left level must be drawn
# with its mirror glyph, or «(افتراضي)» prints as «)افتراضي(».
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def _mirror_outside_isolates(visual: str) -> str:
    out: list[str] = []
    inside = False  # between the visual ends of an isolate the text is left to right
    for char in visual:
        if char in (LRI, PDI):
            inside = not inside
        elif not inside:
            char = _MIRROR.get(char, char)
        out.append(char)
    return "".join(out)


@lru_cache(maxsize=16384)
def visual_line(line: str) -> str:
    """One logical line as it must be drawn left to right: shaped, reordered, controls removed.

    Words are shaped one by one (letters never join across a space, and words repeat from letter
    to letter, so each is shaped once); Latin runs are then isolated and the line reordered.
    """
    shaped_line = " ".join(shaped(word) if word else "" for word in line.split(" "))
    visual = get_display(isolate_latin_runs(shaped_line), base_dir="R")
    return strip_controls(_mirror_outside_isolates(visual))
