"""The main window on a private copy of the demo database, for tests that cross sections, and
what an export from the window wrote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtWidgets import QFileDialog

from liaison_app.storage.database import Database
from tests.services.speaking_data import build_demo_template, open_demo_copy

EXPORT_TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_template(tmp_path_factory.mktemp("window-demo"))


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    database = open_demo_copy(demo_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def window(qtbot, demo: Database, no_modal_dialogs):
    """The main window on the demo, shown."""
    from liaison_app.ui.main_window import MainWindow

    main = MainWindow(demo)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def save_to(monkeypatch, tmp_path: Path) -> Path:
    """The officer's answer to the save dialog: a workbook in a folder of the test."""
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "export.xlsx"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(target), "Excel workbook (*.xlsx)"),
    )
    return target


def export_and_open(qtbot, button, target: Path) -> list[Worksheet]:
    """Click a page's export button, wait for the background export, open what it wrote."""
    assert button.isVisible()
    assert button.isEnabled()
    button.click()
    job = button.defaultAction().last_job
    assert job is not None, "the export did not start"
    with qtbot.waitSignal(job.finished, timeout=EXPORT_TIMEOUT_MS):
        pass
    assert job.message is not None
    assert job.message.isVisible()  # "… rows exported to …", with Open buttons
    job.message.close()
    return load_workbook(target).worksheets


def rows_of(sheet: Worksheet) -> list[dict[str, object]]:
    """Data rows as {header: value}."""
    headers = [c.value for c in sheet[1]]
    return [
        dict(zip(headers, row, strict=False))
        for row in sheet.iter_rows(min_row=2, values_only=True)
    ]
