"""The CLI's words: every code the core returns (refusals, reasons, change summaries), in English.

The JSON output keeps the codes themselves; the text output and error messages use these.
"""

from __future__ import annotations

from clusterdesk.core.messages import Msg, words_for
from clusterdesk.services.checkin import result as checkin

CHECKIN_REASONS = {
    checkin.UNKNOWN_CODE: "unknown badge code (not registered for this event)",
    checkin.NOT_A_CODE: "not a badge code",
    checkin.ALTERED_CODE: "altered or forged badge code (check value wrong)",
    checkin.OTHER_EVENT: "badge of another event",
    checkin.CANCELLED: "registration cancelled",
    checkin.UNKNOWN_PARTICIPANT: "no such participant",
    checkin.NOT_CHECKED_IN: "not checked in",
    checkin.RE_ENTRY: "re-entry",
}

TEXTS = {
    # where a meeting is
    "cell": "table {table} at {time}",
    "status.scheduled": "scheduled",
    "status.held": "held",
    "status.no_show": "a no-show",
    "status.cancelled": "cancelled",
    # the grid's rules (services.meeting_rules)
    "rule.session_only": "the request is limited to session {session!r}",
    "rule.other_session_only": "the request is limited to another session",
    "rule.unavailable": "{name} is not available at this time",
    "rule.busy": "{name} has another meeting in this slot",
    "rule.busy_at": "{name} has another meeting in this slot (table {table})",
    "rule.cap": "{name} has reached the cap of {n} meetings in session {session!r}",
    "rule.own_table": "{name} meets only at their own table {table}",
    "rule.reserved": "table {table} is reserved for {names}",
    "rule.slot_gone": "this slot no longer exists",
    "rule.table_gone": "this table no longer exists",
    "rule.taken_in_slot": "table {table} is taken in this slot by {who}",
    "rule.taken": "table {table} is taken by {who}",
    "rule.meeting_there_done": "the meeting there ({who}) has taken place",
    "rule.other_cannot_move": "swap: {who} cannot move: {why}",
    "rule.swap_ok": "the two meetings can swap places",
    # on-site changes (services.meeting_edits, services.meeting_manual)
    "edit.collision": (
        "Another desk changed the same meeting or cell just now; nothing was changed. "
        "Look at the grid again and retry."
    ),
    "edit.no_meeting": "No meeting with id {id} (it may have been removed meanwhile)",
    "edit.not_movable": "This meeting is {status}; only scheduled meetings can be moved",
    "edit.cannot_move": "Cannot move {who} to {where}: {why}",
    "edit.moved": "Moved {who} to {where}",
    "edit.swap_itself": "A meeting cannot be swapped with itself",
    "edit.swap_no_table": "Only meetings at a table can be swapped",
    "edit.cannot_swap": "Cannot swap: {who} cannot go to {where}: {why}",
    "edit.swapped": "Swapped {who} ({where}) <-> {other} ({there})",
    "edit.locked": "Locked the meeting",
    "edit.unlocked": "Unlocked the meeting",
    "edit.unknown_status": "Unknown meeting status {status!r}",
    "edit.absent_usage": "Say who did not come only when marking a no-show: a, b or both",
    "edit.status_already": "The meeting is {status} already",
    "edit.cell_given_away": (
        "The cell of {who} has been given to another meeting; "
        "remove this cancelled meeting and schedule the request again"
    ),
    "edit.cannot_bring_back": "Cannot bring {who} back at {where}: {why}",
    "edit.status": "{who}: {status}",
    "edit.no_show": "{who}: a no-show ({names} did not come)",
    "edit.say_which": "Say which meeting or request",
    "edit.no_request": "No meeting request with id {id}",
    "edit.registration_cancelled": "The registration of {name} is cancelled",
    "edit.already_meet": "{who} already meet at {where}",
    "edit.no_free_cell": "No free cell for {who}: {why}",
    "edit.cannot_place": "Cannot place {who} at {where}: {why}",
    "edit.added": "Added {who} at {where}",
    "edit.say_pair": "Say which request, or which two participants, should meet",
    "edit.meet_self": "A participant cannot meet themselves",
    "edit.no_participant": "No participant with id {id}",
    "edit.took_place": "This meeting has taken place (held or no-show); it stays on record",
    "edit.unlock_first": "This meeting is locked; unlock it first",
    "edit.unscheduled": "Unscheduled {who} ({where})",
    "edit.delete_requested": (
        "Only meetings added by hand can be deleted; unschedule a "
        "requested meeting instead (its request then waits to be placed)"
    ),
    "edit.deleted": "Deleted the meeting {who}",
    "edit.unscheduled_all": "Unscheduled {n} meetings",
    # restoring a stored plan (services.plan_backups)
    "restore.request_removed": "the meeting request was removed",
    "restore.request_status": "the meeting request is {status} now",
    "restore.request_fixed": "the request has a meeting fixed since (locked, held or a no-show)",
    "restore.registration_cancelled": "the registration of {name} is cancelled",
    "restore.left_out": "{who}: {why}",
    # sessions, scheduling, the desk, participants
    "session.no_name": "The session needs a name",
    "session.exists": "A session named {name!r} exists already",
    "session.negative_tables": "The number of tables cannot be negative",
    "schedule.bad_time_limit": "The time limit must be a positive number of seconds",
    "schedule.no_slots": "There are no B2B slots yet: add a session first",
    "schedule.no_tables": "There are no meeting tables yet: add tables first",
    "schedule.collision": (
        "The meeting plan was changed at another desk while scheduling; nothing was "
        "written. Run the scheduler again."
    ),
    "badge.cancelled": "This registration is cancelled: no badge was printed.",
    "backup.unreadable": "The backup {file} cannot be read ({why})",
    "backup.is_the_event": "{file} is the event itself, not a backup of it",
    "backup.restore_check": "The restored event {file} failed its integrity check ({why})",
    "walkin.collision_email": (
        "Another desk registered someone with the e-mail {email} at this very moment; "
        "nothing was saved here. Search for them and check them in."
    ),
    "walkin.collision": (
        "Another desk registered the same person at this very moment; "
        "nothing was saved here. Search for them and check them in."
    ),
    "participant.email_registered": "Someone with the e-mail {email} is already registered",
    "participant.email_used": "Someone else already uses the e-mail {email}",
    "participant.unknown": "No participant with id {id}",
}


def describe(message: Msg) -> str:
    """A code and its parameters in English."""
    return words_for(message, TEXTS)


def checkin_reason(reason: str) -> str:
    return CHECKIN_REASONS.get(reason, reason)
