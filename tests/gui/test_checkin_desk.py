"""The desk as staff use it, in the real main window (pytest-qt, real key events, a real event
file): a scan is never lost whatever has the focus, results clear themselves, every outcome looks
and sounds different, one time zone, walk-ins without e-mail, sounds said to be off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from clusterdesk.services import checkin
from clusterdesk.services.events import create_event
from clusterdesk.services.participants import ParticipantInput, create_participant, rows_by_id
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Attendance, CheckInLog, Participant
from clusterdesk.ui.checkin import banner
from clusterdesk.ui.checkin.page import CheckinPage
from clusterdesk.ui.checkin.sounds import DeskSounds
from tests.gui.conftest import open_in

_CLOCK = [9_000_000]


@pytest.fixture
def desk_file(tmp_path: Path) -> Path:
    """An event in New York time (the test machine runs in another zone) with 30 people."""
    path = tmp_path / "desk.cdesk"
    db = create_event(
        path, name="Forum", start=date(2026, 5, 14), timezone="America/New_York", venue="Riga"
    )
    for n in range(28):
        create_participant(
            db,
            ParticipantInput(
                first_name=f"Guest{n}",
                last_name="Desk",
                email=f"g{n}@desk.example",
                organization="Org",
            ),
        )
    create_participant(
        db,
        ParticipantInput(
            first_name="Олена",
            last_name="Фесенко",
            email="olena@kyiv.example",
            attention="VIP — welcome by the host",
        ),
    )
    create_participant(
        db, ParticipantInput(first_name="Kęstutis", last_name="Šetkus", email="k@lsu.example")
    )
    db.dispose()
    return path


@pytest.fixture
def desk(window, qtbot, desk_file: Path) -> Iterator[CheckinPage]:
    window.settings.q.setValue("checkin/desk", "Desk 1")
    open_in(window, qtbot, desk_file)
    page = window.show_page("checkin")
    assert isinstance(page, CheckinPage)
    page.desk = "Desk 1"
    qtbot.waitUntil(lambda: page.side.total.text() != "—" and page.tz is not None, timeout=10_000)
    yield page


def codes(db: EventDB) -> dict[str, int]:
    with db.read() as s:
        return {
            code: pid for pid, code in s.execute(select(Participant.id, Participant.badge_code))
        }


def code_list(page: CheckinPage) -> list[tuple[str, int]]:
    assert page.db is not None
    found = codes(page.db)
    return sorted(found.items(), key=lambda item: item[1])


def press(widget: QWidget, key: int, text: str = "", stamp: int | None = None) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        if stamp is not None:
            event.setTimestamp(stamp)
        QApplication.sendEvent(widget, event)


def scanner(qtbot, window, code: str, end: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type like a USB scanner: each key to whatever has the focus *now*, 8 ms apart, then
    Enter (or Tab) — a while after any key a person typed."""
    _CLOCK[0] += 700
    for ch in code:
        _CLOCK[0] += 8
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        if ch.isupper():  # Shift down, the letter, Shift up: as a scanner (and xdotool) does it
            press(QApplication.focusWidget() or window, Qt.Key.Key_Shift, "", _CLOCK[0])
            _CLOCK[0] += 1
        press(QApplication.focusWidget() or window, key, ch, _CLOCK[0])
    _CLOCK[0] += 8
    press(
        QApplication.focusWidget() or window,
        end,
        "\r" if end != Qt.Key.Key_Tab else "\t",
        _CLOCK[0],
    )


def person_types(widget: QWidget, text: str) -> None:
    for ch in text:
        _CLOCK[0] += 90
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        press(widget, key, ch, _CLOCK[0])


def scanned(qtbot, page: CheckinPage, action) -> checkin.CheckInResult:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.answered, timeout=5000) as blocker:
        action()
    result = blocker.args[0].result
    assert result is not None
    return result


def once_each(db: EventDB) -> tuple[int, int]:
    """(people checked in, check-in log entries)."""
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Attendance)) or 0,
            s.scalar(select(func.count()).where(CheckInLog.result == checkin.CHECKED_IN)) or 0,
        )


# --- 1. a scan reaches the scan field whatever has the focus ------------------------------------


def test_a_scan_after_clicks_and_with_focus_anywhere_checks_in_exactly_once(
    window, qtbot, desk: CheckinPage
) -> None:
    assert desk.db is not None
    people = iter(code_list(desk))
    done = 0

    def scan_next(how: str) -> None:
        nonlocal done
        code, pid = next(people)
        result = scanned(qtbot, desk, lambda: scanner(qtbot, window, code))
        assert result.result == checkin.CHECKED_IN, how
        assert result.participant is not None and result.participant.id == pid, how
        assert QApplication.focusWidget() is desk.input and desk.input.text() == "", how
        done += 1
        assert once_each(desk.db) == (done, done), how  # type: ignore[arg-type]

    qtbot.mouseClick(desk.banner, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    scan_next("after a click on the banner")
    recent = desk.side.recent
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    scan_next("after a click on the recent list")
    # every widget of the window that can hold the focus (the navigation list, the page's scroll
    # area, the scan field, …): give it the focus, then scan
    focusable = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isEnabled()
    ]
    assert window.event_view.nav in focusable and desk.input in focusable
    for widget in focusable:
        widget.setFocus()
        assert QApplication.focusWidget() is widget
        scan_next(f"focus on {widget.objectName() or type(widget).__name__}")
    # a scanner ending in Tab, focus on the navigation list
    window.event_view.nav.setFocus()
    code, _pid = next(people)
    result = scanned(qtbot, desk, lambda: scanner(qtbot, window, code, Qt.Key.Key_Tab))
    assert result.result == checkin.CHECKED_IN and window.show_page("checkin") is desk


