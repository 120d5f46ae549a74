"""Exporting 100,000 contacts to Excel, beside the bare cost of openpyxl's write-only mode.

Run by hand:  python bench/bench_export.py [--contacts 100000] [--repeat 3] [--keep DB]
Goal (issue 6): the export engine costs at most 1.5x openpyxl write-only writing the same values
with no styling, no safety and no atomic rename. Figures are medians of `--repeat` runs:

* bare     openpyxl write-only appends the same values (prepared beforehand, not timed);
* engine   `write_workbook` on the contacts sheet (styles, safety, widths, atomic write);
* export   `export_workbook(database, "contacts", ...)`: the query and sort as well.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Run from a checkout without installing the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl
from openpyxl import Workbook
from sqlalchemy import insert, select

from liaison_app.domain.enums import (
    FormOfAddress,
    Gender,
    LevelOfRepresentation,
    OrganizationType,
)
from liaison_app.domain.models import Contact, MemberState, Organization
from liaison_app.services.exports import contacts_sheet, export_workbook
from liaison_app.services.setup import prepare_database
from liaison_app.spreadsheets.workbook_writer import SheetSpec, write_workbook
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database

GIVEN = ["José", "María", "Ahmed", "Fatima", "Olga", "Ivan", "Wei", "Jean", "Amélie", "Kwame",
         "Aïcha", "Nguyễn", "محمد", "فاطمة", "Алексей", "Наталья", "伟", "芳"]  # fmt: skip
FAMILY = ["Pérez", "García", "Haddad", "Okafor", "Ivanova", "Wang", "Dubois", "Müller",
          "Traoré", "Trần", "الحسن", "Петров", "王", "李"]  # fmt: skip
POSITIONS = ["Minister of Communications", "Ambassador, Permanent Representative",
             "Director-General", "Ministre du Numérique", "Embajadora", "وزير الاتصالات",
             "Министр цифрового развития", "部长"]  # fmt: skip


def build(path: Path, count: int) -> None:
    """`count` contacts with most fields filled, inserted in bulk (Core inserts of 10,000)."""
    database = open_database(resolve_database_url(str(path))).database
    prepare_database(database)
    rng = random.Random(6)
    stamp = datetime(2022, 3, 14, 9, 0, tzinfo=UTC)
    with database.writing() as session:
        states = session.execute(select(MemberState.id, MemberState.short_name_en)).all()
        orgs = [
            {
                "id": uuid.uuid4(),
                "name": f"Ministry {n} of {states[n % len(states)].short_name_en}",
                "type": rng.choice(list(OrganizationType)),
                "member_state_id": states[n % len(states)].id,
            }
            for n in range(2000)
        ]
        session.execute(insert(Organization), orgs)
        rows = []
        for n in range(count):
            org = orgs[n % len(orgs)]
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "form_of_address": rng.choice(list(FormOfAddress)),
                    "gender": rng.choice(list(Gender)),
                    "full_name": f"{given} {family} {n}",
                    "full_name_latin": f"Person {n}",
                    "given_name": given,
                    "family_name": family,
                    "position": rng.choice(POSITIONS),
                    "level": rng.choice([*LevelOfRepresentation, None]),
                    "organization_id": org["id"],
                    "member_state_id": org["member_state_id"],
                    "email": f"person{n}@mail{n % 97}.example",
                    "email_alt": f"p{n}@alt.example" if n % 4 == 0 else None,
                    "phone": f"+4122{n:07d}",
                    "phone_mobile": f"+4179{n:07d}" if n % 2 else None,
                    "postal_address": f"Place des Nations {n % 50}\n1211 Genève 20",
                    "preferred_language": rng.choice([None, "fr", "es", "ar", "en", "ru", "zh"]),
                    "notes": "Met at WSIS 2021; prefers e-mail." if n % 5 == 0 else None,
                    "search_text": f"{given} {family} {n}".casefold(),
                    "created_at": stamp + timedelta(minutes=n),
                    "updated_at": stamp + timedelta(minutes=n, seconds=30),
                }
            )
            if len(rows) == 10_000:
                session.execute(insert(Contact), rows)
                rows.clear()
        if rows:
            session.execute(insert(Contact), rows)
    database.dispose()


def median_time(fn, repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds. On a shared machine the wall clock measures the
    neighbours too; the process's CPU time is the fair comparison."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def plain(value: object) -> object:
    # openpyxl refuses time zones; the bare run gets the local times the engine would show.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="reuse or keep the database at this path")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    path = args.keep or folder / "bench.sqlite3"
    if not path.exists():
        start = time.perf_counter()
        build(path, args.contacts)
        print(f"built {args.contacts:,} contacts in {time.perf_counter() - start:.1f} s")
    database = open_database(resolve_database_url(str(path))).database

    wall, cpu = time.perf_counter(), time.process_time()
    with database.reading() as session:
        spec = contacts_sheet(session, "en")
    rows = list(spec.rows)
    print(
        f"query and sort: cpu {time.process_time() - cpu:.2f} s, "
        f"wall {time.perf_counter() - wall:.2f} s for {len(rows):,} rows"
    )
    headers = [c.header for c in spec.columns]
    bare_rows = [[plain(v) for v in row] for row in rows]
    cells = sum(v is not None for row in rows for v in row)
    print(f"{len(headers)} columns, {cells:,} filled cells; openpyxl {openpyxl.__version__}, "
          f"lxml {'yes' if openpyxl.LXML else 'no'}")  # fmt: skip

    def bare() -> None:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Contacts")
        sheet.append(headers)
        for row in bare_rows:
            sheet.append(row)
        workbook.save(folder / "bare.xlsx")

    def engine() -> None:
        sheet = SheetSpec(spec.name, spec.columns, rows, row_count=len(rows))
        write_workbook(folder / "engine.xlsx", [sheet], title="Contacts", language="en")

    def full_export() -> None:
        export_workbook(database, "contacts", folder / "export.xlsx", language="en")

    bare_wall, bare_cpu = median_time(bare, args.repeat)
    print(f"bare openpyxl write-only: cpu {bare_cpu:6.2f} s   wall {bare_wall:6.2f} s")
    for name, fn in (("engine (write_workbook)", engine), ("export (query + engine)", full_export)):
        wall, cpu = median_time(fn, args.repeat)
        print(
            f"{name}: cpu {cpu:6.2f} s   wall {wall:6.2f} s   "
            f"ratio cpu {cpu / bare_cpu:.2f}x, wall {wall / bare_wall:.2f}x"
        )
    print("goal: engine <= 1.5x the bare cost")
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
