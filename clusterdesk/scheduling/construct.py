"""Fast heuristics: a first-fit baseline, a break-aware greedy, an ejection repair that places
requests left over, and a move-based descent on breaks."""

from __future__ import annotations

import random
import time

from .instance import Instance, bits, participant_capacity
from .state import IDLE, KEPT, State


def first_fit(inst: Instance) -> State:
    """The baseline: requests in input order, each in its earliest feasible slot."""
    st = State(inst)
    for i in range(inst.n):
        for t in inst.allowed[i]:
            if st.can_place(i, t):
                st.place(i, t)
                break
    return st


def greedy_order(inst: Instance, rng: random.Random) -> list[int]:
    """Heavy requests first; among equals, first those whose participants are not
    over-subscribed (a request between two people with more requests than free slots is the
    cheapest to drop), then those with few possible slots and busy participants."""
    deg = [0] * inst.n_part
    for i in range(inst.n):
        deg[inst.ra[i]] += 1
        deg[inst.rb[i]] += 1
    cap = participant_capacity(inst)
    over = [deg[p] > cap[p] for p in range(inst.n_part)]
    keys = [
        (
            -inst.weight[i],
            over[inst.ra[i]] + over[inst.rb[i]],
            len(inst.allowed[i]),
            -(deg[inst.ra[i]] + deg[inst.rb[i]]),
            rng.random(),
        )
        for i in range(inst.n)
    ]
    return sorted(range(inst.n), key=keys.__getitem__)


def best_slot(st: State, i: int, rng: random.Random) -> int:
    """The feasible slot of ``i`` adding fewest breaks (next to existing meetings), or IDLE."""
    inst = st.inst
    a, b = inst.ra[i], inst.rb[i]
    free = st.feasible(i)
    if not free:
        return IDLE
    ma, mb = st.mask[a], st.mask[b]
    near_a, near_b = st.near(ma), st.near(mb)
    if free.bit_count() > 24:
        for tier in (free & near_a & near_b, free & (near_a | near_b)):
            if tier:
                free = tier
                break
    cands = bits(free)
    if len(cands) > 16:
        cands = rng.sample(cands, 16)
    best, best_key = IDLE, (1 << 30, 0, 0.0)
    for t in cands:
        bit = 1 << t
        adj = -(((near_a & bit) != 0) + ((near_b & bit) != 0))
        key = (st.delta_add(a, t) + st.delta_add(b, t), adj, rng.random())
        if key < best_key:
            best, best_key = t, key
    return best


def greedy(inst: Instance, rng: random.Random) -> State:
    st = State(inst)
    for i in greedy_order(inst, rng):
        t = best_slot(st, i, rng)
        if t != IDLE:
            st.place(i, t)
    return st


def _relocate(st: State, j: int, avoid: int, rng: random.Random) -> bool:
    """Place the (removed) request ``j`` in some feasible slot other than ``avoid``."""
    best, best_d = IDLE, 1 << 30
    inst = st.inst
    for t in inst.allowed[j]:
        if t != avoid and st.can_place(j, t):
            d = st.delta_add(inst.ra[j], t) + st.delta_add(inst.rb[j], t)
            if d < best_d:
                best, best_d = t, d
    if best == IDLE:
        return False
    st.place(j, best)
    return True


def try_insert(st: State, i: int, rng: random.Random) -> bool:
    """Place unplaced ``i`` by moving at most the meetings in its way (one step deep)."""
    inst = st.inst
    a, b = inst.ra[i], inst.rb[i]
    slots = list(inst.allowed[i])
    rng.shuffle(slots)
    for t in slots:
        if st.can_place(i, t):
            st.place(i, t)
            return True
    for t in slots:
        blockers = {st.occ[a][t], st.occ[b][t]} - {IDLE}
        if KEPT in blockers:
            continue
        old = {j: st.remove(j) for j in blockers}
        extra: list[int] = []
        if not st.can_place(i, t):
            r = inst.res[i]
            if st.load[r][t] >= inst.res_cap[r][t]:
                # free a table: move one other meeting of this table resource away
                cands = [j for j in st.at_slot[t] if inst.res[j] == r and j not in old][:8]
                for j in cands:
                    st.remove(j)
                    if _relocate(st, j, t, rng):
                        extra.append(j)
                        break
                    st.place(j, t)
        if st.can_place(i, t):
            st.place(i, t)
            ok = all(_relocate(st, j, t, rng) for j in sorted(old))
            if ok:
                return True
            st.remove(i)
            for j in old:
                if st.slot_of[j] != IDLE:
                    st.remove(j)
        for j in extra:
            st.remove(j)
            st.place(j, t)
        for j, tj in old.items():
            st.place(j, tj)
    return False


def repair(st: State, rng: random.Random, deadline: float) -> None:
    """Try to place every unplaced request, heaviest first."""
    inst = st.inst
    todo = [i for i in range(inst.n) if st.slot_of[i] == IDLE]
    todo.sort(key=lambda i: -inst.weight[i])
    for i in todo:
        if time.monotonic() > deadline:
            return
        try_insert(st, i, rng)


def descend(st: State, rng: random.Random, deadline: float) -> int:
    """Move single meetings to slots with fewer breaks until no move helps (or time is up).
    Returns the number of improving moves made."""
    inst = st.inst
    moves = 0
    improved = True
    while improved:
        improved = False
        for i in range(inst.n):
            if i % 256 == 0 and time.monotonic() > deadline:
                return moves
            t0 = st.slot_of[i]
            if t0 == IDLE:
                continue
            a, b = inst.ra[i], inst.rb[i]
            if st.breaks_of_mask(st.mask[a]) == 0 and st.breaks_of_mask(st.mask[b]) == 0:
                continue
            st.remove(i)
            free = st.feasible(i)
            st.place(i, t0)
            best, best_d = IDLE, 0
            for t in bits(free & ~(1 << t0)):
                d = st.move_delta(i, t)
                if d < best_d:
                    best, best_d = t, d
            if best != IDLE:
                st.remove(i)
                st.place(i, best)
                moves += 1
                improved = True
    return moves


def spread(st: State, deadline: float) -> int:
    """Objective 3: at the same total, move meetings so that breaks are shared more evenly
    (lower sum of squares of per-participant breaks). Returns the number of moves."""
    inst = st.inst
    moves = 0
    for i in range(inst.n):
        if i % 256 == 0 and time.monotonic() > deadline:
            break
        t0 = st.slot_of[i]
        if t0 == IDLE:
            continue
        a, b = inst.ra[i], inst.rb[i]
        ba, bb = st.breaks_of_mask(st.mask[a]), st.breaks_of_mask(st.mask[b])
        if max(ba, bb) < 2:
            continue
        st.remove(i)
        free = st.feasible(i) & ~(1 << t0)
        ma, mb = st.mask[a], st.mask[b]
        best, best_gain = IDLE, 0
        for t in bits(free):
            na = st.breaks_of_mask(ma | (1 << t))
            nb = st.breaks_of_mask(mb | (1 << t))
            if na + nb != ba + bb:
                continue
            gain = ba * ba + bb * bb - na * na - nb * nb
            if gain > best_gain:
                best, best_gain = t, gain
        st.place(i, t0 if best == IDLE else best)
        moves += best != IDLE
    return moves
