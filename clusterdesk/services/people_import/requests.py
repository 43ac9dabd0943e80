"""Importing meeting requests (requester e-mail, target e-mail, status, priority, session)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from clusterdesk.core.folding import fold
from clusterdesk.core.messages import Msg, msg
from clusterdesk.services.participants import EMAIL_RE, audit
from clusterdesk.services.people_import.common import cell, email_cell, prepare, table_of
from clusterdesk.services.people_import.headers import REQUESTS
from clusterdesk.services.people_import.reading import RawTable
from clusterdesk.services.people_import.report import ImportReport, Problems, Progress, tick
from clusterdesk.services.people_import.skipping import rows_to_skip, write_skipped
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import REQUEST_STATUSES, B2BSession, MeetingRequest, Participant

STATUS_WORDS = {
    "accepted": "accepted",
    "accept": "accepted",
    "yes": "accepted",
    "confirmed": "accepted",
    "approved": "accepted",
    "ok": "accepted",
    "priimtas": "accepted",
    "patvirtintas": "accepted",
    "taip": "accepted",
    "pending": "pending",
    "open": "pending",
    "waiting": "pending",
    "laukiama": "pending",
    "declined": "declined",
    "decline": "declined",
    "rejected": "declined",
    "no": "declined",
    "atmestas": "declined",
    "ne": "declined",
}


@dataclass
class RequestRecord:
    row: int
    requester: int
    target: int
    status: str | None  # None: blank or no column (accepted for new requests)
    priority: int | None
    session: int | None
    session_given: bool


@dataclass
class _Context:
    people: dict[str, int]
    sessions: dict[str, int]


def _load(s: Session) -> _Context:
    people = {e.lower(): i for i, e in s.execute(select(Participant.id, Participant.email))}
    sessions = {fold(n): i for i, n in s.execute(select(B2BSession.id, B2BSession.name))}
    return _Context(people, sessions)


def _person(problems: Problems, row: int, fld: str, text: str, ctx: _Context) -> int | None:
    email = text.lower()
    if not email:
        problems.add(row, fld, msg("participant.email_required"))
    elif not EMAIL_RE.match(email):
        problems.add(row, fld, msg("participant.email_invalid", email=text))
    elif email not in ctx.people:
        problems.add(row, fld, msg("import.nobody", email=email))
    else:
        return ctx.people[email]
    return None


def _priority(problems: Problems, row: int, text: str) -> tuple[bool, int | None]:
    if not text:
        return True, None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = 0.5
    if not value.is_integer() or value < 1 or value > 1_000_000:
        problems.add(row, "priority", msg("import.bad_priority", text=text))
        return False, None
    return True, int(value)


def read_requests(
    table: RawTable,
    columns: dict[str, int],
    problems: Problems,
    ctx: _Context,
    progress: Progress | None = None,
) -> list[RequestRecord]:
    out: list[RequestRecord] = []
    seen: dict[tuple[int, int], int] = {}
    total = len(table.rows)
    for index, raw in enumerate(table.rows):
        tick(progress, index, total)
        if not raw:
            continue
        row = table.row_number(index)
        a = _person(
            problems, row, "requester_email", email_cell(raw, columns, "requester_email"), ctx
        )
        b = _person(problems, row, "target_email", email_cell(raw, columns, "target_email"), ctx)
        pair = (a, b) if a is not None and b is not None else None
        ok = pair is not None
        if pair is not None and a == b:
            problems.add(row, "target_email", msg("import.meet_self"))
            ok = False
        elif pair is not None and pair in seen:
            problems.add(row, "target_email", msg("import.request_twice", row=seen[pair]))
            ok = False
        status_text = fold(cell(raw, columns, "status"))
        status = STATUS_WORDS.get(status_text) if status_text else None
        if status_text and status is None:
            statuses = ", ".join(REQUEST_STATUSES)
            text = cell(raw, columns, "status")
            problems.add(row, "status", msg("import.bad_status", text=text, statuses=statuses))
            ok = False
        good, priority = _priority(problems, row, cell(raw, columns, "priority"))
        session_text = cell(raw, columns, "session")
        session = ctx.sessions.get(fold(session_text)) if session_text else None
        if session_text and session is None:
            known = ", ".join(repr(n) for n in ctx.sessions)
            problems.add(
                row,
                "session",
                msg("import.no_session", text=session_text, known=known)
                if known
                else msg("import.no_session_yet", text=session_text),
            )
            ok = False
        if ok and good and pair is not None:
            seen[pair] = row
            out.append(RequestRecord(row, *pair, status, priority, session, bool(session_text)))
    tick(progress, total, total)
    return out


def _write(
    s: Session, records: list[RequestRecord], update: bool, apply: bool
) -> tuple[int, int, int]:
    existing = {(m.requester_id, m.target_id): m for m in s.scalars(select(MeetingRequest))}
    new: list[dict[str, object]] = []
    updated = unchanged = 0
    for r in records:
        m = existing.get((r.requester, r.target))
        if m is None:
            new.append(
                {
                    "requester_id": r.requester,
                    "target_id": r.target,
                    "status": r.status or "accepted",
                    "priority": r.priority or 1,
                    "session_id": r.session,
                }
            )
            continue
        changes: dict[str, object] = {}
        if r.status is not None:
            changes["status"] = r.status
        if r.priority is not None:
            changes["priority"] = r.priority
        if r.session_given:
            changes["session_id"] = r.session
        changes = {k: v for k, v in changes.items() if getattr(m, k) != v}
        if not update or not changes:
            unchanged += 1
            continue
        updated += 1
        if apply:
            for k, v in changes.items():
                setattr(m, k, v)
    if apply and new:
        s.execute(insert(table_of(MeetingRequest)), new)
    return len(new), updated, unchanged


def import_requests(
    db: EventDB,
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    mapping: dict[str, str] | None = None,
    update: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    table: RawTable | None = None,
    skip_invalid: bool = False,
    skipped_file: str | Path | None = None,
    words: Callable[[Msg], str] | None = None,
) -> ImportReport:
    """Import meeting requests between people already in the event (matched by e-mail).

    A request whose pair exists already is left unchanged (or updated with ``update``). Raises
    :class:`~clusterdesk.core.errors.InputFileError` with every problem, writing nothing, unless
    ``dry_run`` — or, with ``skip_invalid``, imports the valid rows and leaves those with problems
    out (written to ``skipped_file`` when given).
    """
    table, columns, report, problems = prepare(
        REQUESTS,
        path,
        encoding=encoding,
        delimiter=delimiter,
        mapping=mapping,
        dry_run=dry_run,
        table=table,
    )
    if problems:
        report.problems = problems.items
        if dry_run:
            return report
        raise report.error()
    with db.read() if dry_run else db.write() as s:
        records = read_requests(table, columns, problems, _load(s), progress)
        report.problems = problems.items
        skip = rows_to_skip(problems, table, skip_invalid)
        if skip is None:
            if dry_run:
                return report
            raise report.error()
        report.skipped = sorted(skip)
        report.created, report.updated, report.unchanged = _write(s, records, update, not dry_run)
        if not dry_run:
            if skip and skipped_file is not None:
                written = write_skipped(table, problems.items, skip, skipped_file, words)
                report.skipped_file = str(written)
            audit(s, "import.requests", "meeting_request", None, report.audit_details())
    return report
