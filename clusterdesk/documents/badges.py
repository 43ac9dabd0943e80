"""The one badge renderer: plain records + a layout -> a PDF (n-up sheets, labels or cards).

Used for batch printing before the event and for one badge at the desk alike::

    stats = render_badges(records, load_layout("a6-4up-a4"), "badges.pdf", event_name="BCF 2026")
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from clusterdesk.documents import badge_elements as el
from clusterdesk.documents.badge_elements import AgendaLine, BadgeContext
from clusterdesk.documents.drawing import rect_mm, rotated
from clusterdesk.documents.fonts import clean_text
from clusterdesk.documents.layouts import (
    AgendaElement,
    BandElement,
    ImageElement,
    Layout,
    LineElement,
    QrElement,
    TextElement,
)
from clusterdesk.documents.output import (
    Cancel,
    Output,
    Progress,
    RenderCancelled,
    RenderStats,
    Tally,
    check_cancel,
    new_canvas,
    write_out,
)
from clusterdesk.documents.words import words

__all__ = [
    "AgendaLine",
    "BadgeDocument",
    "BadgeRecord",
    "RenderCancelled",
    "RenderStats",
    "render_badges",
]


@dataclass(frozen=True)
class BadgeRecord:
    """Everything printed on one badge (plain data; no database objects)."""

    first_name: str
    last_name: str
    organization: str = ""
    country: str = ""
    category: str = ""
    category_colour: str | None = None  # "#rrggbb"; None: the layout's band colour
    badge_code: str = ""  # the QR payload; empty: no QR code
    title: str = ""  # job title / position
    agenda: tuple[AgendaLine, ...] = ()  # (time, table, with whom) once meetings exist

    def values(self, event_name: str) -> dict[str, str]:
        first, last = clean_text(self.first_name), clean_text(self.last_name)
        return {
            "first_name": first,
            "last_name": last,
            "full_name": f"{first} {last}".strip(),
            "title": clean_text(self.title),
            "organization": clean_text(self.organization),
            "country": clean_text(self.country),
            "category": clean_text(self.category),
            "badge_code": clean_text(self.badge_code),
            "event_name": event_name,
        }


def _valid_colour(colour: str | None) -> str | None:
    if colour and len(colour) == 7 and colour.startswith("#"):
        try:
            int(colour[1:], 16)
        except ValueError:
            return None
        return colour
    return None


def draw_badge(
    canvas: Canvas, layout: Layout, cell: tuple[float, float], ctx: BadgeContext
) -> None:
    """Draw one badge with its top-left corner at ``cell`` (mm from the page's top-left)."""
    cx, cy = cell
    ph = layout.page_height
    agendas = [e for e in layout.elements if isinstance(e, AgendaElement)]
    for e in layout.elements:
        if isinstance(e, LineElement):
            el.draw_line(canvas, e, ph, cx, cy)
            continue
        box = rect_mm(ph, cx + e.x, cy + e.y, e.w, e.h)
        with rotated(canvas, box, e.rotate):
            if isinstance(e, TextElement):
                el.draw_text(canvas, e, box, ctx)
            elif isinstance(e, BandElement):
                el.draw_band(canvas, e, box, ctx)
            elif isinstance(e, QrElement):
                el.draw_code(canvas, box, ctx.values["badge_code"], e.error_correction, e.colour)
            elif isinstance(e, ImageElement):
                el.draw_image(canvas, e, box, ctx)
            elif isinstance(e, AgendaElement):
                el.draw_agenda(canvas, e, box, ctx, last=e is agendas[-1])


def draw_crop_marks(canvas: Canvas, layout: Layout) -> None:
    """Short lines on every cut line, from each page edge inwards (where a guillotine aligns)."""
    marks = layout.crop_marks
    if marks is None:
        return
    pw, ph, length = layout.page_width, layout.page_height, marks.length
    xs = sorted(
        {round(x, 3) for x, _ in layout.cells()}
        | {round(x + layout.label_width, 3) for x, _ in layout.cells()}
    )
    ys = sorted(
        {round(y, 3) for _, y in layout.cells()}
        | {round(y + layout.label_height, 3) for _, y in layout.cells()}
    )
    canvas.saveState()
    canvas.setLineWidth(marks.width_pt)
    canvas.setStrokeColorRGB(0, 0, 0)
    for x in xs:
        if 0.05 < x < pw - 0.05:
            canvas.line(x * mm, ph * mm, x * mm, (ph - length) * mm)
            canvas.line(x * mm, 0, x * mm, length * mm)
    for y in ys:
        if 0.05 < y < ph - 0.05:
            canvas.line(0, (ph - y) * mm, length * mm, (ph - y) * mm)
            canvas.line(pw * mm, (ph - y) * mm, (pw - length) * mm, (ph - y) * mm)
    canvas.restoreState()


def _logo(logo: str | Path | bytes | None) -> ImageReader | None:
    if logo is None:
        return None
    if isinstance(logo, bytes):
        return ImageReader(io.BytesIO(logo))
    return ImageReader(str(logo))


def render_badges(
    records: Sequence[BadgeRecord],
    layout: Layout,
    out: Output,
    *,
    event_name: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    logo: str | Path | bytes | None = None,
    language: str = "en",
) -> RenderStats:
    """Render ``records`` with ``layout`` into ``out`` (a path or a binary stream).

    ``progress(done, total)`` is called after every page; ``cancel()`` is polled before every
    page and, when it returns True, :class:`RenderCancelled` is raised and nothing is written.
    """
    tally = Tally()
    buffer = io.BytesIO()
    w = words(language)
    title = w("Badges – {event}", event=clean_text(event_name)) if event_name else w("Badges")
    canvas = new_canvas(buffer, layout.page_width * mm, layout.page_height * mm, title)
    event = clean_text(event_name)
    logo_reader = _logo(logo)
    cells = layout.cells()
    total = len(records)
    per_page = layout.per_page
    for start in range(0, total, per_page):
        check_cancel(cancel)
        for cell, record in zip(cells, records[start : start + per_page], strict=False):
            ctx = BadgeContext(
                values=record.values(event),
                colour=_valid_colour(record.category_colour),
                agenda=record.agenda,
                logo=logo_reader,
                tally=tally,
            )
            draw_badge(canvas, layout, cell, ctx)
            tally.items += 1
        draw_crop_marks(canvas, layout)
        canvas.showPage()
        tally.pages += 1
        if progress is not None:
            progress(tally.items, total)
    if total == 0:
        canvas.showPage()
        tally.pages = 1
    check_cancel(cancel)
    canvas.save()
    data = buffer.getvalue()
    write_out(data, out)
    return tally.stats(len(data))


@dataclass(frozen=True)
class BadgeDocument:
    """Badges to render: the records in print order, the layout, the event's name and language."""

    records: tuple[BadgeRecord, ...]
    layout: Layout
    event_name: str
    language: str = "en"

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.records) // max(1, self.layout.per_page)))

    def render(
        self,
        out: Output,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        max_pages: int | None = None,
    ) -> RenderStats:
        records = self.records
        if max_pages is not None:
            records = records[: max_pages * max(1, self.layout.per_page)]
        return render_badges(
            records,
            self.layout,
            out,
            event_name=self.event_name,
            progress=progress,
            cancel=cancel,
            language=self.language,
        )
