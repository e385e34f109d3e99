"""Regular expressions that are only tried where they can match.

Python's `re` cannot skip ahead for a case-insensitive pattern that starts with a word boundary, a
character class or an alternation of words: it tries every branch at every position of the text.
Most of our patterns contain, at a short and bounded distance from where a match starts, one of a
few literal strings ("according to", "Decision", "/C/" in "CERD/C/KAZ/CO/8"). `compile` reads these
*anchors* from the parsed pattern: for each way a match can start, a set of literals and the range of
distances at which one of them follows the start. `finditer` / `search` / `findall` then find the
literals in the lower-cased text with `str.find` (in C) and try the pattern only at the few start
positions they imply. The literals of every compiled pattern are found together, in one pass of an
Aho-Corasick automaton (pyahocorasick) over the text, shared by all patterns. The matches are exactly those of the plain pattern:

- a match can only start at a distance within the anchor's range before one of its literals (the
  items before the literal have a bounded width, assertions consume nothing, a leading run of white
  space is walked back over), and the pattern itself is matched there with the whole string around
  it, so assertions see what they always see; positions are tried in increasing order and after a
  match the next one starts at its end, as `re.finditer` does;
- the literal search is case-blind, so it also finds every place a case-sensitive pattern could match;
- where lower-casing is not exact (a character whose lower case is longer, or one that IGNORECASE
  equates with a literal's letter although its lower case differs, such as the dotless "ı" or the
  long "ſ"), the plain pattern runs.

A pattern without anchors, and any call on a very short or very long string, goes straight to `re`.
"""

from __future__ import annotations

import bisect
import re
from array import array
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

try:  # CPython's parser and case tables (3.11+); without them every pattern runs plain
    from re import _casefix
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover
    _P = None

MIN_LITERAL = 3  # shorter literals ("a", "of") are too common to be worth looking for
MAX_LITERALS = 64  # alternatives per anchor
MAX_OFFSET = 12  # the widest run of characters allowed between a match's start and its literal
SHORT = 400  # strings shorter than this are matched plainly: finding literals would cost more
LONG = 1_000_000  # strings longer than this too: their literal index would cost memory (extractors read 200,000)


@dataclass(frozen=True)
class Anchor:
    """Every match that starts this way has one of `literals` at `lo`..`hi` characters from its start
    (after any leading white space when `space`)."""

    literals: frozenset[str]
    lo: int
    hi: int
    space: bool = False


def anchors(pattern: str, flags: int = 0, min_literal: int = MIN_LITERAL) -> tuple[Anchor, ...] | None:
    """The anchors of `pattern` (one per way a match can start), or None when some way has none."""
    if _P is None:  # pragma: no cover
        return None
    try:
        parsed = _P.parse(pattern, flags)
    except Exception:  # pragma: no cover - the caller's re.compile reports it
        return None
    got = _anchors(parsed.state, list(parsed), 0, 0, min_literal, top=True)
    return tuple(got) if got else None


def _width(state, item) -> tuple[int, int]:
    return _P.SubPattern(state, [item]).getwidth()


def _is_space_repeat(op, av) -> bool:
    if op not in (_C.MAX_REPEAT, _C.MIN_REPEAT) or av[0] != 0 or len(av[2]) != 1:
        return False
    iop, iav = list(av[2])[0]
    if iop is _C.LITERAL:
        return chr(iav).isspace()
    if iop is _C.IN:
        return all((o is _C.LITERAL and chr(a).isspace()) or (o is _C.CATEGORY and a is _C.CATEGORY_SPACE)
                   for o, a in iav)
    return False


