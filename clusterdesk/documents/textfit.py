"""Fit text into a box: shrink, then wrap, and only as a last resort ellipsize.

The order is the one badge tools converge on (Indico shrinks in 0.25 pt steps; pretix wraps long
names at hyphens):

1. one line, shrinking from ``max_size`` in 0.25 pt steps down to ``min_size``;
2. up to ``max_lines`` lines broken at spaces and after hyphens, again from ``max_size`` down;
3. if it still does not fit: when ``ellipsize`` is allowed (an organisation), the last line is cut
   with "…" at ``min_size``; otherwise (a person's name, which is never cut) the text keeps
   shrinking below ``min_size`` until it fits.

All widths are measured with :func:`clusterdesk.documents.fonts.text_width` (reportlab's
``stringWidth`` for the faces the text is really drawn in).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from clusterdesk.documents.fonts import Weight, metrics, text_width

STEP = 0.25
LEADING = 1.12  # line pitch as a multiple of the font size
ELLIPSIS = "…"
_FLOOR = 1.0  # the smallest size ever used for text that must not be cut

_BREAK = re.compile(r"(?<=-)|(?<= )")


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    weight: Weight
    below_min: bool = False  # a name that had to go below min_size
    ellipsized: bool = False

    @property
    def line_pitch(self) -> float:
        return self.size * LEADING

    def block_height(self) -> float:
        """Height in points from the top of the first line's ascent to the last line's descent."""
        m = metrics(self.weight)
        return (len(self.lines) - 1) * self.line_pitch + (m.ascent + m.descent) * self.size

    def width(self) -> float:
        return max((text_width(line, self.weight, self.size) for line in self.lines), default=0.0)


def _step_down(size: float, max_size: float) -> float:
    """The largest size ``max_size - k * STEP`` that is <= ``size``."""
    if size >= max_size:
        return max_size
    steps = math.ceil((max_size - size) / STEP - 1e-9)
    return max_size - steps * STEP


def _size_for(
    lines: list[str], weight: Weight, box_w: float, box_h: float, max_size: float
) -> float:
    """Largest 0.25 pt step <= ``max_size`` at which ``lines`` fit the box (may be < 0)."""
    m = metrics(weight)
    widest = max(text_width(line, weight, 1.0) for line in lines)
    by_width = box_w / widest if widest > 0 else max_size
    per_size_height = (len(lines) - 1) * LEADING + m.ascent + m.descent
    by_height = box_h / per_size_height
    return _step_down(min(by_width, by_height, max_size), max_size)


def _split_points(text: str) -> list[int]:
    return [m.start() for m in _BREAK.finditer(text) if 0 < m.start() < len(text)]


def _wrap(text: str, weight: Weight, n_lines: int) -> list[str]:
    """Break ``text`` into at most ``n_lines`` lines making the widest line as narrow as possible."""
    best: list[str] = [text]
    best_w = text_width(text, weight, 1.0)
    if n_lines < 2:
        return best
    for cut in _split_points(text):
        head, tail = text[:cut].rstrip(), text[cut:].lstrip()
        if not head or not tail:
            continue
        rest = _wrap(tail, weight, n_lines - 1) if n_lines > 2 else [tail]
        cand = [head, *rest]
        w = max(text_width(line, weight, 1.0) for line in cand)
        if w < best_w - 1e-9:
            best, best_w = cand, w
    return best


def _ellipsize(line: str, weight: Weight, size: float, box_w: float) -> str:
    if text_width(line, weight, size) <= box_w:
        return line
    lo, hi = 0, len(line)
    while lo < hi:  # longest prefix p with prefix + "…" fitting
        mid = (lo + hi + 1) // 2
        if text_width(line[:mid].rstrip() + ELLIPSIS, weight, size) <= box_w:
            lo = mid
        else:
            hi = mid - 1
    head = line[:lo]
    space = head.rfind(" ")
    if space >= len(head) * 0.6:  # cut at a word boundary when that loses little
        head = head[:space]
    return head.rstrip(" -,;:") + ELLIPSIS


def _greedy(text: str, weight: Weight, size: float, box_w: float, n: int) -> list[str]:
    """Fill lines greedily; the last of ``n`` lines takes all the remaining text."""
    cuts = [0, *_split_points(text), len(text)]
    pieces = [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    lines: list[str] = []
    cur = ""
    for piece in pieces:
        cand = cur + piece
        if len(lines) < n - 1 and cur and text_width(cand.rstrip(), weight, size) > box_w:
            lines.append(cur.strip())
            cur = piece
        else:
            cur = cand
    lines.append(cur.strip())
    return lines


def _ellipsized(
    text: str, weight: Weight, box_w: float, box_h: float, size: float, n: int
) -> Fitted:
    m = metrics(weight)
    while n > 1 and ((n - 1) * LEADING + m.ascent + m.descent) * size > box_h:
        n -= 1
    while (m.ascent + m.descent) * size > box_h and size > STEP:
        size -= STEP
    lines = [
        _ellipsize(line, weight, size, box_w) for line in _greedy(text, weight, size, box_w, n)
    ]
    return Fitted(tuple(lines), size, weight, ellipsized=True)


def fit_text(
    text: str,
    weight: Weight,
    box_w: float,
    box_h: float,
    *,
    max_size: float,
    min_size: float,
    max_lines: int = 2,
    ellipsize: bool = False,
) -> Fitted:
    """Fit ``text`` (already cleaned) into a box of ``box_w`` × ``box_h`` points."""
    if not text:
        return Fitted((), max_size, weight)
    min_size = min(min_size, max_size)
    size = _size_for([text], weight, box_w, box_h, max_size)
    if size >= min_size - 1e-9:
        return Fitted((text,), size, weight)
    best_lines, best_size = [text], size
    for n in range(2, max(1, max_lines) + 1):
        lines = _wrap(text, weight, n)
        if len(lines) < n and n > 2:
            break
        s = _size_for(lines, weight, box_w, box_h, max_size)
        if s >= min_size - 1e-9:
            return Fitted(tuple(lines), s, weight)
        if s > best_size:
            best_lines, best_size = lines, s
    if ellipsize:
        return _ellipsized(text, weight, box_w, box_h, min_size, max(1, max_lines))
    # A name: never cut. Keep the best layout and shrink below min_size until it fits.
    size = max(best_size, _FLOOR)
    while size > STEP and (
        max(text_width(line, weight, size) for line in best_lines) > box_w
        or Fitted(tuple(best_lines), size, weight).block_height() > box_h
    ):
        size -= STEP
    return Fitted(tuple(best_lines), size, weight, below_min=True)
