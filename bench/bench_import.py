"""Contact import end to end against the bare cost, and the contacts query on 100,000 contacts.

Run by hand:  python bench/bench_import.py [--rows 10000] [--existing 10000] [--overlap 0.1]
                                          [--view 100000] [--repeat 5] [--skip-import]

1. Import of a 10,000-row × 12-column .xlsx, and the same rows as CSV, into a database that
   already holds 10,000 contacts (--overlap of the rows among them, merged field by field):
   read, validate, de-duplicate, commit (one transaction) —
   beside the bare cost: reading the file (openpyxl read-only / csv) and inserting the rows
   into the same table with sqlite3.executemany. Goal (issue 3): import ≤ 2× the bare cost.
2. `query_first_page` on 100,000 contacts: what the view asks to open (count and first page,
   sorted) and for each search keystroke; `query_contact_keys`, what it reads once to scroll
   anywhere. Goals: open < 1 s, keystroke < 100 ms (see bench_contacts_view.py for the window).
Figures are the median of --repeat runs; each import run starts from a fresh copy of the database.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import phonenumbers
from openpyxl import Workbook, load_workbook
from sqlalchemy import insert, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liaison_app.domain.enums import FormOfAddress, Gender, LevelOfRepresentation  # noqa: E402
from liaison_app.domain.models import Contact, MemberState  # noqa: E402
from liaison_app.services.contact_import import (  # noqa: E402
    commit_import,
    find_duplicates,
    plan_import,
    validate_rows,
)
from liaison_app.services.contacts import (  # noqa: E402
    ContactFilters,
    SortKey,
    _Names,
    query_contact_keys,
    query_first_page,
    search_text_for,
)
from liaison_app.services.member_state_lookup import MemberStateIndex  # noqa: E402
from liaison_app.services.setup import prepare_database  # noqa: E402
from liaison_app.spreadsheets.column_mapping import suggest_mapping  # noqa: E402
from liaison_app.spreadsheets.table_reader import read_table  # noqa: E402
from liaison_app.storage.location import resolve_database_url  # noqa: E402
from liaison_app.storage.opening import open_database  # noqa: E402

HEADERS = [
    "Title",
    "Name",
    "Name (Latin script)",
    "Gender",
    "Position",
    "Level",
    "Organization",
    "Country",
    "E-mail",
    "Phone",
    "Language",
    "Notes",
]
GIVEN = [
    "José",
    "María",
    "Ahmed",
    "Fatima",
    "Olga",
    "Ivan",
    "Wei",
    "Jean",
    "Amélie",
    "Kwame",
    "أحمد",
    "فاطمة",
    "Алексей",
    "Наталья",
    "伟",
    "芳",
]
FAMILY = [
    "PÉREZ",
    "García",
    "Haddad",
    "Okafor",
    "Ivanova",
    "Wang",
    "Dubois",
    "Mensah",
    "الخالدي",
    "الحسن",
    "Петров",
    "Кузнецова",
    "王",
    "李",
]
POSITIONS = [
    "Minister of Communications",
    "Ambassador",
    "Director-General",
    "Ministre du Numérique",
    "وزير الاتصالات",
    "Министр цифрового развития",
    "部长",
]
LEVELS = ["Minister", "Ministre", "Vice-Minister", "Ambassador", "Senior official", ""]
REGIONS = ["CH", "FR", "JO", "EG", "RU", "CN", "SN", "BR", "IN", "US", "JP", "KE"]


def _phones(count: int, rng: random.Random) -> list[str]:
    """Valid numbers in international format, made from each region's example number."""
    out = []
    bases = {
        r: phonenumbers.example_number_for_type(r, phonenumbers.PhoneNumberType.FIXED_LINE)
        for r in REGIONS
    }
    while len(out) < count:
        region = rng.choice(REGIONS)
        base = bases[region]
        number = phonenumbers.PhoneNumber(
            country_code=base.country_code,
            national_number=base.national_number + rng.randrange(1, 5000),
        )
        if phonenumbers.is_valid_number(number):
            out.append(
                phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            )
    return out


def make_rows(count: int, states: list, rng: random.Random, offset: int = 0) -> list[list[str]]:
    phones = _phones(count, rng)
    rows = []
    for n in range(count):
        state = states[(n + offset) % len(states)]
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        rows.append(
            [
                rng.choice(["Mr", "Ms", "M.", "Mme", "H.E. Mr", ""]),
                f"{given} {family} {n + offset}",
                f"Person {n + offset}",
                rng.choice(["M", "F", ""]),
                rng.choice(POSITIONS),
                rng.choice(LEVELS),
                # A few organizations per state, as in real lists.
                (
                    f"Ministry of ICT of {state.short_name_en}",
                    f"Permanent Mission of {state.short_name_en}",
                )[n % 2],
                rng.choice(
                    [
                        state.short_name_en,
                        state.short_name_fr,
                        state.iso_alpha3,
                        state.short_name_ar,
                    ]
                ),
                f"person{n + offset}@mail{n % 97}.example.org",
                phones[n],
                rng.choice(["en", "fr", "ar", "Spanish", "Русский", ""]),
                "met in Geneva" if n % 5 == 0 else "",
            ]
        )
    return rows


