"""Per participant: their breaks in a plan, how many of them no plan could avoid, and why.

A participant's *unavoidable* breaks are the fewest breaks they could have with the meetings the
plan gives them, whatever everybody else does: an exact count over their own possible slots
(``encoding.participant_lower_bound``). The reasons are the restrictions that make them
unavoidable: each is lifted in turn, and it is a reason when the count drops without it —
``availability`` (their own or their partners' unavailable times), ``session`` (meetings bound
to one session), ``fixed table`` (a host table taken by kept meetings in some slots), ``kept``
(locked or kept meetings that cannot move).
"""

from __future__ import annotations

from dataclasses import dataclass

from .encoding import participant_lower_bound
from .problem import Problem, Request, Result

REASON_AVAILABILITY = "availability"
REASON_SESSION = "session"
REASON_FIXED_TABLE = "fixed table"
REASON_KEPT = "kept"
RELAXATIONS = (REASON_AVAILABILITY, REASON_SESSION, REASON_FIXED_TABLE, REASON_KEPT)


@dataclass(frozen=True)
class ParticipantBreaks:
    participant: int
    meetings: int
    breaks: int
    unavoidable: int
    reasons: tuple[str, ...]


def count_breaks_of(problem: Problem, slots: set[int]) -> int:
    ordered = sorted(slots)
    return sum(
        1
        for a, b in zip(ordered, ordered[1:], strict=False)
        if b - a > 1 and problem.slots[a].day == problem.slots[b].day
    )


def participant_breaks(problem: Problem, result: Result) -> list[ParticipantBreaks]:
    """One entry per participant with at least one meeting in ``result``, by participant."""
    by_id = {r.id: r for r in problem.requests}
    kept = {a.request_id for a in problem.kept()}
    slots_of: dict[int, set[int]] = {}
    placed: dict[int, list[int]] = {}  # participant -> request ids placed by the solver
    kept_at: dict[int, set[int]] = {}
    for a in result.assignments:
        req = by_id[a.request_id]
        for p in (req.a, req.b):
            slots_of.setdefault(p, set()).add(a.slot)
            if a.request_id in kept:
                kept_at.setdefault(p, set()).add(a.slot)
            else:
                placed.setdefault(p, []).append(a.request_id)
    table_taken = _kept_tables(problem)
    out = []
    for p in sorted(slots_of):
        breaks = count_breaks_of(problem, slots_of[p])
        reqs = [by_id[r] for r in placed.get(p, [])]
        lb = _own_bound(problem, p, reqs, kept_at, table_taken, frozenset())
        reasons: list[str] = []
        if lb > 0:
            for relax in RELAXATIONS:
                if _own_bound(problem, p, reqs, kept_at, table_taken, frozenset({relax})) < lb:
                    reasons.append(relax)
        out.append(ParticipantBreaks(p, len(slots_of[p]), breaks, min(lb, breaks), tuple(reasons)))
    return out


def _kept_tables(problem: Problem) -> dict[int, set[int]]:
    """Fixed table -> slots where a kept meeting occupies it."""
    fixed = set(problem.fixed_table.values())
    taken: dict[int, set[int]] = {}
    for a in problem.kept():
        if a.table in fixed:
            taken.setdefault(a.table, set()).add(a.slot)
    return taken


def _own_bound(
    problem: Problem,
    p: int,
    reqs: list[Request],
    kept_at: dict[int, set[int]],
    table_taken: dict[int, set[int]],
    relaxed: frozenset[str],
) -> int:
    n = problem.n_slots
    forced_slots = set() if REASON_KEPT in relaxed else kept_at.get(p, set())
    n_kept = len(kept_at.get(p, set()))
    possible: set[int] = set()
    for r in reqs:
        q = r.b if r.a == p else r.a
        table = problem.table_resource(r)
        for t in range(n):
            if REASON_AVAILABILITY not in relaxed and (
                t in problem.unavailable.get(p, frozenset())
                or t in problem.unavailable.get(q, frozenset())
            ):
                continue
            if (
                REASON_SESSION not in relaxed
                and r.allowed_sessions is not None
                and problem.slots[t].session not in r.allowed_sessions
            ):
                continue
            if REASON_FIXED_TABLE not in relaxed and t in table_taken.get(table, set()):
                continue
            if REASON_KEPT not in relaxed and t in kept_at.get(q, set()):
                continue
            possible.add(t)
    degree = len(reqs) + (n_kept if REASON_KEPT in relaxed else 0)
    if REASON_KEPT in relaxed and n_kept:  # the kept meetings could be anywhere p is free
        mine = problem.unavailable.get(p, frozenset())
        possible |= {t for t in range(n) if REASON_AVAILABILITY in relaxed or t not in mine}
    day_start = [t == 0 or problem.slots[t - 1].day != problem.slots[t].day for t in range(n)]
    pos = [t in possible and t not in forced_slots for t in range(n)]
    forced = [t in forced_slots for t in range(n)]
    return participant_lower_bound(pos, forced, degree, day_start)
