"""Low-level drawing shared by the renderers: boxes in mm, fitted text, QR paths, colours."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.rl_accel import escapePDF
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from clusterdesk.documents.fonts import Weight, metrics, runs, text_width
from clusterdesk.documents.qr import QrMatrix, qr_pdf_ops
from clusterdesk.documents.textfit import Fitted


@dataclass(frozen=True)
class Rect:
    """A box in PDF points: (x, y) is the bottom-left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h


def rect_mm(page_h_mm: float, x: float, y: float, w: float, h: float) -> Rect:
    """Convert a top-left based box in mm (y downwards) to a PDF rectangle in points."""
    return Rect(x * mm, (page_h_mm - y - h) * mm, w * mm, h * mm)


@lru_cache(maxsize=256)
def rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def readable_on(colour: str) -> str:
    """Black or white text, whichever contrasts more with ``colour`` (WCAG relative luminance)."""

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb(colour))
    lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) else "#ffffff"


@contextlib.contextmanager
def rotated(canvas: Canvas, box: Rect, degrees: int) -> Iterator[None]:
    """Draw inside ``box`` turned by 180° about its centre (for fold-over sides and tent cards)."""
    if degrees == 0:
        yield
        return
    canvas.saveState()
    cx, cy = box.x + box.w / 2, box.y + box.h / 2
    canvas.translate(cx, cy)
    canvas.rotate(degrees)
    canvas.translate(-cx, -cy)
    try:
        yield
    finally:
        canvas.restoreState()


@lru_cache(maxsize=256)
def fill_op(colour: str) -> str:
    r, g, b = rgb(colour)
    return f"{r:.4g} {g:.4g} {b:.4g} rg"


def draw_line_text(
    canvas: Canvas, x: float, y: float, text: str, weight: Weight, size: float
) -> None:
    """Draw one line from (x, baseline y), switching faces where a glyph needs the fallback.

    The text operators are written directly (one BT…ET block; each run continues where the
    previous one ended), which is several times faster than ``canvas.drawString`` and keeps
    reportlab's subset bookkeeping (``splitString`` / ``getSubsetInternalName``).
    """
    doc = canvas._doc
    cache: dict[tuple[str, str, float], str] | None = getattr(doc, "_cd_text_ops", None)
    if cache is None:
        cache = {}
        doc._cd_text_ops = cache
    key = (text, weight, size)
    ops = cache.get(key)
    if ops is None:
        # A character keeps its subset slot for the whole document once assigned, so the
        # operators of a text are the same every time it is drawn again in this document.
        parts = []
        for font_name, part in runs(text, weight):
            font = pdfmetrics.getFont(font_name)
            for subset, chunk in font.splitString(part, doc):  # type: ignore[attr-defined]
                name = font.getSubsetInternalName(subset, doc)  # type: ignore[attr-defined]
                parts.append(f"{name} {size:g} Tf ({escapePDF(chunk)}) Tj")
        ops = cache[key] = " ".join(parts)
    canvas.addLiteral(f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm {ops} ET")


def draw_fitted(
    canvas: Canvas,
    fitted: Fitted,
    box: Rect,
    *,
    align: str = "left",
    valign: str = "middle",
    colour: str = "#000000",
) -> list[tuple[str, Rect]]:
    """Draw fitted lines in ``box``; returns each line with the rectangle it occupies."""
    if not fitted.lines:
        return []
    m = metrics(fitted.weight)
    size = fitted.size
    block = fitted.block_height()
    if valign == "top":
        top = box.top
    elif valign == "bottom":
        top = box.y + block
    else:
        top = box.y + (box.h + block) / 2
    canvas.addLiteral(fill_op(colour))
    drawn = []
    baseline = top - m.ascent * size
    for line in fitted.lines:
        w = text_width(line, fitted.weight, size)
        if align == "center":
            x = box.x + (box.w - w) / 2
        elif align == "right":
            x = box.x + box.w - w
        else:
            x = box.x
        draw_line_text(canvas, x, baseline, line, fitted.weight, size)
        drawn.append((line, Rect(x, baseline - m.descent * size, w, (m.ascent + m.descent) * size)))
        baseline -= fitted.line_pitch
    return drawn


def draw_qr(canvas: Canvas, matrix: QrMatrix, box: Rect, colour: str = "#000000") -> None:
    """Draw ``matrix`` (quiet zone included) filling the square ``box``."""
    canvas.addLiteral(
        f"q {fill_op(colour)} {box.w:.3f} 0 0 {box.h:.3f} {box.x:.3f} {box.y:.3f} cm\n"
        + qr_pdf_ops(matrix)
        + "\nQ"
    )
