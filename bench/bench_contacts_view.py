"""Contacts view on 100,000 contacts: time to open (count, first page, first paint), per keystroke.

Run by hand:  python bench/bench_contacts_view.py [--contacts 100000] [--keep DB]
Goals (issue 3): the view opens in under 1 s; each search keystroke answers in under 100 ms.
The "bare" figures are the same SQL typed by hand on sqlite3, for the ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Run from a checkout without installing the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select

from liaison_app.domain.enums import (
    FormOfAddress,
    Gender,
    LevelOfRepresentation,
    OrganizationType,
)
from liaison_app.domain.models import Contact, MemberState, Organization
from liaison_app.domain.text_folding import contact_search_text
from liaison_app.services.setup import prepare_database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database

GIVEN = [
    "José",
    "María",
    "Ahmed",
    "Fatima",
    "Olga",
    "Ivan",
    "Wei",
    "Li",
    "Jean",
    "Amélie",
    "Kwame",
    "Aïcha",
    "Nguyễn",
    "Søren",
    "Łukasz",
    "محمد",
    "فاطمة",
    "Алексей",
    "Наталья",
    "伟",
    "芳",
]
FAMILY = [
    "Pérez",
    "García",
    "Haddad",
    "Okafor",
    "Ivanova",
    "Smirnov",
    "Wang",
    "Zhang",
    "Dubois",
    "Müller",
    "Mensah",
    "Traoré",
    "Trần",
    "Kowalski",
    "Nielsen",
    "مُحَمَّد",
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
    "Counsellor",
    "Ministre du Numérique",
    "Embajadora",
    "وزير الاتصالات",
    "Министр цифрового развития",
    "部长",
]


def build(path: Path, count: int) -> None:
    opened = open_database(resolve_database_url(str(path)))
    database = opened.database
    prepare_database(database)
    rng = random.Random(3)
    with database.writing() as session:
        states = session.execute(
            select(MemberState.id, MemberState.short_name_en, MemberState.short_name_fr)
        ).all()
        orgs = []
        for number in range(2000):
            state = states[number % len(states)]
            orgs.append(
                {
                    "id": uuid.uuid4(),
                    "name": f"Ministry {number} of {state.short_name_en}",
                    "type": rng.choice(list(OrganizationType)),
                    "member_state_id": state.id,
                }
            )
        session.execute(insert(Organization), orgs)
        rows = []
        for number in range(count):
            org = orgs[number % len(orgs)]
            state = next(s for s in states if s.id == org["member_state_id"])
            full = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {number}"
            email = f"person{number}@mail{number % 97}.example"
            phone = f"+4122{number:07d}"
            position = rng.choice(POSITIONS)
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "full_name": full,
                    "form_of_address": rng.choice(list(FormOfAddress)),
                    "gender": rng.choice(list(Gender)),
                    "position": position,
                    "level": rng.choice([*LevelOfRepresentation, None]),
                    "organization_id": org["id"],
                    "member_state_id": state.id,
                    "email": email,
                    "phone": phone,
                    "preferred_language": rng.choice([None, "fr", "es", "ar", "en", "ru", "zh"]),
                    "search_text": contact_search_text(
                        full_name=full,
                        position=position,
                        organization=org["name"],
                        member_state_names=(state.short_name_en, state.short_name_fr),
                        emails=(email,),
                        phones=(phone,),
                    ),
                }
            )
            if len(rows) == 10_000:
                session.execute(insert(Contact), rows)
                rows.clear()
        if rows:
            session.execute(insert(Contact), rows)
    database.dispose()


def timed(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_sqlite(path: Path, search: str) -> float:
    """The same work on plain sqlite3: count, then the first 200 rows sorted by name."""
    connection = sqlite3.connect(path)
    pattern = f"%{search}%"

    def run() -> None:
        connection.execute(
            "SELECT count(*) FROM contacts WHERE search_text LIKE ?", (pattern,)
        ).fetchone()
        connection.execute(
            "SELECT c.*, o.name, s.short_name_en FROM contacts c "
            "LEFT JOIN organizations o ON c.organization_id = o.id "
            "LEFT JOIN member_states s ON c.member_state_id = s.id "
            "WHERE c.search_text LIKE ? ORDER BY lower(c.full_name) LIMIT 200",
            (pattern,),
        ).fetchall()

    result = timed(run)
    connection.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse or keep the database at this path")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-contacts-"))
    path = args.keep or folder / "bench.sqlite3"
    if not path.exists():
        start = time.perf_counter()
        build(path, args.contacts)
        print(f"built {args.contacts:,} contacts in {time.perf_counter() - start:.1f} s")

    from PySide6.QtWidgets import QApplication

    from liaison_app.services.contacts import ContactFilters
    from liaison_app.ui.contacts.contacts_page import ContactsPage
    from liaison_app.ui.context import AppContext
    from liaison_app.ui.fonts import load_bundled_fonts
    from liaison_app.ui.task_runner import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv)
    load_bundled_fonts()
    database = open_database(resolve_database_url(str(path))).database
    context = AppContext(database, TaskRunner())

    start = time.perf_counter()
    page = ContactsPage(context)
    page.resize(1400, 800)
    page.show()
    app.processEvents()
    page.grab()  # forces the first paint of every visible cell
    open_s = time.perf_counter() - start
    model = page.model
    print(f"open (build page, count, first page, first paint): {open_s * 1000:.0f} ms")

    keystrokes = []
    for text in ("p", "pe", "per", "pere", "perez", "perez 4", "perez 42"):
        start = time.perf_counter()
        model.set_query(search=text)
        page.view.viewport().grab()
        keystrokes.append((text, time.perf_counter() - start, model.rowCount()))
    for text, seconds, rows in keystrokes:
        print(f"  search {text!r:>11}: {seconds * 1000:5.0f} ms  ({rows:,} rows)")
    worst = max(seconds for _, seconds, _ in keystrokes)
    bare = bare_sqlite(path, "pe")
    print(
        f"worst keystroke {worst * 1000:.0f} ms; bare sqlite3 for 'pe' {bare * 1000:.0f} ms "
        f"(ratio {worst / bare:.1f}x)"
    )

    model.set_query(search="")
    with database.reading() as session:
        some_state = session.scalar(select(MemberState.id).where(MemberState.iso_alpha3 == "FRA"))
    cases = {
        "filter member state": ContactFilters(member_state_ids=frozenset({some_state})),
        "filter level minister": ContactFilters(levels=frozenset({LevelOfRepresentation.MINISTER})),
        "filter language fr": ContactFilters(languages=frozenset({"fr"})),
        "filter type ministry": ContactFilters(
            organization_types=frozenset({OrganizationType.MINISTRY})
        ),
    }
    for name, filters in cases.items():
        seconds = timed(lambda f=filters: (model.set_query(filters=f), page.view.viewport().grab()))
        print(f"  {name:<24} {seconds * 1000:5.0f} ms  ({model.rowCount():,} rows)")
    model.set_query(filters=ContactFilters())
    for column, name in ((6, "member state"), (4, "level"), (0, "name")):
        from PySide6.QtCore import Qt

        seconds = (
            timed(
                lambda c=column: (
                    page.view.sortByColumn(c, Qt.SortOrder.DescendingOrder),
                    page.view.viewport().grab(),
                    page.view.sortByColumn(c, Qt.SortOrder.AscendingOrder),
                    page.view.viewport().grab(),
                )
            )
            / 2
        )
        print(f"  sort by {name:<16} {seconds * 1000:5.0f} ms")
    start = time.perf_counter()
    page.view.scrollToBottom()
    page.view.viewport().grab()
    print(f"  scroll to the last row   {(time.perf_counter() - start) * 1000:5.0f} ms")
    context.tasks.shutdown()
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
