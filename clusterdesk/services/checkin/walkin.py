"""Walk-ins: register at the desk and check in, in one write transaction, idempotent by nonce.

The new participant and their check-in are committed together or not at all. The desk's nonce
makes a retry safe: the same nonce again (a retry after a network hiccup, a double delivery, two
processes at once) registers nobody new and returns the first outcome (``replayed=True``).
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from clusterdesk.core.errors import UserError
from clusterdesk.core.messages import CodedError, fields_refused, msg
from clusterdesk.services.checkin.core import DeskCall, check_in_on, event_keys, new_nonce, replay
from clusterdesk.services.checkin.result import CheckInResult
from clusterdesk.services.participants import ParticipantInput, add_participant, validate_input
from clusterdesk.store.engine import EventDB


def register_walk_in(
    db: EventDB, data: ParticipantInput, *, desk: str, operator: str = "", nonce: str | None = None
) -> CheckInResult:
    """Save a new participant (a name is required, an e-mail is not; a clear UserError
    otherwise) and check them in, in one transaction."""
    nonce = nonce or new_nonce()
    if len(nonce) > 64:
        raise UserError("A nonce must have 1 to 64 characters")
    earlier = replay(db, nonce)
    if earlier is not None:
        return earlier
    data = data.normalised()
    if not data.notes:
        data.notes = f"Walk-in at {desk}".strip()
    problems = validate_input(data, email_required=False)
    if problems:
        raise fields_refused(problems)
    keys = event_keys(db)
    try:
        with db.write() as s:
            pid = add_participant(s, data, keys, actor=operator or desk)
            call = DeskCall(db, None, pid, desk, operator, nonce)
            return check_in_on(call, s.connection())
    except IntegrityError:
        # The nonce was taken meanwhile (the same walk-in sent twice at once): the other call
        # registered the person; this one wrote nothing. Give its answer.
        earlier = replay(db, nonce)
        if earlier is None:
            if data.email:
                raise CodedError(msg("walkin.collision_email", email=data.email)) from None
            raise CodedError(msg("walkin.collision")) from None
        return earlier
