"""A mutable schedule for the heuristics: who meets when, with O(1) break deltas on bitmasks."""

from __future__ import annotations

from .instance import Instance

KEPT = -2
IDLE = -1


class State:
    """Slots of the requests to place; busy masks include kept meetings."""

    def __init__(self, inst: Instance) -> None:
        self.inst = inst
        n_slots = inst.n_slots
        self.slot_of = [IDLE] * inst.n
        self.occ: list[list[int]] = [[IDLE] * n_slots for _ in range(inst.n_part)]
        self.mask = [0] * inst.n_part
        for p, slots in enumerate(inst.kept_busy):
            for t in slots:
                self.occ[p][t] = KEPT
                self.mask[p] |= 1 << t
        self.load = [[0] * n_slots for _ in inst.res_cap]
        # bit t set: the table resource still has room in slot t
        self.res_free = [sum(1 << t for t in range(n_slots) if row[t] > 0) for row in inst.res_cap]
        # bit t set: the participant reached their cap in the session of slot t
        self.cap_block = [0] * inst.n_part
        self.sess_bits = [0] * len(inst.sessions)
        for t in range(n_slots):
            self.sess_bits[inst.sess_index[t]] |= 1 << t
        self.sess = [None if c is None else [0] * len(inst.sessions) for c in inst.cap_left]  # type: list[list[int] | None]
        self.day_start_bits = 0
        self.day_masks: list[int] = []
        for t in range(n_slots):
            if inst.day_start(t):
                self.day_start_bits |= 1 << t
                self.day_masks.append(0)
            self.day_masks[-1] |= 1 << t
        self.full = (1 << n_slots) - 1
        self.at_slot: list[set[int]] = [set() for _ in range(n_slots)]
        self.placed_weight = 0
        self.placed = 0

    # --- breaks -------------------------------------------------------------------------
    def breaks_of_mask(self, m: int) -> int:
        if m == 0:
            return 0
        starts = m & ~((m << 1) & ~self.day_start_bits)
        days = 0
        for dm in self.day_masks:
            if m & dm:
                days += 1
        return starts.bit_count() - days

    def near(self, m: int) -> int:
        """Slots next to a busy slot of mask ``m`` on the same day."""
        ds = self.day_start_bits
        return (((m << 1) & ~ds) | ((m >> 1) & ~(ds >> 1))) & ~m & self.full

    def total_breaks(self) -> int:
        return sum(self.breaks_of_mask(m) for m in self.mask)

    def delta_add(self, p: int, t: int) -> int:
        m = self.mask[p]
        return self.breaks_of_mask(m | (1 << t)) - self.breaks_of_mask(m)

    def delta_remove(self, p: int, t: int) -> int:
        m = self.mask[p]
        return self.breaks_of_mask(m & ~(1 << t)) - self.breaks_of_mask(m)

    # --- feasibility and moves -------------------------------------------------------------
    def feasible(self, i: int) -> int:
        """Bitmask of the slots where request ``i`` could go now."""
        inst = self.inst
        a, b = inst.ra[i], inst.rb[i]
        return (
            inst.allowed_mask[i]
            & ~(self.mask[a] | self.mask[b] | self.cap_block[a] | self.cap_block[b])
            & self.res_free[inst.res[i]]
        )

    def can_place(self, i: int, t: int) -> bool:
        return bool(self.feasible(i) >> t & 1)

    def place(self, i: int, t: int) -> None:
        inst = self.inst
        self.slot_of[i] = t
        self.at_slot[t].add(i)
        s = inst.sess_index[t]
        bit = 1 << t
        for p in (inst.ra[i], inst.rb[i]):
            self.occ[p][t] = i
            self.mask[p] |= bit
            cnt, left = self.sess[p], inst.cap_left[p]
            if cnt is not None and left is not None:
                cnt[s] += 1
                if cnt[s] >= left[s]:
                    self.cap_block[p] |= self.sess_bits[s]
        r = inst.res[i]
        self.load[r][t] += 1
        if self.load[r][t] >= inst.res_cap[r][t]:
            self.res_free[r] &= ~bit
        self.placed_weight += inst.weight[i]
        self.placed += 1

    def remove(self, i: int) -> int:
        inst = self.inst
        t = self.slot_of[i]
        self.slot_of[i] = IDLE
        self.at_slot[t].discard(i)
        s = inst.sess_index[t]
        bit = 1 << t
        for p in (inst.ra[i], inst.rb[i]):
            self.occ[p][t] = IDLE
            self.mask[p] &= ~bit
            cnt, left = self.sess[p], inst.cap_left[p]
            if cnt is not None and left is not None:
                cnt[s] -= 1
                if cnt[s] < left[s]:
                    self.cap_block[p] &= ~self.sess_bits[s]
        r = inst.res[i]
        self.load[r][t] -= 1
        self.res_free[r] |= bit
        self.placed_weight -= inst.weight[i]
        self.placed -= 1
        return t

    def move_delta(self, i: int, t: int) -> int:
        """Break change if request ``i`` (placed) moves to ``t`` (not checked for feasibility)."""
        inst = self.inst
        old = self.slot_of[i]
        d = 0
        for p in (inst.ra[i], inst.rb[i]):
            m = self.mask[p]
            d += self.breaks_of_mask((m & ~(1 << old)) | (1 << t)) - self.breaks_of_mask(m)
        return d

    def snapshot(self) -> list[int]:
        return list(self.slot_of)

    def load_slots(self, slots: list[int]) -> None:
        for i, t in enumerate(self.slot_of):
            if t != IDLE:
                self.remove(i)
        for i, t in enumerate(slots):
            if t != IDLE:
                self.place(i, t)
