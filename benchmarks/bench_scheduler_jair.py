"""The scheduler (``solve``, in-process) on the real brokerage events: the ten of Bofill et al.
(JAIR 2022) in ../shared/benchmarks/b2b and their twenty redrawn-availability variants.

Nothing under clusterdesk/ knows these files. Prints per instance and seed: meetings, placed,
breaks, the proven lower bound, whether the run proved its plan optimal, seconds, the reference
optimum (most placed, then fewest breaks; b2b_optima.json, from bench_scheduler_optima.py) and
the first-fit baseline of the same run. The whole `clusterdesk schedule` command is measured by
bench_scheduler_cli.py.

    python benchmarks/bench_scheduler_jair.py [--time-limit 10] [--seeds 0] [--fairness D] [NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_scheduler_cli import OPTIMA, problem  # noqa: E402
from bench_scheduler_optima import names  # noqa: E402

from clusterdesk.scheduling import check, solve  # noqa: E402
from clusterdesk.scheduling.construct import first_fit  # noqa: E402
from clusterdesk.scheduling.instance import compile_problem  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--time-limit", type=float, default=10.0)
    ap.add_argument("--seeds", type=int, nargs="+", default=[0])
    ap.add_argument("--fairness", type=int, default=None, metavar="D")
    args = ap.parse_args()
    optima = json.loads(OPTIMA.read_text()) if OPTIMA.exists() else {}
    key = "none" if args.fairness is None else f"d{args.fairness}"
    print(
        f"solve(), time limit {args.time_limit} s, fairness {args.fairness}, {os.cpu_count()} "
        f"cores, load average {os.getloadavg()[0]:.1f}"
    )
    head = (
        f"{'instance':26} {'meetings':>8} {'seed':>4} {'placed':>6} {'breaks':>6} {'bound':>5} "
        f"{'proved':>6} {'s':>6} {'optimum':>8} | first-fit placed/breaks"
    )
    print(head)
    print("-" * len(head))
    hits = runs = proved = 0
    for name in args.names or names():
        pb = problem(name)
        ff = first_fit(compile_problem(pb))
        ref = optima.get(name, {}).get(key)
        for seed in args.seeds:
            t0 = time.monotonic()
            res = solve(pb, time_limit=args.time_limit, seed=seed, fairness=args.fairness)
            secs = time.monotonic() - t0
            errors = check(pb, res)
            assert not errors, errors[:5]
            runs += 1
            ok = ref is not None and (res.scheduled, -res.breaks) >= (ref["placed"], -ref["breaks"])
            hits += ok
            proved += bool(res.optimal)
            opt = "?" if ref is None else f"{ref['placed']}/{ref['breaks']}"
            bound = "-" if res.lower_bound is None else str(res.lower_bound)
            print(
                f"{name:26} {len(pb.requests):8} {seed:4} {res.scheduled:6} {res.breaks:6} "
                f"{bound:>5} {'yes' if res.optimal else 'no':>6} {secs:6.2f} {opt:>8} | "
                f"{ff.placed}/{ff.total_breaks()}{'' if ok else '   <- optimum missed'}",
                flush=True,
            )
    print(f"optimum reached in {hits} of {runs} runs, proved optimal in {proved}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
