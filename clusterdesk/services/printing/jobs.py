"""One print job, whatever the document: prepare (who/what, how many pages) → render the PDF →
record what was printed. The Print page runs each step off the GUI thread; the CLI and
print-on-arrival use the same steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from clusterdesk.documents.output import Cancel, Output, Progress, RenderStats
from clusterdesk.services.printing.badges import (
    BadgeJob,
    BadgeSelection,
    prepare_badges,
    record_prints,
    render_job,
)
from clusterdesk.services.table_cards import (
    TableCardJob,
    prepare_table_cards,
    record_table_card_prints,
    render_table_card_job,
)
from clusterdesk.store.engine import EventDB

DocumentKind = Literal["badge", "table_card"]
BADGE: DocumentKind = "badge"
TABLE_CARD: DocumentKind = "table_card"


@dataclass(frozen=True)
class PrintChoices:
    kind: DocumentKind = BADGE
    layout: str = ""  # badges only; "" = the default layout
    selection: BadgeSelection = field(default_factory=BadgeSelection)
    tables: tuple[str, ...] = ()  # table cards only; empty = every table


@dataclass(frozen=True)
class PreparedJob:
    choices: PrintChoices
    ids: list[int]  # participant ids (badges) or table ids (table cards), in print order
    pages: int  # pages the PDF will have
    layout_name: str
    layout_title: str
    badges: BadgeJob | None = None
    cards: TableCardJob | None = None

    @property
    def items(self) -> int:
        return len(self.ids)

    @property
    def per_page(self) -> int:
        return max(1, self.badges.layout.per_page) if self.badges is not None else 1

    def ids_on_pages(self, pages: range) -> list[int]:
        """The items printed on these pages (0-based page numbers)."""
        n = self.per_page
        return [i for p in pages for i in self.ids[p * n : (p + 1) * n]]


def first_pages(job: PreparedJob, pages: int) -> PreparedJob:
    """The same job cut to its first ``pages`` pages (a quick preview of a big job)."""
    if pages >= job.pages:
        return job
    n = pages * job.per_page
    badges = cards = None
    if job.badges is not None:
        b = job.badges
        badges = BadgeJob(b.participant_ids[:n], b.records[:n], b.layout, b.event_name)
    if job.cards is not None:
        c = job.cards
        cards = TableCardJob(c.table_ids[:n], c.records[:n], c.event_name)
    return replace(job, ids=job.ids[:n], pages=pages, badges=badges, cards=cards)


def prepare(db: EventDB, choices: PrintChoices) -> PreparedJob:
    """Who or what gets printed (raises UserError on a bad layout or selection)."""
    if choices.kind == TABLE_CARD:
        cards = prepare_table_cards(db, choices.tables)
        n = len(cards.table_ids)
        return PreparedJob(choices, cards.table_ids, n, "a4-tent-card", "A4 tent card", cards=cards)
    job = prepare_badges(db, choices.selection, choices.layout or None)
    per_page = max(1, job.layout.per_page)
    pages = -(-len(job.participant_ids) // per_page)
    return PreparedJob(
        choices, job.participant_ids, pages, job.layout.name, job.layout.title, badges=job
    )


def render(
    job: PreparedJob, out: Output, *, progress: Progress | None = None, cancel: Cancel | None = None
) -> RenderStats:
    if job.cards is not None:
        return render_table_card_job(job.cards, out, progress=progress, cancel=cancel)
    assert job.badges is not None
    return render_job(job.badges, out, progress=progress, cancel=cancel)


def record(
    db: EventDB, job: PreparedJob, *, printer: str, desk: str = "", ids: list[int] | None = None
) -> int:
    """Log every printed item (or only ``ids``); returns how many were reprints."""
    printed = job.ids if ids is None else ids
    if job.cards is not None:
        return record_table_card_prints(db, printed, printer=printer, desk=desk)
    return record_prints(db, printed, layout=job.layout_name, printer=printer, desk=desk)
