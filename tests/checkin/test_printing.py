"""Print-on-arrival rule, the printer hook and the print log; walk-ins."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clusterdesk.core.errors import UserError
from clusterdesk.core.messages import CodedError
from clusterdesk.services import checkin
from clusterdesk.services.participants import ParticipantInput, get_participant
from clusterdesk.services.printing import record_prints
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import PrintLog
from tests.checkin.helpers import PaperTray


def prints(db: EventDB) -> list[tuple[int | None, bool, str]]:
    with db.read() as s:
        q = select(PrintLog.participant_id, PrintLog.reprint, PrintLog.desk).order_by(PrintLog.id)
        return [tuple(r) for r in s.execute(q)]  # type: ignore[misc]


def test_print_on_arrival_only_for_a_first_check_in_without_badge(
    event_db: EventDB, people: dict[str, int]
) -> None:
    tray = PaperTray()
    a, b = people["kestutis"], people["jolanta"]
    first = checkin.check_in(event_db, participant_id=a, desk="D1", nonce="n-1")
    assert checkin.print_on_arrival(event_db, first)
    checkin.print_badge(event_db, tray, a, desk="D1", layout="a6-portrait")
    assert tray.printed == [a] and prints(event_db) == [(a, False, "D1")]
    assert not checkin.needs_badge(event_db, a) and checkin.badge_printed(event_db, a)

    # the same scan replayed, a second scan, an undo + new check-in: no automatic second badge
    assert not checkin.print_on_arrival(
        event_db, checkin.check_in(event_db, participant_id=a, desk="D1", nonce="n-1")
    )
    assert not checkin.print_on_arrival(
        event_db, checkin.check_in(event_db, participant_id=a, desk="D2")
    )
    checkin.undo_check_in(event_db, a, desk="D1")
    assert not checkin.print_on_arrival(
        event_db, checkin.check_in(event_db, participant_id=a, desk="D1")
    )
    # a badge printed in the batch run before the event counts too
    record_prints(event_db, "badge", [b], layout="a6-4up-a4")
    assert not checkin.print_on_arrival(
        event_db, checkin.check_in(event_db, participant_id=b, desk="D1")
    )
    assert not checkin.print_on_arrival(
        event_db, checkin.check_in(event_db, code="junk", desk="D1")
    )

    # the reprint button: always prints, logged as a reprint; a jam logs nothing
    checkin.print_badge(event_db, tray, a, desk="D2")
    tray.jammed = True
    with pytest.raises(OSError):
        checkin.print_badge(event_db, tray, a, desk="D2")
    assert prints(event_db) == [(a, False, "D1"), (b, False, ""), (a, True, "D2")]


def test_walk_in_is_saved_and_checked_in(event_db: EventDB) -> None:
    data = ParticipantInput(
        first_name="Giedrius",
        last_name="Bagušinskas",
        email="Giedrius@Example.LT",
        organization="Kaunas Food Cluster",
        country="Lithuania",
        category="Walk-in",
    )
    result = checkin.register_walk_in(event_db, data, desk="Desk 2", operator="Aiga")
    assert result.result == checkin.CHECKED_IN and result.participant is not None
    row = get_participant(event_db, result.participant.id)
    assert row.email == "giedrius@example.lt" and row.checked_in_desk == "Desk 2"
    assert row.notes == "Walk-in at Desk 2" and row.badge_code
    assert checkin.print_on_arrival(event_db, result)
    with pytest.raises(CodedError, match="participant.email_registered"):
        checkin.register_walk_in(event_db, data, desk="Desk 2")
    with pytest.raises(UserError, match="participant.email_invalid"):
        checkin.register_walk_in(event_db, ParticipantInput(first_name="X", email="nope"), desk="D")
    assert checkin.desk_counters(event_db).checked_in == 1
