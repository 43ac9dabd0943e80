"""The print log: the one writer of ``print_log`` rows and the questions asked of it.

Every printed item is one row: a badge or an agenda names its participant, a table card or a
table sheet its table, and a whole-event document (master schedule, catalogue, report) is one row
naming neither. ``reprint`` is set when the same document was printed for the same item before;
an agenda's ``digest`` fingerprints what its page showed, so "changed since last printed" compares
today's digest with the last printed one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select

from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import PrintLog


@dataclass(frozen=True)
class Recorded:
    log_ids: list[int] = field(default_factory=list)
    reprints: int = 0


def _item_column(by_table: bool):  # type: ignore[no-untyped-def]
    return PrintLog.table_id if by_table else PrintLog.participant_id


def printed_counts(
    db: EventDB,
    ids: Sequence[int] | None = None,
    *,
    document: str = "badge",
    by_table: bool = False,
) -> dict[int, int]:
    """How many times ``document`` was printed for each participant (or table); absent = never."""
    column = _item_column(by_table)
    q = (
        select(column, func.count())
        .where(PrintLog.document == document, column.is_not(None))
        .group_by(column)
    )
    if ids is not None:
        q = q.where(column.in_(list(ids)))
    with db.read() as s:
        return {int(i): int(n) for i, n in s.execute(q) if i is not None}


def last_digests(db: EventDB, document: str) -> dict[int, str]:
    """The digest of the latest print of ``document`` for every participant it was printed for."""
    latest = (
        select(func.max(PrintLog.id))
        .where(PrintLog.document == document, PrintLog.participant_id.is_not(None))
        .group_by(PrintLog.participant_id)
    )
    q = select(PrintLog.participant_id, PrintLog.digest).where(PrintLog.id.in_(latest))
    with db.read() as s:
        return {int(pid): str(d) for pid, d in s.execute(q) if pid is not None}


def record_prints(
    db: EventDB,
    document: str,
    ids: Sequence[int] = (),
    *,
    by_table: bool = False,
    layout: str = "",
    printer: str = "",
    desk: str = "",
    digests: Mapping[int, str] | None = None,
) -> Recorded:
    """Log one printed item per id (one row without an item when ``ids`` is empty)."""
    digests = digests or {}
    column = _item_column(by_table)
    with db.write() as s:
        if ids:
            q = select(column).where(PrintLog.document == document, column.in_(list(ids)))
            before = set(s.scalars(q))
            items: list[int | None] = list(ids)
        else:
            q = select(PrintLog.id).where(
                PrintLog.document == document,
                PrintLog.participant_id.is_(None),
                PrintLog.table_id.is_(None),
            )
            before = {None} if s.scalar(q.limit(1)) is not None else set()
            items = [None]
        entries = [
            PrintLog(
                document=document,
                participant_id=None if by_table else item,
                table_id=item if by_table else None,
                layout=layout[:100],
                printer=printer[:200],
                desk=desk[:100],
                reprint=item in before,
                digest=digests.get(item, "") if item is not None else "",
            )
            for item in items
        ]
        s.add_all(entries)
        s.flush()
        return Recorded([e.id for e in entries], sum(1 for e in entries if e.reprint))
