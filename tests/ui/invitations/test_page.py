"""The Invitations & replies page: the register filtered and sorted in the model, the dashboard's
filters applied, invitations created without duplicates, bulk status changes, the non-repliers
selected for reminders, the circulars register."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from liaison_app.domain.enums import InvitationStatus, ReplyDecision
from liaison_app.services import deadlines as deadline_service
from liaison_app.services.invitations import InvitationFilter
from tests.ui.invitations.conftest import AFTER_DEADLINE, row_of


def shown(page) -> list[str]:
    return [page.model.row_at(n).iso3 for n in range(page.model.rowCount())]


def test_the_model_is_a_sound_qt_model(page, qtmodeltester):
    qtmodeltester.check(page.model)


def test_the_register_lists_the_demo_with_deadlines_passed(page):
    assert page.model.rowCount() == 60
    assert page.count_label.text() == "Showing 60 of 60 invitations"
    # A week after the deadline, everyone still waiting is without reply.
    statuses = {page.model.row_at(n).status for n in range(60)}
    assert InvitationStatus.SENT not in statuses
    assert InvitationStatus.ACKNOWLEDGED not in statuses
    usa = page.model.row_of(row_of(page, "USA").id)
    assert page.model.index(usa, page.model.DEADLINE).data() == "7 days overdue"


def test_filters_and_search_narrow_the_table(page):
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    assert sorted(shown(page)) == ["BGD", "FIN", "MYS"]
    page.status_filter.setCurrentIndex(0)
    page.region_filter.setCurrentIndex(page.region_filter.findData("oceania"))
    assert sorted(shown(page)) == ["AUS", "NZL"]
    page.region_filter.setCurrentIndex(0)
    page.search.setText("الأردن")  # Jordan, typed in Arabic in the English interface
    assert shown(page) == ["JOR"]


def test_sorting_happens_in_the_model(page):
    page.table.sortByColumn(page.model.STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [page.model.row_at(n).status for n in range(page.model.rowCount())]
    order = list(InvitationStatus)
    assert statuses == sorted(statuses, key=order.index)
    page.table.sortByColumn(page.model.RECEIVED, Qt.SortOrder.AscendingOrder)
    received = [page.model.row_at(n).received_on for n in range(35)]
    assert received == sorted(received)


def test_a_dashboard_filter_lists_exactly_its_rows_and_can_be_cleared(page):
    page.show_filter(InvitationFilter(decisions=frozenset({ReplyDecision.DECLINED}), replied=True))
    assert sorted(shown(page)) == ["ARG", "DEU", "GRC", "JPN", "NLD", "PRT"]
    assert page.extra_bar.isVisibleTo(page)
    assert "decision: Declines" in page.extra_label.text()
    page.show_filter(InvitationFilter(statuses=frozenset({InvitationStatus.DRAFT})))
    assert page.status_filter.currentData() == "draft"  # shown in the bar, not as extra
    assert not page.extra_bar.isVisibleTo(page)
    page.show_filter(InvitationFilter(received_on=date(2022, 4, 14)))
    assert {page.model.row_at(n).received_on for n in range(page.model.rowCount())} == {
        date(2022, 4, 14)
    }
    page.clear_extra_button.click()
    assert page.model.rowCount() == 60


def test_selecting_non_repliers_for_reminders(page, demo, qtbot):
    page.tabs.setCurrentIndex(page.DEADLINES)
    tab = page.deadlines_tab
    with demo.reading() as session:
        expected = deadline_service.reminder_selection(session, page.event_id, AFTER_DEADLINE)
    assert tab.shown_ids() == expected
    assert len(expected) == 22
    assert tab.summary.text() == "22 invitations await a reply — 22 overdue"
    countdown = tab.deadlines.topLevelItem(0)
    assert countdown.text(1) == "Replies to CL-22/009"
    assert countdown.text(2) == "7 days overdue"

    with qtbot.waitSignal(page.remindersRequested) as emitted:
        qtbot.mouseClick(tab.select_button, Qt.MouseButton.LeftButton)
    reference, ids = emitted.args
    assert reference == "WSIS-2022"
    assert ids == expected
    assert page.tabs.currentIndex() == page.INVITATIONS
    assert sorted(page.selected_ids()) == sorted(expected)
    assert page.model.rowCount() == 22  # the table shows just them
    assert "22 chosen invitations" in page.extra_label.text()
    assert {row.replied for row in page.selected_rows()} == {False}

    page.record_reminder()  # the pack went out today
    assert {row.reminders_sent >= 1 for row in page.selected_rows()} == {True}
    lebanon = row_of(page, "LBN")
    assert (lebanon.reminders_sent, lebanon.last_reminder_on) == (3, date(2022, 4, 22))


def test_inviting_a_hand_picked_selection_skips_those_already_invited(page, qtbot):
    dialog = page.invite()
    qtbot.addWidget(dialog)
    dialog.set_hand_picked(["NOR", "ISL", "FRA"])
    assert dialog.summary.text() == "2 new invitations — 1 already invited, left as they are"
    dialog.sent_on.setDate(QDate(2022, 4, 20))
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    dialog.accept()
    assert sorted(row.iso3 for row in page.selected_rows()) == ["ISL", "NOR"]
    assert page.model.total_count() == 62
    assert page.last_message == (
        "2 invitations recorded. 1 addressee had already been invited and was left as it was."
    )
    # Every Member State: only those not invited yet are new.
    again = page.invite()
    qtbot.addWidget(again)
    assert again.summary.text() == "131 new invitations — 62 already invited, left as they are"
    again.reject()


def test_bulk_status_change_reports_what_it_could_not_change(page, dialogs):
    dialogs.answer(QMessageBox, "warning")
    drafts = [row_of(page, code).id for code in ("BGD", "FIN")]
    page.select_invitations([*drafts, row_of(page, "FRA").id])
    dialog = page.change_status()
    dialog.status.setCurrentIndex(dialog.status.findData("sent"))
    dialog.on.setDate(QDate(2022, 4, 21))
    dialog.reason.setText("Sent with the reminder")
    dialog.accept()
    assert [row_of(page, code).status for code in ("BGD", "FIN", "FRA")] == [
        InvitationStatus.SENT,
        InvitationStatus.SENT,
        InvitationStatus.ACCEPTED,
    ]
    (warning,) = dialogs.texts("warning")
    assert warning.startswith("2 invitations changed.")
    assert "This invitation has a reply" in warning
    page.select_invitations([drafts[0]])
    assert "Status: Draft → Sent\n(Sent with the reminder)" in page.history.texts()


def test_the_history_shows_records_from_before_the_audit_trail(page):
    page.select_invitations([row_of(page, "BGD").id])
    assert page.history.texts() == [
        "Invitation recorded\n(From the record: it was written before the audit trail.)"
    ]


def test_the_circulars_register_suggests_the_next_reference(page, dialogs):
    dialogs.answer(QMessageBox, "warning")
    page.now = lambda: AFTER_DEADLINE
    page.tabs.setCurrentIndex(page.CIRCULARS)
    assert page.register.topLevelItem(0).text(0) == "CL-22/009"
    assert page.register.topLevelItem(0).text(4) == "60"
    assert page.next_reference_label.text() == "Next reference: CL-22/010"
    dialog = page.new_circular()
    assert dialog.reference.text() == "CL-22/010"
    dialog.issued_on.setDate(QDate(2023, 1, 9))
    assert dialog.reference.text() == "CL-23/001"  # follows the year of the date
    dialog.issued_on.setDate(QDate(2022, 5, 2))
    dialog.subjects["en"].setText("Reminder")
    dialog.deadline.setDate(QDate(2022, 4, 30))
    dialog.save()
    (warning,) = dialogs.texts("warning")
    assert warning == "The reply deadline, 2022-04-30, is before the circular's date, 2022-05-02."
    assert dialog.isVisible()
    dialog.deadline.setDate(QDate(2022, 5, 20))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [page.register.topLevelItem(i).text(0) for i in range(2)] == ["CL-22/010", "CL-22/009"]


def test_deleted_invitations_come_back_with_undo(page, dialogs, qtbot):
    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.Yes)
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    assert sorted(shown(page)) == ["BGD", "FIN", "MYS"]  # drafts: no reply, deletable
    drafts = [row_of(page, iso3).id for iso3 in ("BGD", "FIN")]
    page.select_invitations(drafts)
    page.delete_selected()
    assert sorted(shown(page)) == ["MYS"]
    assert page.undo_bar.isVisible()
    assert page.undo_bar.message.text() == "2 invitations deleted."
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(shown(page)) == ["BGD", "FIN", "MYS"]
    assert sorted(page.selected_ids()) == sorted(drafts)  # back, and still chosen
    assert not page.undo_bar.isVisible()


def test_a_deleted_circular_comes_back_with_undo(page, dialogs):
    page.tabs.setCurrentIndex(page.CIRCULARS)
    dialog = page.new_circular()
    dialog.issued_on.setDate(QDate(2022, 5, 2))
    dialog.subjects["en"].setText("Reminder")
    dialog.deadline.setDate(QDate(2022, 5, 20))
    dialog.save()
    page.register.setCurrentItem(page.register.topLevelItem(0))
    assert page.current_circular_id() is not None
    page.delete_circular()
    assert page.register.topLevelItemCount() == 1
    assert page.undo_bar.message.text() == "Circular CL-22/010 deleted."
    page.undo_bar.undo_button.click()
    assert [page.register.topLevelItem(i).text(0) for i in range(2)] == ["CL-22/010", "CL-22/009"]


def test_the_window_shows_this_page_for_its_section(main_window):
    from liaison_app.ui.dashboard.page import DashboardPage
    from liaison_app.ui.invitations.page import InvitationsPage
    from liaison_app.ui.sections import SectionKey

    main_window.show_section(SectionKey.INVITATIONS)
    assert isinstance(main_window.page(SectionKey.INVITATIONS), InvitationsPage)
    assert isinstance(main_window.page(SectionKey.DASHBOARD), DashboardPage)
    page = main_window.page(SectionKey.INVITATIONS)
    assert page.no_event_label.isVisibleTo(page)  # an empty database: says what to do
    assert not page.tabs.isEnabled()
