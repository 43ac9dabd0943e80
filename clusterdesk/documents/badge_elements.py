"""Drawing of the individual layout elements of one badge (text, band, QR, image, agenda, line)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from clusterdesk.documents.drawing import Rect, draw_fitted, draw_qr, fill_op, readable_on, rgb
from clusterdesk.documents.fonts import Weight, clean_text, text_width
from clusterdesk.documents.layouts import (
    AgendaElement,
    BandElement,
    ImageElement,
    LineElement,
    TextElement,
)
from clusterdesk.documents.output import Tally
from clusterdesk.documents.qr import EcLevel, qr_matrix
from clusterdesk.documents.textfit import Fitted, fit_text

AgendaLine = tuple[str, str, str]  # (time, table, with whom)

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_fit = lru_cache(maxsize=8192)(fit_text)


@dataclass
class BadgeContext:
    """What the elements of one badge draw from; ``agenda_done`` lets agenda parts continue."""

    values: dict[str, str]
    colour: str | None
    agenda: tuple[AgendaLine, ...]
    logo: ImageReader | None
    tally: Tally
    agenda_done: int = 0
    drawn: list[tuple[str, Rect, Rect]] = field(default_factory=list)  # (text, ink, box)


def fit(
    ctx: BadgeContext,
    text: str,
    weight: Weight,
    box: Rect,
    *,
    size: float,
    min_size: float,
    max_lines: int = 1,
    ellipsize: bool = False,
) -> Fitted:
    fitted = _fit(
        text,
        weight,
        box.w,
        box.h,
        max_size=size,
        min_size=min_size,
        max_lines=max_lines,
        ellipsize=ellipsize,
    )
    ctx.tally.check_glyphs(text, weight)
    ctx.tally.below_min += fitted.below_min
    ctx.tally.ellipsized += fitted.ellipsized
    return fitted


def draw_text(canvas: Canvas, e: TextElement, box: Rect, ctx: BadgeContext) -> None:
    if e.field is not None:
        text = ctx.values.get(e.field, "")
    else:
        text = _PLACEHOLDER.sub(lambda m: ctx.values.get(m.group(1), ""), e.text or "")
        text = clean_text(text)
    if e.uppercase:
        text = text.upper()
    if not text:
        return
    fitted = fit(
        ctx,
        text,
        e.weight,
        box,
        size=e.size,
        min_size=e.min_size,
        max_lines=e.max_lines,
        ellipsize=e.ellipsize,
    )
    for line, ink in draw_fitted(
        canvas, fitted, box, align=e.align, valign=e.valign, colour=e.colour
    ):
        ctx.drawn.append((line, ink, box))


def draw_band(canvas: Canvas, e: BandElement, box: Rect, ctx: BadgeContext) -> None:
    colour = ctx.colour or e.default_colour
    canvas.addLiteral(f"{fill_op(colour)} {box.x:.2f} {box.y:.2f} {box.w:.2f} {box.h:.2f} re f")
    label = ctx.values.get("category", "")
    if not e.label or not label:
        return
    if e.uppercase:
        label = label.upper()
    pad = min(3 * mm, box.w * 0.05)
    inner = Rect(box.x + pad, box.y + box.h * 0.1, box.w - 2 * pad, box.h * 0.8)
    fitted = fit(ctx, label, "bold", inner, size=e.size, min_size=e.min_size, ellipsize=True)
    text_colour = e.text_colour or readable_on(colour)
    for line, ink in draw_fitted(canvas, fitted, inner, align=e.align, colour=text_colour):
        ctx.drawn.append((line, ink, inner))


def draw_code(canvas: Canvas, box: Rect, code: str, ec: EcLevel, colour: str) -> None:
    if code:
        draw_qr(canvas, qr_matrix(code, ec), box, colour)


@lru_cache(maxsize=32)
def image_reader(path: Path) -> ImageReader:
    return ImageReader(str(path))


def draw_image(canvas: Canvas, e: ImageElement, box: Rect, ctx: BadgeContext) -> None:
    reader = image_reader(e.path) if e.path is not None else ctx.logo
    if reader is None:
        return
    canvas.drawImage(
        reader, box.x, box.y, box.w, box.h, preserveAspectRatio=True, anchor="c", mask="auto"
    )


def draw_line(canvas: Canvas, e: LineElement, page_h_mm: float, cx: float, cy: float) -> None:
    x1, y1 = (cx + e.x) * mm, (page_h_mm - cy - e.y) * mm
    x2, y2 = (cx + e.x + e.w) * mm, (page_h_mm - cy - e.y - e.h) * mm
    r, g, b = rgb(e.colour)
    dash = "[3 3] 0 d " if e.dash else ""
    canvas.addLiteral(
        f"q {dash}{e.width_pt:g} w {r:.4g} {g:.4g} {b:.4g} RG "
        f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S Q"
    )


def draw_agenda(
    canvas: Canvas, e: AgendaElement, box: Rect, ctx: BadgeContext, *, last: bool = True
) -> None:
    """A table of time | table | with whom; later agenda elements continue where this one ends
    (the ``last`` one ends with "+ N more" when even it is too short)."""
    lines = ctx.agenda[ctx.agenda_done :]
    if not lines:
        return
    top = box.top
    if e.heading:
        head_box = Rect(box.x, top - e.size * 1.9, box.w, e.size * 1.7)
        fitted = fit(
            ctx,
            clean_text(e.heading),
            "bold",
            head_box,
            size=e.size * 1.4,
            min_size=e.min_size,
            ellipsize=True,
        )
        for line, ink in draw_fitted(canvas, fitted, head_box, colour=e.colour):
            ctx.drawn.append((line, ink, head_box))
        top = head_box.y - e.size * 0.4
    size = e.size
    pitch = size * 1.45
    rows = int((top - box.y) // pitch)
    while rows < len(lines) and size > e.min_size:
        size = max(e.min_size, size - 0.25)
        pitch = size * 1.45
        rows = int((top - box.y) // pitch)
    if rows <= 0:
        return
    more = len(lines) - rows
    shown = lines if more <= 0 else lines[: rows - 1 if last else rows]
    times = [clean_text(t) for t, _, _ in shown]
    tables = [clean_text(t) for _, t, _ in shown]
    gap = size * 0.9
    time_w = max(text_width(t, "bold", size) for t in times) + gap
    table_w = max(text_width(t, "regular", size) for t in tables) + gap
    y = top
    for (_, _, who), t, table in zip(shown, times, tables, strict=True):
        cells: tuple[tuple[str, Weight, Rect], ...] = (
            (t, "bold", Rect(box.x, y - pitch, time_w, pitch)),
            (table, "regular", Rect(box.x + time_w, y - pitch, table_w, pitch)),
            (
                clean_text(who),
                "regular",
                Rect(box.x + time_w + table_w, y - pitch, box.w - time_w - table_w, pitch),
            ),
        )
        for text, weight, cell in cells:
            if text and cell.w > 0:
                fitted = fit(ctx, text, weight, cell, size=size, min_size=size * 0.7)
                for line, ink in draw_fitted(canvas, fitted, cell, colour=e.colour):
                    ctx.drawn.append((line, ink, cell))
        y -= pitch
    ctx.agenda_done += len(shown)
    if more > 0 and last:
        rest = len(ctx.agenda) - ctx.agenda_done
        note = Rect(box.x, y - pitch, box.w, pitch)
        fitted = fit(ctx, f"+ {rest} more", "bold", note, size=size, min_size=size * 0.7)
        draw_fitted(canvas, fitted, note, colour=e.colour)
