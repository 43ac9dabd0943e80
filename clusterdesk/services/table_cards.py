"""Table tent cards: one card per meeting table with its meetings per slot once scheduled.

Gathers plain :class:`TableCardRecord` s from the event, renders them with the one table-card
renderer (``clusterdesk.documents.table_cards``) and records printed cards in the print log
(``document="table_card"``, ``table_id``). Shared by the CLI and the Print page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from clusterdesk.core.errors import UserError
from clusterdesk.documents.output import Cancel, Output, Progress, RenderStats
from clusterdesk.documents.table_cards import TableCardRecord, render_table_cards
from clusterdesk.services.events import event_info
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import MeetingTable, PrintLog

TABLE_CARD = "table_card"
TABLE_CARD_LAYOUT = "a4-tent-card"  # the one format (A4 landscape, folded): logged as the layout


@dataclass(frozen=True)
class TableCardJob:
    table_ids: list[int]
    records: list[TableCardRecord]
    event_name: str

    @property
    def pages(self) -> int:
        return max(1, len(self.records))


def _clock(when: datetime, several_days: bool) -> str:
    return when.strftime("%d.%m %H:%M") if several_days else when.strftime("%H:%M")


def table_meetings(db: EventDB) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each table label's active meetings in time order, as (time, "A – B") lines."""
    from clusterdesk.services.meetings import list_meetings
    from clusterdesk.store.models import ACTIVE_MEETING_STATUSES

    tz = event_info(db).tz
    meetings = [m for m in list_meetings(db) if m.status in ACTIVE_MEETING_STATUSES and m.table]
    days = {m.starts_at.astimezone(tz).date() for m in meetings}
    out: dict[str, list[tuple[str, str]]] = {}
    for m in sorted(meetings, key=lambda m: (m.starts_at, m.id)):
        when = _clock(m.starts_at.astimezone(tz), len(days) > 1)
        out.setdefault(m.table, []).append((when, f"{m.names[0]} – {m.names[1]}"))
    return {label: tuple(lines) for label, lines in out.items()}


def prepare_table_cards(db: EventDB, labels: Sequence[str] = ()) -> TableCardJob:
    """Every table (or only those labelled ``labels``) in table order, with their meetings."""
    with db.read() as s:
        tables = list(
            s.execute(
                select(MeetingTable.id, MeetingTable.label, MeetingTable.zone).order_by(
                    MeetingTable.position, MeetingTable.id
                )
            )
        )
    if labels:
        wanted = {label.strip() for label in labels}
        unknown = sorted(wanted - {t.label for t in tables})
        if unknown:
            raise UserError("No meeting table labelled " + ", ".join(unknown))
        tables = [t for t in tables if t.label in wanted]
    meetings = table_meetings(db)
    records = [TableCardRecord(t.label, t.zone, meetings.get(t.label, ())) for t in tables]
    return TableCardJob([t.id for t in tables], records, event_info(db).name)


def render_table_card_job(
    job: TableCardJob,
    out: Output,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> RenderStats:
    if not job.records:
        raise UserError("The event has no meeting tables yet: add tables first")
    return render_table_cards(
        job.records, out, event_name=job.event_name, progress=progress, cancel=cancel
    )


def record_table_card_prints(
    db: EventDB, table_ids: Sequence[int], *, printer: str = "", desk: str = ""
) -> int:
    """Log one printed card per table; returns how many of them were reprints."""
    with db.write() as s:
        before = set(
            s.scalars(
                select(PrintLog.table_id).where(
                    PrintLog.document == TABLE_CARD, PrintLog.table_id.in_(list(table_ids))
                )
            )
        )
        for tid in table_ids:
            s.add(
                PrintLog(
                    document=TABLE_CARD,
                    table_id=tid,
                    layout=TABLE_CARD_LAYOUT,
                    printer=printer[:200],
                    desk=desk[:100],
                    reprint=tid in before,
                )
            )
    return sum(1 for tid in table_ids if tid in before)
