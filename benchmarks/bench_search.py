"""The app's one participant search at 20,000 people, against the SQL ``LIKE`` it replaced.

    python benchmarks/bench_search.py [--participants 20000] [--event PATH] [--people 60]
                                      [--desk-only]

The event is the demo event (``services.demo.build_demo``), built once and kept at ``--event``
(default: a file in the system temp folder). For ``--people`` randomly chosen participants staff
type, without diacritics, a first name, a last name, "first last", an organisation word, and a last
name with two letters swapped; for a participant whose name is in Cyrillic, also the last name as a
Latin keyboard types it (its Ukrainian national romanisation: "fesenko" for Фесенко). Two tables:

1. **Desk, per keystroke** (every prefix of every text is one query):
   ``search``      — ``ParticipantSearch.ranked`` (what the desk does for each keystroke);
   ``search+rows`` — the same plus fetching the 30 rows shown (``rows_by_id``);
   ``sql like``    — baseline: the folded ``search_key LIKE '%word%'`` query the Participants page
   used before (kept here, :func:`like_search_ids`);
   ``no translit`` — baseline: the same search with its index built without the Latin spellings
   of Cyrillic words (as before they were added), in the same run.
   Also: how often the first answer has the wanted name for the full name, the typo and the Latin
   spelling of a Cyrillic name.
2. **Participants page, a filter result shown** (each fully typed text once): the real page in a
   real main window (offscreen); the clock runs from the end of the debounce
   (``ParticipantQuery.run_now``, what the debounce timer calls) until the table has its new ids
   and has painted them (rows fetched included). ``search`` is the page as shipped; ``sql like``
   is the same page with its search swapped for the baseline query, in the same run.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from translitua import UkrainianKMU, translit

from clusterdesk.core.folding import fold
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import EventDB, open_event
from clusterdesk.services.participants import list_participants, rows_by_id
from clusterdesk.services.search import WORDS, Filtered, ParticipantSearch, words
from clusterdesk.services.search.translit import has_cyrillic
from clusterdesk.store.models import Category, Organization, Participant

LIKE_SORTS = {
    "name": (Participant.last_name, Participant.first_name),
    "organization": (Organization.name,),
}


def like_search_ids(
    db: EventDB, text: str = "", sort: str = "name", desc: bool = False
) -> list[int]:
    """The baseline: the Participants page's query before the one search (LIKE + ORDER BY)."""
    q = (
        select(Participant.id)
        .outerjoin(Organization, Participant.organization_id == Organization.id)
        .outerjoin(Category, Participant.category_id == Category.id)
    )
    for word in fold(text).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        q = q.where(Participant.search_key.like(f"%{escaped}%", escape="\\"))
    cols = LIKE_SORTS[sort]
    q = q.order_by(*[c.desc() if desc else c for c in cols], Participant.id)
    with db.read() as s:
        return list(s.scalars(q))


class LikeSearch:
    """Stands in for ``ParticipantSearch`` on the page: the baseline query, same interface."""

    def __init__(self, db: EventDB) -> None:
        self.db = db

    def __len__(self) -> int:
        return 1

    def refresh(self, db: EventDB) -> int:
        return 0

    def filtered(self, text: str, sort: str = "name", descending: bool = False) -> Filtered:
        ids = like_search_ids(self.db, text, sort, descending)
        with self.db.read() as s:
            total = s.scalar(select(func.count(Participant.id))) or 0
        return Filtered(ids, total, WORDS)


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


def row(name: str, values: list[float], *extra: str) -> str:
    return (
        f"{name:<12} {statistics.median(values):>10.2f} {percentile(values, 90):>8.2f} "
        f"{percentile(values, 99):>8.2f} {max(values):>8.2f}  "
        + " ".join(f"{e:>15}" for e in extra)
    )


def without_translit(db: EventDB) -> ParticipantSearch:
    """The baseline index: built with no Latin spellings of Cyrillic words."""
    real = words.latin_spellings
    words.latin_spellings = lambda _word: ()  # type: ignore[assignment]
    words._tokens.cache_clear()
    try:
        search = ParticipantSearch()
        search.refresh(db)
    finally:
        words.latin_spellings = real
        words._tokens.cache_clear()
    return search


KINDS = ("full", "typo", "latin")


def desk_keystrokes(
    db: EventDB,
    search: ParticipantSearch,
    plain: ParticipantSearch,
    targets: list[tuple[str, int, str]],
    skip_like: bool = False,
) -> None:
    people = {p.id: p for p in list_participants(db)}
    timings: dict[str, list[float]] = {
        "search": [],
        "search+rows": [],
        "no translit": [],
        "sql like": [],
    }
    found = {(m, k): 0 for m in ("search", "no translit", "sql like") for k in KINDS}
    for text, pid, kind in targets:
        for n in range(1, len(text) + 1):
            prefix = text[:n]
            t, ids = timed(lambda prefix=prefix: search.ranked(prefix, 30))
            timings["search"].append(ms(t))
            t, _ = timed(lambda prefix=prefix: rows_by_id(db, search.ranked(prefix, 30)))
            timings["search+rows"].append(ms(t))
            t, before = timed(lambda prefix=prefix: plain.ranked(prefix, 30))
            timings["no translit"].append(ms(t))
            if skip_like:
                like = []
                continue
            t, like = timed(lambda prefix=prefix: like_search_ids(db, prefix))
            timings["sql like"].append(ms(t))
        if kind in KINDS:
            answers = (("search", ids), ("no translit", before), ("sql like", like))
            for method, answer in answers:
                first = rows_by_id(db, list(answer)[:1])  # type: ignore[call-overload]
                p = people[pid]
                same = bool(first) and fold(first[0].last_name) == fold(p.last_name)
                if kind == "full":
                    same = same and fold(first[0].first_name) == fold(p.first_name)
                found[(method, kind)] += same
    count = {k: sum(1 for _t, _p, kind in targets if kind == k) for k in KINDS}
    print(f"\n1. Desk search, per keystroke ({sum(len(t) for t, _, _ in targets)} keystrokes)")
    print(
        f"{'method':<12} {'median ms':>10} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}  "
        f"{'full name first':>15} {'typo name first':>15} {'latin of cyr.':>15}"
    )
    for name, values in timings.items():
        if not values:
            continue
        hits = [f"{found[(name, k)]}/{count[k]}" if (name, k) in found else "—" for k in KINDS]
        print(row(name, values, *hits))


