"""`liaison-app export KIND OUT.xlsx [--event REF] [--language L]`: a list or the event report."""

from __future__ import annotations

import argparse

from liaison_app.services.exports import export_workbook
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database


def run_export(args: argparse.Namespace, language: str) -> int:
    """Write the workbook and print one line: where, and how many rows.

    The workbook's language is `--language` after `export`, else the interface's `--language`,
    else English. An existing database is required: exporting never creates one.
    """
    export_language = args.export_language or language or "en"
    opened = open_database(resolve_database_url(args.database), create=False)
    try:
        result = export_workbook(
            opened.database,
            args.what,
            args.out,
            language=export_language,
            event_reference=args.event,
        )
    finally:
        opened.database.dispose()
    detail = ""
    if len(result.sheets) > 1:
        detail = " (" + ", ".join(f"{name}: {n}" for name, n in result.sheets.items()) + ")"
    rows = "1 row" if result.rows == 1 else f"{result.rows} rows"
    print(f"Exported {rows} to {result.path.resolve()}{detail}")
    return 0
