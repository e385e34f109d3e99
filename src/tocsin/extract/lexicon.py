"""Fast, case-sensitive phrase lookup: a dictionary keyed by first word, not a giant regex.

Looking up every capitalised word against the names that start with it keeps matching linear in
the text and independent of the vocabulary's size. A long text's words are indexed once (word ->
offsets, shared by every lexicon and every range of that text), so a lookup is one set intersection
of the text's words with the lexicon's first words, then a check at each offset of the few shared
words.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

from tocsin.extract import rx

_WORD_START = rx.plain(r"(?<![\w'’-])[^\W\d_]")
_TOKEN = rx.plain(r"(?<![\w'’-])[^\W\d_][\w'’.-]*")
_TOKEN_SPLIT = rx.plain("(" + _TOKEN.pattern + ")")
_FIRST = rx.plain(r"[\w'’.-]+")
_STRIP = ".,'’-"
_TOKEN_CHARS = rx.plain(r"[\w'’.-]")
INDEXED = 300  # texts at least this long are indexed once and looked up through the index


@dataclass(frozen=True, slots=True)
class _Words:
    """The word tokens of one (flattened) text, in order, with their start offsets."""

    flat: str
    words: list[str]
    starts: list[int]
    distinct: frozenset[str]
    punctuated: tuple[str, ...]  # distinct words ending in punctuation or a possessive ("Kazakhstan.", "Myanmar's")


@lru_cache(maxsize=4)
def _words(text: str, fold: bool) -> _Words:
    if fold and text.isascii():
        # lower-casing ASCII keeps every character's class: the same words, lower-cased in one call
        # ("\0" is no word character)
        base = _words(text, False)
        flat = base.flat.lower()
        words = "\0".join(base.words).lower().split("\0") if base.words else []
        starts = base.starts
    else:
        flat = text.replace("\n", " ")
        if fold:
            flat = flat.lower()
        # one pass of the tokeniser, all in C: split() gives gap, word, gap, word, ...; a word starts
        # where the lengths before it add up to
        parts = _TOKEN_SPLIT.split(flat)
        words = parts[1::2]
        starts = list(accumulate(map(len, parts)))[0:-1:2]
    distinct = frozenset(words)
    return _Words(flat, words, starts, distinct, tuple(w for w in distinct if w[-1] in _STRIP or w.endswith(("'s", "’s"))))


def _bare(word: str) -> str:
    """A word without its trailing punctuation or possessive: "Kazakhstan." and "Myanmar's" -> the name."""
    b = word.rstrip(_STRIP)
    if b[-2:] in ("'s", "’s"):
        b = b[:-2]
    return b


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    surface: str
    value: Any


class Lexicon:
    def __init__(self, entries: dict[str, Any], *, fold_case: bool = False) -> None:
        self.fold = fold_case
        self._last: tuple[str, list[tuple[int, str]]] | None = None  # (text, its (offset, key) list)
        self._index: dict[str, list[tuple[str, Any]]] = {}
        for surface, value in entries.items():
            s = " ".join(surface.split())
            if not s:
                continue
            key = self._first(s.lower() if fold_case else s)
            self._index.setdefault(key, []).append((s.lower() if fold_case else s, value))
        for lst in self._index.values():
            lst.sort(key=lambda t: -len(t[0]))

    @staticmethod
    def _first(s: str) -> str:
        m = _FIRST.match(s)
        return m.group(0) if m else s[:1]

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        """Entries found in text[start:end], longest first at each word, left to right.

        One C-level pass yields the words; each is looked up in the first-word index, so the cost is
        one dictionary probe per word whatever the vocabulary's size.
        """
        end = len(text) if end is None else end
        if len(text) >= INDEXED and self._aligned(text, start, end) and len(_words(text, self.fold).flat) == len(text):
            yield from self._find_indexed(text, start, end)
            return
        flat = text[start:end].replace("\n", " ")
        if self.fold:
            flat = flat.lower()
        index = self._index
        n = len(flat)
        pos = 0
        for m in _TOKEN.finditer(flat):
            i = m.start()
            if i < pos:
                continue
            word = m.group(0)
            cands = index.get(word)
            if cands is None:
                stripped = _bare(word)
                cands = index.get(stripped) if stripped != word else None
                if cands is None:
                    continue
            for surface, value in cands:
                if flat.startswith(surface, i):
                    j = i + len(surface)
                    if j >= n or not (flat[j].isalnum() or flat[j] == "-"):
                        yield Hit(start + i, start + j, text[start + i:start + j], value)
                        pos = j
                        break

    @staticmethod
    def _aligned(text: str, start: int, end: int) -> bool:
        """No word runs across the range's edges (else its words differ from the whole text's)."""
        if start > 0 and _TOKEN_CHARS.match(text, start - 1):
            return False
        return not (0 < end < len(text) and _TOKEN_CHARS.match(text, end - 1) and _TOKEN_CHARS.match(text, end))

    def _keyed(self, text: str, words: _Words) -> list[tuple[int, str]]:
        """(offset, index key) of every word of the text that starts an entry, for the last text."""
        if self._last is not None and self._last[0] is text:
            return self._last[1]
        index = self._index
        keys = index.keys() & words.distinct
        # a word with trailing punctuation is looked up without it when it is not itself a key
        alias = {w: _bare(w) for w in words.punctuated if w not in index and _bare(w) in index}
        at: list[tuple[int, str]] = []
        if keys or alias:
            keys |= alias.keys()
            at = [(i, alias.get(w, w)) for i, w in zip(words.starts, words.words) if w in keys]
        self._last = (text, at)
        return at

    def _find_indexed(self, text: str, start: int, end: int) -> Iterator[Hit]:
        words = _words(text, self.fold)
        at = self._keyed(text, words)
        if not at:
            return
        index = self._index
        flat = words.flat
        k = bisect.bisect_left(at, (start, ""))
        pos = start
        for i, key in at[k:]:
            if i >= end:
                break
            if i < pos:
                continue
            for surface, value in index[key]:
                if flat.startswith(surface, i):
                    j = i + len(surface)
                    if j > end:
                        continue
                    if j == end or not (flat[j].isalnum() or flat[j] == "-"):
                        yield Hit(i, j, text[i:j], value)
                        pos = j
                        break
