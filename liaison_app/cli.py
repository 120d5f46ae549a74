"""The command line: `liaison-app` opens the window or runs a headless command over the services.

Exit codes: 0 success; 2 bad input or a refused action, with one clear line on stderr and nothing
changed; anything else is a bug (its traceback goes to the log file).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from liaison_app import APP_NAME, __version__
from liaison_app.errors import UserError
from liaison_app.i18n import SUPPORTED

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USER_ERROR = 2

log = logging.getLogger("liaison_app.cli")


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on bad usage already; keep its message to one line plus the usage."""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="liaison-app",
        description=f"{APP_NAME}: invitations, replies, speaking slots, partnerships and letters. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="SQLite file or SQLAlchemy URL (default: $LIAISON_DATABASE_URL, else the user data "
        "folder)",
    )
    parser.add_argument("--language", choices=SUPPORTED, help="language of the interface")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="create the demo database (WSIS Forum 2022)")
    demo.add_argument(
        "--replace", action="store_true", help="replace an existing database at that path"
    )

    imp = commands.add_parser("import", help="import a spreadsheet")
    imp.add_argument("what", choices=["contacts"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--sheet")
    imp.add_argument("--encoding")
    imp.add_argument("--mapping")
    imp.add_argument("--on-duplicate", choices=["skip", "update", "merge"], default="skip")
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--report", type=Path, metavar="OUT.xlsx")

    exp = commands.add_parser("export", help="export a list to an Excel workbook")
    exp.add_argument(
        "what", choices=["contacts", "invitations", "speakers", "partnerships", "event-report"]
    )
    exp.add_argument("out", type=Path, metavar="OUT.xlsx")
    exp.add_argument("--event", metavar="REF")
    exp.add_argument("--language", dest="export_language", choices=SUPPORTED)

    letters = commands.add_parser("letters", help="generate letters")
    letters_commands = letters.add_subparsers(dest="letters_command", required=True)
    pack = letters_commands.add_parser("pack", help="a print-ready pack of signed letters")
    pack.add_argument("--kind", required=True)
    pack.add_argument("--event", metavar="REF")
    pack.add_argument("--language", dest="letter_language", default="auto")
    pack.add_argument("--out", type=Path, metavar="PACK.pdf")
    pack.add_argument("--each", type=Path, metavar="DIR")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="upgrade the schema to this version (after a backup)")
    db_commands.add_parser("check", help="run SQLite's integrity and foreign-key checks")
    backup = db_commands.add_parser("backup", help="copy the database with SQLite's backup API")
    backup.add_argument("dir", nargs="?", type=Path)
    restore = db_commands.add_parser(
        "restore", help="replace the database with a verified backup (the old one is kept)"
    )
    restore.add_argument("file", type=Path)
    return parser


def _database_url(args: argparse.Namespace):
    from liaison_app.storage.location import resolve_database_url

    return resolve_database_url(args.database)


def _open(args: argparse.Namespace):
    from liaison_app.services.setup import prepare_database
    from liaison_app.storage.opening import open_database

    result = open_database(_database_url(args))
    prepare_database(result.database)
    return result


def _require_sqlite(args: argparse.Namespace, action: str) -> Path:
    from liaison_app.storage.location import sqlite_path

    path = sqlite_path(_database_url(args))
    if path is None:
        raise UserError(
            "{action} works on an SQLite file; use the server's own tools for a server database.",
            action=action,
        )
    return path


def cmd_demo(args: argparse.Namespace) -> int:
    from liaison_app.services.demo import create_demo_database

    url = _database_url(args)
    create_demo_database(url, replace=args.replace)
    print(f"Demo database ready: {url.render_as_string(hide_password=True)}")
    return EXIT_OK


def cmd_db(args: argparse.Namespace) -> int:
    from liaison_app.storage import backup as backups
    from liaison_app.storage import migrations

    if args.db_command == "upgrade":
        result = _open(args)
        head = migrations.head_revision()
        if result.previous_revision == head:
            print(f"Already at the latest schema ({head}).")
        else:
            print(f"Upgraded from {result.previous_revision or 'an empty database'} to {head}.")
            if result.backup:
                print(f"Backup of the previous database: {result.backup}")
        result.database.dispose()
        return EXIT_OK

    path = _require_sqlite(args, f"db {args.db_command}")
    if args.db_command == "check":
        if not path.exists():
            raise UserError("{path} does not exist.", path=path)
        report = backups.check_file(path)
        for line in report.lines():
            print(line)
        return EXIT_OK if report.ok else EXIT_USER_ERROR
    if args.db_command == "backup":
        if not path.exists():
            raise UserError("{path} does not exist.", path=path)
        backups.verify_restorable(path)
        written = backups.backup_database(path, args.dir)
        print(f"Backup written: {written}")
        return EXIT_OK
    if args.db_command == "restore":
        kept = backups.restore_database(args.file.expanduser().resolve(), path)
        print(f"Restored {args.file} into {path}.")
        if kept.exists():
            print(f"The previous database was kept as {kept}")
        return EXIT_OK
    raise AssertionError(args.db_command)


def cmd_window(args: argparse.Namespace) -> int:
    from liaison_app.ui.app import run_app

    return run_app(database=args.database, language=args.language)


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    language = args.language or "en"
    from liaison_app.logging_setup import configure_logging

    log_path = configure_logging()
    try:
        if args.command is None:
            return cmd_window(args)
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "db":
            return cmd_db(args)
        if args.command == "import":
            from liaison_app.commands.import_contacts import run_import_contacts

            return run_import_contacts(args, language)
        if args.command == "export":
            from liaison_app.commands.export import run_export

            return run_export(args, language)
        if args.command == "letters":
            from liaison_app.commands.letters import run_letters

            return run_letters(args, language)
        raise AssertionError(args.command)
    except UserError as error:
        print(f"liaison-app: {error.localized(language)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("liaison-app: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(f"liaison-app: something went wrong; the details are in {log_path}", file=sys.stderr)
        return EXIT_BUG


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
