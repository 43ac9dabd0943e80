"""Sorting by the event's collation (ICU sort keys) at 20,000 people, against the folded-text
key it replaced, in the same run.

    python benchmarks/bench_collation.py [--participants 20000] [--event PATH] [--repeat 3]

The event is the demo event (built once and kept at ``--event``). Rows:

* ``keys, cold``  — computing every person's (last, first) key once (the search's first sort,
  or a print order, after a start: ICU keys are cached per text afterwards);
* ``keys, warm``  — the same with the cache filled (every later re-sort);
* ``order``       — ``ParticipantSearch.filtered("")`` for the name column after the people
  changed (the Participants page's full list, re-sorted);
* ``search build`` — the search's first ``refresh`` (words, sort keys and all).

``folded`` is the baseline: ``core.folding.fold`` keys (diacritics dropped, code-point order),
what the lists sorted by before; ``icu en`` and ``icu lt`` the event's collation.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from clusterdesk.core import collation
from clusterdesk.core.folding import fold
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import open_event, update_event
from clusterdesk.services.search import ParticipantSearch
from clusterdesk.store.models import Participant


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--participants", type=int, default=20_000)
    ap.add_argument("--event", default=str(Path(tempfile.gettempdir()) / "cd-bench-coll.cdesk"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    path = Path(args.event)
    if not path.exists():
        build_demo(path, participants=args.participants)
    db = open_event(path)
    with db.read() as s:
        names = [tuple(r) for r in s.execute(select(Participant.last_name, Participant.first_name))]

    def folded_keys() -> object:
        return sorted(names, key=lambda n: (fold(n[0]), fold(n[1])))

    def icu_keys(language: str) -> Callable[[], object]:
        def run() -> object:
            return sorted(
                names,
                key=lambda n: (
                    collation.sort_key(n[0], language),
                    collation.sort_key(n[1], language),
                ),
            )

        return run

    rows: list[tuple[str, str, float]] = []
    rows.append(("keys, cold", "folded", best(folded_keys, 1)))
    for language in ("en", "lt"):
        collation.sort_key.cache_clear()
        rows.append(("keys, cold", f"icu {language}", best(icu_keys(language), 1)))
    rows.append(("keys, warm", "folded", best(folded_keys, args.repeat)))
    for language in ("en", "lt"):
        rows.append(("keys, warm", f"icu {language}", best(icu_keys(language), args.repeat)))
    for language in ("en", "lt"):
        update_event(db, language=language)
        collation.sort_key.cache_clear()
        search = ParticipantSearch()
        start = time.perf_counter()
        search.refresh(db)
        rows.append(("search build", f"icu {language}", (time.perf_counter() - start) * 1000))

        def order(search: ParticipantSearch = search) -> object:
            search._orders.clear()  # as after a change of the data
            return search.filtered("", "name")

        rows.append(("order", f"icu {language}", best(order, args.repeat)))
    update_event(db, language="en")
    db.dispose()
    print(
        f"{len(names)} participants · {platform.processor() or platform.machine()} · "
        f"{os.cpu_count()} cores · load {os.getloadavg()[0]:.1f}"
    )
    print(f"{'what':<14} {'key':<8} {'ms':>9}   baseline (folded, same run)")
    base = {w: ms for w, k, ms in rows if k == "folded"}
    for what, key, ms in rows:
        ref = base.get(what)
        beside = f"{ref:9.1f}" if ref is not None and key != "folded" else ""
        print(f"{what:<14} {key:<8} {ms:9.1f}   {beside}")
    print(
        f"median key length (bytes): {statistics.median(len(collation.sort_key(n[0])) for n in names)}"
    )


if __name__ == "__main__":
    main()
