"""The dashboard's "Export event report…" writes the report of the event it shows."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import select

from liaison_app.domain.models import Event, Invitation
from liaison_app.services.labels import label
from liaison_app.ui.sections import SectionKey
from tests.ui import window_on_demo
from tests.ui.window_on_demo import export_and_open, rows_of

demo_template = window_on_demo.demo_template
demo = window_on_demo.demo
window = window_on_demo.window
save_to = window_on_demo.save_to


def test_the_event_report_of_the_event_shown(qtbot, window, demo, save_to):
    dashboard = window.page(SectionKey.DASHBOARD)
    assert window.current_section() == SectionKey.DASHBOARD
    assert dashboard.export_action.text() == "Export event report…"
    sheets = export_and_open(qtbot, dashboard.export_button, save_to)
    assert [s.title for s in sheets] == [
        "Summary",
        "Invitations",
        "Replies and delegations",
        "Speakers by session",
        "Partnership pipeline",
    ]
    summary = sheets[0]
    assert summary["A1"].value == "Event report: WSIS Forum 2022"
    facts = {row[0]: row[1:] for row in summary.iter_rows(values_only=True) if row[0]}
    assert facts["Reference"][0] == "WSIS-2022"
    assert facts["Dates"][:2] == (datetime(2022, 3, 15), datetime(2022, 6, 3))

    with demo.reading() as session:
        event = session.scalars(select(Event)).one()
        invitations = list(
            session.scalars(select(Invitation).where(Invitation.event_id == event.id))
        )
    assert len(rows_of(sheets[1])) == len(invitations)
    # The statuses are those the dashboard shows (it brought "no reply" up to date first).
    by_status = Counter(row["Status"] for row in rows_of(sheets[1]))
    assert by_status == Counter(label(i.status, "en") for i in invitations)


def test_without_an_event_there_is_no_report_to_export(qtbot, database, no_modal_dialogs):
    from liaison_app.ui.main_window import MainWindow

    main = MainWindow(database)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    dashboard = main.page(SectionKey.DASHBOARD)
    assert not dashboard.export_action.isEnabled()
    main.close()
