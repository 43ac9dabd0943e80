"""`selftest`: does this installation work? The installer's build runs it on the frozen bundle
before packaging it (build_installer.py), and a user or a support contact can run it anywhere.

In a temporary folder, on a demo event: render a badge PDF (with the bundled fonts embedded),
check one person in (and see the second scan refused), start a solver child process the way the
scheduler does, schedule the demo's meetings, and open the desktop app's window on the event
off-screen (Qt's platform, image and icon plugins, the translations). Each step prints one line;
the first failure stops the test with exit code 1. Nothing is written outside the temporary folder
but the log file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clusterdesk.cli.common import EXIT_BUG, err, out, print_json

DEMO_PEOPLE = 80  # enough meeting requests for the scheduler to use its child processes


def register(sub: Any) -> None:
    p = sub.add_parser(
        "selftest",
        help="check this installation: demo event, badge PDF, check-in, scheduler, window",
    )
    p.add_argument(
        "--no-gui", action="store_true", help="skip opening the app's window (off-screen)"
    )
    p.add_argument("--time-limit", type=float, default=5.0, metavar="SECONDS")
    p.add_argument("--json", action="store_true", help="the steps and their times as JSON")
    p.set_defaults(handler=cmd_selftest)


class StepFailed(Exception):
    pass


def _demo(folder: Path) -> str:
    from clusterdesk.services.demo import build_demo

    summary = build_demo(folder / "selftest.cdesk", participants=DEMO_PEOPLE, seed=2026)
    return f"{summary.participants} participants, {summary.requests} meeting requests"


def _badges(folder: Path) -> str:
    from clusterdesk.services.events import open_event
    from clusterdesk.services.printing import BADGE, FileSink, PrintChoices, prepare, produce

    pdf = folder / "badges.pdf"
    db = open_event(folder / "selftest.cdesk")
    try:
        job = prepare(db, PrintChoices(BADGE))
        stats = produce(db, job, FileSink(pdf), desk="selftest").stats
    finally:
        db.dispose()
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise StepFailed(f"{pdf.name} is not a complete PDF")
    if b"/FontFile2" not in data:
        raise StepFailed("the badge PDF has no embedded TrueType font: bundled fonts not found")
    return f"{stats.items} badges on {stats.pages} pages, {len(data) // 1024} KB"


def _checkin(folder: Path) -> str:
    from clusterdesk.services.checkin.core import check_in
    from clusterdesk.services.checkin.result import ALREADY, CHECKED_IN
    from clusterdesk.services.events import open_event
    from clusterdesk.services.participants import list_participants

    db = open_event(folder / "selftest.cdesk")
    try:
        person = next(p for p in list_participants(db) if p.status == "active" and p.badge_code)
        first = check_in(db, code=person.badge_code, desk="selftest", operator="selftest")
        again = check_in(db, code=person.badge_code, desk="selftest", operator="selftest")
    finally:
        db.dispose()
    if first.result != CHECKED_IN:
        raise StepFailed(f"the first scan was {first.result} ({first.reason}), not checked_in")
    if again.result != ALREADY:
        raise StepFailed(f"the second scan was {again.result}, not already_checked_in")
    return "checked in; the second scan refused as already checked in"


def _children(_folder: Path) -> str:
    from clusterdesk.scheduling.parallel import check_children

    pid = check_children()
    return f"a solver child process answered (pid {pid})"


def _schedule(folder: Path, time_limit: float) -> str:
    from clusterdesk.services.events import open_event
    from clusterdesk.services.meetings import schedule_meetings

    db = open_event(folder / "selftest.cdesk")
    try:
        plan = schedule_meetings(db, time_limit=time_limit, actor="selftest")
    finally:
        db.dispose()
    if not plan.meetings:
        raise StepFailed("the scheduler placed no meeting")
    return f"{len(plan.meetings)} meetings placed, {len(plan.unscheduled)} not"


def _window(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from clusterdesk.core.platform_check import gui_platform_problem

    problem = gui_platform_problem()
    if problem:
        raise StepFailed(problem)
    from clusterdesk.ui.selftest import check_window

    return check_window(folder / "selftest.cdesk")


def steps(args: argparse.Namespace) -> list[tuple[str, Callable[[Path], str]]]:
    chosen: list[tuple[str, Callable[[Path], str]]] = [
        ("demo event", _demo),
        ("badge PDF", _badges),
        ("check-in", _checkin),
        ("solver child", _children),
        ("schedule", lambda folder: _schedule(folder, args.time_limit)),
    ]
    if not args.no_gui:
        chosen.append(("app window", _window))
    return chosen


def cmd_selftest(args: argparse.Namespace) -> int:
    from clusterdesk import __version__

    if not args.json:
        frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
        out(f"ClusterDesk {__version__} self-test ({frozen}, Python {sys.version.split()[0]})")
    home = os.environ.get("CLUSTERDESK_HOME")
    with tempfile.TemporaryDirectory(prefix="clusterdesk-selftest-") as name:
        # the test's settings, backups and recent events stay in its folder (the log file stays
        # where it is: it was opened before)
        os.environ["CLUSTERDESK_HOME"] = str(Path(name) / "home")
        try:
            return _run_steps(args, Path(name))
        finally:
            if home is None:
                os.environ.pop("CLUSTERDESK_HOME", None)
            else:
                os.environ["CLUSTERDESK_HOME"] = home


def _run_steps(args: argparse.Namespace, folder: Path) -> int:
    import logging

    log = logging.getLogger("clusterdesk.selftest")
    results: list[dict[str, Any]] = []
    started = time.perf_counter()
    for step, run in steps(args):
        t0 = time.perf_counter()
        try:
            detail = run(folder)
        except Exception as exc:  # noqa: BLE001 - every failure is the test's answer
            log.exception("self-test step %r failed", step)
            seconds = time.perf_counter() - t0
            from clusterdesk.cli.words import error_text

            said = error_text(exc)
            results.append({"step": step, "ok": False, "error": said, "seconds": seconds})
            if args.json:
                print_json({"ok": False, "steps": results})
            err(f"selftest failed at {step}: {type(exc).__name__}: {said}")
            return EXIT_BUG
        seconds = time.perf_counter() - t0
        results.append({"step": step, "ok": True, "detail": detail, "seconds": seconds})
        if not args.json:
            out(f"  ok  {step:<13} {detail} ({seconds:.2f} s)")
    total = time.perf_counter() - started
    log.info("self-test passed in %.1f s", total)
    if args.json:
        print_json({"ok": True, "steps": results, "seconds": total})
    else:
        out(f"All {len(results)} checks passed in {total:.1f} s")
    return 0
