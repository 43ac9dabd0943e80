"""The participant catalogue (A4 portrait, two columns): one entry per participant (name,
organisation, position, country, category and their notes), grouped under headings (by country or
by category) and sorted by name within a group. A heading is never left alone at a column's foot.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from clusterdesk.documents.fonts import clean_text, text_width
from clusterdesk.documents.output import (
    Cancel,
    Output,
    Progress,
    RenderStats,
    check_cancel,
    finish,
)
from clusterdesk.documents.page_kit import GREY, HEADER_DEPTH, MARGIN, PORTRAIT, EventHeader, Pen
from clusterdesk.documents.words import words

PAGE_W, PAGE_H = PORTRAIT
GAP = 18.0
COL_W = (PAGE_W - 2 * MARGIN - GAP) / 2
TOP = PAGE_H - HEADER_DEPTH - 8.0
BOTTOM = MARGIN + 12.0
HEADING_H = 28.0
NOTE_SIZE = 8.0
NOTE_PITCH = 10.0
MAX_NOTE_LINES = 4


@dataclass(frozen=True)
class CatalogueEntry:
    name: str
    organization: str = ""
    country: str = ""
    category: str = ""
    title: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CatalogueGroup:
    title: str
    entries: tuple[CatalogueEntry, ...]


def wrap(text: str, width: float, size: float, max_lines: int) -> list[str]:
    """Greedy word wrap; the last allowed line ends with "…" when text is left over."""
    words = clean_text(text).split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if current and text_width(candidate, "regular", size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(" ,;:") + " …"
    return lines


def _entry_height(entry: CatalogueEntry) -> float:
    notes = wrap(entry.notes, COL_W, NOTE_SIZE, MAX_NOTE_LINES) if entry.notes else []
    meta = 11.0 if (entry.title or entry.country or entry.category) else 0.0
    org = 12.0 * len(wrap(entry.organization, COL_W, 9, 2)) if entry.organization else 0.0
    return 15.0 + org + meta + NOTE_PITCH * len(notes) + 8.0


Placed = tuple[int, int, float, object]  # (page, column, top y, heading str | entry)


def layout(groups: Sequence[CatalogueGroup]) -> Iterator[Placed]:
    """Where every heading and entry goes: (page, column, top y, item)."""
    page, column, y = 0, 0, TOP

    def next_column() -> None:
        nonlocal page, column, y
        column, y = (column + 1, TOP) if column == 0 else (0, TOP)
        if column == 0:
            page += 1

    for group in groups:
        first = group.entries[0] if group.entries else None
        need = HEADING_H + (_entry_height(first) if first else 0.0)
        if y - need < BOTTOM:
            next_column()
        yield page, column, y, group.title
        y -= HEADING_H
        for entry in group.entries:
            h = _entry_height(entry)
            if y - h < BOTTOM:
                next_column()
            yield page, column, y, entry
            y -= h


def page_count(groups: Sequence[CatalogueGroup]) -> int:
    last = 0
    for page, _c, _y, _item in layout(groups):
        last = page
    return last + 1


@dataclass(frozen=True)
class CatalogueDocument:
    event: EventHeader
    grouped_by: str  # "country" or "category": the heading of each group
    groups: tuple[CatalogueGroup, ...]

    def render(
        self,
        out: Output,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        max_pages: int | None = None,
    ) -> RenderStats:
        return render_catalogue(self, out, progress=progress, cancel=cancel, max_pages=max_pages)


def _draw_entry(pen: Pen, entry: CatalogueEntry, x: float, y: float) -> None:
    pen.text(x, y - 11, entry.name, width=COL_W, size=10.5, bold=True, name=True)
    y -= 15.0
    if entry.organization:
        for line in wrap(entry.organization, COL_W, 9, 2):
            pen.text(x, y - 9, line, width=COL_W, size=9)
            y -= 12.0
    meta = " · ".join(p for p in (entry.title, entry.country, entry.category) if p)
    if meta:
        pen.text(x, y - 8, meta, width=COL_W, size=8, colour=GREY)
        y -= 11.0
    if entry.notes:
        for line in wrap(entry.notes, COL_W, NOTE_SIZE, MAX_NOTE_LINES):
            pen.text(x, y - 8, line, width=COL_W, size=NOTE_SIZE)
            y -= NOTE_PITCH


def render_catalogue(
    doc: CatalogueDocument,
    out: Output,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    max_pages: int | None = None,
) -> RenderStats:
    w = words(doc.event.language)
    pen = Pen(PAGE_W, PAGE_H, w("Participants – {event}", event=doc.event.name))
    total = sum(len(g.entries) for g in doc.groups)
    title = w(f"Participants by {doc.grouped_by}")
    current = -1
    for page, column, y, item in layout(doc.groups):
        if page != current:
            if max_pages is not None and page >= max_pages:
                break
            if current >= 0:
                pen.footer(w("{title} · page {page}", title=title, page=current + 1))
                pen.page_done()
            check_cancel(cancel)
            pen.header(doc.event, title)
            current = page
        x = MARGIN + column * (COL_W + GAP)
        if isinstance(item, str):
            pen.text(x, y - 18, item, width=COL_W, size=13, bold=True)
            pen.rule(x, y - 23, x + COL_W, colour="#000000", width=0.6)
        elif isinstance(item, CatalogueEntry):
            _draw_entry(pen, item, x, y)
            pen.tally.items += 1
            if progress is not None and pen.tally.items % 200 == 0:
                progress(pen.tally.items, total)
    if current >= 0:
        pen.footer(w("{title} · page {page}", title=title, page=current + 1))
        pen.page_done()
    if progress is not None:
        progress(total, total)
    check_cancel(cancel)
    return finish(pen.canvas, pen.buffer, out, pen.tally)
