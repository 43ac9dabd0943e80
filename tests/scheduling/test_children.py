"""Solver children never outlive `clusterdesk schedule`: SIGTERM and SIGKILL of the command, with
real processes, leave no child behind, and a wrapper reading the command's output gets end of
file. The child's own watchdog (stdin closed = parent gone) is tested apart from Linux's
parent-death signal."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from clusterdesk.scheduling import parallel
from clusterdesk.scheduling.worker import read_frame, write_frame

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="finds child processes through /proc (Linux)"
)


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended


def _wait(cond: object, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return bool(cond())  # type: ignore[operator]


@pytest.fixture(scope="module")
def long_event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo event whose schedule is not proven within a minute (its solvers keep running)."""
    from clusterdesk.services.demo import build_demo

    path = tmp_path_factory.mktemp("children") / "demo.cdesk"
    build_demo(path, participants=220)
    return path


def _start(event: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "clusterdesk", "schedule", str(event), "--time-limit", "120"]
    cmd += ["--json"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _solvers_of(proc: subprocess.Popen[bytes]) -> list[int]:
    assert _wait(lambda: len(_children(proc.pid)) >= 2, 60), "no solver children started"
    kids = _children(proc.pid)
    for kid in kids:
        assert "clusterdesk.scheduling.worker" in Path(f"/proc/{kid}/cmdline").read_text()
    return kids


def _reader(stream: object, got: list[bytes]) -> threading.Thread:
    th = threading.Thread(target=lambda: got.append(stream.read()), daemon=True)  # type: ignore[attr-defined]
    th.start()
    return th


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_killing_the_command_ends_its_solvers(long_event: Path, sig: signal.Signals) -> None:
    proc = _start(long_event)
    try:
        out: list[bytes] = []
        err: list[bytes] = []
        readers = [_reader(proc.stdout, out), _reader(proc.stderr, err)]
        kids = _solvers_of(proc)
        os.kill(proc.pid, sig)
        assert proc.wait(timeout=30) == -sig
        # the wrapper's reads end: nobody holds the command's output pipes any more
        for th in readers:
            th.join(timeout=30)
            assert not th.is_alive(), "a solver child still holds the command's output"
        assert _wait(lambda: not any(_alive(k) for k in kids), 30), [k for k in kids if _alive(k)]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_child_whose_parent_goes_away_stops(tmp_path: Path) -> None:
    """The watchdog alone (no parent-death signal: the test keeps running): closing the child's
    stdin, as a dead parent's pipe does, ends a child in the middle of a long search."""
    import random

    from clusterdesk.scheduling.exact import Settings
    from clusterdesk.scheduling.instance import compile_problem
    from tests.scheduling.helpers import random_problem

    pb = random_problem(random.Random(8), 80, 300, 16, 25, extras=False)
    inst = compile_problem(pb)
    child = subprocess.Popen(
        parallel._command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=parallel._child_env(),
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        write_frame(child.stdin, ("exact", (inst, Settings(), None, 600.0)))
        msg = read_frame(child.stdout)  # it is at work: the placement is proven at once
        assert msg[0] in ("placed-proven", "improved", "lb")
        child.stdin.close()
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_frames_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "frames"
    with open(path, "wb") as f:
        write_frame(f, ("improved", [1, 2, -1], 3, 4))
        write_frame(f, ("done",))
    with open(path, "rb") as f:
        assert read_frame(f) == ("improved", [1, 2, -1], 3, 4)
        assert read_frame(f) == ("done",)
        with pytest.raises(EOFError):
            read_frame(f)
    assert pickle.HIGHEST_PROTOCOL >= 5
