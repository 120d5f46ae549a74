"""Speaking slots: "Allocate all" on large events, and the printed list of speakers.

Run by hand:  python bench/bench_speaking.py [--requests 1000] [--sessions 20]
Goal (issue 7): allocation of a whole event answers at once in the window (well under a second
for a few hundred requests), so it needs no progress dialog. The "bare" figure is sorting the
same requests by protocol key, the least any allocation must do; the ratio says what placing them
by preference with augmenting paths costs on top.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Run from a checkout without installing the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from liaison_app.domain.enums import (
    AttendanceMode,
    LevelOfRepresentation,
    SessionMode,
)
from liaison_app.domain.speaking_rules import (
    AllocationRules,
    RequestSlot,
    SessionSlots,
    allocate,
    priority_key,
)

T0 = datetime(2022, 3, 21, 9, 0, tzinfo=UTC)


def median_seconds(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def programme(n_requests: int, n_sessions: int, seed: int = 7):
    rng = random.Random(seed)
    sessions = [
        SessionSlots(
            id=f"s{i}",
            capacity=rng.randint(10, 30),
            mode=SessionMode.IN_PERSON_ONLY if i % 7 == 3 else SessionMode.HYBRID,
        )
        for i in range(n_sessions)
    ]
    ids = [s.id for s in sessions]
    requests = [
        RequestSlot(
            id=f"r{i}",
            delegation=f"d{i % 193}",
            level=rng.choice(list(LevelOfRepresentation)),
            mode=AttendanceMode.REMOTE if rng.random() < 0.3 else AttendanceMode.IN_PERSON,
            received_at=T0 + timedelta(minutes=rng.randint(0, 40_000)),
            preferences=tuple(rng.sample(ids, k=min(3, len(ids)))),
        )
        for i in range(n_requests)
    ]
    return sessions, requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--sessions", type=int, default=20)
    args = parser.parse_args()
    rules = AllocationRules(deadline=T0 + timedelta(days=25))
    print(f"{'requests':>9} {'sessions':>9} {'allocate':>10} {'bare sort':>10} {'ratio':>7}")
    for n in sorted({200, 500, args.requests}):
        sessions, requests = programme(n, args.sessions)
        # Without the one-speaker rule every request competes (193 delegations otherwise).
        open_rules = AllocationRules(one_speaker_per_delegation=False, deadline=rules.deadline)
        took = median_seconds(lambda s=sessions, r=requests, o=open_rules: allocate(o, s, r))
        bare = median_seconds(
            lambda r=requests, o=open_rules: sorted(r, key=lambda x: priority_key(x, o))
        )
        print(f"{n:>9} {args.sessions:>9} {took * 1000:>8.1f}ms {bare * 1000:>8.2f}ms "
              f"{took / bare:>7.0f}")  # fmt: skip

    from liaison_app.services import speaking
    from liaison_app.services.demo import create_demo_database
    from liaison_app.storage.location import resolve_database_url
    from liaison_app.storage.opening import open_database
    from tests.services.speaking_data import wsis_event_id

    with tempfile.TemporaryDirectory() as folder:
        url = resolve_database_url(str(Path(folder) / "demo.sqlite3"))
        create_demo_database(url)
        database = open_database(url).database
        event_id = wsis_event_id(database)

        def allocate_demo() -> None:
            with database.writing() as session:
                speaking.allocate(session, event_id)

        def print_list(language: str) -> bytes:
            with database.reading() as session:
                document = speaking.speakers_document(session, event_id, language)
            return speaking.render_pdf(document, speaking.PrintKind.SPEAKERS_LIST)

        print(
            "demo, allocate all and store (20 requests): "
            f"{median_seconds(allocate_demo) * 1000:.0f} ms"
        )
        for language in ("en", "ar", "zh"):
            took = median_seconds(lambda lang=language: print_list(lang))
            print(f"demo, list of speakers PDF ({language}): {took * 1000:.0f} ms")
        database.dispose()


if __name__ == "__main__":
    main()
