"""Importing 20,000 participants from a cp1257 CSV, against a bare csv + sqlite3 insert.

    python benchmarks/bench_import.py [--rows 20000]

``import_participants`` does everything a user's import does: detects the encoding and the
delimiter, maps the Lithuanian/English headers, validates every row, makes organisations and
categories, badge codes and search keys, and writes it all in one transaction (nothing or all).
The baseline reads the same file with the ``csv`` module and inserts the rows into a plain table
with ``executemany`` in one transaction (same SQLite settings): the floor for getting the rows in.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from clusterdesk.services.events import create_event
from clusterdesk.services.people_import import import_participants

HEADER = ["First name", "Last name", "Email", "Company", "Country", "Type", "Unavailable"]


def write_file(path: Path, rows: int) -> None:
    with path.open("w", encoding="cp1257", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(HEADER)
        for i in range(rows):
            out.writerow(
                [
                    f"Žygimantas{i}",
                    "Čiurlionis",
                    f"p{i}@ex{i % 300}.lt",
                    f"Org {i % 2000}",
                    "Lithuania",
                    ("Visitor", "Exhibitor")[i % 2],
                    "2026-05-14 13:00-14:00" if i % 10 == 0 else "",
                ]
            )


def bare_insert(source: Path, target: Path) -> int:
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE person (first, last, email UNIQUE, company, country, kind, away)")
    with source.open(encoding="cp1257", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.close()
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rows", type=int, default=20_000)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-bench-import-"))
    source = folder / "people.csv"
    write_file(source, args.rows)

    db = create_event(folder / "event.cdesk", name="Bench", start=date(2026, 5, 14))
    start = time.perf_counter()
    report = import_participants(db, source)
    ours = time.perf_counter() - start
    db.dispose()
    assert report.created == args.rows, report

    start = time.perf_counter()
    inserted = bare_insert(source, folder / "bare.sqlite")
    bare = time.perf_counter() - start
    assert inserted == args.rows

    print(
        f"\nParticipant import — {args.rows} rows, cp1257, ';'; {platform.node()}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, Python {platform.python_version()}"
    )
    print(f"\n{'method':<22} {'seconds':>8} {'rows/s':>10}")
    for name, seconds in (("import_participants", ours), ("bare csv + executemany", bare)):
        print(f"{name:<22} {seconds:>8.2f} {args.rows / seconds:>10.0f}")


if __name__ == "__main__":
    main()
