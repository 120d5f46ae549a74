"""Helpers for reading back what a PDF prints: pdftotext and pdfinfo from poppler."""

from __future__ import annotations

import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path

_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\x0c")
)
# poppler returns Arabic in logical order but keeps the glyphs drawn: brackets come back mirrored.
_UNMIRROR = str.maketrans("()[]", ")(][")


def pdf_text(pdf: bytes | Path, *pages: int, arabic: bool = False) -> str:
    """The text of the PDF (or of pages first..last) as pdftotext reads it, NFKC-normalised.

    Left-to-right text is read in content order (`-raw`): poppler's reading-order mode merges
    one-letter words ("0 0" → "00"). Arabic needs the reading-order mode, which is the one that
    restores logical order.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = pdf if isinstance(pdf, Path) else Path(folder) / "in.pdf"
        if not isinstance(pdf, Path):
            path.write_bytes(pdf)
        command = ["pdftotext", "-enc", "UTF-8"] + ([] if arabic else ["-raw"])
        if pages:
            command += ["-f", str(pages[0]), "-l", str(pages[-1])]
        output = subprocess.run(
            [*command, str(path), "-"], capture_output=True, check=True, text=True
        ).stdout
    return unicodedata.normalize("NFKC", output.translate(_MARKS))


def page_count(pdf: bytes | Path) -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = pdf if isinstance(pdf, Path) else Path(folder) / "in.pdf"
        if not isinstance(pdf, Path):
            path.write_bytes(pdf)
        info = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, check=True, text=True
        ).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def one_line(text: str) -> str:
    """Whitespace (line ends included) collapsed to single spaces."""
    return " ".join(text.split())


#: Runs of Arabic letters, or of other letters and digits: punctuation (the Arabic comma too) and
#: a change of script separate tokens, wherever poppler puts the spaces.
_TOKEN = re.compile(r"[\u0620-\u064a\u066e-\u06d3]+|[^\W_\u0600-\u06ff]+")


def tokens(text: str, *, arabic_pdf: bool = False) -> list[str]:
    """Words of Arabic letters and of Latin letters or digits, in order; punctuation dropped.

    Comparing these sequences checks logical order (a reversed `15 April 2022` or a Latin run
    moved to the wrong end shows) without depending on where poppler puts spaces around
    punctuation in right-to-left lines.
    """
    text = unicodedata.normalize("NFKC", text)
    if arabic_pdf:
        text = text.translate(_UNMIRROR)
    # Harakat are drawn, but poppler puts them before their letter: compare the letters.
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _TOKEN.findall(text)


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    """Whether `needle` occurs in `haystack` as a contiguous run."""
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def word_boxes(pdf: bytes | Path, page: int = 1) -> list[tuple[str, float, float]]:
    """(word NFKC-normalised, x min, x max) of every word on a page, from `pdftotext -bbox`."""
    with tempfile.TemporaryDirectory() as folder:
        path = pdf if isinstance(pdf, Path) else Path(folder) / "in.pdf"
        if not isinstance(pdf, Path):
            path.write_bytes(pdf)
        html = subprocess.run(
            ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
            capture_output=True, check=True, text=True,
        ).stdout  # fmt: skip
    return [
        (unicodedata.normalize("NFKC", word), float(x0), float(x1))
        for x0, x1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            html,
        )
    ]
