"""Check-in, undo and check-out: one short write transaction each, idempotent by nonce.

The database is the referee between desks: ``attendance`` has one row per checked-in person (its
primary key), so of two desks inserting the same person at the same moment exactly one succeeds;
the other gets an IntegrityError and answers ``already_checked_in`` with the first time and desk.
On SQLite the write transaction starts with ``BEGIN IMMEDIATE`` (writers take turns); on
PostgreSQL the second insert waits on the unique index until the first commits, then fails.

Every call appends to ``checkin_log`` (failed scans too, with the sanitised input). A nonce seen
before returns the original outcome and records nothing new.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clusterdesk.core import badge_codes
from clusterdesk.core.badge_codes import CodeCheck, CodeKind
from clusterdesk.core.errors import UserError
from clusterdesk.services.checkin import result as R
from clusterdesk.services.checkin.result import CheckInResult, Person
from clusterdesk.services.events import badge_keys
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    REGISTRATION_CANCELLED,
    Attendance,
    Category,
    CheckInLog,
    Organization,
    Participant,
)
from clusterdesk.store.types import utcnow

_KIND_REASON = {
    CodeKind.MALFORMED: R.NOT_A_CODE,
    CodeKind.ALTERED: R.ALTERED_CODE,
    CodeKind.OTHER_EVENT: R.OTHER_EVENT,
}


def new_nonce() -> str:
    return uuid.uuid4().hex


def event_keys(db: EventDB) -> tuple[str, str]:
    """The event's (prefix, secret), read once per open database (they never change)."""
    keys: tuple[str, str] | None = getattr(db, "_checkin_badge_keys", None)
    if keys is None:
        keys = badge_keys(db)
        db._checkin_badge_keys = keys  # type: ignore[attr-defined]
    return keys


def person_query():  # type: ignore[no-untyped-def]
    return (
        select(
            Participant.id,
            Participant.first_name,
            Participant.last_name,
            Participant.email,
            func.coalesce(Organization.name, ""),
            Participant.country,
            func.coalesce(Category.name, ""),
            func.coalesce(Category.colour, ""),
            Participant.attention,
            Participant.status,
            Participant.badge_code,
        )
        .outerjoin(Organization, Participant.organization_id == Organization.id)
        .outerjoin(Category, Participant.category_id == Category.id)
    )


def load_person(s: Session, pid: int | None) -> Person | None:
    if pid is None:
        return None
    row = s.execute(person_query().where(Participant.id == pid)).first()
    return Person(*row) if row is not None else None


class _Target:
    """Who a call is about: a scanned code (checked first) or a participant id."""

    def __init__(self, db: EventDB, code: str | None, participant_id: int | None) -> None:
        if (code is None) == (participant_id is None):
            raise UserError("Give either a badge code or a participant id")
        self.participant_id = participant_id
        self.verdict: CodeCheck | None = None
        if code is not None:
            prefix, secret = event_keys(db)
            self.verdict = badge_codes.check(code, prefix, secret)
        self.raw = self.verdict.cleaned if self.verdict else f"#{participant_id}"

    def resolve(self, s: Session) -> tuple[Person | None, str]:
        """(person, "") or (person or None, reason why not)."""
        if self.verdict is not None:
            if self.verdict.kind is not CodeKind.VALID:
                return None, _KIND_REASON[self.verdict.kind]
            row = s.execute(
                person_query().where(Participant.badge_code == self.verdict.cleaned)
            ).first()
            if row is None:
                return None, R.UNKNOWN_CODE
            person = Person(*row)
        else:
            found = load_person(s, self.participant_id)
            if found is None:
                return None, R.UNKNOWN_PARTICIPANT
            person = found
        if person.status == REGISTRATION_CANCELLED:
            return person, R.CANCELLED
        return person, ""


def _log(s: Session, nonce: str, target: _Target, person: Person | None, action: str,
         result: str, reason: str, desk: str, operator: str) -> CheckInLog:  # fmt: skip
    entry = CheckInLog(
        nonce=nonce, participant_id=person.id if person else None, action=action, result=result,
        reason=reason, at=utcnow(), desk=desk[:100], operator=operator[:100],
        raw_input=target.raw[:200],
    )  # fmt: skip
    s.add(entry)
    s.flush()
    return entry


def _replay(s: Session, entry: CheckInLog) -> CheckInResult:
    """The outcome first given for this nonce, rebuilt from its log entry."""
    person = load_person(s, entry.participant_id)
    at: datetime | None = entry.at
    desk = entry.desk
    if entry.result != R.CHECKED_IN:
        first = _attendance(s, entry.participant_id)
        at, desk = (first[0], first[1]) if first else (None, "")
        if entry.result == R.REJECTED:
            at, desk = None, ""
    return CheckInResult(entry.result, entry.reason, person, at, desk, entry.nonce, entry.id, True)


def _attendance(s: Session, pid: int | None) -> tuple[datetime, str, bool] | None:
    if pid is None:
        return None
    row = s.execute(
        select(Attendance.checked_in_at, Attendance.desk, Attendance.inside).where(
            Attendance.participant_id == pid
        )
    ).first()
    return (row[0], row[1], row[2]) if row else None