def _anchors(state, items: list, lo: int, hi: int, least: int, top: bool = False) -> list[Anchor] | None:
    """Anchors for a sequence of items that starts `lo`..`hi` characters after the match's start."""
    space = False
    i = 0
    while i < len(items):
        op, av = items[i]
        if op in (_C.AT, _C.ASSERT_NOT, _C.ASSERT):
            i += 1
            continue
        if top and lo == hi == 0 and _is_space_repeat(op, av):
            space = True
            i += 1
            continue
        lits = _literals(items, i, least)
        if lits:
            return [Anchor(frozenset(s.lower() for s in lits), lo, hi, space)]
        if op is _C.SUBPATTERN or op is _C.BRANCH:
            # a group whose every branch has its own anchor: "(?:Mandates?|[A-Z]{2}/C/)"
            branches = [list(av[-1])] if op is _C.SUBPATTERN else [list(b) for b in av[1]]
            out: list[Anchor] = []
            for br in branches:
                got = _anchors(state, br, lo, hi, least, top=top and not space)
                if got is None:
                    break
                out.extend(got)
            else:
                if space:
                    out = [Anchor(a.literals, a.lo, a.hi, True) for a in out]
                return out
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0:
            # an optional opening ("(?:Government of )?Republic of X"): a match starts with it or
            # without it, so the anchors of both ways
            body = _anchors(state, list(av[2]), lo, hi, least)
            rest = _anchors(state, items[i + 1:], lo, hi, least) if body else None
            if body and rest:
                return [Anchor(a.literals, a.lo, a.hi, a.space or space) for a in body + rest]
        w_lo, w_hi = _width(state, items[i])
        if space or hi + w_hi > MAX_OFFSET:
            return None
        lo, hi = lo + w_lo, hi + w_hi
        i += 1
    return None


def _literals(items: list, i: int, least: int) -> set[str] | None:
    """The literal strings one of which the items from i on start with (at least `least` long)."""
    prefixes = {""}
    while i < len(items):
        op, av = items[i]
        if op is _C.LITERAL:
            prefixes = {p + chr(av) for p in prefixes}
        elif op is _C.IN and all(o is _C.LITERAL for o, _ in av) and len(av) <= 4:
            prefixes = {p + chr(c) for p in prefixes for _, c in av}
        elif op is _C.SUBPATTERN or op is _C.BRANCH:
            branches = [list(av[-1])] if op is _C.SUBPATTERN else [list(b) for b in av[1]]
            subs: set[str] = set()
            for br in branches:
                j = 0
                while j < len(br) and br[j][0] in (_C.AT, _C.ASSERT_NOT, _C.ASSERT):
                    j += 1
                got = _literals(br, j, least)
                if got is None:
                    subs = set()
                    break
                subs |= got
            if subs:
                prefixes = {p + q for p in prefixes for q in subs}
            break  # what follows a group is not known to come right after these literals
        else:
            break
        if len(prefixes) > MAX_LITERALS:
            return None
        i += 1
    if not prefixes or any(len(p) < least for p in prefixes):
        return None
    return prefixes


def required(pattern: str, flags: int = 0, min_literal: int = MIN_LITERAL) -> frozenset[str] | None:
    """Literals (lower-cased) one of which every match of `pattern` contains somewhere, or None.

    For patterns without anchors ("(?:two|\\d+) of them were arrested": the literal may lie any
    distance from the start): a text that holds none of them has no match."""
    if _P is None:  # pragma: no cover
        return None
    try:
        parsed = _P.parse(pattern, flags)
    except Exception:  # pragma: no cover
        return None
    got = _required(list(parsed), min_literal)
    return frozenset(s.lower() for s in got) if got else None


def _required(items: list, least: int) -> set[str] | None:
    """The most selective set of literals one of which every match of the sequence contains: the
    literal runs of its items, of a group in it, of each branch of an alternation (all branches must
    have one), of a repeat done at least once. Look-arounds and optional items are never relied on."""
    best: set[str] | None = None
    for i, (op, av) in enumerate(items):
        cand = _literals(items, i, least)
        if not cand:
            if op is _C.SUBPATTERN:
                cand = _required(list(av[-1]), least)
            elif op is _C.BRANCH:
                cand = set()
                for br in av[1]:
                    got = _required(list(br), least)
                    if not got:
                        cand = None
                        break
                    cand |= got
            elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
                cand = _required(list(av[2]), least)
        if cand and len(cand) <= MAX_LITERALS and (
                best is None or (min(map(len, cand)), -len(cand)) > (min(map(len, best)), -len(best))):
            best = cand
    return best


def _odd_chars(literals) -> frozenset[str]:
    """Characters that IGNORECASE equates with a literal's letter although their lower case differs."""
    out: set[str] = set()
    extra = getattr(_casefix, "_EXTRA_CASES", {}) if _P is not None else {}
    for ch in set("".join(literals)):
        for other in extra.get(ord(ch), ()):
            o = chr(other)
            if o.lower() != ch:
                out.add(o)
    return frozenset(out)


