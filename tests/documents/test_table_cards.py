"""Table tent cards and crop marks, read back from the real PDF."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from clusterdesk.documents.badges import render_badges
from clusterdesk.documents.layouts import load_layout
from clusterdesk.documents.output import RenderCancelled
from clusterdesk.documents.table_cards import TableCardRecord, render_table_cards
from tests.documents.helpers import MM, PEOPLE, records

EVENT = "Baltic Cluster Forum 2026"


def _lower_and_upper(page: pdfplumber.page.Page) -> tuple[str, str]:
    half = float(page.height) / 2
    lower = page.within_bbox((0, half, float(page.width), float(page.height))).extract_text()
    upper_chars = [c for c in page.chars if float(c["bottom"]) <= half]
    return lower, "".join(c["text"] for c in upper_chars)


def test_tent_card_has_the_label_on_both_halves_and_the_meetings(tmp_path: Path) -> None:
    meetings = tuple(
        (f"{13 + i // 2}:{30 * (i % 2):02d}", f"{a[0]} {a[1]} – {b[0]} {b[1]}")
        for i, (a, b) in enumerate(zip(PEOPLE, PEOPLE[1:], strict=False))
    )
    cards = [TableCardRecord("T12", "Hall B", meetings), TableCardRecord("7")]
    out = tmp_path / "cards.pdf"
    stats = render_table_cards(cards, out, event_name=EVENT)
    assert stats.pages == 2 and stats.missing_glyphs == "" and stats.ellipsized == 0
    with pdfplumber.open(out) as pdf:
        first, second = pdf.pages
        assert float(first.width) / MM == pytest.approx(297, abs=0.5)
        assert float(first.height) / MM == pytest.approx(210, abs=0.5)
        lower, upper = _lower_and_upper(first)
        lines = lower.split("\n")
        assert "T12" in lines and f"{EVENT} · Hall B" in lines
        for time, names in meetings:  # columns side by side come out on one text line
            assert f"{time} {names}" in lower
        # The upper half holds the same face turned 180° (upside down on the sheet).
        upside_down = [c for c in first.chars if float(c["bottom"]) <= float(first.height) / 2]
        assert upside_down and all(c["matrix"][0] < 0 for c in upside_down)
        assert "T12"[::-1] in upper or "T12" in upper
        # The label is very large: most of the face's height without meetings.
        lower7, _ = _lower_and_upper(second)
        assert "7" in lower7.split("\n")
        size = max(float(c["size"]) for c in second.chars if c["text"] == "7")
        assert size > 150


def test_table_cards_cancel_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    with pytest.raises(RenderCancelled):
        render_table_cards([TableCardRecord("1")], out, event_name=EVENT, cancel=lambda: True)
    assert not out.exists()


def test_crop_marks_lie_on_the_cut_lines_at_the_page_edges(tmp_path: Path) -> None:
    out = tmp_path / "4up.pdf"
    render_badges(records()[:4], load_layout("a6-4up-a4"), out, event_name=EVENT)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        marks = [
            (
                float(ln["x0"]) / MM,
                float(ln["top"]) / MM,
                float(ln["x1"]) / MM,
                float(ln["bottom"]) / MM,
            )
            for ln in page.lines
            if float(ln["x0"]) < 1
            or float(ln["top"]) < 1
            or float(ln["x1"]) > page.width - 1
            or float(ln["bottom"]) > page.height - 1
        ]
    vertical = {round(x0, 1) for x0, _, x1, _ in marks if abs(x1 - x0) < 0.01}
    horizontal = {round(top, 1) for _, top, _, bottom in marks if abs(bottom - top) < 0.01}
    assert vertical == {105.0}
    assert horizontal == {0.5, 148.5, 296.5}


def test_long_texts_stay_inside_the_card_margins(tmp_path: Path) -> None:
    long = "Maximiliane-Friederike von Hohenzollern-Sigmaringen"
    card = TableCardRecord(
        f"Table 12 – {long}",
        "Hall B, upper floor, east wing, next to the coffee corner and the cloakroom",
        tuple((f"{9 + i}:00", f"{long} – Þórunn Sigurðardóttir") for i in range(30)),
    )
    out = tmp_path / "long.pdf"
    stats = render_table_cards([card], out, event_name=EVENT)
    assert stats.missing_glyphs == ""
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        half = float(page.height) / 2
        text = page.within_bbox((0, half, float(page.width), float(page.height))).extract_text()
        for c in page.chars:
            assert 10 * MM - 0.5 <= float(c["x0"]) and float(c["x1"]) <= page.width - 10 * MM + 0.5
            in_lower = float(c["top"]) >= half - 0.5
            assert in_lower == (float(c["bottom"]) > half + 0.5)  # no text crosses the fold
    assert long in text.replace("\n", " ")
