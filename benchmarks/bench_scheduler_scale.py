"""Scheduler at scale: generated events (benchmarks/generate_event.py), against a first-fit
greedy baseline and an LP-relaxation upper bound, with time and peak memory.

    python benchmarks/bench_scheduler_scale.py [--quick] [--cli]

``--cli``: also the whole `clusterdesk schedule EVENT --json` command with no flags on the same
events written as event files (participants and requests imported from CSV through the CLI, as
an organiser would; per-session caps set afterwards, the importer having no column for them),
its wall time against the default time limit the command picks, and `clusterdesk meetings
--json` on the written plan as the same-run baseline of reading the event.

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

from clusterdesk.scheduling import (  # noqa: E402
    Problem,  # noqa: E402
    check,
    solve,
)
from clusterdesk.scheduling.bounds import lp_upper_bound  # noqa: E402
from clusterdesk.scheduling.construct import first_fit  # noqa: E402
from clusterdesk.scheduling.instance import compile_problem  # noqa: E402

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


def write_event(pb: Problem, path: Path) -> None:
    """``pb`` as an event file, through the CLI: sessions of 20-minute slots, tables T1..TN,
    participants (unavailable times, host tables) and requests imported from CSV."""
    import csv
    import datetime as dt
    import subprocess
    import tempfile

    from sqlalchemy import update

    from clusterdesk.services.events import open_event
    from clusterdesk.store.models import Participant

    exe = [str(Path(sys.executable).parent / "clusterdesk")]
    day0 = dt.date(2026, 5, 12)
    by_session: dict[int, list[int]] = {}
    for s in pb.slots:
        by_session.setdefault(s.session, []).append(s.index)
    start_of: dict[int, dt.datetime] = {}
    with tempfile.TemporaryDirectory() as tmp:
        run = lambda *a: subprocess.run(exe + list(a), check=True, capture_output=True)  # noqa: E731
        run(
            "new",
            str(path),
            "--name",
            "Scale",
            "--start",
            str(day0),
            "--end",
            str(day0 + dt.timedelta(days=max(s.day for s in pb.slots))),
        )
        for sess, slots in sorted(by_session.items()):
            day = day0 + dt.timedelta(days=pb.slots[slots[0]].day)
            first = dt.datetime.combine(day, dt.time(9 if sess % 2 == 0 else 14, 0))
            for k, t in enumerate(slots):
                start_of[t] = first + dt.timedelta(minutes=20 * k)
            end = first + dt.timedelta(minutes=20 * len(slots))
            run(
                "sessions",
                "add",
                str(path),
                "--name",
                f"Session {sess + 1}",
                "--date",
                str(day),
                "--start",
                f"{first:%H:%M}",
                "--end",
                f"{end:%H:%M}",
                "--slot-minutes",
                "20",
            )
        run("tables", str(path), "--count", str(pb.n_tables))
        label = {t: f"T{k + 1}" for k, t in enumerate(pb.tables)}
        people = Path(tmp) / "participants.csv"
        with open(people, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["first_name", "last_name", "email", "unavailable", "table"])
            for p in range(pb.n_participants):
                away = "; ".join(
                    f"{start_of[t]:%Y-%m-%d %H:%M}-{start_of[t] + dt.timedelta(minutes=20):%H:%M}"
                    for t in sorted(pb.unavailable.get(p, ()))
                )
                fixed = pb.fixed_table.get(p)
                w.writerow(
                    [
                        f"P{p}",
                        "Scale",
                        f"p{p}@scale.example",
                        away,
                        "" if fixed is None else label[fixed],
                    ]
                )
        requests = Path(tmp) / "requests.csv"
        with open(requests, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["requester_email", "target_email", "status", "priority", "session"])
            for r in pb.requests:
                sess = (
                    "" if r.allowed_sessions is None else f"Session {min(r.allowed_sessions) + 1}"
                )
                w.writerow(
                    [f"p{r.a}@scale.example", f"p{r.b}@scale.example", "accepted", r.priority, sess]
                )
        run("import", "participants", str(path), str(people))
        run("import", "requests", str(path), str(requests))
    db = open_event(str(path))
    try:
        with db.write() as s:
            for p, cap in pb.cap_per_session.items():
                s.execute(
                    update(Participant)
                    .where(Participant.email == f"p{p}@scale.example")
                    .values(max_meetings_per_session=cap)
                )
    finally:
        db.dispose()


def run_cli(name: str, seed: int) -> None:
    """The whole command with no flags on the event as a file, and the read-only baseline."""
    import json
    import shutil
    import subprocess
    import tempfile

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
    cache = Path(tempfile.gettempdir()) / f"clusterdesk-scale-{name}-{seed}.cdesk"
    if not cache.exists():
        t0 = time.monotonic()
        write_event(pb, cache.with_suffix(".building.cdesk"))
        cache.with_suffix(".building.cdesk").rename(cache)
        print(f"\n{name}: event file written in {time.monotonic() - t0:.0f} s ({cache})")
    bound = lp_upper_bound(pb)
    exe = str(Path(sys.executable).parent / "clusterdesk")
    with tempfile.TemporaryDirectory() as tmp:
        event = Path(tmp) / "event.cdesk"
        shutil.copy(cache, event)
        load = os.getloadavg()[0]
        t0 = time.monotonic()
        done = subprocess.run(
            [exe, "schedule", str(event), "--json"], capture_output=True, text=True, check=True
        )
        wall = time.monotonic() - t0
        plan = json.loads(done.stdout)
        t0 = time.monotonic()
        subprocess.run([exe, "meetings", str(event), "--json"], capture_output=True, check=True)
        read = time.monotonic() - t0
    print(
        f"\n{name} through the CLI (no flags; load average {load:.1f}): "
        f"`clusterdesk schedule --json` {wall:.1f} s wall (time limit {plan['time_limit']:.0f} s), "
        f"{plan['scheduled']} placed = {100 * plan['scheduled'] / bound:.2f} % of the LP bound "
        f"{bound:.0f}, {plan['breaks']} breaks, lower bound {plan['lower_bound']}, "
        f"optimal {plan['optimal']}; baseline `clusterdesk meetings --json` on the written plan "
        f"{read:.1f} s"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="only the Baltic size")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cli", action="store_true", help="also the whole command on event files")
    args = ap.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    run("baltic", args.seed)
    if args.cli:
        run_cli("baltic", args.seed)
    if not args.quick:
        run("design", args.seed)
        if args.cli:
            run_cli("design", args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
