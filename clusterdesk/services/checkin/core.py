"""Check-in, undo and check-out: one short write transaction each, idempotent by nonce.

The database is the referee between desks: ``attendance`` has one row per checked-in person (its
primary key). A check-in inserts that row with ``INSERT … ON CONFLICT DO NOTHING``: of two desks
inserting the same person at the same moment exactly one row goes in; the other desk sees no row
inserted and answers ``already_checked_in`` with the first time and desk. On SQLite the write
transaction starts with ``BEGIN IMMEDIATE`` (writers take turns); on PostgreSQL the second insert
waits on the primary key until the first transaction commits, then does nothing.

Every call appends to ``checkin_log`` (failed scans too, with the sanitised input). The log's
unique ``nonce`` makes a call idempotent: a nonce seen before returns the original outcome and
records nothing new. Statements are SQLAlchemy Core (a scan is a few short statements and one
commit; with ``synchronous=FULL`` the commit is on disk when :func:`check_in` returns).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from clusterdesk.core import badge_codes
from clusterdesk.core.badge_codes import CodeCheck, CodeKind
from clusterdesk.core.errors import UserError
from clusterdesk.services.checkin import result as outcome
from clusterdesk.services.checkin.result import CheckInResult, Person
from clusterdesk.services.events import badge_keys
from clusterdesk.store.engine import EventDB
from clusterdesk.store.faults import retrying
from clusterdesk.store.models import REGISTRATION_CANCELLED, Base
from clusterdesk.store.types import utcnow

_KIND_REASON = {
    CodeKind.MALFORMED: outcome.NOT_A_CODE,
    CodeKind.ALTERED: outcome.ALTERED_CODE,
    CodeKind.OTHER_EVENT: outcome.OTHER_EVENT,
}


class First(NamedTuple):
    """The person's attendance row: the first check-in and whether they are inside now."""

    at: datetime
    desk: str
    inside: bool


def new_nonce() -> str:
    return uuid.uuid4().hex


def event_keys(db: EventDB) -> tuple[str, str]:
    """The event's (prefix, secret), read once per open database (they never change)."""
    keys: tuple[str, str] | None = getattr(db, "_checkin_badge_keys", None)
    if keys is None:
        keys = badge_keys(db)
        db._checkin_badge_keys = keys  # type: ignore[attr-defined]
    return keys


_TABLES = Base.metadata.tables
PARTICIPANT, ORGANIZATION, CATEGORY, ATTENDANCE, LOG = (
    _TABLES[n] for n in ("participant", "organization", "category", "attendance", "checkin_log")
)
_person, _org, _category, _attendance, _log = (
    PARTICIPANT.c,
    ORGANIZATION.c,
    CATEGORY.c,
    ATTENDANCE.c,
    LOG.c,
)
_PERSON_COLUMNS = (
    _person.id,
    _person.first_name,
    _person.last_name,
    _person.email,
    func.coalesce(_org.name, "").label("organization"),
    _person.country,
    func.coalesce(_category.name, "").label("category"),
    func.coalesce(_category.colour, "").label("category_colour"),
    _person.attention,
    _person.status,
    _person.badge_code,
)
# Core statements on the tables, built once and run with parameters: SQLAlchemy then reuses their
# compiled form and a scan costs little more than the database work itself.
_LOOKUP = (
    select(*_PERSON_COLUMNS, _attendance.checked_in_at, _attendance.desk, _attendance.inside)
    .select_from(PARTICIPANT)
    .outerjoin(ORGANIZATION, _person.organization_id == _org.id)
    .outerjoin(CATEGORY, _person.category_id == _category.id)
    .outerjoin(ATTENDANCE, _attendance.participant_id == _person.id)
)
_BY_CODE = _LOOKUP.where(_person.badge_code == bindparam("p_code"))
_BY_ID = _LOOKUP.where(_person.id == bindparam("p_id"))
_INSERT_LOG = insert(LOG)
_BY_NONCE = select(
    _log.id, _log.participant_id, _log.result, _log.reason, _log.at, _log.desk
).where(_log.nonce == bindparam("p_nonce"))
_SET_INSIDE = (
    update(ATTENDANCE)
    .where(_attendance.participant_id == bindparam("p_id"))
    .values(inside=bindparam("p_inside"))
)
_DELETE_ATTENDANCE = delete(ATTENDANCE).where(_attendance.participant_id == bindparam("p_id"))
_MARK_ALREADY = update(LOG).where(_log.id == bindparam("p_id")).values(result=outcome.ALREADY)
_INSERT_ATTENDANCE = {
    name: dialect.insert(ATTENDANCE)
    .on_conflict_do_nothing(index_elements=[_attendance.participant_id])
    .returning(_attendance.participant_id)
    for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))
}
_PERSON_FIELDS = tuple(f.name for f in fields(Person))


