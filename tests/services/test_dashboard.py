"""The dashboard's figures: true to the demo, and each one lists exactly the rows it counts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from liaison_app.domain.enums import InvitationStatus
from liaison_app.services import dashboard as service
from liaison_app.services.invitations import InvitationFilter, filter_rows, invitation_rows
from tests.services import invitation_fixtures
from tests.services.invitation_fixtures import (
    DEADLINE,
    NOW,
    TODAY,
    Demo,
)

# The demo database, built once per module, copied fresh for each test.
demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo

S = InvitationStatus


@pytest.fixture
def data(demo):
    ids = Demo(demo)
    with demo.reading() as session:
        return service.load_dashboard(session, ids.event_id, NOW, "en"), invitation_rows(
            session, ids.event_id
        )


def test_the_figures_of_the_wsis_forum(data):
    dashboard, _ = data
    assert dashboard.invitations.count == 60
    assert service.status_counts(dashboard) == {
        S.DRAFT: 3,
        S.SENT: 5,
        S.ACKNOWLEDGED: 5,
        S.ACCEPTED: 24,
        S.DECLINED: 6,
        S.TENTATIVE: 5,
        S.NO_REPLY: 12,
    }
    assert dashboard.replies.count == 35
    assert {f.key: f.count for f in dashboard.by_decision} == {
        "accepted": 24,
        "declined": 6,
        "tentative": 5,
    }
    assert sum(f.count for f in dashboard.by_region) == 35
    assert sum(f.count for f in dashboard.by_level) == 35
    levels = [f.key for f in dashboard.by_level]
    assert levels[-1] is None  # "not stated" comes last, after protocol order
    assert levels.index("minister") < levels.index("ambassador")
    assert (dashboard.awaiting.count, dashboard.overdue.count) == (22, 22)
    assert dashboard.delegates > dashboard.delegates_in_person > 0
    assert dashboard.speaking_total == 20
    assert dashboard.reply_deadline == DEADLINE


def test_every_figure_lists_exactly_the_rows_it_counts(data):
    dashboard, rows = data
    figures = [
        dashboard.invitations,
        dashboard.replies,
        dashboard.awaiting,
        dashboard.overdue,
        *dashboard.by_status,
        *dashboard.by_decision,
        *dashboard.by_region,
        *dashboard.by_level,
    ]
    for figure in figures:
        assert figure.link.section == service.INVITATIONS
        assert isinstance(figure.link.filter, InvitationFilter)
        assert len(filter_rows(rows, figure.link.filter, TODAY)) == figure.count, figure
    for day in dashboard.per_day:
        assert len(filter_rows(rows, day.link.filter, TODAY)) == day.count


def test_replies_per_day_run_from_the_first_letter_to_the_last_reply(data):
    dashboard, _ = data
    days = dashboard.per_day
    assert days[0].day == date(2022, 3, 21)  # the circular went out
    assert days[-1].day == date(2022, 4, 20)  # the last reply, after the deadline
    assert [d.day for d in days] == sorted(d.day for d in days)
    assert len(days) == (days[-1].day - days[0].day).days + 1  # no day missing
    assert days[-1].cumulative == 35
    by_deadline = next(d for d in days if d.day == DEADLINE)
    assert 0 < by_deadline.cumulative < 35  # some replies came late


def test_speaking_and_partnership_totals_point_to_their_sections(data):
    dashboard, _ = data
    assert {f.link.section for f in dashboard.speaking} == {service.SPEAKING}
    scheduled = next(f for f in dashboard.speaking if f.key == "scheduled")
    assert scheduled.link.filter == {"statuses": ["scheduled"]}
    pipeline = dashboard.partnerships
    assert pipeline is not None
    # One line per currency, never added together.
    assert [t.currency for t in pipeline.totals] == ["CHF", "EUR", "USD"]
    chf = pipeline.totals[0]
    assert chf.committed == Decimal("60000.00")
    assert pipeline.committed_link.section == service.PARTNERSHIPS
    assert "paid" in pipeline.committed_link.filter["stages"]


def test_an_event_without_invitations_has_empty_figures(database):
    from liaison_app.domain.models import Event

    with database.writing() as session:
        event = Event(reference="EMPTY", titles={"en": "Empty"}, starts_on=TODAY, ends_on=TODAY)
        session.add(event)
        session.flush()
        event_id = event.id
    with database.reading() as session:
        dashboard = service.load_dashboard(session, event_id, NOW)
    assert dashboard.invitations.count == 0
    assert dashboard.per_day == []
    assert dashboard.by_region == dashboard.by_level == []
    assert all(f.count == 0 for f in dashboard.by_status)
