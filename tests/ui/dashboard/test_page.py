"""The dashboard: the demo's figures in tiles and charts, each opening the list behind it in the
Invitations section; readable and mirrored in Arabic."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtCore import Qt

from liaison_app.domain.enums import InvitationStatus, Region
from liaison_app.services.dashboard import INVITATIONS, SPEAKING
from liaison_app.services.invitations import InvitationFilter
from tests.services import invitation_fixtures

AFTER_DEADLINE = datetime(2022, 4, 22, 8, 0, tzinfo=UTC)
BEFORE_DEADLINE = datetime(2022, 4, 14, 8, 0, tzinfo=UTC)

demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo


@pytest.fixture
def context(qapp, demo):
    from liaison_app.ui.context import AppContext
    from liaison_app.ui.task_runner import TaskRunner

    tasks = TaskRunner()
    yield AppContext(demo, tasks)
    tasks.shutdown()


def make_page(qtbot, context, now):
    from liaison_app.ui.dashboard.page import DashboardPage
    from liaison_app.ui.sections import SectionKey, section

    page = DashboardPage(context, section(SectionKey.DASHBOARD))
    qtbot.addWidget(page)
    page.now = lambda: now
    page.resize(1300, 900)
    page.refresh()
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def dashboard(qtbot, context, no_modal_dialogs):
    return make_page(qtbot, context, AFTER_DEADLINE)


def test_the_tiles_say_where_things_stand(dashboard):
    tiles = dashboard.tiles
    assert tiles["invitations"].value_label.text() == "60"
    assert tiles["replies"].value_label.text() == "35"
    assert tiles["replies"].caption.text() == "replies (58 % of invitations)"
    assert tiles["awaiting"].value_label.text() == "22"
    assert tiles["overdue"].value_label.text() == "22"  # a week after the deadline
    assert tiles["speaking"].value_label.text() == "20"


def test_before_the_deadline_nobody_is_overdue(qtbot, context, no_modal_dialogs):
    page = make_page(qtbot, context, BEFORE_DEADLINE)
    assert page.tiles["overdue"].value_label.text() == "0"
    deadline = page.deadlines.topLevelItem(0)
    assert (deadline.text(1), deadline.text(2)) == (
        "Replies to CL-22/009 — 22 waiting",
        "1 day left",
    )


def test_the_charts_show_the_figures_with_their_counts(dashboard):
    labels = dashboard.status_chart.category_labels()
    # Horizontal bars: Qt draws categories bottom to top, so the list is reversed.
    assert list(reversed(labels)) == [
        "Draft (3)",
        "Sent (0)",
        "Acknowledged (0)",
        "Accepted (24)",
        "Declined (6)",
        "Tentative (5)",
        "No reply (22)",
    ]
    assert [b.label for b in dashboard.decision_chart.bars] == ["Accepts", "Declines", "Tentative"]
    assert "Asia (13)" in dashboard.region_chart.category_labels()
    days = dashboard.days_chart
    assert days.days[-1].cumulative == 35
    assert days.deadline_series is not None
    assert days.deadline_series.name() == "Deadline 15 April 2022"
    money = dashboard.money
    assert [money.topLevelItem(i).text(0) for i in range(money.topLevelItemCount())] == [
        "CHF",
        "EUR",
        "USD",
    ]


def test_clicking_a_figure_opens_the_list_behind_it(dashboard, qtbot, context):
    from liaison_app.ui.invitations.page import InvitationsPage
    from liaison_app.ui.sections import SectionKey, section

    invitations = InvitationsPage(context, section(SectionKey.INVITATIONS))
    qtbot.addWidget(invitations)
    invitations.now = lambda: AFTER_DEADLINE
    invitations.refresh()
    # What the main window does (see the lead's note): route the section's filter.
    dashboard.listRequested.connect(
        lambda key, f: invitations.show_filter(f) if key == INVITATIONS else None
    )

    with qtbot.waitSignal(dashboard.listRequested) as emitted:
        dashboard.status_chart.click("Draft")
    assert emitted.args[0] == INVITATIONS
    assert emitted.args[1] == InvitationFilter(statuses=frozenset({InvitationStatus.DRAFT}))
    assert invitations.model.rowCount() == 3

    dashboard.region_chart.click("Asia")
    rows = [invitations.model.row_at(n) for n in range(invitations.model.rowCount())]
    assert len(rows) == 13
    assert {(r.region, r.replied) for r in rows} == {(Region.ASIA, True)}

    dashboard.level_chart.click("Not stated")
    assert invitations.model.rowCount() == 6

    dashboard.decision_chart.click("Declines")
    assert invitations.model.rowCount() == 6

    day = dashboard.days_chart.days[-1]
    dashboard.days_chart.click_day(day.day)
    assert invitations.model.rowCount() == day.count

    qtbot.mouseClick(dashboard.tiles["overdue"], Qt.MouseButton.LeftButton)
    assert invitations.model.rowCount() == 22

    with qtbot.waitSignal(dashboard.listRequested) as emitted:
        dashboard.speaking_chart.click("Waitlisted")
    assert emitted.args == [SPEAKING, {"statuses": ["waitlisted"]}]


def test_in_arabic_the_charts_read_from_the_right(dashboard, qtbot):
    from liaison_app.ui.language import apply_language

    english = dashboard.region_chart.category_labels()
    apply_language("ar")
    qtbot.waitUntil(lambda: dashboard.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    arabic = dashboard.region_chart.category_labels()
    assert arabic[-1] == "أفريقيا (8)"  # the first region stands on the right
    assert len(arabic) == len(english)
    chart = dashboard.region_chart.chart()
    values = next(a for a in chart.axes() if isinstance(a, QValueAxis))
    assert values.alignment() == Qt.AlignmentFlag.AlignRight
    level_axis = next(a for a in dashboard.level_chart.chart().axes() if isinstance(a, QValueAxis))
    assert level_axis.isReverse()  # bars grow from the right
    days = dashboard.days_chart
    dated = next(a for a in days.chart().axes() if type(a).__name__ == "QCategoryAxis")
    assert dated.isReverse()  # time flows leftwards, the line with it
    assert days.drawn[0].day > days.drawn[-1].day  # and so do the bars
    assert dashboard.decision_chart.bars[0].label == "قبول"
    categories = next(
        a for a in dashboard.status_chart.chart().axes() if isinstance(a, QBarCategoryAxis)
    )
    assert "مسودة (3)" in categories.categories()
