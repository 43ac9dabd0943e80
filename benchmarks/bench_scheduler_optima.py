"""Reference optima of the real B2B events, by an exact solver without time limit.

Independent of clusterdesk (its own reader, encoding and checker), so that the scheduler is judged
against something it did not compute itself. Per instance it proves the minimum total breaks with
every meeting placed, without fairness and with the study's fairness constraint (no two
participants' break counts differ by more than D), using python-sat's RC2 (core-guided MaxSAT)
over CaDiCaL 1.9.5, and checks the optimal schedule it found with its own checker.

    python benchmarks/bench_scheduler_optima.py [--fairness 2] [--solver cd195] [NAME ...]
        [--write benchmarks/b2b_optima.json]

NAME: an instance such as ``forum-14`` (the original) or ``forum-14.forb0003`` (a variant);
default all thirty. Results are merged into the JSON file given with ``--write`` (key
``"none"`` or ``"d2"`` per instance: breaks, CPU seconds, solver). Slow: minutes per instance
on the hardest ones; run it at a low priority (``nice -n 19``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from pysat.card import CardEnc, EncType
from pysat.examples.rc2 import RC2
from pysat.formula import WCNF


def _b2b_dir() -> Path:
    """$B2B_DIR, else the first ``shared/benchmarks/b2b`` above this file."""
    if os.environ.get("B2B_DIR"):
        return Path(os.environ["B2B_DIR"])
    for up in Path(__file__).resolve().parents:
        if (up / "shared/benchmarks/b2b").is_dir():
            return up / "shared/benchmarks/b2b"
    return Path("shared/benchmarks/b2b")


B2B = _b2b_dir()


def names() -> list[str]:
    out = sorted(p.name.removesuffix(".original.dzn") for p in B2B.glob("*.original.dzn"))
    out += sorted(p.name.removesuffix(".dzn") for p in (B2B / "variants").glob("*.dzn"))
    return out


def path_of(name: str) -> Path:
    if "." in name:
        return B2B / "variants" / f"{name}.dzn"
    return B2B / f"{name}.original.dzn"


def read(name: str) -> dict:
    sys.path.insert(0, str(B2B))
    from dzn import parse  # the benchmark's own reader

    return parse(path_of(name).read_text())


class Model:
    """x[m][s]: meeting m in slot s (0-based); used[b][s]; brk[b]: break-end literals of b."""

    def __init__(self, inst: dict, fairness: int | None, placed_at_least: int | None) -> None:
        """``placed_at_least`` None: the placement model only (stage 1, breaks ignored)."""
        breaks = placed_at_least is not None
        self.top = 0
        self.hard: list[list[int]] = []
        n_slots, morning = inst["nTotalSlots"], inst["nMorningSlots"]
        self.n_slots = n_slots
        self.meetings = inst["meetings"]
        forb = inst["forbidden"]
        self.x: list[dict[int, int]] = []
        self.placed: list[int] = []
        by_slot: list[list[int]] = [[] for _ in range(n_slots)]
        mine: dict[int, list[int]] = {}
        for k, (a, b, sess) in enumerate(self.meetings):
            row = {}
            for s in range(n_slots):
                if sess == 1 and s >= morning or sess == 2 and s < morning:
                    continue
                if s + 1 in forb[a - 1] or s + 1 in forb[b - 1]:
                    continue
                row[s] = self.new()
                by_slot[s].append(row[s])
            self.x.append(row)
            self.placed.append(self.new())  # placed <-> one of its slots
            self.hard.append([-self.placed[-1]] + list(row.values()))
            self.hard += [[-v, self.placed[-1]] for v in row.values()]
            if len(row) > 1:
                self.card(list(row.values()), 0, 1)
            mine.setdefault(a, []).append(k)
            mine.setdefault(b, []).append(k)
        for lits in by_slot:
            if len(lits) > inst["nTables"]:
                self.card(lits, 0, inst["nTables"])
        self.brk: dict[int, list[int]] = {}
        busy_at: list[list[int]] = [[] for _ in range(n_slots)]
        for b, ms in mine.items():
            used: list[int | None] = []
            for s in range(n_slots):
                xs = [self.x[k][s] for k in ms if s in self.x[k]]
                if not xs:
                    used.append(None)
                    continue
                u = self.new()
                self.hard.append([-u] + xs)
                self.hard += [[-v, u] for v in xs]
                if len(xs) > 1:
                    self.card(xs, 0, 1)
                used.append(u)
                busy_at[s].append(u)
            # implied: busy slots = placed meetings, as used + (not placed) = degree
            lits = [u for u in used if u is not None] + [-self.placed[k] for k in ms]
            self.card(lits, len(ms), len(ms))
            if not breaks:
                continue
            ends: list[int] = []
            seen: int | None = None  # "busy at some earlier slot" (one day: slots 0..n-1)
            for s in range(n_slots):
                u = used[s]
                if u is not None and seen is not None:
                    e = self.new()
                    prev = used[s - 1] if s > 0 else None
                    clause = [-u, -seen, e] + ([prev] if prev is not None else [])
                    self.hard.append(clause)
                    # e -> u, e -> seen, e -> not prev (exact definition)
                    self.hard += [[-e, u], [-e, seen]] + ([[-e, -prev]] if prev is not None else [])
                    ends.append(e)
                if u is None:
                    continue
                if seen is None:
                    seen = u
                else:
                    nb = self.new()
                    self.hard += [[-seen, nb], [-u, nb], [-nb, seen, u]]
                    seen = nb
            self.brk[b] = ends
        for lits in busy_at:  # implied: two busy participants per meeting
            if len(lits) > 2 * inst["nTables"]:
                self.card(lits, 0, 2 * inst["nTables"])
        if breaks:
            assert placed_at_least is not None
            if placed_at_least == len(self.placed):
                self.hard += [[v] for v in self.placed]
            elif placed_at_least > 0:
                enc = CardEnc.atleast(
                    self.placed, placed_at_least, top_id=self.top, encoding=EncType.totalizer
                )
                self.top = max(self.top, enc.nv)
                self.hard += enc.clauses
        if breaks and fairness is not None:
            self.fair(fairness)

    def new(self) -> int:
        self.top += 1
        return self.top

    def card(self, lits: list[int], lo: int, hi: int) -> None:
        if lo == hi:
            enc = CardEnc.equals(
                lits,
                lo,
                top_id=self.top,
                encoding=EncType.seqcounter if lo == 1 else EncType.totalizer,
            )
        elif lo == 0:
            enc = CardEnc.atmost(
                lits,
                hi,
                top_id=self.top,
                encoding=EncType.seqcounter if hi == 1 else EncType.totalizer,
            )
        else:
            raise ValueError
        self.top = max(self.top, enc.nv)
        self.hard += enc.clauses

    def fair(self, d: int) -> None:
        """max_b breaks(b) - min_b breaks(b) <= d, over participants with meetings: with unary
        counters c_b[k] = "b has more than k breaks": for every k, if anybody has more than
        k + d then everybody has more than k."""
        counts = {b: self.unary(ends) for b, ends in self.brk.items()}
        most = max((len(c) for c in counts.values()), default=0)
        for k in range(0, max(0, most - d)):
            g = self.new()  # someone has more than k + d breaks
            for c in counts.values():
                if len(c) > k + d:
                    self.hard.append([-c[k + d], g])
            for c in counts.values():
                self.hard.append([-g, c[k]] if len(c) > k else [-g])

    def unary(self, lits: list[int]) -> list[int]:
        """out[k] <-> at least k + 1 of ``lits`` are true (both directions)."""
        row: list[int] = []  # over the first i literals
        for lit in lits:
            nxt: list[int] = []
            for k in range(len(row) + 1):
                v = self.new()
                below = row[k - 1] if k > 0 else None  # at least k before
                same = row[k] if k < len(row) else None  # at least k + 1 before
                # v <-> same or (below and lit), with below = true when k == 0
                if same is not None:
                    self.hard.append([-same, v])
                if below is None:
                    self.hard.append([-lit, v])
                    self.hard.append([-v, lit] + ([same] if same is not None else []))
                else:
                    self.hard.append([-below, -lit, v])
                    self.hard.append([-v, below] + ([same] if same is not None else []))
                    self.hard.append([-v, lit] + ([same] if same is not None else []))
                nxt.append(v)
            row = nxt
        return row

    def schedule(self, model: list[int]) -> list[int | None]:
        true = {v for v in model if v > 0}
        return [next((s for s, v in row.items() if v in true), None) for row in self.x]


def check(inst: dict, slots: list[int | None]) -> int:
    """Independent check of a schedule (None: meeting not placed); returns its total breaks."""
    n_slots, morning, forb = inst["nTotalSlots"], inst["nMorningSlots"], inst["forbidden"]
    per_slot = [0] * n_slots
    busy: dict[int, set[int]] = {}
    for (a, b, sess), s in zip(inst["meetings"], slots, strict=True):
        if s is None:
            continue
        assert not (sess == 1 and s >= morning or sess == 2 and s < morning)
        per_slot[s] += 1
        for p in (a, b):
            assert s + 1 not in forb[p - 1]
            assert s not in busy.setdefault(p, set())
            busy[p].add(s)
    assert max(per_slot) <= inst["nTables"]
    breaks = 0
    for used in busy.values():
        order = sorted(used)
        breaks += sum(1 for u, v in zip(order, order[1:], strict=False) if v - u > 1)
    return breaks


def per_participant(inst: dict, slots: list[int | None]) -> dict[int, int]:
    busy: dict[int, set[int]] = {}
    for (a, b, _), s in zip(inst["meetings"], slots, strict=True):
        if s is None:
            continue
        busy.setdefault(a, set()).add(s)
        busy.setdefault(b, set()).add(s)
    out = {}
    for p, used in busy.items():
        order = sorted(used)
        out[p] = sum(1 for u, v in zip(order, order[1:], strict=False) if v - u > 1)
    return out


def rc2(hard: list[list[int]], soft: list[int], solver: str) -> list[int] | None:
    """An optimal model: fewest true ``soft`` literals (None: the hard part is unsatisfiable)."""
    wcnf = WCNF()
    for c in hard:
        wcnf.append(c)
    for lit in soft:
        wcnf.append([-lit], weight=1)
    with RC2(wcnf, solver=solver, adapt=True, exhaust=True, minz=True, trim=5) as opt:
        return opt.compute()


def solve(name: str, fairness: int | None, solver: str) -> dict:
    """Lexicographic optimum: most meetings placed, then fewest breaks among those schedules."""
    inst = read(name)
    t0 = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    w0 = time.monotonic()
    stage1 = Model(inst, None, None)
    model = rc2(stage1.hard, [-v for v in stage1.placed], solver)
    assert model is not None
    most = sum(1 for s in stage1.schedule(model) if s is not None)
    m = Model(inst, fairness, most)
    model = rc2(m.hard, [e for ends in m.brk.values() for e in ends], solver)
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - t0
    if model is None:  # only possible with fairness
        return {"placed": most, "breaks": None, "cpu": round(cpu, 1), "infeasible": True}
    slots = m.schedule(model)
    breaks = check(inst, slots)
    assert sum(1 for s in slots if s is not None) == most
    spread = per_participant(inst, slots)
    if fairness is not None:
        assert max(spread.values()) - min(spread.values()) <= fairness
    return {
        "meetings": len(slots),
        "placed": most,
        "breaks": breaks,
        "cpu": round(cpu, 1),
        "wall": round(time.monotonic() - w0, 1),
        "solver": f"RC2+{solver}",
        "spread": [min(spread.values()), max(spread.values())],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--fairness", type=int, default=None, metavar="D")
    ap.add_argument("--solver", default="cd195")
    ap.add_argument("--write", type=Path, default=None)
    args = ap.parse_args()
    key = "none" if args.fairness is None else f"d{args.fairness}"
    print(
        f"reference optima, fairness {key}, RC2 over {args.solver}, load average "
        f"{os.getloadavg()[0]:.1f}",
        flush=True,
    )
    for name in args.names or names():
        res = solve(name, args.fairness, args.solver)
        print(f"{name:28} {res}", flush=True)
        if args.write:
            data = json.loads(args.write.read_text()) if args.write.exists() else {}
            data.setdefault(name, {})[key] = res
            args.write.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