def test_shortcuts_work_after_a_click_anywhere_on_the_page(
    window, qtbot, desk: CheckinPage
) -> None:
    window.event_view.nav.setFocus()  # where a click on "Check-in" leaves the focus
    qtbot.keyClick(window.event_view.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert desk.walkin.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.mouseClick(desk.banner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input, timeout=2000)
    desk.side.recent.setFocus()
    qtbot.keyClick(desk.side.recent, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert desk.desk_dialog is not None and desk.desk_dialog.isVisible()
    desk.desk_dialog.reject()
    window.event_view.nav.setFocus()
    qtbot.keyClick(window.event_view.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is desk.input


def test_a_scan_into_the_walk_in_form_is_a_scan_not_a_name(
    window, qtbot, desk: CheckinPage
) -> None:
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    first = desk.walkin.edits["first_name"]
    person_types(first, "Gied")
    code, pid = code_list(desk)[0]
    result = scanned(qtbot, desk, lambda: scanner(qtbot, window, code))
    assert result.result == checkin.CHECKED_IN and result.participant is not None
    assert result.participant.id == pid
    assert first.text() == "Gied" and desk.walkin.isVisible()  # the name typed so far stays
    assert QApplication.focusWidget() is first


# --- 2. a scan never renames the desk -------------------------------------------------------------


def test_the_desk_is_named_in_a_dialog_a_scan_cannot_rename(
    window, qtbot, desk: CheckinPage
) -> None:
    assert "Desk 1" in desk.desk_button.text()
    dialog = desk.edit_desk()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name, timeout=2000)
    code, _pid = code_list(desk)[1]
    result = scanned(qtbot, desk, lambda: scanner(qtbot, dialog, code))
    assert result.result == checkin.CHECKED_IN
    assert not dialog.isVisible() and desk.desk == "Desk 1"
    assert window.settings.q.value("checkin/desk") == "Desk 1"
    dialog = desk.edit_desk()
    dialog.name.selectAll()
    person_types(dialog.name, "Entrance B")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible() and desk.desk == "Entrance B"
    assert "Entrance B" in desk.desk_button.text()
    assert window.settings.q.value("checkin/desk") == "Entrance B"
    qtbot.waitUntil(lambda: window.focusWidget() is desk.input, timeout=2000)  # when it is back


# --- 3. results fade to Ready; a new scan visibly replaces the old result -----------------------


def test_results_go_back_to_ready_and_each_scan_replaces_the_last(
    window, qtbot, desk: CheckinPage
) -> None:
    dialog = desk.edit_desk()
    dialog.ready_after.setValue(1)
    dialog.accept()
    assert desk.banner.ready_after_ms == 1000
    assert window.settings.q.value("checkin/ready_after") in (1, "1")
    (a, _), (b, _) = code_list(desk)[:2]
    scanned(qtbot, desk, lambda: scanner(qtbot, window, a))
    first_stamp, first_generation = desk.banner.stamp.text(), desk.banner.generation
    assert desk.banner.state == banner.CHECKED_IN
    scanned(qtbot, desk, lambda: scanner(qtbot, window, b))  # the same outcome, someone else
    assert desk.banner.state == banner.CHECKED_IN
    assert desk.banner.generation == first_generation + 1
    assert desk.banner.stamp.text() != first_stamp and desk.banner._veil > 0  # flashing in
    qtbot.waitUntil(lambda: desk.banner.state == banner.IDLE, timeout=5000)
    assert desk.banner.title.text().startswith("Ready") and desk.banner.name.text() == ""
    again = scanned(qtbot, desk, lambda: scanner(qtbot, window, b))
    assert again.result == checkin.ALREADY and desk.banner.state == banner.ALREADY
    dialog = desk.edit_desk()
    dialog.ready_after.setValue(0)  # never: the result stays until the next scan
    dialog.accept()
    scanned(qtbot, desk, lambda: scanner(qtbot, window, b))
    qtbot.wait(1300)
    assert desk.banner.state == banner.ALREADY


# --- 4. every outcome its own colour, shape, title and sound ------------------------------------


def _grey(widget: QWidget) -> float:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    total = 0
    step = 7
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += image.pixelColor(x, y).value()
            count += 1
    return total / count


def test_attention_and_already_checked_in_differ_without_colour(
    window, qtbot, desk: CheckinPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    played: list[str] = []
    monkeypatch.setattr(DeskSounds, "play", lambda self, name: played.append(name))
    olena = next(code for code, pid in code_list(desk) if pid == 29)
    scanned(qtbot, desk, lambda: scanner(qtbot, window, olena))
    qtbot.waitUntil(lambda: desk.banner._veil == 0, timeout=3000)
    attention = (
        desk.banner.state,
        desk.banner.icon.shape,
        desk.banner.title.text(),
        _grey(desk.banner),
    )
    assert desk.banner.note.text() == "VIP — welcome by the host"
    scanned(qtbot, desk, lambda: scanner(qtbot, window, olena))
    qtbot.waitUntil(lambda: desk.banner._veil == 0, timeout=3000)
    already = (
        desk.banner.state,
        desk.banner.icon.shape,
        desk.banner.title.text(),
        _grey(desk.banner),
    )
    assert attention[0] == banner.ATTENTION and already[0] == banner.ALREADY
    assert banner.COLOURS[banner.ATTENTION] != banner.COLOURS[banner.ALREADY]
    assert attention[1] == "triangle" and already[1] == "again"  # shapes
    assert "ATTENTION" in attention[2] and "ALREADY" in already[2]  # words
    assert abs(attention[3] - already[3]) > 40  # light vs dark, also in black and white
    assert played == ["attention", "already"]
    states = {banner.COLOURS[s][0] for s in banner.COLOURS}
    assert len(states) == len(banner.COLOURS)  # every outcome its own colour
    from clusterdesk.ui.checkin.outcome_icon import SHAPES

    assert len(set(SHAPES.values())) == len(SHAPES)  # and its own shape


# --- 6. one time zone: the event's ----------------------------------------------------------------


def test_the_desk_and_the_participants_list_show_the_event_time(
    window, qtbot, desk: CheckinPage
) -> None:
    code, pid = code_list(desk)[3]
    result = scanned(qtbot, desk, lambda: scanner(qtbot, window, code))
    assert result.checked_in_at is not None
    local = result.checked_in_at.astimezone(ZoneInfo("America/New_York"))
    assert local.utcoffset() != result.checked_in_at.astimezone().utcoffset()  # zones differ
    assert f"{local:%H:%M}" in desk.banner.when.text()
    qtbot.waitUntil(lambda: desk.side.recent.count() > 0, timeout=3000)
    assert f"{local:%H:%M:%S}" in desk.side.recent.item(0).text()
    people = window.show_page("participants")
    people.filter.setText("guest3")
    qtbot.waitUntil(lambda: not people.query.pending and people.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: people.model.index(0, 6).data() not in (None, "…"), timeout=5000)
    assert people.model.index(0, 6).data() == f"{local:%Y-%m-%d %H:%M}"


# --- 7. walk-ins without e-mail; required fields marked -----------------------------------------


def test_a_walk_in_without_e_mail_is_checked_in(window, qtbot, desk: CheckinPage) -> None:
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = desk.walkin
    assert "*" in form.findChild(QWidget, "walkInRequired").text()  # type: ignore[union-attr]
    person_types(form.edits["first_name"], "Giedrius")
    qtbot.keyClick(form.edits["first_name"], Qt.Key.Key_Tab)
    person_types(QApplication.focusWidget(), "Bagušinskas")
    result = scanned(
        qtbot, desk, lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    )
    assert result.result == checkin.CHECKED_IN and result.participant is not None
    row = rows_by_id(desk.db, [result.participant.id])[0]  # type: ignore[arg-type]
    assert (row.full_name, row.email) == ("Giedrius Bagušinskas", "")
    assert not form.isVisible() and QApplication.focusWidget() is desk.input


# --- 8. sounds: said to be off where there is no audio output -----------------------------------


def test_without_audio_output_the_page_says_sounds_are_off(qtbot, desk: CheckinPage) -> None:
    if desk.sounds.available:
        pytest.skip("this machine has an audio output")
    assert desk.sound_note.isVisible() and "Sounds are off" in desk.sound_note.text()
    assert not desk.mute.isVisible()


def test_with_audio_output_mute_is_offered(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DeskSounds, "available", property(lambda self: True))
    page = CheckinPage()
    qtbot.addWidget(page)
    page.show()
    assert page.mute.isVisible() and not page.sound_note.isVisible()


# --- (c) brute-force scanning is shown to the operator ------------------------------------------


def test_many_failed_scans_show_a_warning(window, qtbot, desk: CheckinPage) -> None:
    assert not desk.alarm.isVisible()
    for n in range(checkin.alarms.THRESHOLD):
        scanned(qtbot, desk, lambda n=n: scanner(qtbot, window, f"ZZ{n:04d}QQ"))
    qtbot.waitUntil(desk.alarm.isVisible, timeout=5000)
    assert "failed scans" in desk.alarm.text() and "Desk 1" in desk.alarm.text()
    assert desk.banner.state == banner.REJECTED
