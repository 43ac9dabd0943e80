"""Scheduler at scale: generated events (benchmarks/generate_event.py), against a first-fit
greedy baseline and an LP-relaxation upper bound, with time and peak memory.

    python benchmarks/bench_scheduler_scale.py [--quick]

Sizes: the Baltic Cluster Forum (220 participants, 600 requests, 12 slots, 30 tables, limit 2 s)
and the design size (5,000 participants, 50,000 requests, 48 slots over 2 days, 1,000 tables,
limit 60 s). The bound is the LP relaxation of the aggregated model documented in
clusterdesk/scheduling/bounds.py (per-participant usable slots and per-table-resource cells,
not the 2.4 M-variable time-indexed LP). Peak memory is the process's maximum resident set size
(ru_maxrss), so it includes the generator, the bound and the baseline, not only the solver.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_event import generate  # noqa: E402

from clusterdesk.scheduling import check, solve  # noqa: E402
from clusterdesk.scheduling.bounds import lp_upper_bound  # noqa: E402
from clusterdesk.scheduling.construct import first_fit  # noqa: E402
from clusterdesk.scheduling.instance import compile_problem  # noqa: E402
from clusterdesk.scheduling.parallel import warm_up  # noqa: E402

SIZES = {
    "baltic": dict(
        participants=220, requests=600, slots=12, tables=30, days=1, limit=2.0, popularity=0.2
    ),
    "design": dict(
        participants=5000,
        requests=50000,
        slots=48,
        tables=1000,
        days=2,
        limit=60.0,
        popularity=0.8,
    ),
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(name: str, seed: int) -> None:
    cfg = SIZES[name]
    pb = generate(
        int(cfg["participants"]),
        int(cfg["requests"]),
        int(cfg["slots"]),
        int(cfg["tables"]),
        seed=seed,
        days=int(cfg["days"]),
        popularity=float(cfg["popularity"]),
    )
    t0 = time.monotonic()
    bound = lp_upper_bound(pb)
    t_bound = time.monotonic() - t0
    t0 = time.monotonic()
    ff = first_fit(compile_problem(pb))
    t_ff = time.monotonic() - t0
    t0 = time.monotonic()
    res = solve(pb, time_limit=float(cfg["limit"]), seed=seed)
    t_solve = time.monotonic() - t0
    errors = check(pb, res)
    assert not errors, errors[:5]
    print(
        f"\n{name}: {pb.n_participants} participants, {len(pb.requests)} accepted requests, "
        f"{pb.n_slots} slots, {pb.n_tables} tables ({len(pb.fixed_table)} host tables), "
        f"time limit {cfg['limit']} s, seed {seed}"
    )
    print(f"{'':24}{'scheduler':>12}{'first-fit':>12}")
    print(f"{'scheduled':24}{res.scheduled:12}{ff.placed:12}")
    print(
        f"{'% of LP bound':24}{100 * res.scheduled / bound:11.2f}%{100 * ff.placed / bound:11.2f}%"
    )
    print(f"{'breaks':24}{res.breaks:12}{ff.total_breaks():12}")
    print(f"{'seconds':24}{t_solve:12.2f}{t_ff:12.2f}")
    print(
        f"LP upper bound {bound:.1f} (computed in {t_bound:.1f} s); peak RSS of this process so "
        f"far {peak_mb():.0f} MB, of the largest solver child {res.stats.child_peak_mb:.0f} MB"
    )
    phases = [p for p in res.stats.phases if p[0] != "lns"]
    lns = [p for p in res.stats.phases if p[0] == "lns"]
    print("phases (name, s, scheduled, breaks):", phases, f"+ {len(lns)} LNS improvements")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="only the Baltic size")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    warm_up()  # as the app does at start: solver child processes come from a warm fork server
    run("baltic", args.seed)
    if not args.quick:
        run("design", args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
