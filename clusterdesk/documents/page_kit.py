"""Drawing helpers shared by the page documents (agendas, schedules, sheets, catalogue, report).

Every text goes through :meth:`Pen.text`: one line, cleaned (NFC, no control characters), drawn in
the bundled fonts with per-character fallback, shrunk to fit its width down to ``min_size`` and
then — for anything but a name — cut with "…". Names are never cut: they keep shrinking. Widths
are cached per string, so the same programme or header on 5,000 pages costs its measuring once.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from clusterdesk.documents.drawing import Rect, draw_line_text, draw_qr, fill_op, rgb
from clusterdesk.documents.fonts import Weight, clean_text, text_width
from clusterdesk.documents.output import Tally, new_canvas
from clusterdesk.documents.qr import qr_matrix
from clusterdesk.documents.textfit import ELLIPSIS

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 14 * mm
HEADER_DEPTH = MARGIN + 31.0  # from the page's top edge to the rule under the event header
INK = "#000000"
GREY = "#5e5c64"
RULE = "#c0bfbc"
SHADE = "#f2f2f2"


@dataclass(frozen=True)
class EventHeader:
    """The event as every page names it."""

    name: str
    dates: str  # "14 May 2026" or "14–15 May 2026"
    venue: str = ""
    printed: str = ""  # "Printed 2026-05-14 12:03": tells an old paper copy from a new one
    language: str = "en"  # the event's: the words of the document (documents/words.py)

    @property
    def subtitle(self) -> str:
        return " · ".join(p for p in (self.dates, self.venue) if p)


@lru_cache(maxsize=65536)
def _cut(text: str, weight: Weight, size: float, width: float) -> str:
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid].rstrip() + ELLIPSIS, weight, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip(" -,;:") + ELLIPSIS


class Pen:
    """A canvas with the tally of what was drawn (glyphs missing, texts cut or shrunk)."""

    def __init__(self, width: float, height: float, title: str) -> None:
        self.buffer = io.BytesIO()
        self.canvas: Canvas = new_canvas(self.buffer, width, height, title)
        self.width, self.height = width, height
        self.tally = Tally()
        self._colour = ""
        self._checked: set[tuple[str, Weight]] = set()

    def forget_colour(self) -> None:
        """After a form or a graphics state change: set the fill colour again before drawing."""
        self._colour = ""

    def colour(self, colour: str) -> None:
        if colour != self._colour:
            self.canvas.addLiteral(fill_op(colour))
            self._colour = colour

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        width: float,
        size: float = 10.0,
        bold: bool = False,
        min_size: float | None = None,
        name: bool = False,
        align: str = "left",
        colour: str = INK,
    ) -> float:
        """Draw one line with its baseline at ``y``; returns the size used (0: nothing drawn)."""
        line = clean_text(text)
        if not line:
            return 0.0
        weight: Weight = "bold" if bold else "regular"
        if (line, weight) not in self._checked:
            self._checked.add((line, weight))
            self.tally.check_glyphs(line, weight)
        w = text_width(line, weight, size)
        if w > width:
            smallest = size * 0.8 if min_size is None else min_size
            fitted = size * width / w
            if fitted >= smallest or name:
                size = max(fitted, 1.0)
                if fitted < smallest:
                    self.tally.below_min += 1
            else:
                size = smallest
                line = _cut(line, weight, size, width)
                self.tally.ellipsized += 1
            w = text_width(line, weight, size)
        if align == "right":
            x += width - w
        elif align == "center":
            x += (width - w) / 2
        self.colour(colour)
        draw_line_text(self.canvas, x, y, line, weight, size)
        return size

    def rule(
        self, x1: float, y: float, x2: float, *, colour: str = RULE, width: float = 0.5
    ) -> None:
        self.canvas.addLiteral(f"{' '.join(f'{c:.4g}' for c in rgb(colour))} RG {width:g} w")
        self.canvas.addLiteral(f"{x1:.2f} {y:.2f} m {x2:.2f} {y:.2f} l S")

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 0.6,
    ) -> None:
        ops = []
        if fill:
            ops.append(fill_op(fill))
            self._colour = fill
        if stroke:
            ops.append(f"{' '.join(f'{c:.4g}' for c in rgb(stroke))} RG {width:g} w")
        paint = "B" if fill and stroke else ("f" if fill else "S")
        ops.append(f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re {paint}")
        self.canvas.addLiteral(" ".join(ops))

    def qr(self, data: str, x: float, y: float, size: float) -> None:
        if data:
            draw_qr(self.canvas, qr_matrix(data), Rect(x, y, size, size))

    def header(self, event: EventHeader, title: str = "") -> float:
        """The event header of every page; returns the y below it."""
        top = self.height - MARGIN
        right = self.width - 2 * MARGIN
        self.text(MARGIN, top - 12, event.name, width=right * 0.7, size=13, bold=True)
        if title:
            self.text(
                MARGIN + right * 0.7,
                top - 12,
                title,
                width=right * 0.3,
                size=11,
                bold=True,
                align="right",
                colour=GREY,
            )
        self.text(MARGIN, top - 25, event.subtitle, width=right * 0.7, size=9, colour=GREY)
        if event.printed:
            self.text(
                MARGIN + right * 0.7,
                top - 25,
                event.printed,
                width=right * 0.3,
                size=8,
                align="right",
                colour=GREY,
            )
        self.rule(MARGIN, top - 31, self.width - MARGIN, colour=INK, width=0.8)
        return self.height - HEADER_DEPTH

    def footer(self, text: str) -> None:
        self.text(MARGIN, MARGIN * 0.6, text, width=self.width - 2 * MARGIN, size=7.5, colour=GREY)

    def page_done(self) -> None:
        self.canvas.showPage()
        self.forget_colour()
        self.tally.pages += 1
