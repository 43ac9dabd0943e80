"""Event-day load: desks in separate processes checking in one crowd, with a backup running.

    python benchmarks/bench_load.py [--people 5000] [--pg-desks 4] [--sqlite-desks 2] [--url URL]

4 desks on a shared PostgreSQL event and 2 desks on one SQLite file, 5,000 participants each,
everybody scanned at least twice (by two desks at about the same moment; every tenth person by
every desk), while another process backs the event up again and again. The verdict: exactly one
check-in per person (one attendance row, one "checked_in" log entry, every other scan "already
checked in"), no desk hung (no deadlock), every backup intact. Latencies are per scan, from the
scanner text to the committed answer. Same-run baselines, each on a fresh event of the same
engine: the same desks without the backup, and one desk alone (1,000 people, each scanned twice).

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
from collections.abc import Callable
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


def _row(label: str, run: LoadRun, quiet: LoadRun, alone: LoadRun) -> str:
    lat = run.latencies
    good = sum(1 for r in run.backups if r.get("ok"))
    results = run.results

    def dist(values: list[float]) -> str:
        return f"{statistics.median(values):.1f} / {percentile(values, 99):.1f} ms"

    return (
        f"| {label} | {run.desks} | {run.people:,} | {len(run.scans):,} | "
        f"{results['checked_in']:,} / {results['already_checked_in']:,} | "
        f"{'yes' if run.exactly_once and quiet.exactly_once else 'NO'} ({run.attendance:,} rows, "
        f"{run.duplicates} duplicates) | {'none' if not run.hung else ', '.join(run.hung)} | "
        f"{good}/{len(run.backups)} | {statistics.median(lat):.1f} / {percentile(lat, 90):.1f} / "
        f"{percentile(lat, 99):.1f} / {max(lat):.0f} ms | {dist(quiet.latencies)}, max "
        f"{max(quiet.latencies):.0f} ms | {dist(alone.latencies)} | {run.seconds:.0f} s |"
    )


def _engine(
    label: str, engine: str, new_target: Callable[[str], str], desks: int, people: int, work: Path
) -> str:
    """The load run with a backup, the same desks without it, and one desk alone."""
    runs = []
    for name, n, desk_count, backup in (
        ("load", people, desks, True),
        ("quiet", people, desks, False),
        ("alone", 1000, 1, False),
    ):
        target = new_target(name)
        codes = make_event(target, n)
        plan = overlapping_plan(codes, desk_count)
        runs.append(run_load(engine, target, codes, plan, work / f"{engine}-{name}", backup=backup))
    return _row(label, *runs)


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
        rows.append(
            _engine(
                "SQLite file",
                "sqlite",
                lambda name: str(work / f"{name}.cdesk"),
                args.sqlite_desks,
                args.people,
                work,
            )
        )
        server, admin = _databases(args.url)
        try:
            rows.append(
                _engine(
                    "PostgreSQL",
                    "postgresql",
                    lambda name: _new_database(admin, f"clusterdesk_load_{name}"),
                    args.pg_desks,
                    args.people,
                    work,
                )
            )
        finally:
            if server is not None:
                server.stop()  # type: ignore[attr-defined]
    print(
        f"\nEvent-day load — {platform.node()}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f}, Python {platform.python_version()}"
    )
    print(
        "| event | desks | people | scans | checked in / already | exactly one per person | "
        "hung desks | intact backups during the run | p50 / p90 / p99 / max | baseline: the same "
        "desks without the backup, p50 / p99 | baseline: one desk alone, p50 / p99 | wall time |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for line in rows:
        print(line)


if __name__ == "__main__":
    main()