_REGISTRY: list[Rx] = []  # every compiled pattern, by id: their literals make one automaton
# [automaton, number of patterns it was built for, each pattern's (literal, lo, hi, space) anchors, each
# pattern's required literals, each literal's patterns, every pattern's odd characters]
_automaton: list[Any] = []
_current: list[Any] = [None, frozenset(), {}, ""]  # [last text, its characters when not ASCII, its literal hits, lower-cased]


def _literal_finder():
    """One Aho-Corasick automaton over the literals of every pattern compiled so far (each literal's
    value: its length and number), with, for each pattern, the literals it wants and at which offsets,
    and for each literal the patterns that want it."""
    if _automaton and _automaton[1] == len(_REGISTRY):
        return _automaton[0]
    import ahocorasick

    numbers: dict[str, int] = {}
    owners: list[set[int]] = []

    def number(lit: str, ident: int) -> int:
        k = numbers.setdefault(lit, len(numbers))
        if k == len(owners):
            owners.append(set())
        owners[k].add(ident)
        return k

    wants: list[tuple[tuple[int, int, int, bool], ...]] = []
    needs: list[tuple[int, ...]] = []
    for ident, r in enumerate(_REGISTRY):
        wants.append(tuple((number(lit, ident), a.lo, a.hi, a.space) for a in r.anchors for lit in sorted(a.literals)))
        needs.append(tuple(number(lit, ident) for lit in sorted(r.needs)))
    a = ahocorasick.Automaton()
    for lit, k in numbers.items():
        a.add_word(lit, (len(lit), k))
    a.make_automaton()
    odd = frozenset().union(*(r.odd for r in _REGISTRY))
    _automaton[:] = [a, len(_REGISTRY), wants, needs, [frozenset(o) for o in owners], odd]
    _hits.cache_clear()
    _current[:] = [None, frozenset(), {}, ""]
    return a


@lru_cache(maxsize=8)
def _lowered(text: str) -> tuple[str | None, frozenset[str]]:
    low = text.lower()
    if len(low) != len(text):
        return None, frozenset()
    return low, frozenset(text) if not text.isascii() else frozenset()


@lru_cache(maxsize=4)
def _hits(low: str) -> dict[int, list[int]]:
    """Where each literal (by number) starts in a lower-cased text, in increasing order: one pass of
    the automaton finds the literals of every pattern; each pattern reads its own when it is used."""
    out: dict[int, list[int]] = {}
    for end, (size, k) in _automaton[0].iter(low):
        lst = out.get(k)
        if lst is None:
            out[k] = [end - size + 1]
        else:
            lst.append(end - size + 1)
    return out


def _starts_of(ident: int, low: str, hits: dict[int, list[int]]) -> list[int]:
    """The start positions the anchors of pattern `ident` allow, from the text's literal hits."""
    out: list[int] = []
    for k, lo, hi, space in _automaton[2][ident]:
        found = hits.get(k)
        if not found:
            continue
        if space:  # the match may open on the white space before the literal
            for i in found:
                b = i
                while b > 0 and low[b - 1].isspace():
                    b -= 1
                out.extend(range(b, i + 1))
        elif lo == hi:
            out.extend([i - lo for i in found if i >= lo] if lo else found)
        else:
            for i in found:
                out.extend(range(max(0, i - hi), i - lo + 1))
    return out


def _index(string: str) -> tuple[frozenset[str], dict[int, list[int]], str] | None:
    """(its characters when not ASCII, its literal hits, the lower-cased text) of a string, or None
    when it is not indexed (over LONG, or lower-casing changes its length)."""
    if _current[0] is string and _automaton[1] == len(_REGISTRY):
        # the text every extractor is reading, and no pattern compiled since: its index is at hand
        return _current[1], _current[2], _current[3]
    if len(string) > LONG:
        return None
    low, chars = _lowered(string)
    if low is None:
        return None
    _literal_finder()
    hits = _hits(low)
    _current[:] = [string, chars, hits, low]
    return chars, hits, low


