"""The desktop app's words for the codes of the on-site loop: meeting outcomes and their
ratings, outcome files, someone absent, walk-in meetings (context "words", as in
:mod:`clusterdesk.ui.words`, which puts them together; counted texts live there)."""

from __future__ import annotations

from clusterdesk.ui.i18n import translate


def outcome_texts() -> dict[str, str]:
    """Meeting outcomes (services.meeting_edits, meeting_outcomes, outcomes_import)."""
    return {
        "rating.no_interest": translate("words", "insufficient interest"),
        "rating.informative": translate("words", "informative, no cooperation planned"),
        "rating.cooperation": translate("words", "cooperation possible"),
        "rating.agreement": translate("words", "agreement reached"),
        "edit.unknown_rating": translate("words", "Unknown outcome rating “{rating}”"),
        "edit.rating_not_held": translate(
            "words",
            "Only a held meeting is rated; a no-show or a cancelled meeting did not take place",
        ),
        "edit.rated": translate("words", "{summary}, {rating}"),
        "outcome.unknown_rating": translate(
            "words",
            "Unknown outcome rating “{text}”: use one of did not take place, insufficient "
            "interest, informative, cooperation possible, agreement reached",
        ),
        "outcome.unknown_status": translate(
            "words", "Unknown meeting status “{text}”: use held, no-show or cancelled"
        ),
        "outcome.held_took_place": translate(
            "words", "A held meeting took place: rate how it went instead"
        ),
        "outcome.none": translate("words", "No outcomes to record"),
        "outcome.given_twice": translate("words", "meeting {id} is given already in row {row}"),
        "outcome.no_meeting_column": translate(
            "words",
            "no column for the meeting: give meeting_id, or email_a and email_b; found {found}",
        ),
        "outcome.no_status_column": translate(
            "words", "no status or rating column: nothing to record"
        ),
        "outcome.no_rows": translate("words", "no rows below the header"),
        "outcome.no_status": translate("words", "no status and no rating"),
        "outcome.bad_side": translate("words", "who did not come is “{text}”: use a, b or both"),
        "outcome.bad_id": translate("words", "the meeting id “{text}” is not a number"),
        "outcome.say_meeting": translate(
            "words", "give the meeting id or both participants' e-mail addresses"
        ),
        "outcome.unknown_email": translate("words", "nobody is registered with the e-mail {email}"),
        "outcome.no_meeting": translate("words", "{a} and {b} have no meeting"),
        "outcome.several_meetings": translate(
            "words", "{a} and {b} have several meetings ({ids}): give the meeting id"
        ),
    }


def import_texts() -> dict[str, str]:
    """The rows of an import file (services.people_import): shown in the import wizard and
    written beside each skipped row."""
    return {
        "import.no_column": translate(
            "words",
            "no column for {field}; found {found}. Choose the column for {field} "
            "(fields: {fields})",
        ),
        "import.no_name_column": translate(
            "words",
            "no column for {field} (or one full-name column); found {found}. "
            "Choose the column for {field} (fields: {fields})",
        ),
        "import.too_long": translate("words", "too long ({length} characters; at most {n})"),
        "import.registered": translate(
            "words",
            "{email} is already registered in this event (choose to update people matched "
            "by e-mail)",
        ),
        "import.new_needs_name": translate("words", "a name is required (a new participant)"),
        "import.no_merge_target": translate(
            "words", "there is no participant {id} to merge this row into"
        ),
        "import.email_twice": translate("words", "{email} is also on row {row} of this file"),
        "import.bad_times": translate("words", "{what} (use YYYY-MM-DD HH:MM-HH:MM; …)"),
        "import.bad_time": translate(
            "words", "“{text}” is not a time (use HH:MM or YYYY-MM-DD HH:MM)"
        ),
        "import.say_day": translate(
            "words", "the event has several days: give a date column or YYYY-MM-DD HH:MM"
        ),
        "import.bad_date": translate("words", "“{text}” is not a date (use YYYY-MM-DD)"),
        "import.nobody": translate(
            "words", "nobody with the e-mail {email} is registered in this event"
        ),
        "import.bad_priority": translate("words", "“{text}” is not a positive whole number"),
        "import.meet_self": translate("words", "a person cannot request a meeting with themselves"),
        "import.request_twice": translate("words", "the same request is also on row {row}"),
        "import.bad_status": translate("words", "“{text}” is not a status (use {statuses})"),
        "import.no_session": translate(
            "words", "no B2B session named “{text}” (sessions: {known})"
        ),
        "import.no_session_yet": translate(
            "words", "no B2B session named “{text}” (there are no sessions yet)"
        ),
    }


