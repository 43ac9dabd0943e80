"""GUI fixtures: a real event file with real people, and the real main window on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from clusterdesk.services.events import create_event
from clusterdesk.services.participants import ParticipantInput, create_participant

PEOPLE = [
    ("Kęstutis", "Šetkus", "kestutis@lsu.example", "Lithuanian Sports Cluster", "Lithuania"),
    ("Jolanta", "Aviženytė", "jolanta@avizene.example", "Aviženė UAB", "Lithuania"),
    ("Олена", "Фесенко", "olena@kyiv.example", "Kyiv Tech Hub", "Ukraine"),
    ("Jürgen", "Groß", "juergen@gross.example", "Groß GmbH", "Germany"),
    ("Þórunn", "Sigurðardóttir", "thorunn@is.example", "Reykjavík Cluster", "Iceland"),
    ("Åsa", "Ødegård", "asa@odegard.example", "Ødegård AS", "Norway"),
]


@pytest.fixture(scope="session", autouse=True)
def english_translations(qapp):
    """The app's own English plural forms, as ``run_app`` installs them."""
    from clusterdesk.ui.app import install_translators

    installed = install_translators(qapp, "en")
    yield installed
    # the language tests install others meanwhile (replacing these): remove what is there now
    for translator in getattr(qapp, "_clusterdesk_translators", []):
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def english_again(qapp):
    """A test that switched the language leaves the next one in English."""
    yield
    installed = getattr(qapp, "_clusterdesk_translators", [])
    if any(not t.filePath().endswith("clusterdesk_en.qm") for t in installed):
        from clusterdesk.ui.app import install_translators

        install_translators(qapp, "en")


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    path = tmp_path / "forum.cdesk"
    db = create_event(path, name="Baltic Cluster Forum", start=date(2026, 5, 14), venue="Vilnius")
    for first, last, email, org, country in PEOPLE:
        create_participant(
            db,
            ParticipantInput(
                first_name=first,
                last_name=last,
                email=email,
                organization=org,
                country=country,
                category="Company",
            ),
        )
    db.dispose()
    return path


@pytest.fixture
def window(qtbot):
    from PySide6.QtWidgets import QApplication

    from clusterdesk.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    # the active window, as the one window a person works in (a page shown by an earlier test may
    # still hold the activation, and window shortcuts only reach the active window)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5_000)
    yield w
    w.close()


def open_in(window, qtbot, target) -> None:
    """Open through the window's own open function and wait until the event is shown."""
    window.open_event(str(target))
    qtbot.waitUntil(lambda: window.db is not None, timeout=15_000)


@pytest.fixture
def opened(window, qtbot, event_file) -> Iterator[object]:
    open_in(window, qtbot, event_file)
    yield window


def participants_page(window, qtbot):
    page = window.show_page("participants")
    qtbot.waitUntil(lambda: not page.query.pending and page.model.rowCount() > 0, timeout=10_000)
    return page


def visible_names(page) -> list[str]:
    model = page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard: real key events, one per character. QTest can only synthesise ASCII
    keys, so other letters (ę, ß, ф) arrive as key events carrying the text, as from a keyboard
    layout or input method."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
