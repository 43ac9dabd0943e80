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
    allowed_mask: list[int]  # the same as a bitmask
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
    unknown = set(fixed) - set(problem.tables)
    if unknown:
        raise ProblemError(f"fixed tables {sorted(unknown)} are not among the tables")
    for i, s in enumerate(problem.slots):
        if s.index != i or (i and s.day < problem.slots[i - 1].day):
            raise ProblemError("slots must be numbered 0.. in time order, days contiguous")
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
        problem,
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        res_table,
        res_cap,
        n_part,
        n_slots,
        slot_day,
        slot_session,
        sessions,
        sess_index,
        cap_left,
        kept_busy,
        [],
    )
    full = (1 << n_slots) - 1
    sess_mask = [0] * len(sessions)
    for t in range(n_slots):
        sess_mask[sess_index[t]] |= 1 << t
    blocked = [0] * n_part  # unavailable or in a kept meeting
    cap_mask = [full] * n_part  # slots of sessions where the participant may still meet
    for p in range(n_part):
        for t in problem.unavailable.get(p, frozenset()):
            if 0 <= t < n_slots:
                blocked[p] |= 1 << t
        for t in kept_busy[p]:
            blocked[p] |= 1 << t
        left = cap_left[p]
        if left is not None:
            for si, c in enumerate(left):
                if c <= 0:
                    cap_mask[p] &= ~sess_mask[si]
    bits_cache: dict[int, list[int]] = {}
    res_mask = [sum(1 << t for t in range(n_slots) if row[t] > 0) for row in res_cap]
    for req in problem.requests:
        if req.id in kept_ids:
            continue
        a, b = req.a, req.b
        if not (0 <= a < n_part and 0 <= b < n_part) or a == b:
            inst.rejected.append(Unscheduled(req.id, REASON_UNKNOWN_PARTICIPANT))
            continue
        r = ridx[problem.table_resource(req)]
        m = full
        if req.allowed_sessions is not None:
            m = 0
            for sess in req.allowed_sessions:
                if sess in sidx:
                    m |= sess_mask[sidx[sess]]
        m &= ~(blocked[a] | blocked[b])
        if not m:
            inst.rejected.append(Unscheduled(req.id, REASON_NO_COMMON_SLOT))
            continue
        m &= cap_mask[a] & cap_mask[b]
        if not m:
            inst.rejected.append(Unscheduled(req.id, REASON_CAP))
            continue
        m &= res_mask[r]
        if not m:
            inst.rejected.append(Unscheduled(req.id, REASON_NO_TABLE))
            continue
        inst.reqs.append(req)
        inst.ra.append(a)
        inst.rb.append(b)
        inst.weight.append(max(1, req.priority))
        row = bits_cache.get(m)
        if row is None:
            row = bits_cache[m] = bits(m)
        inst.allowed.append(row)
        inst.allowed_mask.append(m)
        inst.res.append(r)
    return inst


def bits(m: int) -> list[int]:
    """Indices of the set bits of ``m``, ascending."""
    out = []
    while m:
        low = m & -m
        out.append(low.bit_length() - 1)
        m ^= low
    return out


def participant_capacity(inst: Instance) -> list[int]:
    """Most meetings each participant can still have (usable slots, capped per session)."""
    usable: list[set[int]] = [set() for _ in range(inst.n_part)]
    for i in range(inst.n):
        usable[inst.ra[i]].update(inst.allowed[i])
        usable[inst.rb[i]].update(inst.allowed[i])
    cap = []
    for p in range(inst.n_part):
        left = inst.cap_left[p]
        if left is None:
            cap.append(len(usable[p]))
            continue
        per_sess = [0] * len(inst.sessions)
        for t in usable[p]:
            per_sess[inst.sess_index[t]] += 1
        cap.append(sum(min(c, lft) for c, lft in zip(per_sess, left, strict=True)))
    return cap
