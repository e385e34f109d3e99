"""py3langid's model, walked with numpy instead of one Python step per byte.

py3langid scores a text by walking its byte n-gram automaton (an Aho-Corasick machine over 100,000
states) over the UTF-8 bytes, one Python loop turn per byte, each step waiting for the last one's
table lookup. The state an Aho-Corasick machine reaches after a byte is the deepest trie node that
is a suffix of the text read so far, so it depends only on the last DEPTH bytes (DEPTH: the deepest
node of the trie). Walking every position's window of DEPTH bytes at once, DEPTH numpy gathers in
all, gives the same state at every position, hence the same feature counts in the same first-seen
order; the library's own scoring and normalisation then run unchanged.
`tests/extract/test_language.py` checks DEPTH against a breadth-first walk of the model and the
counts and results against the library's own loop.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported only when the model runs: most documents never need it (see function_words)
    import numpy as np

DEPTH = 6  # deepest node of py3langid 0.4's automaton (tests/extract/test_language.py measures it)


_CHECK = ("Le Comité prie l'État partie de fournir des informations. The Committee requests the State "
          "party to provide information. Комитет просит государство-участник. El Comité solicita al Estado.")


@lru_cache(maxsize=1)
def identifier():
    """py3langid's identifier (normalised probabilities), with the vectorised walk when the installed
    py3langid is built as this module expects (checked on a sample), else the library's own."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

    try:
        fast = _fast(LanguageIdentifier, MODEL_FILE)
        data = fast._encode(_CHECK)
        if walk_counts(fast, data) == dict(visit_counts(fast.tk_nextmove, fast._rowbase, fast.tk_output, data)):
            return fast
    except (AttributeError, TypeError, ValueError):  # pragma: no cover - another py3langid release
        pass
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)  # pragma: no cover


def _fast(LanguageIdentifier, MODEL_FILE):  # the library's names
    import numpy as np

    class _Identifier(LanguageIdentifier):
        __slots__ = ("_nm", "_out", "_rb")

        def _raw_score(self, text):  # type: ignore[override]
            visits = walk_counts(self, text)
            if not visits:
                return super()._raw_score(text)
            return self._sparse_score(visits, self.nb_ptc)

    t = model_tables(MODEL_FILE)
    ident = _Identifier(t["ptc"], t["pc"], t["classes"].tolist(), t["nextmove"], t["out"].tolist(),
                        norm_probs=True, tk_row=t["row"].tolist())
    ident._nm = t["nextmove"]
    ident._rb = t["row"].astype(np.int64) << 8
    ident._out = np.asarray(t["out"], dtype=np.int64)
    return ident


def model_tables(model_file) -> dict[str, np.ndarray]:
    """py3langid's model tables, unpacked from the library's LZMA archive by the library's own loader
    once, then read from the cache (`tocsin.cache`) as arrays mapped into memory."""
    from importlib.metadata import version
    from pathlib import Path

    from py3langid import langid

    from tocsin import cache

    path = Path(model_file)
    if not path.is_absolute():
        path = langid.MODEL_DIR / path

    import numpy as np

    def build() -> dict[str, np.ndarray]:
        ptc, pc, classes, nextmove, row, output = langid._load_model_file(path)
        return {"ptc": np.asarray(ptc), "pc": np.asarray(pc), "classes": np.asarray(classes, dtype=str),
                "nextmove": np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode)),
                "row": np.frombuffer(row, dtype=np.dtype(row.typecode)),
                "out": np.asarray(output, dtype=np.int32)}

    return cache.arrays("py3langid", cache.source_key("py3langid", version("py3langid"), cache.file_stamp(path)),
                        build)


def walk_counts(ident, data: bytes) -> dict[int, int]:
    """Feature index -> count over `data`, in the order features are first seen (as py3langid's
    `visit_counts` gives them)."""
    import numpy as np

    b = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
    n = len(b)
    if not n:
        return {}
    nm, rb = ident._nm, ident._rb
    state = np.zeros(n, dtype=np.int64)
    # position i walks bytes i-DEPTH+1 .. i from the root; positions near the start have fewer bytes
    # behind them and, like the library's walk, start at the root
    for j in range(DEPTH - 1, -1, -1):
        if j < n:
            state[j:] = nm[rb[state[j:]] + b[: n - j]]
    feats = ident._out[state]
    feats = feats[feats >= 0]
    if not len(feats):
        return {}
    uniq, first, counts = np.unique(feats, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return dict(zip(uniq[order].tolist(), counts[order].tolist()))


# --- the common case without the model ---------------------------------------------------------------------------
# Most documents state their language in every line: dozens of its function words and hardly any of another's.
# Counting them decides those documents at once, without loading numpy and the model (0.1-0.15 s a process); a
# text where no language leads by far (short, mixed, another language) goes to py3langid. Over the 555 labelled
# documents of the test fixtures and the development corpus the count decides 503, every one as py3langid does
# (tests/extract/test_language.py).
FUNCTION_WORDS = {
    "en": frozenset("the of and to in that is was were for on by with from this which have has been its their".split()),
    "fr": frozenset("le la les des du et en est sont une dans par pour que qui sur au aux ont été ses leur".split()),
    "es": frozenset("el la los las del y en es son una por para que con se sus al fue han sido como".split()),
}
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def function_words(sample: str, letters: int) -> tuple[str, float] | None:
    """(language, probability) when the sample's function words (or its script) leave no doubt, else None."""
    if len(_CYRILLIC.findall(sample)) > 0.6 * letters:
        return None  # Russian, or another language written in Cyrillic: the model tells them apart
    counts = Counter(w.lower() for w in _WORD.findall(sample))
    scores = sorted(((sum(counts[w] for w in words), lang) for lang, words in FUNCTION_WORDS.items()), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best < 20 or best < 4 * second:
        return None
    return lang, round(best / (best + second + 1), 3)
