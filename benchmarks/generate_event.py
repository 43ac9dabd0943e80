"""A reproducible generator of brokerage events for the scheduler benchmarks and tests.

``generate(...)`` returns a ``clusterdesk.scheduling.Problem``: slots over ``days`` days with two
sessions a day (morning and afternoon; the lunch pause is not a slot), tables of which a few are
hosts' fixed tables, and accepted requests whose targets follow a Zipf-like popularity (a few
participants are wanted by very many). Some participants are away for part of a day, some have
a per-session cap, some requests are restricted to one session, some have a higher priority.

    python benchmarks/generate_event.py 5000 50000 48 1000 --seed 1   # prints a summary
"""

from __future__ import annotations

import argparse
import random

from clusterdesk.scheduling import Problem, Request, SlotInfo


def generate(
    participants: int,
    requests: int,
    slots: int,
    tables: int,
    *,
    seed: int = 1,
    days: int = 1,
    host_share: float = 0.03,
    away_share: float = 0.15,
    cap_share: float = 0.1,
    restricted_share: float = 0.05,
    popularity: float = 0.9,
) -> Problem:
    rng = random.Random(seed)
    per_day = slots // days
    slot_info = []
    for t in range(slots):
        day = min(t // per_day, days - 1)
        half = 0 if (t - day * per_day) < per_day // 2 else 1
        slot_info.append(SlotInfo(t, day, day * 2 + half))
    sessions = sorted({s.session for s in slot_info})

    # popularity: rank r gets weight 1 / (r + 1) ** popularity, ranks shuffled over people
    ranks = list(range(participants))
    rng.shuffle(ranks)
    weights = [1.0 / (r + 1) ** popularity for r in ranks]
    pairs: set[tuple[int, int]] = set()
    reqs: list[Request] = []
    targets = rng.choices(range(participants), weights=weights, k=requests * 3)
    k = 0
    while len(reqs) < requests and k < len(targets):
        b = targets[k]
        k += 1
        a = rng.randrange(participants)
        if a == b or (min(a, b), max(a, b)) in pairs:
            continue
        pairs.add((min(a, b), max(a, b)))
        allowed = None
        if rng.random() < restricted_share:
            allowed = frozenset({rng.choice(sessions)})
        priority = 2 if rng.random() < 0.1 else 1
        reqs.append(Request(len(reqs) + 1, a, b, priority, allowed))

    unavailable: dict[int, frozenset[int]] = {}
    for p in range(participants):
        if rng.random() < away_share:
            start = rng.randrange(slots)
            length = rng.randint(1, max(1, per_day // 3))
            unavailable[p] = frozenset(range(start, min(slots, start + length)))

    table_ids = tuple(range(1, tables + 1))
    hosts = rng.sample(range(participants), int(participants * host_share))
    hosts = hosts[: tables // 4]
    fixed_table = {p: table_ids[j] for j, p in enumerate(hosts)}
    caps = {
        p: rng.randint(max(2, per_day // 4), max(3, per_day // 2))
        for p in range(participants)
        if rng.random() < cap_share
    }
    return Problem(
        n_participants=participants,
        slots=tuple(slot_info),
        tables=table_ids,
        requests=tuple(reqs),
        unavailable=unavailable,
        fixed_table=fixed_table,
        cap_per_session=caps,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("participants", type=int)
    ap.add_argument("requests", type=int)
    ap.add_argument("slots", type=int)
    ap.add_argument("tables", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=1)
    args = ap.parse_args()
    pb = generate(
        args.participants, args.requests, args.slots, args.tables, seed=args.seed, days=args.days
    )
    deg = [0] * pb.n_participants
    for r in pb.requests:
        deg[r.a] += 1
        deg[r.b] += 1
    print(
        f"{pb.n_participants} participants, {len(pb.requests)} requests, {pb.n_slots} slots, "
        f"{pb.n_tables} tables ({len(pb.fixed_table)} hosts), max requests per person "
        f"{max(deg)}, over {pb.n_slots}: {sum(d > pb.n_slots for d in deg)}"
    )


if __name__ == "__main__":
    main()
