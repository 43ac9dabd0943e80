"""Solvers in child processes: they use the second core, never hold the caller's GIL (python-sat
does while it searches), and can be stopped at any moment (killed) without harm.

Processes come from a ``forkserver`` (a clean helper process that has imported this module once,
so a child starts in milliseconds; safe from a Qt program's worker thread), or are spawned where
there is no forkserver (Windows). A frozen build must call ``multiprocessing.freeze_support()``
first thing in ``main``.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from .encoding import encode
from .instance import Instance
from .lns import lns
from .maxsat import solve_feasible, solve_optimal


def _optimal_child(inst: Instance, chosen: list[int], solver: str, conn: Connection) -> None:
    enc = encode(inst, chosen)
    res = solve_optimal(enc, inst.n, solver)
    conn.send(("infeasible",) if res is None else ("optimal", res[0], res[1]))
    conn.close()


def _feasible_child(inst: Instance, chosen: list[int], conn: Connection) -> None:
    enc = encode(inst, chosen)
    res = solve_feasible(enc, inst.n)
    conn.send(("infeasible",) if res is None else ("feasible", res))
    conn.close()


LNS_NICE = 10
"""The LNS child's lower scheduling priority (a free second core is not affected)."""


def _lns_child(
    inst: Instance, slots: list[int], seed: int, seconds: float, lb: int, conn: Connection
) -> None:
    def improved(s: list[int], cost: int) -> None:
        conn.send(("improved", cost, s))

    try:  # on a busy machine the exact solver (whose proof ends the search) goes first
        os.nice(LNS_NICE)
    except (AttributeError, OSError):  # no nice (Windows) or not allowed: run as is
        pass

    lns(inst, slots, time.monotonic() + seconds, random.Random(seed), improved, lb)
    conn.send(("done",))
    conn.close()


def _context() -> Any:
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload([__name__])
        return ctx
    return mp.get_context("spawn")


def warm_up() -> None:
    """Start the fork server now (it imports the solvers once), e.g. while the greedy runs."""
    if "forkserver" in mp.get_all_start_methods():
        _context()
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _echo_child(conn: Connection) -> None:
    conn.send(("alive", os.getpid()))
    conn.close()


def check_children(timeout: float = 60.0) -> int:
    """Start one child process exactly as the solvers do and wait for its answer; its process id.
    The frozen bundle's self-test calls this: a bundle whose executable cannot stand in for
    Python here would let the solver run on without its children, slower and never proven."""
    ctx = _context()
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_echo_child, args=(send,), daemon=True)
    proc.start()
    send.close()
    try:
        if not recv.poll(timeout):
            raise RuntimeError(f"the solver child process did not answer within {timeout:.0f} s")
        kind, pid = recv.recv()
        proc.join(timeout)
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        recv.close()
    if kind != "alive" or proc.exitcode != 0:
        raise RuntimeError(f"the solver child process failed (exit code {proc.exitcode})")
    return int(pid)


class Child:
    """One solver process; ``messages()`` drains what it sent so far."""

    def __init__(self, kind: str, *args: Any) -> None:
        targets: dict[str, Callable[..., None]] = {
            "optimal": _optimal_child,
            "feasible": _feasible_child,
            "lns": _lns_child,
        }
        target = targets[kind]
        ctx = _context()
        recv, send = ctx.Pipe(duplex=False)
        self.kind = kind
        self.conn = recv
        self.proc = ctx.Process(target=target, args=(*args, send), daemon=True)
        self.finished = False

        self.failed = False
        self.peak = 0.0

        def start() -> None:  # may wait for the fork server: off the caller's thread
            try:
                self.proc.start()
            except Exception:  # no child processes here: the solver goes on without this one
                self.failed = True
            finally:
                send.close()

        self._starter = threading.Thread(target=start, daemon=True)
        self._starter.start()

    def messages(self) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        if self._starter.is_alive():
            return out
        if self.failed:
            self.finished = True
            return out
        try:
            while not self.finished and self.conn.poll():
                msg = self.conn.recv()
                out.append(msg)
                if msg[0] != "improved":
                    self.finished = True
        except (EOFError, OSError):
            self.finished = True
        if not self.finished and not self.proc.is_alive() and not self.conn.poll():
            self.finished = True
        return out

    def peak_mb(self) -> float:
        """The child's peak resident memory (Linux; 0 where unknown)."""
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except (OSError, ValueError, TypeError):
            pass
        return 0.0

    def stop(self) -> None:
        self._starter.join()
        if not self.failed:
            self.peak = self.peak_mb()
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join()
        self.conn.close()
        self.finished = True
