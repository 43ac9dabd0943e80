"""Desks and a backup in their own processes, on one event: the load benchmark's machinery
(benchmarks/bench_load.py) and the heavy load test's (tests/reliability/test_load.py).

``python benchmarks/load_harness.py desk EVENT NAME START_AT CODES.json OUT.json`` is one desk:
it waits for the common start, scans every code in order (``check_in``, as the desk page does)
and writes each scan's outcome and latency. ``... backup EVENT FOLDER STOP_FILE OUT.json`` backs
the event up again and again until STOP_FILE appears, checking each copy.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] if ordered else 0.0


# --- the processes --------------------------------------------------------------------------------


def desk_main(target: str, name: str, start_at: float, codes_file: str, out_file: str) -> None:
    from clusterdesk.core.errors import UserError
    from clusterdesk.services.checkin import check_in
    from clusterdesk.services.events import open_event

    codes = json.loads(Path(codes_file).read_text(encoding="utf-8"))
    db = open_event(target)
    check_in(db, code="warm-up", desk=name)  # connected, keys loaded, before the start
    while time.time() < start_at:
        time.sleep(0.001)
    scans = []
    for code in codes:
        started = time.perf_counter()
        try:
            result = check_in(db, code=code, desk=name).result
        except UserError as exc:  # a fault the desk would show: counted, never hidden
            result = f"error: {exc.code}"
        scans.append([code, result, (time.perf_counter() - started) * 1000])
    db.dispose()
    Path(out_file).write_text(json.dumps(scans), encoding="utf-8")


def backup_main(target: str, folder: str, stop_file: str, out_file: str) -> None:
    from clusterdesk.services.backup import backup_event
    from clusterdesk.services.events import open_event
    from clusterdesk.store.integrity import quick_check

    db = open_event(target)
    runs: list[dict[str, object]] = []
    number = 0
    while not Path(stop_file).exists():
        dest = Path(folder) / f"backup-{number}.cdesk"
        started = time.perf_counter()
        try:
            backup_event(db, dest)
            seconds = time.perf_counter() - started
            runs.append({"seconds": seconds, "ok": quick_check(dest) == ""})
            dest.unlink()
        except Exception as exc:  # noqa: BLE001 - reported, and the run fails on it
            runs.append({"seconds": time.perf_counter() - started, "ok": False, "error": repr(exc)})
        number += 1
    db.dispose()
    Path(out_file).write_text(json.dumps(runs), encoding="utf-8")


# --- the run ------------------------------------------------------------------------------------


@dataclass
class LoadRun:
    engine: str
    desks: int
    people: int
    scans: list[tuple[str, str, str, float]] = field(default_factory=list)  # desk, code, result, ms
    backups: list[dict[str, object]] = field(default_factory=list)
    seconds: float = 0.0
    hung: list[str] = field(default_factory=list)
    attendance: int = 0
    first_check_ins: int = 0  # log rows that say "checked_in"
    duplicates: int = 0  # people with more than one "checked_in" log row

    @property
    def latencies(self) -> list[float]:
        return [ms for _, _, _, ms in self.scans]

    @property
    def results(self) -> Counter[str]:
        return Counter(result for _, _, result, _ in self.scans)

    @property
    def scanned_people(self) -> int:
        return len({code for _, code, _, _ in self.scans})

    @property
    def exactly_once(self) -> bool:
        return (
            not self.hung
            and self.attendance == self.scanned_people == self.first_check_ins
            and self.duplicates == 0
            and self.results["checked_in"] == self.scanned_people
            and all(not r.startswith("error") for r in self.results)
        )

    def summary(self) -> str:
        lat = self.latencies
        return (
            f"p50 {statistics.median(lat):.1f} ms, p90 {percentile(lat, 90):.1f}, "
            f"p99 {percentile(lat, 99):.1f}, max {max(lat):.1f}"
        )


def make_event(target: str, people: int) -> list[str]:
    """A new event at ``target`` with ``people`` participants; their badge codes."""
    from sqlalchemy import insert

    from clusterdesk.core import badge_codes
    from clusterdesk.services.events import badge_keys, create_event
    from clusterdesk.store.models import Participant

    db = create_event(target, name="Load", start=date(2026, 5, 14))
    prefix, secret = badge_keys(db)
    codes = [badge_codes.new_code(prefix, secret) for _ in range(people)]
    rows = [
        {
            "first_name": f"Svečias{i}",
            "last_name": "Šetkus",
            "email": f"guest{i}@load.example",
            "badge_code": code,
            "status": "active",
            "search_key": f"svecias{i} setkus",
        }
        for i, code in enumerate(codes)
    ]
    with db.write() as s:
        s.execute(insert(Participant.__table__), rows)  # type: ignore[arg-type]
    db.dispose()
    return codes


def overlapping_plan(codes: list[str], desks: int) -> list[list[str]]:
    """Person ``i`` is scanned by desks ``i % n`` and ``(i+1) % n`` at about the same moment
    (every desk goes through its people in the same order) and every tenth person by every desk
    — with one desk, twice by it. Everybody is scanned at least twice."""
    plan: list[list[str]] = [[] for _ in range(desks)]
    for i, code in enumerate(codes):
        who = range(desks) if i % 10 == 0 else {i % desks, (i + 1) % desks}
        for d in who:
            plan[d].append(code)
        if desks == 1 or (desks == 2 and i % 10 == 0):
            plan[i % desks].append(code)
    return plan


def run_load(
    engine: str, target: str, codes: list[str], plan: list[list[str]], work: Path, *, backup: bool
) -> LoadRun:
    """Every desk of ``plan`` in its own process (and a backup process), then the verdict."""
    work.mkdir(parents=True, exist_ok=True)
    me = str(Path(__file__).resolve())
    start_at = time.time() + 4.0
    desks = []
    for d, desk_codes in enumerate(plan):
        codes_file = work / f"codes-{d}.json"
        codes_file.write_text(json.dumps(desk_codes), encoding="utf-8")
        out = work / f"desk-{d}.json"
        args = ["desk", target, f"Desk {d + 1}", str(start_at), str(codes_file), str(out)]
        desks.append(
            (f"Desk {d + 1}", out, subprocess.Popen([sys.executable, me, *args], cwd=ROOT))
        )
    stop = work / "stop"
    backup_proc = None
    if backup:
        backup_out = work / "backups.json"
        (work / "copies").mkdir(exist_ok=True)
        backup_proc = subprocess.Popen(
            [
                sys.executable,
                me,
                "backup",
                target,
                str(work / "copies"),
                str(stop),
                str(backup_out),
            ],
            cwd=ROOT,
        )
    run = LoadRun(engine, len(plan), len(codes))
    for name, out, proc in desks:
        try:
            proc.wait(timeout=1800)
        except subprocess.TimeoutExpired:
            proc.kill()
            run.hung.append(name)
            continue
        for code, result, ms in json.loads(out.read_text(encoding="utf-8")):
            run.scans.append((name, code, result, ms))
    run.seconds = time.time() - start_at
    stop.touch()
    if backup_proc is not None:
        backup_proc.wait(timeout=600)
        run.backups = json.loads((work / "backups.json").read_text(encoding="utf-8"))
    _verdict(run, target)
    return run


def _verdict(run: LoadRun, target: str) -> None:
    from sqlalchemy import func, select

    from clusterdesk.services.events import open_event
    from clusterdesk.store.models import Attendance, CheckInLog

    db = open_event(target)
    with db.read() as s:
        run.attendance = int(s.scalar(select(func.count()).select_from(Attendance)) or 0)
        per_person = (
            select(CheckInLog.participant_id, func.count().label("n"))
            .where(CheckInLog.result == "checked_in")
            .group_by(CheckInLog.participant_id)
            .subquery()
        )
        run.first_check_ins = int(s.scalar(select(func.sum(per_person.c.n))) or 0)
        run.duplicates = int(
            s.scalar(select(func.count()).select_from(per_person).where(per_person.c.n > 1)) or 0
        )
    db.dispose()


if __name__ == "__main__":
    kind, *rest = sys.argv[1:]
    if kind == "desk":
        desk_main(rest[0], rest[1], float(rest[2]), rest[3], rest[4])
    elif kind == "backup":
        backup_main(*rest)
    else:
        raise SystemExit(f"unknown part {kind!r}")