def write_files(folder: Path, rows: list[list[str]]) -> tuple[Path, Path]:
    xlsx = folder / "contacts.xlsx"
    # A normal workbook, as Excel writes it: with the sheet's <dimension>. (openpyxl's
    # write-only mode leaves it out, and a read-only load then parses the whole sheet once
    # more just to find its size, which would inflate the bare cost.)
    wb = Workbook()
    ws = wb.active
    ws.title = "Contacts"
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(xlsx)
    path_csv = folder / "contacts.csv"
    with path_csv.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADERS, *rows])
    return xlsx, path_csv


def build_database(
    path: Path, existing: int, rng: random.Random, *, rows: int, overlap: int
) -> list:
    database = open_database(resolve_database_url(str(path))).database
    prepare_database(database)
    with database.reading() as session:
        states = list(session.scalars(select(MemberState).order_by(MemberState.iso_alpha3)))
    # The stored contacts: the last `overlap` people of the file are among them (same e-mail),
    # so the import finds real duplicates and merges them field by field.
    now = datetime.now(UTC)
    records = []
    offset = rows - overlap
    for n, row in enumerate(make_rows(existing, states, rng, offset=offset)):
        values = {
            "id": uuid.uuid4(),
            "full_name": row[1],
            "full_name_latin": row[2],
            "position": row[4],
            "email": row[8],
            "member_state_id": states[(n + offset) % len(states)].id,
            "form_of_address": FormOfAddress.NONE,
            "gender": Gender.UNSPECIFIED,
            "created_at": now,
            "updated_at": now,
        }
        values["search_text"] = search_text_for(values, _Names())
        records.append(values)
    with database.writing() as session:
        session.execute(insert(Contact.__table__), records)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return states


def fresh_copy(template: Path, folder: Path) -> Path:
    target = folder / f"run-{uuid.uuid4().hex[:8]}.sqlite3"
    shutil.copyfile(template, target)
    return target


def median_of(repeat: int, run: Callable[[], dict[str, float]]) -> dict[str, float]:
    results = []
    for _ in range(repeat):
        cpu = time.process_time()
        result = run()
        # CPU time as well as wall time: on a machine shared with others (as here) the wall
        # clock also counts the time other programs held the cores.
        result["cpu"] = time.process_time() - cpu
        results.append(result)
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


_BARE_SQL = (
    "INSERT INTO contacts (id, full_name, full_name_latin, form_of_address, gender, position, "
    "email, phone, preferred_language, notes, search_text, created_at, updated_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def bare(kind: str, source: Path, db_path: Path) -> dict[str, float]:
    start = time.perf_counter()
    if kind == "xlsx":
        wb = load_workbook(source, read_only=True, data_only=True)
        rows = [list(r) for r in wb.worksheets[0].iter_rows(min_row=2, values_only=True)]
        wb.close()
    else:
        with source.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))[1:]
    read = time.perf_counter() - start
    stamp = "2024-01-01 00:00:00.000000"
    connection = sqlite3.connect(db_path)
    connection.executemany(
        _BARE_SQL,
        [
            (
                uuid.uuid4().hex,
                r[1],
                r[2],
                "none",
                "unspecified",
                r[4],
                r[8],
                str(r[9]),
                r[10],
                r[11],
                "",
                stamp,
                stamp,
            )
            for r in rows
        ],
    )
    connection.commit()
    connection.close()
    total = time.perf_counter() - start
    return {"read": read, "insert": total - read, "total": total}


def full_import(source: Path, db_path: Path) -> dict[str, float]:
    database = open_database(resolve_database_url(str(db_path))).database
    try:
        t0 = time.perf_counter()
        table = read_table(source)
        t1 = time.perf_counter()
        mapping = suggest_mapping(table.headers)
        with database.reading() as session:
            index = MemberStateIndex.load(session)
            rows = validate_rows(table, mapping, index)
            t2 = time.perf_counter()
            find_duplicates(session, rows)
            plan = plan_import(session, table, mapping, rows, on_duplicate="merge")
        t3 = time.perf_counter()
        outcome = commit_import(database, plan)
        t4 = time.perf_counter()
    finally:
        database.dispose()
    counts = outcome.counts
    assert counts.added > 0, counts
    assert counts.merged > 0, counts
    full_import.last_counts = counts  # type: ignore[attr-defined]
    return {
        "read": t1 - t0,
        "validate": t2 - t1,
        "dedupe+plan": t3 - t2,
        "commit": t4 - t3,
        "total": t4 - t0,
    }


