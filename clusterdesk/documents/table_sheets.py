"""Per-table sheets for table hosts (A4 portrait): the table's meetings in time order, each with
both participants and a tick box for "took place" and for "no-show", so attendance can be
recorded on paper and entered later. One table starts a new page; a long list continues.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    MARGIN,
    PORTRAIT,
    SHADE,
    EventHeader,
    Pen,
)
from clusterdesk.documents.words import Words, words

PAGE_W, PAGE_H = PORTRAIT
BODY_W = PAGE_W - 2 * MARGIN
ROW_H = 31.0
TITLE_H = 64.0
COLUMNS_H = 16.0
BOTTOM = MARGIN + 40.0
# x offsets from the margin: time, participant A, participant B, took place, no-show
X = (0.0, 70.0, 70.0 + (BODY_W - 182) / 2, BODY_W - 108, BODY_W - 52)
BOX = 11.0


@dataclass(frozen=True)
class SheetMeeting:
    time: str  # "13:20–13:40" (a date in front when the event has several days)
    a_name: str
    a_org: str
    b_name: str
    b_org: str


@dataclass(frozen=True)
class TableSheet:
    label: str
    zone: str = ""
    hosts: str = ""  # whose own table this is
    meetings: tuple[SheetMeeting, ...] = ()


def rows_per_page(first: bool) -> int:
    room = PAGE_H - HEADER_DEPTH - (TITLE_H if first else 24.0) - COLUMNS_H - BOTTOM
    return int(room // ROW_H)


def sheet_pages(sheet: TableSheet) -> int:
    n = len(sheet.meetings)
    first = rows_per_page(True)
    if n <= first:
        return 1
    return 1 + -(-(n - first) // rows_per_page(False))


@dataclass(frozen=True)
class TableSheetDocument:
    event: EventHeader
    sheets: tuple[TableSheet, ...]

    def render(
        self,
        out: Output,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        max_pages: int | None = None,
    ) -> RenderStats:
        return render_table_sheets(
            self.sheets, self.event, out, progress=progress, cancel=cancel, max_pages=max_pages
        )


def _columns(pen: Pen, y: float, w: Words) -> float:
    pen.box(MARGIN, y - COLUMNS_H, BODY_W, COLUMNS_H, fill=SHADE)
    labels = ("Time", "Participant", "Participant", "Took place", "No-show")
    for x, label in zip(X, labels, strict=True):
        pen.text(MARGIN + x + 2, y - 11, w(label), width=70, size=8, bold=True, colour=GREY)
    return y - COLUMNS_H


def _meeting(pen: Pen, m: SheetMeeting, y: float) -> None:
    x = MARGIN
    pen.text(x + 2, y - 13, m.time, width=X[1] - 6, size=9.5, bold=True)
    for left, name, org in ((X[1], m.a_name, m.a_org), (X[2], m.b_name, m.b_org)):
        pen.text(x + left + 2, y - 13, name, width=X[2] - X[1] - 8, size=10, bold=True, name=True)
        pen.text(x + left + 2, y - 24, org, width=X[2] - X[1] - 8, size=8, colour=GREY)
    for left in (X[3], X[4]):
        pen.box(x + left + 14, y - 21, BOX, BOX, stroke="#000000", width=0.9)
    pen.rule(MARGIN, y - ROW_H, MARGIN + BODY_W)


def _sheet(pen: Pen, sheet: TableSheet, event: EventHeader, budget: int | None) -> None:
    pages = sheet_pages(sheet)
    rows = list(sheet.meetings)
    w = words(event.language)
    for n in range(pages):
        if budget is not None and pen.tally.pages >= budget:
            return
        y = pen.header(event, w("Table sheet"))
        if n == 0:
            title = w("Table {label}", label=sheet.label)
            pen.text(MARGIN, y - 30, title, width=BODY_W * 0.6, size=24, bold=True)
            sub = " · ".join(p for p in (sheet.zone, sheet.hosts) if p)
            pen.text(MARGIN, y - 48, sub, width=BODY_W, size=10, colour=GREY)
            pen.text(
                MARGIN + BODY_W * 0.6,
                y - 30,
                w.plural("{n} meetings", len(rows)),
                width=BODY_W * 0.4,
                size=11,
                align="right",
                colour=GREY,
            )
            y -= TITLE_H
        else:
            title = w("Table {label} (continued)", label=sheet.label)
            pen.text(MARGIN, y - 16, title, width=BODY_W, size=12, bold=True)
            y -= 24.0
        y = _columns(pen, y, w)
        take = rows_per_page(n == 0)
        for m in rows[:take]:
            _meeting(pen, m, y)
            y -= ROW_H
        rows = rows[take:]
        if not sheet.meetings:
            pen.text(
                MARGIN + 2,
                y - 16,
                w("No meetings at this table."),
                width=BODY_W,
                size=10,
                colour=GREY,
            )
        pen.text(
            MARGIN,
            MARGIN + 18,
            w(
                "Table host: ______________________   "
                "Tick one box per meeting and return this sheet to the registration desk."
            ),
            width=BODY_W,
            size=8.5,
            colour=GREY,
        )
        pen.footer(
            w("Table {label} · page {page} of {pages}", label=sheet.label, page=n + 1, pages=pages)
        )
        pen.page_done()


def render_table_sheets(
    sheets: Sequence[TableSheet],
    event: EventHeader,
    out: Output,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    max_pages: int | None = None,
) -> RenderStats:
    pen = Pen(PAGE_W, PAGE_H, words(event.language)("Table sheets – {event}", event=event.name))
    for sheet in sheets:
        if max_pages is not None and pen.tally.pages >= max_pages:
            break
        check_cancel(cancel)
        _sheet(pen, sheet, event, max_pages)
        pen.tally.items += 1
        if progress is not None:
            progress(pen.tally.items, len(sheets))
    check_cancel(cancel)
    return finish(pen.canvas, pen.buffer, out, pen.tally)