def participants_page(path: Path, targets: list[tuple[str, int, str]]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CLUSTERDESK_HOME"] = tempfile.mkdtemp(prefix="clusterdesk-bench-")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from clusterdesk.ui.main_window import MainWindow
    from clusterdesk.ui.participants import query as query_module

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_event(str(path))
    deadline = time.monotonic() + 120
    while window.db is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    page = window.show_page("participants")
    assert page is not None and window.db is not None, "the event did not open"
    query = page.query  # type: ignore[attr-defined]
    shown_loop = QEventLoop()
    query.updated.connect(lambda _result: shown_loop.quit())

    def filter_by(text: str) -> tuple[float, float]:
        """(wall ms, CPU ms of this process) from the end of the debounce to painted."""
        query.text = text
        wall, cpu = time.perf_counter(), time.process_time()
        query.run_now()  # what the debounce timer calls
        shown_loop.exec()
        page.table.viewport().repaint()  # type: ignore[attr-defined]
        return ms(time.perf_counter() - wall), ms(time.process_time() - cpu)

    filter_by("")  # the page's first answer builds the search (not measured)
    real = query_module.shared_search
    like = LikeSearch(window.db)
    walls: dict[str, list[float]] = {"search": [], "sql like": []}
    cpus: dict[str, list[float]] = {"search": [], "sql like": []}
    shown: dict[str, list[int]] = {"search": [], "sql like": []}
    texts = [text for text, _, _ in targets] + [""]  # and back to everybody
    for text in texts:
        for method in ("search", "sql like"):
            query_module.shared_search = real if method == "search" else (lambda _db: like)  # type: ignore[assignment]
            wall, cpu = filter_by(text)
            walls[method].append(wall)
            cpus[method].append(cpu)
            shown[method].append(page.model.rowCount())  # type: ignore[attr-defined]
    query_module.shared_search = real
    window.close()
    print(
        f"\n2. Participants page: a filter result shown after the debounce "
        f"({len(texts)} filters, window 1366×768, offscreen; wall clock and this process's CPU)"
    )
    print(
        f"{'method':<12} {'median ms':>10} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}  "
        f"{'median CPU ms':>15} {'≤ 50 ms wall':>15} {'median rows':>15}"
    )
    for name, values in walls.items():
        within = f"{sum(v <= 50 for v in values)}/{len(values)}"
        cpu = f"{statistics.median(cpus[name]):.2f}"
        print(row(name, values, cpu, within, f"{statistics.median(shown[name]):.0f}"))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--participants", type=int, default=20_000)
    ap.add_argument("--event", type=Path, default=None)
    ap.add_argument("--people", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--desk-only", action="store_true", help="table 1 only")
    ap.add_argument("--skip-like", action="store_true", help="leave the slow SQL LIKE baseline out")
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
    search = ParticipantSearch()
    cpu = time.process_time()
    build, _ = timed(lambda: search.refresh(db))
    cpu = time.process_time() - cpu
    noop, _ = timed(lambda: search.refresh(db))
    start = time.perf_counter()
    plain = without_translit(db)
    plain_build = time.perf_counter() - start

    rng = random.Random(args.seed)
    targets: list[tuple[str, int, str]] = []
    cyrillic = [p for p in people if has_cyrillic(p.last_name)]
    chosen = rng.sample(people, min(args.people, len(people)))
    chosen += rng.sample(cyrillic, min(args.people // 3, len(cyrillic)))  # typed in Latin
    for p in chosen:
        org_words = [w for w in fold(p.organization).split() if len(w) > 3]
        texts = [
            fold(p.first_name),
            fold(p.last_name),
            fold(f"{p.first_name} {p.last_name}"),
            rng.choice(org_words) if org_words else fold(p.last_name),
            typo(fold(p.last_name), rng),
        ]
        kinds = ["first", "last", "full", "org", "typo"]
        if has_cyrillic(p.last_name):  # typed on a Latin keyboard as the passport spells it
            texts.append(fold(translit(p.last_name, UkrainianKMU)))
            kinds.append("latin")
        targets += [(t, p.id, k) for t, k in zip(texts, kinds, strict=True) if t]

    print(
        f"\nParticipant search — {len(people)} participants, {platform.node()}, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.1f}, Python {platform.python_version()}"
    )
    print(
        f"search built in {ms(build):.0f} ms ({ms(cpu):.0f} ms CPU), "
        f"refresh with nothing new {ms(noop):.1f} ms, {len(targets)} typed texts; "
        f"without Latin spellings of Cyrillic words built in {ms(plain_build):.0f} ms"
    )
    desk_keystrokes(db, search, plain, targets, args.skip_like)
    db.dispose()
    if not args.desk_only:
        participants_page(path, targets)


if __name__ == "__main__":
    main()
