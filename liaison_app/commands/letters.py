"""`liaison-app letters pack --kind KIND [--event REF] [--language auto|L] [--out PACK.pdf]
[--each DIR]`: a print-ready pack of signed letters, registered letter by letter."""

from __future__ import annotations

import argparse

from liaison_app.services.letters import PackRequest, generate_pack, pack_file_default, parse_kind
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database


def run_letters(args: argparse.Namespace, language: str) -> int:
    """Generate the pack and print one line: how many letters, pages, and where.

    Without --out or --each the pack is written as <EVENT>_<kind>.pdf in the current folder.
    The cover sheet is in the letters' language when one is forced, else in the interface's
    `--language`, else English. An existing database is required.
    """
    kind = parse_kind(args.kind)  # an unknown kind fails before the database is opened
    out = args.out
    opened = open_database(resolve_database_url(args.database), create=False)
    try:
        if out is None and args.each is None:
            from liaison_app.services.letters import resolve_event

            with opened.database.reading() as session:
                reference = resolve_event(session, args.event).reference
            out = pack_file_default(kind, reference)
        report = generate_pack(
            opened.database,
            PackRequest(
                kind=kind.value,
                event_reference=args.event,
                language=args.letter_language,
                out=out,
                each=args.each,
                cover_language=language or "en",
            ),
        )
    finally:
        opened.database.dispose()
    letters = "1 letter" if report.letter_count == 1 else f"{report.letter_count} letters"
    where = []
    if report.pack_path is not None:
        where.append(f"{report.pack_path.resolve()} ({report.page_count} pages)")
    if report.single_paths:
        where.append(f"{len(report.single_paths)} single files in {args.each.resolve()}")
    print(f"Generated {letters}: {'; '.join(where)}")
    return 0
