"""Personal agendas (A4 portrait): the event, the person with their badge QR code, their meetings in
time order (time, table, partner, organisation, country) with the breaks between them, and the
programme. One person starts a new page; a long agenda continues on the next page.

The event header and the programme are the same on every page: they are drawn once as PDF form
XObjects and placed on each page, which keeps 5,000 agendas fast and the file small.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

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
HEADER_H = HEADER_DEPTH + 8.0  # from the page top to below the event header
PERSON_H = 96.0
HEADING_H = 24.0
COLUMNS_H = 15.0
ROW_H = {"meeting": 27.0, "break": 16.0, "day": 20.0, "none": 18.0}
PROG_ROW_H = 14.0
BOTTOM = MARGIN + 10.0
QR_SIZE = 28 * mm
# column x offsets (from the left margin) of the meeting table: time, table, partner, country
COLS = (0.0, 62.0, 112.0, BODY_W - 90.0)


@dataclass(frozen=True)
class AgendaRow:
    kind: str  # "meeting" | "break" | "day"
    start: str = ""  # "13:20"
    end: str = ""
    table: str = ""
    partner: str = ""
    organization: str = ""
    country: str = ""
    day: str = ""  # a "day" row's text ("Thursday 14 May 2026")


@dataclass(frozen=True)
class AgendaRecord:
    name: str
    organization: str = ""
    country: str = ""
    category: str = ""
    title: str = ""
    badge_code: str = ""
    rows: tuple[AgendaRow, ...] = ()


@dataclass(frozen=True)
class ProgrammeLine:
    start: str
    end: str
    title: str
    room: str = ""
    speakers: str = ""
    day: str = ""  # set when the event spans several days


def _programme_height(programme: Sequence[ProgrammeLine]) -> float:
    return HEADING_H + PROG_ROW_H * len(programme) if programme else 0.0


def paginate(record: AgendaRecord, programme: Sequence[ProgrammeLine]) -> list[list[AgendaRow]]:
    """The meeting rows on each page; the programme goes under the last page's rows when it fits,
    else on a page of its own (see :func:`programme_page`)."""
    top = PAGE_H - HEADER_H
    room = top - PERSON_H - HEADING_H - COLUMNS_H - BOTTOM
    pages: list[list[AgendaRow]] = [[]]
    rows = record.rows or (AgendaRow("none"),)
    for row in rows:
        h = ROW_H[row.kind]
        if h > room:
            pages.append([])
            room = top - HEADING_H - COLUMNS_H - BOTTOM
        pages[-1].append(row)
        room -= h
    if programme and _programme_height(programme) > room:
        pages.append([])
    return pages


def page_count(record: AgendaRecord, programme: Sequence[ProgrammeLine]) -> int:
    return len(paginate(record, programme))


@dataclass(frozen=True)
class AgendaDocument:
    event: EventHeader
    records: tuple[AgendaRecord, ...]
    programme: tuple[ProgrammeLine, ...] = ()

    def render(
        self,
        out: Output,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        max_pages: int | None = None,
    ) -> RenderStats:
        return render_agendas(
            self.records,
            self.programme,
            self.event,
            out,
            progress=progress,
            cancel=cancel,
            max_pages=max_pages,
        )


def _forms(pen: Pen, event: EventHeader, programme: Sequence[ProgrammeLine], w: Words) -> None:
    """The header and the programme, drawn once (forms are made before the first page)."""
    c = pen.canvas
    c.beginForm("agendaHeader", 0, 0, PAGE_W, PAGE_H)
    pen.header(event, w("Personal agenda"))
    c.endForm()
    pen.forget_colour()
    if programme:
        height = _programme_height(programme)
        c.beginForm("agendaProgramme", 0, -height, PAGE_W, 0)
        _draw_programme(pen, programme, 0.0, w)
        c.endForm()
        pen.forget_colour()


def _draw_programme(pen: Pen, programme: Sequence[ProgrammeLine], top: float, w: Words) -> None:
    y = top - 17
    pen.text(MARGIN, y, w("Programme"), width=BODY_W, size=12, bold=True)
    y -= HEADING_H - 17
    for line in programme:
        y -= PROG_ROW_H
        when = f"{line.day} {line.start}–{line.end}".strip()
        pen.text(MARGIN, y + 3, when, width=88, size=8.5, bold=True)
        pen.text(MARGIN + 92, y + 3, line.title, width=BODY_W * 0.5, size=8.5)
        rest = " · ".join(p for p in (line.room, line.speakers) if p)
        pen.text(
            MARGIN + 96 + BODY_W * 0.5, y + 3, rest, width=BODY_W * 0.5 - 96, size=8, colour=GREY
        )


def _person(pen: Pen, record: AgendaRecord, top: float) -> float:
    text_w = BODY_W - QR_SIZE - 8
    pen.text(MARGIN, top - 26, record.name, width=text_w, size=20, bold=True, name=True)
    second = " · ".join(p for p in (record.title, record.organization) if p)
    pen.text(MARGIN, top - 45, second, width=text_w, size=11)
    third = " · ".join(p for p in (record.country, record.category) if p)
    pen.text(MARGIN, top - 61, third, width=text_w, size=10, colour=GREY)
    pen.qr(record.badge_code, PAGE_W - MARGIN - QR_SIZE, top - QR_SIZE - 6, QR_SIZE)
    return top - PERSON_H


def _columns(pen: Pen, top: float, heading: str, w: Words) -> float:
    pen.text(MARGIN, top - 17, heading, width=BODY_W, size=12, bold=True)
    y = top - HEADING_H
    pen.box(MARGIN, y - COLUMNS_H, BODY_W, COLUMNS_H, fill=SHADE)
    for x, label in zip(COLS, ("Time", "Table", "Meeting with", "Country"), strict=True):
        pen.text(MARGIN + x + 2, y - 10.5, w(label), width=80, size=8, bold=True, colour=GREY)
    return y - COLUMNS_H


def _row(pen: Pen, row: AgendaRow, y: float, w: Words) -> None:
    """Draw one row whose top is ``y``."""
    x = MARGIN
    if row.kind == "day":
        pen.text(x + 2, y - 14, row.day, width=BODY_W, size=10, bold=True)
    elif row.kind == "none":
        pen.text(
            x + 2,
            y - 13,
            w("No one-to-one meetings are planned for you yet."),
            width=BODY_W,
            size=10,
            colour=GREY,
        )
    elif row.kind == "break":
        pen.text(x + 2, y - 11.5, f"{row.start}–{row.end}", width=58, size=9, colour=GREY)
        pen.text(x + COLS[2] + 2, y - 11.5, w("Break"), width=200, size=9, colour=GREY)
    else:
        pen.text(x + 2, y - 13, f"{row.start}–{row.end}", width=58, size=10, bold=True)
        pen.text(x + COLS[1] + 2, y - 13, row.table, width=46, size=11, bold=True)
        pen.text(
            x + COLS[2] + 2,
            y - 13,
            row.partner,
            width=COLS[3] - COLS[2] - 6,
            size=10,
            bold=True,
            name=True,
        )
        pen.text(
            x + COLS[2] + 2,
            y - 23,
            row.organization,
            width=COLS[3] - COLS[2] - 6,
            size=8.5,
            colour=GREY,
        )
        pen.text(x + COLS[3] + 2, y - 13, row.country, width=BODY_W - COLS[3] - 4, size=9)
    pen.rule(MARGIN, y - ROW_H[row.kind], MARGIN + BODY_W)


def render_agendas(
    records: Sequence[AgendaRecord],
    programme: Sequence[ProgrammeLine],
    event: EventHeader,
    out: Output,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    max_pages: int | None = None,
) -> RenderStats:
    """One agenda per record (a new page for each person) into ``out``."""
    w = words(event.language)
    title = w("Personal agendas – {event}", event=event.name) if event.name else w("Agendas")
    pen = Pen(PAGE_W, PAGE_H, title)
    _forms(pen, event, programme, w)
    c = pen.canvas
    total = len(records)
    for record in records:
        if max_pages is not None and pen.tally.pages >= max_pages:
            break
        check_cancel(cancel)
        pages = paginate(record, programme)
        for n, rows in enumerate(pages):
            c.doForm("agendaHeader")
            pen.forget_colour()
            top = PAGE_H - HEADER_H
            if n == 0:
                top = _person(pen, record, top)
            else:
                pen.text(
                    MARGIN,
                    top - 14,
                    w("{name} (continued)", name=record.name),
                    width=BODY_W,
                    size=11,
                    bold=True,
                    name=True,
                )
                top -= 20
            if rows:
                heading = w("Your meetings" if n == 0 else "Your meetings (continued)")
                top = _columns(pen, top, heading, w)
                for row in rows:
                    _row(pen, row, top, w)
                    top -= ROW_H[row.kind]
            if n == len(pages) - 1 and programme:
                c.saveState()
                c.translate(0, top - 8)
                c.doForm("agendaProgramme")
                c.restoreState()
                pen.forget_colour()
            pen.footer(
                w("{name} · page {page} of {pages}", name=record.name, page=n + 1, pages=len(pages))
            )
            pen.page_done()
        pen.tally.items += 1
        if progress is not None and (pen.tally.items % 50 == 0 or pen.tally.items == total):
            progress(pen.tally.items, total)
    check_cancel(cancel)
    return finish(pen.canvas, pen.buffer, out, pen.tally)
