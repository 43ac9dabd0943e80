"""The statistics report (A4 portrait, 3 pages): the key figures, meetings accepted / scheduled /
held / no-show with the realised rate and the meeting outcomes (once there are any), participants by country and category, check-ins over
time and meetings per participant — charts by reportlab's graphics."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics import renderPDF

from clusterdesk.documents.output import (
    Cancel,
    Output,
    Progress,
    RenderStats,
    check_cancel,
    finish,
)
from clusterdesk.documents.page_kit import GREY, MARGIN, PORTRAIT, EventHeader, Pen
from clusterdesk.documents.report_charts import hbar_chart, line_chart, vbar_chart
from clusterdesk.documents.words import words

PAGE_W, PAGE_H = PORTRAIT
BODY_W = PAGE_W - 2 * MARGIN
TOP_N = 15  # bars shown before "Others"

Counts = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ReportDocument:
    event: EventHeader
    kpis: tuple[tuple[str, str, str], ...]  # (label, value, detail)
    realised: str  # one sentence: "43 of 120 accepted meetings were held (35.8 %)."
    funnel: Counts  # Accepted, Scheduled, Held, No-show
    by_country: Counts
    by_category: Counts
    checkins: Counts  # ("09:15", checked in by then)
    per_person: Counts  # ("0", participants with no meeting), ("1", …)
    outcomes: Counts = ()  # ("Agreement reached", meetings), …: drawn when any meeting has one

    @property
    def pages(self) -> int:
        return 3

    def render(
        self,
        out: Output,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        max_pages: int | None = None,
    ) -> RenderStats:
        return render_report(self, out, progress=progress, cancel=cancel, max_pages=max_pages)


def top(items: Counts, n: int = TOP_N, others: str = "Others") -> Counts:
    if len(items) <= n:
        return items
    return (*items[: n - 1], (others, sum(c for _l, c in items[n - 1 :])))


def _tiles(pen: Pen, kpis: tuple[tuple[str, str, str], ...], y: float) -> float:
    w, h, gap = (BODY_W - 2 * 10) / 3, 62.0, 10.0
    for i, (label, value, detail) in enumerate(kpis):
        col, row = i % 3, i // 3
        x = MARGIN + col * (w + gap)
        top = y - row * (h + gap)
        pen.box(x, top - h, w, h, fill="#f6f5f4", stroke="#deddda")
        pen.text(x + 10, top - 17, label, width=w - 20, size=9, colour=GREY)
        pen.text(x + 10, top - 41, value, width=w - 20, size=20, bold=True)
        pen.text(x + 10, top - 54, detail, width=w - 20, size=7.5, colour=GREY)
    rows = -(-len(kpis) // 3)
    return y - rows * (h + gap)


def render_report(
    doc: ReportDocument,
    out: Output,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    max_pages: int | None = None,
) -> RenderStats:
    w = words(doc.event.language)
    pen = Pen(PAGE_W, PAGE_H, w("Statistics report – {event}", event=doc.event.name))
    c = pen.canvas
    limit = 3 if max_pages is None else min(3, max_pages)

    def page(number: int, title: str) -> float:
        check_cancel(cancel)
        y = pen.header(doc.event, w("Statistics report"))
        pen.text(MARGIN, y - 24, w(title), width=BODY_W, size=15, bold=True)
        pen.footer(w("Statistics report · page {page} of {pages}", page=number, pages=3))
        return y - 40

    def done(number: int) -> None:
        pen.page_done()
        pen.tally.items += 1
        if progress is not None:
            progress(number, 3)

    y = page(1, "Key figures")
    y = _tiles(pen, doc.kpis, y)
    pen.text(MARGIN, y - 14, doc.realised, width=BODY_W, size=11, bold=True)
    renderPDF.draw(hbar_chart(doc.funnel, w("Meetings"), BODY_W, 170), c, MARGIN, y - 200)
    if any(n for _label, n in doc.outcomes):
        height = 28 + 16 * max(3, len(doc.outcomes))
        chart = hbar_chart(doc.outcomes, w("Meeting outcomes"), BODY_W, height)
        renderPDF.draw(chart, c, MARGIN, y - 220 - height)
    pen.forget_colour()
    done(1)
    if limit >= 2:
        y = page(2, "Participants")
        countries = top(doc.by_country, others=w("Others"))
        height = 28 + 16 * max(3, len(countries))
        renderPDF.draw(
            hbar_chart(countries, w("By country"), BODY_W, height), c, MARGIN, y - height
        )
        y -= height + 20
        categories = top(doc.by_category, others=w("Others"))
        height2 = 28 + 16 * max(3, len(categories))
        renderPDF.draw(
            hbar_chart(categories, w("By category"), BODY_W, height2), c, MARGIN, y - height2
        )
        pen.forget_colour()
        done(2)
    if limit >= 3:
        y = page(3, "Check-ins and meetings")
        renderPDF.draw(
            line_chart(doc.checkins, w("Checked in over time"), BODY_W, 250), c, MARGIN, y - 250
        )
        renderPDF.draw(
            vbar_chart(doc.per_person, w("Meetings per participant"), BODY_W, 250, w("meetings")),
            c,
            MARGIN,
            y - 540,
        )
        pen.forget_colour()
        done(3)
    check_cancel(cancel)
    return finish(c, pen.buffer, out, pen.tally)
