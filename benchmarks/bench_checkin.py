"""Scan → committed result on a SQLite event, against a bare sqlite3 INSERT + COMMIT baseline.

    python benchmarks/bench_checkin.py [--participants 2000] [--scans 400] [--url POSTGRES_URL]

``check_in`` is timed from the raw scanner text to the returned result (which is committed: WAL
with ``synchronous=FULL``, so every commit waits for the disk). Scans are a realistic mix: first
check-ins, repeated scans (already checked in) and rejected junk. The baseline opens a second
file in the same folder with the same settings and times ``BEGIN IMMEDIATE; INSERT; COMMIT`` —
the floor any durable check-in on this disk pays. With ``--url`` the same scans also run on a
PostgreSQL database (it must be empty).
"""

from __future__ import annotations

import argparse
import platform
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from clusterdesk.core import badge_codes
from clusterdesk.services.checkin import check_in
from clusterdesk.services.events import badge_keys, create_event
from clusterdesk.services.participants import ParticipantInput, apply_input
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Participant


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def fill(db: EventDB, n: int) -> list[str]:
    prefix, secret = badge_keys(db)
    with db.write() as s:
        rows = []
        for i in range(n):
            p = Participant(badge_code=badge_codes.new_code(prefix, secret))
            s.add(p)
            apply_input(
                s,
                p,
                ParticipantInput(
                    first_name=f"Guest{i}",
                    last_name="Šetkus",
                    email=f"g{i}@bench.example",
                    organization="Bench",
                    category="Company",
                ),
            )
            rows.append(p)
        s.flush()
        return [p.badge_code for p in rows]


def scans(codes: list[str], count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, raw scanner text): 70 % first scans, 20 % repeats, 10 % junk."""
    fresh = iter(rng.sample(codes, min(len(codes), count)))
    used: list[str] = []
    out = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.2 and used:
            out.append(("already", rng.choice(used) + "\r\n"))
        elif roll < 0.3:
            out.append(("rejected", f"\\000026https://example.com/{rng.randrange(10**6)}"))
        else:
            code = next(fresh)
            used.append(code)
            out.append(("first", code + "\r\n"))
    return out


def run(db: EventDB, plan: list[tuple[str, str]]) -> dict[str, list[float]]:
    check_in(db, code="warm-up", desk="Bench")
    times: dict[str, list[float]] = {"all": []}
    for kind, raw in plan:
        start = time.perf_counter()
        check_in(db, code=raw, desk="Bench")
        elapsed = (time.perf_counter() - start) * 1000
        times["all"].append(elapsed)
        times.setdefault(kind, []).append(elapsed)
    return times


def baseline(folder: Path, count: int) -> list[float]:
    conn = sqlite3.connect(folder / "baseline.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE log (id INTEGER PRIMARY KEY, nonce TEXT UNIQUE, at TEXT)")
    out = []
    for i in range(count):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO log (nonce, at) VALUES (?, datetime('now'))", (f"n{i}",))
        conn.execute("COMMIT")
        out.append((time.perf_counter() - start) * 1000)
    conn.close()
    return out


def row(name: str, values: list[float]) -> str:
    return (
        f"{name:<34} {len(values):>6} {statistics.median(values):>10.2f} "
        f"{percentile(values, 99):>8.2f} {max(values):>8.2f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--participants", type=int, default=2000)
    ap.add_argument("--scans", type=int, default=400)
    ap.add_argument("--url", default="", help="also run on this (empty) PostgreSQL database")
    args = ap.parse_args()
    rng = random.Random(11)
    results: list[str] = []
    with tempfile.TemporaryDirectory(prefix="clusterdesk-bench-") as tmp:
        folder = Path(tmp)
        db = create_event(folder / "bench.cdesk", name="Bench", start=date(2026, 5, 14))
        plan = scans(fill(db, args.participants), args.scans, rng)
        times = run(db, plan)
        db.dispose()
        for kind in ("all", "first", "already", "rejected"):
            results.append(row(f"sqlite check_in: {kind}", times[kind]))
        results.append(row("sqlite3 bare INSERT+COMMIT (floor)", baseline(folder, args.scans)))
    if args.url:
        db = create_event(args.url, name="Bench", start=date(2026, 5, 14))
        plan = scans(fill(db, args.participants), args.scans, rng)
        times = run(db, plan)
        db.dispose()
        for kind in ("all", "first", "already", "rejected"):
            results.append(row(f"postgresql check_in: {kind}", times[kind]))
    print(
        f"\nCheck-in, scan → committed result — {args.participants} participants, "
        f"{platform.node()}, Python {platform.python_version()}"
    )
    print(f"{'what':<34} {'scans':>6} {'median ms':>10} {'p99 ms':>8} {'max ms':>8}")
    for line in results:
        print(line)


if __name__ == "__main__":
    main()
