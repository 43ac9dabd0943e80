"""The desktop app's words for what the core returns as codes: refusals, reasons, change
summaries and check-in outcomes, translated (context "words") at the moment they are shown.

The one place in the GUI that turns a :class:`~clusterdesk.core.messages.Msg` into a sentence;
the CLI has its English twin in :mod:`clusterdesk.cli.words`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from clusterdesk.core.errors import RowProblem
from clusterdesk.core.messages import Msg, coded, words_for
from clusterdesk.scheduling import problem as scheduler
from clusterdesk.services import meeting_rules, plan_snapshot, walkin_meeting
from clusterdesk.services.checkin import result as checkin
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.words_faults import sharing_texts, store_texts
from clusterdesk.ui.words_onsite import (
    file_texts,
    import_texts,
    onsite_texts,
    outcome_texts,
    plan_and_event_texts,
)


def _texts() -> dict[str, str]:
    """Every message template in the current language (built when needed: the language can
    change while the app runs)."""
    return {
        "cell": translate("words", "table {table} at {time}"),
        "status.scheduled": translate("words", "scheduled"),
        "status.held": translate("words", "held"),
        "status.no_show": translate("words", "a no-show"),
        "status.cancelled": translate("words", "cancelled"),
        "rule.session_only": translate("words", "the request is limited to session “{session}”"),
        "rule.other_session_only": translate("words", "the request is limited to another session"),
        "rule.unavailable": translate("words", "{name} is not available at this time"),
        "rule.busy": translate("words", "{name} has another meeting in this slot"),
        "rule.busy_at": translate(
            "words", "{name} has another meeting in this slot (table {table})"
        ),
        "rule.own_table": translate("words", "{name} meets only at their own table {table}"),
        "rule.reserved": translate("words", "table {table} is reserved for {names}"),
        "rule.slot_gone": translate("words", "this slot no longer exists"),
        "rule.table_gone": translate("words", "this table no longer exists"),
        "rule.taken_in_slot": translate("words", "table {table} is taken in this slot by {who}"),
        "rule.taken": translate("words", "table {table} is taken by {who}"),
        "rule.meeting_there_done": translate("words", "the meeting there ({who}) has taken place"),
        "rule.other_cannot_move": translate("words", "swap: {who} cannot move: {why}"),
        "rule.swap_ok": translate("words", "the two meetings can swap places"),
        "edit.collision": translate(
            "words",
            "Another desk changed the same meeting or cell just now; nothing was changed. "
            "Look at the grid again and retry.",
        ),
        "edit.no_meeting": translate(
            "words", "No meeting with id {id} (it may have been removed meanwhile)"
        ),
        "edit.not_movable": translate(
            "words", "This meeting is {status}; only scheduled meetings can be moved"
        ),
        "edit.cannot_move": translate("words", "Cannot move {who} to {where}: {why}"),
        "edit.moved": translate("words", "Moved {who} to {where}"),
        "edit.swap_itself": translate("words", "A meeting cannot be swapped with itself"),
        "edit.swap_no_table": translate("words", "Only meetings at a table can be swapped"),
        "edit.cannot_swap": translate("words", "Cannot swap: {who} cannot go to {where}: {why}"),
        "edit.swapped": translate("words", "Swapped {who} ({where}) and {other} ({there})"),
        "edit.locked": translate("words", "Locked the meeting"),
        "edit.unlocked": translate("words", "Unlocked the meeting"),
        "edit.unknown_status": translate("words", "Unknown meeting status “{status}”"),
        "edit.absent_usage": translate("words", "Say who did not come only when marking a no-show"),
        "edit.status_already": translate("words", "The meeting is {status} already"),
        "edit.cell_given_away": translate(
            "words",
            "The cell of {who} has been given to another meeting; "
            "remove this cancelled meeting and schedule the request again",
        ),
        "edit.cannot_bring_back": translate("words", "Cannot bring {who} back at {where}: {why}"),
        "edit.status": translate("words", "{who}: {status}"),
        "edit.no_show": translate("words", "{who}: a no-show ({names} did not come)"),
        "edit.say_which": translate("words", "Say which meeting or request"),
        "edit.no_request": translate("words", "No meeting request with id {id}"),
        "edit.registration_cancelled": translate(
            "words", "The registration of {name} is cancelled"
        ),
        "edit.already_meet": translate("words", "{who} already meet at {where}"),
        "edit.no_free_cell": translate("words", "No free cell for {who}: {why}"),
        "edit.cannot_place": translate("words", "Cannot place {who} at {where}: {why}"),
        "edit.added": translate("words", "Added {who} at {where}"),
        "edit.say_pair": translate(
            "words", "Say which request, or which two participants, should meet"
        ),
        "edit.meet_self": translate("words", "A participant cannot meet themselves"),
        "edit.no_participant": translate("words", "No participant with id {id}"),
        "edit.took_place": translate(
            "words", "This meeting has taken place (held or no-show); it stays on record"
        ),
        "edit.unlock_first": translate("words", "This meeting is locked; unlock it first"),
        "edit.unscheduled": translate("words", "Unscheduled {who} ({where})"),
        "edit.delete_requested": translate(
            "words",
            "Only meetings added by hand can be deleted; unschedule a "
            "requested meeting instead (its request then waits to be placed)",
        ),
        "edit.deleted": translate("words", "Deleted the meeting {who}"),
        "restore.request_removed": translate("words", "the meeting request was removed"),
        "restore.request_status": translate("words", "the meeting request is {status} now"),
        "restore.request_fixed": translate(
            "words", "the request has a meeting fixed since (locked, held or a no-show)"
        ),
        "restore.registration_cancelled": translate(
            "words", "the registration of {name} is cancelled"
        ),
        "restore.left_out": translate("words", "{who}: {why}"),
        **_desk_and_setup(),
        **_unplaced(),
        **outcome_texts(),
        **onsite_texts(),
        **plan_and_event_texts(),
        **import_texts(),
        **file_texts(),
        **sharing_texts(),
        **store_texts(),
    }


def _desk_and_setup() -> dict[str, str]:
    """Refusals of the Meetings page's setup and scheduler, the desk and the participant forms."""
    return {
        "session.no_name": translate("words", "The session needs a name"),
        "session.exists": translate("words", "A session named “{name}” exists already"),
        "session.negative_tables": translate("words", "The number of tables cannot be negative"),
        "schedule.bad_time_limit": translate(
            "words", "The time limit must be a positive number of seconds"
        ),
        "schedule.no_slots": translate("words", "There are no B2B slots yet: add a session first"),
        "schedule.no_tables": translate(
            "words", "There are no meeting tables yet: add tables first"
        ),
        "schedule.collision": translate(
            "words",
            "The meeting plan was changed at another desk while scheduling; nothing was "
            "written. Run the scheduler again.",
        ),
        "badge.cancelled": translate(
            "words", "This registration is cancelled: no badge was printed."
        ),
        "walkin.collision_email": translate(
            "words",
            "Another desk registered someone with the e-mail {email} at this very moment; "
            "nothing was saved here. Search for them and check them in.",
        ),
        "walkin.collision": translate(
            "words",
            "Another desk registered the same person at this very moment; "
            "nothing was saved here. Search for them and check them in.",
        ),
        "participant.email_registered": translate(
            "words", "Someone with the e-mail {email} is already registered"
        ),
        "participant.email_used": translate(
            "words", "Someone else already uses the e-mail {email}"
        ),
        "participant.unknown": translate("words", "No participant with id {id}"),
        "backup.unreadable": translate("words", "The backup {file} cannot be read ({why})"),
        "backup.is_the_event": translate("words", "{file} is the event itself, not a backup of it"),
        "backup.restore_check": translate(
            "words", "The restored event {file} failed its integrity check ({why})"
        ),
    }


