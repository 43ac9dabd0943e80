"""Printing badges at the desk: the "should print" rule, the printer hook and the print log.

The badge renderer lives in ``clusterdesk.documents``; whatever prints a badge (a PDF to a printer,
a label printer driver, a test double) implements :class:`BadgePrinter` and is handed to
:func:`print_badge`, which records every print in ``print_log``.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import select

from clusterdesk.services.checkin.result import CHECKED_IN, CheckInResult
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import PrintLog

BADGE = "badge"


class BadgePrinter(Protocol):
    """Prints one participant's badge; raises on failure (then nothing is logged)."""

    def print_badge(self, participant_id: int) -> None: ...


def badge_printed(db: EventDB, participant_id: int) -> bool:
    with db.read() as s:
        q = select(PrintLog.id).where(
            PrintLog.document == BADGE, PrintLog.participant_id == participant_id
        )
        return s.scalar(q.limit(1)) is not None


def needs_badge(db: EventDB, participant_id: int) -> bool:
    """True while no badge of this participant has been printed yet (by any desk or batch)."""
    return not badge_printed(db, participant_id)


def print_on_arrival(db: EventDB, result: CheckInResult) -> bool:
    """The auto-print rule: only a valid first check-in, and only if no badge was printed yet."""
    if result.result != CHECKED_IN or result.replayed or result.participant is None:
        return False
    return needs_badge(db, result.participant.id)


def record_print(
    db: EventDB,
    participant_id: int,
    *,
    desk: str = "",
    layout: str = "",
    printer: str = "",
    reprint: bool | None = None,
) -> int:
    """Log one printed badge; ``reprint`` defaults to "a badge had been printed before"."""
    with db.write() as s:
        if reprint is None:
            q = select(PrintLog.id).where(
                PrintLog.document == BADGE, PrintLog.participant_id == participant_id
            )
            reprint = s.scalar(q.limit(1)) is not None
        entry = PrintLog(
            document=BADGE,
            participant_id=participant_id,
            layout=layout[:100],
            printer=printer[:200],
            desk=desk[:100],
            reprint=reprint,
        )
        s.add(entry)
        s.flush()
        return entry.id


def print_badge(
    db: EventDB,
    printer: BadgePrinter,
    participant_id: int,
    *,
    desk: str = "",
    layout: str = "",
    printer_name: str = "",
) -> int:
    """Print through ``printer`` and record it (as a reprint when one was printed before)."""
    printer.print_badge(participant_id)
    return record_print(db, participant_id, desk=desk, layout=layout, printer=printer_name)
