"""Event-day load, smaller than the benchmark (benchmarks/bench_load.py: 5,000 people): desks in
separate processes on one SQLite file and on a shared PostgreSQL event, everybody scanned at
least twice at about the same moment, a backup running all the while — exactly one check-in per
person, no desk hung, every backup intact. Marked ``heavy``: `.ci/run` runs it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.system_deps import need_pg

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from load_harness import make_event, overlapping_plan, run_load  # noqa: E402

pytestmark = pytest.mark.heavy
PEOPLE = 400


@pytest.mark.parametrize(
    ("engine", "desks"), [("sqlite", 2), pytest.param("postgres", 4, marks=pytest.mark.postgres)]
)
def test_desks_and_a_backup_at_once(
    engine: str, desks: int, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if engine == "sqlite":
        target = str(tmp_path / "load.cdesk")
    else:
        target = need_pg(request.getfixturevalue("pg_server")).new_database()
    codes = make_event(target, PEOPLE)
    plan = overlapping_plan(codes, desks)
    assert all(sum(code in d for d in plan) >= 1 for code in codes[:20])
    run = run_load(engine, target, codes, plan, tmp_path / "work", backup=True)
    assert not run.hung, run.hung  # no deadlock
    assert run.results["checked_in"] == PEOPLE, run.results
    assert run.attendance == PEOPLE and run.first_check_ins == PEOPLE and run.duplicates == 0
    assert run.results["already_checked_in"] == len(run.scans) - PEOPLE
    assert run.exactly_once
    assert run.backups and all(b.get("ok") for b in run.backups), run.backups
