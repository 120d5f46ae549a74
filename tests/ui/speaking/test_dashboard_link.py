"""A figure of the dashboard's "requests to speak" opens the Speaking slots section on the
requests it counts, in a real main window on the demo database."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from liaison_app.domain.enums import SpeakingRequestStatus
from liaison_app.domain.models import SpeakingRequest
from liaison_app.services.dashboard import SPEAKING, ListLink
from liaison_app.storage.database import Database
from liaison_app.ui.sections import SectionKey
from liaison_app.ui.speaking.requests_model import ID_ROLE
from tests.ui import window_on_demo

S = SpeakingRequestStatus
demo_template = window_on_demo.demo_template
demo = window_on_demo.demo
window = window_on_demo.window


def requests_with(demo: Database, statuses: set[S]) -> set[uuid.UUID]:
    with demo.reading() as session:
        return set(
            session.scalars(select(SpeakingRequest.id).where(SpeakingRequest.status.in_(statuses)))
        )


def shown_ids(page) -> set[uuid.UUID]:
    model = page.table.model()
    return {model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())}


def speaking_link(window, status: S) -> ListLink:
    """The link of the dashboard's bar for `status`, as the dashboard computed it."""
    dashboard = window.page(SectionKey.DASHBOARD)
    assert dashboard.data is not None
    (figure,) = [f for f in dashboard.data.speaking if f.key == status.value]
    assert figure.link.section == SPEAKING
    return figure.link


@pytest.mark.parametrize("status", [S.SCHEDULED, S.CONFIRMED, S.WAITLISTED, S.WITHDRAWN])
def test_a_status_bar_opens_exactly_its_requests(window, demo, status):
    link = speaking_link(window, status)
    expected = requests_with(demo, {status})
    assert expected, f"the demo has {status} requests"
    window.page(SectionKey.DASHBOARD).listRequested.emit(link.section, link.filter)

    assert window.current_section() == SectionKey.SPEAKING
    page = window.page(SectionKey.SPEAKING)
    assert page.tabs.currentIndex() == page.REQUESTS
    assert page.table.isVisible()
    assert shown_ids(page) == expected
    assert page.status_filter.currentData() == status  # the filter bar says why


def test_several_statuses_and_then_all_again(window, demo):
    dashboard = window.page(SectionKey.DASHBOARD)
    page = window.page(SectionKey.SPEAKING)
    page.search_edit.setText("zzz")  # a search left over from before must not hide rows
    wanted = {S.SCHEDULED, S.CONFIRMED}
    dashboard.listRequested.emit(SPEAKING, {"statuses": [s.value for s in wanted]})
    assert shown_ids(page) == requests_with(demo, wanted)
    assert page.search_edit.text() == ""
    assert page.status_filter.currentText() == "Scheduled, Confirmed"

    # The tile "requests to speak" names no status: every request.
    dashboard.tiles["speaking"].click()
    assert shown_ids(page) == requests_with(demo, set(S))
    assert page.status_filter.currentIndex() == 0
    assert page.status_filter.findText("Scheduled, Confirmed") == -1


@pytest.mark.parametrize(
    "other",
    [None, {"stages": ["paid"]}, {"statuses": ["no such status"]}, {"statuses": "scheduled"}],
)
def test_filters_of_other_shapes_are_ignored(window, other):
    page = window.page(SectionKey.SPEAKING)
    before = (page.tabs.currentIndex(), page.status_filter.currentIndex(), shown_ids(page))
    page.show_filter(other)
    assert (page.tabs.currentIndex(), page.status_filter.currentIndex(), shown_ids(page)) == before
