"""rx: patterns tried only where their anchors allow give exactly the matches of plain `re`."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tocsin.extract as extract_pkg
from tocsin.extract import rx
from tocsin.extract.allegations import _compiled_rules

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _all_patterns() -> list[rx.Rx]:
    for m in pkgutil.iter_modules(extract_pkg.__path__):
        importlib.import_module(f"tocsin.extract.{m.name}")
    _compiled_rules()
    pats = sorted(rx._REGISTRY, key=lambda r: r.re.pattern)
    assert len(pats) > 150  # the extractors' own patterns, allegation rules included
    return pats


def _same(r: rx.Rx, text: str, pos: int = 0, endpos: int | None = None) -> None:
    end = len(text) if endpos is None else endpos
    plain = [(m.span(), m.groups()) for m in r.re.finditer(text, pos, end)]
    gated = [(m.span(), m.groups()) for m in r.finditer(text, pos, end)]
    assert gated == plain, r
    s1, s2 = r.re.search(text, pos, end), r.search(text, pos, end)
    assert (s1 and (s1.span(), s1.groups())) == (s2 and (s2.span(), s2.groups())), r
    assert r.findall(text, pos, end) == r.re.findall(text, pos, end), r
    live = rx.live(text)
    if live is not None and r._id not in live:
        assert not plain, r  # a pattern left out of the text's live set has no match in it


def _texts(shared_corpus: Path) -> list[str]:
    from tocsin.ingest import read_path

    texts = [p.read_text("utf-8") for p in sorted((FIXTURES / "extract").rglob("*.txt"))[:40]]
    return texts + [read_path(p).text for p in sorted(shared_corpus.iterdir()) if p.is_file()]


def test_every_extractor_pattern_matches_as_plain_re_on_real_texts(shared_corpus):
    texts = _texts(shared_corpus)
    assert texts
    for r in _all_patterns():
        for t in texts:
            _same(r, t)
            _same(r, t, len(t) // 3, 2 * len(t) // 3)  # a range, as the extractors pass paragraphs


_PATTERNS = None


def _patterns() -> list[rx.Rx]:
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _all_patterns()
    return _PATTERNS


@st.composite
def _text_of_literals(draw):
    """Text built from the patterns' own literals, words, digits, symbols and odd case characters."""
    lits = sorted({lit for r in _patterns() for a in r.anchors for lit in a.literals} |
                  {lit for r in _patterns() for lit in r.needs})
    pieces = st.one_of(
        st.sampled_from(lits).map(lambda s: s.upper() if len(s) % 2 else s.capitalize()),
        st.sampled_from(["the ", " ", "\n", "\n\n", "  ", ". ", ", ", "(a) ", "CERD/C/KAZ/CO/8", "12 ", "2021",
                         "Mr. ", "ſ", "ı", "İ", "K", "é", "Decision 1 (99)", "Excellency,\n", "—"]),
        st.text(alphabet="abcXYZ019 .,;:()/-\n'’", max_size=8),
    )
    return "".join(draw(st.lists(pieces, min_size=20, max_size=120)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text_of_literals(), st.integers(0, 50), st.integers(0, 50))
def test_patterns_match_as_plain_re_on_generated_texts(text, a, b):
    text = text * (1 + rx.SHORT // max(1, len(text)))  # long enough to take the gated path
    for r in _patterns():
        _same(r, text)
        _same(r, text, a, len(text) - b)


def test_anchors_read_from_the_pattern():
    (a,) = rx.anchors(r"\b(?:Foundation|Association)\b", re.I)
    assert a.literals == {"foundation", "association"} and (a.lo, a.hi, a.space) == (0, 0, False)
    (a,) = rx.anchors(r"^\s*(?:Excellency|Madame)", re.I | re.M)
    assert a.space
    a, b = rx.anchors(r"^[ \t]*(?:Decision|D[ée]cision)\s+\d|\b[A-Z]{2,6}/C/[A-Z]{3}/", re.M)
    assert a.literals == {"decision", "décision"} and b.literals == {"/c/"} and (b.lo, b.hi) == (2, 6)
    a, b = rx.anchors(r"\b(?:Government\s+of\s+)?Republic\s+of")  # an optional opening: both ways
    assert a.literals == {"government"} and b.literals == {"republic"}
    assert rx.anchors(r"(?:the\s+)?[A-Z]\w+") is None  # without "the" nothing is certain
    assert rx.anchors(r"(?:a|bcd)e") is None  # "a" is too short to look for
    assert rx.anchors(r"\d+\s+killed") is None  # unbounded before the literal
    assert isinstance(rx.compile(r"\d+"), re.Pattern)  # nothing to gain: plain re


def test_live_set_names_the_patterns_whose_literals_occur():
    a = rx.compile(r"\bwombatgrass\b", re.I)
    b = rx.compile(r"\d+\s+of\s+them\s+(?:koalaberry|x)", re.I)
    text = "filler " * 80 + "Some WombatGrass here."
    live = rx.live(text)
    assert a._id in live and b._id not in live
    assert rx.live("short text") is None  # matched plainly: every pattern may match
    assert rx.live("ſ " * 300) is None  # a character IGNORECASE equates with "s"


def test_required_literals_read_from_the_pattern():
    """Patterns without anchors are skipped on texts that hold none of the literals a match needs."""
    assert rx.required(r"\b(?:two|some|\d+)\s+of\s+them\s+were\s+(?:arrested|detained)", re.I) == \
        {"arrested", "detained"}  # the longest literals every match holds
    assert rx.required(r"\b(?:no|without)\s+(?:any\s+)?adequate\s+housing") == {"adequate"}
    assert rx.required(r"(?:\d+\s+killed|\d+\s+injured)") == {"killed", "injured"}  # one per branch
    assert rx.required(r"(?:\d+\s+killed|\d+\s+ok)") is None  # a branch without one: nothing certain
    assert rx.required(r"\d+(?:\s+persons)?\s+(?!killed)\w+") is None  # optional or negated: never relied on
    assert rx.required(r"(?:\d+\s+(?:were|had\s+been)\s+)+arrested") == {"arrested"}
    r = rx.compile(r"\b(?:two|some|\d+)\s+of\s+them\s+were\s+(?:arrested|detained)", re.I)
    assert isinstance(r, rx.Rx) and not r.anchors and r.needs
    filler = "word " * 100
    assert r._candidates(filler + "12 of them were held") == []  # no required literal: no scan at all
    text = filler + "Twelve were held; 12 of them were Detained. Some of them were arrested."
    at = r._candidates(text)  # where the required literals start
    assert [text[i:i + 8].lower() for i in at] == ["detained", "arrested"]
    _same(r, text)
    assert [m.group(0)[:2] for m in r.finditer(text)] == ["12", "So"]
    # a range without a required literal is not scanned at all; one with a literal runs plain re
    assert r.search(text, 0, at[0]) is None
    assert [m.span() for m in r.finditer(text, at[0] + 8)] == [m.span() for m in r.re.finditer(text, at[0] + 8)]
    assert r.search(text, 0, at[0] + 8).group(0).startswith("12")


@pytest.mark.parametrize("text", [
    "x" * 500 + " ſuspect and the other suspect",  # long s: IGNORECASE equates it with "s"
    "x" * 500 + " İstanbul suspect",  # lower() of İ is two characters: offsets would shift
])
def test_case_folding_traps_fall_back_to_plain_re(text):
    r = rx.compile(r"\bsuspect", re.I)
    assert isinstance(r, rx.Rx)
    _same(r, text)
    assert [m.group(0) for m in r.finditer(text)] == [m.group(0) for m in re.finditer(r"\bsuspect", text, re.I)]


def test_leading_space_and_line_start():
    r = rx.compile(r"^\s*Excellency\b", re.I | re.M)
    text = "a" * 450 + "\n\n   Excellency,\nbody Excellency\n  excellency"
    _same(r, text)
    assert [m.start() for m in r.finditer(text)] == [m.start() for m in r.re.finditer(text)]
    assert len(list(r.finditer(text))) == 2


def test_lexicon_index_finds_what_the_word_by_word_scan_finds(shared_corpus, monkeypatch):
    """Lexicon.find on a long text reads a shared word index; on any range it equals the plain scan."""
    from tocsin.extract import lexicon
    from tocsin.extract.groups import group_lexicon
    from tocsin.extract.states import country_lexicon
    from tocsin.extract.text import body_paragraphs

    texts = _texts(shared_corpus)
    texts.append("x" * 400 + " Kazakhstan. Kazakh-Dungan Dungans,\nKazakhstan’s U.S.A Dungan.\n\nRepublic of Kazakhstan")
    lexes = [country_lexicon(), group_lexicon(), lexicon.Lexicon({"Dungan": 1, "u.s.a": 2, "of kazakhstan": 3},
                                                                fold_case=True)]

    def hits(lex, text, s, e):
        return [(h.start, h.end, h.surface, h.value) for h in lex.find(text, s, e)]

    found = 0
    for text in texts:
        ranges = [(0, len(text)), (len(text) // 3, len(text) - 7)]
        ranges += [(b.start, b.end) for b in body_paragraphs(text)][:10]
        fast = [hits(lex, text, s, e) for lex in lexes for s, e in ranges]
        monkeypatch.setattr(lexicon, "INDEXED", 10**9)
        slow = [hits(lex, text, s, e) for lex in lexes for s, e in ranges]
        monkeypatch.setattr(lexicon, "INDEXED", 300)
        assert fast == slow
        found += sum(map(len, fast))
    assert found > 100


def test_a_pattern_compiled_after_a_text_was_indexed_still_finds_its_matches():
    """Allegation rules are compiled at first use, after other patterns indexed the same text."""
    text = "y" * 450 + " the zebrafinch flew over the quokkarange. " * 3
    first = rx.compile(r"\bzebrafinch\b", re.I)
    assert len(list(first.finditer(text))) == 3
    later = rx.compile(r"\bquokkarange\b", re.I)  # a literal the text's index did not look for
    assert [m.span() for m in later.finditer(text)] == [m.span() for m in later.re.finditer(text)]
    assert len(later.findall(text)) == 3


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="aBc Dé\nİ.-’'19_", max_size=60).map(lambda s: s * 8))
def test_word_index_equals_a_plain_tokenisation(text):
    """The index (split into words in one pass; folded from the plain one for ASCII) gives the words
    and offsets that the tokeniser finds word by word."""
    from tocsin.extract import lexicon

    for fold in (False, True):
        got = lexicon._words(text, fold)
        flat = text.replace("\n", " ")
        flat = flat.lower() if fold else flat
        assert got.flat == flat
        assert got.words == lexicon._TOKEN.findall(flat)
        assert got.starts == [m.start() for m in lexicon._TOKEN.finditer(flat)]


@given(st.text(max_size=200))
def test_letter_counts_equal_str_methods(s):
    from tocsin.extract.text import _letters

    assert _letters(s) == (sum(map(str.isalpha, s)), sum(map(str.isupper, s)))


def test_the_first_document_of_a_fresh_process_gets_the_same_facts(shared_corpus):
    """Patterns compiled at first use (allegation rules) join the literal index before it is asked
    which patterns can match: a fresh process extracts the same facts from its first document as a
    process that has read others before."""
    import json
    import subprocess
    import sys

    from tocsin.extract import extract_document
    from tocsin.ingest import read_path

    path = sorted(p for p in shared_corpus.iterdir() if p.is_file())[0]
    code = ("import json, sys; from tocsin.extract import extract_document; from tocsin.ingest import read_path; "
            "ex = extract_document(read_path(sys.argv[1])); "
            "print(json.dumps(sorted([f.field, f.key, f.span.start if f.span else -1] for f in ex.facts)))")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True).stdout
    for p in sorted(shared_corpus.iterdir())[1:]:
        extract_document(read_path(p))
    here = extract_document(read_path(path))
    assert json.loads(out) == sorted([f.field, f.key, f.span.start if f.span else -1] for f in here.facts)
    assert any(f.field == "allegation" for f in here.facts)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "| Source | Killed | Injured |", "|---|---|---|", "| ODF | 11 | 180 |", "Police  12  30", "Source\tKilled\tInjured",
    "Ministry\t10\t150", "plain running text with one space", "", "  ", "Killed  Displaced", "x" * 30 + "  9",
    "| Doctors (hospital) | about 1,200 | 40 |", "a |", "| b", "\t"]), max_size=14),
    st.integers(1, 60))
