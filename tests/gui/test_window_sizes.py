"""The desk fits a 1280×720 screen and uses a 1920×1080 one: at each size the real main window is
laid out and measured — every visible widget inside its parent, no button or label with its text
cut, no horizontal scrolling; and the result text grows with the screen. Screenshots of what was
measured go to CLUSTERDESK_SHOTS when it is set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)

from tests.gui.conftest import open_in

SIZES = [(1280, 720), (1366, 768), (1920, 1080)]
SHOTS = os.environ.get("CLUSTERDESK_SHOTS")


def _inside_a_scroll_area(widget: QWidget, page: QWidget) -> bool:
    """Scrolled content (table cells, the results list) may extend past its viewport."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def cut_widgets(page: QWidget) -> list[str]:
    """What does not fit: widgets outside their parent, buttons and one-line labels too narrow
    for their text."""
    found = []
    for w in page.findChildren(QWidget):
        if not w.isVisible() or w.isWindow() or _inside_a_scroll_area(w, page):
            continue
        parent = w.parentWidget()
        name = w.objectName() or type(w).__name__
        if parent is not None and not parent.rect().contains(w.geometry()):
            found.append(f"{name} {w.geometry()} outside {parent.objectName()} {parent.rect()}")
        if isinstance(w, QAbstractButton) and w.text() and w.width() < w.sizeHint().width():
            found.append(f"button {w.text()!r} cut: {w.width()} < {w.sizeHint().width()}")
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and w.pixmap().isNull():
            if w.width() < w.minimumSizeHint().width():
                found.append(f"label {w.text()[:30]!r} cut: {w.width()}")
    return found


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def desk_window(window, qtbot, event_file):  # type: ignore[no-untyped-def]
    open_in(window, qtbot, event_file)
    page = window.show_page("checkin")
    qtbot.waitUntil(lambda: page.side.total.text() != "—", timeout=10_000)
    return window


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_desk_fits_and_nothing_is_cut(desk_window, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    window = desk_window
    window.resize(*size)
    page = window.show_page("checkin")
    holder = window.event_view.holders["checkin"]
    for state in ("ready", "walk-in", "search"):
        if state == "walk-in":
            page.open_walk_in()
        if state == "search":
            page.walkin.cancel()
            page.input.setText("a")
            page._run_search()
            qtbot.waitUntil(page.results.isVisible, timeout=5_000)
        settle()
        assert window.width() == size[0] and window.height() == size[1]
        assert not holder.horizontalScrollBar().isVisible(), f"{size} {state}: scrolls sideways"
        assert not holder.verticalScrollBar().isVisible(), f"{size} {state}: scrolls up and down"
        assert cut_widgets(page) == [], f"{size} {state}"
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(SHOTS) / f"desk-{size[0]}x{size[1]}-{state}.png"))
    page.input.reset()


def test_the_result_text_grows_with_the_screen(desk_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = desk_window.show_page("checkin")
    sizes = {}
    for size in ((1280, 720), (1920, 1080)):
        desk_window.resize(*size)
        settle()
        sizes[size] = (page.banner.scale, page.banner.name.font().pointSizeF())
    (small_scale, small_font), (big_scale, big_font) = sizes[(1280, 720)], sizes[(1920, 1080)]
    assert big_scale > small_scale * 1.3 and big_font > small_font * 1.3


@pytest.mark.parametrize("size", [(1280, 720)], ids=["1280x720"])
def test_no_page_scrolls_on_a_small_screen(desk_window, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    window = desk_window
    window.resize(*size)
    meetings = window.show_page("meetings")
    meetings.say("511 meetings scheduled, 0 unscheduled, 55 breaks (9.8 s). " * 3)  # two lines
    for entry in window.event_view.entries:
        window.show_page(entry.key)
        settle()
        holder = window.event_view.holders[entry.key]
        assert not holder.horizontalScrollBar().isVisible(), entry.key
        assert not holder.verticalScrollBar().isVisible(), entry.key
