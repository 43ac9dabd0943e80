"""Badge layouts as data: JSON files in ``resources/badges`` and in the user's layout folder.

Coordinates are millimetres from the **top-left** corner of one label (y grows downwards). The
format is described in ``docs/badge-layouts.md``. Loading validates strictly; any problem raises
:class:`LayoutError` naming the file and the field path, before anything is drawn.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from clusterdesk.core.resources import resource_path
from clusterdesk.documents.layout_types import (
    FIELDS,
    MIN_QR_MM,
    NAME_FIELDS,
    NEVER_CUT,
    PLACEHOLDER,
    TOL,
    AgendaElement,
    BandElement,
    CropMarks,
    Element,
    ImageElement,
    Layout,
    LayoutInfo,
    LineElement,
    QrElement,
    TextElement,
)
from clusterdesk.documents.schema import LayoutError, Reader

__all__ = [
    "FIELDS",
    "MIN_QR_MM",
    "NAME_FIELDS",
    "NEVER_CUT",
    "AgendaElement",
    "BandElement",
    "CropMarks",
    "Element",
    "ImageElement",
    "Layout",
    "LayoutError",
    "LayoutInfo",
    "LineElement",
    "QrElement",
    "TextElement",
    "builtin_dir",
    "list_layouts",
    "load_layout",
    "parse_layout",
]


def builtin_dir() -> Path:
    return resource_path("badges")


def _box(r: Reader, lw: float, lh: float, *, square: bool = False) -> dict[str, float | int]:
    x = r.number("x", minimum=0)
    y = r.number("y", minimum=0)
    if square:
        w = h = r.number("size", above=0)
    else:
        w = r.number("w", above=0)
        h = r.number("h", above=0)
    rotate = r.integer("rotate", 0)
    if rotate not in (0, 180):
        r.fail(f"expected 0 or 180, got {rotate}", "rotate")
    if x + w > lw + TOL:
        r.fail(f"the element ends at {x + w:g} mm, beyond the label width {lw:g} mm")
    if y + h > lh + TOL:
        r.fail(f"the element ends at {y + h:g} mm, beyond the label height {lh:g} mm")
    return {"x": x, "y": y, "w": w, "h": h, "rotate": rotate}


def _text(r: Reader, box: dict[str, float | int]) -> TextElement:
    field = r.optional_string("field")
    text = r.optional_string("text")
    if (field is None) == (text is None):
        r.fail('give exactly one of "field" or "text"')
    if field is not None and field not in FIELDS:
        r.fail(f'expected one of {", ".join(FIELDS)}; got "{field}"', "field")
    for name in PLACEHOLDER.findall(text or ""):
        if name not in FIELDS:
            r.fail(f"unknown placeholder {{{name}}}; known: {', '.join(FIELDS)}", "text")
    size = r.number("size", above=0, maximum=400)
    ellipsize = r.boolean("ellipsize", field not in NEVER_CUT)
    if ellipsize and field in NEVER_CUT:
        r.fail(f"{field} is never cut short; remove it or set false", "ellipsize")
    return TextElement(
        **box,  # type: ignore[arg-type]
        field=field,
        text=text,
        weight=r.string("weight", "regular", choices=("regular", "bold")),  # type: ignore[arg-type]
        size=size,
        min_size=r.number("min_size", min(size, 6.0), above=0, maximum=size),
        max_lines=r.integer("max_lines", 2, minimum=1),
        align=r.string("align", "left", choices=("left", "center", "right")),  # type: ignore[arg-type]
        valign=r.string("valign", "middle", choices=("top", "middle", "bottom")),  # type: ignore[arg-type]
        colour=r.colour("colour", "#000000"),
        ellipsize=ellipsize,
        uppercase=r.boolean("uppercase", False),
    )


def _element(r: Reader, lw: float, lh: float, base: Path) -> Element:
    kind = r.string("type", choices=("text", "band", "qr", "image", "agenda", "line"))
    if kind == "line":
        x1, y1 = r.number("x1", minimum=0, maximum=lw), r.number("y1", minimum=0, maximum=lh)
        x2, y2 = r.number("x2", minimum=0, maximum=lw), r.number("y2", minimum=0, maximum=lh)
        return LineElement(
            x=x1,
            y=y1,
            w=x2 - x1,
            h=y2 - y1,
            rotate=0,
            width_pt=r.number("width_pt", 0.5, above=0),
            colour=r.colour("colour", "#9a9996"),
            dash=r.boolean("dash", False),
        )
    box = _box(r, lw, lh, square=kind == "qr")
    if kind == "text":
        return _text(r, box)
    if kind == "band":
        size = r.number("size", 14.0, above=0)
        text_colour = r.colour("text_colour") if r.has("text_colour") else None
        return BandElement(
            **box,  # type: ignore[arg-type]
            default_colour=r.colour("colour", "#5e5c64"),
            label=r.boolean("label", True),
            size=size,
            min_size=r.number("min_size", min(size, 6.0), above=0, maximum=size),
            align=r.string("align", "center", choices=("left", "center", "right")),  # type: ignore[arg-type]
            uppercase=r.boolean("uppercase", True),
            text_colour=text_colour,
        )
    if kind == "qr":
        if box["w"] < MIN_QR_MM:
            r.fail(f"must be at least {MIN_QR_MM:g} mm (quiet zone included)", "size")
        return QrElement(
            **box,  # type: ignore[arg-type]
            error_correction=r.string("error_correction", "auto", choices=("auto", "M", "Q", "H")),  # type: ignore[arg-type]
            colour=r.colour("colour", "#000000"),
        )
    if kind == "image":
        raw = r.optional_string("path")
        path = None
        if raw is not None:
            path = (base / raw).resolve()
            if not path.is_file():
                r.fail(f"image file not found: {path}", "path")
        return ImageElement(**box, path=path)  # type: ignore[arg-type]
    size = r.number("size", 9.0, above=0)
    return AgendaElement(
        **box,  # type: ignore[arg-type]
        heading=r.string("heading", ""),
        size=size,
        min_size=r.number("min_size", min(size, 6.0), above=0, maximum=size),
        colour=r.colour("colour", "#000000"),
    )


def _grid(r: Reader, pw: float, ph: float, lw: float, lh: float) -> dict[str, float | int]:
    g = r.child("grid") if r.has("grid") else Reader({}, file=r.file, path="grid")
    columns = g.integer("columns", 1, minimum=1)
    rows = g.integer("rows", 1, minimum=1)
    m = g.child("margin") if g.has("margin") else Reader({}, file=r.file, path="grid.margin")
    gap = g.child("gap") if g.has("gap") else Reader({}, file=r.file, path="grid.gap")
    left, top = m.number("left", 0.0, minimum=0), m.number("top", 0.0, minimum=0)
    gap_x, gap_y = gap.number("x", 0.0, minimum=0), gap.number("y", 0.0, minimum=0)
    used_w = left + columns * lw + (columns - 1) * gap_x
    used_h = top + rows * lh + (rows - 1) * gap_y
    right = m.number("right", pw - used_w)
    bottom = m.number("bottom", ph - used_h)
    if used_w + right > pw + TOL or right < -TOL:
        g.fail(
            f"{columns} columns of {lw:g} mm with these margins and gaps need "
            f"{used_w + max(right, 0):g} mm, the page is {pw:g} mm wide"
        )
    if abs(used_w + right - pw) > 0.05:
        m.fail(f"left + labels + gaps + right = {used_w + right:g} mm, the page is {pw:g} mm wide")
    if used_h + bottom > ph + TOL or bottom < -TOL:
        g.fail(
            f"{rows} rows of {lh:g} mm with these margins and gaps need "
            f"{used_h + max(bottom, 0):g} mm, the page is {ph:g} mm high"
        )
    if abs(used_h + bottom - ph) > 0.05:
        m.fail(f"top + labels + gaps + bottom = {used_h + bottom:g} mm, the page is {ph:g} mm high")
    m.done()
    gap.done()
    g.done()
    return {
        "columns": columns,
        "rows": rows,
        "margin_left": left,
        "margin_top": top,
        "gap_x": gap_x,
        "gap_y": gap_y,
    }


def parse_layout(data: object, *, name: str, source: Path) -> Layout:
    """Validate parsed JSON into a :class:`Layout` (raises :class:`LayoutError`)."""
    r = Reader(data, file=source.name)
    page = r.child("page")
    pw, ph = (
        page.number("width", above=0, maximum=2000),
        page.number("height", above=0, maximum=2000),
    )
    page.done()
    label = (
        r.child("label")
        if r.has("label")
        else Reader({"width": pw, "height": ph}, file=r.file, path="label")
    )
    lw, lh = label.number("width", above=0), label.number("height", above=0)
    label.done()
    grid = _grid(r, pw, ph, lw, lh)
    crop = None
    cr = r.optional_child("crop_marks")
    if cr is not None:
        crop = CropMarks(cr.number("length", 8.0, above=0), cr.number("width_pt", 0.3, above=0))
        cr.done()
    elements: list[Element] = []
    for er in r.items("elements"):
        elements.append(_element(er, lw, lh, source.parent))
        er.done()
    layout = Layout(
        name=name,
        title=r.string("title", name),
        description=r.string("description", ""),
        source=source,
        page_width=pw,
        page_height=ph,
        label_width=lw,
        label_height=lh,
        crop_marks=crop,
        elements=tuple(elements),
        **grid,  # type: ignore[arg-type]
    )
    r.string("stock", "")  # free documentation of the stock (product numbers)
    r.done()
    return layout


def _read(path: Path) -> Layout:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise LayoutError(f"{path.name}: cannot read the layout file ({exc.strerror})") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LayoutError(
            f"{path.name}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    return parse_layout(data, name=path.stem, source=path)


def _files(user_dir: Path | None) -> dict[str, tuple[Path, bool]]:
    found: dict[str, tuple[Path, bool]] = {}
    dirs: Iterable[tuple[Path, bool]] = [(builtin_dir(), True)]
    if user_dir is not None:
        dirs = [*dirs, (Path(user_dir), False)]
    for folder, builtin in dirs:
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                found[path.stem] = (path, builtin)  # a user file overrides a built-in one
    return found


def list_layouts(user_dir: Path | None = None) -> list[LayoutInfo]:
    """The built-in layouts and those in ``user_dir`` (a broken user file is listed with its error)."""
    out = []
    for name, (path, builtin) in _files(user_dir).items():
        try:
            layout = _read(path)
        except LayoutError as exc:
            out.append(LayoutInfo(name, name, path, builtin, str(exc)))
        else:
            out.append(LayoutInfo(name, layout.title, path, builtin, None))
    return out


def load_layout(name_or_path: str | Path, user_dir: Path | None = None) -> Layout:
    """Load a layout by name (user folder first, then built-in) or by the path of a JSON file."""
    candidate = Path(name_or_path)
    if candidate.suffix.lower() == ".json" or candidate.is_file():
        return _read(candidate)
    files = _files(user_dir)
    if str(name_or_path) not in files:
        known = ", ".join(sorted(files)) or "none"
        raise LayoutError(f"no badge layout named {str(name_or_path)!r}; known: {known}")
    return _read(files[str(name_or_path)][0])
