"""Start-up of the frozen app (build_installer.py's bundle) against the same commands run from
the source checkout's virtual environment in the same run (the baseline).

    python build_installer.py --no-package         # once: dist/clusterdesk
    python benchmarks/bench_frozen_startup.py [--app dist/clusterdesk] [--runs 7]

Cases, each a fresh process, frozen and source taking turns so that the machine's load falls on
both alike:
* ``--version`` — the bootloader and the interpreter coming up;
* ``checkin`` — a first check-in of a different participant of a demo event on every run (what a
  script calling the CLI per scan waits for);
* ``window`` — the desktop app with no arguments until its main window is shown (the app's log line
  "desktop app started", written after ``show()``), off-screen.
The first frozen run is reported on its own too (the page cache as the benchmark found it: cold
only right after installing). The bundle's size on disk is printed with the table.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTED = "desktop app started"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import demo_codes, percentile  # noqa: E402
from bench_startup import run as timed  # noqa: E402


def window_shown(exe: str, env: dict[str, str], home: Path) -> float:
    """Milliseconds from starting the app until it logs that its window is shown."""
    log = home / "log" / "clusterdesk.log"
    before = log.read_text(encoding="utf-8").count(STARTED) if log.exists() else 0
    start = time.perf_counter()
    proc = subprocess.Popen(
        [exe],
        env={**env, "CLUSTERDESK_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            if log.exists() and log.read_text(encoding="utf-8").count(STARTED) > before:
                return (time.perf_counter() - start) * 1000
            if proc.poll() is not None:
                raise SystemExit(f"{exe} exited ({proc.returncode}) before showing its window")
            if time.perf_counter() - start > 120:
                raise SystemExit(f"{exe} showed no window within 120 s")
            time.sleep(0.005)
    finally:
        proc.terminate()
        proc.wait(30)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "clusterdesk")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    frozen = str(args.app / "clusterdesk")
    source = str(Path(sys.executable).with_name("clusterdesk"))
    if not Path(frozen).exists():
        raise SystemExit(f"no frozen app at {args.app}: run `python build_installer.py` first")

    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "CLUSTERDESK_HOME": str(Path(tmp) / "home"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        event = str(Path(tmp) / "startup.cdesk")
        codes = demo_codes(source, event, max(40, 3 * args.runs), env)

        first_frozen = timed([frozen, "--version"], env)
        results: dict[tuple[str, str], list[float]] = {}
        for n in range(args.runs):
            for label, exe in (("frozen", frozen), ("source", source)):
                results.setdefault(("--version", label), []).append(timed([exe, "--version"], env))
                results.setdefault(("checkin", label), []).append(
                    timed([exe, "checkin", event, next(codes)], env)
                )
                home = Path(tmp) / f"gui-{label}-{n}"
                results.setdefault(("window", label), []).append(window_shown(exe, env, home))

    print(
        f"Frozen start-up: {platform.platform()}, {os.cpu_count()} CPUs, load "
        f"{os.getloadavg()[0]:.1f}; {args.runs} runs; bundle {args.app} "
        f"{folder_size(args.app) / 1e6:.0f} MB"
    )
    print(
        f"first frozen run of this benchmark (page cache as found): --version {first_frozen:.0f} ms"
    )
    header = ["case", "frozen median", "p90", "source median", "p90", "frozen − source"]
    print(f"{header[0]:<12}" + "".join(f"{h:>16}" for h in header[1:]))
    for case in ("--version", "checkin", "window"):
        f, s = results[(case, "frozen")], results[(case, "source")]
        fm, sm = statistics.median(f), statistics.median(s)
        cells = [fm, percentile(f, 90), sm, percentile(s, 90)]
        print(f"{case:<12}" + "".join(f"{c:>13.0f} ms" for c in cells) + f"{fm - sm:>+13.0f} ms")


if __name__ == "__main__":
    main()