def _unplaced() -> dict[str, str]:
    """The scheduler's reasons why a request has no meeting (codes that read as English)."""
    return {
        scheduler.REASON_NO_COMMON_SLOT: translate("words", "no common free slot"),
        scheduler.REASON_CAP: translate("words", "a participant's meeting cap is reached"),
        scheduler.REASON_NO_TABLE: translate("words", "no free table"),
        scheduler.REASON_NOT_PLACED: translate(
            "words", "not placed (no room left in the common free slots)"
        ),
        scheduler.REASON_UNKNOWN_PARTICIPANT: translate("words", "unknown participant"),
        meeting_rules.REASON_NOT_YET: translate("words", "not placed yet; there is room"),
        plan_snapshot.REASON_CANCELLED_ON_SITE: translate("words", "the meeting was cancelled"),
        plan_snapshot.REASON_REGISTRATION_CANCELLED: translate(
            "words", "a registration was cancelled"
        ),
        walkin_meeting.NO_ROOM: translate("words", "no round to come has a free table for both"),
    }


class _Counted(QObject):
    """Templates with a count: Lithuanian has three plural forms (1, 2–9, 10–20 …). In a
    QObject because ``pyside6-lupdate`` files a text as plural only from ``self.tr(text, "", n)``."""

    def text(self, code: str, n: int) -> str | None:
        if code == "rule.cap":
            return self.tr(
                "{name} has reached the cap of %n meeting(s) in session “{session}”", "", n
            )
        if code == "edit.unscheduled_all":
            return self.tr("Unscheduled %n meeting(s)", "", n)
        if code == "field.too_long":
            return self.tr("too long (at most %n character(s))", "", n)
        if code == "outcome.refused":
            return self.tr("%n outcome(s) refused; nothing was changed", "", n)
        if code == "outcome.recorded":
            return self.tr("Recorded the outcome of %n meeting(s)", "", n)
        if code == "outcome.recorded_some":
            return self.tr("Recorded the outcome of %n meeting(s) ({unchanged} unchanged)", "", n)
        if code == "outcome.restored":
            return self.tr("Restored the outcome of %n meeting(s)", "", n)
        if code == "absence.marked":
            return self.tr(
                "{name} is absent: %n meeting(s) freed, {placed} re-placed, {moved} moved", "", n
            )
        return None


