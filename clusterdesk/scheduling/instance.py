"""The problem compiled for the solvers: dense int arrays, kept meetings folded into capacities.

Requests that cannot be placed whatever the others do get their reason here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .problem import (
    FREE_POOL,
    REASON_CAP,
    REASON_NO_COMMON_SLOT,
    REASON_NO_TABLE,
    REASON_UNKNOWN_PARTICIPANT,
    Problem,
    Request,
    Unscheduled,
)


class ProblemError(ValueError):
    """The input contradicts itself (e.g. two locked meetings of one person in one slot)."""


@dataclass
class Instance:
    """Only the requests still to place (index ``i``), with what is left for them."""

    problem: Problem
    reqs: list[Request]
    ra: list[int]
    rb: list[int]
    weight: list[int]
    allowed: list[list[int]]  # slots each request may use, ascending
    res: list[int]  # table resource index: 0 = free pool, k >= 1 = a fixed table
    res_table: list[int]  # resource index -> table id (FREE_POOL for 0)
    res_cap: list[list[int]]  # [resource][slot] capacity left after kept meetings
    n_part: int
    n_slots: int
    slot_day: list[int]
    slot_session: list[int]
    sessions: list[int]  # distinct session ids
    sess_index: list[int]  # slot -> index into sessions
    cap_left: list[list[int] | None]  # [participant][session index] meetings left, None = no cap
    kept_busy: list[set[int]]  # slots where a participant is in a kept meeting
    rejected: list[Unscheduled]

    @property
    def n(self) -> int:
        return len(self.reqs)

    def day_start(self, t: int) -> bool:
        """True when slot ``t`` is the first of its day (no slot t-1 on the same day)."""
        return t == 0 or self.slot_day[t - 1] != self.slot_day[t]


def compile_problem(problem: Problem) -> Instance:
    n_slots = problem.n_slots
    slot_day = [s.day for s in problem.slots]
    slot_session = [s.session for s in problem.slots]
    sessions = sorted(set(slot_session))
    sidx = {s: i for i, s in enumerate(sessions)}
    sess_index = [sidx[s] for s in slot_session]
    n_part = problem.n_participants
    by_id = {r.id: r for r in problem.requests}
    if len(by_id) != len(problem.requests):
        raise ProblemError("request ids are not unique")

    fixed = sorted(set(problem.fixed_table.values()))
    res_table = [FREE_POOL] + fixed
    ridx = {t: i for i, t in enumerate(res_table)}
    n_free = len(problem.free_tables())
    res_cap = [[n_free] * n_slots] + [[1] * n_slots for _ in fixed]

    kept_busy: list[set[int]] = [set() for _ in range(n_part)]
    cap_used = [[0] * len(sessions) for _ in range(n_part)]
    kept = problem.kept()
    kept_ids = set()
    for asg in kept:
        req = by_id.get(asg.request_id)
        if req is None:
            raise ProblemError(f"kept meeting of unknown request {asg.request_id}")
        if asg.request_id in kept_ids:
            raise ProblemError(f"request {asg.request_id} kept twice")
        kept_ids.add(asg.request_id)
        for p in (req.a, req.b):
            if asg.slot in kept_busy[p]:
                raise ProblemError(f"participant {p} has two kept meetings in slot {asg.slot}")
            kept_busy[p].add(asg.slot)
            cap_used[p][sess_index[asg.slot]] += 1
        r = ridx.get(asg.table, 0)
        if res_cap[r][asg.slot] <= 0:
            raise ProblemError(f"table {asg.table} used twice in slot {asg.slot}")
        res_cap[r][asg.slot] -= 1

    cap_left: list[list[int] | None] = []
    for p in range(n_part):
        c = problem.cap(p)
        cap_left.append(None if c is None else [max(0, c - u) for u in cap_used[p]])

    inst = Instance(
        problem, [], [], [], [], [], [], res_table, res_cap, n_part, n_slots, slot_day,
        slot_session, sessions, sess_index, cap_left, kept_busy, [],
    )  # fmt: skip
    for req in problem.requests:
        if req.id in kept_ids:
            continue
        if not (0 <= req.a < n_part and 0 <= req.b < n_part) or req.a == req.b:
            inst.rejected.append(Unscheduled(req.id, REASON_UNKNOWN_PARTICIPANT))
            continue
        r = ridx[problem.table_resource(req)]
        una = problem.unavailable.get(req.a, frozenset())
        unb = problem.unavailable.get(req.b, frozenset())
        common = [
            t
            for t in range(n_slots)
            if t not in una
            and t not in unb
            and (req.allowed_sessions is None or slot_session[t] in req.allowed_sessions)
        ]
        free = [t for t in common if t not in kept_busy[req.a] and t not in kept_busy[req.b]]
        if not free:
            inst.rejected.append(Unscheduled(req.id, REASON_NO_COMMON_SLOT))
            continue
        capped = [t for t in free if _cap_ok(cap_left, req.a, req.b, sess_index[t])]
        if not capped:
            inst.rejected.append(Unscheduled(req.id, REASON_CAP))
            continue
        tabled = [t for t in capped if res_cap[r][t] > 0]
        if not tabled:
            inst.rejected.append(Unscheduled(req.id, REASON_NO_TABLE))
            continue
        inst.reqs.append(req)
        inst.ra.append(req.a)
        inst.rb.append(req.b)
        inst.weight.append(max(1, req.priority))
        inst.allowed.append(tabled)
        inst.res.append(r)
    return inst


def _cap_ok(cap_left: list[list[int] | None], a: int, b: int, s: int) -> bool:
    ca, cb = cap_left[a], cap_left[b]
    return (ca is None or ca[s] > 0) and (cb is None or cb[s] > 0)
