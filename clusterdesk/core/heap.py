"""Large, long-lived data without long garbage-collector pauses.

Python's cyclic garbage collector scans every container object it tracks in its oldest
generation whenever that generation has grown by a quarter. While a worker builds the meeting
board of a 5,000-person event (hundreds of thousands of tuples), it runs such full passes again
and again, each holding the interpreter lock for hundreds of milliseconds — and the GUI thread,
which needs that lock to handle any event, stalls for as long. ``quiet_gc()`` pauses the collector
while the data is built and then moves everything alive out of its generations
(:func:`gc.freeze`), so later passes skip it. Reference counting still frees these objects when
they are dropped; only cyclic garbage that exists at that moment stays (boards have no cycles).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def quiet_gc() -> Iterator[None]:
    """No collector passes inside (nests, from any thread); frozen heap afterwards."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.freeze()
                if _was_enabled:
                    gc.enable()
