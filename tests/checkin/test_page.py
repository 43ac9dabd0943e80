"""The check-in page with real key events (pytest-qt, offscreen) on a real event file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from clusterdesk.services import checkin
from clusterdesk.services.events import create_event, open_event
from clusterdesk.services.participants import get_participant
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Attendance, CheckInLog, PrintLog
from clusterdesk.ui.checkin import banner
from clusterdesk.ui.checkin.page import CheckinPage
from clusterdesk.ui.checkin.sounds import DeskSounds
from clusterdesk.ui.checkin.worker import Answer
from tests.checkin.helpers import PaperTray, add_many, add_person, code_of

SHOTS = os.environ.get("CLUSTERDESK_SHOTS")  # a folder to keep the banner screenshots in


@pytest.fixture
def desk_event(tmp_path: Path) -> Iterator[EventDB]:
    db = create_event(tmp_path / "desk.cdesk", name="Baltic Cluster Forum", start=date(2026, 5, 14))
    add_person(db, "Kęstutis", "Šetkus", org="Klaipėda Science Park")
    add_person(db, "Jolanta", "Aviženytė", org="Vilnius Tech Cluster", category="Investor")
    add_person(db, "Ieva", "Aviženytė", org="Kaunas Food Cluster", country="Lithuania")
    add_person(
        db,
        "Олена",
        "Фесенко",
        org="Kyiv IT Cluster",
        country="Ukraine",
        attention="VIP — welcome by the host",
    )
    add_many(db, 20)
    yield db
    db.dispose()


def open_page(qtbot: QtBot, db: EventDB) -> CheckinPage:
    page = CheckinPage()
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.desk = "Desk 1"
    page.set_event(db)
    qtbot.waitUntil(lambda: page.side.total.text() != "—", timeout=5000)
    return page


@pytest.fixture
def played(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sounds the desk asked for, in order (also when muted or without audio output)."""
    names: list[str] = []
    real_play = DeskSounds.play

    def play(self: DeskSounds, name: str) -> None:
        names.append(name)
        real_play(self, name)

    monkeypatch.setattr(DeskSounds, "play", play)
    return names


@pytest.fixture
def page(qtbot: QtBot, desk_event: EventDB) -> Iterator[CheckinPage]:
    page = open_page(qtbot, desk_event)
    yield page
    page.set_event(None)


def answer_of(qtbot: QtBot, page: CheckinPage, action) -> Answer:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.answered, timeout=5000) as blocker:
        action()
    answer = blocker.args[0]
    assert isinstance(answer, Answer)
    return answer


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Real key events, also for letters QTest cannot map to a key (š, ę, Cyrillic…)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


_CLOCK = [5_000_000]


def type_like_a_person(widget: QWidget, text: str, ms_per_key: int = 80) -> None:
    """Key events stamped ``ms_per_key`` apart, as a person types them (the desk judges typing
    speed by the key times, so no test has to wait between keys); any letter, also š or ф."""
    for ch in text:
        _CLOCK[0] += ms_per_key
        key = ord(ch.upper()) if ch.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            event.setTimestamp(_CLOCK[0])
            QApplication.sendEvent(widget, event)


def focus_is_on_input(page: CheckinPage) -> bool:
    return QApplication.focusWidget() is page.input and page.input.text() == ""


def checked_in(db: EventDB) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Attendance)) or 0


