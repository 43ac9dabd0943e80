"""A propositional model of "place every meeting of a given set, with few breaks".

Variables (1-based ints, as SAT solvers want them):
- ``x[i, t]``: request ``i`` is held in slot ``t`` (only for its allowed slots);
- ``busy[p, t]``: participant ``p`` meets in slot ``t``;
- ``before[p, t]``: ``p`` met in some slot of the same day before ``t``;
- ``brk[p, t]``: a break of ``p`` ends at ``t`` (busy at t, idle at t-1, busy earlier that day).

Minimising the number of true ``brk`` literals minimises the total breaks. Redundant constraints
that make solvers much faster: the number of busy slots of each participant equals their number of
meetings, and a per-participant lower bound on breaks computed from their possible slots alone.
Tables enter only as a per-slot capacity of each table resource.

The model is backend-neutral: clauses plus cardinality constraints, translated by the MaxSAT
(``maxsat.py``) and CP-SAT (``cpsat.py``) back ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .instance import Instance


@dataclass
class Encoding:
    n_vars: int = 0
    clauses: list[list[int]] = field(default_factory=list)
    atmost: list[tuple[list[int], int]] = field(default_factory=list)  # sum(lits) <= k
    exactly: list[tuple[list[int], int]] = field(default_factory=list)  # sum(lits) == k
    atleast: list[tuple[list[int], int]] = field(default_factory=list)  # sum(lits) >= k
    soft: list[int] = field(default_factory=list)  # literals we want false (a break each)
    x: dict[tuple[int, int], int] = field(default_factory=dict)
    lower_bound: int = 0
    # definitions of the auxiliary variables, in creation order: (var, "or"|"and", literals)
    defs: list[tuple[int, str, list[int]]] = field(default_factory=list)

    def new(self) -> int:
        self.n_vars += 1
        return self.n_vars

    def assignment(self, slots: list[int]) -> list[bool]:
        """Values of all variables (index = var) for a schedule given as slot per request."""
        val = [False] * (self.n_vars + 1)
        for (i, t), v in self.x.items():
            val[v] = slots[i] == t
        for v, kind, lits in self.defs:
            got = [val[q] if q > 0 else not val[-q] for q in lits]
            val[v] = any(got) if kind == "or" else all(got)
        return val


def participant_lower_bound(
    possible: list[bool], forced: list[bool], degree: int, day_start: list[bool]
) -> int:
    """Fewest breaks for one participant who must be busy in ``degree`` of the ``possible`` slots
    (beside the ``forced`` ones), ignoring everybody else. Exact DP over slots."""
    inf = 1 << 30
    n = len(possible)
    # dp[k][s]: min breaks with k chosen slots; s = 0 nothing busy yet today, 1 busy at t-1,
    # 2 busy earlier today but idle at t-1
    dp = [[inf] * 3 for _ in range(degree + 1)]
    dp[0][0] = 0
    for t in range(n):
        if day_start[t]:
            for row in dp:
                best = min(row)
                row[0], row[1], row[2] = best, inf, inf
        new = [[inf] * 3 for _ in range(degree + 1)]
        for k in range(degree + 1):
            for s in range(3):
                v = dp[k][s]
                if v >= inf:
                    continue
                if forced[t] or possible[t]:
                    kk = k if forced[t] else k + 1
                    if kk <= degree:
                        cost = v + (1 if s == 2 else 0)
                        if cost < new[kk][1]:
                            new[kk][1] = cost
                if not forced[t]:
                    ns = 0 if s == 0 else 2
                    if v < new[k][ns]:
                        new[k][ns] = v
        dp = new
    best = min(dp[degree])
    return 0 if best >= inf else best


def breaks_lower_bound(inst: Instance, chosen: list[int]) -> int:
    """Sum of the per-participant lower bounds (the same as ``encode(...).lower_bound``)."""
    day_start = [inst.day_start(t) for t in range(inst.n_slots)]
    possible: dict[int, set[int]] = {}
    degree: dict[int, int] = {}
    for i in chosen:
        for p in (inst.ra[i], inst.rb[i]):
            possible.setdefault(p, set()).update(inst.allowed[i])
            degree[p] = degree.get(p, 0) + 1
    total = 0
    for p, slots in possible.items():
        kept = inst.kept_busy[p]
        pos = [t in slots and t not in kept for t in range(inst.n_slots)]
        forced = [t in kept for t in range(inst.n_slots)]
        total += participant_lower_bound(pos, forced, degree[p], day_start)
    return total


def encode(inst: Instance, chosen: list[int]) -> Encoding:
    """Model placing exactly the requests ``chosen`` (indices into ``inst.reqs``)."""
    enc = Encoding()
    n_slots = inst.n_slots
    day_start = [inst.day_start(t) for t in range(n_slots)]
    by_part: dict[int, list[int]] = {}
    for i in chosen:
        by_part.setdefault(inst.ra[i], []).append(i)
        by_part.setdefault(inst.rb[i], []).append(i)
        lits = []
        for t in inst.allowed[i]:
            v = enc.new()
            enc.x[(i, t)] = v
            lits.append(v)
        enc.exactly.append((lits, 1))

    # table resources and caps
    per_res: dict[tuple[int, int], list[int]] = {}
    per_cap: dict[tuple[int, int], list[int]] = {}
    for (i, t), v in enc.x.items():
        per_res.setdefault((inst.res[i], t), []).append(v)
        s = inst.sess_index[t]
        for p in (inst.ra[i], inst.rb[i]):
            if inst.cap_left[p] is not None:
                per_cap.setdefault((p, s), []).append(v)
    for (r, t), lits in per_res.items():
        if len(lits) > inst.res_cap[r][t]:
            enc.atmost.append((lits, inst.res_cap[r][t]))
    for (p, s), lits in per_cap.items():
        left = inst.cap_left[p]
        assert left is not None
        if len(lits) > left[s]:
            enc.atmost.append((lits, left[s]))

    true_lit = enc.new()
    enc.clauses.append([true_lit])
    enc.defs.append((true_lit, "and", []))
    for p, reqs in by_part.items():
        kept = inst.kept_busy[p]
        busy: list[int | None] = []  # None = never busy
        for t in range(n_slots):
            xs = [enc.x[(i, t)] for i in reqs if (i, t) in enc.x]
            if t in kept:
                busy.append(true_lit)
                continue
            if not xs:
                busy.append(None)
                continue
            b = enc.new()
            enc.defs.append((b, "or", xs))
            busy.append(b)
            enc.clauses.append([-b] + xs)
            for v in xs:
                enc.clauses.append([-v, b])
            if len(xs) > 1:
                enc.atmost.append((xs, 1))
        free_busy = [b for t, b in enumerate(busy) if b is not None and t not in kept]
        enc.exactly.append((free_busy, len(reqs)))

        brks: list[int] = []
        before: int | None = None  # literal "busy earlier today, before t"
        for t in range(n_slots):
            if day_start[t]:
                before = None
            cur = busy[t]
            prev = busy[t - 1] if t > 0 and not day_start[t] else None
            if cur is not None and before is not None:
                # break ends at t: cur and not prev and before
                k = enc.new()
                brks.append(k)
                clause = [-cur, -before, k]
                if prev is not None:
                    clause.insert(1, prev)
                enc.clauses.append(clause)
                enc.defs.append((k, "and", [-q for q in clause if q != k]))
            # before[t+1] = before[t] or busy[t]
            if cur is None:
                continue
            if before is None:
                before = cur
            else:
                nb = enc.new()
                enc.defs.append((nb, "or", [before, cur]))
                enc.clauses.append([-before, nb])
                enc.clauses.append([-cur, nb])
                enc.clauses.append([-nb, before, cur])
                before = nb
        enc.soft.extend(brks)
        possible = [b is not None and t not in kept for t, b in enumerate(busy)]
        forced = [t in kept for t in range(n_slots)]
        lb = participant_lower_bound(possible, forced, len(reqs), day_start)
        if lb > 0:
            enc.atleast.append((brks, lb))
            enc.lower_bound += lb
        elif not kept:
            _blocks(enc, busy, brks, len(reqs), inst.slot_day)
    return enc


def _blocks(
    enc: Encoding, busy: list[int | None], brks: list[int], degree: int, slot_day: list[int]
) -> None:
    """Redundant "one block" clauses for a participant whose meetings fit on one day: unless one
    of ``brks`` is true, the ``degree`` busy slots are ``degree`` consecutive slots starting at
    one of the possible starts. (Valid with breaks too: every clause contains all of ``brks``.)"""
    n = len(busy)
    days = {slot_day[t] for t in range(n) if busy[t] is not None}
    if len(days) != 1:
        return
    starts: list[tuple[int, int]] = []  # (start slot, var)
    for s in range(n - degree + 1):
        block = range(s, s + degree)
        if slot_day[s + degree - 1] != slot_day[s] or any(busy[t] is None for t in block):
            continue
        v = enc.new()
        enc.defs.append((v, "and", [b for t in block if (b := busy[t]) is not None]))
        starts.append((s, v))
        for t in block:
            b = busy[t]
            assert b is not None
            enc.clauses.append([-v, b])
    enc.clauses.append([v for _s, v in starts] + brks)
    for t in range(n):
        b = busy[t]
        if b is None:
            continue
        cover = [v for s, v in starts if s <= t < s + degree]
        enc.clauses.append([-b] + cover + brks)
