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
    masks = _Masks(problem, kept_at)
    out = []
    for p in sorted(slots_of):
        breaks = count_breaks_of(problem, slots_of[p])
        lb = 0
        reasons: list[str] = []
        if breaks:  # (nobody can have fewer than none: the bound is only needed with breaks)
            reqs = [by_id[r] for r in placed.get(p, [])]
            lb = masks.own_bound(p, reqs, frozenset())
            if lb > 0:
                for relax in RELAXATIONS:
                    if masks.own_bound(p, reqs, frozenset({relax})) < lb:
                        reasons.append(relax)
        out.append(ParticipantBreaks(p, len(slots_of[p]), breaks, min(lb, breaks), tuple(reasons)))
    return out


def _bits(slots: set[int] | frozenset[int]) -> int:
    m = 0
    for t in slots:
        m |= 1 << t
    return m


class _Masks:
    """The problem's restrictions as slot bitmasks, for fast per-participant bounds."""

    def __init__(self, problem: Problem, kept_at: dict[int, set[int]]) -> None:
        n = problem.n_slots
        self.problem = problem
        self.full = (1 << n) - 1
        self.unavailable = {p: _bits(ts) for p, ts in problem.unavailable.items()}
        self.session: dict[int, int] = {}
        self.days: dict[int, int] = {}
        for slot in problem.slots:
            self.session[slot.session] = self.session.get(slot.session, 0) | 1 << slot.index
            self.days[slot.day] = self.days.get(slot.day, 0) | 1 << slot.index
        self.kept = {p: _bits(ts) for p, ts in kept_at.items()}
        self.taken = {t: _bits(ts) for t, ts in _kept_tables(problem).items()}
        self.day_start = [
            t == 0 or problem.slots[t - 1].day != problem.slots[t].day for t in range(n)
        ]

    def own_bound(self, p: int, reqs: list[Request], relaxed: frozenset[str]) -> int:
        """Fewest breaks ``p`` can have with ``reqs`` placed and the kept meetings where they
        are, whatever everybody else does, with the restrictions ``relaxed`` lifted."""
        problem = self.problem
        avail = REASON_AVAILABILITY not in relaxed
        keep = REASON_KEPT not in relaxed
        mine = self.unavailable.get(p, 0) if avail else 0
        possible = 0
        for r in reqs:
            q = r.b if r.a == p else r.a
            m = self.full & ~mine
            if avail:
                m &= ~self.unavailable.get(q, 0)
            if REASON_SESSION not in relaxed and r.allowed_sessions is not None:
                m &= sum(self.session.get(s, 0) for s in r.allowed_sessions)
            if REASON_FIXED_TABLE not in relaxed:
                m &= ~self.taken.get(problem.table_resource(r), 0)
            if keep:
                m &= ~self.kept.get(q, 0)
            possible |= m
        kept = self.kept.get(p, 0)
        degree = len(reqs)
        if keep:
            possible &= ~kept
        elif kept:  # the kept meetings could be anywhere p is free
            degree += kept.bit_count()
            possible |= self.full & ~mine
            kept = 0
        if not kept and self._has_run(possible, degree):
            return 0
        n = problem.n_slots
        pos = [bool(possible >> t & 1) for t in range(n)]
        forced = [bool(kept >> t & 1) for t in range(n)]
        return participant_lower_bound(pos, forced, degree, self.day_start)

    def _has_run(self, possible: int, degree: int) -> bool:
        """``degree`` consecutive possible slots within one day?"""
        if degree <= 0:
            return True
        runs = possible
        for k in range(1, degree):
            runs &= possible >> k
        return any(runs & day & (day >> (degree - 1)) for day in self.days.values())


def _kept_tables(problem: Problem) -> dict[int, set[int]]:
    """Fixed table -> slots where a kept meeting occupies it."""
    fixed = set(problem.fixed_table.values())
    taken: dict[int, set[int]] = {}
    for a in problem.kept():
        if a.table in fixed:
            taken.setdefault(a.table, set()).add(a.slot)
    return taken
