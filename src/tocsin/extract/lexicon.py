"""Fast, case-sensitive phrase lookup: a dictionary keyed by first word, not a giant regex.

Looking up every capitalised word against the names that start with it keeps matching linear in
the text and independent of the vocabulary's size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_WORD_START = re.compile(r"(?<![\w'’-])[^\W\d_]")
_TOKEN = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’.-]*")
_FIRST = re.compile(r"[\w'’.-]+")


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    surface: str
    value: Any


class Lexicon:
    def __init__(self, entries: dict[str, Any], *, fold_case: bool = False) -> None:
        self.fold = fold_case
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
                stripped = word.rstrip(".,'’-")
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
