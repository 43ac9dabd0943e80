"""`import outcomes`: meeting outcomes from a CSV or XLSX file (a platform's export, a sheet typed
after the event), recorded by :func:`meeting_outcomes.record_outcomes` — all rows or none.

A row names its meeting by ``meeting_id`` or by the two participants' e-mail addresses (either
order; their one meeting that holds a cell, else their only meeting), and gives a ``status``
(held, no_show, cancelled), ``absent`` (a, b, both: who did not come to a no-show) and/or a
``rating``. A rating alone says the meeting was held ("did not take place" alone: a no-show).
Every bad row is reported with its row number and nothing is changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from clusterdesk.core.errors import InputFileError, RowProblem, UserError
from clusterdesk.core.folding import fold
from clusterdesk.core.messages import CodedError, Msg, msg
from clusterdesk.core.safe_text import clean_field
from clusterdesk.services.meeting_edits import Change
from clusterdesk.services.meeting_outcomes import (
    NOT_HELD,
    SIDE_NAMES,
    Outcome,
    OutcomesRefused,
    check,
    parse_rating,
    parse_status,
    record_outcomes,
)
from clusterdesk.services.people_import.reading import RawTable, read_table
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import ACTIVE_MEETING_STATUSES, Meeting, Participant

_COLUMNS = {
    "meeting_id": ("meeting id", "meeting", "id", "meeting no", "meeting number"),
    "email_a": ("email a", "email 1", "requester email", "email"),
    "email_b": ("email b", "email 2", "target email", "partner email"),
    "status": ("status", "took place", "outcome status"),
    "absent": ("absent", "did not come", "no show side", "who did not come"),
    "rating": ("rating", "outcome", "result", "outcome rating", "evaluation"),
}


@dataclass(frozen=True)
class OutcomesImport:
    file: str
    rows: int
    change: Change


def _key(header: str) -> str:
    """A header as compared: folded, letters and digits only ("E-mail A" = "email_a")."""
    return "".join(ch for ch in fold(header) if ch.isalnum())


def _columns(table: RawTable) -> dict[str, int]:
    by_name = {_key(name): fld for fld, names in _COLUMNS.items() for name in (fld, *names)}
    found: dict[str, int] = {}
    for i, header in enumerate(table.headers):
        fld = by_name.get(_key(header))
        if fld is not None and fld not in found:
            found[fld] = i
        elif fld == "email_a" and "email_b" not in found:  # a second "email" column
            found["email_b"] = i
    return found


def _meetings_by_pair(
    db: EventDB,
) -> tuple[dict[str, int], dict[frozenset[int], list[tuple[int, str]]]]:
    with db.read() as s:
        emails = {
            e.casefold(): pid
            for pid, e in s.execute(select(Participant.id, Participant.email))
            if e
        }
        pairs: dict[frozenset[int], list[tuple[int, str]]] = {}
        for mid, a, b, status in s.execute(
            select(Meeting.id, Meeting.participant_a_id, Meeting.participant_b_id, Meeting.status)
        ):
            pairs.setdefault(frozenset((a, b)), []).append((mid, status))
    return emails, pairs


def _cell(row: list[str], columns: dict[str, int], fld: str) -> str:
    i = columns.get(fld)
    return clean_field(row[i])[0] if i is not None and i < len(row) else ""


def read_outcomes(db: EventDB, path: str | Path) -> tuple[RawTable, list[Outcome]]:
    """The outcomes a file gives; :class:`InputFileError` listing every bad row otherwise."""
    table = read_table(path)
    name = Path(path).name
    columns = _columns(table)
    problems: list[RowProblem] = []
    has_id = "meeting_id" in columns
    has_pair = "email_a" in columns and "email_b" in columns
    if not has_id and not has_pair:
        found = ", ".join(repr(h) for h in table.headers)
        problems.append(
            _problem(name, table.header_row, msg("outcome.no_meeting_column", found=found))
        )
    if "status" not in columns and "rating" not in columns:
        problems.append(_problem(name, table.header_row, msg("outcome.no_status_column")))
    if problems:
        raise InputFileError(name, problems)
    emails, pairs = _meetings_by_pair(db)
    outcomes: list[Outcome] = []
    for i, row in enumerate(table.rows):
        number = table.row_number(i)
        if not any(c.strip() for c in row):
            continue
        try:
            outcomes.append(_outcome(row, columns, number, emails, pairs))
        except CodedError as exc:
            problems.append(_problem(name, number, exc.msg))
        except UserError as exc:
            problems.append(RowProblem(name, number, "", str(exc)))
    if problems:
        raise InputFileError(name, problems)
    if not outcomes:
        raise InputFileError(name, [_problem(name, table.header_row, msg("outcome.no_rows"))])
    return table, outcomes


def _problem(file: str, row: int, what: Msg) -> RowProblem:
    return RowProblem(file, row, "", str(what), what)


def _outcome(
    row: list[str],
    columns: dict[str, int],
    number: int,
    emails: dict[str, int],
    pairs: dict[frozenset[int], list[tuple[int, str]]],
) -> Outcome:
    meeting_id = _find_meeting(row, columns, emails, pairs)
    status_text = _cell(row, columns, "status")
    rating = parse_rating(_cell(row, columns, "rating"))
    if status_text:
        status = parse_status(status_text)
    elif rating == NOT_HELD:
        status = "no_show"
    elif rating:
        status = "held"
    else:
        raise CodedError(msg("outcome.no_status"))
    side_text = _cell(row, columns, "absent")
    side = SIDE_NAMES.get(fold(side_text))
    if side is None:
        raise CodedError(msg("outcome.bad_side", text=side_text))
    outcome = Outcome(meeting_id, status, side, rating or None, number)
    check(outcome)
    return outcome


def _find_meeting(
    row: list[str],
    columns: dict[str, int],
    emails: dict[str, int],
    pairs: dict[frozenset[int], list[tuple[int, str]]],
) -> int:
    given = _cell(row, columns, "meeting_id")
    if given:
        try:
            return int(given)
        except ValueError:
            raise CodedError(msg("outcome.bad_id", text=given)) from None
    a, b = _cell(row, columns, "email_a"), _cell(row, columns, "email_b")
    if not a or not b:
        raise CodedError(msg("outcome.say_meeting"))
    people = []
    for email in (a, b):
        pid = emails.get(email.casefold())
        if pid is None:
            raise CodedError(msg("outcome.unknown_email", email=email))
        people.append(pid)
    found = pairs.get(frozenset(people), [])
    active = [mid for mid, st in found if st in ACTIVE_MEETING_STATUSES]
    chosen = active if active else [mid for mid, _st in found]
    if not chosen:
        raise CodedError(msg("outcome.no_meeting", a=a, b=b))
    if len(chosen) > 1:
        ids = ", ".join(str(m) for m in chosen)
        raise CodedError(msg("outcome.several_meetings", a=a, b=b, ids=ids))
    return chosen[0]


def import_outcomes(db: EventDB, path: str | Path, *, actor: str = "") -> OutcomesImport:
    """Read and record a file of outcomes: every row, or (any row bad) none."""
    table, outcomes = read_outcomes(db, path)
    name = Path(path).name
    try:
        change = record_outcomes(db, outcomes, source=name, actor=actor)
    except OutcomesRefused as exc:
        raise InputFileError(name, exc.problems) from exc
    return OutcomesImport(name, len(outcomes), change)
