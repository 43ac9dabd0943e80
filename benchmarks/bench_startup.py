"""Start-up of the command line, against a bare `python -c pass` measured in the same run.

    python benchmarks/bench_startup.py [--runs 15] [--compare OTHER/.venv/bin/clusterdesk]

Each command runs as a fresh process (as a script calling `clusterdesk` per scan does), all
commands taking turns so that the machine's load falls on them alike; the table gives the median
and 90th percentile wall time of each and the median's excess over the bare interpreter. Target:
`--version` and `--help` within 350 ms of `python -c pass`. `checkin` checks in a different
participant of a demo event (SQLite) on every run: the full path from process start to a committed
check-in and the printed line. ``--compare`` times another installation's `clusterdesk` (an older
checkout, say) in the same run, on the same event.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

TARGET_MS = 350.0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(cmd: list[str], env: dict[str, str], ok: tuple[int, ...] = (0,)) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def demo_codes(exe: str, event: str, people: int, env: dict[str, str]) -> Iterator[str]:
    """Create a demo event of ``people`` with ``exe`` and give its badge codes, one per run (a
    first check-in every time)."""
    subprocess.run(
        [exe, "demo", event, "--participants", str(people)],
        env=env,
        check=True,
        capture_output=True,
    )
    listed = subprocess.run(
        [exe, "participants", event, "--json"], env=env, check=True, capture_output=True, text=True
    )
    return iter(p["badge_code"] for p in json.loads(listed.stdout)["participants"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--compare", metavar="EXE", help="another clusterdesk executable to time")
    args = parser.parse_args()

    python = sys.executable
    exe = str(Path(python).with_name("clusterdesk"))
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CLUSTERDESK_HOME": str(Path(tmp) / "home")}
        event = str(Path(tmp) / "startup.cdesk")
        codes = demo_codes(exe, event, max(40, 2 * args.runs), env)

        cases: list[tuple[str, list[str]]] = [
            ("python -c pass (baseline)", [python, "-c", "pass"]),
            ('python -c "import sqlalchemy"', [python, "-c", "import sqlalchemy"]),
        ]
        for label, program in [("clusterdesk", exe)] + (
            [("compared", args.compare)] if args.compare else []
        ):
            cases += [
                (f"{label} --version", [program, "--version"]),
                (f"{label} --help", [program, "--help"]),
                (f"{label} checkin EVENT CODE", [program, "checkin", event]),
            ]
        times: dict[str, list[float]] = {name: [] for name, _ in cases}
        for _ in range(args.runs):
            for name, cmd in cases:
                extra = [next(codes)] if "checkin" in cmd else []
                times[name].append(run(cmd + extra, env))

    base = statistics.median(times[cases[0][0]])
    print(
        f"# {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}, {args.runs} runs each"
    )
    print(f"{'command':<34} {'median ms':>10} {'p90 ms':>8} {'over baseline':>14}  target")
    for name, _ in cases:
        median = statistics.median(times[name])
        over = median - base
        target = ""
        if name.endswith(("--version", "--help")):
            target = f"≤ {TARGET_MS:.0f} ms over: " + ("met" if over <= TARGET_MS else "MISSED")
        print(
            f"{name:<34} {median:>10.0f} {percentile(times[name], 90):>8.0f} {over:>+14.0f}  {target}"
        )


if __name__ == "__main__":
    main()
