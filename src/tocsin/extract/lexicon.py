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
        m = re.match(r"[\w'’.-]+", s)
        return m.group(0) if m else s[:1]

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        end = len(text) if end is None else end
        flat = text[start:end].replace("\n", " ")
        if self.fold:
            flat = flat.lower()
        pos = 0
        n = len(flat)
        while pos < n:
            m = _WORD_START.search(flat, pos)
            if not m:
                break
            i = m.start()
            w = re.match(r"[\w'’.-]+", flat[i:i + 60])
            word = w.group(0) if w else flat[i]
            cands = self._index.get(word) or self._index.get(word.rstrip(".,'’-"))
            hit = None
            if cands:
                for surface, value in cands:
                    if flat.startswith(surface, i):
                        j = i + len(surface)
                        if j >= n or not (flat[j].isalnum() or flat[j] in "-"):
                            hit = (surface, value, j)
                            break
            if hit:
                yield Hit(start + i, start + hit[2], text[start + i:start + hit[2]], hit[1])
                pos = hit[2]
            else:
                pos = i + max(1, len(word))
