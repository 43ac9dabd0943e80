"""A propositional model of "place a given set of meetings (all, or as many as the bound says),
with few breaks".

Variables (1-based ints, as SAT solvers want them):
- ``x[i, t]``: request ``i`` is held in slot ``t`` (only for its allowed slots);
- ``placed[i]`` (optional placement only): request ``i`` is held at all;
- ``busy[p, t]``: participant ``p`` meets in slot ``t``;
- ``before[p, t]``: ``p`` met in some slot of the same day before ``t``;
- ``brk[p, t]``: a break of ``p`` ends at ``t`` (busy at t, idle at t-1, busy earlier that day),
  defined in both directions, so that counting break literals counts breaks exactly.

Minimising the number of true ``brk`` literals minimises the total breaks. Implied constraints
that make solvers much faster (measured, see docs/scheduler.md): each participant's busy slots
number their meetings; a per-participant lower bound on breaks from their possible slots alone
(exact DP); "one block of consecutive slots" clauses for one-day participants without a forced
break; and per slot, at most twice the tables' capacity of participants are busy. Tables enter
only as a per-slot capacity of each table resource.

Fairness (optional): no two participants' break counts differ by more than ``d``, with a unary
counter of each participant's breaks; ``window`` bounds single participants' breaks (used by the
large-neighbourhood search, where the other participants' counts are fixed).

The model is backend-neutral: clauses plus cardinality constraints, translated by the SAT back
end (``maxsat.py``).
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
    # sum(lits) <= k, to be expanded with a totalizer (long lists, large k)
    atmost_tot: list[tuple[list[int], int]] = field(default_factory=list)
    # sum(lits) >= k when literal g is true: (lits, k, g)
    guarded: list[tuple[list[int], int, int]] = field(default_factory=list)
    soft: list[int] = field(default_factory=list)  # literals we want false (a break each)
    x: dict[tuple[int, int], int] = field(default_factory=dict)
    placed: dict[int, int] = field(default_factory=dict)  # request -> literal (optional only)
    brk: dict[int, list[int]] = field(default_factory=dict)  # participant -> break literals
    lower_bound: int = 0  # sum of the per-participant bounds (when every request is placed)
    # definitions of the auxiliary variables, in creation order: (var, "or"|"and", literals)
    defs: list[tuple[int, str, list[int]]] = field(default_factory=list)

    def new(self) -> int:
        self.n_vars += 1
        return self.n_vars

    def define(self, kind: str, lits: list[int]) -> int:
        """A new variable equal to the OR / AND of ``lits``."""
        v = self.new()
        self.defs.append((v, kind, lits))
        if kind == "or":
            self.clauses.append([-v] + lits)
            self.clauses.extend([-q, v] for q in lits)
        else:
            self.clauses.append([v] + [-q for q in lits])
            self.clauses.extend([-v, q] for q in lits)
        return v

    def contradiction(self) -> None:
        """Make the model unsatisfiable (an empty clause, in a form every solver takes)."""
        v = self.new()
        self.clauses.extend([[v], [-v]])

    def assignment(self, slots: list[int]) -> list[bool]:
        """Values of all variables (index = var) for a schedule given as slot per request."""
        val = [False] * (self.n_vars + 1)
        for (i, t), v in self.x.items():
            val[v] = slots[i] == t
        for v, kind, lits in self.defs:
            got = [val[q] if q > 0 else not val[-q] for q in lits]
            val[v] = any(got) if kind == "or" else all(got)
        return val

    def unary(self, lits: list[int]) -> list[int]:
        """``out[k]`` is true exactly when at least ``k + 1`` of ``lits`` are true."""
        row: list[int] = []
        for lit in lits:
            nxt = []
            for k in range(len(row) + 1):
                same = [row[k]] if k < len(row) else []  # at least k + 1 before
                if k == 0:
                    nxt.append(self.define("or", same + [lit]))
                else:
                    both = self.define("and", [row[k - 1], lit])
                    nxt.append(self.define("or", same + [both]))
            row = nxt
        return row


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


def requests_by_participant(inst: Instance, chosen: list[int]) -> dict[int, list[int]]:
    by_part: dict[int, list[int]] = {}
    for i in chosen:
        by_part.setdefault(inst.ra[i], []).append(i)
        by_part.setdefault(inst.rb[i], []).append(i)
    return by_part


def own_lower_bound(inst: Instance, p: int, reqs: list[int]) -> int:
    """The fewest breaks ``p`` can have with all of ``reqs`` placed, ignoring everybody else."""
    day_start = [inst.day_start(t) for t in range(inst.n_slots)]
    slots: set[int] = set()
    for i in reqs:
        slots.update(inst.allowed[i])
    kept = inst.kept_busy[p]
    pos = [t in slots and t not in kept for t in range(inst.n_slots)]
    forced = [t in kept for t in range(inst.n_slots)]
    return participant_lower_bound(pos, forced, len(reqs), day_start)


def breaks_lower_bound(inst: Instance, chosen: list[int]) -> int:
    """Sum of the per-participant lower bounds (the same as ``encode(...).lower_bound``)."""
    return sum(
        own_lower_bound(inst, p, reqs) for p, reqs in requests_by_participant(inst, chosen).items()
    )


@dataclass(frozen=True)
class Options:
    """``optional``: requests may stay unplaced (``placed`` literals; bound them from outside).
    ``fairness``: most allowed difference of two participants' breaks (None: no limit).
    ``window``: participant -> (least, most) breaks allowed (the others' counts being fixed).
    ``slot_busy``: the implied "busy participants per slot <= 2 x tables" constraints.
    ``busy_tables``: when every request uses the free pool, state its capacity as "busy
    participants per slot <= 2 x free tables" (a totalizer) instead of "meetings per slot <=
    free tables" (a cardinality network over the meeting literals): equivalent there, a third
    of the model's size, and a different search (see docs/scheduler.md).
    ``bounds``: the implied per-participant lower bounds on breaks."""

    optional: bool = False
    fairness: int | None = None
    window: dict[int, tuple[int, int]] = field(default_factory=dict)
    slot_busy: bool = True
    bounds: bool = True
    busy_tables: bool = False


def encode(inst: Instance, chosen: list[int], options: Options | None = None) -> Encoding:
    """Model placing the requests ``chosen`` (indices into ``inst.reqs``)."""
    opt = options or Options()
    enc = Encoding()
    by_part = requests_by_participant(inst, chosen)
    for i in chosen:
        lits = []
        for t in inst.allowed[i]:
            v = enc.new()
            enc.x[(i, t)] = v
            lits.append(v)
        if opt.optional:
            enc.placed[i] = enc.define("or", lits)
            if len(lits) > 1:
                enc.atmost.append((lits, 1))
        else:
            enc.exactly.append((lits, 1))
    # one table resource for every request: busy participants = 2 x meetings in each slot
    pooled = opt.busy_tables and all(inst.res[i] == 0 for i in chosen)
    _capacities(enc, inst, pooled)
    true_lit = enc.define("and", [])
    busy_at: dict[int, list[int]] = {}
    counters: dict[int, list[int]] = {}
    for p, reqs in by_part.items():
        busy = _busy(enc, inst, p, reqs, true_lit)
        for t, b in enumerate(busy):
            if b is not None and b != true_lit:
                busy_at.setdefault(t, []).append(b)
        brks = _breaks(enc, inst, busy)
        enc.brk[p] = brks
        enc.soft.extend(brks)
        lb = own_lower_bound(inst, p, reqs) if opt.bounds else 0
        if opt.fairness is not None:
            counters[p] = enc.unary(brks)
        if lb > 0 and not opt.optional:
            enc.atleast.append((brks, lb))
            enc.lower_bound += lb
        elif lb > 0:  # the bound holds when all of p's requests are placed
            enc.guarded.append((brks, lb, enc.define("and", [enc.placed[i] for i in reqs])))
        elif not inst.kept_busy[p]:
            guard = [enc.placed[i] for i in reqs] if opt.optional else []
            _blocks(enc, busy, brks, len(reqs), inst.slot_day, guard)
    if pooled:
        for t, lits in busy_at.items():
            room = 2 * inst.res_cap[0][t]
            if len(lits) > room:
                enc.atmost_tot.append((lits, room))
    elif opt.slot_busy:
        for t, lits in busy_at.items():
            room = 2 * sum(row[t] for row in inst.res_cap)
            if len(lits) > room:
                enc.atmost.append((lits, room))
    for p, (lo, hi) in opt.window.items():
        out = counters.get(p)
        brks = enc.brk.get(p, [])
        if lo > len(brks):
            enc.contradiction()
        elif lo > 0 and out:
            enc.clauses.append([out[lo - 1]])
        elif lo > 0:
            enc.atleast.append((brks, lo))
        if hi < len(brks) and out:
            enc.clauses.append([-out[hi]])
        elif hi < len(brks):
            enc.atmost.append((brks, hi))
    if opt.fairness is not None:
        absent = {}  # with optional placement: p has no meeting at all (not counted)
        if opt.optional:
            for p, reqs in by_part.items():
                if not inst.kept_busy[p]:
                    absent[p] = enc.define("and", [-enc.placed[i] for i in reqs])
        _fair(enc, counters, opt.fairness, absent)
    return enc


def _capacities(enc: Encoding, inst: Instance, pooled: bool) -> None:
    """Table resources per slot (``pooled``: stated on the busy flags instead, by the caller)
    and per-session caps of participants."""
    per_res: dict[tuple[int, int], list[int]] = {}
    per_cap: dict[tuple[int, int], list[int]] = {}
    for (i, t), v in enc.x.items():
        per_res.setdefault((inst.res[i], t), []).append(v)
        s = inst.sess_index[t]
        for p in (inst.ra[i], inst.rb[i]):
            if inst.cap_left[p] is not None:
                per_cap.setdefault((p, s), []).append(v)
    for (r, t), lits in per_res.items():
        if not pooled and len(lits) > inst.res_cap[r][t]:
            enc.atmost.append((lits, inst.res_cap[r][t]))
    for (p, s), lits in per_cap.items():
        left = inst.cap_left[p]
        assert left is not None
        if len(lits) > left[s]:
            enc.atmost.append((lits, left[s]))


def _busy(
    enc: Encoding, inst: Instance, p: int, reqs: list[int], true_lit: int
) -> list[int | None]:
    """busy[t] of ``p`` (None: never busy; ``true_lit``: a kept meeting), one meeting per slot,
    and the implied count: busy slots = placed meetings."""
    kept = inst.kept_busy[p]
    busy: list[int | None] = []
    for t in range(inst.n_slots):
        xs = [enc.x[(i, t)] for i in reqs if (i, t) in enc.x]
        if t in kept:
            busy.append(true_lit)
        elif not xs:
            busy.append(None)
        else:
            busy.append(enc.define("or", xs))
            if len(xs) > 1:
                enc.atmost.append((xs, 1))
    free = [b for t, b in enumerate(busy) if b is not None and t not in kept]
    if enc.placed:  # optional placement: busy + unplaced = degree
        enc.exactly.append((free + [-enc.placed[i] for i in reqs], len(reqs)))
    else:
        enc.exactly.append((free, len(reqs)))
    return busy


def _breaks(enc: Encoding, inst: Instance, busy: list[int | None]) -> list[int]:
    brks: list[int] = []
    before: int | None = None  # literal "busy earlier today, before t"
    for t in range(inst.n_slots):
        if inst.day_start(t):
            before = None
        cur = busy[t]
        prev = busy[t - 1] if t > 0 and not inst.day_start(t) else None
        if cur is not None and before is not None:
            # a break ends at t: cur and not prev and before
            brks.append(enc.define("and", [cur, before] + ([-prev] if prev is not None else [])))
        if cur is None:
            continue
        before = cur if before is None else enc.define("or", [before, cur])
    return brks


def _blocks(
    enc: Encoding,
    busy: list[int | None],
    brks: list[int],
    degree: int,
    slot_day: list[int],
    unplaced_guard: list[int],
) -> None:
    """Redundant "one block" clauses for a participant whose meetings fit on one day: unless one
    of ``brks`` is true (or, with optional placement, one of their requests is left out), the
    ``degree`` busy slots are ``degree`` consecutive slots starting at one of the possible starts.
    (Valid with breaks too: every clause contains all of ``brks``.)"""
    n = len(busy)
    days = {slot_day[t] for t in range(n) if busy[t] is not None}
    if len(days) != 1:
        return
    guard = brks + [-q for q in unplaced_guard]
    starts: list[tuple[int, int]] = []  # (start slot, var)
    for s in range(n - degree + 1):
        block = range(s, s + degree)
        if slot_day[s + degree - 1] != slot_day[s] or any(busy[t] is None for t in block):
            continue
        v = enc.define("and", [b for t in block if (b := busy[t]) is not None])
        starts.append((s, v))
    enc.clauses.append([v for _s, v in starts] + guard)
    for t in range(n):
        b = busy[t]
        if b is None:
            continue
        cover = [v for s, v in starts if s <= t < s + degree]
        enc.clauses.append([-b] + cover + guard)


def _fair(enc: Encoding, counters: dict[int, list[int]], d: int, absent: dict[int, int]) -> None:
    """max - min <= d over the participants in the model with a meeting (``absent[p]``: p has
    none): for every k, if anybody has more than k + d breaks then everybody has more than k."""
    most = max((len(c) for c in counters.values()), default=0)
    for k in range(max(0, most - d)):
        some = [c[k + d] for c in counters.values() if len(c) > k + d]
        if not some:
            continue
        g = enc.define("or", some)
        for p, c in counters.items():
            out = [absent[p]] if p in absent else []
            enc.clauses.append([-g] + ([c[k]] if len(c) > k else []) + out)


def fair_window(fixed: dict[int, int], d: int) -> tuple[int, int] | None:
    """Breaks allowed to the participants in a model when those outside it have the ``fixed``
    counts (None: the fixed ones already differ by more than ``d``)."""
    if not fixed:
        return (0, 1 << 20)
    lo, hi = max(fixed.values()) - d, min(fixed.values()) + d
    return (max(0, lo), hi) if lo <= hi else None
