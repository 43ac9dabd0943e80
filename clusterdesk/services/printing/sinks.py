"""Where a rendered job goes: a sink. :func:`produce` is the whole pipeline in one call —
render into the sink, then log what was printed.

A :class:`FileSink` writes a PDF file (the CLI and the tests); the app's printer sink
(``ui.printing.arrival.ArrivalPrinter``) renders and sends the pages to a printer. A sink raises
on failure, and then nothing is logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from clusterdesk.documents.output import Cancel, Progress, RenderStats
from clusterdesk.services.printing.jobs import PreparedJob, record_job, render
from clusterdesk.services.printing.log import Recorded
from clusterdesk.store.engine import EventDB
from clusterdesk.store.faults import mapped_os


class Sink(Protocol):
    @property
    def label(self) -> str:
        """What the print log records as the printer."""
        ...

    def deliver(
        self, job: PreparedJob, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> RenderStats:
        """Render ``job`` and put it where this sink puts things; raise when that fails."""
        ...


@dataclass(frozen=True)
class FileSink:
    path: Path

    @property
    def label(self) -> str:
        return str(self.path)

    def deliver(
        self, job: PreparedJob, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> RenderStats:
        with mapped_os(str(self.path)):  # a full or read-only disk: one clear line
            return render(job, self.path, progress=progress, cancel=cancel)


@dataclass(frozen=True)
class Produced:
    stats: RenderStats
    recorded: Recorded


def produce(
    db: EventDB,
    job: PreparedJob,
    sink: Sink,
    *,
    desk: str = "",
    log: bool = True,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Produced:
    """Render ``job`` into ``sink`` and (unless ``log`` is false: a proof copy) log it.

    The event is checked writable first: a read-only event fails before the PDF is written or
    the pages printed, not after (the print log would then miss a print run)."""
    if log:
        db.check_writable()
    stats = sink.deliver(job, progress, cancel)
    if not log:
        return Produced(stats, Recorded())
    try:
        recorded = record_job(db, job, printer=sink.label, desk=desk)
    except BaseException:
        if isinstance(sink, FileSink):  # all or nothing: no PDF the print log does not know
            sink.path.unlink(missing_ok=True)
        raise
    return Produced(stats, recorded)
