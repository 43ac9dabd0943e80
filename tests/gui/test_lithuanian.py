"""The whole window in Lithuanian: switched while the app runs (no restart), every page laid out
at 1366×768 with no label, button, tab or group title cut (Lithuanian words are longer), no
English left on screen, and back to English. Screenshots of every page go to CLUSTERDESK_SHOTS
when it is set (look at them: a page that passes and looks broken is broken)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import Qt  # with mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QTabBar,
    QWidget,
)

from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import open_event
from clusterdesk.services.meetings import schedule_meetings
from clusterdesk.ui.translation_status import read_ts
from tests.gui.conftest import open_in
from tests.gui.test_window_sizes import _inside_a_scroll_area, cut_widgets

SHOTS = os.environ.get("CLUSTERDESK_SHOTS")
TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "clusterdesk_lt.ts"


def english_left() -> set[str]:
    """UI texts whose Lithuanian differs: seeing one of them in a Lithuanian window means a
    string escaped translation (e.g. lupdate filed it under another context)."""
    return {
        e.source.replace("&", "")
        for e in read_ts(TS)
        if not e.numerus and e.translations[0] != e.source and len(e.source) > 3
    }


def text_width(w: QWidget, text: str) -> int:
    lines = text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")
    return max(w.fontMetrics().horizontalAdvance(line) for line in lines)


def texts_cut(page: QWidget) -> list[str]:
    """Beyond cut_widgets: each one-line label's and button's text measured with its font
    against the widget's width, tabs and group titles too narrow for their text."""
    found = cut_widgets(page)
    for w in page.findChildren(QWidget):
        if not w.isVisible() or _inside_a_scroll_area(w, page):
            continue
        metrics = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
            plain = w.textFormat() == Qt.TextFormat.PlainText or not Qt.mightBeRichText(w.text())
            room = w.contentsRect().width() - 2 * max(w.margin(), 0) - max(w.indent(), 0)
            if plain and text_width(w, w.text()) > room:
                found.append(f"label {w.text()[:40]!r}: {room} < {text_width(w, w.text())}")
        if isinstance(w, QAbstractButton) and w.text() and not isinstance(w, QTabBar):
            need = text_width(w, w.text())
            if not w.icon().isNull():
                need += w.iconSize().width()
            if need > w.width():
                found.append(f"button {w.text()!r}: {w.width()} < {need}")
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                need = metrics.horizontalAdvance(w.tabText(i).replace("&", ""))
                if w.tabRect(i).width() < need:
                    found.append(f"tab {w.tabText(i)!r}: {w.tabRect(i).width()} < {need}")
        if isinstance(w, QListWidget) and w.horizontalScrollBar().isVisible():
            found.append(f"list {w.objectName()!r} scrolls sideways: its lines are cut")
        if isinstance(w, QGroupBox) and w.title():
            need = metrics.horizontalAdvance(w.title()) + 16
            if w.width() < need:
                found.append(f"group {w.title()!r}: {w.width()} < {need}")
    return found


def visible_texts(page: QWidget) -> set[str]:
    texts = set()
    for w in page.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.add(w.text().replace("&", ""))
        if isinstance(w, QGroupBox):
            texts.add(w.title())
        texts.add(w.toolTip())
    return texts


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.cdesk"
    build_demo(path, participants=60)
    db = open_event(path)
    try:
        schedule_meetings(db, keep_existing=False, time_limit=2)
    finally:
        db.dispose()
    return path


@pytest.fixture
def back_to_english(qapp):  # type: ignore[no-untyped-def]
    yield
    from clusterdesk.ui.app import install_translators

    install_translators(qapp, "en")


