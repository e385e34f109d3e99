"""OCR of pages without a text layer, with Debian's Tesseract (the optional `ocr` setting)."""

from __future__ import annotations

import shutil
import os

import pytest

from tests import makers
from tocsin.ingest import read_bytes
from tocsin.ingest.base import Limits


@pytest.fixture
def scan() -> bytes:
    return makers.scanned_pdf_bytes(["REFERENCE: CERD/EWUAP/120th session", "",
                                     "The Committee requests information", "by 30 June 2026."])


def test_scanned_page_is_flagged_without_ocr(scan):
    doc = read_bytes(scan, "scan.pdf")
    assert doc.needs_ocr and "Committee" not in doc.text


def test_scanned_page_is_read_with_ocr(scan):
    if not shutil.which("tesseract"):
        if os.environ.get("CI"):
            pytest.fail("tesseract is not installed (apt-get install tesseract-ocr)")
        pytest.skip("tesseract is not installed")
    doc = read_bytes(scan, "scan.pdf", Limits(ocr=True))
    assert not doc.needs_ocr
    assert "Committee requests information" in " ".join(doc.text.split())
