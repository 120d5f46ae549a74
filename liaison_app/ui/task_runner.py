"""Long work off the GUI thread, with progress, cancel, and its outcome back on the GUI thread.

    handle = runner.run(
        lambda progress: import_contacts(database, path, progress=progress.report),
        on_success=self.show_report,
        label=self.tr("Importing contacts…"),
    )
    ProgressDialog(handle, self)

The work function runs in a QThreadPool worker and receives a `Progress`; it must not touch
widgets. Results, failures and progress reach the callbacks on the GUI thread through queued
signals, in the order they were sent. Database writes need no extra care here: `Database.writing()`
is the one writer and serializes them across threads.

Failures: a UserError goes to `on_failure`, else its message is shown through `error_reporting`;
any other exception is logged with its traceback and then goes to `on_failure`, else the user is
told where the details were saved. The work stops early by raising `Cancelled` once
`progress.cancelled` is set (`progress.raise_if_cancelled()` does both).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from liaison_app import APP_NAME
from liaison_app.errors import UserError
from liaison_app.ui import error_reporting

log = logging.getLogger(__name__)

#: Progress reports closer together than this are dropped (except the first and the last), so a
#: tight loop cannot flood the GUI thread's event queue.
PROGRESS_INTERVAL_S = 0.05


class Cancelled(Exception):
    """Raised by work that noticed `Progress.cancelled`; the task then ends as cancelled."""


class Progress:
    """What the work function gets: a thread-safe way to report progress and to see a cancel."""

    def __init__(self, emit: Callable[[int, int, str], None], cancel_event: threading.Event):
        self._emit = emit
        self._cancel_event = cancel_event
        self._lock = threading.Lock()
        self._last_emit: float | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel_event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancel_event.is_set():
            raise Cancelled

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """`done` of `total` steps (total 0: unknown); `text` says what is happening, translated."""
        now = time.monotonic()
        with self._lock:
            finished = total > 0 and done >= total
            if (
                self._last_emit is not None
                and not finished
                and now - self._last_emit < PROGRESS_INTERVAL_S
            ):
                return
            self._last_emit = now
        self._emit(done, total, text)


class TaskHandle(QObject):
    """One task: its signals (on the GUI thread), its outcome, and `cancel()`."""

    progressed = Signal(object, object, str)  # done, total (0: unknown), text
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    # Emitted from the worker thread; queued to this object, which lives on the GUI thread.
    _worker_progress = Signal(object, object, str)
    _worker_outcome = Signal(str, object)

    SUCCESS, FAILURE, CANCELLED = "success", "failure", "cancelled"

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.outcome: str | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self._cancel_event = threading.Event()
        self._discarded = False
        self._worker_progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._worker_outcome.connect(self._deliver_outcome, Qt.ConnectionType.QueuedConnection)

    @property
    def is_running(self) -> bool:
        return self.outcome is None

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_event.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; it ends as cancelled when it next looks at `progress.cancelled`."""
        self._cancel_event.set()

    def _discard(self) -> None:
        """Deliver nothing more (the window is closing; its callbacks may be gone)."""
        self._discarded = True
        self._cancel_event.set()

    # -- GUI thread --------------------------------------------------------------------------
    @Slot(object, object, str)
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if not self._discarded and self.outcome is None:
            self.progressed.emit(done, total, text)

    @Slot(str, object)
    def _deliver_outcome(self, outcome: str, payload: object) -> None:
        self.outcome = outcome
        if self._discarded:
            self.finished.emit()
            return
        if outcome == self.SUCCESS:
            self.result = payload
            self.succeeded.emit(payload)
        elif outcome == self.FAILURE:
            assert isinstance(payload, BaseException)
            self.error = payload
            self.failed.emit(payload)
        else:
            self.cancelled.emit()
        self.finished.emit()