def shot(page: CheckinPage, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()  # let the layout settle on the new banner
        page.grab().save(str(Path(SHOTS) / f"{name}.png"))


def scan(
    qtbot: QtBot, page: CheckinPage, text: str, end: Qt.Key | None = Qt.Key.Key_Return
) -> Answer:
    def act() -> None:
        qtbot.keyClicks(page.input, text)  # all keys at once: scanner speed
        if end is not None:
            qtbot.keyClick(page.input, end)

    return answer_of(qtbot, page, act)


def test_scanner_speed_scan_then_already(
    qtbot: QtBot, page: CheckinPage, desk_event: EventDB, played: list[str]
) -> None:
    code = code_of(desk_event, 1)
    answer = scan(qtbot, page, code)
    assert answer.result is not None and answer.result.result == checkin.CHECKED_IN
    assert page.banner.state == banner.CHECKED_IN and page.banner.name.text() == "Kęstutis Šetkus"
    assert "Klaipėda Science Park" in page.banner.details.text()
    assert played[-1:] == ["checked_in"]
    assert focus_is_on_input(page) and checked_in(desk_event) == 1
    shot(page, "1-checked-in")

    again = scan(qtbot, page, code)
    assert again.result is not None and again.result.result == checkin.ALREADY
    assert page.banner.state == banner.ALREADY and "Desk 1" in page.banner.when.text()
    assert played[-1:] == ["already"] and focus_is_on_input(page)
    shot(page, "2-already")
    qtbot.waitUntil(lambda: page.side.recent.count() == 2, timeout=3000)
    assert page.side.total.text() == "1 / 24"


def test_tab_terminated_and_no_enter_scans(
    qtbot: QtBot, page: CheckinPage, desk_event: EventDB
) -> None:
    tab = scan(qtbot, page, code_of(desk_event, 2), Qt.Key.Key_Tab)
    assert tab.result is not None and tab.result.result == checkin.CHECKED_IN
    assert focus_is_on_input(page)
    silent = scan(qtbot, page, code_of(desk_event, 3).lower(), None)  # idle timeout, no Enter
    assert silent.result is not None and silent.result.result == checkin.CHECKED_IN
    assert silent.result.participant is not None and silent.result.participant.first_name == "Ieva"
    assert focus_is_on_input(page) and checked_in(desk_event) == 2


def test_attention_and_rejections(
    qtbot: QtBot, page: CheckinPage, desk_event: EventDB, played: list[str]
) -> None:
    vip = scan(qtbot, page, code_of(desk_event, 4))
    assert vip.result is not None and vip.result.result == checkin.CHECKED_IN
    assert page.banner.state == banner.ATTENTION and played[-1:] == ["attention"]
    assert page.banner.note.text() == "VIP — welcome by the host"
    shot(page, "3-attention")
    code = code_of(desk_event, 1)
    altered = code[:-1] + ("A" if code[-1] != "A" else "B")
    bad = scan(qtbot, page, altered)
    assert bad.result is not None and bad.result.result == checkin.REJECTED
    assert page.banner.state == banner.REJECTED and "forged" in page.banner.when.text()
    assert played[-1:] == ["rejected"] and focus_is_on_input(page)
    shot(page, "4-rejected")
    junk = scan(qtbot, page, "https://example.com/x?y=1")  # another kind of QR, scanner speed
    assert junk.result is not None and junk.result.reason == "not_a_code"
    with desk_event.read() as s:
        raws = list(s.scalars(select(CheckInLog.raw_input).where(CheckInLog.result == "rejected")))
    assert raws == [altered, "https://example.com/x?y=1"]


def test_slow_typing_searches_and_needs_an_explicit_pick(
    qtbot: QtBot, page: CheckinPage, desk_event: EventDB
) -> None:
    with qtbot.waitSignal(page.input.idle, timeout=3000):  # no key for a while: not a scan
        type_like_a_person(page.input, "aviz")  # 80 ms per key, no diacritics
    qtbot.waitUntil(lambda: len(page.results.rows) == 2, timeout=3000)
    assert page.results.isVisible()
    assert {r.first_name for r in page.results.rows} == {"Jolanta", "Ieva"}
    qtbot.keyClick(page.input, Qt.Key.Key_Return)  # two matches: Enter only highlights
    qtbot.waitUntil(lambda: page.results.chosen() is not None, timeout=3000)
    assert checked_in(desk_event) == 0 and "Several" in page.hint.text()
    qtbot.keyClick(page.input, Qt.Key.Key_Down)
    chosen = page.results.chosen()
    assert chosen is not None
    answer = answer_of(qtbot, page, lambda: qtbot.keyClick(page.input, Qt.Key.Key_Return))
    assert answer.result is not None and answer.result.participant is not None
    assert answer.result.participant.id == chosen.id and answer.result.result == checkin.CHECKED_IN
    assert focus_is_on_input(page) and not page.results.isVisible()
    assert checked_in(desk_event) == 1  # the pick only: the idle name checked nobody in

    type_like_a_person(page.input, "setkis", 60)  # one typo; a single match: Enter checks in
    qtbot.waitUntil(lambda: len(page.results.rows) == 1, timeout=3000)
    single = answer_of(qtbot, page, lambda: qtbot.keyClick(page.input, Qt.Key.Key_Return))
    assert single.result is not None and single.result.participant is not None
    assert single.result.participant.last_name == "Šetkus" and focus_is_on_input(page)


def test_typing_speed_is_judged_by_the_key_times(
    qtbot: QtBot, page: CheckinPage, desk_event: EventDB
) -> None:
    with qtbot.waitSignal(page.input.idle, timeout=3000) as person:
        type_like_a_person(page.input, "kestutis setkus")  # long enough to be a scan
    assert person.args == ["kestutis setkus", False]
    qtbot.waitUntil(lambda: len(page.results.rows) == 1, timeout=3000)
    assert checked_in(desk_event) == 0
    page.input.reset()
    with qtbot.waitSignal(page.input.idle, timeout=3000) as scanner:
        type_like_a_person(page.input, "kestutissetkus", ms_per_key=4)
    assert scanner.args == ["kestutissetkus", True]


def test_undo_last_with_ctrl_z(qtbot: QtBot, page: CheckinPage, desk_event: EventDB) -> None:
    nothing_yet = page.banner.state
    qtbot.keyClick(page.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.banner.state == banner.INFO != nothing_yet and checked_in(desk_event) == 0
    scan(qtbot, page, code_of(desk_event, 2))
    assert checked_in(desk_event) == 1
    undo = answer_of(
        qtbot,
        page,
        lambda: qtbot.keyClick(page.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    )
    assert undo.result is not None and undo.result.result == checkin.UNDONE
    assert page.banner.state == banner.UNDONE and checked_in(desk_event) == 0
    assert focus_is_on_input(page)
    shot(page, "5-undone")
    with desk_event.read() as s:
        assert list(s.scalars(select(CheckInLog.action).order_by(CheckInLog.id))) == [
            "check_in",
            "undo",
        ]


def test_walk_in_keyboard_only_with_badge(
    qtbot: QtBot, page: CheckinPage, desk_event: EventDB
) -> None:
    tray = PaperTray()
    page.badge_printer = tray
    qtbot.keyClick(page.input, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert page.print_on_arrival.isChecked()
    qtbot.keyClick(page.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.walkin.isVisible()
    for text in (
        "Giedrius",
        "Bagušinskas",
        "giedrius@example.lt",
        "Kaunas Food Cluster",
        "Lithuania",
    ):
        focused = QApplication.focusWidget()
        assert focused is not None
        type_like_a_person(focused, text)  # a fast burst into the form would be a scan
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    shot(page, "6-walk-in-form")
    focused = QApplication.focusWidget()
    assert focused is page.walkin.edits["category"]
    answer = answer_of(qtbot, page, lambda: qtbot.keyClick(focused, Qt.Key.Key_Return))
    assert answer.result is not None and answer.result.result == checkin.CHECKED_IN
    assert answer.print_badge and not page.walkin.isVisible() and focus_is_on_input(page)
    pid = answer.result.participant.id if answer.result.participant else -1
    row = get_participant(desk_event, pid)
    assert (row.full_name, row.email, row.category) == (
        "Giedrius Bagušinskas",
        "giedrius@example.lt",
        "Walk-in",
    )
    qtbot.waitUntil(lambda: tray.printed == [pid], timeout=3000)
    qtbot.waitUntil(lambda: "printed" in page.status.text(), timeout=3000)
    qtbot.keyClick(page.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # reprint
    qtbot.waitUntil(lambda: tray.printed == [pid, pid], timeout=3000)

    def logged() -> list[bool]:
        with desk_event.read() as s:
            return list(s.scalars(select(PrintLog.reprint).order_by(PrintLog.id)))

    qtbot.waitUntil(lambda: logged() == [False, True], timeout=3000)
    # a second scan of the walk-in: no automatic badge again
    again = scan(qtbot, page, row.badge_code)
    assert again.result is not None and not again.print_badge


def test_invalid_walk_in_keeps_the_form(qtbot: QtBot, page: CheckinPage) -> None:
    qtbot.keyClick(page.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_like_a_person(page.walkin.edits["email"], "doris@")
    qtbot.keyClick(page.walkin.edits["email"], Qt.Key.Key_Return)
    assert page.walkin.isVisible() and "name is required" in page.walkin.problem.text()
    assert QApplication.focusWidget() is page.walkin.edits["first_name"]
    type_like_a_person(page.walkin.edits["first_name"], "Doris")
    qtbot.keyClick(page.walkin.edits["first_name"], Qt.Key.Key_Return)
    assert page.walkin.isVisible() and "not a valid e-mail" in page.walkin.problem.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not page.walkin.isVisible() and QApplication.focusWidget() is page.input


def test_other_desks_check_ins_appear_within_2_s(
    qtbot: QtBot, page: CheckinPage, desk_event: EventDB
) -> None:
    other = open_event(desk_event.target)  # desk 2: its own connection to the same file
    try:
        checkin.check_in(other, participant_id=3, desk="Desk 2")
        qtbot.waitUntil(lambda: page.side.total.text() == "1 / 24", timeout=2000)
        assert "Desk 2" in page.side.recent.item(0).text()
    finally:
        other.dispose()


@pytest.mark.postgres
def test_shared_postgresql_desk_sees_other_desks(qtbot: QtBot, pg_url: str) -> None:
    db = create_event(pg_url, name="Shared", start=date(2026, 5, 14))
    other = open_event(pg_url)
    try:
        pid = add_person(db, "Doris", "Pold", org="Tartu Biotech Park", country="Estonia")
        page = open_page(qtbot, db)
        answer = scan(qtbot, page, code_of(db, pid))
        assert answer.result is not None and answer.result.result == checkin.CHECKED_IN
        second = add_person(other, "Aiga", "Irmeja", org="Riga Photonics", country="Latvia")
        checkin.check_in(other, participant_id=second, desk="Desk 2")
        qtbot.waitUntil(lambda: page.side.total.text() == "2 / 2", timeout=2000)
        assert "Desk 2" in page.side.recent.item(0).text()
        page.set_event(None)
    finally:
        other.dispose()
        db.dispose()
