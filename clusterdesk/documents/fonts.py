"""Bundled fonts for every printed document, with glyph checks and per-character fallback.

reportlab's built-in Helvetica cannot print ą, ę, ė, Cyrillic and much more, so every document uses
the TrueType fonts shipped in ``resources/fonts`` (embedded as subsets, reportlab's default for
``TTFont``). A string is drawn in the primary face; a character the primary face lacks is drawn
with the next bundled face that has it (a *run* per face), so no glyph is ever dropped or boxed.
Characters no bundled font has are reported through :func:`missing_chars`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from clusterdesk.core.folding import nfc
from clusterdesk.core.resources import resource_path

Weight = Literal["regular", "bold"]

# reportlab name -> bundled file
_FILES = {
    "CD-Sans": "DejaVuSans.ttf",
    "CD-Sans-Bold": "DejaVuSans-Bold.ttf",
    "CD-Noto": "NotoSans-Regular.ttf",
    "CD-Noto-Bold": "NotoSans-Bold.ttf",
}
# Faces tried in order for each weight: same weight first, then the other weight (a regular glyph
# in a bold line is better than no glyph).
CHAINS: dict[str, tuple[str, ...]] = {
    "regular": ("CD-Sans", "CD-Noto", "CD-Sans-Bold", "CD-Noto-Bold"),
    "bold": ("CD-Sans-Bold", "CD-Noto-Bold", "CD-Sans", "CD-Noto"),
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_SPACES = re.compile(r"[\t\n\r\u00a0\u2000-\u200a\u202f\u205f\u3000 ]+")

_lock = threading.Lock()
_registered = False
_coverage: dict[str, frozenset[int]] = {}


@dataclass(frozen=True)
class FaceMetrics:
    """Vertical metrics of a face, as fractions of the font size."""

    ascent: float
    descent: float  # positive: how far below the baseline


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process; thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            font = TTFont(name, str(resource_path("fonts", filename)))
            pdfmetrics.registerFont(font)
            _coverage[name] = frozenset(font.face.charToGlyph)
        _registered = True


def primary(weight: Weight) -> str:
    register_fonts()
    return CHAINS[weight][0]


@lru_cache(maxsize=65536)
def clean_text(text: str | None) -> str:
    """NFC-normalise, drop control/format characters and collapse white space to single spaces."""
    text = nfc(text)
    if not text:
        return ""
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()


def has_glyph(font_name: str, char: str) -> bool:
    register_fonts()
    return ord(char) in _coverage[font_name]


@lru_cache(maxsize=65536)
def missing_chars(text: str, weight: Weight = "regular") -> str:
    """Characters of ``text`` that no bundled face can draw (empty when all can)."""
    register_fonts()
    chain = CHAINS[weight]
    out = []
    for ch in dict.fromkeys(text):
        if ch == " ":
            continue
        if not any(ord(ch) in _coverage[f] for f in chain):
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def runs(text: str, weight: Weight) -> tuple[tuple[str, str], ...]:
    """Split ``text`` into ``(font_name, substring)`` runs so every character has a glyph.

    A character that no face has stays in the primary face's run (it will show as the
    font's .notdef box; :func:`missing_chars` reports it beforehand).
    """
    register_fonts()
    chain = CHAINS[weight]
    first = chain[0]
    cover = _coverage[first]
    if all(ord(c) in cover for c in text):
        return ((first, text),)
    out: list[tuple[str, str]] = []
    for ch in text:
        font = first
        if ch != " " and ord(ch) not in cover:
            font = next((f for f in chain[1:] if ord(ch) in _coverage[f]), first)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return tuple(out)


@lru_cache(maxsize=65536)
def _unit_width(text: str, weight: Weight) -> float:
    return sum(pdfmetrics.stringWidth(part, font, 1.0) for font, part in runs(text, weight))


def text_width(text: str, weight: Weight, size: float) -> float:
    """Width in points of ``text`` at ``size``, measured with the faces it will be drawn in."""
    return _unit_width(text, weight) * size


@lru_cache(maxsize=4)
def metrics(weight: Weight) -> FaceMetrics:
    """Ascent/descent of the primary face (DejaVu's are the largest of the bundled faces)."""
    register_fonts()
    face = pdfmetrics.getFont(CHAINS[weight][0]).face  # type: ignore[attr-defined]
    return FaceMetrics(ascent=face.ascent / 1000.0, descent=-face.descent / 1000.0)


def covered_by_primary(texts: Iterable[str], weight: Weight) -> bool:
    register_fonts()
    cover = _coverage[CHAINS[weight][0]]
    return all(ord(c) in cover for t in texts for c in t)
