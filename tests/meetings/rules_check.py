"""A plan check for the tests: every active meeting in the database obeys every hard rule when
the others stay where they are (busy people, busy tables, availability, host tables, sessions,
caps), and each request has at most one active meeting."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from clusterdesk.services.meeting_rules import Pair, load_state
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Meeting


def plan_problems(db: EventDB) -> list[str]:
    problems = []
    with db.read() as s:
        board = load_state(s)
        requests = Counter(
            r
            for r in s.scalars(
                select(Meeting.request_id).where(
                    Meeting.status.in_(("scheduled", "held", "no_show"))
                )
            )
            if r is not None
        )
    for mid, m in board.meetings.items():
        if m.table is None:
            problems.append(f"meeting {mid} has no table")
            continue
        why = board.without([mid]).cell_reason(Pair(m.a, m.b, m.session_id), m.slot, m.table)
        if why:
            problems.append(f"meeting {mid}: {why}")
    problems += [f"request {r} has {n} meetings" for r, n in requests.items() if n > 1]
    return problems