def _lookup(
    conn: Connection, *, code: str | None = None, pid: int | None = None
) -> tuple[Person, First | None] | None:
    if code is not None:
        row = conn.execute(_BY_CODE, {"p_code": code}).first()
    else:
        row = conn.execute(_BY_ID, {"p_id": pid}).first()
    if row is None:
        return None
    values = row._mapping
    person = Person(**{name: values[name] for name in _PERSON_FIELDS})
    if row.checked_in_at is None:
        return person, None
    return person, First(row.checked_in_at, row.desk, bool(row.inside))


@dataclass
class DeskCall:
    """One desk call: who it is about (a scanned code or an id), from where, with which nonce."""

    db: EventDB
    code: str | None
    participant_id: int | None
    desk: str
    operator: str
    nonce: str | None

    def __post_init__(self) -> None:
        if (self.code is None) == (self.participant_id is None):
            raise UserError("Give either a badge code or a participant id")
        self.nonce = self.nonce or new_nonce()
        if len(self.nonce) > 64:
            raise UserError("A nonce must have 1 to 64 characters")
        self.verdict: CodeCheck | None = None
        if self.code is not None:
            self.verdict = badge_codes.check(self.code, *event_keys(self.db))
        self.raw = self.verdict.cleaned if self.verdict else f"#{self.participant_id}"

    def resolve(self, conn: Connection) -> tuple[Person | None, First | None, str]:
        """(person, attendance, "") or (person or None, None, reason why not)."""
        if self.verdict is not None:
            if self.verdict.kind is not CodeKind.VALID:
                return None, None, _KIND_REASON[self.verdict.kind]
            found = _lookup(conn, code=self.verdict.cleaned)
            if found is None:
                return None, None, outcome.UNKNOWN_CODE
        else:
            found = _lookup(conn, pid=self.participant_id)
            if found is None:
                return None, None, outcome.UNKNOWN_PARTICIPANT
        person, first = found
        if person.status == REGISTRATION_CANCELLED:
            return person, first, outcome.CANCELLED
        return person, first, ""

    def log(
        self, conn: Connection, person: Person | None, action: str, result: str, reason: str = ""
    ) -> tuple[int, datetime]:
        at = utcnow()
        values = {
            "nonce": self.nonce,
            "participant_id": person.id if person else None,
            "action": action,
            "result": result,
            "reason": reason,
            "at": at,
            "desk": self.desk[:100],
            "operator": self.operator[:100],
            "raw_input": self.raw[:200],
        }
        res = conn.execute(_INSERT_LOG, values)
        key = res.inserted_primary_key
        assert key is not None
        return int(key[0]), at

    def result(
        self, result: str, reason: str, person: Person | None, first: First | None, log_id: int
    ) -> CheckInResult:
        at, desk = (first.at, first.desk) if first else (None, "")
        return CheckInResult(result, reason, person, at, desk, self.nonce or "", log_id)

    def run(self, body: Callable[[Connection], CheckInResult]) -> CheckInResult:
        """``body`` in one write transaction; a nonce seen before replays its first outcome.

        A transient fault (the server's connection lost, a serialization failure) is retried with
        the same nonce for a bounded time: if the lost attempt did commit, the retry replays its
        outcome, so a desk never reports a check-in that is not in the database, nor makes two."""
        return retrying(lambda: self._run_once(body))

    def _run_once(self, body: Callable[[Connection], CheckInResult]) -> CheckInResult:
        try:
            with self.db.write() as s:
                return body(s.connection())
        except IntegrityError:
            # The log's nonce is taken: this call was made before (maybe by a retry or another
            # process at the same moment). Give the original answer.
            replayed = replay(self.db, self.nonce or "")
            if replayed is None:
                raise
            return replayed


