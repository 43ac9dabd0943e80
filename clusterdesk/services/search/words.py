"""The folded word index behind every participant search (no database, no threads).

Every person is found by the folded words (case and diacritics ignored: "setkus" finds Šetkus) of
their name, organisation and e-mail, a Cyrillic word also by its Latin spellings ("fesenko" finds
Фесенко, :mod:`.translit`). A query word matches a person's word

* at its start ("set" → Šetkus), or
* inside it, for query words of three letters or more ("son" → Johansson), or
* one typo away from its start (a wrong, missing, extra or swapped letter), for query words of
  four letters or more and name or organisation words ("setkis" → Šetkus).

:meth:`WordIndex.ranked` (the desk) returns the best few, every word matching in any of these ways,
best first: a word start of a first or last name (a whole name higher still), then of an
organisation word or the e-mail address, then inside a word, then one typo away; ties in
alphabetical order of last and first name. :meth:`WordIndex.matching` (the Participants page) gives
everybody whose every word matches at a start or inside, or, with ``typos``, one typo away too.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from clusterdesk.core.folding import fold
from clusterdesk.services.search.translit import has_cyrillic, latin_spellings

NAME, ORG, EMAIL = 0, 1, 2
EXACT, PREFIX, INSIDE, TYPO = "exact", "prefix", "inside", "typo"
# score of a word match by (field, kind)
_SCORES = {
    (NAME, EXACT): 12.0,
    (NAME, PREFIX): 10.0,
    (NAME, INSIDE): 4.0,
    (NAME, TYPO): 3.0,
    (ORG, EXACT): 7.0,
    (ORG, PREFIX): 6.0,
    (ORG, INSIDE): 2.5,
    (ORG, TYPO): 1.5,
    (EMAIL, EXACT): 6.0,
    (EMAIL, PREFIX): 5.0,
    (EMAIL, INSIDE): 2.0,
    (EMAIL, TYPO): 1.0,
}
MIN_TYPO_LENGTH = 4
MIN_INSIDE_LENGTH = 3
_SPLIT = re.compile(r"[^\w]+|_")
Tokens = frozenset[tuple[str, int]]  # (folded word, field)
Tiers = list[tuple[float, set[int]]]  # ids by score, best first


def words_of(text: str) -> list[str]:
    """The folded words of ``text`` ("anna.berg@vtc.lt": anna, berg, vtc, lt)."""
    return [w for w in _SPLIT.split(fold(text)) if w]


@lru_cache(maxsize=1 << 16)
def _tokens(text: str, kind: int) -> frozenset[tuple[str, int]]:
    """The words of one field (names and firms repeat: cached); a Cyrillic word also under its
    Latin spellings (:mod:`.translit`: "fesenko" finds Фесенко)."""
    words = words_of(text)
    if not text.isascii() and has_cyrillic(text):
        words += [spelled for w in words for spelled in latin_spellings(w)]
    return frozenset((w, kind) for w in words)


def tokens_of(first: str, last: str, organization: str, email: str) -> Tokens:
    """The (word, field) pairs a participant is found by."""
    local, _, domain = email.partition("@")
    return frozenset().union(
        _tokens(first, NAME),
        _tokens(last, NAME),
        _tokens(organization, ORG),
        _tokens(local, EMAIL),
        _tokens(domain, EMAIL),
    )


@dataclass
class WordIndex:
    """Ids by folded word, with the lookup tables that make a query take about a millisecond at
    20,000 people. Not thread-safe: its owner serialises access."""

    _tokens_of: dict[int, Tokens] = field(default_factory=dict)
    _sort_key: dict[int, str] = field(default_factory=dict)
    _postings: dict[str, list[set[int]]] = field(default_factory=dict)  # word → ids per field
    _sorted: list[str] = field(default_factory=list)  # every word, sorted (prefix ranges)
    _by_prefix: dict[int, dict[str, set[str]]] = field(default_factory=dict)  # len → prefix → words
    _joined: str | None = None
    _offsets: list[int] = field(default_factory=list)
    _short: dict[str, Tiers] = field(default_factory=dict)  # tiers of 1–2 letter words
    _short_ids: dict[str, set[int]] = field(default_factory=dict)  # everybody they match

    def __len__(self) -> int:
        return len(self._tokens_of)

    def __contains__(self, pid: object) -> bool:
        return pid in self._tokens_of

    def ids(self) -> Iterable[int]:
        return self._tokens_of.keys()

    # --- building ------------------------------------------------------------------------------

    def upsert(self, pid: int, tokens: Tokens, sort_key: str) -> bool:
        """Add or update one person; False when their words did not change."""
        self._sort_key[pid] = f"{sort_key}\x00{pid:010d}"
        old = self._tokens_of.get(pid)
        if old == tokens:
            return False
        self.remove(pid, keep_sort_key=True)
        self._tokens_of[pid] = tokens
        self._forget_short(tokens)
        for word, kind in tokens:
            lists = self._postings.get(word)
            if lists is None:
                lists = self._postings[word] = [set(), set(), set()]
                self._add_word(word)
            lists[kind].add(pid)
        return True

    def load(self, people: Iterable[tuple[int, Tokens, str]]) -> None:
        """Fill an empty index with (id, tokens, sort key) triples: one sort instead of an
        insertion per new word."""
        assert not self._tokens_of, "load() fills an empty index; use upsert() to update"
        postings = self._postings
        for pid, tokens, sort_key in people:
            self._sort_key[pid] = f"{sort_key}\x00{pid:010d}"
            self._tokens_of[pid] = tokens
            for word, kind in tokens:
                lists = postings.get(word)
                if lists is None:
                    lists = postings[word] = [set(), set(), set()]
                lists[kind].add(pid)
        self._sorted = sorted(postings)
        self._by_prefix.clear()
        self._short.clear()
        self._short_ids.clear()
        self._joined = None

    def remove(self, pid: int, *, keep_sort_key: bool = False) -> None:
        old = self._tokens_of.pop(pid, frozenset())
        if not keep_sort_key:
            self._sort_key.pop(pid, None)
        self._forget_short(old)
        for word, kind in old:
            lists = self._postings[word]
            lists[kind].discard(pid)
            if not any(lists):
                del self._postings[word]
                self._drop_word(word)

    def _forget_short(self, tokens: Iterable[tuple[str, int]]) -> None:
        for word, _ in tokens:
            for short in (word[:1], word[:2]):
                self._short.pop(short, None)
                self._short_ids.pop(short, None)

    def warm(self) -> None:
        """Build the tables queries need (after a change, off the GUI thread), so that the
        first keystroke is as fast as the others."""
        self._ensure_joined()
        for length in range(MIN_TYPO_LENGTH - 1, 16):
            self._prefix_table(length)
        for letter in {w[:1] for w in self._sorted}:
            self._tiers(letter, full=False)
            self._word_ids(letter, typos=False)

    def _add_word(self, word: str) -> None:
        self._sorted.insert(bisect_left(self._sorted, word), word)
        self._by_prefix.clear()
        self._joined = None

    def _drop_word(self, word: str) -> None:
        i = bisect_left(self._sorted, word)
        if i < len(self._sorted) and self._sorted[i] == word:
            del self._sorted[i]
        self._by_prefix.clear()
        self._joined = None

    def _prefix_table(self, length: int) -> dict[str, set[str]]:
        """Name and organisation words by their first ``length`` letters (for typo matching)."""
        table = self._by_prefix.get(length)
        if table is None:
            built: dict[str, set[str]] = defaultdict(set)
            for word, lists in self._postings.items():
                if len(word) >= length and (lists[NAME] or lists[ORG]):
                    built[word[:length]].add(word)
            table = self._by_prefix[length] = dict(built)
        return table

    def _ensure_joined(self) -> str:
        if self._joined is None:
            self._joined = "\n" + "\n".join(self._sorted) + "\n"
            self._offsets = []
            pos = 1
            for w in self._sorted:
                self._offsets.append(pos)
                pos += len(w) + 1
        return self._joined

    # --- words that match one query word -------------------------------------------------------

    def _starting(self, word: str) -> list[str]:
        start = bisect_left(self._sorted, word)
        end = bisect_left(self._sorted, word + "\uffff", lo=start)
        return self._sorted[start:end]

    def _inside(self, word: str) -> list[str]:
        """Words that contain ``word`` but do not start with it (one search over all words)."""
        joined, out = self._ensure_joined(), []
        i = joined.find(word)
        while i >= 0:
            k = bisect_right(self._offsets, i) - 1
            token = self._sorted[k]
            if i != self._offsets[k]:
                out.append(token)
            i = joined.find(word, self._offsets[k] + len(token))
        return out

    def _typos(self, word: str, known: set[str]) -> list[str]:
        """Name and organisation words whose start is one typo away from ``word``."""
        out = []
        for length in (len(word) - 1, len(word), len(word) + 1):
            table = self._prefix_table(length)
            for prefix, _, _ in process.extract(
                word, table.keys(), scorer=OSA.distance, score_cutoff=1, limit=None
            ):
                for token in table[prefix]:
                    if token not in known:
                        known.add(token)
                        out.append(token)
        return out

    # --- ranked: the desk ----------------------------------------------------------------------

    def _tiers(self, word: str, *, full: bool) -> Tiers:
        """Who matches ``word``, grouped by score, best first. Without ``full`` only the word
        starts (the best tiers); the slower inside-a-word and typo matches come with ``full``."""
        if len(word) < MIN_INSIDE_LENGTH and word in self._short:
            return self._short[word]
        tiers: dict[float, set[int]] = defaultdict(set)

        def credit(tokens: Iterable[str], kind: str) -> None:
            for token in tokens:
                for fld, ids in enumerate(self._postings[token]):
                    if ids:
                        tiers[_SCORES[(fld, kind)]] |= ids  # set union: C speed

        starting = self._starting(word)
        credit((t for t in starting if t == word), EXACT)
        credit((t for t in starting if t != word), PREFIX)
        if full and len(word) >= MIN_INSIDE_LENGTH:
            credit(self._inside(word), INSIDE)
        if full and len(word) >= MIN_TYPO_LENGTH:
            credit(self._typos(word, set(starting)), TYPO)
        out = sorted(tiers.items(), reverse=True)
        if len(word) < MIN_INSIDE_LENGTH:
            self._short[word] = out
        return out

    def _rank(self, tiers: Tiers, limit: int) -> list[int]:
        """The best ``limit`` ids: tier by tier, alphabetically within a tier."""
        out: list[int] = []
        seen: set[int] = set()
        key = self._sort_key.__getitem__
        for _, ids in tiers:
            fresh = ids - seen
            seen |= fresh
            room = limit - len(out)
            if len(fresh) <= room:
                out += sorted(fresh, key=key)
            else:
                out += heapq.nsmallest(room, fresh, key=key)
            if len(out) >= limit:
                break
        return out

    def ranked(self, query: str, limit: int = 30) -> list[int]:
        """Ids of the best matches of ``query``, best first (every word must match)."""
        words = sorted(set(words_of(query)), key=len, reverse=True)
        if not words:
            return []
        if len(words) == 1:
            tiers = self._tiers(words[0], full=False)
            if len(set().union(*(ids for _, ids in tiers))) < limit:
                tiers = self._tiers(words[0], full=True)  # few word starts: add the rest
            return self._rank(tiers, limit)
        scores: dict[int, float] | None = None
        for word in words:  # longest first: the fewest candidates to carry along
            found: dict[int, float] = {}
            for score, ids in reversed(self._tiers(word, full=True)):  # better overwrite worse
                found.update(dict.fromkeys(ids if scores is None else ids & scores.keys(), score))
            scores = found if scores is None else {p: scores[p] + s for p, s in found.items()}
            if not scores:
                return []
        assert scores is not None
        by_score: dict[float, set[int]] = defaultdict(set)
        for pid, score in scores.items():
            by_score[score].add(pid)
        return self._rank(sorted(by_score.items(), reverse=True), limit)

    # --- matching: the Participants page -------------------------------------------------------

    def _word_ids(self, word: str, *, typos: bool) -> set[int]:
        """Everybody one query word matches (word start or inside; one typo away with
        ``typos``)."""
        short = len(word) < MIN_INSIDE_LENGTH
        if short and word in self._short_ids:
            return self._short_ids[word]
        tokens = self._starting(word)
        if not short:
            tokens = tokens + self._inside(word)
        if typos and len(word) >= MIN_TYPO_LENGTH:
            tokens = tokens + self._typos(word, set(tokens))
        out: set[int] = set()
        for token in tokens:
            out.update(*self._postings[token])
        if short:
            self._short_ids[word] = out
        return out

    def matching(self, query: str, *, typos: bool = False) -> set[int] | None:
        """Everybody every word of ``query`` matches; ``None`` when the query has no words."""
        words = sorted(set(words_of(query)), key=len, reverse=True)
        if not words:
            return None
        found: set[int] | None = None
        for word in words:  # longest first: usually the fewest people
            ids = self._word_ids(word, typos=typos)
            found = set(ids) if found is None else found & ids
            if not found:
                return set()
        return found
