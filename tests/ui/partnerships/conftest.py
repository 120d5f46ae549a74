"""Fixtures of the Partnerships tests: the WSIS Forum pipeline and its page on 14 April 2022."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from liaison_app.storage.database import Database
from tests.services.partnership_data import Forum, make_pipeline

TODAY = date(2022, 4, 14)


def plural(count: int, singular: str, plural_form: str) -> re.Pattern[str]:
    """ "1 day overdue", "13 days overdue", or the source text "13 day(s) overdue" when the
    English catalog does not have the string yet."""
    return re.compile(
        rf"{count} ({re.escape(singular)}|{re.escape(plural_form)}|"
        rf"{re.escape(singular)}\(s\))"
    )


@pytest.fixture
def context(qapp, database: Database) -> Iterator[object]:
    from liaison_app.ui.context import AppContext
    from liaison_app.ui.task_runner import TaskRunner

    tasks = TaskRunner()
    yield AppContext(database, tasks)
    tasks.shutdown()


@pytest.fixture
def forum(database: Database) -> Forum:
    return make_pipeline(database)


@pytest.fixture
def page(qtbot, context, forum, no_modal_dialogs):
    """The Partnerships page on the forum, shown, with today fixed to 14 April 2022."""
    from liaison_app.ui.partnerships.page import PartnershipsPage
    from liaison_app.ui.sections import SectionKey, section

    widget = PartnershipsPage(context, section(SectionKey.PARTNERSHIPS))
    qtbot.addWidget(widget)
    widget.today = lambda: TODAY
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
