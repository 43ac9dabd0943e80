"""The one document pipeline: a job (what to print, for whom) → the document's one renderer →
a sink (a file, the printer, the preview) → the print log.

``prepare(db, choices)`` gathers plain records into a :class:`PreparedJob` (its ``document`` knows
its renderer); ``render(job, out)`` writes the PDF; ``record(db, job, ...)`` logs what was
printed. :func:`clusterdesk.services.printing.sinks.produce` chains the three for the CLI, the
tests and print-on-arrival; the Print and Export pages run the same steps off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from clusterdesk.core.errors import UserError
from clusterdesk.documents.output import Cancel, Document, Output, Progress, RenderStats
from clusterdesk.services.printing.badges import BadgeSelection
from clusterdesk.services.printing.log import Recorded, record_prints
from clusterdesk.store.engine import EventDB

DocumentKind = Literal[
    "badge", "table_card", "agenda", "master_schedule", "table_sheet", "catalogue", "report"
]
BADGE: DocumentKind = "badge"
TABLE_CARD: DocumentKind = "table_card"
AGENDA: DocumentKind = "agenda"
MASTER_SCHEDULE: DocumentKind = "master_schedule"
TABLE_SHEET: DocumentKind = "table_sheet"
CATALOGUE: DocumentKind = "catalogue"
REPORT: DocumentKind = "report"
PER_TABLE = {TABLE_CARD, TABLE_SHEET}  # logged by table; the rest by participant or whole


@dataclass(frozen=True)
class PrintChoices:
    """What to print and for whom."""

    kind: DocumentKind = BADGE
    layout: str = ""  # badges only; "" = the default layout
    selection: BadgeSelection = field(default_factory=BadgeSelection)  # badges, agendas
    tables: tuple[str, ...] = ()  # table cards and sheets; empty = every table
    with_meetings: bool = False  # agendas: only people with meetings
    changed: bool = False  # agendas: only those that changed since they were last printed
    group_by: str = "country"  # catalogue: "country" or "category"


@dataclass(frozen=True)
class PreparedJob:
    choices: PrintChoices
    document: Document
    ids: list[int]  # participants or tables in print order (empty: one whole-event document)
    pages: int  # pages the PDF will have
    layout_name: str
    layout_title: str
    first_page: tuple[int, ...] = ()  # the (0-based) page on which each item starts
    digests: dict[int, str] = field(default_factory=dict)  # what each item's page shows
    nothing: str = ""  # why there is nothing to print (then rendering is refused)
    max_pages: int | None = None  # a preview: only the first pages

    @property
    def kind(self) -> DocumentKind:
        return self.choices.kind

    @property
    def items(self) -> int:
        return len(self.ids)

    def ids_on_pages(self, pages: range) -> list[int]:
        """The items that start on these pages (0-based page numbers)."""
        starts = self.first_page or tuple(range(len(self.ids)))
        return [i for i, p in zip(self.ids, starts, strict=False) if p in pages]


def per_page_starts(count: int, per_page: int) -> tuple[int, ...]:
    return tuple(i // max(1, per_page) for i in range(count))


def first_pages(job: PreparedJob, pages: int) -> PreparedJob:
    """The same job cut to its first ``pages`` pages (a quick preview of a big job)."""
    if pages >= job.pages:
        return job
    kept = job.ids_on_pages(range(pages))
    return replace(
        job, ids=kept, pages=pages, first_page=job.first_page[: len(kept)], max_pages=pages
    )


def _preparers() -> dict[str, Callable[[EventDB, PrintChoices], PreparedJob]]:
    from clusterdesk.services.printing import documents

    return {
        BADGE: documents.prepare_badges,
        TABLE_CARD: documents.prepare_table_cards,
        AGENDA: documents.prepare_agendas,
        MASTER_SCHEDULE: documents.prepare_master_schedule,
        TABLE_SHEET: documents.prepare_table_sheets,
        CATALOGUE: documents.prepare_catalogue,
        REPORT: documents.prepare_report,
    }


def prepare(db: EventDB, choices: PrintChoices) -> PreparedJob:
    """Who or what gets printed (raises UserError on a bad layout or selection)."""
    preparers = _preparers()
    if choices.kind not in preparers:
        raise UserError(f"Unknown document {choices.kind!r}")
    return preparers[choices.kind](db, choices)


def render(
    job: PreparedJob, out: Output, *, progress: Progress | None = None, cancel: Cancel | None = None
) -> RenderStats:
    """The document's one renderer into ``out`` (a path or a binary stream)."""
    if job.nothing:
        raise UserError(job.nothing)
    return job.document.render(out, progress=progress, cancel=cancel, max_pages=job.max_pages)


def record(
    db: EventDB, job: PreparedJob, *, printer: str, desk: str = "", ids: list[int] | None = None
) -> int:
    """Log every printed item (or only ``ids``); returns how many were reprints."""
    return record_job(db, job, printer=printer, desk=desk, ids=ids).reprints


def record_job(
    db: EventDB, job: PreparedJob, *, printer: str, desk: str = "", ids: list[int] | None = None
) -> Recorded:
    """Log the job's items (one row per participant or table, or one for the whole document)."""
    printed = job.ids if ids is None else ids
    return record_prints(
        db,
        job.kind,
        printed,
        by_table=job.kind in PER_TABLE,
        layout=job.layout_name,
        printer=printer,
        desk=desk,
        digests=job.digests,
    )