class Rx:
    """A compiled pattern with the `re.Pattern` methods the extractors use, tried only at the start
    positions its anchors allow."""

    __slots__ = ("re", "anchors", "needs", "odd", "_id", "_sorted", "_text", "_starts", "match", "fullmatch", "sub",
                 "subn", "split")

    def __init__(self, pattern: str, flags: int, found: tuple[Anchor, ...], needs: frozenset[str] = frozenset(),
                 code: tuple | None = None) -> None:
        self.re = _build(pattern, flags, code)
        # calls at one position, or over the whole string, go straight to `re` (no __getattr__ per call)
        self.match, self.fullmatch = self.re.match, self.re.fullmatch
        self.sub, self.subn, self.split = self.re.sub, self.re.subn, self.re.split
        self.anchors = found  # where a match can start, or () when only
        self.needs = needs  # literals one of which a text must hold for any match
        self.odd = _odd_chars([lit for a in found for lit in a.literals] + list(needs))
        # one literal opening every match: its occurrences come out of the automaton in order
        self._sorted = len(found) == 1 and len(found[0].literals) == 1 and found[0].lo == found[0].hi == 0 \
            and not found[0].space
        self._text: str | None = None
        self._starts: list[int] = []
        self._id = len(_REGISTRY)
        _REGISTRY.append(self)

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groups, groupindex, ...
        return getattr(self.re, name)

    def __repr__(self) -> str:
        return f"rx.compile({self.re.pattern!r})"

    def _candidates(self, string: str) -> list[int] | None:
        """Sorted start positions worth trying in the whole string (for a pattern known by its required
        literals: where they start), kept for the last string; None when every position is."""
        if self._text is string:
            return self._starts
        index = _index(string)
        if index is None:
            return None
        chars, hits, low = index
        if chars and not self.odd.isdisjoint(chars):
            return None
        starts: list[int] | None
        if self.needs:
            # where the required literals start: a range holding none of them holds no match
            found = [hits[k] for k in _automaton[3][self._id] if k in hits]
            starts = (found[0] if len(found) == 1 else sorted(set().union(*found))) if found else []
        else:
            starts = _starts_of(self._id, low, hits)
            if not self._sorted and starts:
                starts = sorted(set(starts))
        self._text, self._starts = string, starts
        return starts

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if len(string) < SHORT:
            return self.re.finditer(string, pos, endpos)
        cands = self._candidates(string)
        if cands is None or (self.needs and _any_within(cands, pos, endpos)):
            return self.re.finditer(string, pos, endpos)
        if self.needs:
            return iter(())
        return self._iter(string, cands, pos, endpos)

    def _iter(self, string: str, cands: list[int], pos: int, endpos: int):
        match = self.re.match
        last = pos
        for k in range(bisect.bisect_left(cands, pos), len(cands)):
            c = cands[k]
            if c >= endpos:
                break
            if c < last:
                continue
            m = match(string, c, endpos)
            if m is not None:
                last = m.end()
                yield m

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if len(string) < SHORT:
            return self.re.search(string, pos, endpos)
        cands = self._candidates(string)
        if cands is None or (self.needs and _any_within(cands, pos, endpos)):
            return self.re.search(string, pos, endpos)
        if self.needs:
            return None
        return next(self._iter(string, cands, pos, endpos), None)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        if len(string) < SHORT:
            return self.re.findall(string, pos, endpos)
        groups = self.re.groups
        out = []
        for m in self.finditer(string, pos, endpos):
            if groups == 0:
                out.append(m.group(0))
            elif groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(tuple(g or "" for g in m.groups()))
        return out


def _any_within(starts: list[int], pos: int, endpos: int) -> bool:
    """Whether a sorted list holds a position in [pos, endpos)."""
    k = bisect.bisect_left(starts, pos)
    return k < len(starts) and starts[k] < endpos


def live(string: str) -> frozenset[int] | None:
    """Ids (`Rx._id`) of the patterns whose literals occur in `string`: an Rx compiled before this
    call whose id is not in the set has no match in it (a pattern compiled later is not in it). None
    when the string is not indexed (too short or long, or holding a character that IGNORECASE equates
    with a literal's letter): then every pattern may match."""
    index = _index(string) if len(string) >= SHORT else None
    if index is None or (index[0] and not _automaton[5].isdisjoint(index[0])):
        return None
    owners = _automaton[4]
    return frozenset().union(*[owners[k] for k in index[1]])


def compile(pattern: str, flags: int = 0, *, min_literal: int = MIN_LITERAL) -> Any:  # noqa: A001 - re's name
    """`re.compile`, tried only where its anchors allow when it has any (see the module's notes).

    `min_literal`: anchors shorter than this are not worth looking for (they occur everywhere)."""
    entry = _known(pattern, flags, min_literal)
    found = tuple(Anchor(frozenset(lits), lo, hi, space) for lits, lo, hi, space in entry[0]) if entry[0] else None
    if found is not None:
        return Rx(pattern, flags, found, code=entry[2])
    if entry[1] is not None:
        return Rx(pattern, flags, (), frozenset(entry[1]), code=entry[2])
    return _build(pattern, flags, entry[2])


