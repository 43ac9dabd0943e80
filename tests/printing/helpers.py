"""Test helpers for printing: meetings placed straight into a real event, PDFs read back."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from sqlalchemy import select

from clusterdesk.services.printing import BADGE, BadgeSelection, PreparedJob, PrintChoices, prepare
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Meeting, MeetingRequest, MeetingTable, Slot


def place_meetings(db: EventDB, limit: int = 40) -> int:
    """Put accepted requests into free (slot, table) cells, nobody twice in a slot (greedy)."""
    with db.write() as s:
        slots = list(s.scalars(select(Slot.id).order_by(Slot.starts_at)))
        tables = list(s.scalars(select(MeetingTable.id).order_by(MeetingTable.position)))
        requests = s.execute(
            select(MeetingRequest.id, MeetingRequest.requester_id, MeetingRequest.target_id)
            .where(MeetingRequest.status == "accepted")
            .order_by(MeetingRequest.id)
        ).all()
        busy: set[tuple[int, int]] = set()
        used: set[tuple[int, int]] = set()
        placed = 0
        for rid, a, b in requests:
            if placed >= limit:
                break
            for slot in slots:
                if (a, slot) in busy or (b, slot) in busy:
                    continue
                free = [t for t in tables if (slot, t) not in used]
                if not free:
                    continue
                s.add(
                    Meeting(
                        request_id=rid,
                        participant_a_id=a,
                        participant_b_id=b,
                        slot_id=slot,
                        table_id=free[0],
                        status="scheduled",
                    )
                )
                busy |= {(a, slot), (b, slot)}
                used.add((slot, free[0]))
                placed += 1
                break
    return placed


def prepare_badges(
    db: EventDB, selection: BadgeSelection, layout: str | None = None
) -> PreparedJob:
    """A badge job through the print pipeline (ids in print order, the document's records)."""
    return prepare(db, PrintChoices(BADGE, layout or "", selection))


def pdf_text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def pdf_pages(pdf: Path) -> int:
    with pdfplumber.open(pdf) as doc:
        return len(doc.pages)
