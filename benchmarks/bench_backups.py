"""What an automatic backup costs, and whether a desk notices it.

    python benchmarks/bench_backups.py [--sizes 2000,20000] [--runs 3]

For demo events of each size, medians of ``--runs``: the automatic backup as ClusterDesk takes it
(``backup_before``: quick_check of the event, SQLite's online backup into ``OUT.part``, journal
mode DELETE, quick_check of the copy, fsync, rename, pruning) beside the same-run baselines — a
plain ``sqlite3`` ``Connection.backup`` into a new file, and a plain file copy (what ClusterDesk
never does to a live database). Then the desk: check-ins on one connection while backups run on
another, the check-ins' median and worst latency beside the same check-ins with no backup running.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from clusterdesk.services import checkin
from clusterdesk.services.auto_backups import INTERVAL, backup_before
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import open_event
from clusterdesk.store.models import Participant


def median_ms(work: Callable[[int], object], runs: int) -> float:
    times = []
    for n in range(runs):
        started = time.perf_counter()
        work(n)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def plain_backup(source: Path, dest: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(dest) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def desk_latencies(path: Path, codes: list[str], backups: bool) -> tuple[float, float, int]:
    """(median ms, max ms, backups taken) of check-ins while (or without) backups run."""
    desk, other = open_event(path), open_event(path)
    stop = threading.Event()
    taken = [0]

    def backing_up() -> None:
        while not stop.is_set():
            if backup_before(other, INTERVAL, keep=3).path is not None:
                taken[0] += 1

    thread = threading.Thread(target=backing_up)
    if backups:
        thread.start()
    times = []
    for code in codes:
        started = time.perf_counter()
        checkin.check_in(desk, code=code, desk="bench")
        times.append((time.perf_counter() - started) * 1000)
    stop.set()
    if backups:
        thread.join()
    desk.dispose()
    other.dispose()
    return statistics.median(times), max(times), taken[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="2000,20000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--checkins", type=int, default=300)
    args = parser.parse_args()
    print(f"# {platform.processor() or platform.machine()}, load average {os.getloadavg()[0]:.1f}")
    print(
        "| participants | file | automatic backup (checked) | baseline: plain sqlite3 backup "
        "| baseline: file copy | check-in p50 / max, backups running | same, no backup "
        "| backups during the check-ins |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            print(one_size(Path(tmp), size, args.runs, args.checkins), flush=True)


def one_size(tmp: Path, size: int, runs: int, checkins: int) -> str:
    os.environ["CLUSTERDESK_HOME"] = str(tmp / "home")
    path = tmp / "event.cdesk"
    build_demo(path, participants=size)
    db = open_event(path)
    with db.read() as s:
        codes = list(s.scalars(select(Participant.badge_code).order_by(Participant.id)))
    ours = median_ms(lambda _n: backup_before(db, INTERVAL, keep=2), runs)
    db.dispose()
    plain = median_ms(lambda n: plain_backup(path, tmp / f"plain{n}.db"), runs)
    copy = median_ms(lambda n: shutil.copyfile(path, tmp / f"copy{n}.db"), runs)
    with_b = desk_latencies(path, codes[:checkins], True)
    without = desk_latencies(path, codes[checkins : 2 * checkins], False)
    mb = path.stat().st_size / 1_048_576
    return (
        f"| {size:,} | {mb:.0f} MB | {ours:.0f} ms | {plain:.0f} ms | {copy:.0f} ms "
        f"| {with_b[0]:.1f} / {with_b[1]:.0f} ms | {without[0]:.1f} / {without[1]:.0f} ms "
        f"| {with_b[2]} |"
    )


if __name__ == "__main__":
    main()
