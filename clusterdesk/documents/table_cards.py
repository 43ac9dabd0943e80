"""Table tent cards: one A4 landscape sheet per meeting table, folded along the middle.

Both halves carry the same face: the table label as large as it fits, the event name and zone,
and the table's meetings per slot once scheduled. The upper half is turned 180° so that it reads
upright on the other side of the table when the sheet is folded into a tent.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from clusterdesk.documents.drawing import Rect, draw_fitted, rgb, rotated
from clusterdesk.documents.fonts import Weight, clean_text, text_width
from clusterdesk.documents.output import (
    Cancel,
    Output,
    Progress,
    RenderStats,
    Tally,
    check_cancel,
    new_canvas,
    write_out,
)
from clusterdesk.documents.textfit import fit_text
from clusterdesk.documents.words import words

__all__ = ["TableCardDocument", "TableCardRecord", "render_table_cards"]

MeetingLine = tuple[str, str]  # (time, who meets whom)

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 10 * mm
GREY = "#5e5c64"


@dataclass(frozen=True)
class TableCardRecord:
    label: str  # e.g. "12", "T12" or "Table 12": printed as given, as large as possible
    zone: str = ""  # e.g. "Hall B"
    meetings: tuple[MeetingLine, ...] = ()  # per slot, in time order, once scheduled


def _text(
    canvas: Canvas,
    tally: Tally,
    text: str,
    box: Rect,
    *,
    size: float = 12.0,
    min_size: float = 6.0,
    bold: bool = False,
    ellipsize: bool = False,
    align: str = "left",
    colour: str = "#000000",
) -> None:
    weight: Weight = "bold" if bold else "regular"
    fitted = fit_text(
        text,
        weight,
        box.w,
        box.h,
        max_size=size,
        min_size=min_size,
        max_lines=1,
        ellipsize=ellipsize,
    )
    tally.check_glyphs(text, weight)
    tally.below_min += fitted.below_min
    tally.ellipsized += fitted.ellipsized
    draw_fitted(canvas, fitted, box, align=align, colour=colour)


def _meetings(canvas: Canvas, tally: Tally, meetings: Sequence[MeetingLine], box: Rect) -> None:
    lines = [(clean_text(t), clean_text(who)) for t, who in meetings]
    # The fewest columns (widest lines) that show every meeting at >= 9 pt; else 3 columns, smaller.
    for columns in (1, 2, 3):
        size = 12.0
        while size > 9 and (box.h // (size * 1.45)) * columns < len(lines):
            size -= 0.25
        if (box.h // (size * 1.45)) * columns >= len(lines):
            break
    while size > 7 and (box.h // (size * 1.45)) * columns < len(lines):
        size -= 0.25
    pitch = size * 1.45
    rows = max(1, min(int(box.h // pitch), -(-len(lines) // columns)))
    capacity = rows * columns
    shown = lines if len(lines) <= capacity else lines[: capacity - 1]
    col_w = (box.w - (columns - 1) * 6 * mm) / columns
    time_w = max(text_width(t, "bold", size) for t, _ in shown) + size * 0.8 if shown else 0
    for i, (time, who) in enumerate(shown):
        col, row = divmod(i, rows)
        x = box.x + col * (col_w + 6 * mm)
        y = box.top - (row + 1) * pitch
        _text(canvas, tally, time, Rect(x, y, time_w, pitch), bold=True, size=size)
        _text(canvas, tally, who, Rect(x + time_w, y, col_w - time_w, pitch), size=size)
    if len(lines) > len(shown):
        col, row = divmod(len(shown), rows)
        x = box.x + col * (col_w + 6 * mm)
        rest = f"+ {len(lines) - len(shown)} more"
        _text(
            canvas,
            tally,
            rest,
            Rect(x, box.top - (row + 1) * pitch, col_w, pitch),
            bold=True,
            size=size,
        )


def _face(canvas: Canvas, tally: Tally, record: TableCardRecord, event: str, face: Rect) -> None:
    """One half of the sheet (297 × 105 mm), drawn upright in ``face``."""
    inner = Rect(face.x + MARGIN, face.y + 8 * mm, face.w - 2 * MARGIN, face.h - 16 * mm)
    header = " · ".join(p for p in (event, clean_text(record.zone)) if p)
    head_box = Rect(inner.x, inner.top - 9 * mm, inner.w, 9 * mm)
    if header:
        _text(
            canvas,
            tally,
            header,
            head_box,
            bold=True,
            size=16,
            min_size=9,
            ellipsize=True,
            align="center",
            colour=GREY,
        )
    label = clean_text(record.label)
    if record.meetings:
        label_box = Rect(inner.x, inner.top - 48 * mm, inner.w, 38 * mm)
        list_box = Rect(inner.x, inner.y, inner.w, label_box.y - inner.y - 3 * mm)
        canvas.setStrokeColorRGB(*rgb("#c0bfbc"))
        canvas.setLineWidth(0.6)
        canvas.line(inner.x, label_box.y - 1.5 * mm, inner.x + inner.w, label_box.y - 1.5 * mm)
        _meetings(canvas, tally, record.meetings, list_box)
    else:
        label_box = Rect(inner.x, inner.y, inner.w, head_box.y - inner.y - 2 * mm)
    _text(canvas, tally, label, label_box, bold=True, size=300, min_size=24, align="center")


def render_table_cards(
    records: Sequence[TableCardRecord],
    out: Output,
    *,
    event_name: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    language: str = "en",
) -> RenderStats:
    """One A4 landscape tent card per record into ``out`` (a path or a binary stream)."""
    tally = Tally()
    buffer = io.BytesIO()
    event = clean_text(event_name)
    w = words(language)
    title = w("Table cards – {event}", event=event) if event else w("Table cards")
    canvas = new_canvas(buffer, PAGE_W, PAGE_H, title)
    half = PAGE_H / 2
    lower = Rect(0, 0, PAGE_W, half)
    upper = Rect(0, half, PAGE_W, half)
    for record in records:
        check_cancel(cancel)
        _face(canvas, tally, record, event, lower)
        with rotated(canvas, upper, 180):
            _face(canvas, tally, record, event, upper)
        canvas.saveState()
        canvas.setDash(3, 3)
        canvas.setStrokeColorRGB(*rgb("#c0bfbc"))
        canvas.setLineWidth(0.4)
        canvas.line(0, half, PAGE_W, half)
        canvas.restoreState()
        canvas.showPage()
        tally.items += 1
        tally.pages += 1
        if progress is not None:
            progress(tally.items, len(records))
    if not records:
        canvas.showPage()
        tally.pages = 1
    check_cancel(cancel)
    canvas.save()
    data = buffer.getvalue()
    write_out(data, out)
    return tally.stats(len(data))


@dataclass(frozen=True)
class TableCardDocument:
    """Tent cards to render, one per record (an A4 page each)."""

    records: tuple[TableCardRecord, ...]
    event_name: str
    language: str = "en"

    @property
    def pages(self) -> int:
        return max(1, len(self.records))

    def render(
        self,
        out: Output,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        max_pages: int | None = None,
    ) -> RenderStats:
        records = self.records if max_pages is None else self.records[:max_pages]
        return render_table_cards(
            records,
            out,
            event_name=self.event_name,
            progress=progress,
            cancel=cancel,
            language=self.language,
        )
