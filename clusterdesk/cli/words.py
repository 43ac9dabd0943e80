"""The CLI's words: every code the core returns (refusals, reasons, change summaries), in English.

The JSON output keeps the codes themselves; the text output and error messages use these.
"""

from __future__ import annotations

from clusterdesk.cli.words_faults import SHARING_TEXTS, STORE_TEXTS
from clusterdesk.core.errors import RowProblem
from clusterdesk.core.messages import Msg, coded, words_for
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

# the outcome rating scale (services.meeting_outcomes.OUTCOMES), for `stats`
OUTCOME_LABELS = {
    "not_held": "Did not take place",
    "no_interest": "Insufficient interest",
    "informative": "Informative, no cooperation planned",
    "cooperation": "Cooperation possible",
    "agreement": "Agreement reached",
}

# meeting outcomes (services.meeting_edits, meeting_outcomes, outcomes_import)
OUTCOME_TEXTS = {
    "rating.no_interest": "insufficient interest",
    "rating.informative": "informative, no cooperation planned",
    "rating.cooperation": "cooperation possible",
    "rating.agreement": "agreement reached",
    "edit.unknown_rating": "Unknown outcome rating {rating!r}",
    "edit.rating_not_held": (
        "Only a held meeting is rated; a no-show or a cancelled meeting did not take place"
    ),
    "edit.rated": "{summary}, {rating}",
    "outcome.unknown_rating": (
        "Unknown outcome rating {text!r}: use one of not_held (did not take place); "
        "no_interest (insufficient interest); informative (informative, no cooperation "
        "planned); cooperation (cooperation possible); agreement (agreement reached)"
    ),
    "outcome.unknown_status": "Unknown meeting status {text!r}: use held, no_show or cancelled",
    "outcome.held_took_place": "A held meeting took place: rate how it went instead",
    "outcome.refused": "{n} outcome(s) refused; nothing was changed",
    "outcome.none": "No outcomes to record",
    "outcome.given_twice": "meeting {id} is given already in row {row}",
    "outcome.recorded": "Recorded the outcome of {n} meeting(s)",
    "outcome.recorded_some": "Recorded the outcome of {n} meeting(s) ({unchanged} unchanged)",
    "outcome.restored": "Restored the outcome of {n} meeting(s)",
    "outcome.no_meeting_column": (
        "no column for the meeting: give meeting_id, or email_a and email_b; found {found}"
    ),
    "outcome.no_status_column": "no status or rating column: nothing to record",
    "outcome.no_rows": "no rows below the header",
    "outcome.no_status": "no status and no rating",
    "outcome.bad_side": "who did not come is {text!r}: use a, b or both",
    "outcome.bad_id": "the meeting id {text!r} is not a number",
    "outcome.say_meeting": "give the meeting id or both participants' e-mail addresses",
    "outcome.unknown_email": "nobody is registered with the e-mail {email!r}",
    "outcome.no_meeting": "{a} and {b} have no meeting",
    "outcome.several_meetings": "{a} and {b} have several meetings ({ids}): give the meeting id",
}

# someone is absent, a walk-in meeting (services.absence, walkin_meeting)
ONSITE_TEXTS = {
    "absence.marked": "{name} is absent: {n} meetings freed, {placed} re-placed, {moved} moved",
    "absence.undone": "Absence undone",
    "absence.placed_changed": (
        "A re-placed meeting was changed since; undo it by hand on the grid"
    ),
    "absence.moved_changed": "A moved meeting was changed since; undo it by hand on the grid",
    "absence.freed_changed": "A freed meeting was changed since; undo it by hand on the grid",
    "absence.cell_taken": "A cell this undo needs was taken since; nothing was changed",
    "absence.person_busy": (
        "One of the people has another meeting in that round now; nothing was changed"
    ),
    "walkin.same_person": "Choose two different people",
    "walkin.already_meet": "{a} and {b} already have a meeting",
    "walkin.no_table": "No free table for {who} in the rounds to come",
    "walkin.no_table_why": "No free table for {who} in the rounds to come: {why}",
}