def test_table_rows_found_from_one_pass_equal_the_line_by_line_test(rows, cut):
    """table_figures tests only the lines where a whole-text pass found a separator: the same figures
    as testing every line (a line piece of a very long line included)."""
    import pytest as _pytest

    from tocsin.extract import casualties, text as text_mod

    text = "\n".join(rows)
    with _pytest.MonkeyPatch.context() as mp:
        mp.setattr(text_mod, "MAX_LINE_CHARS", cut)  # long lines come in pieces
        text_mod.lines.cache_clear()
        fast = casualties.table_figures(text, None)
        mp.setattr(casualties, "_SEPARATOR", re.compile(r"[\s\S]"))  # every line touched: tested one by one
        text_mod.lines.cache_clear()
        slow = casualties.table_figures(text, None)
    text_mod.lines.cache_clear()
    assert fast == slow


def _plain_forms():
    from tocsin.extract.references import _UN_SYMBOL
    from tocsin.extract.states import _SP_REF
    from tocsin.extract.text import _SENT_END

    return [  # patterns rewritten to open on a character class, and the plain forms they stand for
        (_SENT_END, r"[.!?;:]\n[ \t]*\n|\n[ \t]*\n(?![ \t]*[a-zß-ÿа-яё])|[.!?](?=[\"'\u201d\u2019)\]]?\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u0400-\u042f\u00c0-\u00dd])"),
        (_UN_SYMBOL, r"(?<![\w/])(?:A/HRC|A/RES|A|E/C\.12|E/CN\.4|E|CERD/C|CCPR/C|CAT/C|CRC/C|CEDAW/C|CMW/C|CRPD/C|CED/C|S)"
                     r"/(?:[A-Z0-9]{1,12}[./-]?){1,8}(?<![./-])(?![\w/])"),
        (_SP_REF, r"\b(?:J?AL|J?UA|J?OL)\s+(?P<c>[A-Z]{3})\s+\d{1,3}/\d{4}\b"),
    ]


