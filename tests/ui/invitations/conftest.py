"""Fixtures of the Invitations section tests: the WSIS Forum demo, its page on a fixed day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from tests.services import invitation_fixtures

#: 22 April 2022 in Geneva: a week after the reply deadline of CL-22/009.
AFTER_DEADLINE = datetime(2022, 4, 22, 8, 0, tzinfo=UTC)

demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo


@pytest.fixture
def context(qapp, demo) -> Iterator[object]:
    from liaison_app.ui.context import AppContext
    from liaison_app.ui.task_runner import TaskRunner

    tasks = TaskRunner()
    yield AppContext(demo, tasks)
    tasks.shutdown()


@pytest.fixture
def page(qtbot, context, no_modal_dialogs):
    """The Invitations page on the demo, shown, on 22 April 2022."""
    from liaison_app.ui.invitations.page import InvitationsPage
    from liaison_app.ui.sections import SectionKey, section

    widget = InvitationsPage(context, section(SectionKey.INVITATIONS))
    qtbot.addWidget(widget)
    widget.now = lambda: AFTER_DEADLINE
    widget.resize(1400, 800)
    widget.refresh()
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_of(page, iso3: str):
    """The table row of a Member State's invitation."""
    for number in range(page.model.rowCount()):
        row = page.model.row_at(number)
        if row.iso3 == iso3:
            return row
    raise AssertionError(f"{iso3} is not in the table")
