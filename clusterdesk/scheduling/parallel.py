"""Solver child processes, parent side: they use the second core, never hold the caller's GIL
(python-sat's CaDiCaL does while it searches) and can be stopped at any moment.

Each child is a fresh interpreter running ``clusterdesk.scheduling.worker`` (a frozen build runs
its own executable with ``worker.WORKER_FLAG``), started from the calling thread, talking over
its own stdin/stdout pipes; it inherits no other descriptor of ours. Children never outlive the
parent: see ``worker.py`` for the child's side (parent-death signal, stdin watchdog); here every
live child is registered, and they are killed when ``solve`` ends, at interpreter exit, and on
SIGTERM while ``guard_signals`` is active (the CLI's main thread).
"""

from __future__ import annotations

import atexit
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from .worker import WORKER_FLAG, read_frame, write_frame

_live: set[subprocess.Popen[bytes]] = set()
_live_lock = threading.Lock()


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG, str(os.getpid())]
    return [sys.executable, "-m", "clusterdesk.scheduling.worker", str(os.getpid())]


def kill_all() -> None:
    """Kill every live solver child (SIGTERM handler, interpreter exit)."""
    with _live_lock:
        procs = list(_live)
    for proc in procs:
        try:
            proc.kill()
        except OSError:
            pass


atexit.register(kill_all)


@contextmanager
def guard_signals() -> Iterator[None]:
    """While active (main thread only; elsewhere a no-op): SIGTERM (and SIGHUP) first kill the
    solver children, then end the process as the signal would have."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    old = {sig: signal.getsignal(sig) for sig in wanted}

    def handler(signum: int, _frame: FrameType | None) -> None:
        kill_all()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    for sig in wanted:
        signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, h in old.items():
            signal.signal(sig, h)


def check_children(timeout: float = 60.0) -> int:
    """Start one child process exactly as the solvers do and wait for its answer; its process id.
    The frozen bundle's self-test calls this: a bundle whose executable cannot stand in for
    Python here would let the solver run on without its children, slower and never proven."""
    child = Child("alive")
    try:
        if child.proc is None:
            raise RuntimeError("no solver child process could be started")
        until = time.monotonic() + timeout
        while time.monotonic() < until:
            for msg in child.messages():
                if msg[0] == "alive":
                    return int(msg[1])
            if child.finished:
                break
            time.sleep(0.02)
        if child.error:
            raise RuntimeError(f"the solver child process failed: {child.error.strip()}")
        if not child.finished:
            raise RuntimeError(f"the solver child process did not answer within {timeout:.0f} s")
        raise RuntimeError("the solver child process ended without answering")
    finally:
        child.stop()


class Child:
    """One solver process running job ``kind``; ``messages()`` drains what it sent so far,
    ``send`` passes it a message (its job's inbox)."""

    def __init__(self, kind: str, *args: Any) -> None:
        self.kind = kind
        self.finished = False
        self.failed = False
        self.error = ""
        self.peak = 0.0
        self._queue: queue.Queue[tuple[Any, ...] | None] = queue.Queue()
        self._wlock = threading.Lock()
        try:
            # started from this thread: Linux's parent-death signal follows the starting thread
            self.proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                _command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                close_fds=True,
                env=_child_env(),
            )
        except OSError:  # no child processes here: the solver goes on without this one
            self.proc = None
            self.failed = self.finished = True
            return
        with _live_lock:
            _live.add(self.proc)
        self._send_job = (kind, args)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        try:
            self.send_raw(self._send_job)
            while True:
                self._queue.put(read_frame(self.proc.stdout))
        except (EOFError, OSError, ValueError):
            self._queue.put(None)

    def send_raw(self, obj: object) -> None:
        if self.proc is None or self.proc.stdin is None:
            return
        with self._wlock:
            try:
                write_frame(self.proc.stdin, obj)
            except (BrokenPipeError, OSError, ValueError):
                pass

    def send(self, msg: tuple[Any, ...]) -> None:
        """A message for the job's inbox (ignored when the child has ended)."""
        if not self.finished:
            threading.Thread(target=self.send_raw, args=(msg,), daemon=True).start()

    def messages(self) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        while not self.finished:
            try:
                msg = self._queue.get_nowait()
            except queue.Empty:
                break
            if msg is None or msg[0] == "done":
                self.finished = True
                break
            if msg[0] == "error":
                self.error = str(msg[1])
                continue
            out.append(msg)
        return out

    def peak_mb(self) -> float:
        """The child's peak resident memory (Linux; 0 where unknown)."""
        if self.proc is None:
            return 0.0
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except (OSError, ValueError):
            pass
        return 0.0

    def stop(self) -> None:
        self.finished = True
        proc = self.proc
        if proc is None:
            return
        self.peak = max(self.peak, self.peak_mb())
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        with _live_lock:
            _live.discard(proc)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    # the child must import this very package (an editable or a source checkout as well)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def wait_any(children: list[Child], seconds: float) -> None:
    """Sleep up to ``seconds`` (the parent's poll interval)."""
    time.sleep(seconds)