_PIECES = [".", "!", "?", ";", ":", "\n", " ", "\t", "A", "a", "\"", "(", "”", "1", "Ж", "E", "C", "S", "J", "U", "O",
           "L", "/", "HRC", "RES", "C.12", "CN.4", "ERD", "CPR", "EDAW", "KAZ", "CO", "8-10", "2021", "x", "-", "_",
           "AL", "UA", "OL", "JAL", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_rewritten_patterns_equal_their_plain_forms(text):
    for fast, plain in _plain_forms():
        p = re.compile(plain)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in p.finditer(text)]


def test_rewritten_patterns_equal_their_plain_forms_on_real_texts(shared_corpus):
    for t in _texts(shared_corpus):
        for fast, plain in _plain_forms():
            p = re.compile(plain)
            assert [(m.span(), m.groups()) for m in fast.finditer(t)] == [(m.span(), m.groups()) for m in p.finditer(t)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.-\nA_") + ["six", "ty", "th", "one", "Seven", "dos", "un", "mil", "two"]),
                max_size=30).map("".join), st.integers(0, 60))
def test_numbers_of_a_range_read_from_the_whole_text_equal_the_range_scanned_alone(text, cut):
    """`iter_numbers` reads where numbers can start from one scan of the whole text: every range (one cut
    inside a run of digits or inside a word such as "six|th" too) gives the matches of NUMBER over it."""
    from tocsin.extract.numbers import NUMBER, _opens, iter_numbers

    text = text * 2
    cut = min(cut, len(text))
    for start, end in [(cut, e) for e in range(cut, len(text) + 1)] + [(s, len(text)) for s in range(cut + 1)]:
        got = [(m.span(), m.group(0)) for m in iter_numbers(text, start, end)]
        pos, plain = start, []
        for i in _opens(text, start, end):  # the range alone, scanned as before
            if i >= pos and (m := NUMBER.match(text, i, end)):
                pos = m.end()
                plain.append((m.span(), m.group(0)))
        assert got == plain, (start, end)
