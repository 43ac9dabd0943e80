"""Walk-ins: register at the desk and check in, in one step."""

from __future__ import annotations

from clusterdesk.services.checkin.core import check_in
from clusterdesk.services.checkin.result import CheckInResult
from clusterdesk.services.participants import ParticipantInput, create_participant
from clusterdesk.store.engine import EventDB


def register_walk_in(
    db: EventDB, data: ParticipantInput, *, desk: str, operator: str = "", nonce: str | None = None
) -> CheckInResult:
    """Save a new participant (validated; a clear UserError otherwise) and check them in."""
    if not data.notes:
        data.notes = f"Walk-in at {desk}".strip()
    pid = create_participant(db, data, actor=operator or desk)
    return check_in(db, participant_id=pid, desk=desk, operator=operator, nonce=nonce)