def file_texts() -> dict[str, str]:
    """Reading an input file (services.people_import.reading, encoding, skipping)."""
    return {
        "file.huge_field": translate(
            "words",
            "{file}, line {line}: a field longer than {n} characters — this is not a table of "
            'people, or a quote (") is not closed',
        ),
        "file.bad_csv": translate("words", "{file}, line {line}: cannot be read as CSV ({why})"),
        "file.bad_xlsx": translate(
            "words",
            "{file} cannot be read as an Excel workbook: the file is damaged or not really "
            ".xlsx ({why}). Open it in Excel or LibreOffice and save it again.",
        ),
        "file.no_sheet": translate("words", "{file} has no sheet “{sheet}” (sheets: {sheets})"),
        "file.missing": translate("words", "No file at {path}"),
        "file.folder": translate("words", "{path} is a folder, not a file"),
        "file.unreadable": translate("words", "Cannot read {path}: {why}"),
        "file.old_xls": translate(
            "words",
            "{file} is an old Excel .xls workbook: save it as .xlsx or CSV and import that",
        ),
        "file.empty": translate(
            "words", "{file} is empty: it needs a header row and one row per person"
        ),
        "file.bad_encoding": translate(
            "words",
            "{file}: line {line} cannot be read as {encoding} (byte {byte}); choose another "
            "encoding",
        ),
        "file.not_text": translate(
            "words", "{file} is not a text file (CSV) or a spreadsheet (XLSX)"
        ),
        "file.unknown_encoding": translate(
            "words", "{file}: cannot tell the text encoding; choose it (e.g. windows-1257)"
        ),
        "file.skipped_unwritable": translate(
            "words", "Cannot write the skipped rows to {path}: {why}; nothing was imported"
        ),
    }


def plan_and_event_texts() -> dict[str, str]:
    """Stored plans (services.plan_backups) and the event's details (services.events)."""
    return {
        "restore.no_plan": translate("words", "No stored plan with id {id}"),
        "restore.nothing_stored": translate(
            "words", "No plan has been stored yet: one is kept before every scheduler run"
        ),
        "plan.before_add": translate("words", "before adding the unscheduled requests"),
        "plan.before_selected": translate("words", "before scheduling selected requests"),
        "plan.before_anew": translate("words", "before planning every unlocked meeting anew"),
        "plan.before_restore": translate("words", "before restoring the plan of {at}"),
        "event.no_name": translate("words", "The event needs a name"),
        "event.ends_first": translate("words", "The event ends ({end}) before it starts ({start})"),
        "event.unknown_timezone": translate(
            "words", "Unknown time zone “{name}” (use a name such as Europe/Vilnius)"
        ),
        "event.unknown_language": translate(
            "words", "Unknown language “{language}” (use {choices})"
        ),
        "event.bad_date": translate("words", "Bad date {what} “{text}”: use YYYY-MM-DD"),
    }


def onsite_texts() -> dict[str, str]:
    """Someone absent, a walk-in meeting, participants looked up (services.absence,
    walkin_meeting, arrivals)."""
    return {
        "absence.undone": translate("words", "Absence undone"),
        "absence.placed_changed": translate(
            "words", "A re-placed meeting was changed since; undo it by hand on the grid"
        ),
        "absence.moved_changed": translate(
            "words", "A moved meeting was changed since; undo it by hand on the grid"
        ),
        "absence.freed_changed": translate(
            "words", "A freed meeting was changed since; undo it by hand on the grid"
        ),
        "absence.cell_taken": translate(
            "words", "A cell this undo needs was taken since; nothing was changed"
        ),
        "absence.person_busy": translate(
            "words",
            "One of the people has another meeting in that round now; nothing was changed",
        ),
        "walkin.same_person": translate("words", "Choose two different people"),
        "walkin.already_meet": translate("words", "{a} and {b} already have a meeting"),
        "walkin.no_table": translate("words", "No free table for {who} in the rounds to come"),
        "walkin.no_table_why": translate(
            "words", "No free table for {who} in the rounds to come: {why}"
        ),
        "participant.say_email": translate("words", "Give the participant's e-mail address"),
        "participant.name_required": translate("words", "a name is required"),
        "participant.email_required": translate("words", "an e-mail address is required"),
        "participant.email_invalid": translate("words", "“{email}” is not a valid e-mail address"),
        "backup.exists": translate("words", "{path} already exists; choose another file name"),
        "backup.over_event": translate("words", "The backup cannot overwrite the event itself"),
        "export.nobody": translate("words", "Nobody to export a calendar for"),
        "field.problem": translate("words", "{field}: {what}"),
        "field.more": translate("words", "{first}; {rest}"),
        "programme.no_title": translate("words", "a title is required"),
        "programme.ends_first": translate("words", "ends ({end}) before it starts ({start})"),
        "programme.gone": translate("words", "This programme item was deleted meanwhile"),
        "participant.unknown_email": translate("words", "No participant with the e-mail {email}"),
    }
