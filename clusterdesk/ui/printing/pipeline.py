"""Keeps the rendered PDF in step with the Print page's choices.

Each change (debounced) starts a new generation: prepare the job off the GUI thread (a quick
query: the count appears at once), then render the real PDF off the GUI thread into a temporary
file. A big job is previewed by its first pages, rendered first by the same renderer, while the
whole PDF renders for printing (QPdfView lays out every page on the GUI thread: ~0.75 ms a page).
A newer change cancels the older work; stale results are dropped.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from clusterdesk.documents.output import RenderStats
from clusterdesk.services.events import EventDB
from clusterdesk.services.printing import (
    PreparedJob,
    PrintChoices,
    first_pages,
    prepare,
    render,
)
from clusterdesk.ui.printing.render_worker import in_process_available, render_in_process
from clusterdesk.ui.workers import Task, TaskRunner


def _render_here(
    job: PreparedJob,
    path: Path,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> RenderStats:
    return render(job, path, progress=progress, cancel=cancelled)


DEBOUNCE_MS = 300
PREVIEW_PAGES = 24  # more pages than this: the preview shows the first ones (~40 ms to show)


class PreviewPipeline(QObject):
    started = Signal()
    prepared = Signal(object)  # PreparedJob
    progressed = Signal(int, int)  # items rendered so far, of all (the whole PDF of a big job)
    previewed = Signal(object, object)  # PreparedJob shown (maybe the first pages only), its PDF
    rendered = Signal(object, object, object)  # PreparedJob, Path | None (nothing to print), stats
    failed = Signal(object)  # the exception (a UserError: a clear message)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.db: EventDB | None = None
        self.choices: PrintChoices | None = None
        self.generation = 0
        self.task: Task | None = None
        self.job: PreparedJob | None = None
        self.path: Path | None = None  # the current rendered PDF (None while not ready)
        self.stats: RenderStats | None = None
        self._dir = tempfile.TemporaryDirectory(prefix="clusterdesk-print-")
        self._old: list[Path] = []
        self._copies = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.start_now)

    @property
    def ready(self) -> bool:
        return self.path is not None and self.job is not None and not self.busy

    @property
    def busy(self) -> bool:
        return self.timer.isActive() or (self.task is not None and not self.task.done)

    def set_db(self, db: EventDB | None) -> None:
        self.db = db
        self._invalidate()

    def request(self, choices: PrintChoices) -> None:
        """Re-render for these choices after a short pause (typing, clicking through options)."""
        self.choices = choices
        self._invalidate()
        if self.db is not None:
            self.timer.start()

    def stop(self) -> None:
        """Nothing to render for now: drop pending and running work (late results are ignored)."""
        self.timer.stop()
        self._invalidate()
        self.generation += 1

    def start_now(self) -> None:
        self.timer.stop()
        if self.db is None or self.choices is None:
            return
        self._invalidate()
        self.generation += 1
        gen, db, choices = self.generation, self.db, self.choices
        self.started.emit()
        self.task = self.runner.run(
            lambda _p, _c: prepare(db, choices),
            on_result=lambda job: self._prepared(gen, job),
            on_error=lambda exc: self._failed(gen, exc),
        )

    def _prepared(self, gen: int, job: PreparedJob) -> None:
        if gen != self.generation:
            return
        self.prepared.emit(job)
        if job.nothing:
            self.job, self.path, self.stats = job, None, None
            self.rendered.emit(job, None, None)
            return
        if job.pages > PREVIEW_PAGES:
            head = first_pages(job, PREVIEW_PAGES)
            preview = Path(self._dir.name) / f"preview-{gen}.pdf"
            self.task = self.runner.run(  # quick, and soon on screen: here, not in a process
                partial(_render_here, head, preview),
                on_result=lambda _stats: self._previewed(gen, job, head, preview),
                on_error=lambda exc: self._failed(gen, exc),
            )
        else:
            self._render_all(gen, job)

    def _previewed(self, gen: int, job: PreparedJob, head: PreparedJob, preview: Path) -> None:
        if gen != self.generation:
            preview.unlink(missing_ok=True)
            return
        self._old.append(preview)
        self.previewed.emit(head, preview)
        self._render_all(gen, job)

    def _render_all(self, gen: int, job: PreparedJob) -> None:
        path = Path(self._dir.name) / f"print-{gen}.pdf"
        if job.pages > PREVIEW_PAGES and in_process_available():
            work = partial(render_in_process, job, path)
        else:
            work = partial(_render_here, job, path)
        self.task = self.runner.run(
            work,
            on_result=lambda stats: self._rendered(gen, job, path, stats),
            on_error=lambda exc: self._failed(gen, exc),
            on_progress=lambda done, total: self._progress(gen, done, total),
        )

    def _rendered(self, gen: int, job: PreparedJob, path: Path, stats: RenderStats) -> None:
        if gen != self.generation:
            path.unlink(missing_ok=True)
            return
        self.job, self.path, self.stats = job, path, stats
        if job.pages <= PREVIEW_PAGES:
            self.previewed.emit(job, path)
        self.rendered.emit(job, path, stats)

    def _progress(self, gen: int, done: int, total: int) -> None:
        if gen == self.generation:
            self.progressed.emit(done, total)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self.generation:
            self.failed.emit(exc)

    def _invalidate(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self.job = None
        if self.path is not None and self.path not in self._old:
            self._old.append(self.path)
        self.path = None
        self.stats = None

    def keep_copy(self, path: Path) -> Path:
        """A second name for a rendered PDF that outlives the preview (a print job's own file)."""
        self._copies += 1
        target = Path(self._dir.name) / f"job-{self._copies}-{path.name}"
        try:
            os.link(path, target)
        except OSError:
            shutil.copyfile(path, target)
        return target

    def discard_old(self, shown: Path | None = None) -> None:
        """Delete earlier PDFs (call once the preview shows ``shown``, which is kept)."""
        kept = []
        for path in self._old:
            if path == shown:
                kept.append(path)
                continue
            try:
                path.unlink(missing_ok=True)
            except OSError:  # still open (Windows): try again next time
                kept.append(path)
        self._old = kept

    def close(self) -> None:
        self.timer.stop()
        if self.task is not None:
            self.task.cancel()
        self._dir.cleanup()
