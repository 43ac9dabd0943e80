"""The participant search of the whole app: the desk, the Participants page, printing, the CLI.

One :class:`ParticipantSearch` per open event (:func:`shared_search`) holds the folded word index
(:mod:`.words`), every person's sortable columns and badge code, in memory. It is built once from
the database and then refreshed incrementally (new ids, a newer ``updated_at``): an unchanged
event costs one small query. Answers are ids; callers fetch the rows they show by id.

* :meth:`ParticipantSearch.ranked` — the desk: the best few, typo-tolerant, best first.
* :meth:`ParticipantSearch.filtered` — a table filter: everybody whose every word matches at a word
  start or inside a word, in the table's sort order; when nobody does, the people one typo away
  (``match == CLOSE``). A scanned or typed badge code finds its owner (``match == BADGE``).

Every method may be called from any thread: a lock serialises them.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select

from clusterdesk.core import badge_codes
from clusterdesk.core.collation import DEFAULT_LANGUAGE, sort_key
from clusterdesk.core.countries import country_name
from clusterdesk.core.errors import UserError
from clusterdesk.services.search.words import Tokens, WordIndex, tokens_of
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    REGISTRATION_CANCELLED,
    Category,
    Event,
    Organization,
    Participant,
)

ALL, WORDS, CLOSE, BADGE = "all", "words", "close", "badge"  # how a filter result was found
CLOCK_MARGIN = timedelta(seconds=10)  # edits made on a desk whose clock is behind by less


@dataclass(frozen=True)
class SearchEntry:
    """What the search keeps of a participant: the columns a table sorts by, and the code."""

    first_name: str
    last_name: str
    email: str
    organization: str
    country: str
    category: str
    status: str
    badge_code: str


SortKey = Callable[[SearchEntry, str], Any]


def _text(field: str) -> SortKey:
    return lambda p, lang: sort_key(getattr(p, field), lang)


# Text columns sort by the collation of the event's language (ICU): Šetkus with the S in
# English, after the S in Lithuanian; never after Z.
SORTS: dict[str, SortKey] = {
    "name": lambda p, lang: (sort_key(p.last_name, lang), sort_key(p.first_name, lang)),
    "last_name": lambda p, lang: (sort_key(p.last_name, lang), sort_key(p.first_name, lang)),
    "first_name": lambda p, lang: (sort_key(p.first_name, lang), sort_key(p.last_name, lang)),
    "email": lambda p, _lang: p.email,
    "organization": _text("organization"),
    "country": lambda p, lang: sort_key(country_name(p.country, lang), lang),
    "category": _text("category"),
    "status": lambda p, _lang: p.status,
}


@dataclass(frozen=True)
class Filtered:
    """A filter result: ``ids`` in the requested order, out of ``total`` people (``cancelled``
    of them with a cancelled registration: the event's active people are the rest)."""

    ids: list[int]
    total: int
    match: str  # ALL (no filter), WORDS, CLOSE (one typo away), BADGE (the code's owner)
    cancelled: int = 0


class ParticipantSearch:
    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._words = WordIndex()
        self._people: dict[int, SearchEntry] = {}
        self._by_code: dict[str, int] = {}
        self._orders: dict[tuple[str, bool], list[int]] = {}
        self._cancelled_count: int | None = None
        self._positions: dict[tuple[str, bool], dict[int, int]] = {}
        self._max_id = 0
        self._since: datetime | None = None
        self._marker: tuple[Any, ...] | None = None
        self.language = DEFAULT_LANGUAGE  # the event's: the collation of every order

    def __len__(self) -> int:
        return len(self._people)

    # --- keeping up with the database ----------------------------------------------------------

    def refresh(self, db: EventDB) -> int:
        """Bring the search up to date with the database; returns how many people changed."""
        with self._lock:
            changed = self._refresh(db)
            if changed:
                self._orders.clear()
                self._cancelled_count = None
                self._positions.clear()
                self._words.warm()
            return changed

    def _refresh(self, db: EventDB) -> int:
        with db.read() as s:
            conn = s.connection()
            count, max_id, last_update = conn.execute(
                select(
                    func.count(Participant.id),
                    func.max(Participant.id),
                    func.max(Participant.updated_at),
                )
            ).one()
            language = conn.scalar(select(Event.language).limit(1)) or DEFAULT_LANGUAGE
            marker = (count, max_id, last_update, language)
            if marker == self._marker:
                return 0
            rebuild = self._marker is not None and count < len(self)  # rows were deleted
            relanguage = language != self.language
            self.language = language
            q = (
                select(
                    Participant.id,
                    Participant.first_name,
                    Participant.last_name,
                    Participant.email,
                    func.coalesce(Organization.name, "").label("organization"),
                    Participant.country,
                    func.coalesce(Category.name, "").label("category"),
                    Participant.status,
                    Participant.badge_code,
                )
                .outerjoin(Organization, Participant.organization_id == Organization.id)
                .outerjoin(Category, Participant.category_id == Category.id)
            )
            if self._since is not None and not rebuild:
                q = q.where(
                    or_(
                        Participant.id > self._max_id,
                        Participant.updated_at >= self._since - CLOCK_MARGIN,
                    )
                )
            rows = conn.execute(q).all()
            if rebuild:
                gone = set(self._people) - {r.id for r in rows}
            elif len(self._people.keys() | {r.id for r in rows}) != count:  # deleted and added
                gone = set(self._people) - set(conn.scalars(select(Participant.id)))
            else:
                gone = set()
        for pid in gone:
            self._forget(pid)
        if relanguage and self._people:  # the desk's alphabetical ties follow the new language
            for pid, e in self._people.items():
                self._words.upsert(*self._words_of(pid, e))
        entries = {
            r.id: SearchEntry(
                r.first_name,
                r.last_name,
                r.email,
                r.organization,
                r.country,
                r.category,
                r.status,
                r.badge_code,
            )
            for r in rows
        }
        if self._people:
            changed = len(gone) + sum(self._upsert(pid, e) for pid, e in entries.items())
        else:
            changed = self._load(entries)
        # the marker's figures, read before the rows: anything newer is read again next time
        self._max_id = max(self._max_id, max_id or 0)
        if last_update is not None and (self._since is None or last_update > self._since):
            self._since = last_update
        self._marker = marker
        return changed or int(relanguage)

    def _words_of(self, pid: int, e: SearchEntry) -> tuple[int, Tokens, str]:
        """The words the desk finds a person by, and their place in a tier of equally good
        matches: alphabetical by last, then first name in the event's collation (ICU keys,
        NUL-terminated, as text that compares like the bytes)."""
        tokens = tokens_of(e.first_name, e.last_name, e.organization, e.email)
        last, first = sort_key(e.last_name, self.language), sort_key(e.first_name, self.language)
        return pid, tokens, (last + first).decode("latin-1")

    def _load(self, entries: dict[int, SearchEntry]) -> int:
        self._people.update(entries)
        self._by_code.update((e.badge_code, pid) for pid, e in entries.items())
        self._words.load(self._words_of(pid, e) for pid, e in entries.items())
        return len(entries)

    def _upsert(self, pid: int, entry: SearchEntry) -> bool:
        old = self._people.get(pid)
        if old == entry:
            return False
        if old is not None and self._by_code.get(old.badge_code) == pid:
            del self._by_code[old.badge_code]
        self._people[pid] = entry
        self._by_code[entry.badge_code] = pid
        self._words.upsert(*self._words_of(pid, entry))
        return True

    def _forget(self, pid: int) -> None:
        person = self._people.pop(pid)
        if self._by_code.get(person.badge_code) == pid:
            del self._by_code[person.badge_code]
        self._words.remove(pid)

    # --- answering -----------------------------------------------------------------------------

    def owner_of(self, text: str) -> int | None:
        """The participant whose badge code ``text`` is (as scanned or typed), if any."""
        if len(text) > 200:
            return None
        with self._lock:
            for code in badge_codes.readings(text):
                if code in self._by_code:
                    return self._by_code[code]
        return None

    def ranked(self, text: str, limit: int = 30) -> list[int]:
        """The best ``limit`` matches, best first (the desk's search as you type)."""
        owner = self.owner_of(text)
        if owner is not None:
            return [owner]
        with self._lock:
            return self._words.ranked(text, limit)

    def filtered(self, text: str, sort: str = "name", descending: bool = False) -> Filtered:
        """Everybody ``text`` finds, in the order of column ``sort`` (see the module doc)."""
        if sort not in SORTS and sort != "id":
            raise UserError(f"Cannot sort by {sort!r}")
        owner = self.owner_of(text)
        with self._lock:
            total = len(self._people)
            cancelled = self._cancelled()
            order = self._order(sort, descending)
            if owner is not None:
                return Filtered([owner], total, BADGE, cancelled)
            found = self._words.matching(text)
            if found is None:
                return Filtered(list(order), total, ALL, cancelled)
            match = WORDS
            if not found:
                found, match = self._words.matching(text, typos=True) or set(), CLOSE
            if len(found) * 8 < len(order):  # few: sort them by their place in the order
                place = self._position(sort, descending)
                ids = sorted(found, key=place.__getitem__)
            else:
                ids = [pid for pid in order if pid in found]
            return Filtered(ids, total, match, cancelled)

    def _cancelled(self) -> int:
        """People with a cancelled registration (counted once per change of the data)."""
        if self._cancelled_count is None:
            self._cancelled_count = sum(
                1 for p in self._people.values() if p.status == REGISTRATION_CANCELLED
            )
        return self._cancelled_count

    def _order(self, sort: str, descending: bool) -> list[int]:
        """Everybody in the order of column ``sort``; ties by id, ascending either way."""
        key = (sort, descending)
        order = self._orders.get(key)
        if order is None:
            people = self._people
            by_id = sorted(people, reverse=descending and sort == "id")
            if sort == "id":
                order = by_id
            else:
                column, lang = SORTS[sort], self.language
                order = sorted(by_id, key=lambda pid: column(people[pid], lang), reverse=descending)
            self._orders[key] = order
        return order

    def _position(self, sort: str, descending: bool) -> dict[int, int]:
        key = (sort, descending)
        place = self._positions.get(key)
        if place is None:
            place = self._positions[key] = {
                pid: n for n, pid in enumerate(self._order(sort, descending))
            }
        return place


_SHARED: dict[int, ParticipantSearch] = {}
_SHARED_LOCK = threading.Lock()


def shared_search(db: EventDB) -> ParticipantSearch:
    """The one search of the open event ``db`` (made on first use, dropped with ``db``); call
    ``refresh(db)`` before asking when the data may have changed."""
    with _SHARED_LOCK:
        search = _SHARED.get(id(db))
        if search is None:
            search = _SHARED[id(db)] = ParticipantSearch()
            weakref.finalize(db, _SHARED.pop, id(db), None)
        return search
