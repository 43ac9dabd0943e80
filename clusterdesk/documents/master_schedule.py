"""The master schedule: the tables × slots catalogue of who meets whom, when and where
(A4 landscape). A big grid is cut into pages of ``ROWS`` tables × ``COLS`` slots; every page
repeats its table labels and slot times and says which part of the grid it shows, and a table's
whole day is on consecutive pages (pages go across the slots first, then down the tables).
"""

from __future__ import annotations

from dataclasses import dataclass

from clusterdesk.documents.output import (
    Cancel,
    Output,
    Progress,
    RenderStats,
    check_cancel,
    finish,
)
from clusterdesk.documents.page_kit import (
    GREY,
    HEADER_DEPTH,
    LANDSCAPE,
    MARGIN,
    RULE,
    SHADE,
    EventHeader,
    Pen,
)
from clusterdesk.documents.words import words

PAGE_W, PAGE_H = LANDSCAPE
ROWS = 20  # tables per page
COLS = 8  # slots per page
LABEL_W = 46.0
HEAD_H = 26.0
TOP = PAGE_H - HEADER_DEPTH - 22.0  # below the event header and the page's locator line


@dataclass(frozen=True)
class ScheduleDocument:
    event: EventHeader
    slots: tuple[str, ...]  # column headings: "13:00–13:20"
    slot_days: tuple[str, ...]  # "Thu 14.05" per slot when the event has several days, else ""
    tables: tuple[str, ...]  # row headings: table labels
    zones: tuple[str, ...]
    cells: tuple[tuple[tuple[str, str], ...], ...]  # [table][slot] = (name, name) or ("", "")

    @property
    def pages(self) -> int:
        return pages_for(len(self.tables), len(self.slots))

    def render(
        self,
        out: Output,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        max_pages: int | None = None,
    ) -> RenderStats:
        return render_master_schedule(
            self, out, progress=progress, cancel=cancel, max_pages=max_pages
        )


def pages_for(tables: int, slots: int) -> int:
    return max(1, -(-tables // ROWS)) * max(1, -(-slots // COLS))


def _page(pen: Pen, doc: ScheduleDocument, t0: int, s0: int, number: int, total: int) -> None:
    w = words(doc.event.language)
    pen.header(doc.event, w("Master schedule"))
    t1 = min(len(doc.tables), t0 + ROWS)
    s1 = min(len(doc.slots), s0 + COLS)
    where = (
        w("Tables {first}–{last} · ", first=doc.tables[t0], last=doc.tables[t1 - 1])
        + f"{doc.slot_days[s0]} {doc.slots[s0].split('–')[0]} – "
        f"{doc.slot_days[s1 - 1]} {doc.slots[s1 - 1].split('–')[-1]}".replace("  ", " ")
    )
    pen.text(MARGIN, TOP + 8, where, width=PAGE_W * 0.6, size=9, bold=True)
    pen.text(
        PAGE_W * 0.6,
        TOP + 8,
        w("page {page} of {pages}", page=number, pages=total),
        width=PAGE_W * 0.4 - MARGIN,
        size=9,
        align="right",
        colour=GREY,
    )
    body_w = PAGE_W - 2 * MARGIN - LABEL_W
    cell_w = body_w / COLS
    row_h = (TOP - HEAD_H - MARGIN - 12) / ROWS
    x0 = MARGIN + LABEL_W
    y = TOP - HEAD_H
    pen.box(MARGIN, y, PAGE_W - 2 * MARGIN, HEAD_H, fill=SHADE)
    pen.text(MARGIN + 3, y + 9, w("Table"), width=LABEL_W - 6, size=8, bold=True, colour=GREY)
    for j in range(s0, s1):
        x = x0 + (j - s0) * cell_w
        pen.text(x + 3, y + 15, doc.slots[j], width=cell_w - 6, size=8.5, bold=True)
        if doc.slot_days[j]:
            pen.text(x + 3, y + 5, doc.slot_days[j], width=cell_w - 6, size=7, colour=GREY)
    for i in range(t0, t1):
        top = y - (i - t0) * row_h
        if (i - t0) % 2:
            pen.box(MARGIN, top - row_h, PAGE_W - 2 * MARGIN, row_h, fill="#fafafa")
        pen.text(
            MARGIN + 3, top - row_h / 2 - 4, doc.tables[i], width=LABEL_W - 6, size=10, bold=True
        )
        for j in range(s0, s1):
            a, b = doc.cells[i][j]
            if not a:
                continue
            x = x0 + (j - s0) * cell_w + 3
            pen.text(x, top - row_h / 2 + 2, a, width=cell_w - 6, size=7.5, name=True)
            pen.text(x, top - row_h / 2 - 7.5, b, width=cell_w - 6, size=7.5, name=True)
        pen.rule(MARGIN, top - row_h, PAGE_W - MARGIN, colour=RULE, width=0.4)
    bottom = y - (t1 - t0) * row_h
    for j in range(s1 - s0 + 1):
        x = x0 + j * cell_w
        pen.canvas.addLiteral(
            f"0.75 0.75 0.74 RG 0.4 w {x:.2f} {y + HEAD_H:.2f} m {x:.2f} {bottom:.2f} l S"
        )
    pen.footer(
        w(
            "Names per cell: the two participants meeting at that table in that slot. "
            "Pages run across the slots, then down the tables."
        )
    )


def render_master_schedule(
    doc: ScheduleDocument,
    out: Output,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    max_pages: int | None = None,
) -> RenderStats:
    w = words(doc.event.language)
    pen = Pen(PAGE_W, PAGE_H, w("Master schedule – {event}", event=doc.event.name))
    total = doc.pages
    if doc.tables and doc.slots:
        number = 0
        for t0 in range(0, len(doc.tables), ROWS):
            for s0 in range(0, len(doc.slots), COLS):
                if max_pages is not None and number >= max_pages:
                    break
                check_cancel(cancel)
                number += 1
                _page(pen, doc, t0, s0, number, total)
                pen.page_done()
                pen.tally.items += 1
                if progress is not None:
                    progress(number, total)
    else:
        pen.header(doc.event, w("Master schedule"))
        pen.text(
            MARGIN, TOP - 20, w("No slots or tables yet: nothing is scheduled."), width=400, size=11
        )
        pen.page_done()
    check_cancel(cancel)
    return finish(pen.canvas, pen.buffer, out, pen.tally)
