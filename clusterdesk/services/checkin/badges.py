"""Printing badges at the desk: the "should print" rule, and one badge through the print pipeline.

Whatever prints the badge (the desk's label printer, a PDF file, a test double) is a print
pipeline sink (:class:`clusterdesk.services.printing.Sink`); :func:`print_badge` prepares the
badge, hands it to the sink and logs it with the one print-log writer — the same path as every
other document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clusterdesk.core.messages import CodedError, msg
from clusterdesk.services.checkin.result import CHECKED_IN, CheckInResult
from clusterdesk.services.printing.log import printed_counts
from clusterdesk.store.engine import EventDB

if TYPE_CHECKING:
    from clusterdesk.services.printing.sinks import Sink


def badge_printed(db: EventDB, participant_id: int) -> bool:
    return bool(printed_counts(db, [participant_id]))


def needs_badge(db: EventDB, participant_id: int) -> bool:
    """True while no badge of this participant has been printed yet (by any desk or batch)."""
    return not badge_printed(db, participant_id)


def print_on_arrival(db: EventDB, result: CheckInResult) -> bool:
    """The auto-print rule: only a valid first check-in, and only if no badge was printed yet."""
    if result.result != CHECKED_IN or result.replayed or result.participant is None:
        return False
    return needs_badge(db, result.participant.id)


def print_badge(
    db: EventDB, printer: Sink, participant_id: int, *, desk: str = "", layout: str = ""
) -> int:
    """Print one badge through ``printer`` and log it (a reprint when one was printed before).

    Returns the print-log id. Raises (and logs nothing) when the sink fails or the registration
    is cancelled.
    """
    from clusterdesk.services.printing import BADGE, BadgeSelection, PrintChoices, prepare, produce

    choices = PrintChoices(BADGE, layout, BadgeSelection(participant_ids=(participant_id,)))
    job = prepare(db, choices)
    if not job.ids:
        raise CodedError(msg("badge.cancelled"))
    return produce(db, job, printer, desk=desk).recorded.log_ids[0]
