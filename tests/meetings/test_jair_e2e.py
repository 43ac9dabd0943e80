"""End to end as an organiser would do it: a real brokerage event (JAIR 2022 benchmark tic-12)
turned into import files and `clusterdesk` commands by the benchmark's own converter, run
unchanged, then `clusterdesk schedule --json`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clusterdesk.services.events import open_event
from tests.cli.helpers import cli
from tests.meetings.rules_check import plan_problems

B2B = Path(os.environ.get("B2B_DIR", Path(__file__).resolve().parents[3] / "shared/benchmarks/b2b"))
INSTANCE = B2B / "tic-12.original.dzn"


@pytest.mark.slow
@pytest.mark.skipif(not INSTANCE.exists(), reason="the JAIR benchmark files are not here")
def test_jair_instance_through_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "tic-12"
    convert = subprocess.run(
        [sys.executable, str(B2B / "jair_to_csv.py"), str(INSTANCE), str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert convert.returncode == 0, convert.stderr
    event = tmp_path / "tic-12.cdesk"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    setup = subprocess.run(
        ["bash", str(out / "setup.sh"), str(event)],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert setup.returncode == 0, setup.stdout + setup.stderr
    assert "125 created" in setup.stdout

    run = cli("schedule", str(event), "--json", "--time-limit", "10", timeout=300)
    assert run.code == 0, run.err
    plan = run.json()
    assert plan["unscheduled_requests"] == []
    assert plan["scheduled"] == 125 == len(plan["meetings"])
    assert len({frozenset(m["participants"]) for m in plan["meetings"]}) == 125
    assert all(m["slot"].startswith("2018-05-16T") for m in plan["meetings"])
    db = open_event(str(event))
    try:
        assert plan_problems(db) == []
    finally:
        db.dispose()