def _run(db: EventDB, nonce: str, body):  # type: ignore[no-untyped-def]
    """Run ``body(session)`` in one write transaction unless ``nonce`` was seen before."""
    if not nonce or len(nonce) > 64:
        raise UserError("A nonce must have 1 to 64 characters")
    try:
        with db.write() as s:
            seen = s.scalars(select(CheckInLog).where(CheckInLog.nonce == nonce)).first()
            if seen is not None:
                return _replay(s, seen)
            out: CheckInResult = body(s)
        return out
    except IntegrityError:
        # Another process committed the same nonce between our look-up and our insert.
        with db.read() as s:
            seen = s.scalars(select(CheckInLog).where(CheckInLog.nonce == nonce)).first()
            if seen is None:
                raise
            return _replay(s, seen)


def check_in(
    db: EventDB,
    *,
    code: str | None = None,
    participant_id: int | None = None,
    desk: str,
    operator: str = "",
    nonce: str | None = None,
) -> CheckInResult:
    """Check a person in by scanned code or by id. Committed to disk when it returns."""
    target = _Target(db, code, participant_id)
    nonce = nonce or new_nonce()

    def body(s: Session) -> CheckInResult:
        person, reason = target.resolve(s)
        if reason:
            entry = _log(s, nonce, target, person, R.ACTION_SCAN_FAILED, R.REJECTED, reason,
                         desk, operator)  # fmt: skip
            return CheckInResult(R.REJECTED, reason, person, None, "", nonce, entry.id)
        assert person is not None
        first = _attendance(s, person.id)
        if first is not None:
            return _already(s, nonce, target, person, first, desk, operator)
        entry = _log(s, nonce, target, person, R.ACTION_CHECK_IN, R.CHECKED_IN, "", desk,
                     operator)  # fmt: skip
        try:
            with s.begin_nested():
                s.add(Attendance(participant_id=person.id, checked_in_at=entry.at, desk=entry.desk,
                                 operator=entry.operator, log_id=entry.id, inside=True))  # fmt: skip
        except IntegrityError:
            # Another desk won the race (its row is committed now): report its time and desk.
            entry.result = R.ALREADY
            first = _attendance(s, person.id)
            at, first_desk = (first[0], first[1]) if first else (None, "")
            return CheckInResult(R.ALREADY, "", person, at, first_desk, nonce, entry.id)
        return CheckInResult(R.CHECKED_IN, "", person, entry.at, entry.desk, nonce, entry.id)

    return _run(db, nonce, body)  # type: ignore[no-any-return]


def _already(s: Session, nonce: str, target: _Target, person: Person,
             first: tuple[datetime, str, bool], desk: str, operator: str) -> CheckInResult:  # fmt: skip
    at, first_desk, inside = first
    reason = ""
    if not inside:  # checked out earlier: this scan lets them back in
        reason = R.RE_ENTRY
        s.execute(
            update(Attendance).where(Attendance.participant_id == person.id).values(inside=True)
        )
    entry = _log(s, nonce, target, person, R.ACTION_CHECK_IN, R.ALREADY, reason, desk, operator)
    return CheckInResult(R.ALREADY, reason, person, at, first_desk, nonce, entry.id)


def undo_check_in(
    db: EventDB,
    participant_id: int | None = None,
    *,
    code: str | None = None,
    desk: str,
    operator: str = "",
    nonce: str | None = None,
) -> CheckInResult:
    """Take back a check-in: the attendance row goes, the log keeps both entries."""
    target = _Target(db, code, participant_id)
    nonce = nonce or new_nonce()

    def body(s: Session) -> CheckInResult:
        person, reason = target.resolve(s)
        first = _attendance(s, person.id) if person and reason in ("", R.CANCELLED) else None
        if first is None:
            reason = reason if reason and reason != R.CANCELLED else R.NOT_CHECKED_IN
            entry = _log(s, nonce, target, person, R.ACTION_UNDO, R.REJECTED, reason, desk,
                         operator)  # fmt: skip
            return CheckInResult(R.REJECTED, reason, person, None, "", nonce, entry.id)
        assert person is not None
        s.execute(delete(Attendance).where(Attendance.participant_id == person.id))
        entry = _log(s, nonce, target, person, R.ACTION_UNDO, R.UNDONE, "", desk, operator)
        return CheckInResult(R.UNDONE, "", person, first[0], first[1], nonce, entry.id)

    return _run(db, nonce, body)  # type: ignore[no-any-return]


def check_out(
    db: EventDB,
    participant_id: int | None = None,
    *,
    code: str | None = None,
    desk: str,
    operator: str = "",
    nonce: str | None = None,
) -> CheckInResult:
    """Mark a checked-in person as having left (the next scan lets them back in)."""
    target = _Target(db, code, participant_id)
    nonce = nonce or new_nonce()

    def body(s: Session) -> CheckInResult:
        person, reason = target.resolve(s)
        first = _attendance(s, person.id) if person and reason in ("", R.CANCELLED) else None
        if first is None:
            reason = reason if reason and reason != R.CANCELLED else R.NOT_CHECKED_IN
            entry = _log(s, nonce, target, person, R.ACTION_CHECK_OUT, R.REJECTED, reason, desk,
                         operator)  # fmt: skip
            return CheckInResult(R.REJECTED, reason, person, None, "", nonce, entry.id)
        assert person is not None
        s.execute(
            update(Attendance).where(Attendance.participant_id == person.id).values(inside=False)
        )
        entry = _log(s, nonce, target, person, R.ACTION_CHECK_OUT, R.CHECKED_OUT, "", desk,
                     operator)  # fmt: skip
        return CheckInResult(R.CHECKED_OUT, "", person, first[0], first[1], nonce, entry.id)

    return _run(db, nonce, body)  # type: ignore[no-any-return]