class _Worker(QRunnable):
    """Runs the work in a pool thread and sends every outcome, even a BaseException, back."""

    def __init__(self, fn: Callable[[Progress], Any], handle: TaskHandle) -> None:
        super().__init__()
        self._fn = fn
        self._handle = handle

    def run(self) -> None:
        handle = self._handle
        progress = Progress(handle._worker_progress.emit, handle._cancel_event)
        try:
            result = self._fn(progress)
        except Cancelled:
            handle._worker_outcome.emit(TaskHandle.CANCELLED, None)
        except BaseException as error:
            handle._worker_outcome.emit(TaskHandle.FAILURE, error)
        else:
            # Work that ignored a cancel and finished has had its effect: report it as done.
            handle._worker_outcome.emit(TaskHandle.SUCCESS, result)


class TaskRunner(QObject):
    """Runs work functions off the GUI thread; one per window, shared by its pages."""

    #: Emitted when the number of running tasks changes (for example to disable menus meanwhile).
    activeChanged = Signal(int)

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        if max_threads:
            self._pool.setMaxThreadCount(max_threads)
        # Strong references until the outcome is delivered: a handle collected while its worker
        # still emits would crash Qt.
        self._running: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        label: str = "",
    ) -> TaskHandle:
        """Start `fn(progress)` in a worker thread; callbacks run on the GUI thread."""
        handle = TaskHandle(label, self)
        if on_progress is not None:
            handle.progressed.connect(on_progress)
        if on_success is not None:
            handle.succeeded.connect(on_success)
        if on_cancelled is not None:
            handle.cancelled.connect(on_cancelled)
        handle.failed.connect(lambda error: self._on_failed(handle, error, on_failure))
        handle.finished.connect(lambda: self._forget(handle))
        self._running.add(handle)
        self.activeChanged.emit(len(self._running))
        self._pool.start(_Worker(fn, handle))
        return handle

    def active_count(self) -> int:
        return len(self._running)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel every task and wait for the workers; True if they all stopped in time."""
        for handle in list(self._running):
            handle._discard()
        return self._pool.waitForDone(timeout_ms)

    def _parent_widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _on_failed(
        self,
        handle: TaskHandle,
        error: BaseException,
        on_failure: Callable[[BaseException], None] | None,
    ) -> None:
        if on_failure is None:
            error_reporting.show_error(error, self._parent_widget())
            return
        if not isinstance(error, UserError):
            log.error(
                "task %r failed", handle.label, exc_info=(type(error), error, error.__traceback__)
            )
        on_failure(error)

    def _forget(self, handle: TaskHandle) -> None:
        self._running.discard(handle)
        self.activeChanged.emit(len(self._running))
        handle.deleteLater()


class ProgressDialog(QProgressDialog):
    """A progress dialog that follows a task: shows if it lasts, Cancel cancels, closes at the end.

    It is window-modal, so the window cannot start a second operation on the same data meanwhile.
    """

    #: Shown only if the task lasts longer than this, so quick work does not flash a dialog.
    DELAY_MS = 400
    #: QProgressDialog takes int ranges; larger totals (bytes of a big file) are scaled to this.
    _MAX_RANGE = 1_000_000

    def __init__(
        self, handle: TaskHandle, parent: QWidget | None, *, cancellable: bool = True
    ) -> None:
        super().__init__(parent)
        self._handle = handle
        self.setWindowTitle(APP_NAME)
        self.setLabelText(handle.label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(self.DELAY_MS)
        self.setRange(0, 0)  # busy until the first report with a total
        if cancellable:
            self.canceled.connect(handle.cancel)
        else:
            self.setCancelButton(None)
        handle.progressed.connect(self._on_progress)
        handle.finished.connect(self._on_finished)
        if not handle.is_running:
            self._on_finished()

    @Slot(object, object, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            if total > self._MAX_RANGE:
                done, total = done * self._MAX_RANGE // total, self._MAX_RANGE
            if self.maximum() != total:
                self.setRange(0, total)
            self.setValue(min(done, total))
        self.setLabelText(text or self._handle.label)

    @Slot()
    def _on_finished(self) -> None:
        self.close()
        self.deleteLater()
