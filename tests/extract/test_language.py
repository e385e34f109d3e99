"""Language detection: the vectorised walk of py3langid's automaton gives exactly the library's result."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from tocsin.extract import language

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_LIB = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _same(text: str) -> None:
    fast = language.identifier()
    data = _LIB._encode(text)
    lib = visit_counts(_LIB.tk_nextmove, _LIB._rowbase, _LIB.tk_output, data) or {}
    got = language.walk_counts(fast, data)
    assert list(got.items()) == list(lib.items())  # same counts, in the same first-seen order
    assert fast.classify(text) == _LIB.classify(text)


def test_depth_is_the_deepest_state_of_the_model():
    """Every state of the automaton is reached from the root in at most DEPTH bytes (breadth first)."""
    nm = np.frombuffer(_LIB.tk_nextmove, dtype=np.dtype(_LIB.tk_nextmove.typecode))
    rowbase = np.asarray(_LIB._rowbase, dtype=np.int64)
    depth = np.full(len(rowbase), -1, dtype=np.int32)
    depth[0] = 0
    front, k, every_byte = np.array([0]), 0, np.arange(256)
    while len(front):
        k += 1
        nxt = np.unique(np.concatenate([nm[(rowbase[front[i:i + 2000]][:, None] + every_byte).ravel()]
                                        for i in range(0, len(front), 2000)]))
        front = nxt[depth[nxt] < 0]
        depth[front] = k
    assert (depth >= 0).all()
    assert depth.max() == language.DEPTH


def test_the_identifier_in_use_is_the_vectorised_one():
    assert hasattr(language.identifier(), "_nm")


def test_same_as_the_library_on_real_and_fixture_texts(shared_corpus):
    texts = [p.read_text("utf-8") for p in sorted((FIXTURES / "extract").rglob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted(shared_corpus.iterdir()) if p.is_file()]
    texts += ["", "a", "é", "Комитет просит государство-участник", "中文文本 العربية", "LETTERHEAD IN CAPITALS"]
    assert len(texts) > 10
    for t in texts:
        _same(t[:1500])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab eéЖж中\n.,the ingCOMITÉ'") + ["ſ", "\U0001f600"]), max_size=80))
def test_same_as_the_library_on_generated_texts(text):
    _same(text)


def _documents() -> list[Path]:
    shared = FIXTURES.parents[2] / "shared" / "corpus"
    return sorted(p for p in [*FIXTURES.rglob("*"), *shared.glob("*")]
                  if p.suffix.lower() in (".txt", ".pdf", ".docx", ".html", ".eml"))


def test_function_words_decide_only_as_the_model_does():
    """Where the function words leave no doubt they give py3langid's own answer, on every labelled document."""
    from tocsin.extract.kind import _QUOTED
    from tocsin.ingest import read_path

    decided = 0
    for p in _documents():
        try:
            text = read_path(p).text
        except Exception:  # the fixtures of bad input
            continue
        sample = _QUOTED.sub(" ", text[:6000])[:1500]
        letters = sum(map(str.isalpha, sample))
        sure = language.function_words(sample, letters) if letters >= 20 else None
        if sure is not None:
            decided += 1
            assert sure[0] == language.identifier().classify(sample)[0], p.name
    assert decided >= 300


def test_function_words_leave_short_mixed_and_cyrillic_texts_to_the_model():
    assert language.function_words("Le Comité et the Committee.", 22) is None  # too few words to tell
    text = "Комитет по ликвидации расовой дискриминации просит государство-участник представить информацию."
    assert language.function_words(text, sum(map(str.isalpha, text))) is None
    en = "The Committee is concerned at the reports that the police did not protect the residents of the village " * 3
    assert language.function_words(en, sum(map(str.isalpha, en)))[0] == "en"
