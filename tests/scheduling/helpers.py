"""Small problems and an exhaustive reference solver for the scheduler tests."""

from __future__ import annotations

import itertools
import random

from clusterdesk.scheduling import Problem, Request, SlotInfo


def one_day(n_slots: int, sessions: int = 1) -> tuple[SlotInfo, ...]:
    per = max(1, n_slots // sessions)
    return tuple(SlotInfo(t, 0, min(t // per, sessions - 1)) for t in range(n_slots))


def random_problem(
    rng: random.Random, n_part: int, n_req: int, n_slots: int, n_tables: int, *, extras: bool = True
) -> Problem:
    pairs = list(itertools.combinations(range(n_part), 2))
    rng.shuffle(pairs)
    reqs = []
    for k, (a, b) in enumerate(pairs[:n_req]):
        allowed = None
        if extras and rng.random() < 0.15:
            allowed = frozenset({rng.randrange(2)})
        reqs.append(Request(100 + k, a, b, rng.choice([1, 1, 2]) if extras else 1, allowed))
    unavailable = {}
    if extras:
        for p in range(n_part):
            if rng.random() < 0.3:
                unavailable[p] = frozenset(
                    rng.sample(range(n_slots), rng.randint(1, min(2, n_slots)))
                )
    fixed = {}
    if extras and n_tables > 1 and rng.random() < 0.5:
        fixed = {rng.randrange(n_part): 1}
    caps = {rng.randrange(n_part): 1} if extras and rng.random() < 0.3 else {}
    return Problem(
        n_participants=n_part,
        slots=one_day(n_slots, 2 if n_slots >= 4 else 1),
        tables=tuple(range(1, n_tables + 1)),
        requests=tuple(reqs),
        unavailable=unavailable,
        fixed_table=fixed,
        cap_per_session=caps,
    )


def brute_force(pb: Problem, fairness: int | None = None) -> tuple[int, int]:
    """Best (placed priority weight, -breaks) over every way to place the requests; with
    ``fairness`` d, among the schedules placing the most weight those whose participants (with
    a meeting) have break counts within d of each other come first, when there are any."""
    opts = []
    for r in pb.requests:
        slots = [
            t
            for t in range(pb.n_slots)
            if t not in pb.unavailable.get(r.a, frozenset())
            and t not in pb.unavailable.get(r.b, frozenset())
            and (r.allowed_sessions is None or pb.slots[t].session in r.allowed_sessions)
        ]
        opts.append([-1] + slots)
    free_tables = len([t for t in pb.tables if t not in set(pb.fixed_table.values())])
    best = (0, 0, 0)
    for combo in itertools.product(*opts):
        busy: dict[int, set[int]] = {}
        use: dict[tuple[object, int], int] = {}
        per_sess: dict[tuple[int, int], int] = {}
        ok = True
        weight = 0
        for r, t in zip(pb.requests, combo, strict=True):
            if t < 0:
                continue
            weight += r.priority
            for p in (r.a, r.b):
                if t in busy.setdefault(p, set()):
                    ok = False
                busy[p].add(t)
                key = (p, pb.slots[t].session)
                per_sess[key] = per_sess.get(key, 0) + 1
                cap = pb.cap_per_session.get(p, pb.default_cap)
                if cap is not None and per_sess[key] > cap:
                    ok = False
            table = pb.fixed_table.get(r.a, pb.fixed_table.get(r.b))
            res = ("fixed", table) if table is not None else ("free", 0)
            use[(res, t)] = use.get((res, t), 0) + 1
            if use[(res, t)] > (1 if table is not None else free_tables):
                ok = False
            if not ok:
                break
        if not ok:
            continue
        per = []
        for slots in busy.values():
            s = sorted(slots)
            per.append(sum(1 for x, y in zip(s, s[1:], strict=False) if y - x > 1))
        fair = fairness is None or not per or max(per) - min(per) <= fairness
        best = max(best, (weight, int(fair), -sum(per)))
    return best[0], best[2]
