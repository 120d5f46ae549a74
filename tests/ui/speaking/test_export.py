"""The Speaking slots page's "Export to Excel…" writes the list of speakers of the event, or the
requests the table shows after a dashboard figure narrowed it."""

from __future__ import annotations

from sqlalchemy import select

from liaison_app.domain.enums import SpeakingRequestStatus
from liaison_app.domain.models import SpeakingRequest
from liaison_app.services.dashboard import SPEAKING
from liaison_app.storage.database import Database
from liaison_app.ui.sections import SectionKey
from tests.ui import window_on_demo
from tests.ui.window_on_demo import export_and_open, rows_of

S = SpeakingRequestStatus
demo_template = window_on_demo.demo_template
demo = window_on_demo.demo
window = window_on_demo.window
save_to = window_on_demo.save_to


def speakers(demo: Database, wanted) -> list[str]:
    """Names of the requests `wanted(request)` keeps, sorted."""
    with demo.reading() as session:
        return sorted(r.speaker_name for r in session.scalars(select(SpeakingRequest)) if wanted(r))


def on_the_list(request: SpeakingRequest) -> bool:
    """On the list of speakers: holding a slot in a session, or waiting for one."""
    if request.status is S.WAITLISTED:
        return True
    return request.session_id is not None and request.status in (S.SCHEDULED, S.CONFIRMED)


def test_from_the_scheduler_the_whole_list_of_speakers(qtbot, window, demo, save_to):
    window.show_section(SectionKey.SPEAKING)
    page = window.page(SectionKey.SPEAKING)
    assert page.tabs.currentIndex() == page.SCHEDULER
    assert page.export_action.text() == "Export to Excel…"
    (sheet,) = export_and_open(qtbot, page.export_button, save_to)
    assert sheet.title == "Speakers by session"
    rows = rows_of(sheet)
    expected = speakers(demo, on_the_list)
    assert len(expected) == 17
    assert sorted(row["Speaker"] for row in rows) == expected
    assert {row["Status"] for row in rows} == {"Scheduled", "Confirmed", "Waitlisted"}


def test_after_a_dashboard_figure_the_requests_it_counts(qtbot, window, demo, save_to):
    dashboard = window.page(SectionKey.DASHBOARD)
    dashboard.listRequested.emit(SPEAKING, {"statuses": [S.CONFIRMED.value]})
    page = window.page(SectionKey.SPEAKING)
    assert page.model.rowCount() == 8
    (sheet,) = export_and_open(qtbot, page.export_button, save_to)
    rows = rows_of(sheet)
    assert sorted(row["Speaker"] for row in rows) == speakers(
        demo, lambda r: r.status is S.CONFIRMED
    )
    assert {row["Status"] for row in rows} == {"Confirmed"}
    # The filter bar set back to "All statuses": the whole list again.
    page.status_filter.setCurrentIndex(0)
    (sheet,) = export_and_open(qtbot, page.export_button, save_to)
    assert len(rows_of(sheet)) == len(speakers(demo, on_the_list))
