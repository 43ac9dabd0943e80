"""Sharing an event on the network: how long it takes, against a plain copy of the same event.

    python benchmarks/bench_sharing.py [--participants 2000] [--runs 3]

Per run, on a fresh demo event (loopback only): start sharing (initdb, server start, the copy
with counts checked), a desk joining from another process (`clusterdesk join CODE`: certificate
check, schema check, the URL) and a check-in with the join code as EVENT, then stopping sharing
(desks told, copy back with a backup, server stopped). Baselines in the same run: `backup` of the
same file (an event copied into a new file: the copy alone), and `clusterdesk stats FILE` (a
command opening the file: what a join costs beyond opening an event).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from clusterdesk.services.backup import backup_event
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import open_event
from clusterdesk.services.participants import list_participants
from clusterdesk.services.sharing.binaries import find_binaries
from clusterdesk.services.sharing.starting import start_sharing


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "clusterdesk", *args], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"clusterdesk {' '.join(args)}: {done.stderr[-1500:]}")
    return done


def one_run(folder: Path, participants: int) -> dict[str, float]:
    event = folder / "forum.cdesk"
    build_demo(event, participants=participants)
    db = open_event(event)
    badge = list_participants(db)[0].badge_code
    baseline_copy = timed(lambda: backup_event(db, folder / "copy.cdesk"))
    db.dispose()
    baseline_open = timed(lambda: cli("stats", str(event)))

    steps: dict[str, float] = {}
    last = [time.perf_counter(), ""]

    def step(what: str, _done: int, _total: int) -> None:
        now = time.perf_counter()
        if last[1]:
            steps[str(last[1])] = steps.get(str(last[1]), 0.0) + now - float(last[0])
        last[0], last[1] = now, what

    start = time.perf_counter()
    shared = start_sharing(event, address="127.0.0.1", step=step)
    share_total = time.perf_counter() - start
    step("", 0, 0)
    code = shared.join_code
    join = timed(lambda: cli("join", code, "--desk", "bench"))
    checkin = timed(lambda: cli("checkin", code, badge, "--desk", "bench"))
    stop = timed(lambda: shared.stop_sharing(grace=0))
    return {
        "share": share_total,
        "  server ready (initdb + start)": steps.get("preparing", 0.0),
        "  copy in, counts checked": steps.get("copying", 0.0),
        "join (CLI process)": join,
        "check-in with the join code (CLI process)": checkin,
        "stop sharing (no grace), copy back": stop,
        "baseline: backup into a new file": baseline_copy,
        "baseline: `clusterdesk stats FILE`": baseline_open,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results: list[dict[str, float]] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["CLUSTERDESK_HOME"] = str(Path(tmp) / "home")
            results.append(one_run(Path(tmp), args.participants))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    binaries = find_binaries()
    print(
        f"Sharing a {args.participants:,}-person demo event, {args.runs} runs, load {load:.1f}, "
        f"PostgreSQL {binaries.major} ({binaries.source})"
    )
    print(f"{'step':45} {'median s':>9} {'max s':>7}")
    for key in results[0]:
        values = [r[key] for r in results]
        print(f"{key:45} {statistics.median(values):9.2f} {max(values):7.2f}")


if __name__ == "__main__":
    main()
