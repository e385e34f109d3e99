"""Hostile text ends in bounded time and memory (each case well under a few seconds here)."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from tocsin.domain.documents import SourceDocument
from tocsin.extract import extract_document
from tocsin.extract.requests import MAX_ITEMS, extract_requests
from tocsin.ingest import read_bytes


def _doc(text: str) -> SourceDocument:
    return SourceDocument(sha256="x", filename="h.txt", media_type="text/plain", size=len(text), text=text)


def _run(text: str, budget_s: float = 20.0, budget_mb: float | None = None):
    """Generous budgets (shared CI machines); typical runs take a fraction of them."""
    if budget_mb is not None:
        tracemalloc.start()
    t = time.perf_counter()
    ex = extract_document(_doc(text))
    elapsed = time.perf_counter() - t
    if budget_mb is not None:
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        assert peak < budget_mb, peak
    assert elapsed < budget_s, elapsed
    return ex


@pytest.mark.slow
def test_50_mb_on_one_line():
    unit = "The Committee requests the State party to provide 11 people were killed in the village of Dorav (a) "
    ex = _run((unit * (50_000_000 // len(unit) + 1))[:50_000_000], budget_mb=300)
    assert len(ex.facts) < 2_000


def test_100000_markers_on_lines():
    text = "The Committee requests the State party to provide information on:\n" + "(a) item\n" * 100_000
    ex = _run(text)
    assert len(ex.of("request")) <= MAX_ITEMS


def test_100000_markers_on_one_line():
    text = "The Committee requests the State party to provide information on: " + "(a) item; " * 100_000
    assert len(extract_requests(_doc(text))) <= MAX_ITEMS
    _run(text)


def test_deep_nesting_and_repetition():
    _run("(" * 200_000 + "a" + ")" * 200_000)
    _run("7 and 8 February 2020, " * 20_000)
    _run("Aaaa Bbbb Cccc district of Dddd and Eeee " * 10_000)
    _run("1 2 3 4 5 killed " * 20_000)


def test_deeply_nested_html_through_ingest():
    html = ("<html><body>" + "<div>" * 50_000 + "<p>The Committee requests the State party to provide information "
            "by 14 July 2021.</p>" + "</div>" * 50_000 + "</body></html>").encode()
    try:
        doc = read_bytes(html, "deep.html")
    except Exception as exc:  # the reader may refuse it; then there is nothing to extract
        pytest.skip(f"reader refused deep HTML: {exc}")
    t = time.perf_counter()
    extract_document(doc)
    assert time.perf_counter() - t < 10
