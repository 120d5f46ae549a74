"""The Partnerships page's "Export to Excel…" writes the event's pipeline and its totals, or the
inquiries the table shows after a dashboard figure narrowed it."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from liaison_app.domain.enums import PartnershipStage
from liaison_app.domain.models import PartnershipInquiry
from liaison_app.services.labels import label
from liaison_app.services.partnerships import organization_label, value_of
from liaison_app.storage.database import Database
from liaison_app.ui.sections import SectionKey
from tests.ui import window_on_demo
from tests.ui.window_on_demo import export_and_open, rows_of

P = PartnershipStage
demo_template = window_on_demo.demo_template
demo = window_on_demo.demo
window = window_on_demo.window
save_to = window_on_demo.save_to


def inquiries(demo: Database, stages) -> dict[str, tuple[str, Decimal | None, str | None]]:
    """Organization -> (stage label, value, currency) of the inquiries in `stages`."""
    with demo.reading() as session:
        found = {}
        for i in session.scalars(select(PartnershipInquiry)):
            if i.stage in stages:
                amount, currency = value_of(i)
                found[organization_label(i)] = (label(i.stage, "en"), amount, currency)
        return found


def sheet_inquiries(sheet) -> dict[str, tuple[str, Decimal | None, str | None]]:
    return {
        row["Organization"]: (
            row["Stage"],
            None if row["Amount"] is None else Decimal(str(row["Amount"])),
            row["Currency"],
        )
        for row in rows_of(sheet)
    }


def test_the_whole_pipeline_and_its_totals(qtbot, window, demo, save_to):
    window.show_section(SectionKey.PARTNERSHIPS)
    page = window.page(SectionKey.PARTNERSHIPS)
    page.tabs.setCurrentIndex(page.BOARD)
    assert page.export_action.text() == "Export to Excel…"
    pipeline, totals = export_and_open(qtbot, page.export_button, save_to)
    assert (pipeline.title, totals.title) == ("Partnership pipeline", "Totals by stage")
    expected = inquiries(demo, set(P))
    assert len(expected) == 9
    assert sheet_inquiries(pipeline) == expected
    assert sum(row["Number"] for row in rows_of(totals)) == 9


def test_after_the_committed_tile_the_committed_inquiries(qtbot, window, demo, save_to):
    window.page(SectionKey.DASHBOARD).tiles["partnerships"].click()
    page = window.page(SectionKey.PARTNERSHIPS)
    assert page.model.rowCount() == 3
    pipeline, totals = export_and_open(qtbot, page.export_button, save_to)
    expected = inquiries(demo, {P.COMMITTED, P.AGREEMENT_SIGNED, P.PAID})
    assert sheet_inquiries(pipeline) == expected
    # The totals are those of the three inquiries, one currency at a time.
    summed: dict[tuple[str, str], Decimal] = {}
    for stage, amount, currency in expected.values():
        if amount is not None:
            summed[stage, currency] = summed.get((stage, currency), Decimal(0)) + amount
    assert {
        (row["Stage"], row["Currency"]): Decimal(str(row["Total amount"]))
        for row in rows_of(totals)
        if row["Total amount"] is not None
    } == summed
    assert {row["Stage"] for row in rows_of(totals)} == {
        "Committed",
        "Agreement signed",
        "Paid",
    }
