"""Large-neighbourhood search on breaks: free the meetings of a few participants (or of a window
of slots), keep everything else, and re-place the freed meetings optimally with MaxSAT. Anytime:
every accepted neighbourhood solution is at least as good as the current one."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import replace

from .encoding import encode
from .instance import Instance
from .maxsat import solve_optimal
from .state import IDLE, State

Improved = Callable[[list[int], int], None]
WINDOW_SHARE = 0.1
WINDOW_MAX = 4
START_SIZE = 30


def sub_instance(inst: Instance, slots: list[int], free: list[int]) -> Instance:
    """The requests ``free`` to re-place, all other placed meetings kept where they are."""
    freeset = set(free)
    kept_busy = [set(s) for s in inst.kept_busy]
    res_cap = [row[:] for row in inst.res_cap]
    cap_left = [None if c is None else c[:] for c in inst.cap_left]
    for i, t in enumerate(slots):
        if t == IDLE or i in freeset:
            continue
        for p in (inst.ra[i], inst.rb[i]):
            kept_busy[p].add(t)
            left = cap_left[p]
            if left is not None:
                left[inst.sess_index[t]] -= 1
        res_cap[inst.res[i]][t] -= 1
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


def _pick(st: State, meetings_of: list[list[int]], rng: random.Random, size: int) -> list[int]:
    inst = st.inst
    with_breaks = [p for p in range(inst.n_part) if st.breaks_of_mask(st.mask[p]) > 0]
    pool = with_breaks or [p for p in range(inst.n_part) if meetings_of[p]]
    if rng.random() < WINDOW_SHARE and inst.n_slots > 2:
        # a window of slots, for a random part of the participants
        w = rng.randint(2, max(2, min(inst.n_slots, WINDOW_MAX)))
        t0 = rng.randrange(0, inst.n_slots - w + 1)
        cand = [i for i in range(inst.n) if t0 <= st.slot_of[i] < t0 + w]
        rng.shuffle(cand)
        return cand[:size]
    chosen: set[int] = set()
    free: set[int] = set()
    frontier = [rng.choice(pool)]
    while frontier and len(free) < size:
        p = frontier.pop(rng.randrange(len(frontier)))
        if p in chosen:
            continue
        chosen.add(p)
        for i in meetings_of[p]:
            free.add(i)
            q = inst.ra[i] if inst.rb[i] == p else inst.rb[i]
            if q not in chosen:
                frontier.append(q)
        if not frontier or rng.random() < 0.3:
            frontier.append(rng.choice(pool))
    return sorted(free)


def lns(
    inst: Instance,
    slots: list[int],
    deadline: float,
    rng: random.Random,
    on_improve: Improved,
    lower_bound: int = 0,
    max_iterations: int | None = None,
) -> list[int]:
    """Improve the breaks of the placed set ``slots`` until ``deadline``; returns the best."""
    st = State(inst)
    st.load_slots(slots)
    meetings_of: list[list[int]] = [[] for _ in range(inst.n_part)]
    for i, t in enumerate(st.slot_of):
        if t != IDLE:
            meetings_of[inst.ra[i]].append(i)
            meetings_of[inst.rb[i]].append(i)
    cur = st.total_breaks()
    size = START_SIZE
    it = 0
    while cur > lower_bound and time.monotonic() < deadline:
        if max_iterations is not None and it >= max_iterations:
            break
        it += 1
        free = _pick(st, meetings_of, rng, size)
        if not free:
            break
        sub = sub_instance(inst, st.slot_of, free)
        touched = {inst.ra[i] for i in free} | {inst.rb[i] for i in free}
        before = sum(st.breaks_of_mask(st.mask[p]) for p in touched)
        enc = encode(sub, list(range(len(free))))
        if enc.lower_bound >= before:
            continue
        t0 = time.monotonic()
        res = solve_optimal(enc, len(free), plain=True)
        dt = time.monotonic() - t0
        if dt < 0.05:
            size = min(size + 4, 400)
        elif dt > 0.3:
            size = max(8, size * 2 // 3)
        if res is None:
            continue
        cost, sub_slots = res
        if cost > before:
            continue
        for i in free:
            st.remove(i)
        for k, i in enumerate(free):
            st.place(i, sub_slots[k])
        if cost < before:
            cur -= before - cost
            on_improve(st.snapshot(), cur)
    return st.snapshot()
