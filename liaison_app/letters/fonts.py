"""Shipped fonts registered with reportlab, the font of each letter language, the glyph check.

Amiri draws Arabic (and the Latin runs inside it), DejaVu Sans draws Latin and Cyrillic, and
WenQuanYi Micro Hei (sub-font 0 of its .ttc) draws Chinese. A character the letter's face has no
glyph for is drawn by the first of the other shipped faces that has one (`font_runs`): a Cyrillic
postal address in an Arabic letter prints in DejaVu Sans, a Chinese name in a French one in
WenQuanYi. Every character of a letter is checked before anything is rendered
(`undrawable_characters`): reportlab would otherwise print an empty box and say nothing.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from liaison_app.letters.bidi_text import BIDI_CONTROLS
from liaison_app.resources import resources_dir


@dataclass(frozen=True)
class FontFile:
    file: str
    subfont: int = 0


#: reportlab font name → file in resources/fonts/.
FONT_FILES: dict[str, FontFile] = {
    "Amiri": FontFile("Amiri-Regular.ttf"),
    "Amiri-Bold": FontFile("Amiri-Bold.ttf"),
    "DejaVuSans": FontFile("DejaVuSans.ttf"),
    "DejaVuSans-Bold": FontFile("DejaVuSans-Bold.ttf"),
    # The .ttc holds several faces; 0 is the one reportlab can embed.
    "WenQuanYiMicroHei": FontFile("wqy-microhei.ttc", subfont=0),
}


@dataclass(frozen=True)
class LetterFonts:
    """The fonts and metrics a letter in one language is set in."""

    regular: str
    bold: str
    size: float
    leading: float
    right_to_left: bool = False
    cjk: bool = False


_LATIN = LetterFonts("DejaVuSans", "DejaVuSans-Bold", size=10.5, leading=14.5)
#: Amiri has a small x-height and tall ascenders: a larger size and more leading read as 11 pt.
_ARABIC = LetterFonts("Amiri", "Amiri-Bold", size=12.5, leading=18.5, right_to_left=True)
#: WenQuanYi has no bold face; headings use the same face.
_CHINESE = LetterFonts("WenQuanYiMicroHei", "WenQuanYiMicroHei", size=10.5, leading=17, cjk=True)

_BY_LANGUAGE = {
    "ar": _ARABIC,
    "zh": _CHINESE,
    "en": _LATIN,
    "fr": _LATIN,
    "ru": _LATIN,
    "es": _LATIN,
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the shipped fonts with reportlab once per process (safe from any thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        # Binary (Flate only) streams: ASCII85 on top of Flate makes files 25 % larger and costs
        # a fifth of the time of a pack, for 7-bit safety no PDF consumer of ours needs.
        rl_config.useA85 = 0
        folder = resources_dir() / "fonts"
        for name, spec in FONT_FILES.items():
            pdfmetrics.registerFont(
                TTFont(name, str(folder / spec.file), subfontIndex=spec.subfont)
            )
        _registered = True


def fonts_for(language: str) -> LetterFonts:
    return _BY_LANGUAGE.get(language, _LATIN)


@cache
def character_map(font_name: str) -> frozenset[int]:
    """Code points the font has a glyph for."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def _needs_glyph(char: str) -> bool:
    # Line breaks and tabs are layout, and bidi controls are removed before drawing.
    return char not in "\n\r\t" and char not in BIDI_CONTROLS


def missing_characters(text: str, font_names: tuple[str, ...]) -> set[str]:
    """Characters of `text` that one of the fonts cannot draw."""
    maps = [character_map(name) for name in font_names]
    return {
        char
        for char in set(text)
        if _needs_glyph(char) and any(ord(char) not in cmap for cmap in maps)
    }


def describe_characters(chars: set[str]) -> str:
    """ "U+4E2D 中 (CJK UNIFIED IDEOGRAPH-4E2D)" for each, sorted, for an error message."""
    return ", ".join(
        f"U+{ord(char):04X} {char} ({unicodedata.name(char, 'unnamed')})" for char in sorted(chars)
    )


#: The faces that draw what a letter's own face cannot, in order: regular faces for a regular
#: face, bold ones for a bold face (WenQuanYi has no bold).
_FALLBACKS = {
    False: ("DejaVuSans", "Amiri", "WenQuanYiMicroHei"),
    True: ("DejaVuSans-Bold", "Amiri-Bold", "WenQuanYiMicroHei"),
}


@cache
def font_chain(font_name: str) -> tuple[str, ...]:
    """`font_name`, then the shipped faces that draw what it cannot."""
    bold = font_name.endswith("-Bold")
    return (font_name, *(f for f in _FALLBACKS[bold] if f != font_name))


def _face_for(char: str, chain: tuple[str, ...]) -> str | None:
    code = ord(char)
    for name in chain:
        if code in character_map(name):
            return name
    return None


@lru_cache(maxsize=65536)
def font_runs(text: str, font_name: str) -> tuple[tuple[str, str], ...]:
    """`text` cut into (run, face) pieces: the letter's face wherever it has the glyph, else the
    first fallback face that has it. Spaces stay in the run they follow, so word spacing and
    justification work across a change of face. A character no face has stays with the letter's
    face (the glyph check refuses such a letter before it is drawn)."""
    own = character_map(font_name)
    if own.issuperset(map(ord, text)):  # nearly every line of a letter: one run
        return ((text, font_name),)
    chain = font_chain(font_name)
    runs: list[tuple[str, str]] = []
    current, start = font_name, 0
    for index, char in enumerate(text):
        code = ord(char)
        if code in own and not (char == " " and index):
            face = font_name
        elif char == " " or not _needs_glyph(char):
            face = current
        else:
            face = _face_for(char, chain) or font_name
        if face != current:
            if index > start:
                runs.append((text[start:index], current))
            current, start = face, index
    if len(text) > start or not runs:
        runs.append((text[start:], current))
    return tuple(runs)


def undrawable_characters(text: str, font_names: tuple[str, ...]) -> set[str]:
    """Characters of `text` that neither one of the fonts nor any of its fallbacks can draw."""
    chains = [font_chain(name) for name in font_names]
    return {
        char
        for char in set(text)
        if _needs_glyph(char) and any(_face_for(char, chain) is None for chain in chains)
    }