# import file rows (services.people_import)
IMPORT_TEXTS = {
    "import.no_column": (
        "no column for {field}; found {found}. Name it with --map {field}=COLUMN (fields: {fields})"
    ),
    "import.no_name_column": (
        "no column for {field} (or one full-name column); found {found}. "
        "Name it with --map {field}=COLUMN (fields: {fields})"
    ),
    "import.too_long": "too long ({length} characters; at most {n})",
    "import.registered": (
        "{email} is already registered in this event "
        "(use --update to update people matched by e-mail)"
    ),
    "import.new_needs_name": "a name is required (a new participant)",
    "import.no_merge_target": "there is no participant {id} to merge this row into",
    "import.email_twice": "{email} is also on row {row} of this file",
    "import.bad_times": "{what} (use YYYY-MM-DD HH:MM-HH:MM; …)",
    "import.bad_time": "{text!r} is not a time (use HH:MM or YYYY-MM-DD HH:MM)",
    "import.say_day": "the event has several days: give a date column or YYYY-MM-DD HH:MM",
    "import.bad_date": "{text!r} is not a date (use YYYY-MM-DD)",
    "import.nobody": "nobody with the e-mail {email} is registered in this event",
    "import.bad_priority": "{text!r} is not a positive whole number",
    "import.meet_self": "a person cannot request a meeting with themselves",
    "import.request_twice": "the same request is also on row {row}",
    "import.bad_status": "{text!r} is not a status (use {statuses})",
    "import.no_session": "no B2B session named {text!r} (sessions: {known})",
    "import.no_session_yet": "no B2B session named {text!r} (sessions: none yet)",
    # reading an input file (services.people_import.reading, encoding, skipping)
    "file.huge_field": (
        "{file}, line {line}: a field longer than {n} characters — this is "
        'not a table of people, or a quote (") is not closed'
    ),
    "file.bad_csv": "{file}, line {line}: cannot be read as CSV ({why})",
    "file.bad_xlsx": (
        "{file} cannot be read as an Excel workbook: the file is damaged or not really .xlsx "
        "({why}). Open it in Excel or LibreOffice and save it again."
    ),
    "file.no_sheet": "{file} has no sheet {sheet!r} (sheets: {sheets})",
    "file.missing": "No file at {path}",
    "file.folder": "{path} is a folder, not a file",
    "file.unreadable": "Cannot read {path}: {why}",
    "file.old_xls": "{file} is an old Excel .xls workbook: save it as .xlsx or CSV and import that",
    "file.empty": "{file} is empty: it needs a header row and one row per person",
    "file.bad_encoding": (
        "{file}: line {line} cannot be read as {encoding} (byte {byte}); choose another encoding"
    ),
    "file.not_text": "{file} is not a text file (CSV) or a spreadsheet (XLSX)",
    "file.unknown_encoding": (
        "{file}: cannot tell the text encoding; name it with --encoding (e.g. windows-1257)"
    ),
    "file.skipped_unwritable": (
        "Cannot write the skipped rows to {path}: {why}; nothing was imported"
    ),
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
    "restore.no_plan": "No stored plan with id {id}",
    "restore.nothing_stored": "No plan has been stored yet: one is kept before every run",
    "plan.before_add": "before adding the unscheduled requests",
    "plan.before_selected": "before scheduling selected requests",
    "plan.before_anew": "before planning every unlocked meeting anew",
    "plan.before_restore": "before restoring the plan of {at}",
    # the event (services.events)
    "event.no_name": "The event needs a name",
    "event.ends_first": "The event ends ({end}) before it starts ({start})",
    "event.unknown_timezone": "Unknown time zone {name!r} (use a name such as Europe/Vilnius)",
    "event.unknown_language": "Unknown language {language!r} (use {choices})",
    "event.bad_date": "Bad {what} {text!r}: use YYYY-MM-DD",
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
    "participant.say_email": "Give the participant's e-mail address",
    "participant.name_required": "a name is required",
    "participant.email_required": "an e-mail address is required",
    "participant.email_invalid": "{email!r} is not a valid e-mail address",
    "backup.exists": "{path} already exists; choose another file name",
    "backup.over_event": "The backup cannot overwrite the event itself",
    "export.nobody": "Nobody to export a calendar for",
    # forms and inputs refused field by field (core.messages.fields_refused)
    "field.problem": "{field}: {what}",
    "field.more": "{first}; {rest}",
    "field.too_long": "too long (at most {n} characters)",
    "programme.no_title": "a title is required",
    "programme.ends_first": "ends ({end}) before it starts ({start})",
    "programme.gone": "This programme item was deleted meanwhile",
    "participant.unknown_email": "No participant with the e-mail {email}",
    **OUTCOME_TEXTS,
    **IMPORT_TEXTS,
    **ONSITE_TEXTS,
    **SHARING_TEXTS,
    **STORE_TEXTS,
}


def describe(message: Msg) -> str:
    """A code and its parameters in English."""
    return words_for(message, TEXTS)


def row_problem(problem: RowProblem) -> str:
    """One problem of an input file: where, and what (its code in words when it has one)."""
    what = describe(problem.msg) if problem.msg is not None else problem.message
    return f"{problem.where()}: {what}"


def error_text(error: BaseException) -> str:
    """An expected error in words: its code when it carries one, else its message."""
    said = coded(error)
    return describe(said) if said is not None else str(error)


def checkin_reason(reason: str) -> str:
    return CHECKIN_REASONS.get(reason, reason)
