"""The jobs a solver child runs (see ``worker.py``): the exact engine. It reports through the
worker's ``Link``. (The large-neighbourhood search runs in the calling process, between polls:
measured on the shared machine at load 4-7, a second child for it was starved and started late;
in the caller it needs no interpreter start and no copy of the event.)"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from typing import Any

from .exact import Incumbent, Settings, run_exact
from .instance import Instance
from .worker import Link


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


JOBS: dict[str, Callable[..., None]] = {"exact": exact_job}
