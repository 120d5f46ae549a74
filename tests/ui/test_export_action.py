"""The Export… action on a tiny host page: file dialog, background export, progress, cancel,
and a message saying where the workbook is."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from liaison_app.domain.models import Contact
from liaison_app.spreadsheets.workbook_writer import Column, SheetSpec
from liaison_app.ui import export_action
from liaison_app.ui.context import AppContext
from liaison_app.ui.export_action import (
    ExportAction,
    export_contacts,
    export_list,
    export_sheets,
    suggested_file_name,
)
from liaison_app.ui.task_runner import TaskRunner

TIMEOUT_MS = 10_000


@pytest.fixture
def contacts(database) -> list:
    with database.writing() as session:
        people = [
            Contact(full_name="Ana Lima", phone="+5561999990000", email="ana@example.org"),
            Contact(full_name='=HYPERLINK("http://x","y")', email="x@example.org"),
            Contact(full_name="Wang Jianhua", phone="+861068208888"),
        ]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    widget.resize(600, 400)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def context(host, database):
    runner = TaskRunner(host)
    yield AppContext(database, runner, host)
    assert runner.shutdown(TIMEOUT_MS)


@pytest.fixture
def out(tmp_path) -> Path:
    """Where the workbooks go (the test database lives in tmp_path itself)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def save_as(monkeypatch):
    """Answer the save dialog with a chosen path; remember what it suggested."""
    asked: list[Path] = []
    answer: dict[str, Path | None] = {}

    def ask(parent, suggested):
        asked.append(suggested)
        return answer["path"]

    monkeypatch.setattr(export_action, "ask_for_path", ask)

    def choose(path: Path | None) -> list[Path]:
        answer["path"] = path
        return asked

    return choose


@pytest.fixture
def opened_urls(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


def wait_for(qtbot, job):
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS):
        pass
    return job


def test_exports_the_whole_list_and_says_where(qtbot, host, context, contacts, save_as, out,
                                               opened_urls, no_modal_dialogs):  # fmt: skip
    save_as(out / "people")  # typed without an extension
    job = wait_for(qtbot, export_list(host, context, "contacts"))
    path = out / "people.xlsx"
    sheet = load_workbook(path).worksheets[0]
    assert sheet.max_row == 1 + len(contacts)
    assert job.handle.outcome == job.handle.SUCCESS
    box = job.message
    assert box.isVisible()
    # "row(s)" until the English catalog with its plural forms is compiled (language.py).
    assert re.fullmatch(r"3 row(s|\(s\)) exported to people\.xlsx\.", box.text())
    assert box.informativeText() == str(out)
    box.findChild(QWidget, "openFolder").click()
    assert opened_urls == [str(out)]


def test_the_workbook_can_be_opened_from_the_message(qtbot, host, context, contacts, save_as,
                                                     out, opened_urls):  # fmt: skip
    save_as(out / "c.xlsx")
    job = wait_for(qtbot, export_list(host, context, "contacts"))
    job.message.findChild(QWidget, "openWorkbook").click()
    assert opened_urls == [str(out / "c.xlsx")]


def test_the_contacts_page_exports_its_selection(qtbot, host, context, contacts, save_as, out):
    save_as(out / "sel.xlsx")
    wait_for(qtbot, export_contacts(context, contacts[:2], host))
    names = [r[4] for r in load_workbook(out / "sel.xlsx").worksheets[0].iter_rows(
        min_row=2, values_only=True)]  # fmt: skip
    assert sorted(names) == sorted(["Ana Lima", '=HYPERLINK("http://x","y")'])


def test_closing_the_dialog_exports_nothing(host, context, contacts, save_as, out):
    save_as(None)
    assert export_list(host, context, "contacts") is None
    assert context.tasks.active_count() == 0


def test_an_unwritable_place_is_said_at_once(host, context, contacts, save_as, out, dialogs):
    dialogs.answer(QMessageBox, "warning")
    save_as(out / "missing" / "c.xlsx")
    job = export_list(host, context, "contacts")
    assert job.handle is None  # no work started
    assert dialogs.texts("warning") == [f"The folder {out / 'missing'} does not exist."]


def test_the_folder_is_remembered_and_the_name_suggested(qtbot, host, context, contacts, save_as,
                                                        out):  # fmt: skip
    asked = save_as(out / "first.xlsx")
    wait_for(qtbot, export_list(host, context, "contacts", language="fr"))
    job = export_list(host, context, "contacts", language="fr")
    wait_for(qtbot, job)
    assert asked[1].parent == out
    assert asked[1].name.startswith("Contacts ")
    assert asked[1].suffix == ".xlsx"


def test_suggested_file_names_are_safe():
    from datetime import date

    assert suggested_file_name("Event report: WSIS/2022", date(2022, 4, 22)) == (
        "Event report- WSIS-2022 2022-04-22.xlsx"
    )
    assert suggested_file_name("تقرير الحدث", date(2022, 4, 22)) == "تقرير الحدث 2022-04-22.xlsx"


def test_progress_then_cancel_leaves_no_file(qtbot, host, context, save_as, out):
    save_as(out / "big.xlsx")
    release = threading.Event()

    def rows():
        release.wait(TIMEOUT_MS / 1000)
        for n in range(100_000):
            yield [f"row {n}"]

    def sheets(session, language):
        return [SheetSpec("Big", [Column("a", "A")], rows(), row_count=100_000)]

    reports = []
    job = export_sheets(host, context, sheets, title="Big")
    job.handle.progressed.connect(lambda done, total, text: reports.append((done, total, text)))
    release.set()
    qtbot.waitUntil(lambda: bool(reports), timeout=TIMEOUT_MS)
    _done, total, text = reports[0]
    assert total == 100_000
    assert text.startswith("Writing big.xlsx: ")
    with qtbot.waitSignal(job.cancelled, timeout=TIMEOUT_MS):
        job.handle.cancel()
    assert job.handle.outcome == job.handle.CANCELLED
    assert list(out.iterdir()) == []
    assert job.message is None


def test_a_failure_is_shown_and_leaves_no_file(qtbot, host, context, save_as, out, dialogs):
    dialogs.answer(QMessageBox, "critical")
    save_as(out / "broken.xlsx")

    def sheets(session, language):
        def rows():
            yield ["one"]
            raise RuntimeError("lost the connection")

        return [SheetSpec("S", [Column("a", "A")], rows())]

    job = export_sheets(host, context, sheets, title="Broken")
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT_MS):
        pass
    assert dialogs.texts("critical")[0].startswith("Something went wrong.")
    assert list(out.iterdir()) == []


def test_the_action_on_a_host_page(qtbot, host, context, contacts, save_as, out):
    save_as(out / "act.xlsx")
    action = ExportAction(host, context, "contacts", selection=lambda: contacts[2:])
    host.addAction(action)
    assert action.text() == "Export to Excel…"
    action.trigger()
    wait_for(qtbot, action.last_job)
    rows = list(load_workbook(out / "act.xlsx").worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 2
    assert rows[1][4] == "Wang Jianhua"
