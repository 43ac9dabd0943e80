"""The meeting plan of a large event: `clusterdesk meetings --json`, opening the Meetings page, and
a move or a status change on it — each against a same-run baseline.

    python benchmarks/bench_meetings_plan.py [--event FILE] [--before SRC] [--repeat 3]

``--event``: an event file (built with ``big_event.py`` at 5,000 participants / 50,000 requests /
~41,000 meetings when missing). ``--before``: a source tree of another version of ClusterDesk
(the folder holding its ``clusterdesk`` package, e.g. ``git archive main clusterdesk | tar -x -C
DIR``): the same measurements are made with it, in the same run, for the comparison.

Measured, each in a fresh process (the page offscreen at 1366×768, on a copy of the event), with
each tree's package compiled to bytecode beforehand, as an installed copy runs:
* CLI: wall and CPU time of ``meetings --json`` (output to /dev/null); baseline: the bare
  ``sqlite3`` join of the same rows dumped with ``json.dumps`` (no reasons, no breaks: the floor).
* page: from ``set_event`` until the grid has been painted with the plan, and the longest stall of
  the GUI thread meanwhile (a 5 ms QTimer heartbeat: the longest gap between two beats less 5 ms);
  baseline: the longest stall of the same heartbeat while the page sits idle.
* edits: a status change (held ↔ scheduled) and a move to a free allowed cell (Ctrl+V there),
  from the action to the changed cell repainted, the grid already showing that cell (going to
  it, which scrolls and paints the viewport, is not timed); baseline: the bare ``sqlite3``
  UPDATE + COMMIT of that row.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def child_env(src: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(src), QT_QPA_PLATFORM="offscreen")
    env["CLUSTERDESK_HOME"] = tempfile.mkdtemp(prefix="bench-home-")
    # An installed copy (pip, the installer) runs from compiled bytecode; a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every run compile the package's sources again
    # (~0.3 s of the CLI figure): the tree is compiled first (`compile_tree`), as pip does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_tree(src: Path) -> None:
    """Compile a tree's ``clusterdesk`` package to bytecode (its ``__pycache__``; not timed)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(src / "clusterdesk")],
        env=child_env(src),
        stdout=subprocess.DEVNULL,
        check=True,
    )


def run_cli(src: Path, event: Path) -> tuple[float, float]:
    """(wall s, CPU s) of one `meetings --json`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "clusterdesk", "meetings", str(event), "--json"],
        env=child_env(src),
        cwd=tempfile.gettempdir(),  # `-m` puts the working folder first on sys.path
        stdout=subprocess.DEVNULL,
        check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


BARE = """
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute(
    "select m.id, a.email, b.email, s.starts_at, t.label, x.name, m.status, m.locked"
    " from meeting m join participant a on a.id = m.participant_a_id"
    " join participant b on b.id = m.participant_b_id join slot s on s.id = m.slot_id"
    " join b2b_session x on x.id = s.session_id left join meeting_table t on t.id = m.table_id"
    " where m.status <> 'cancelled' order by s.starts_at, t.position, m.id").fetchall()
out = [{"id": r[0], "participants": [r[1], r[2]], "slot": r[3], "table": r[4], "session": r[5],
        "status": r[6], "locked": bool(r[7])} for r in rows]
sys.stdout.write(json.dumps({"meetings": out}, ensure_ascii=False, indent=2))
"""


def run_bare(event: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", BARE, str(event)], stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run_page(src: Path, event: Path) -> dict[str, float | list[float]]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "event.cdevent"
        shutil.copy(event, copy)
        done = subprocess.run(
            [sys.executable, str(HERE / "bench_meetings_page.py"), str(copy)],
            env=child_env(src),
            capture_output=True,
            text=True,
        )
    if done.returncode:
        raise SystemExit(f"the page run with {src} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--event", type=Path, default=Path(tempfile.gettempdir()) / "bench-big.cdevent")
    ap.add_argument("--before", type=Path, help="source tree of the version to compare with")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not args.event.exists():
        sys.path.insert(0, str(HERE))
        from big_event import build_big_event

        print(f"building {args.event} …", file=sys.stderr)
        build_big_event(args.event)
    trees = {"now": ROOT}
    if args.before is not None:
        trees["before"] = args.before.resolve()
    for src in trees.values():
        compile_tree(src)

    cli: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    cli["bare sqlite3 + json"] = []
    pages: dict[str, list[dict[str, float | list[float]]]] = {name: [] for name in trees}
    for _ in range(args.repeat):
        for name, src in trees.items():
            cli[name].append(run_cli(src, args.event))
            pages[name].append(run_page(src, args.event))
        cli["bare sqlite3 + json"].append(run_bare(args.event))

    print(
        f"\nMeeting plan of {args.event.name} ({args.event.stat().st_size / 1e6:.1f} MB); "
        f"{platform.node()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
        f"Python {platform.python_version()}, {args.repeat} runs, medians (max)"
    )
    print("\n`meetings --json`            wall s           CPU s")
    for name, runs in cli.items():
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        print(
            f"  {name:<26} {statistics.median(walls):6.2f} ({max(walls):5.2f})"
            f"   {statistics.median(cpus):6.2f} ({max(cpus):5.2f})"
        )

    def med(runs: list[dict[str, float | list[float]]], key: str) -> str:
        values: list[float] = []
        for r in runs:
            v = r.get(key, [])  # a tree from before a measurement was added: none
            values += v if isinstance(v, list) else [v]
        if not values:
            return "—"
        return f"{statistics.median(values):7.0f} ({max(values):6.0f})"

    print("\nMeetings page, ms            " + "".join(f"{n:>18}" for n in trees))
    rows = [
        ("grid painted after opening", "shown_ms"),
        ("longest GUI stall, loading", "stall_ms"),
        ("longest GUI stall, idle", "idle_stall_ms"),
        ("status change → repainted", "status_ms"),
        ("move → repainted", "move_ms"),
        ("longest GUI stall, edits", "edit_stall_ms"),
        ("find a participant: stall", "find_stall_ms"),
        ("  answer after last key", "find_ms"),
        ("not here yet: stall", "not_here_stall_ms"),
        ("  list filled after", "not_here_ms"),
        ("  people listed", "not_here_people"),
        ("bare sqlite3 UPDATE+COMMIT", "bare_update_ms"),
    ]
    for label, key in rows:
        print(f"  {label:<27}" + "".join(f"{med(pages[n], key):>18}" for n in trees))
    for name in trees:
        refused = [why for r in pages[name] for why in r.get("refused", [])]  # type: ignore[union-attr]
        if refused:
            print(f"  {name}: {len(refused)} edits refused (not timed), e.g. {refused[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