def plain(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile`, with the compiled form kept in the cache of patterns (see `_known`)."""
    return _build(pattern, flags, _known(pattern, flags, 0, analyse=False)[2])


# What compiling a pattern learns (its anchors, its required literals, the code `re` compiles it to),
# kept on disk so that a new process does not parse its few hundred patterns again: parsing is done by
# `re`'s pure-Python parser and takes a third of a second. The code is rebuilt into a pattern with
# `_sre.compile`, as `re` itself does; the entry is keyed by the Python build and `re`'s MAGIC, and the
# first pattern rebuilt each run is checked against `re.compile`'s; if anything differs, or the
# interpreter has no such call, patterns are compiled by `re` as usual.
_TABLE: dict[tuple[str, int, int], tuple] | None = None
_DIRTY: list[bool] = [False]
_MAX_KNOWN = 4000  # entries kept on disk (patterns compiled at run time by users' rules stay out beyond it)
_REBUILD: list[bool | None] = [None]  # whether _sre.compile rebuilds patterns faithfully (checked once)


def _table_key() -> str:
    from tocsin import cache

    return cache.source_key("re", sys.version, getattr(_C, "MAGIC", None) if _P is not None else None)


def _table() -> dict[tuple[str, int, int], tuple]:
    global _TABLE
    if _TABLE is None:
        from tocsin import cache

        got = cache.load("patterns", _table_key())
        _TABLE = got if isinstance(got, dict) else {}
        import atexit

        atexit.register(_save)
    return _TABLE


def _save() -> None:
    if _DIRTY[0] and _TABLE is not None and len(_TABLE) <= _MAX_KNOWN:
        from tocsin import cache

        cache.store("patterns", _table_key(), _TABLE)
        _DIRTY[0] = False


def anchor_literals(pattern: str, flags: int = 0, min_literal: int = MIN_LITERAL) -> frozenset[str] | None:
    """The literals of `pattern`'s anchors (from the table of analysed patterns), or None when it has none."""
    found = _known(pattern, flags, min_literal)[0]
    return frozenset().union(*(lits for lits, *_ in found)) if found else None


def _known(pattern: str, flags: int, min_literal: int, analyse: bool = True) -> tuple:
    """(anchors as (literals, lo, hi, space) tuples or None, required literals or None, compiled code
    or None) of a pattern, from the table or worked out now (and added to it)."""
    table = _table()
    flags = int(flags)
    key = (pattern, flags, min_literal if analyse else -1)
    entry = table.get(key)
    if entry is not None and len(entry) == 3:
        return entry
    found = anchors(pattern, flags, min_literal) if analyse else None
    needs = required(pattern, flags, min_literal) if analyse and found is None else None
    entry = (tuple((frozenset(a.literals), a.lo, a.hi, a.space) for a in found) if found else None,
             needs, _code(pattern, flags))
    table[key] = entry
    _DIRTY[0] = True
    return entry


def _code(pattern: str, flags: int) -> tuple | None:
    """What `re._compiler.compile` hands to `_sre.compile` for this pattern, or None."""
    if _P is None or not isinstance(pattern, str):  # pragma: no cover
        return None
    try:
        from re import _compiler

        p = _P.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        # the code as bytes: marshal reads one string far faster than a list of ints
        return (int(flags | p.state.flags), array("I", code).tobytes(), p.state.groups - 1, groupindex,
                tuple(indexgroup))
    except Exception:  # the error is re.compile's to report
        return None


def _build(pattern: str, flags: int, code: tuple | None) -> re.Pattern:
    if code is None or _REBUILD[0] is False:
        return re.compile(pattern, flags)
    try:
        import _sre

        final, raw, groups, groupindex, indexgroup = code
        made = _sre.compile(pattern, final, array("I", raw).tolist(), groups, groupindex, indexgroup)
    except Exception:
        _REBUILD[0] = False
        return re.compile(pattern, flags)
    if _REBUILD[0] is None:  # the first one is checked against re's own
        ref = re.compile(pattern, flags)
        _REBUILD[0] = (made.pattern, made.flags, made.groups, made.groupindex) == \
            (ref.pattern, ref.flags, ref.groups, ref.groupindex)
        return ref
    return made
