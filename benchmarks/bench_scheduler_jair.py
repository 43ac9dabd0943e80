"""Scheduler quality on ten real brokerage events (Bofill et al., JAIR 2022).

Reads the instances from ../shared/benchmarks/b2b (or $B2B_DIR) with the dzn.py beside them; nothing
under clusterdesk/ knows these files. Prints, per instance: meetings scheduled, total breaks, the
published optimum, seconds, and the first-fit greedy baseline.

    python benchmarks/bench_scheduler_jair.py [--time-limit 10] [--seed 0] [NAME ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path
from types import ModuleType

from clusterdesk.scheduling import Problem, Request, SlotInfo, check, solve
from clusterdesk.scheduling.construct import first_fit
from clusterdesk.scheduling.instance import compile_problem
from clusterdesk.scheduling.parallel import warm_up

B2B = Path(os.environ.get("B2B_DIR", Path(__file__).resolve().parents[2] / "shared/benchmarks/b2b"))
PUBLISHED = {
    "forum-13": 0,
    "forum-14": 2,
    "forumt-14": 5,
    "forumt-14crafc": 5,
    "tic-12": 0,
    "tic-13": 0,
    "tic-13crafc": 4,
    "tic-14crafa": 0,
    "ticf-13crafa": 0,
    "ticf-13crafc": 1,
}


def _dzn() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dzn", B2B / "dzn.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load(name: str) -> Problem:
    inst = _dzn().parse((B2B / f"{name}.original.dzn").read_text())
    morning = inst["nMorningSlots"]
    # one day: slots numbered through the day, the lunch pause is not a slot
    slots = tuple(SlotInfo(t, 0, 0 if t < morning else 1) for t in range(inst["nTotalSlots"]))
    sessions = {1: frozenset({0}), 2: frozenset({1}), 3: None}
    reqs = tuple(
        Request(k, a - 1, b - 1, 1, sessions[s]) for k, (a, b, s) in enumerate(inst["meetings"])
    )
    unavailable = {p: frozenset(t - 1 for t in f) for p, f in enumerate(inst["forbidden"]) if f}
    return Problem(inst["nBusiness"], slots, tuple(range(inst["nTables"])), reqs, unavailable)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", default=list(PUBLISHED))
    ap.add_argument("--time-limit", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    print(
        f"time limit {args.time_limit} s, seed {args.seed}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    warm_up()  # as the app does at start: solver child processes come from a warm fork server
    head = "instance        meetings  scheduled  breaks  published  optimal  seconds  | first-fit"
    print(head)
    print("-" * len(head))
    hits = 0
    for name in args.names:
        pb = load(name)
        ff = first_fit(compile_problem(pb))
        t0 = time.monotonic()
        res = solve(pb, time_limit=args.time_limit, seed=args.seed)
        secs = time.monotonic() - t0
        errors = check(pb, res)
        assert not errors, errors[:5]
        ok = res.scheduled == len(pb.requests) and res.breaks <= PUBLISHED[name]
        hits += ok
        print(
            f"{name:15} {len(pb.requests):8} {res.scheduled:10} {res.breaks:7} "
            f"{PUBLISHED[name]:10} {str(res.optimal):>8} {secs:8.2f}  | "
            f"{ff.placed} placed, {ff.total_breaks()} breaks{'' if ok else '   <- target missed'}",
            flush=True,
        )
    print(f"target reached (all scheduled, breaks <= published) on {hits} of {len(args.names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
