"""Property-based fuzzing of every reader and of the extractors (hypothesis).

The property: whatever the bytes, reading ends in a SourceDocument or in an IngestError with one of
the stable codes, within a deadline. Never another exception type, never a hang. Example sizes are
bounded so the whole module runs in well under a minute; HYPOTHESIS_PROFILE=fuzz runs far more.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import makers
from tocsin.errors import IngestError, TocsinError
from tocsin.ingest import read_bytes
from tocsin.ingest.base import Limits

from .test_hostile_files import SAFE_CODES

settings.register_profile("ci", max_examples=60, deadline=dt.timedelta(seconds=5),
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=5000, deadline=dt.timedelta(seconds=10),
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
LIMITS = Limits(max_file_bytes=2_000_000, max_expanded_bytes=5_000_000, max_pages=50, max_text_chars=1_000_000)
NAMES = ["x.pdf", "x.docx", "x.html", "x.htm", "x.eml", "x.txt", "x.md", "x", "x.bin", "x.PDF", "x.xhtml"]


def _check(data: bytes, name: str) -> None:
    try:
        doc = read_bytes(data, name, LIMITS)
    except IngestError as exc:
        assert exc.code in SAFE_CODES, (exc.code, exc.message)
        return
    # a document that comes back is coherent: offsets inside the text, pages in order
    assert doc.sha256 and doc.size == len(data)
    for p in doc.paragraphs:
        assert 0 <= p.start < p.end <= len(doc.text)
    for a, b in zip(doc.pages, doc.pages[1:]):
        assert a.end <= b.start


def _valid_files() -> dict[str, bytes]:
    return {
        "x.pdf": makers.pdf_bytes([makers.LETTER, "Page two.\n\n1. A numbered paragraph."]),
        "x.docx": makers.docx_bytes(["A paragraph about Kordavia.", "(a) First request;"], numbered=["one", "two"],
                                    table=[["a", "b"], ["c", "d"]]),
        "x.html": b"<!doctype html><html><head><title>T</title></head><body><nav>n</nav><main><h1>H</h1>"
                  b"<p>Text about the dam.</p><ol><li>one</li><li>two</li></ol></main></body></html>",
        "x.eml": makers.eml_bytes("Dear Secretariat,\n\nPlease find the report.", html="<p>Hi</p>",
                                  attachments=[("r.txt", b"Report text.", "text/plain")]),
        "x.txt": makers.LETTER.encode("utf-8"),
    }


VALID = _valid_files()


@settings(settings.get_profile(PROFILE))
@given(data=st.binary(max_size=4096), name=st.sampled_from(NAMES))
def test_random_bytes(data, name):
    _check(data, name)


@settings(settings.get_profile(PROFILE))
@given(prefix=st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"<html>", b"From: a@b\nTo: c@d\nSubject: s\n\n",
                               b"\xef\xbb\xbf", b"\xff\xfe", b"<?xml version='1.0'?>"]),
       data=st.binary(max_size=4096), name=st.sampled_from(NAMES))
def test_random_bytes_behind_magic_numbers(prefix, data, name):
    _check(prefix + data, name)


@st.composite
def mutated(draw):
    name = draw(st.sampled_from(sorted(VALID)))
    data = bytearray(VALID[name])
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "dup", "zero"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[pos:pos + draw(st.integers(1, 4096))]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif op == "dup":
            n = draw(st.integers(1, 512))
            data[pos:pos] = data[pos:pos + n] * draw(st.integers(1, 20))
        elif op == "zero":
            n = draw(st.integers(1, 256))
            data[pos:pos + n] = b"\0" * len(data[pos:pos + n])
    return name, bytes(data)


@settings(settings.get_profile(PROFILE))
@given(case=mutated())
def test_mutated_valid_files(case):
    name, data = case
    _check(data, name)


@st.composite
def mutated_docx_part(draw):
    """Mutations inside the XML parts of a DOCX, re-zipped, so they reach the XML parser."""
    base = VALID["x.docx"]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        names = [i.filename for i in zin.infolist()]
        target = draw(st.sampled_from([n for n in names if n.endswith(".xml")]))
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == target:
                b = bytearray(data)
                for _ in range(draw(st.integers(1, 5))):
                    pos = draw(st.integers(0, max(0, len(b) - 1)))
                    piece = draw(st.sampled_from([b"<", b">", b"&", b"&amp;", b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
                                                  b"\0", b"\xff", b"</w:p>", b"<w:p>", b"<w:numPr/>", b'"']))
                    b[pos:pos] = piece
                data = bytes(b)
            zout.writestr(item, data)
    return out.getvalue()


@settings(settings.get_profile(PROFILE))
@given(data=mutated_docx_part())
def test_mutated_docx_xml(data):
    _check(data, "x.docx")


@settings(settings.get_profile(PROFILE))
@given(markup=st.text(alphabet=st.sampled_from(list("<>/=\"'& abcdivpscriptl;#x0123\n!-[]")), max_size=3000))
def test_random_markup(markup):
    _check(markup.encode("utf-8", "surrogatepass"), "x.html")


@settings(settings.get_profile(PROFILE))
@given(headers=st.lists(st.tuples(st.sampled_from(["From", "To", "Subject", "Date", "Content-Type",
                                                   "Content-Transfer-Encoding", "Content-Disposition", "MIME-Version"]),
                                  st.text(max_size=80)), max_size=12),
       body=st.binary(max_size=2000))
def test_random_email_headers(headers, body):
    head = "".join(f"{k}: {v.replace(chr(10), ' ').replace(chr(13), ' ')}\n" for k, v in headers)
    _check(head.encode("utf-8", "surrogatepass") + b"\n" + body, "x.eml")


# --- extractors ----------------------------------------------------------------------------------

try:
    from tocsin.extract.pipeline import extract_document
except ImportError:  # the extract stage is optional
    extract_document = None

WORDS = ["Committee", "requests", "(a)", "(b)", "1.", "by", "30 June 2026", "2026-02-31", "Excellency",
         "Yours sincerely", "killed", "injured", "Kordavia", "CERD/EWUAP/2026", "session", "deadline", "\n", "\n\n",
         "Mr.", "Ms.", "Dr.", "named", "village", "Roma", "31/12/2025", "within 90 days", "Ref:", "§", "ё", "٣"]


def _source(text: str):
    from tocsin.domain.documents import Page, SourceDocument
    from tocsin.ingest.segment import normalise, split_paragraphs

    text = normalise(text)
    pages = (Page(number=1, start=0, end=len(text)),)
    return SourceDocument(sha256="0" * 64, filename="x.txt", media_type="text/plain", size=len(text), text=text,
                          pages=pages, paragraphs=split_paragraphs(text, pages))


def _extract(text: str) -> None:
    try:
        result = extract_document(_source(text))
    except TocsinError as exc:
        assert exc.code
        return
    for f in result.facts:
        if f.span is not None:
            assert 0 <= f.span.start <= f.span.end <= len(_source(text).text), f


@pytest.mark.skipif(extract_document is None, reason="tocsin.extract is not installed")
@settings(settings.get_profile(PROFILE))
@given(text=st.text(max_size=3000))
def test_extractors_on_random_text(text):
    _extract(text)


@pytest.mark.skipif(extract_document is None, reason="tocsin.extract is not installed")
@settings(settings.get_profile(PROFILE))
@given(words=st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=400))
def test_extractors_on_letter_like_text(words):
    _extract(" ".join(words))
