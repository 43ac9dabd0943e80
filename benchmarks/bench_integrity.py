"""What the integrity check costs when an event is opened (and around every backup).

    python benchmarks/bench_integrity.py [--sizes 2000,5000,20000] [--runs 5]

For demo events of each size: SQLite's ``quick_check`` as ClusterDesk runs it on open (through
the read-only look of ``store.integrity``), the full ``integrity_check`` it does not run, and in
the same run the baselines: the same read-only look without the check, reading the whole file
into memory; and opening the event with the service (``open_event``: the look with its check, the
engine, the schema stamp and the event row). Medians of
``--runs`` runs, file in the page cache (an event being worked on is).
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import open_event
from clusterdesk.store.integrity import look


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def integrity_check(path: Path) -> None:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def opened(path: Path) -> None:
    open_event(path).dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="2000,5000,20000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"# {platform.processor() or platform.machine()}, load average {os.getloadavg()[0]:.1f}")
    header = (
        "| participants | file | quick_check (on open) | integrity_check | baseline: the look "
        "without quick_check | baseline: read the file | open_event (incl. quick_check) |"
    )
    print(header)
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            path = Path(folder) / f"demo-{n}.cdesk"
            build_demo(path, participants=n, seed=1)
            size_mb = path.stat().st_size / 1e6
            quick = median_ms(lambda p=path: look(p), args.runs)
            full = median_ms(lambda p=path: integrity_check(p), args.runs)
            bare = median_ms(lambda p=path: look(p, check=False), args.runs)
            read = median_ms(lambda p=path: p.read_bytes(), args.runs)
            whole = median_ms(lambda p=path: opened(p), args.runs)
            print(
                f"| {n:,} | {size_mb:.1f} MB | {quick:.0f} ms | {full:.0f} ms | {bare:.1f} ms "
                f"| {read:.1f} ms | {whole:.0f} ms |"
            )


if __name__ == "__main__":
    main()
