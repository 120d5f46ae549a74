"""The task runner: work off the GUI thread, outcomes and progress back on it, cancel, errors."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from liaison_app.errors import UserError
from liaison_app.ui.task_runner import Cancelled, Progress, ProgressDialog, TaskRunner

TIMEOUT_MS = 5000


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(TIMEOUT_MS)


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_result_arrives_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work(progress: Progress) -> int:
        seen["work_on_gui_thread"] = on_gui_thread()
        return 42

    def success(value: int) -> None:
        seen["value"] = value
        seen["success_on_gui_thread"] = on_gui_thread()

    handle = runner.run(work, on_success=success, label="answer")
    assert handle.is_running
    with qtbot.waitSignal(handle.finished, timeout=TIMEOUT_MS):
        pass
    assert seen == {"work_on_gui_thread": False, "value": 42, "success_on_gui_thread": True}
    assert handle.outcome == handle.SUCCESS
    assert handle.result == 42
    assert runner.active_count() == 0


def test_progress_is_reported_in_order_on_the_gui_thread(qtbot, runner):
    reports = []

    def work(progress: Progress) -> None:
        for done in range(1, 4):
            time.sleep(0.06)  # longer than the throttle interval: every report gets through
            progress.report(done, 3, f"step {done}")

    def on_progress(done: int, total: int, text: str) -> None:
        reports.append((done, total, text, on_gui_thread()))

    handle = runner.run(work, on_progress=on_progress)
    qtbot.waitUntil(lambda: not handle.is_running, timeout=TIMEOUT_MS)
    assert reports == [(n, 3, f"step {n}", True) for n in (1, 2, 3)]


def test_a_flood_of_progress_is_throttled_but_keeps_the_last(qtbot, runner):
    reports = []

    def work(progress: Progress) -> None:
        for done in range(1, 100_001):
            progress.report(done, 100_000)

    handle = runner.run(work, on_progress=lambda d, t, _: reports.append(d))
    qtbot.waitUntil(lambda: not handle.is_running, timeout=TIMEOUT_MS)
    assert reports[0] == 1
    assert reports[-1] == 100_000
    assert len(reports) < 1000


def test_a_user_error_goes_to_the_failure_callback(qtbot, runner, no_modal_dialogs):
    failures = []

    def work(progress: Progress) -> None:
        raise UserError("{path} is not a Liaison Desk database.", path="/tmp/x.db")

    handle = runner.run(work, on_success=pytest.fail, on_failure=failures.append)
    qtbot.waitUntil(lambda: not handle.is_running, timeout=TIMEOUT_MS)
    (error,) = failures
    assert isinstance(error, UserError)
    assert str(error) == "/tmp/x.db is not a Liaison Desk database."
    assert handle.outcome == handle.FAILURE


def test_a_user_error_without_callback_is_shown(qtbot, runner, dialogs):
    dialogs.answer(QMessageBox, "warning")

    def work(progress: Progress) -> None:
        raise UserError("The disk is full: nothing was saved. Free some space and try again.")

    handle = runner.run(work)
    qtbot.waitUntil(lambda: not handle.is_running, timeout=TIMEOUT_MS)
    assert dialogs.texts("warning") == [
        "The disk is full: nothing was saved. Free some space and try again."
    ]


def test_a_bug_is_logged_with_its_traceback_and_shown_without_it(qtbot, runner, dialogs, caplog):
    dialogs.answer(QMessageBox, "critical")

    def work(progress: Progress) -> None:
        raise ZeroDivisionError("a bug")

    with caplog.at_level(logging.ERROR):
        handle = runner.run(work)
        qtbot.waitUntil(lambda: not handle.is_running, timeout=TIMEOUT_MS)
    (message,) = dialogs.texts("critical")
    assert message.startswith("Something went wrong. The details were saved in ")
    assert "liaison-desk.log" in message
    assert "ZeroDivisionError" not in message
    (record,) = [r for r in caplog.records if r.exc_info]
    assert record.exc_info[0] is ZeroDivisionError


def test_a_bug_with_a_failure_callback_is_still_logged(qtbot, runner, caplog):
    failures = []
    with caplog.at_level(logging.ERROR):
        handle = runner.run(lambda progress: 1 / 0, on_failure=failures.append, label="divide")
        qtbot.waitUntil(lambda: not handle.is_running, timeout=TIMEOUT_MS)
    assert isinstance(failures[0], ZeroDivisionError)
    assert any(r.exc_info and "divide" in r.getMessage() for r in caplog.records)


def test_cancel_stops_a_loop_midway(qtbot, runner):
    steps = []
    cancelled = []

    def work(progress: Progress) -> str:
        for step in range(1000):
            progress.raise_if_cancelled()
            steps.append(step)
            progress.report(step + 1, 1000)
            time.sleep(0.002)
        return "finished"

    handle = runner.run(work, on_success=pytest.fail, on_cancelled=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: len(steps) >= 5, timeout=TIMEOUT_MS)
    handle.cancel()
    with qtbot.waitSignal(handle.cancelled, timeout=TIMEOUT_MS):
        pass
    assert cancelled == [True]
    assert handle.outcome == handle.CANCELLED
    assert 5 <= len(steps) < 1000


def test_work_that_ignores_cancel_and_finishes_reports_success(qtbot, runner):
    started = threading.Event()
    release = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        release.wait(TIMEOUT_MS / 1000)
        return "done anyway"

    handle = runner.run(work)
    assert started.wait(TIMEOUT_MS / 1000)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: not handle.is_running, timeout=TIMEOUT_MS)
    assert handle.outcome == handle.SUCCESS
    assert handle.result == "done anyway"


def test_the_progress_dialog_follows_the_task_and_cancels_it(qtbot, runner):
    def work(progress: Progress) -> None:
        for step in range(2000):
            if progress.cancelled:
                raise Cancelled
            progress.report(step, 2000, f"Record {step}")
            time.sleep(0.002)

    handle = runner.run(work, label="Importing")
    dialog = ProgressDialog(handle, None)
    qtbot.waitUntil(lambda: dialog.maximum() == 2000, timeout=TIMEOUT_MS)
    assert dialog.labelText().startswith("Record ")
    destroyed = []
    dialog.destroyed.connect(lambda: destroyed.append(True))
    dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: not handle.is_running, timeout=TIMEOUT_MS)
    assert handle.outcome == handle.CANCELLED
    qtbot.waitUntil(lambda: destroyed == [True], timeout=TIMEOUT_MS)


def test_a_dialog_for_a_task_that_cannot_be_cancelled_has_no_cancel_button(qtbot, runner):
    handle = runner.run(lambda progress: time.sleep(0.05))
    dialog = ProgressDialog(handle, None, cancellable=False)
    assert dialog.findChildren(QPushButton) == []
    qtbot.waitUntil(lambda: not handle.is_running, timeout=TIMEOUT_MS)


def test_tasks_run_side_by_side_and_are_counted(qtbot, runner):
    release = threading.Event()
    counts = []
    runner.activeChanged.connect(counts.append)
    handles = [runner.run(lambda progress: release.wait(5)) for _ in range(2)]
    assert runner.active_count() == 2
    release.set()
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=TIMEOUT_MS)
    assert counts == [1, 2, 1, 0]
    assert all(h.outcome == h.SUCCESS for h in handles)


def test_shutdown_cancels_and_delivers_nothing_more(qtbot, runner):
    delivered = []

    def work(progress: Progress) -> None:
        while not progress.cancelled:
            time.sleep(0.005)

    handle = runner.run(work, on_success=delivered.append, on_cancelled=lambda: delivered.append(0))
    assert runner.shutdown(TIMEOUT_MS)
    qtbot.waitUntil(lambda: not handle.is_running, timeout=TIMEOUT_MS)
    assert delivered == []
