"""The data model of badge layouts (what :mod:`clusterdesk.documents.layouts` parses files into).

Coordinates are millimetres from the top-left corner of one label, y downwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from clusterdesk.documents.fonts import Weight

FIELDS = (
    "first_name",
    "last_name",
    "full_name",
    "title",
    "organization",
    "country",
    "category",
    "badge_code",
    "event_name",
)
NAME_FIELDS = frozenset({"first_name", "last_name", "full_name"})
NEVER_CUT = NAME_FIELDS | {"badge_code"}  # shrink as far as needed, never "…"
MIN_QR_MM = 18.0
PLACEHOLDER = re.compile(r"\{(\w+)\}")
TOL = 0.01

Align = Literal["left", "center", "right"]
VAlign = Literal["top", "middle", "bottom"]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    rotate: int  # 0 or 180 (about the box centre)


@dataclass(frozen=True)
class TextElement(Box):
    field: str | None
    text: str | None  # free text; may hold {field} placeholders
    weight: Weight
    size: float
    min_size: float
    max_lines: int
    align: Align
    valign: VAlign
    colour: str
    ellipsize: bool
    uppercase: bool


@dataclass(frozen=True)
class BandElement(Box):
    default_colour: str
    label: bool
    size: float
    min_size: float
    align: Align
    uppercase: bool
    text_colour: str | None  # None: black or white, whichever reads better on the band


@dataclass(frozen=True)
class QrElement(Box):
    error_correction: Literal["auto", "M", "Q", "H"]
    colour: str


@dataclass(frozen=True)
class ImageElement(Box):
    path: Path | None  # None: the event logo passed to the renderer


@dataclass(frozen=True)
class AgendaElement(Box):
    heading: str
    size: float
    min_size: float
    colour: str


@dataclass(frozen=True)
class LineElement(Box):
    width_pt: float
    colour: str
    dash: bool


Element = TextElement | BandElement | QrElement | ImageElement | AgendaElement | LineElement


@dataclass(frozen=True)
class CropMarks:
    length: float  # mm, measured inwards from the page edge along every cut line
    width_pt: float


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    description: str
    source: Path
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int
    rows: int
    margin_left: float
    margin_top: float
    gap_x: float
    gap_y: float
    crop_marks: CropMarks | None
    elements: tuple[Element, ...]

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cells(self) -> list[tuple[float, float]]:
        """Top-left corners (mm from the page's top-left) of the labels, in filling order."""
        return [
            (
                self.margin_left + c * (self.label_width + self.gap_x),
                self.margin_top + r * (self.label_height + self.gap_y),
            )
            for r in range(self.rows)
            for c in range(self.columns)
        ]


@dataclass(frozen=True)
class LayoutInfo:
    name: str
    title: str
    path: Path
    builtin: bool
    error: str | None  # a user file that does not load is listed with its error