_counted = _Counted()


def describe(message: Msg) -> str:
    """A code and its parameters in the UI's language."""
    texts = _texts()

    def template(m: Msg) -> str | None:
        n = m.params.get("n")
        counted = _counted.text(m.code, n) if isinstance(n, int) else None
        return counted if counted is not None else texts.get(m.code)

    return words_for(message, template)


def capitalised(text: str) -> str:
    """A message that starts a line or a label ("a title is required" -> "A title …")."""
    return text[:1].upper() + text[1:]


def row_problem(problem: RowProblem) -> str:
    """One problem of an input file or sheet: the row, and what (its code in words)."""
    what = describe(problem.msg) if problem.msg is not None else problem.message
    return translate("words", "row {row}: {what}").format(row=problem.row, what=what)


def unplaced_reason(reason: str) -> str:
    """Why a request is still waiting (a scheduler reason code), in the UI's language."""
    return _unplaced().get(reason, reason)


def error_text(error: BaseException) -> str:
    """What to tell the user about an expected error: its code in words, or its message; an
    error listing problems row by row (an outcome sheet, an input file) lists them in words."""
    problems = getattr(error, "problems", None)
    rows = [row_problem(p) for p in problems if isinstance(p, RowProblem)] if problems else []
    said = coded(error)
    if said is not None:
        head = describe(said)
    elif rows:  # an input file's problems (InputFileError): its head, each row in words
        head = str(error).split("\n", 1)[0]
    else:
        return str(error)
    return "\n".join([head, *rows[:50]])


def checkin_reason(reason: str) -> str:
    """Why a scan was refused, as the desk's banner says it."""
    texts = {
        checkin.UNKNOWN_CODE: translate(
            "words", "Unknown badge: this code is not registered for this event."
        ),
        checkin.NOT_A_CODE: translate(
            "words", "Not a badge code. Scan the QR code on the badge, or type a name."
        ),
        checkin.ALTERED_CODE: translate(
            "words", "Altered or forged badge code (the check digits do not match)."
        ),
        checkin.OTHER_EVENT: translate("words", "This badge belongs to another event."),
        checkin.CANCELLED: translate("words", "This registration was cancelled."),
        checkin.UNKNOWN_PARTICIPANT: translate("words", "This person is no longer in the event."),
        checkin.NOT_CHECKED_IN: translate("words", "This person is not checked in."),
    }
    return texts.get(reason, reason)


def checkin_reason_short(reason: str) -> str:
    """The same in a few words, for lists (recent scans, alarms)."""
    texts = {
        checkin.UNKNOWN_CODE: translate("words", "unknown badge"),
        checkin.NOT_A_CODE: translate("words", "not a badge code"),
        checkin.ALTERED_CODE: translate("words", "altered badge"),
        checkin.OTHER_EVENT: translate("words", "another event's badge"),
        checkin.CANCELLED: translate("words", "cancelled"),
        checkin.NOT_CHECKED_IN: translate("words", "not checked in"),
        checkin.UNKNOWN_PARTICIPANT: translate("words", "unknown person"),
        checkin.RE_ENTRY: translate("words", "re-entry"),
    }
    return texts.get(reason, reason)
