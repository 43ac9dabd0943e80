"""Desk search latency per keystroke at 20,000 participants, against a plain SQL LIKE baseline.

    python benchmarks/bench_search.py [--participants 20000] [--event PATH] [--people 60]

The event is the demo event (``services.demo.build_demo``), built once and kept at ``--event``
(default: a file in the system temp folder) because building 20,000 people takes minutes.
For ``--people`` randomly chosen participants the desk types, letter by letter and without
diacritics, what staff type: a first name, a last name, "first last", an organisation word, and
a last name with one typo. Every prefix is one query. Measured per query:

* ``index``      — ``DeskSearch.search`` (what the desk does for each keystroke);
* ``index+rows`` — the same plus fetching the 30 rows shown (``rows_by_id``);
* ``sql like``   — ``services.participants.search_ids`` (folded search_key LIKE '%word%').

It also reports how often, once the text is fully typed, the first answer has the wanted name
(the demo repeats names, so "the wanted name first" is the fair measure): for the full name, and
for the last name typed with two letters swapped.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from clusterdesk.core.folding import fold
from clusterdesk.services.demo import build_demo
from clusterdesk.services.desk_search import DeskSearch
from clusterdesk.services.events import open_event
from clusterdesk.services.participants import list_participants, rows_by_id, search_ids


def ms(seconds: float) -> float:
    return seconds * 1000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # swap two letters


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--participants", type=int, default=20_000)
    ap.add_argument("--event", type=Path, default=None)
    ap.add_argument("--people", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    path = (
        args.event or Path(tempfile.gettempdir()) / f"clusterdesk-bench-{args.participants}.cdesk"
    )
    if not path.exists():
        print(f"building the demo event with {args.participants} participants at {path} …")
        seconds, _ = timed(lambda: build_demo(path, participants=args.participants))
        print(f"  built in {seconds:.0f} s")
    db = open_event(path)
    people = list_participants(db)
    index = DeskSearch()
    build, _ = timed(lambda: index.refresh(db))
    noop, _ = timed(lambda: index.refresh(db))

    rng = random.Random(args.seed)
    targets: list[tuple[str, int, str]] = []
    for p in rng.sample(people, min(args.people, len(people))):
        org_words = [w for w in fold(p.organization).split() if len(w) > 3]
        texts = [
            fold(p.first_name),
            fold(p.last_name),
            fold(f"{p.first_name} {p.last_name}"),
            rng.choice(org_words) if org_words else fold(p.last_name),
            typo(fold(p.last_name), rng),
        ]
        kinds = ["first", "last", "full", "org", "typo"]
        targets += [(t, p.id, k) for t, k in zip(texts, kinds, strict=True) if t]

    timings: dict[str, list[float]] = {"index": [], "index+rows": [], "sql like": []}
    found = {(m, k): 0 for m in ("index", "sql like") for k in ("full", "typo")}
    wanted = {p.id: p for p in people}
    for text, pid, kind in targets:
        for n in range(1, len(text) + 1):
            prefix = text[:n]
            t, ids = timed(lambda prefix=prefix: index.search(prefix, 30))
            timings["index"].append(ms(t))
            t, _ = timed(lambda prefix=prefix: rows_by_id(db, index.search(prefix, 30)))
            timings["index+rows"].append(ms(t))
            t, like = timed(lambda prefix=prefix: search_ids(db, prefix))
            timings["sql like"].append(ms(t))
        if kind in ("full", "typo"):
            for method, answer in (("index", ids), ("sql like", like)):
                first = rows_by_id(db, list(answer)[:1])  # type: ignore[call-overload]
                p = wanted[pid]
                same = bool(first) and fold(first[0].last_name) == fold(p.last_name)
                if kind == "full":
                    same = same and fold(first[0].first_name) == fold(p.first_name)
                found[(method, kind)] += same
    db.dispose()

    print(
        f"\nDesk search — {len(people)} participants, {platform.node()}, "
        f"{platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    print(
        f"index build {ms(build):.0f} ms, refresh with nothing new {ms(noop):.1f} ms, "
        f"{len(targets)} typed texts, {sum(len(t) for t, _, _ in targets)} keystrokes"
    )
    n = len(targets) // 5
    print(
        f"\n{'method':<12} {'median ms':>10} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}  "
        f"{'full name first':>15} {'typo name first':>15}"
    )
    for name, values in timings.items():
        full = f"{found[(name, 'full')]}/{n}" if (name, "full") in found else "—"
        typo_hits = f"{found[(name, 'typo')]}/{n}" if (name, "typo") in found else "—"
        print(
            f"{name:<12} {statistics.median(values):>10.2f} {percentile(values, 90):>8.2f} "
            f"{percentile(values, 99):>8.2f} {max(values):>8.2f}  {full:>15} {typo_hits:>15}"
        )


if __name__ == "__main__":
    main()
