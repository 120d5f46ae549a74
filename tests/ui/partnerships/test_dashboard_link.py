"""The dashboard's partnership figures open the Partnerships table on the inquiries they count,
in a real main window on the demo database."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from liaison_app.domain.enums import PartnershipStage
from liaison_app.domain.models import PartnershipInquiry
from liaison_app.services.dashboard import PARTNERSHIPS
from liaison_app.storage.database import Database
from liaison_app.ui.sections import SectionKey
from tests.ui import window_on_demo

P = PartnershipStage
demo_template = window_on_demo.demo_template
demo = window_on_demo.demo
window = window_on_demo.window


def inquiries_in(demo: Database, stages) -> set[uuid.UUID]:
    with demo.reading() as session:
        return set(
            session.scalars(
                select(PartnershipInquiry.id).where(PartnershipInquiry.stage.in_(set(stages)))
            )
        )


def shown_ids(page) -> set[uuid.UUID]:
    return {page.model.row_at(row).id for row in range(page.model.rowCount())}


def test_the_committed_tile_lists_the_committed_signed_and_paid(window, demo):
    dashboard = window.page(SectionKey.DASHBOARD)
    figures = dashboard.data.partnerships
    expected = inquiries_in(demo, {P.COMMITTED, P.AGREEMENT_SIGNED, P.PAID})
    assert len(expected) == figures.committed_count == 3
    dashboard.tiles["partnerships"].click()

    assert window.current_section() == SectionKey.PARTNERSHIPS
    page = window.page(SectionKey.PARTNERSHIPS)
    assert page.tabs.currentIndex() == page.TABLE
    assert page.table.isVisible()
    assert shown_ids(page) == expected
    assert page.stage_filter.currentText() == "Committed, signed or paid"
    assert page.count_label.text().startswith("3 of 9")


def test_the_open_figure_lists_the_prospects(window, demo):
    dashboard = window.page(SectionKey.DASHBOARD)
    link = dashboard.data.partnerships.open_link
    assert link.section == PARTNERSHIPS
    page = window.page(SectionKey.PARTNERSHIPS)
    page.overdue_filter.setChecked(True)  # left over from before: must not hide rows
    dashboard.listRequested.emit(link.section, link.filter)
    expected = inquiries_in(demo, {P.INQUIRY, P.INFORMATION_SENT, P.NEGOTIATION})
    assert len(expected) == dashboard.data.partnerships.open_count
    assert shown_ids(page) == expected
    assert not page.overdue_filter.isChecked()
    # "All stages" leaves the filter: every inquiry again.
    page.stage_filter.setCurrentIndex(0)
    assert shown_ids(page) == inquiries_in(demo, P)


@pytest.mark.parametrize(
    ("stages", "text"),
    [
        ([P.PAID.value], "Paid"),
        ([P.DECLINED.value, P.WITHDRAWN.value], "Declined, Withdrawn"),
        ([], "All stages"),
    ],
)
def test_any_stages(window, demo, stages, text):
    window.page(SectionKey.DASHBOARD).listRequested.emit(PARTNERSHIPS, {"stages": stages})
    page = window.page(SectionKey.PARTNERSHIPS)
    assert shown_ids(page) == inquiries_in(demo, stages or P)
    assert page.stage_filter.currentText() == text
    page.refresh()  # reloading keeps the choice
    assert shown_ids(page) == inquiries_in(demo, stages or P)


@pytest.mark.parametrize(
    "other", [None, {"statuses": ["paid"]}, {"stages": ["no such stage"]}, {"stages": "paid"}]
)
def test_filters_of_other_shapes_are_ignored(window, other):
    window.show_section(SectionKey.PARTNERSHIPS)
    page = window.page(SectionKey.PARTNERSHIPS)
    before = (page.tabs.currentIndex(), page.stage_filter.currentIndex(), shown_ids(page))
    page.show_filter(other)
    assert (page.tabs.currentIndex(), page.stage_filter.currentIndex(), shown_ids(page)) == before
