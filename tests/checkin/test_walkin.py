"""Walk-ins: one write transaction, idempotent by nonce, no e-mail needed — on SQLite and on the
real PostgreSQL server (the module's ``event_db`` runs each test on both)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from clusterdesk.cli.words import describe
from clusterdesk.core.errors import UserError
from clusterdesk.core.messages import CodedError
from clusterdesk.services import checkin
from clusterdesk.services.checkin import walkin
from clusterdesk.services.participants import ParticipantInput, get_participant
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Attendance, AuditLog, CheckInLog, Participant


def counts(db: EventDB) -> tuple[int, int, int]:
    """(participants, attendance rows, log entries)."""
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Participant)) or 0,
            s.scalar(select(func.count()).select_from(Attendance)) or 0,
            s.scalar(select(func.count()).select_from(CheckInLog)) or 0,
        )


def giedrius(email: str = "") -> ParticipantInput:
    return ParticipantInput(
        first_name="Giedrius", last_name="Bagušinskas", email=email, organization="Kaunas Food"
    )


def test_walk_in_without_e_mail_is_checked_in(event_db: EventDB) -> None:
    first = checkin.register_walk_in(event_db, giedrius(), desk="Desk 1", nonce="w-1")
    second = checkin.register_walk_in(
        event_db, ParticipantInput(first_name="Doris", last_name="Pold"), desk="Desk 2"
    )
    assert first.result == second.result == checkin.CHECKED_IN
    assert first.participant is not None and second.participant is not None
    one, two = (get_participant(event_db, r.participant.id) for r in (first, second))  # type: ignore[union-attr]
    assert (one.email, two.email) == ("", "")
    assert one.badge_code != two.badge_code and one.notes == "Walk-in at Desk 1"
    assert counts(event_db) == (2, 2, 2)


def test_an_e_mail_given_must_be_valid_and_unique(event_db: EventDB) -> None:
    with pytest.raises(CodedError) as refused:
        checkin.register_walk_in(event_db, giedrius("giedrius@"), desk="Desk 1")
    assert describe(refused.value.msg) == "email: 'giedrius@' is not a valid e-mail address"
    checkin.register_walk_in(event_db, giedrius("g@kaunas.example"), desk="Desk 1")
    with pytest.raises(CodedError, match="participant.email_registered"):
        checkin.register_walk_in(event_db, giedrius("G@Kaunas.example"), desk="Desk 1")
    with pytest.raises(UserError, match="participant.name_required"):
        checkin.register_walk_in(event_db, ParticipantInput(email="x@y.lt"), desk="Desk 1")
    assert counts(event_db) == (1, 1, 1)


def test_same_nonce_twice_replays_the_first_outcome(event_db: EventDB) -> None:
    first = checkin.register_walk_in(event_db, giedrius(), desk="Desk 1", nonce="retry-me")
    again = checkin.register_walk_in(event_db, giedrius(), desk="Desk 1", nonce="retry-me")
    assert first.result == again.result == checkin.CHECKED_IN
    assert not first.replayed and again.replayed
    assert again.participant == first.participant and again.log_id == first.log_id
    assert counts(event_db) == (1, 1, 1)
    with event_db.read() as s:
        creations = s.scalar(select(func.count()).where(AuditLog.action == "participant.create"))
    assert creations == 1


def test_a_failed_check_in_registers_nobody(
    event_db: EventDB, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(call: object, conn: object) -> object:
        raise RuntimeError("the desk lost power between the two steps")

    monkeypatch.setattr(walkin, "check_in_on", broken)
    with pytest.raises(RuntimeError):
        checkin.register_walk_in(event_db, giedrius(), desk="Desk 1", nonce="half")
    assert counts(event_db) == (0, 0, 0)  # the person was not saved without the check-in


def test_two_deliveries_at_once_register_one_person(event_db: EventDB) -> None:
    results: list[checkin.CheckInResult] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def send() -> None:
        start.wait()
        try:
            results.append(
                checkin.register_walk_in(event_db, giedrius(), desk="Desk 1", nonce="twice")
            )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    assert len(results) == 2 and results[0].participant == results[1].participant
    assert sorted(r.replayed for r in results) == [False, True]
    assert counts(event_db) == (1, 1, 1)
