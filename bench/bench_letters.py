"""Benchmark: a pack of 193 letters (one per Member State, in its language) with its single files.

Compares `generate_pack` (compose, glyph check, layout, pack with cover sheet, 193 single PDFs,
atomic writes, register rows) with the bare cost of drawing the same lines with reportlab alone:
`canvas.drawString` of the very lines the letters hold, in the same fonts, into one pack file
and 193 single files (no layout, no bidi, no cover, no register, no fsync).

Goals (issue 5): ≤ 3 s, and ≤ 1.5 × the bare cost. Run by hand:

    python bench/bench_letters.py [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

# Run from a checkout without installing: the package sits beside this folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from liaison_app.domain.models import Circular, Event, Invitation, MemberState
from liaison_app.letters import rendering
from liaison_app.letters.fonts import fonts_for, register_fonts
from liaison_app.letters.rendering import Columns, LaidOutLetter, Stack
from liaison_app.letters.text_block import TextBlock
from liaison_app.services import letters as letters_service
from liaison_app.services.demo import fill_demo_database
from liaison_app.services.letters import PackRequest, generate_pack
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database


def build_database(path: Path) -> None:
    """The demo database, plus an invitation for every Member State the demo did not invite."""
    database = open_database(resolve_database_url(str(path))).database
    try:
        fill_demo_database(database)
        with database.writing() as session:
            event = session.scalar(select(Event))
            circular = session.scalar(select(Circular))
            invited = set(session.scalars(select(Invitation.member_state_id)))
            for state in session.scalars(select(MemberState)):
                if state.id in invited:
                    continue
                session.add(
                    Invitation(
                        event_id=event.id,
                        circular_id=circular.id,
                        member_state_id=state.id,
                        series_key=Invitation.make_series_key(circular.id, event.id),
                        addressee_key=Invitation.make_addressee_key(state.id, None),
                    )
                )
    finally:
        database.dispose()


def run_pack(
    template_db: Path, work: Path, capture: list[LaidOutLetter] | None = None
) -> tuple[float, float]:
    """One timed `generate_pack` on a fresh copy of the database: (wall, CPU) seconds."""
    db_path = work / "run.sqlite3"
    shutil.copy(template_db, db_path)
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    database = open_database(resolve_database_url(str(db_path))).database
    original = letters_service.layout_letter
    if capture is not None:

        def recording(document):
            laid_out = original(document)
            capture.append(laid_out)
            return laid_out

        letters_service.layout_letter = recording
    try:
        start, cpu = time.perf_counter(), time.process_time()
        report = generate_pack(
            database, PackRequest(kind="invitation", out=out / "pack.pdf", each=out / "each")
        )
        elapsed = (time.perf_counter() - start, time.process_time() - cpu)
    finally:
        letters_service.layout_letter = original
        database.dispose()
    assert report.letter_count == 193, report.letter_count
    return elapsed


# --- Bare reportlab -----------------------------------------------------------------------------


def _lines_of(flowable) -> list[tuple[str, str, float]]:
    """(font, size, text) of every line a laid-out flowable draws."""
    if isinstance(flowable, TextBlock):
        return [(flowable.font, flowable.size, line) for line in flowable.lines()]
    if isinstance(flowable, Columns):
        return [line for cell, _, _ in flowable.cells for line in _lines_of(cell)]
    if isinstance(flowable, Stack):
        return [line for child in flowable.flowables for line in _lines_of(child)]
    return []


def page_lines(letter: LaidOutLetter) -> list[list[tuple[str, float, str]]]:
    """Per page, the lines of the letter (its furniture included), in drawing order."""
    document = letter.document
    language = document.language
    fonts = fonts_for(language)
    pages = []
    for number, placed in enumerate(letter.pages, start=1):
        lines: list[tuple[str, float, str]] = []
        if number == 1:
            lines.append(
                (
                    fonts.bold,
                    fonts.size * 1.35,
                    document.letterhead.text("organization", document.language),
                )
            )
            lines.append(
                (
                    fonts.regular,
                    fonts.size,
                    document.letterhead.text("department", document.language),
                )
            )
        for flowable, _, _ in placed:
            lines.extend(_lines_of(flowable))
        lines.append((fonts.regular, fonts.size * 0.78, document.contact_line))
        lines.append(
            (
                fonts.regular,
                fonts.size * 0.78,
                document.letterhead.text("address", document.language),
            )
        )
        pages.append(lines)
    return pages


def _draw(canvas: Canvas, pages: list[list[tuple[str, float, str]]]) -> None:
    for lines in pages:
        y = rendering.PAGE_HEIGHT - 60
        for font, size, text in lines:
            canvas.setFont(font, size)
            canvas.drawString(rendering.MARGIN_SIDE, y, text)
            y -= size * 1.4
        canvas.showPage()


def run_bare(letters: list[list[list[tuple[str, float, str]]]], work: Path) -> tuple[float, float]:
    out = work / "bare"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    start, cpu = time.perf_counter(), time.process_time()
    pack = Canvas(str(out / "pack.pdf"), pageCompression=1)
    for pages in letters:
        _draw(pack, pages)
    pack.save()
    for index, pages in enumerate(letters):
        single = Canvas(str(out / f"{index:03d}.pdf"), pageCompression=1)
        _draw(single, pages)
        single.save()
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-letters-") as folder:
        work = Path(folder)
        template_db = work / "template.sqlite3"
        print("building the database (193 invitations)…")
        build_database(template_db)
        register_fonts()
        # Warm-up, also capturing the laid-out letters whose lines the bare run draws.
        captured: list[LaidOutLetter] = []
        run_pack(template_db, work, captured)
        languages = Counter(letter.document.language for letter in captured)
        bare_letters = [page_lines(letter) for letter in captured]
        # Interleaved, so both see the same load on a shared machine; CPU time is reported too,
        # as it does not count the time other programs hold the processor.
        ours, bare = [], []
        for _ in range(args.runs):
            ours.append(run_pack(template_db, work))
            bare.append(run_bare(bare_letters, work))
        pages = sum(letter.page_count for letter in captured)
        mix = ", ".join(f"{language} {n}" for language, n in sorted(languages.items()))
        print(f"letters: {len(captured)} ({mix}), {pages} letter pages")
        for label, runs in (
            ("generate_pack (pack + cover + 193 single files + register)", ours),
            ("bare reportlab drawString of the same lines (pack + 193 files)", bare),
        ):
            walls = ", ".join(f"{wall:.2f}" for wall, _ in runs)
            print(
                f"{label}: wall median {statistics.median(w for w, _ in runs):.2f} s ({walls}); "
                f"CPU median {statistics.median(c for _, c in runs):.2f} s"
            )
        wall_ratio = statistics.median(o[0] / b[0] for o, b in zip(ours, bare, strict=True))
        cpu_ratio = statistics.median(o[1] / b[1] for o, b in zip(ours, bare, strict=True))
        print(
            f"ratio to bare: wall {wall_ratio:.2f} x, CPU {cpu_ratio:.2f} x "
            "(goals: <= 3 s, <= 1.5 x)"
        )


if __name__ == "__main__":
    main()
