"""Partnerships section on a large pipeline: service calls and the page's full reload.

Run by hand:  python bench/bench_partnerships.py [--inquiries 500]
A real event has tens of inquiries; 500 is a generous ceiling. The "bare" figure is the inquiries
of the event read with sqlite3 alone, for the ratio of the service that builds the rows.
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
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Run from a checkout without installing the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from liaison_app.domain.enums import InquirySource
from liaison_app.domain.models import Event, PartnershipInquiry, PartnershipPackage
from liaison_app.domain.partnership_rules import ALL_STAGES
from liaison_app.services import partnerships
from liaison_app.services.setup import prepare_database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database

TODAY = date(2022, 4, 14)


def median_seconds(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build(path: Path, count: int):
    database = open_database(resolve_database_url(str(path))).database
    prepare_database(database)
    rng = random.Random(8)
    with database.writing() as session:
        event = Event(reference="BENCH", starts_on=TODAY, ends_on=TODAY)
        session.add(event)
        session.flush()
        packages = []
        for n in range(5):
            package = PartnershipPackage(
                event_id=event.id,
                code=f"P{n}",
                names={"en": f"Package {n}"},
                tier=n + 1,
                amount=Decimal(10000 * (5 - n)),
                currency="CHF",
            )
            session.add(package)
            packages.append(package)
        session.flush()
        for n in range(count):
            received = TODAY - timedelta(days=rng.randint(0, 90))
            session.add(
                PartnershipInquiry(
                    event_id=event.id,
                    organization_name=f"Organization {n}",
                    package_id=rng.choice(packages).id if rng.random() < 0.7 else None,
                    source=InquirySource.EMAIL,
                    received_on=received,
                    stage=rng.choice(ALL_STAGES),
                    stage_changed_on=received,
                    amount=Decimal(rng.randint(1, 200) * 1000) if rng.random() < 0.6 else None,
                    currency=rng.choice(["CHF", "USD", "EUR"]),
                    next_follow_up_on=TODAY + timedelta(days=rng.randint(-20, 30)),
                )
            )
    return database, event.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inquiries", type=int, default=500)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.sqlite3"
    database, event_id = build(path, args.inquiries)
    print(f"{args.inquiries} inquiries, median of 5 runs")

    def bare() -> None:
        connection = sqlite3.connect(path)
        connection.execute(
            "SELECT i.*, p.amount, p.currency FROM partnership_inquiries i "
            "LEFT JOIN partnership_packages p ON p.id = i.package_id WHERE i.event_id = ?",
            (event_id.hex,),
        ).fetchall()
        connection.close()

    def rows() -> None:
        with database.reading() as session:
            partnerships.inquiry_rows(session, event_id, "en")

    def totals() -> None:
        with database.reading() as session:
            partnerships.pipeline_totals(session, event_id)

    def follow_ups() -> None:
        with database.reading() as session:
            partnerships.follow_ups(session, event_id, TODAY)

    bare_s = median_seconds(bare)
    rows_s = median_seconds(rows)
    print(f"  bare sqlite3 read            {bare_s * 1000:8.1f} ms")
    print(f"  inquiry_rows                 {rows_s * 1000:8.1f} ms  ({rows_s / bare_s:.1f}x bare)")
    print(f"  pipeline_totals              {median_seconds(totals) * 1000:8.1f} ms")
    print(f"  follow_ups                   {median_seconds(follow_ups) * 1000:8.1f} ms")

    from PySide6.QtWidgets import QApplication

    from liaison_app.ui.context import AppContext
    from liaison_app.ui.partnerships.page import PartnershipsPage
    from liaison_app.ui.sections import SectionKey, section
    from liaison_app.ui.task_runner import TaskRunner

    app = QApplication([])
    page = PartnershipsPage(AppContext(database, TaskRunner()), section(SectionKey.PARTNERSHIPS))
    page.resize(1400, 800)
    page.show()
    app.processEvents()

    def reload() -> None:
        page._load_event()
        app.processEvents()

    def rebuild() -> None:
        page.board._built_for = None  # as after a change of day or language: every card anew
        reload()

    rebuild_s = median_seconds(rebuild)
    reload_s = median_seconds(reload)
    print(f"  page, every card built anew  {rebuild_s * 1000:8.1f} ms")
    print(f"  page reload after a change   {reload_s * 1000:8.1f} ms  (unchanged cards kept)")


if __name__ == "__main__":
    main()