def bench_import(args: argparse.Namespace, folder: Path) -> None:
    rng = random.Random(7)
    template = folder / "template.sqlite3"
    overlap = int(args.rows * args.overlap)
    states = build_database(template, args.existing, rng, rows=args.rows, overlap=overlap)
    rows = make_rows(args.rows, states, random.Random(11))
    xlsx, path_csv = write_files(folder, rows)
    print(
        f"Import of {args.rows:,} rows × {len(HEADERS)} columns into a database of "
        f"{args.existing:,} contacts, {overlap:,} of the rows already stored (median of "
        f"{args.repeat}):"
    )
    xlsx_bare: dict[str, float] = {}
    for kind, source in (("xlsx", xlsx), ("csv", path_csv)):
        base = median_of(
            args.repeat, lambda s=source, k=kind: bare(k, s, fresh_copy(template, folder))
        )
        full = median_of(args.repeat, lambda s=source: full_import(s, fresh_copy(template, folder)))
        counts = full_import.last_counts  # type: ignore[attr-defined]
        print(
            f"  {kind:4}  bare   {base['total']:6.2f} s wall, {base['cpu']:6.2f} s CPU "
            f"(read {base['read']:.2f}, executemany {base['insert']:.2f})"
        )
        print(
            f"        import {full['total']:6.2f} s wall, {full['cpu']:6.2f} s CPU (read "
            f"{full['read']:.2f}, validate {full['validate']:.2f}, de-duplicate+plan "
            f"{full['dedupe+plan']:.2f}, commit {full['commit']:.2f})"
        )
        print(
            f"        ratio {full['total'] / base['total']:.2f}× wall, "
            f"{full['cpu'] / base['cpu']:.2f}× CPU (goal ≤ 2×)"
        )
        if kind == "xlsx":
            xlsx_bare = base
        else:
            print(
                f"        against the bare cost of the same rows as .xlsx: "
                f"{full['total'] / xlsx_bare['total']:.2f}× wall, "
                f"{full['cpu'] / xlsx_bare['cpu']:.2f}× CPU"
            )
        print(f"        {counts.summary()}")


def bench_view(args: argparse.Namespace, folder: Path) -> None:
    path = folder / "view.sqlite3"
    rng = random.Random(5)
    database = open_database(resolve_database_url(str(path))).database
    prepare_database(database)
    with database.reading() as session:
        states = list(session.scalars(select(MemberState)))
    now = datetime.now(UTC)
    levels = [*LevelOfRepresentation, None]
    records = []
    for n in range(args.view):
        state = states[n % len(states)]
        values = {
            "id": uuid.uuid4(),
            "full_name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {n}",
            "position": rng.choice(POSITIONS),
            "email": f"person{n}@mail{n % 97}.example.org",
            "phone": f"+4122{n:07d}",
            "member_state_id": state.id,
            "level": rng.choice(levels),
            "form_of_address": FormOfAddress.NONE,
            "gender": Gender.UNSPECIFIED,
            "created_at": now,
            "updated_at": now,
        }
        values["search_text"] = search_text_for(values, _Names())
        records.append(values)
    with database.writing() as session:
        for start in range(0, len(records), 10_000):
            session.execute(insert(Contact.__table__), records[start : start + 10_000])

    def timed(run: Callable[[], object]) -> float:
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        return statistics.median(times) * 1000

    print(f"\nContacts view on {args.view:,} contacts (median of {args.repeat}; page = 200 rows):")
    with database.reading() as session:

        def open_view(key=SortKey.FULL_NAME, language="en"):
            return lambda: query_first_page(session, sort_key=key, language=language)

        print(f"  open, sorted by name:          {timed(open_view()):7.1f} ms (goal < 1000)")
        print(
            f"  open, sorted by member state:  "
            f"{timed(open_view(SortKey.MEMBER_STATE, 'fr')):7.1f} ms"
        )
        print(f"  open, sorted by level:         {timed(open_view(SortKey.LEVEL)):7.1f} ms")
        europe = ContactFilters(regions=frozenset({"europe"}))

        def filtered():
            return query_first_page(session, filters=europe)

        print(f"  filter region Europe:          {timed(filtered):7.1f} ms")
        worst = 0.0
        for typed in ("p", "pe", "pér", "pere", "perez", "ال", "الخا", "пет", "王", "person12"):
            ms = timed(lambda t=typed: query_first_page(session, search=t))
            worst = max(worst, ms)
            print(f"  keystroke {typed!r:12} page+count {ms:7.1f} ms")
        print(f"  slowest keystroke: {worst:.1f} ms (goal < 100)")
        print(
            "  every key in name order (to scroll anywhere): "
            f"{timed(lambda: query_contact_keys(session)):7.1f} ms"
        )
    database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--existing", type=int, default=10_000)
    parser.add_argument("--view", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--overlap", type=float, default=0.1, help="share of the rows already in the database"
    )
    parser.add_argument("--skip-view", action="store_true")
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as name:
        folder = Path(name)
        if not args.skip_import:
            bench_import(args, folder)
        if not args.skip_view:
            bench_view(args, folder)


if __name__ == "__main__":
    main()
