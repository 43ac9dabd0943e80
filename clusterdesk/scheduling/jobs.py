"""The jobs a solver child runs (see ``worker.py``): the exact engine and the
large-neighbourhood search. Each reports through the worker's ``Link``."""

from __future__ import annotations

import os
import queue
import random
import time
from collections.abc import Callable
from typing import Any

from .exact import Exact, Incumbent, Settings, run_exact, slots_breaks
from .instance import Instance
from .lns import lns
from .state import IDLE
from .worker import Link

LNS_NICE = 5
"""The LNS child's lower scheduling priority: on a machine whose other core is busy, the exact
engine (whose proof ends the search) goes first; on a free second core nothing changes."""


def _drain(link: Link) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    while True:
        try:
            out.append(link.inbox.get_nowait())
        except queue.Empty:
            return out


def _stopper(link: Link, deadline: float) -> Callable[[], bool]:
    def stop() -> bool:
        link.alive()
        return time.monotonic() >= deadline

    return stop


def exact_job(
    link: Link,
    inst: Instance,
    settings: Settings,
    incumbent: Incumbent | None,
    seconds: float,
) -> None:
    deadline = time.monotonic() + seconds
    if incumbent is None:  # the parent's first schedule is on its way: wait a moment for it
        first = _wait_incumbent(link, min(deadline, time.monotonic() + 1.0))
        if first is not None:
            incumbent = first
    run_exact(inst, settings, incumbent, link.send, lambda: _drain(link), _stopper(link, deadline))


def _wait_incumbent(link: Link, until: float) -> Incumbent | None:
    while time.monotonic() < until:
        try:
            msg = link.inbox.get(timeout=0.02)
        except queue.Empty:
            continue
        if msg[0] == "incumbent":
            slots = msg[1]
            return Incumbent(slots, int(msg[3]), int(msg[2]))
    return None


def lns_job(
    link: Link,
    inst: Instance,
    slots: list[int],
    seed: int,
    seconds: float,
    lower_bound: int,
    fairness: int | None,
) -> None:
    try:  # on a busy machine the exact engine goes first
        os.nice(LNS_NICE)
    except (AttributeError, OSError):  # no nice (Windows) or not allowed: run as is
        pass

    def improved(s: list[int], unplaced: int, breaks: int) -> None:
        link.send(("improved", s, unplaced, breaks))

    def poll() -> list[tuple[Any, ...]]:
        link.alive()
        return _drain(link)

    lns(
        inst,
        slots,
        time.monotonic() + seconds,
        random.Random(seed),
        improved,
        lower_bound,
        fairness=fairness,
        poll=poll,
    )


def portfolio_job(
    link: Link,
    inst: Instance,
    settings: Settings,
    slots: list[int],
    seed: int,
    seconds: float,
    shares: tuple[float, float],
    fairness: int | None,
) -> None:
    """The second core: the large-neighbourhood search for the first share of the time (it
    finds the near-perfect plans of loose events in a second, which the engines then only have
    to prove, and gives a run that ends unproven a good plan), then a second exact engine
    (``settings``: another model and search, raced against the first: their running times
    differ by an order of magnitude from event to event, each way) from the best plan known;
    when the run is still unproven at the last share of the time, the search again."""
    start = time.monotonic()
    deadline = start + seconds
    head, tail = shares

    def improved(s: list[int], unplaced: int, breaks: int) -> None:
        link.send(("improved", s, unplaced, breaks))

    facts: list[tuple[Any, ...]] = []  # proven by the first engine, for the second

    def poll() -> list[tuple[Any, ...]]:
        link.alive()
        msgs = _drain(link)
        facts.extend(m for m in msgs if m[0] in ("placed-proven", "lb"))
        return msgs

    rng = random.Random(seed)
    plan = lns(
        inst, list(slots), start + head * seconds, rng, improved, 0, fairness=fairness, poll=poll
    )
    unplaced = sum(w for w, t in zip(inst.weight, plan, strict=True) if t == IDLE)
    switch = start + (1.0 - tail) * seconds
    engine = Exact(inst, settings, link.send, poll, _stopper(link, switch))
    for fact in facts:
        engine.take(fact)
    engine.run(Incumbent(plan, unplaced, slots_breaks(inst, plan)))
    if time.monotonic() < switch:  # the engine ended: the run is proven
        return
    best = engine.best.slots if engine.best is not None else plan
    lb = max((int(m[1]) for m in facts if m[0] == "lb"), default=0)
    lns(inst, best, deadline, rng, improved, lb, fairness=fairness, poll=poll)


def alive_job(link: Link) -> None:
    """Answer with this process's id (the frozen bundle's self-test: children can start)."""
    link.send(("alive", os.getpid()))


JOBS: dict[str, Callable[..., None]] = {
    "exact": exact_job,
    "lns": lns_job,
    "portfolio": portfolio_job,
    "alive": alive_job,
}
