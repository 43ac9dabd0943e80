"""The desk's database worker: one thread that does every check-in, search and poll in turn.

The GUI thread never waits for the database: it emits a request signal, the worker (a QObject
living in its own QThread) runs the service call and answers with a signal carrying plain data.
One thread means this desk's writes are serialised (SQLite has one writer anyway) and answers come
back in the order the scans were made.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from clusterdesk.core.errors import UserError
from clusterdesk.services import checkin
from clusterdesk.services.arrivals import Upcoming, next_meeting
from clusterdesk.services.events import EventDB, EventInfo, event_info
from clusterdesk.services.participants import ParticipantInput, ParticipantRow, rows_by_id
from clusterdesk.services.search import shared_search
from clusterdesk.ui.words import error_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    """One desk action: ``kind`` is check_in, undo, walk_in or check_out."""

    kind: str
    desk: str
    nonce: str
    code: str | None = None
    participant_id: int | None = None
    data: ParticipantInput | None = None
    operator: str = ""  # who works at the desk (Preferences), written with the check-in


@dataclass(frozen=True)
class Answer:
    request: Request
    result: checkin.CheckInResult | None
    error: str = ""  # a user-facing problem (e.g. an invalid walk-in form)
    print_badge: bool = False  # the print-on-arrival rule says: print this person's badge
    next_meeting: Upcoming | None = None  # the person's next meeting (a late arrival's banner)


@dataclass(frozen=True)
class Snapshot:
    counters: checkin.DeskCounters
    recent: list[checkin.RecentEntry]
    alarm: checkin.ScanAlarm | None = None  # many failed scans just now (all desks)


class DeskWorker(QObject):
    answered = Signal(object)  # Answer
    searched = Signal(int, object)  # sequence number, list[ParticipantRow]
    polled = Signal(object)  # Snapshot
    opened = Signal(object)  # the event's EventInfo (its time zone), read first
    crashed = Signal(str)

    def __init__(self, db: EventDB) -> None:
        super().__init__()
        self.db = db
        self.search_index = shared_search(db)
        self.desk = ""
        self._alarmed = False

    @Slot()
    def open(self) -> None:
        try:
            info: EventInfo = event_info(self.db)
        except Exception as exc:  # noqa: BLE001 - e.g. the shared database went away
            log.warning("desk could not read the event: %s", exc)
            self.crashed.emit(error_text(exc))
            return
        self.opened.emit(info)

    @Slot(object)
    def handle(self, request: Request) -> None:
        try:
            result = self._run(request)
        except UserError as exc:
            self.answered.emit(Answer(request, None, error_text(exc)))
            return
        except Exception as exc:  # noqa: BLE001 - a bug: log it, tell the page, keep the desk alive
            log.exception("check-in request failed: %s", request)
            self.answered.emit(Answer(request, None, f"{type(exc).__name__}: {exc}"))
            return
        wants_print = request.kind in ("check_in", "walk_in") and checkin.print_on_arrival(
            self.db, result
        )
        self.answered.emit(Answer(request, result, "", wants_print, self._next(result)))
        self._poll()

    def _next(self, result: checkin.CheckInResult) -> Upcoming | None:
        if result.participant is None or result.result not in (checkin.CHECKED_IN, checkin.ALREADY):
            return None
        try:
            return next_meeting(self.db, result.participant.id)
        except Exception:  # noqa: BLE001 - the check-in is done; the banner goes without the line
            log.exception("next meeting of a check-in")
            return None

    def _run(self, r: Request) -> checkin.CheckInResult:
        if r.kind == "check_in":
            return checkin.check_in(
                self.db,
                code=r.code,
                participant_id=r.participant_id,
                desk=r.desk,
                operator=r.operator,
                nonce=r.nonce,
            )
        if r.kind == "undo":
            return checkin.undo_check_in(
                self.db, r.participant_id, desk=r.desk, operator=r.operator, nonce=r.nonce
            )
        if r.kind == "check_out":
            return checkin.check_out(
                self.db,
                r.participant_id,
                code=r.code,
                desk=r.desk,
                operator=r.operator,
                nonce=r.nonce,
            )
        if r.kind == "walk_in":
            assert r.data is not None
            result = checkin.register_walk_in(
                self.db, r.data, desk=r.desk, operator=r.operator, nonce=r.nonce
            )
            self.search_index.refresh(self.db)
            return result
        raise ValueError(f"unknown request {r.kind!r}")

    @Slot(int, str)
    def search(self, seq: int, text: str) -> None:
        try:
            if not len(self.search_index):
                self.search_index.refresh(self.db)
            rows: list[ParticipantRow] = rows_by_id(self.db, self.search_index.ranked(text, 30))
        except Exception as exc:  # noqa: BLE001
            log.exception("desk search failed")
            self.crashed.emit(error_text(exc))
            rows = []
        self.searched.emit(seq, rows)

    @Slot(str)
    def poll(self, desk: str) -> None:
        self.desk = desk
        self._poll()

    def _poll(self) -> None:
        try:
            self.search_index.refresh(self.db)
            alarm = checkin.failed_scan_alarm(self.db)
            self._note(alarm)
            snap = Snapshot(
                checkin.desk_counters(self.db), checkin.recent_check_ins(self.db, 12), alarm
            )
        except Exception as exc:  # noqa: BLE001 - e.g. the shared database went away for a moment
            log.warning("desk poll failed: %s", exc)
            self.crashed.emit(error_text(exc))
            return
        self.polled.emit(snap)

    def _note(self, alarm: checkin.ScanAlarm | None) -> None:
        """Log an alarm once when it starts (the app log and the event's audit log)."""
        if alarm is not None and not self._alarmed:
            desks = ", ".join(f"{d}: {n}" for d, n in alarm.by_desk)
            log.warning(
                "possible brute-force scanning: %d failed scans in %d s (%s)",
                alarm.failed,
                alarm.window_seconds,
                desks,
            )
            checkin.record_alarm(self.db, alarm, desk=self.desk)
        self._alarmed = alarm is not None


class DeskThread(QObject):
    """Owns the worker thread of one open event; ``stop()`` ends it (waits for the current call)."""

    request = Signal(object)
    search = Signal(int, str)
    poll = Signal(str)  # this desk's name
    open = Signal()

    def __init__(self, db: EventDB, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.qthread = QThread()
        self.qthread.setObjectName("checkin-desk")
        self.worker = DeskWorker(db)
        self.worker.moveToThread(self.qthread)
        self.request.connect(self.worker.handle)
        self.search.connect(self.worker.search)
        self.poll.connect(self.worker.poll)
        self.open.connect(self.worker.open)
        self.qthread.start()

    def connect_to(self, page: Any) -> None:
        self.worker.answered.connect(page.on_answer)
        self.worker.searched.connect(page.on_search_rows)
        self.worker.polled.connect(page.on_snapshot)
        self.worker.crashed.connect(page.on_worker_problem)
        self.worker.opened.connect(page.on_event_info)

    def stop(self) -> None:
        for signal in (
            self.worker.answered,
            self.worker.searched,
            self.worker.polled,
            self.worker.crashed,
            self.worker.opened,
        ):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass
        self.qthread.quit()
        self.qthread.wait(10_000)
