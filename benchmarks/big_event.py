"""A large event file for the read/load benchmarks: participants with organisations, two days of
B2B (24 slots each), tables of which some are hosts' own, accepted requests shaped by
``generate_event.generate`` (Zipf-like popularity), and a plan placed by a quick first fit —
with some meetings held, no-show, cancelled and locked, as on the event day, and the plan stored
as a scheduler run leaves it (``plan_backups``).

    python benchmarks/big_event.py OUT.cdevent [--participants 5000] [--requests 50000]

At the defaults: 5,000 participants, 50,000 requests, 48 slots, 1,000 tables, ~41,000 meetings.
Bulk inserts; the file is a normal event (it opens in the app and the CLI).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_event import generate  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from clusterdesk.core import badge_codes  # noqa: E402
from clusterdesk.services.events import badge_keys, create_event, event_info  # noqa: E402
from clusterdesk.services.plan_backups import save_plan  # noqa: E402
from clusterdesk.services.sessions import add_session, ensure_tables  # noqa: E402
from clusterdesk.store.models import (  # noqa: E402
    Meeting,
    MeetingRequest,
    MeetingTable,
    Organization,
    Participant,
    Slot,
    Unavailability,
)
from clusterdesk.store.types import utcnow  # noqa: E402

FIRST = ["Kęstutis", "Ģirts", "Þórunn", "Олена", "Agnieszka", "Jüri", "Åsa", "Mikko", "Inga"]
LAST = ["Šetkus", "Ģērmanis", "Фесенко", "Jónsdóttir", "Wiśniewska", "Tamm", "Lindqvist"]
COUNTRIES = ["Lithuania", "Latvia", "Estonia", "Poland", "Finland", "Sweden", "Iceland"]
DAY = date(2026, 5, 14)


def build_big_event(
    path: Path,
    *,
    participants: int = 5000,
    requests: int = 50000,
    tables: int = 1000,
    seed: int = 1,
) -> dict[str, int]:
    """Write the event to ``path`` (which must not exist); returns what it holds."""
    rng = random.Random(seed)
    problem = generate(
        participants, requests, 48, tables, seed=seed, days=2, cap_share=0.0, popularity=0.6
    )
    db = create_event(path, name="Baltic Sea Matchmaking 2026", start=DAY, venue="Rīga")
    try:
        tz = event_info(db).tz
        for d in range(2):
            add_session(
                db,
                name=f"B2B day {d + 1}",
                day=DAY + timedelta(days=d),
                start=clock(9, 0),
                end=clock(17, 0),
                slot_minutes=20,
            )
        ensure_tables(db, tables, "T")
        prefix, secret = badge_keys(db)
        now = utcnow()
        with db.write() as s:
            n_orgs = max(1, participants // 3)
            s.execute(
                insert(Organization),
                [
                    {"name": f"{rng.choice(LAST)} Cluster {i}", "country": rng.choice(COUNTRIES)}
                    for i in range(n_orgs)
                ],
            )
            org_ids = list(s.scalars(select(Organization.id)))
            table_ids = list(s.scalars(select(MeetingTable.id).order_by(MeetingTable.position)))
            s.execute(
                insert(Participant),
                [
                    {
                        "first_name": rng.choice(FIRST),
                        "last_name": f"{rng.choice(LAST)}{i}",
                        "email": f"p{i}@example.org",
                        "organization_id": rng.choice(org_ids),
                        "country": rng.choice(COUNTRIES),
                        "badge_code": badge_codes.new_code(prefix, secret),
                        "search_key": "",
                        "fixed_table_id": table_ids[problem.fixed_table[i] - 1]
                        if i in problem.fixed_table
                        else None,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for i in range(participants)
                ],
            )
            pid = list(s.scalars(select(Participant.id).order_by(Participant.id)))
            slots = list(
                s.execute(select(Slot.id, Slot.starts_at, Slot.ends_at).order_by(Slot.starts_at))
            )
            away = []
            for p, gone in problem.unavailable.items():
                first, last = min(gone), max(gone)
                away.append(
                    {
                        "participant_id": pid[p],
                        "starts_at": slots[first].starts_at.astimezone(tz),
                        "ends_at": slots[last].ends_at.astimezone(tz),
                    }
                )
            s.execute(insert(Unavailability), away)
            statuses = rng.choices(["accepted", "pending", "declined"], [94, 3, 3], k=requests)
            s.execute(
                insert(MeetingRequest),
                [
                    {
                        "requester_id": pid[r.a],
                        "target_id": pid[r.b],
                        "status": statuses[k],
                        "priority": r.priority,
                        "created_at": now,
                    }
                    for k, r in enumerate(problem.requests)
                ],
            )
            req_ids = list(s.scalars(select(MeetingRequest.id).order_by(MeetingRequest.id)))
            meetings = _first_fit(problem, statuses, len(slots), rng)
            s.execute(
                insert(Meeting),
                [
                    {
                        "request_id": req_ids[k],
                        "participant_a_id": pid[problem.requests[k].a],
                        "participant_b_id": pid[problem.requests[k].b],
                        "slot_id": slots[slot].id,
                        "table_id": table_ids[table - 1],
                        "status": status,
                        "locked": locked,
                        "absent": "a" if status == "no_show" else "",
                        "created_at": now,
                    }
                    for k, slot, table, status, locked in meetings
                ],
            )
        # the plan kept before a scheduler run, as every run leaves one (the page reads it)
        save_plan(db, "before planning every unlocked meeting anew", actor="big_event")
        return {
            "participants": participants,
            "requests": requests,
            "slots": len(slots),
            "tables": tables,
            "meetings": len(meetings),
        }
    finally:
        db.dispose()


def _first_fit(
    problem: object, statuses: list[str], n_slots: int, rng: random.Random
) -> list[tuple[int, int, int, str, bool]]:
    """(request index, slot index, table, status, locked) for the accepted requests that fit."""
    from clusterdesk.scheduling import Problem

    assert isinstance(problem, Problem)
    busy: set[tuple[int, int]] = set()
    hosts = set(problem.fixed_table.values())
    free_tables = [t for t in problem.tables if t not in hosts]
    next_free = [0] * n_slots
    taken: set[tuple[int, int]] = set()
    out = []
    order = list(range(n_slots))
    for k, r in enumerate(problem.requests):
        if statuses[k] != "accepted":
            continue
        rng.shuffle(order)
        own = problem.fixed_table.get(r.a, problem.fixed_table.get(r.b))
        for slot in order:
            if (r.a, slot) in busy or (r.b, slot) in busy:
                continue
            if slot in problem.unavailable.get(r.a, ()) or slot in problem.unavailable.get(r.b, ()):
                continue
            if own is not None:
                if (slot, own) in taken:
                    continue
                table = own
            else:
                if next_free[slot] >= len(free_tables):
                    continue
                table = free_tables[next_free[slot]]
                next_free[slot] += 1
            taken.add((slot, table))
            busy.update({(r.a, slot), (r.b, slot)})
            roll = rng.random()
            status = (
                "held"
                if roll < 0.2
                else "no_show"
                if roll < 0.22
                else "cancelled"
                if roll < 0.24
                else "scheduled"
            )
            out.append((k, slot, table, status, rng.random() < 0.03))
            break
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--participants", type=int, default=5000)
    ap.add_argument("--requests", type=int, default=50000)
    ap.add_argument("--tables", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.out.exists():
        print(f"{args.out} exists already", file=sys.stderr)
        return 1
    start = time.perf_counter()
    built = build_big_event(
        args.out,
        participants=args.participants,
        requests=args.requests,
        tables=args.tables,
        seed=args.seed,
    )
    print(
        ", ".join(f"{v:,} {k}" for k, v in built.items()), f"({time.perf_counter() - start:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
