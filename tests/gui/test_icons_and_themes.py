"""Icons for every action (bundled SVGs, sharp at any scale, in the theme's text colour) and text
that stays readable under a light and a dark palette (contrast measured on the rendered window)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QAction, QColor, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolButton, QWidget

from clusterdesk.core.resources import resource_path
from clusterdesk.ui.icons import icon
from clusterdesk.ui.meetings.grid_view import DARK, LIGHT
from clusterdesk.ui.theme import contrast, readable
from tests.gui.palettes import dark_palette, use_palette

ICONS = resource_path("icons")


@pytest.fixture
def palette(qapp, request) -> Iterator[str]:
    """Run the test under Fusion with a light or a dark palette; restore the app's afterwards."""
    style, before = qapp.style().name(), qapp.palette()
    use_palette(qapp, request.param)
    yield request.param
    qapp.setStyle(style)
    qapp.setPalette(before)


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    menu.aboutToShow.emit()  # "Open recent" is filled as it opens
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action
        if action.menu() is not None:
            yield from menu_actions(action.menu())


def test_every_action_in_the_menus_and_page_toolbars_has_an_icon(opened, tmp_path):
    window = opened
    window.settings.add_recent(str(tmp_path / "other.cdesk"))
    missing = []
    for top in window.menuBar().actions():
        for action in menu_actions(top.menu()):
            if not action.isCheckable() and action.icon().isNull():  # radio items: their mark
                missing.append(action.text())
    # the pages' toolbar buttons and their menus, and every action a page owns
    for page in window.event_view.pages.values():
        for button in page.findChildren(QToolButton):
            if button.text() and button.icon().isNull():
                missing.append(f"button {button.text()}")
            if button.menu() is not None:
                missing += [a.text() for a in menu_actions(button.menu()) if a.icon().isNull()]
        for action in page.findChildren(QAction):
            if action.text() and not action.isCheckable() and action.icon().isNull():
                missing.append(action.text())
    assert missing == []


def test_icons_are_bundled_svgs_drawn_sharp_at_twice_the_size():
    files = sorted(ICONS.iterdir())
    assert len(files) > 40
    assert {f.suffix for f in files} == {".svg"}  # no raster image that blurs when scaled
    for f in files:
        assert QSvgRenderer(str(f)).isValid(), f.name
    pixmap = icon("undo").pixmap(QSize(16, 16), 2.0)  # a 200 % screen
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (32, 32, 2.0)
    image = pixmap.toImage()
    inked = sum(image.pixelColor(x, y).alpha() > 200 for x in range(32) for y in range(32))
    assert inked > 40  # drawn at 32 px, not a 16 px image scaled up (a blur has few opaque pixels)


def ink(colour_icon: str, qapp) -> QColor:
    image = icon(colour_icon).pixmap(QSize(48, 48)).toImage()
    seen = Counter(
        image.pixelColor(x, y).name()
        for x in range(48)
        for y in range(48)
        if image.pixelColor(x, y).alpha() == 255
    )
    return QColor(seen.most_common(1)[0][0])


@pytest.mark.parametrize("palette", ["light", "dark"], indirect=True)
def test_icons_are_drawn_in_the_text_colour_of_the_palette(qapp, palette):
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    window = qapp.palette().color(QPalette.ColorRole.Window)
    drawn = ink("participants", qapp)
    assert drawn == text
    assert contrast(drawn, window) >= 4.5


def test_readable_keeps_a_status_colour_but_lifts_it_off_a_dark_background(qapp):
    dark_base = dark_palette().color(QPalette.ColorRole.Base)
    white = QColor("#ffffff")
    for colour in ("#116329", "#b3131b", "#5a32a3", "#9a6700", "#3d4a57"):
        assert readable(colour, white) == QColor(colour)  # fine on white: unchanged
        lifted = readable(colour, dark_base)
        assert contrast(lifted, dark_base) >= 4.5
        assert abs(lifted.hslHue() - QColor(colour).hslHue()) <= 3  # still green, red, …


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_the_meetings_grid_colours_keep_names_readable(colours):
    for status, (fill, _accent) in colours.statuses.items():
        names = colours.grey if status == "cancelled" else colours.ink
        assert contrast(QColor(names), QColor(fill)) >= 4.5, status
    for row in colours.rows:
        assert contrast(QColor(colours.ink), QColor(row)) >= 4.5
    for back in (colours.header, colours.band):
        assert contrast(QColor(colours.header_ink), QColor(back)) >= 4.5


def rendered_contrast(window: QWidget, widget: QWidget) -> float:
    """The contrast of ``widget``'s text as drawn in the window: its most common pixel colour
    (the background) against the pixel farthest from it (the core of the letters)."""
    corner = widget.mapTo(window, QPoint(0, 0))
    image: QImage = window.grab(QRect(corner, widget.size())).toImage()
    pixels = [
        image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(image.height())
    ]
    background = QColor.fromRgb(Counter(pixels).most_common(1)[0][0])
    return max(contrast(background, QColor.fromRgb(p)) for p in set(pixels))


@pytest.mark.parametrize("palette", ["light", "dark"], indirect=True)
def test_key_texts_stand_out_from_their_background_in_both_themes(opened, qtbot, palette):
    window = opened
    window.resize(1366, 768)
    checked: dict[str, float] = {}

    def check(name: str, widget: QWidget) -> None:
        assert widget.isVisible(), name
        checked[name] = rendered_contrast(window, widget)

    window.close_event()
    window.welcome.set_first_run(True)
    qtbot.wait(50)
    for label in window.welcome.findChildren(QLabel):
        if label.text() and label.isVisible():
            check(f"welcome: {label.text()[:30]}", label)
    window.open_event(window.settings.recent_events()[0])
    qtbot.waitUntil(lambda: window.db is not None, timeout=15_000)
    checkin = window.show_page("checkin")
    checkin.sound_note.show()
    qtbot.waitUntil(lambda: checkin.side.isVisible(), timeout=5_000)
    qtbot.wait(100)
    check("check-in: sounds off", checkin.sound_note)
    meetings = window.show_page("meetings")
    qtbot.waitUntil(lambda: meetings.kpis.scheduled.value.text() != "–", timeout=15_000)
    for kpi in (meetings.kpis.scheduled, meetings.kpis.waiting):
        check(f"meetings: {kpi.caption.text()}", kpi.caption)
        check(f"meetings: {kpi.objectName()} value", kpi.value)
    check("meetings: details", meetings.side.details)
    low = {name: round(ratio, 2) for name, ratio in checked.items() if ratio < 4.5}
    assert len(checked) >= 10
    assert low == {}
    assert QApplication.style().name().lower() == "fusion"
