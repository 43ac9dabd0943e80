"""Event-day load: desks in separate processes checking in one crowd, with a backup running.

    python benchmarks/bench_load.py [--people 5000] [--pg-desks 4] [--sqlite-desks 2] [--url URL]

4 desks on a shared PostgreSQL event and 2 desks on one SQLite file, 5,000 participants each,
everybody scanned at least twice (by two desks at about the same moment; every tenth person by
every desk), while another process backs the event up again and again. The verdict: exactly one
check-in per person (one attendance row, one "checked_in" log entry, every other scan "already
checked in"), no desk hung (no deadlock), every backup intact. Latencies are per scan, from the
scanner text to the committed answer; the same-run baseline is one desk alone on a fresh event of
the same engine (1,000 people, each scanned twice, no backup).

PostgreSQL: ``--url`` names a server where databases may be created (its admin URL); without it
a throw-away server is started as the tests do (tests/pg.py).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load_harness import (  # noqa: E402
    LoadRun,
    make_event,
    overlapping_plan,
    percentile,
    run_load,
)


def _databases(url: str) -> tuple[object | None, str]:
    """(a server to stop afterwards or None, an admin URL)."""
    if url:
        return None, url
    from tests.pg import PostgresServer

    server = PostgresServer(Path(tempfile.mkdtemp(prefix="clusterdesk-bench-pg-")))
    server.start()
    return server, server.admin_url


def _new_database(admin_url: str, name: str) -> str:
    import psycopg

    base = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def _row(label: str, run: LoadRun, base: LoadRun) -> str:
    lat, b = run.latencies, base.latencies
    backups = [r for r in run.backups]
    good = sum(1 for r in backups if r.get("ok"))
    results = run.results
    return (
        f"| {label} | {run.desks} | {run.people:,} | {len(run.scans):,} | "
        f"{results['checked_in']:,} / {results['already_checked_in']:,} | "
        f"{'yes' if run.exactly_once else 'NO'} ({run.attendance:,} rows, "
        f"{run.duplicates} duplicates) | {'none' if not run.hung else ', '.join(run.hung)} | "
        f"{good}/{len(backups)} | {statistics.median(lat):.1f} / {percentile(lat, 90):.1f} / "
        f"{percentile(lat, 99):.1f} / {max(lat):.0f} ms | "
        f"{statistics.median(b):.1f} / {percentile(b, 99):.1f} ms | {run.seconds:.0f} s |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--pg-desks", type=int, default=4)
    parser.add_argument("--sqlite-desks", type=int, default=2)
    parser.add_argument("--url", default="", help="a PostgreSQL admin URL (databases are made)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="clusterdesk-load-") as tmp:
        work = Path(tmp)
        os.environ.setdefault("CLUSTERDESK_HOME", str(work / "home"))
        sqlite_target = str(work / "load.cdesk")
        codes = make_event(sqlite_target, args.people)
        run = run_load(
            "sqlite",
            sqlite_target,
            codes,
            overlapping_plan(codes, args.sqlite_desks),
            work / "sqlite",
            backup=True,
        )
        base_target = str(work / "baseline.cdesk")
        base_codes = make_event(base_target, 1000)
        base = run_load(
            "sqlite",
            base_target,
            base_codes,
            overlapping_plan(base_codes, 1),
            work / "sqlite-base",
            backup=False,
        )
        rows.append(_row("SQLite file", run, base))

        server, admin = _databases(args.url)
        try:
            pg_target = _new_database(admin, "clusterdesk_load")
            codes = make_event(pg_target, args.people)
            run = run_load(
                "postgresql",
                pg_target,
                codes,
                overlapping_plan(codes, args.pg_desks),
                work / "pg",
                backup=True,
            )
            base_target = _new_database(admin, "clusterdesk_load_base")
            base_codes = make_event(base_target, 1000)
            base = run_load(
                "postgresql",
                base_target,
                base_codes,
                overlapping_plan(base_codes, 1),
                work / "pg-base",
                backup=False,
            )
            rows.append(_row("PostgreSQL", run, base))
        finally:
            if server is not None:
                server.stop()  # type: ignore[attr-defined]
    print(
        f"\nEvent-day load — {platform.node()}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f}, Python {platform.python_version()}"
    )
    print(
        "| event | desks | people | scans | checked in / already | exactly one per person | "
        "hung desks | intact backups during the run | p50 / p90 / p99 / max | baseline: one desk "
        "alone, p50 / p99 | wall time |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for line in rows:
        print(line)


if __name__ == "__main__":
    main()
