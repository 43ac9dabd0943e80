"""Large-neighbourhood search: free the meetings of a few connected participants (or of a window
of slots), keep everything else, and re-place the freed meetings optimally with MaxSAT (RC2):
first as much priority weight as possible (requests left out so far may come in, in exchange for
others of no more weight), then fewest breaks. Anytime: every accepted neighbourhood solution is
at least as good as the current one; equal ones are accepted too (they move the search across
plateaus). With a fairness limit ``d``, no neighbourhood may widen the spread of break counts
beyond ``max(d, the current spread)``."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import replace

from pysat.examples.rc2 import RC2
from pysat.formula import WCNF
from pysat.solvers import Solver

from .encoding import Options, encode, fair_window
from .instance import Instance
from .maxsat import hard_clauses, slots_of_model
from .state import IDLE, State

Improved = Callable[[list[int], int, int], None]  # slots, unplaced weight, breaks
Poll = Callable[[], list[tuple[object, ...]]]
WINDOW_SHARE = 0.15
WINDOW_MAX = 4
START_SIZE = 30
BOUNDS = False
"""The per-participant bounds in neighbourhoods: no gain measured on real events (forum-14,
tic-13crafc, two seeds), and their cardinality constraints cost most of a step at 50,000
requests."""


def sub_instance(inst: Instance, st: State, free: list[int]) -> Instance:
    """The requests ``free`` to re-place, all other placed meetings of ``st`` kept where they
    are. Only the participants of ``free`` get their own busy slots and caps (nobody else is in
    the sub-problem's model); the tables' room is what the other meetings leave."""
    freeset = set(free)
    touched = {inst.ra[i] for i in free} | {inst.rb[i] for i in free}
    kept_busy = list(inst.kept_busy)
    cap_left = list(inst.cap_left)
    for p in touched:
        busy = set(inst.kept_busy[p])
        for t, i in enumerate(st.occ[p]):
            if i >= 0 and i not in freeset:
                busy.add(t)
        kept_busy[p] = busy
        left = inst.cap_left[p]
        counts = st.sess[p]
        if left is not None and counts is not None:
            own = [0] * len(left)
            for i in st.occ[p]:
                if i >= 0 and i in freeset:
                    own[inst.sess_index[st.slot_of[i]]] += 1
            cap_left[p] = [lft - c + o for lft, c, o in zip(left, counts, own, strict=True)]
    res_cap = [
        [c - used for c, used in zip(row, load, strict=True)]
        for row, load in zip(inst.res_cap, st.load, strict=True)
    ]
    for i in free:
        t = st.slot_of[i]
        if t != IDLE:
            res_cap[inst.res[i]][t] += 1
    allowed: list[list[int]] = []
    for i in free:
        a, b, r = inst.ra[i], inst.rb[i], inst.res[i]
        ca, cb = cap_left[a], cap_left[b]
        allowed.append(
            [
                t
                for t in inst.allowed[i]
                if t not in kept_busy[a]
                and t not in kept_busy[b]
                and res_cap[r][t] > 0
                and (ca is None or ca[inst.sess_index[t]] > 0)
                and (cb is None or cb[inst.sess_index[t]] > 0)
            ]
        )
    return replace(
        inst,
        reqs=[inst.reqs[i] for i in free],
        ra=[inst.ra[i] for i in free],
        rb=[inst.rb[i] for i in free],
        weight=[inst.weight[i] for i in free],
        allowed=allowed,
        allowed_mask=[sum(1 << t for t in row) for row in allowed],
        res=[inst.res[i] for i in free],
        res_cap=res_cap,
        cap_left=cap_left,
        kept_busy=kept_busy,
        rejected=[],
    )


PLACE_BUDGET = 2000
"""Conflicts for trying to place more weight in a neighbourhood (a quick look, not a proof:
proving that no more fit is pigeonhole-hard for SAT solvers)."""


def solve_sub(
    sub: Instance, options: Options, unplaced_now: int, solver: str = "g3"
) -> tuple[int, int, list[int]] | None:
    """Re-place a neighbourhood: (unplaced weight, breaks, slots), never leaving out more weight
    than ``unplaced_now``; None when nothing valid was found. With optional requests, first a
    quick attempt to leave out less, then the fewest breaks at the weight reached (plain RC2:
    no core exhaustion/minimisation, measured faster on these many small problems)."""
    enc = encode(sub, list(range(sub.n)), options)
    out = [-enc.placed[i] for i in enc.placed for _ in range(sub.weight[i])]
    bound = unplaced_now
    if out and bound > 0:
        enc.atmost.append((out, bound - 1))
        clauses, _top = hard_clauses(enc)
        enc.atmost.pop()
        with Solver(name=solver, bootstrap_with=clauses) as sat:
            sat.conf_budget(PLACE_BUDGET)
            if sat.solve_limited():
                model = sat.get_model()
                assert model is not None
                slots = slots_of_model(enc, model, sub.n)
                bound = sum(w for w, t in zip(sub.weight, slots, strict=True) if t == IDLE)
    if out and bound < len(out):
        enc.atmost.append((out, bound))
    clauses, top = hard_clauses(enc)
    wcnf = WCNF()
    wcnf.hard = clauses
    wcnf.soft = [[-lit] for lit in enc.soft]
    wcnf.wght = [1] * len(enc.soft)
    wcnf.topw = len(enc.soft) + 1
    wcnf.nv = top
    with RC2(wcnf, solver=solver) as rc2:
        _budget(rc2, SUB_BUDGET)
        try:
            model = rc2.compute()
        except _OutOfBudget:
            return None
        if model is None:
            return None
        slots = slots_of_model(enc, model, sub.n)
        unplaced = sum(w for w, t in zip(sub.weight, slots, strict=True) if t == IDLE)
        breaks = sum(1 for v in enc.soft if model[v - 1] > 0)
        return unplaced, breaks, slots


SUB_BUDGET = 30_000
"""Conflicts one neighbourhood may take (a few that are pigeonhole-hard would take minutes)."""


class _OutOfBudget(Exception):
    pass


def _budget(rc2: RC2, conflicts: int) -> None:
    """Make every SAT call of ``rc2`` share a budget of ``conflicts``; past it, the call
    raises ``_OutOfBudget`` (RC2 itself would read an unfinished call as a proof). RC2 makes all
    its SAT calls through ``_call_oracle``, which is replaced here (until 2026-12-03 the
    oracle's ``solve`` was, which RC2 never calls: no budget applied)."""
    oracle = rc2.oracle
    start = oracle.accum_stats()["conflicts"]

    def call(assumptions: list[int] = [], expect_interrupt: bool = False) -> bool:  # noqa: B006
        left = conflicts - (oracle.accum_stats()["conflicts"] - start)
        if left <= 0:
            raise _OutOfBudget
        oracle.conf_budget(left)
        res = oracle.solve_limited(assumptions=assumptions)
        if res is None:
            raise _OutOfBudget
        return bool(res)

    rc2._call_oracle = call  # type: ignore[method-assign]


class Search:
    def __init__(
        self, inst: Instance, slots: list[int], rng: random.Random, fairness: int | None
    ) -> None:
        self.inst = inst
        self.rng = rng
        self.fairness = fairness
        self.load(slots)
        self.size = START_SIZE
        self._allowed_spread = 0

    def load(self, slots: list[int]) -> None:
        inst = self.inst
        self.st = State(inst)
        self.st.load_slots(slots)
        self.meetings_of: list[list[int]] = [[] for _ in range(inst.n_part)]
        for i in range(inst.n):
            self.meetings_of[inst.ra[i]].append(i)
            self.meetings_of[inst.rb[i]].append(i)

    def unplaced(self) -> int:
        st = self.st
        return sum(w for w, t in zip(self.inst.weight, st.slot_of, strict=True) if t == IDLE)

    def key(self) -> tuple[int, int]:
        return (self.unplaced(), self.st.total_breaks())

    def pick(self) -> list[int]:
        st, inst, rng, size = self.st, self.inst, self.rng, self.size
        with_breaks = [p for p in range(inst.n_part) if st.breaks_of_mask(st.mask[p]) > 0]
        left_out = [i for i in range(inst.n) if st.slot_of[i] == IDLE]
        pool = with_breaks or [p for p in range(inst.n_part) if self.meetings_of[p]]
        if left_out and rng.random() < 0.3:
            i = rng.choice(left_out)
            pool = [inst.ra[i], inst.rb[i]]
        if rng.random() < WINDOW_SHARE and inst.n_slots > 2:
            # a window of slots, for a random part of the participants
            w = rng.randint(2, max(2, min(inst.n_slots, WINDOW_MAX)))
            t0 = rng.randrange(0, inst.n_slots - w + 1)
            cand = [i for i in range(inst.n) if t0 <= st.slot_of[i] < t0 + w]
            rng.shuffle(cand)
            return sorted(cand[:size])
        chosen: set[int] = set()
        free: set[int] = set()
        frontier = [rng.choice(pool)]
        while frontier and len(free) < size:
            p = frontier.pop(rng.randrange(len(frontier)))
            if p in chosen:
                continue
            chosen.add(p)
            for i in self.meetings_of[p]:
                free.add(i)
                q = inst.ra[i] if inst.rb[i] == p else inst.rb[i]
                if q not in chosen:
                    frontier.append(q)
            if not frontier or rng.random() < 0.3:
                frontier.append(rng.choice(pool))
        return sorted(free)

    def options(self, free: list[int]) -> Options | None:
        inst, st = self.inst, self.st
        optional = any(st.slot_of[i] == IDLE for i in free)
        if self.fairness is None:
            return Options(optional=optional, bounds=BOUNDS)
        touched = {inst.ra[i] for i in free} | {inst.rb[i] for i in free}
        counts = {p: st.breaks_of_mask(st.mask[p]) for p in range(inst.n_part) if st.mask[p] != 0}
        spread = max(counts.values(), default=0) - min(counts.values(), default=0)
        d = max(self.fairness, spread)
        self._allowed_spread = d
        fixed = {p: c for p, c in counts.items() if p not in touched}
        window = fair_window(fixed, d)
        if window is None:
            return None
        # the window alone (cheap cardinalities); the spread among the touched ones is
        # checked on the result
        return Options(optional=optional, window=dict.fromkeys(touched, window), bounds=BOUNDS)

    def step(self) -> bool:
        """One neighbourhood; True if the schedule changed for the better."""
        inst, st = self.inst, self.st
        free = self.pick()
        if not free:
            return False
        options = self.options(free)
        if options is None:
            return False
        touched = {inst.ra[i] for i in free} | {inst.rb[i] for i in free}
        before_b = sum(st.breaks_of_mask(st.mask[p]) for p in touched)
        before_u = sum(inst.weight[i] for i in free if st.slot_of[i] == IDLE)
        sub = sub_instance(inst, st, free)
        t0 = time.monotonic()
        res = solve_sub(sub, options, before_u)
        dt = time.monotonic() - t0
        if dt < 0.05:
            self.size = min(self.size + 4, 400)
        elif dt > 0.3:
            self.size = max(8, self.size * 2 // 3)
        if res is None:
            return False
        unplaced, breaks, sub_slots = res
        if (unplaced, breaks) > (before_u, before_b):
            return False
        old = {i: st.slot_of[i] for i in free}
        self._apply(free, sub_slots)
        if options.window and self._spread() > self._allowed_spread:
            self._apply(free, [old[i] for i in free])  # it widened the spread: undo
            return False
        return (unplaced, breaks) < (before_u, before_b)

    def _apply(self, free: list[int], slots: list[int]) -> None:
        st = self.st
        for i in free:
            if st.slot_of[i] != IDLE:
                st.remove(i)
        for k, i in enumerate(free):
            if slots[k] != IDLE:
                st.place(i, slots[k])

    def _spread(self) -> int:
        st = self.st
        counts = [st.breaks_of_mask(m) for m in st.mask if m]
        return max(counts) - min(counts) if counts else 0


def lns(
    inst: Instance,
    slots: list[int],
    deadline: float,
    rng: random.Random,
    on_improve: Improved,
    lower_bound: int = 0,
    *,
    fairness: int | None = None,
    poll: Poll | None = None,
    max_iterations: int | None = None,
) -> list[int]:
    """Improve ``slots`` until ``deadline`` (or the lower bound on breaks is reached with
    nothing left out); returns the best. ``poll`` delivers ("incumbent", slots, breaks) from
    elsewhere (taken when better) and ("lb", breaks)."""
    search = Search(inst, slots, rng, fairness)
    lb = lower_bound
    it = 0
    while time.monotonic() < deadline:
        if poll is not None:
            for msg in poll():
                if msg[0] == "lb":
                    lb = max(lb, int(msg[1]))  # type: ignore[call-overload]
                elif msg[0] == "incumbent":
                    other = Search(inst, msg[1], rng, fairness)  # type: ignore[arg-type]
                    if other.key() < search.key():
                        other.size = search.size
                        search = other
        unplaced, breaks = search.key()
        if unplaced == 0 and breaks <= lb:
            break
        if max_iterations is not None and it >= max_iterations:
            break
        it += 1
        if search.step():
            unplaced, breaks = search.key()
            on_improve(search.st.snapshot(), unplaced, breaks)
    return search.st.snapshot()
