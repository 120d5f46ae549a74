"""Fixtures of the Speaking slots tests: a private copy of the demo database and its page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from liaison_app.storage.database import Database
from tests.services.speaking_data import build_demo_template, open_demo_copy


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_template(tmp_path_factory.mktemp("speaking-ui-demo"))


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    database = open_demo_copy(demo_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def context(qapp, demo: Database) -> Iterator[object]:
    from liaison_app.ui.context import AppContext
    from liaison_app.ui.task_runner import TaskRunner

    tasks = TaskRunner()
    yield AppContext(demo, tasks)
    tasks.shutdown()


@pytest.fixture
def page(qtbot, context, no_modal_dialogs):
    """The Speaking slots page on the demo's WSIS Forum 2022, shown."""
    from liaison_app.ui.sections import SectionKey, section
    from liaison_app.ui.speaking.page import SpeakingPage

    widget = SpeakingPage(context, section(SectionKey.SPEAKING))
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
