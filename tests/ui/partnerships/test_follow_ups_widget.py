"""The follow-ups widget (also for the dashboard): overdue in red, due today, upcoming, undated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from liaison_app.domain.enums import PartnershipStage as S
from liaison_app.domain.models import PartnershipInquiry
from liaison_app.services import partnerships as p
from liaison_app.ui.partnerships.follow_ups_widget import FollowUpsWidget
from tests.ui.partnerships.conftest import TODAY, plural


def make_widget(qtbot, context, *, event_id=None, today=TODAY) -> FollowUpsWidget:
    widget = FollowUpsWidget(context, event_id=event_id)
    qtbot.addWidget(widget)
    widget.today = lambda: today
    widget.show()
    widget.refresh()
    return widget


def test_the_lists_on_14_april(qtbot, context, forum):
    widget = make_widget(qtbot, context, event_id=forum.event_id)
    assert widget.organizations("overdue") == ["Global Connectivity Fund", "Geneva Telecom SA"]
    assert widget.organizations("due_today") == [
        "Ministry of Communications and Information Technology",
        "جمعية الإنترنت",
    ]
    assert widget.organizations("upcoming") == ["Université de Genève"]  # within 14 days
    assert widget.organizations("unscheduled") == ["数字丝路研究院"]
    assert widget.groups["overdue"].text(0) == "Overdue (2)"
    overdue = widget.groups["overdue"].child(0)
    assert overdue.foreground(widget.DUE).color().name() == "#b3261e"
    assert plural(13, "day", "days").search(overdue.toolTip(widget.DUE))
    assert widget.tree.isColumnHidden(widget.EVENT)


def test_the_next_day_today_s_follow_ups_are_overdue_by_one_day(qtbot, context, forum):
    widget = make_widget(qtbot, context, event_id=forum.event_id, today=date(2022, 4, 15))
    assert widget.organizations("overdue")[-2:] == [
        "Ministry of Communications and Information Technology",
        "جمعية الإنترنت",
    ]
    assert plural(1, "day", "days").search(widget.groups["overdue"].child(2).toolTip(widget.DUE))
    assert widget.organizations("due_today") == []


def test_a_closed_inquiry_leaves_the_lists(qtbot, context, forum):
    with context.database.writing() as session:
        p.move_stage(session, session.get(PartnershipInquiry, forum.inquiries["Telecom"]),
                     S.WITHDRAWN, on=TODAY)  # fmt: skip
    widget = make_widget(qtbot, context, event_id=forum.event_id)
    assert widget.organizations("overdue") == ["Global Connectivity Fund"]


def test_for_the_dashboard_it_covers_every_event_and_names_it(qtbot, context, forum):
    widget = make_widget(qtbot, context)  # no event: every event
    assert not widget.tree.isColumnHidden(widget.EVENT)
    assert widget.groups["overdue"].child(0).text(widget.EVENT) == "WSIS Forum 2022"


def test_activating_an_inquiry_says_which(qtbot, context, forum):
    widget = make_widget(qtbot, context, event_id=forum.event_id)
    item = widget.groups["due_today"].child(0)
    widget.tree.setCurrentItem(item)
    with qtbot.waitSignal(widget.inquiryActivated) as signal:
        qtbot.keyClick(widget.tree, Qt.Key.Key_Return)
    assert signal.args == [forum.inquiries["Ministry"]]


def test_it_reloads_when_the_database_changes(qtbot, context, forum):
    widget = make_widget(qtbot, context, event_id=forum.event_id)
    with context.database.writing() as session:
        inquiry = session.get(PartnershipInquiry, forum.inquiries["数字丝路研究院"])
        p.update_inquiry(session, inquiry, {"next_follow_up_on": TODAY})
    context.databaseChanged.emit()
    assert "数字丝路研究院" in widget.organizations("due_today")


def test_a_hidden_list_waits_until_it_is_shown(qtbot, context, forum):
    widget = FollowUpsWidget(context, event_id=forum.event_id)
    qtbot.addWidget(widget)
    widget.today = lambda: TODAY
    assert widget.organizations("overdue") == []  # nothing read while nobody looks
    widget.show()
    assert widget.organizations("overdue") == ["Global Connectivity Fund", "Geneva Telecom SA"]
