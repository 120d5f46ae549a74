"""`liaison-app import contacts FILE …`: the import engine of the wizard, run headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.services.contact_import import (
    DuplicateMode,
    RowAction,
    commit_import,
    find_duplicates,
    load_mapping,
    plan_import,
    validate_rows,
    write_import_report,
)
from liaison_app.services.member_state_lookup import MemberStateIndex
from liaison_app.spreadsheets.column_mapping import ColumnMapping, suggest_mapping
from liaison_app.spreadsheets.table_reader import read_table

#: Rejected rows whose reasons are printed; the report lists them all.
SHOWN_REJECTIONS = 10


def run_import_contacts(args: argparse.Namespace, language: str) -> int:
    """Read and check the file first (a bad file changes nothing, not even the database file),
    then plan against the database, commit in one transaction and print the summary."""
    from liaison_app.services.setup import prepare_database
    from liaison_app.storage.location import resolve_database_url
    from liaison_app.storage.opening import open_database

    path = Path(args.file).expanduser()
    table = read_table(path, sheet=args.sheet, encoding=args.encoding)
    if args.report is not None and Path(args.report).suffix.lower() != ".xlsx":
        raise UserError(N_("The report's name must end in .xlsx: {path}"), path=args.report)
    if not args.mapping and not suggest_mapping(table.headers).has_name():
        raise UserError(
            N_(
                "No column of {name} could be recognised as the names (headers: {headers}). "
                "Import it in the window to choose the columns, or use --mapping NAME."
            ),
            name=path.name,
            headers=", ".join(table.headers[:12]),
        )
    opened = open_database(resolve_database_url(args.database))
    database = opened.database
    try:
        prepare_database(database)
        with database.reading() as session:
            if args.mapping:
                mapping = ColumnMapping.from_saved(
                    load_mapping(session, args.mapping), table.headers
                )
            else:
                mapping = suggest_mapping(table.headers)
            index = MemberStateIndex.load(session)
            rows = validate_rows(table, mapping, index)
            find_duplicates(session, rows)
            plan = plan_import(
                session,
                table,
                mapping,
                rows,
                on_duplicate=DuplicateMode(args.on_duplicate),
                mapping_name=args.mapping,
            )
        # The report first: a report that cannot be written stops the import before it begins.
        report = None
        if args.report is not None:
            report = write_import_report(Path(args.report).expanduser(), plan, language=language)
        outcome = commit_import(database, plan, dry_run=args.dry_run)
    finally:
        database.dispose()

    where = f'sheet "{table.sheet}", ' if table.sheet else ""
    encoding = f", {table.encoding}" if table.encoding else ""
    print(
        f"Read {path.name} ({where}header on row {table.header_row_number}{encoding}): "
        f"{len(plan.rows)} rows."
    )
    counts = outcome.counts
    print(
        f"Added {counts.added}, updated {counts.updated}, merged {counts.merged}, "
        f"skipped {counts.skipped}, rejected {counts.rejected}."
    )
    if plan.footers:
        print(f"Lines under the list not taken as people: {len(plan.footers)}.")
    rejected = [row for row in plan.rows if row.action is RowAction.REJECT]
    for row in rejected[:SHOWN_REJECTIONS]:
        print(f"  row {row.number}: {'; '.join(row.reasons(language))}")
    if len(rejected) > SHOWN_REJECTIONS:
        print(f"  … and {len(rejected) - SHOWN_REJECTIONS} more rejected rows.")
    if report is not None:
        print(f"Rows left out, with their reasons: {report.resolve()}")
    if args.dry_run:
        print("Dry run: nothing was saved.")
    elif outcome.batch_id is not None:
        print(f"Import batch {outcome.batch_id} (it can be undone as a whole).")
    return 0
