"""Real badge PDFs read back: names as text, QR codes decoded, positions measured on the page."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfgen.canvas import Canvas

from clusterdesk.core.badge_codes import CodeKind, check
from clusterdesk.documents.badge_elements import BadgeContext
from clusterdesk.documents.badges import BadgeRecord, draw_badge, render_badges
from clusterdesk.documents.layouts import Layout, QrElement, TextElement, load_layout
from clusterdesk.documents.output import RenderCancelled, Tally
from clusterdesk.documents.qr import qr_matrix
from tests.documents.helpers import MM, PREFIX, SECRET, records
from tests.pdf_render import decode_qr_codes

EVENT = "Baltic Cluster Forum 2026"
# The stock each layout is for: page size and the top-left corner of every label, in mm, taken
# from the stock's specification (not from the layout files).
STOCK: dict[str, tuple[tuple[float, float], list[tuple[float, float]]]] = {
    "a6-portrait": ((105, 148), [(0, 0)]),
    "a6-4up-a4": ((210, 297), [(0, 0.5), (105, 0.5), (0, 148.5), (105, 148.5)]),
    "cr80-card": ((85.6, 54), [(0, 0)]),
    "cr80-portrait": ((54, 85.6), [(0, 0)]),
    "brother-ql-62x100": ((62, 100), [(0, 0)]),
    "durable-54x90-a4": (
        (210, 297),
        [(15 + c * 90, 12 + r * 54) for r in range(5) for c in range(2)],
    ),
    "a4-foldover-agenda": ((210, 297), [(0, 0)]),
}
NAME_FIELDS = ("first_name", "last_name", "full_name", "country", "badge_code")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[BadgeRecord]]]:
    out = {}
    folder = tmp_path_factory.mktemp("badges")
    for name in STOCK:
        recs = records(agenda=name.startswith("a4-foldover"))
        if name.startswith("a4-foldover"):
            recs = recs[-4:]
        path = folder / f"{name}.pdf"
        stats = render_badges(recs, load_layout(name), path, event_name=EVENT)
        assert stats.items == len(recs) and stats.missing_glyphs == ""
        out[name] = (path, recs)
    return out


def _expected(record: BadgeRecord, field: str) -> str:
    return record.values(EVENT)[field]


def _joined(text: str) -> str:
    """Lines of one wrapped text joined back: after a hyphen directly, otherwise with a space."""
    return " ".join(text.split("\n")).replace("- ", "-")


@pytest.mark.parametrize("name", list(STOCK))
def test_page_size_and_label_positions_match_the_stock(rendered, name: str) -> None:  # type: ignore[no-untyped-def]
    (page_w, page_h), cells = STOCK[name]
    layout = load_layout(name)
    assert layout.page_width == pytest.approx(page_w, abs=0.5)
    assert layout.page_height == pytest.approx(page_h, abs=0.5)
    assert len(layout.cells()) == len(cells)
    for (x, y), (ex, ey) in zip(layout.cells(), cells, strict=True):
        assert (x, y) == (pytest.approx(ex, abs=0.5), pytest.approx(ey, abs=0.5))
    path, recs = rendered[name]
    qr = [e for e in layout.elements if isinstance(e, QrElement)]
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        assert float(page.width) / MM == pytest.approx(page_w, abs=0.5)
        assert float(page.height) / MM == pytest.approx(page_h, abs=0.5)
        # Every QR code sits where the stock's label + the element's offset put it.
        images = sorted(page.images, key=lambda im: (round(float(im["top"])), float(im["x0"])))
        expected = sorted(
            ((cy + e.y + e.h / 2), (cx + e.x + e.w / 2), e, rec)
            for (cx, cy), rec in zip(cells, recs, strict=False)
            for e in qr
        )
        assert len(images) == len(expected)
        for im, (cy_mm, cx_mm, e, rec) in zip(images, expected, strict=True):
            centre_x = (float(im["x0"]) + float(im["x1"])) / 2 / MM
            centre_y = (float(im["top"]) + float(im["bottom"])) / 2 / MM
            assert centre_x == pytest.approx(cx_mm, abs=0.5)
            assert centre_y == pytest.approx(cy_mm, abs=0.5)
            m = qr_matrix(rec.badge_code)
            assert float(im["width"]) / MM == pytest.approx(e.w * m.count / m.total, abs=0.5)


@pytest.mark.parametrize("name", list(STOCK))
def test_names_read_back_exactly_and_inside_their_boxes(rendered, name: str) -> None:  # type: ignore[no-untyped-def]
    """Crop the page to each name element's box (+0.3 mm across, +1 mm up/down): the text found
    there, and only there, is the participant's name, letter for letter."""
    layout = load_layout(name)
    path, recs = rendered[name]
    elements = [
        e
        for e in layout.elements
        if isinstance(e, TextElement) and e.field in NAME_FIELDS and e.rotate == 0
    ]
    assert elements
    with pdfplumber.open(path) as pdf:
        for i, rec in enumerate(recs):
            page = pdf.pages[i // layout.per_page]
            cx, cy = layout.cells()[i % layout.per_page]
            for e in elements:
                x0, top = (cx + e.x) * MM - 0.3 * MM, (cy + e.y) * MM - 1 * MM
                box = (x0, top, x0 + (e.w + 0.6) * MM, top + (e.h + 2) * MM)
                text = page.within_bbox(box).extract_text()
                assert _joined(text) == _expected(rec, e.field), (name, e.field, text)


def test_qr_codes_decode_to_the_badge_codes_on_every_layout(rendered) -> None:  # type: ignore[no-untyped-def]
    """Pages rendered at 150 dpi (pypdfium2), decoded with zxing-cpp (a real decoder)."""
    for name, (path, recs) in rendered.items():
        layout = load_layout(name)
        pages = 2 if layout.per_page > 1 else 4  # 17 badges: enough pages to cover each kind
        found = decode_qr_codes(path, dpi=150, pages=pages)
        on_pages = recs[: pages * layout.per_page]
        codes_per_badge = sum(isinstance(e, QrElement) for e in layout.elements)
        assert sorted(found) == sorted(
            r.badge_code for r in on_pages for _ in range(codes_per_badge)
        ), name
        for code in found:  # what the desk's scanner reads is accepted by the check-in
            assert check(code, PREFIX, SECRET).kind is CodeKind.VALID


@pytest.mark.parametrize("name", list(STOCK))
def test_every_drawn_string_fits_its_box(name: str) -> None:
    layout = load_layout(name)
    canvas = Canvas(io.BytesIO())
    tally = Tally()
    for rec in records(agenda=True):
        ctx = BadgeContext(rec.values(EVENT), rec.category_colour, rec.agenda, None, tally)
        draw_badge(canvas, layout, layout.cells()[0], ctx)
        assert ctx.drawn
        for text, ink, box in ctx.drawn:
            assert ink.x >= box.x - 0.01 and ink.x + ink.w <= box.x + box.w + 0.01, (name, text)
            assert ink.y >= box.y - 0.01 and ink.y + ink.h <= box.y + box.h + 0.01, (name, text)
            assert "…" not in text or not any(
                text.startswith(n[:3]) for n in (rec.first_name, rec.last_name)
            )


def test_the_longest_name_wraps_and_keeps_every_letter(tmp_path: Path) -> None:
    rec = BadgeRecord("Maximiliane-Friederike", "von Hohenzollern-Sigmaringen", badge_code="X")
    out = tmp_path / "long.pdf"
    stats = render_badges([rec], load_layout("cr80-card"), out, event_name=EVENT)
    assert stats.ellipsized == 0
    with pdfplumber.open(out) as pdf:
        words = pdf.pages[0].extract_text()
    assert "Maximiliane-" in words and "Friederike" in words and "Hohenzollern-Sigmaringen" in words


def test_agenda_is_printed_inside_the_fold_over(tmp_path: Path) -> None:
    rec = records(agenda=True)[0]
    many = BadgeRecord(
        "Kęstutis",
        "Šetkus",
        badge_code="BCF4-X",
        agenda=tuple(
            (f"{9 + j // 3}:{20 * (j % 3):02d}", f"T{j}", f"Partner {j}") for j in range(120)
        ),
    )
    out = tmp_path / "fold.pdf"
    render_badges([rec, many], load_layout("a4-foldover-agenda"), out, event_name=EVENT)
    with pdfplumber.open(out) as pdf:
        # The inner side is printed upside down (it reads upright once folded): its characters
        # have a 180° text matrix; in content-stream order they spell the agenda.
        first = "".join(c["text"] for c in pdf.pages[0].chars if c["matrix"][0] < 0)
        second = "".join(c["text"] for c in pdf.pages[1].chars if c["matrix"][0] < 0)
    assert "My meetings" in first and f"{rec.first_name} {rec.last_name}" in first
    for time, table, who in rec.agenda:
        assert f"{time}{table}{who}" in first
    assert "Partner 0" in second and "more" in second  # 120 meetings do not fit: "+ N more"


def test_cancel_writes_nothing_and_progress_is_reported(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "x.pdf"
    recs = records()
    with pytest.raises(RenderCancelled):
        render_badges(
            recs,
            load_layout("a6-4up-a4"),
            out,
            event_name=EVENT,
            progress=lambda d, t: seen.append((d, t)),
            cancel=lambda: len(seen) >= 2,
        )
    assert not out.exists() and seen == [(4, len(recs)), (8, len(recs))]
    stream = io.BytesIO()
    stats = render_badges(recs[:1], load_layout("a6-portrait"), stream, event_name=EVENT)
    assert stream.getvalue().startswith(b"%PDF") and stats.bytes == len(stream.getvalue())


def test_layout_type_is_a_plain_dataclass() -> None:
    assert isinstance(load_layout("a6-portrait"), Layout)


def test_a_letter_only_the_fallback_font_has_is_printed_not_dropped(tmp_path: Path) -> None:
    rec = BadgeRecord("Ԧаԧа", "Šetkus", badge_code="BCF4-X")  # U+0526/U+0527: Noto, not DejaVu Bold
    out = tmp_path / "fallback.pdf"
    stats = render_badges([rec], load_layout("a6-portrait"), out, event_name=EVENT)
    assert stats.missing_glyphs == ""
    with pdfplumber.open(out) as pdf:
        chars = pdf.pages[0].chars
        lines = pdf.pages[0].extract_text().split("\n")
    assert "Ԧаԧа" in lines
    fonts = {c["fontname"].split("+")[-1] for c in chars if c["text"] in "Ԧԧ"}
    assert fonts == {"NotoSans-Bold"}


def test_logo_from_the_layout_folder_and_from_the_caller(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (60, 30), "#c01c28").save(tmp_path / "logo.png")
    layout_file = tmp_path / "logo-badge.json"
    layout_file.write_text(
        '{"page": {"width": 100, "height": 70}, "elements": ['
        '{"type": "image", "path": "logo.png", "x": 5, "y": 5, "w": 30, "h": 15},'
        '{"type": "image", "x": 60, "y": 5, "w": 30, "h": 15},'
        '{"type": "qr", "x": 5, "y": 25, "size": 22}]}',
        encoding="utf-8",
    )
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), "#1a5fb4").save(buffer, format="PNG")
    out = tmp_path / "logo.pdf"
    render_badges(
        records()[:1], load_layout(layout_file), out, event_name=EVENT, logo=buffer.getvalue()
    )
    with pdfplumber.open(out) as pdf:
        images = sorted(pdf.pages[0].images, key=lambda im: float(im["x0"]))
    assert len(images) == 3  # layout logo, event logo, QR code
    x0 = [float(im["x0"]) / MM for im in images]
    assert x0[0] == pytest.approx(5, abs=0.5)  # 30 × 15 box, 2:1 image: fills it
    assert x0[2] == pytest.approx(60 + 7.5, abs=0.5)  # square logo centred in its 30 × 15 box
