"""The check-in desk page: one scan field that gets every scan, a big result banner, live counters.

Scan a badge (Enter, Tab or nothing at the end) or type a few letters of a name, organisation or
e-mail and pick with ↑/↓ + Enter. A scanner's keys reach the scan field wherever the focus is on
the page (:mod:`.scan_catcher`), and the field takes the focus back after every action. Ctrl+Z
undoes this desk's last check-in, Ctrl+N opens the walk-in form, Ctrl+P reprints the badge of the
person on the banner, Ctrl+B toggles printing on arrival, Ctrl+M mutes the sounds, Ctrl+D opens the
desk's Preferences, Ctrl+F goes to the scan field. Every database call runs on the desk's worker
thread; while the page is shown the event file is backed up every N minutes (:mod:`.auto_backup`).
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QWidget

from clusterdesk.core.badge_codes import looks_like_code
from clusterdesk.services.checkin import CHECKED_IN, new_nonce
from clusterdesk.services.checkin.result import Person
from clusterdesk.services.events import EventDB, EventInfo
from clusterdesk.services.participants import ParticipantInput, ParticipantRow
from clusterdesk.services.printing import Sink
from clusterdesk.ui.checkin import presenter
from clusterdesk.ui.checkin.auto_backup import DeskBackups
from clusterdesk.ui.checkin.banner import INFO, READY_AFTER_MS, BannerContent
from clusterdesk.ui.checkin.printing import DeskPrinting
from clusterdesk.ui.checkin.scan_catcher import ScanCatcher
from clusterdesk.ui.checkin.sounds import DeskSounds
from clusterdesk.ui.checkin.view import DeskView
from clusterdesk.ui.checkin.worker import Answer, DeskThread, Request, Snapshot
from clusterdesk.ui.context import CHECKINS, SETTINGS, PageContext
from clusterdesk.ui.dialogs.preferences import DESK, PreferencesDialog
from clusterdesk.ui.keys import shortcut
from clusterdesk.ui.settings import AppSettings

SEARCH_DEBOUNCE_MS = 150
POLL_MS = 1000


class CheckinPage(DeskView):
    answered = Signal(object)  # the Answer just shown (for tests and other listeners)

    def __init__(self, context: PageContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.settings if context else AppSettings()
        self.printing = DeskPrinting(context, self)
        self.printing.status.connect(self.status.setText)
        self.db: EventDB | None = None
        self.tz: tzinfo | None = None
        self.desk_thread: DeskThread | None = None
        self.sounds = DeskSounds(self)
        self.catcher = ScanCatcher(self, self.input, self.walkin.isAncestorOf, self.refocus)
        self.desk_dialog: PreferencesDialog | None = None
        self.operator = ""  # who works at this desk (Preferences)
        self.backups = DeskBackups(self.settings, self)
        self.backups.warning.connect(self.status.setText)
        self.last_person: Person | None = None  # on the banner now (for reprint)
        self.last_checked_in: Person | None = None  # this desk's last check-in (for undo)
        self.scans = 0  # results shown (numbered on the banner)
        self._seq = 0
        self._enter_pending = False
        self._poll_busy = False
        self._snapshot: Snapshot | None = None
        self._search = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search.timeout.connect(self._run_search)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._request_poll)
        self._load_settings()
        self._wire()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_worker)
        if context is not None:
            context.bus.changed.connect(self._on_changed)
        self.set_event(None)

    # --- setup -------------------------------------------------------------------------------

    def _wire(self) -> None:
        i = self.input
        i.submitted.connect(self._on_submitted)
        i.idle.connect(self._on_idle)
        i.navigate.connect(self.results.step_selection)
        i.textEdited.connect(self._on_text_edited)
        i.cleared.connect(self._clear_search)
        i.undo_requested.connect(self.undo_last)
        self.catcher.scanned.connect(self._scan)
        self.results.cellDoubleClicked.connect(lambda row, _c: self._check_in_row(row))
        self.results.cellClicked.connect(lambda row, _c: self.results.choose(row))
        self.walkin.submitted.connect(self._submit_walk_in)
        self.walkin.cancelled.connect(self.refocus)
        self.walkin.scanned.connect(self._scan)
        self.undo_button.clicked.connect(self.undo_last)
        self.walkin_button.clicked.connect(self.open_walk_in)
        self.reprint_button.clicked.connect(self.reprint)
        self.meeting_button.clicked.connect(self.book_meeting)
        self.desk_button.clicked.connect(self.edit_desk)
        self.mute.toggled.connect(self._on_mute)
        self.print_on_arrival.toggled.connect(self._on_print_on_arrival)
        keys = {
            "Ctrl+N": (self.open_walk_in, self.tr("Register a walk-in")),
            "Ctrl+P": (self.reprint, self.tr("Reprint the badge of the person on the banner")),
            "Ctrl+G": (self.book_meeting, self.tr("Book a meeting for the person on the banner")),
            "Ctrl+Z": (self.undo_last, self.tr("Undo the last check-in")),
            "Ctrl+M": (self.mute.toggle, self.tr("Mute or unmute the sounds")),
            "Ctrl+B": (self.print_on_arrival.toggle, self.tr("Print badges on arrival: on/off")),
            "Ctrl+D": (self.edit_desk, self.tr("Name this desk")),
            "Ctrl+F": (self.go_to_scan_field, self.tr("Back to the scan field")),
        }
        self.claimed_shortcuts = [QKeySequence(k) for k in keys]
        for key, (slot, description) in keys.items():
            # the whole window while the page is shown (a hidden page's shortcuts are off), so
            # they work wherever the focus went
            shortcut(key, self, slot, Qt.ShortcutContext.WindowShortcut, description)

    def _load_settings(self) -> None:
        settings = self.settings
        self._desk = settings.desk_name()
        self.operator = settings.operator()
        for box, on in (
            (self.mute, settings.muted()),
            (self.print_on_arrival, settings.print_on_arrival()),
        ):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.banner.ready_after_ms = settings.ready_after_s(READY_AFTER_MS // 1000) * 1000
        self.sounds.muted = self.mute.isChecked()
        self.mute.setVisible(self.sounds.available)
        self.sound_note.setVisible(not self.sounds.available)
        self._show_desk()

    def _save(self, key: str, value: object) -> None:
        self.settings.q.setValue(f"checkin/{key}", value)
        self.settings.q.sync()

    @property
    def badge_printer(self) -> Sink | None:
        """A printer for this desk; None: the check-in desk printer chosen on the Print page."""
        return self.printing.printer

    @badge_printer.setter
    def badge_printer(self, printer: Sink | None) -> None:
        self.printing.printer = printer

    @property
    def desk(self) -> str:
        """This desk's name (written with every check-in)."""
        return self._desk

    @desk.setter
    def desk(self, name: str) -> None:
        self._desk = name.strip() or self._desk
        self._show_desk()

    def _show_desk(self) -> None:
        self.desk_button.setText(self.tr("Desk: %1").replace("%1", self._desk))

    def edit_desk(self) -> PreferencesDialog:
        """Preferences, on the desk's tab (a scan into it is a scan, never the desk's name)."""
        window = self.context.window if self.context else None
        dialog = PreferencesDialog(self.settings, self, DESK, getattr(window, "set_language", None))
        dialog.saved.connect(self._settings_saved)
        dialog.finished.connect(lambda _r: self.refocus())
        dialog.scanned.connect(self._scan)
        self.desk_dialog = dialog
        dialog.open()
        return dialog

    def _settings_saved(self) -> None:
        self._load_settings()
        if self.isVisible():
            self.backups.start()

    def _on_changed(self, topic: str) -> None:
        if topic == SETTINGS:
            self._settings_saved()

    def _on_mute(self, muted: bool) -> None:
        self.sounds.muted = muted
        self._save("mute", muted)
        self.refocus()

    def _on_print_on_arrival(self, on: bool) -> None:
        self._save("print_on_arrival", on)
        self.refocus()

    # --- the open event ----------------------------------------------------------------------

    def set_event(self, db: EventDB | None) -> None:
        self._stop_worker()
        self.backups.set_event(db)
        self.db = db
        self.tz = None
        self.last_person = self.last_checked_in = None
        self._snapshot = None
        self.alarm.hide()
        self._clear_search()
        self.banner.show_ready()
        self.setEnabled(db is not None)
        if db is None:
            return
        self.desk_thread = DeskThread(db, self)
        self.desk_thread.connect_to(self)
        self.desk_thread.open.emit()  # the event's time zone first, then the figures
        self._poll_busy = False
        self._request_poll()
        self._poll.start()
        if self.isVisible():
            self.backups.start()
        self.refocus()

    def on_event_info(self, info: EventInfo) -> None:
        self.tz = info.tz

    def _stop_worker(self) -> None:
        self._poll.stop()
        self._search.stop()
        if self.desk_thread is not None:
            self.desk_thread.stop()
            self.desk_thread = None

    def on_shown(self) -> None:
        QTimer.singleShot(0, self.refocus)  # after the click that showed the page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.catcher.start()
        self.backups.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self.catcher.stop()
        self.backups.stop()
        super().hideEvent(event)

    def refocus(self) -> None:
        if self.walkin.isVisible() and self.walkin.isAncestorOf(self.focusWidget()):
            return  # typing a walk-in: the form keeps the focus (a scan still gets through)
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_scan_field(self) -> None:
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.input.selectAll()

    # --- input ---------------------------------------------------------------------------------

    def _on_submitted(self, text: str, scanner_speed: bool) -> None:
        if not text.strip():
            return
        if looks_like_code(text) or scanner_speed:
            self._scan(text)
            return
        chosen = self.results.chosen()
        if chosen is not None:
            self._send(
                Request(
                    "check_in",
                    self.desk,
                    new_nonce(),
                    participant_id=chosen.id,
                    operator=self.operator,
                )
            )
            self._clear_search()
            return
        self._enter_pending = True  # decide when the (immediate) search answers
        self._run_search()

    def _on_idle(self, text: str, scanner_speed: bool) -> None:
        if looks_like_code(text) or (scanner_speed and " " not in text.strip()):
            self._scan(text)

    def _on_text_edited(self, text: str) -> None:
        self._enter_pending = False
        if looks_like_code(text) or not text.strip():
            self._search.stop()
            self.results.clear_rows()
            self.results.hide()
            return
        self._search.start()

    def _scan(self, text: str) -> None:
        self._send(Request("check_in", self.desk, new_nonce(), code=text, operator=self.operator))
        self._clear_search()

    def _check_in_row(self, row: int) -> None:
        if 0 <= row < len(self.results.rows):
            pid = self.results.rows[row].id
            self._send(
                Request(
                    "check_in", self.desk, new_nonce(), participant_id=pid, operator=self.operator
                )
            )
            self._clear_search()

    def _clear_search(self) -> None:
        self._search.stop()
        self._seq += 1  # answers of searches already on their way are ignored
        self._enter_pending = False
        self.input.reset()
        self.results.clear_rows()
        self.results.hide()
        self.hint.clear()
        self.refocus()

    def _run_search(self) -> None:
        self._search.stop()
        text = self.input.text().strip()
        if self.desk_thread is None or not text:
            return
        self._seq += 1
        self.desk_thread.search.emit(self._seq, text)

    def on_search_rows(self, seq: int, rows: list[ParticipantRow]) -> None:
        if seq != self._seq:
            return
        self.results.show_rows(rows, self.tz)
        self.results.setVisible(bool(rows))
        self.hint.setText(
            "" if rows else self.tr("Nobody found. Check the spelling, or Ctrl+N for a walk-in.")
        )
        if self._enter_pending:
            self._enter_pending = False
            if len(rows) == 1:
                self._check_in_row(0)
            elif rows:
                self.results.step_selection(1)
                self.hint.setText(self.tr("Several people match: choose with ↑/↓, then Enter."))

    # --- actions -------------------------------------------------------------------------------

    def _send(self, request: Request) -> None:
        if self.desk_thread is None:
            return
        self.desk_thread.request.emit(request)
        self.refocus()

    def show_result(self, content: BannerContent) -> None:
        """A new result on the banner, numbered and timed so a repeat visibly replaces it."""
        self.scans += 1
        now = datetime.now(self.tz).strftime("%H:%M:%S")
        self.show_banner(
            content, self.tr("Scan %1 · %2").replace("%1", str(self.scans)).replace("%2", now)
        )

    def undo_last(self) -> None:
        person = self.last_checked_in
        if person is None:
            self.show_result(
                BannerContent(
                    INFO,
                    self.tr("NOTHING TO UNDO"),
                    "",
                    "",
                    self.tr("This desk has no check-in to take back."),
                )
            )
        else:
            self._send(
                Request(
                    "undo", self.desk, new_nonce(), participant_id=person.id, operator=self.operator
                )
            )
        self.refocus()

    def open_walk_in(self) -> None:
        if self.db is not None:
            self.walkin.start()

    def _submit_walk_in(self, data: ParticipantInput) -> None:
        self._send(Request("walk_in", self.desk, new_nonce(), data=data, operator=self.operator))

    def on_answer(self, answer: Answer) -> None:
        kind = answer.request.kind
        if answer.result is None:
            if kind == "walk_in" and self.walkin.isVisible():
                self.walkin.show_problem(answer.error)
                return
            self.show_result(presenter.problem(answer.error))
            self.sounds.play("rejected")
        else:
            content, sound = presenter.present(answer.result, self.tz, answer.next_meeting)
            self.show_result(content)
            self.sounds.play(sound)
            self.last_person = answer.result.participant
            if answer.result.result == CHECKED_IN:
                self.last_checked_in = answer.result.participant
            elif kind == "undo":
                self.last_checked_in = None
            if kind == "walk_in":
                self.walkin.hide()
            wanted = self.print_on_arrival.isChecked() or kind == "walk_in"  # walk-ins: no badge
            if answer.print_badge and wanted and self.last_person:
                self._print(self.last_person.id)
            if self.context is not None:
                self.context.bus.changed.emit(CHECKINS)
        self.refocus()
        self.answered.emit(answer)

    # --- printing ------------------------------------------------------------------------------

    def reprint(self) -> None:
        if self.last_person is None:
            self.status.setText(self.tr("Scan or pick someone first, then reprint their badge."))
        else:
            self._print(self.last_person.id)
        self.refocus()

    def book_meeting(self) -> None:
        """A walk-in meeting for the person on the banner (just registered or checked in)."""
        if self.db is None or self.context is None:
            return
        if self.last_person is None:
            self.status.setText(self.tr("Scan or pick someone first, then book their meeting."))
            return
        from clusterdesk.ui.checkin.meeting import open_walkin_meeting

        open_walkin_meeting(self, self.db, self.context, self.last_person)

    def _print(self, pid: int) -> None:
        if self.db is not None:
            self.printing.print_badge(self.db, pid, self.desk)

    # --- live figures --------------------------------------------------------------------------

    def _request_poll(self) -> None:
        if self.desk_thread is not None and not self._poll_busy:
            self._poll_busy = True
            self.desk_thread.poll.emit(self.desk)

    def on_snapshot(self, snap: Snapshot) -> None:
        self._poll_busy = False
        if snap == self._snapshot:
            return
        self._snapshot = snap
        self.side.show_counters(snap.counters)
        self.side.show_recent(snap.recent, self.tz)
        self.show_alarm(snap.alarm)

    def on_worker_problem(self, message: str) -> None:
        self._poll_busy = False
        self.status.setText(self.tr("Database problem: %1").replace("%1", message))