def _replay(conn: Connection, nonce: str) -> CheckInResult | None:
    """The outcome first given for ``nonce``, rebuilt from its log entry."""
    entry = conn.execute(_BY_NONCE, {"p_nonce": nonce}).first()
    if entry is None:
        return None
    log_id, pid, result, reason, logged_at, desk = entry
    at: datetime | None = logged_at
    found = _lookup(conn, pid=pid) if pid is not None else None
    person, first = found if found else (None, None)
    if result == outcome.REJECTED:
        at, desk = None, ""
    elif result != outcome.CHECKED_IN:
        at, desk = (first.at, first.desk) if first else (None, "")
    return CheckInResult(result, reason, person, at, desk, nonce, log_id, True)


def _insert_attendance(conn: Connection, values: dict[str, object]) -> bool:
    """Insert the attendance row unless the person has one already; True when inserted."""
    stmt = _INSERT_ATTENDANCE["sqlite" if conn.dialect.name == "sqlite" else "postgresql"]
    return conn.execute(stmt, values).first() is not None


def check_in_on(call: DeskCall, conn: Connection) -> CheckInResult:
    """The check-in itself, inside the caller's write transaction (a walk-in adds the person in
    the same one)."""
    person, first, reason = call.resolve(conn)
    if reason:
        log_id, _ = call.log(conn, person, outcome.ACTION_SCAN_FAILED, outcome.REJECTED, reason)
        return call.result(outcome.REJECTED, reason, person, None, log_id)
    assert person is not None
    if first is not None:
        reason = ""
        if not first.inside:  # checked out earlier: this scan lets them back in
            reason = outcome.RE_ENTRY
            conn.execute(_SET_INSIDE, {"p_id": person.id, "p_inside": True})
        log_id, _ = call.log(conn, person, outcome.ACTION_CHECK_IN, outcome.ALREADY, reason)
        return call.result(outcome.ALREADY, reason, person, first, log_id)
    log_id, at = call.log(conn, person, outcome.ACTION_CHECK_IN, outcome.CHECKED_IN)
    values = {
        "participant_id": person.id,
        "checked_in_at": at,
        "desk": call.desk[:100],
        "operator": call.operator[:100],
        "log_id": log_id,
        "inside": True,
    }
    if _insert_attendance(conn, values):
        return call.result(outcome.CHECKED_IN, "", person, First(at, call.desk[:100], True), log_id)
    # Another desk won the race and has committed: report its time and desk.
    conn.execute(_MARK_ALREADY, {"p_id": log_id})
    found = _lookup(conn, pid=person.id)
    _, winner = found if found is not None else (None, None)
    return call.result(outcome.ALREADY, "", person, winner, log_id)


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
    call = DeskCall(db, code, participant_id, desk, operator, nonce)
    return call.run(lambda conn: check_in_on(call, conn))


def replay(db: EventDB, nonce: str) -> CheckInResult | None:
    """The outcome first given for ``nonce`` (None when the nonce is new)."""
    with db.read() as s:
        return _replay(s.connection(), nonce)


def _change_attendance(
    call: DeskCall, action: str, done: str, inside: bool | None
) -> CheckInResult:
    """Undo (``inside`` None: delete the row) or check out (``inside`` False)."""

    def body(conn: Connection) -> CheckInResult:
        person, first, reason = call.resolve(conn)
        if first is None or reason not in ("", outcome.CANCELLED):
            reason = reason if reason and reason != outcome.CANCELLED else outcome.NOT_CHECKED_IN
            log_id, _ = call.log(conn, person, action, outcome.REJECTED, reason)
            return call.result(outcome.REJECTED, reason, person, None, log_id)
        assert person is not None
        if inside is None:
            conn.execute(_DELETE_ATTENDANCE, {"p_id": person.id})
        else:
            conn.execute(_SET_INSIDE, {"p_id": person.id, "p_inside": inside})
        log_id, _ = call.log(conn, person, action, done)
        return call.result(done, "", person, first, log_id)

    return call.run(body)


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
    call = DeskCall(db, code, participant_id, desk, operator, nonce)
    return _change_attendance(call, outcome.ACTION_UNDO, outcome.UNDONE, None)


def check_out(
    db: EventDB,
    participant_id: int | None = None,
    *,
    code: str | None = None,
    desk: str,
    operator: str = "",
    nonce: str | None = None,
) -> CheckInResult:
    """Mark a checked-in person as having left (their next scan lets them back in)."""
    call = DeskCall(db, code, participant_id, desk, operator, nonce)
    return _change_attendance(call, outcome.ACTION_CHECK_OUT, outcome.CHECKED_OUT, False)
