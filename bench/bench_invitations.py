"""Invitations at scale: inviting all 193 Member States, loading the register and the dashboard.

Run by hand:  python bench/bench_invitations.py [--circulars 10]
Each circular invites the 193 Member States; a third of them reply. Figures are medians of 3.
The "bare" figure is the register's join typed by hand on sqlite3, for the ratio.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

from liaison_app.domain.enums import IncomingChannel, OutgoingChannel, ReplyDecision
from liaison_app.domain.models import Event, Invitation, MemberState
from liaison_app.services import dashboard, invitations
from liaison_app.services.circulars import CircularDraft, save_circular
from liaison_app.services.replies import DelegateDraft, ReplyDraft, log_reply
from liaison_app.services.setup import prepare_database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database

TODAY = date(2022, 4, 22)
NOW = datetime(2022, 4, 22, 8, tzinfo=UTC)


def timed(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--circulars", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-invitations-"))
    path = folder / "bench.sqlite3"
    database = open_database(resolve_database_url(str(path))).database
    prepare_database(database)
    with database.writing() as session:
        event = Event(
            reference="BENCH",
            titles={"en": "Bench"},
            starts_on=date(2022, 5, 30),
            ends_on=date(2022, 6, 3),
            reply_deadline=date(2022, 4, 15),
        )
        session.add(event)
        session.flush()
        event_id = event.id
        states = list(session.scalars(select(MemberState.id)))
    random.seed(4)
    invite_times = []
    for number in range(1, args.circulars + 1):
        with database.writing() as session:
            circular = save_circular(
                session,
                CircularDraft(
                    issued_on=date(2022, 3, 1),
                    subjects={"en": f"Circular {number}"},
                    reply_deadline=date(2022, 4, 15),
                    event_id=event_id,
                ),
                today=TODAY,
            )
            circular_id = circular.id
        started = time.perf_counter()
        with database.writing() as session:
            report = invitations.create_invitations(
                session,
                event_id=event_id,
                circular_id=circular_id,
                member_state_ids=states,
                channel=OutgoingChannel.EMAIL,
                sent_on=date(2022, 3, 2),
                today=TODAY,
            )
        invite_times.append(time.perf_counter() - started)
        with database.writing() as session:
            for invitation_id in random.sample(report.created, len(report.created) // 3):
                log_reply(
                    session,
                    invitation_id,
                    ReplyDraft(
                        received_on=date(2022, 4, random.randint(1, 20)),
                        channel=IncomingChannel.LETTER,
                        decision=random.choice(list(ReplyDecision)),
                        delegation=[DelegateDraft("Head"), DelegateDraft("Member")],
                    ),
                    today=TODAY,
                )
    with database.reading() as session:
        count = len(session.scalars(select(Invitation.id)).all())
    print(f"{count:,} invitations, {args.circulars} circulars; database {path}")
    print(
        f"invite 193 Member States (one transaction, audited): "
        f"{statistics.median(invite_times):.3f} s"
    )

    def rows() -> None:
        with database.reading() as session:
            invitations.invitation_rows(session, event_id, "en")

    def pending() -> None:
        with database.reading() as session:
            invitations.deadline_statuses_pending(session, today=TODAY)

    def board() -> None:
        with database.reading() as session:
            dashboard.load_dashboard(session, event_id, NOW, "en")

    bare_sql = """
        SELECT i.id, i.status, i.sent_on, i.channel, m.short_name_en, m.region, c.reference,
               r.received_on, r.decision, r.level,
               (SELECT count(*) FROM delegation_members d WHERE d.reply_id = r.id)
        FROM invitations i
        JOIN member_states m ON m.id = i.member_state_id
        LEFT JOIN circulars c ON c.id = i.circular_id
        LEFT JOIN replies r ON r.invitation_id = i.id
        WHERE i.event_id = ?
    """
    raw = sqlite3.connect(path)
    event_key = raw.execute("SELECT id FROM events").fetchone()[0]

    def bare() -> None:
        raw.execute(bare_sql, (event_key,)).fetchall()

    base = timed(bare)
    for name, function in (
        ("register rows", rows),
        ("deadline check", pending),
        ("dashboard", board),
    ):
        seconds = timed(function)
        print(f"{name:15} {seconds:.3f} s   ({seconds / base:.0f}× the bare join, {base:.4f} s)")


if __name__ == "__main__":
    main()