def switch(window, qtbot, code: str, file_menu: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(code)
    qtbot.waitUntil(
        lambda: window.menuBar().actions()[0].text() == file_menu and not window._retranslating,
        timeout=10_000,
    )
    settle()


def test_every_page_in_lithuanian_fits_and_speaks_lithuanian(  # type: ignore[no-untyped-def]
    window, qtbot, demo_file, back_to_english
) -> None:
    open_in(window, qtbot, demo_file)
    window.show_page("meetings")
    switch(window, qtbot, "lt", "&Failas")
    assert window.settings.language() == "lt"
    assert window.db is not None and window.event_view.current_key() == "meetings"
    nav = [window.event_view.nav.item(i).text() for i in range(window.event_view.nav.count())]
    assert nav[:4] == ["Apžvalga", "Dalyviai", "Registracija", "Susitikimai"]
    english = english_left()
    window.resize(1366, 768)
    for entry in window.event_view.entries:
        page = window.show_page(entry.key)
        assert page is not None
        qtbot.wait(300)  # the page's data arrives from a worker
        settle()
        assert texts_cut(page) == [], entry.key
        left = sorted(visible_texts(page) & english)
        assert left == [], f"{entry.key}: English on a Lithuanian page: {left}"
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(SHOTS) / f"lt-1366x768-{entry.key}.png"))
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Failas", "&Rodinys", "&Nuostatos", "&Žinynas"]

    switch(window, qtbot, "en", "&File")
    assert window.db is not None
    nav = [window.event_view.nav.item(i).text() for i in range(window.event_view.nav.count())]
    assert nav[:4] == ["Dashboard", "Participants", "Check-in", "Meetings"]


def test_the_welcome_screen_switches_too(window, qtbot, back_to_english) -> None:  # type: ignore[no-untyped-def]
    switch(window, qtbot, "lt", "&Failas")
    assert window.welcome.new_button.text() == "Naujas renginys…"
    assert window.windowTitle() == "ClusterDesk" and window.event_label.text() == (
        "Renginys neatvertas"
    )
    assert texts_cut(window.welcome) == []
    if SHOTS:
        window.resize(1366, 768)
        settle()
        window.grab().save(str(Path(SHOTS) / "lt-1366x768-welcome.png"))
    switch(window, qtbot, "", "&File")  # the system's language (English here)
    assert window.welcome.new_button.text() == "New event…"


def test_the_dialogs_in_lithuanian_fit(window, qtbot, back_to_english) -> None:  # type: ignore[no-untyped-def]
    """The dialogs people meet most, with Qt's own buttons (Gerai, Atsisakyti) translated."""
    from datetime import date

    from clusterdesk.ui.checkin.desk_dialog import DeskDialog
    from clusterdesk.ui.dialogs.connect import ConnectDialog
    from clusterdesk.ui.dialogs.new_event import NewEventDialog
    from clusterdesk.ui.meetings.schedule_dialog import ScheduleOptionsDialog
    from clusterdesk.ui.meetings.session_dialog import SessionDialog
    from clusterdesk.ui.sharing.join_dialog import JoinDialog

    switch(window, qtbot, "lt", "&Failas")
    english = english_left()
    dialogs = {
        "new-event": NewEventDialog(window),
        "connect": ConnectDialog(window.runner, window),
        "join": JoinDialog(window.runner, window.settings, window),
        "desk": DeskDialog("Punktas 1", 8, window),
        "sessions": SessionDialog(window, day=date(2026, 5, 14), existing=[], tables=12),
        "schedule": ScheduleOptionsDialog(window),
    }
    buttons = set()
    for name, dialog in dialogs.items():
        dialog.open()
        settle()
        assert texts_cut(dialog) == [], name
        left = sorted(visible_texts(dialog) & english)
        assert left == [], f"{name}: English in a Lithuanian dialog: {left}"
        buttons |= {b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton)}
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / f"lt-dialog-{name}.png"))
        dialog.reject()
    assert {"Gerai", "Atsisakyti"} <= buttons
    assert not {"OK", "Cancel"} & buttons


def test_the_check_finds_cut_texts(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The measuring above can fail: a label and a button squeezed below their text are found."""
    from PySide6.QtWidgets import QPushButton

    page = QWidget()
    qtbot.addWidget(page)
    page.resize(400, 200)
    label = QLabel("Susitikimų suplanuota / prašyta", page)
    label.setGeometry(0, 0, 60, 20)
    button = QPushButton("Spausdinti ženklelį iš naujo", page)
    button.setGeometry(0, 40, 70, 30)
    fits = QLabel("Gerai", page)
    fits.setGeometry(0, 100, 200, 20)
    page.show()
    settle()
    found = texts_cut(page)
    assert any("Susitikimų" in f for f in found)
    assert any("Spausdinti" in f for f in found)
    assert not any("Gerai" in f for f in found)
