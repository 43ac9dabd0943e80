"""Helpers of the check-in tests: participants made through the real services."""

from __future__ import annotations

import io

from clusterdesk.core import badge_codes
from clusterdesk.documents.output import RenderStats
from clusterdesk.services.events import badge_keys
from clusterdesk.services.participants import ParticipantInput, apply_input, create_participant
from clusterdesk.services.printing import PreparedJob, render
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Participant


def add_person(
    db: EventDB,
    first: str,
    last: str,
    *,
    org: str = "Klaipėda Science Park",
    country: str = "Lithuania",
    category: str = "Cluster",
    attention: str = "",
) -> int:
    email = f"{first}.{last}@example.lt".lower().replace(" ", "")
    return create_participant(
        db,
        ParticipantInput(
            first_name=first,
            last_name=last,
            email=email,
            organization=org,
            country=country,
            category=category,
            attention=attention,
        ),
    )


def add_many(db: EventDB, n: int) -> list[tuple[int, str]]:
    """``n`` participants in one transaction; returns (id, badge code) pairs."""
    prefix, secret = badge_keys(db)
    rows = []
    with db.write() as s:
        for i in range(n):
            p = Participant(badge_code=badge_codes.new_code(prefix, secret))
            s.add(p)
            apply_input(
                s,
                p,
                ParticipantInput(
                    first_name=f"Guest{i}",
                    last_name="Race",
                    email=f"guest{i}@race.example",
                    organization=f"Org {i % 17}",
                    category="Cluster",
                ),
            )
            rows.append(p)
        s.flush()
        return [(p.id, p.badge_code) for p in rows]


def code_of(db: EventDB, pid: int) -> str:
    with db.read() as s:
        p = s.get(Participant, pid)
        assert p is not None
        return p.badge_code


class PaperTray:
    """A badge printer (a print-pipeline sink) that keeps what it printed (and can jam)."""

    label = "Tray"

    def __init__(self) -> None:
        self.printed: list[int] = []
        self.jammed = False

    def deliver(
        self, job: PreparedJob, progress: object = None, cancel: object = None
    ) -> RenderStats:
        if self.jammed:
            raise OSError("paper jam")
        stats = render(job, io.BytesIO())
        self.printed += job.ids
        return stats
