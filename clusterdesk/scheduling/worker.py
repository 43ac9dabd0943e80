"""The solver child process: ``python -m clusterdesk.scheduling.worker PARENT_PID``.

It reads one job from stdin (a pickled frame: the job's name and arguments), runs it and writes
the job's messages to stdout (pickled frames). Further frames from the parent (e.g. a better
schedule found elsewhere) go to the job's inbox.

A solver child must never outlive its parent (a SAT search would hold a core for hours):
- on Linux it asks the kernel for SIGKILL when the parent dies (``prctl(PR_SET_PDEATHSIG)``);
- everywhere, a watchdog thread blocks on stdin: end of file means the parent is gone (a dead
  process's pipe ends close whatever killed it), and the child exits at once. The jobs call
  their SAT solvers in bounded steps, so the watchdog gets the interpreter often enough;
- it also exits when its parent process id changes (POSIX re-parenting), checked by the jobs.
The child holds none of the parent's other file descriptors (no terminal, no output pipe of a
wrapper script): stderr goes to the null device and errors travel as messages.
"""

from __future__ import annotations

import os
import pickle
import queue
import struct
import sys
import threading
import traceback
from collections.abc import Callable
from typing import IO, Any

WORKER_FLAG = "--clusterdesk-solver-worker"
"""A frozen build (no ``python -m``) starts its own executable with this first argument; its
entry point calls ``run_if_worker()`` before anything else."""

_HEADER = struct.Struct("<I")


def write_frame(stream: IO[bytes], obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any:
    """The next object, or raises EOFError when the other side has closed the pipe."""
    head = _read_exact(stream, _HEADER.size)
    return pickle.loads(_read_exact(stream, _HEADER.unpack(head)[0]))


def _read_exact(stream: IO[bytes], n: int) -> bytes:
    parts: list[bytes] = []
    while n:
        chunk = stream.read(n)
        if not chunk:
            raise EOFError
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


def _die_with_parent(parent: int | None) -> None:
    """Linux: SIGKILL when the parent dies. Elsewhere (or without libc) the watchdog does it."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if parent is not None and hasattr(os, "getppid") and os.getppid() != parent:
        os._exit(0)  # the parent died before the request above took effect


class Link:
    """What a job sees of its parent: ``send`` a message, the ``inbox`` of the parent's
    messages, ``alive()`` (False once the parent is gone)."""

    def __init__(self, out: IO[bytes], parent: int | None) -> None:
        self._out = out
        self._lock = threading.Lock()
        self._parent = parent
        self.inbox: queue.Queue[Any] = queue.Queue()

    def send(self, msg: tuple[Any, ...]) -> None:
        with self._lock:
            try:
                write_frame(self._out, msg)
            except (BrokenPipeError, OSError):
                os._exit(0)  # nobody listens any more

    def alive(self) -> bool:
        if self._parent is not None and hasattr(os, "getppid") and os.getppid() != self._parent:
            os._exit(0)
        return True


def _watch(inp: IO[bytes], link: Link) -> None:
    while True:
        try:
            link.inbox.put(read_frame(inp))
        except (EOFError, OSError, pickle.UnpicklingError):
            os._exit(0)  # the parent closed our stdin or died: stop now


def jobs() -> dict[str, Callable[..., None]]:
    from .jobs import JOBS

    return JOBS


def serve(parent: int | None) -> None:
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the message channel
    _die_with_parent(parent)
    link = Link(out, parent)
    try:
        name, args = read_frame(inp)
    except (EOFError, OSError):
        os._exit(0)
    threading.Thread(target=_watch, args=(inp, link), daemon=True).start()
    try:
        jobs()[name](link, *args)
    except BaseException:  # noqa: BLE001 - reported to the parent, which carries on without us
        link.send(("error", traceback.format_exc()))
    link.send(("done",))
    out.flush()
    os._exit(0)


def run_if_worker(argv: list[str] | None = None) -> None:
    """For a frozen build's entry point: become a solver child if started as one."""
    argv = sys.argv if argv is None else argv
    if len(argv) >= 2 and argv[1] == WORKER_FLAG:
        serve(int(argv[2]) if len(argv) > 2 else None)


if __name__ == "__main__":
    serve(int(sys.argv[1]) if len(sys.argv) > 1 else None)
