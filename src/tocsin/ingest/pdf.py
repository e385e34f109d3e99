"""PDF through PDFium (pypdfium2): the fastest faithful text layer available here.

Pages without a text layer are flagged needs_ocr; with OCR enabled and Debian's tesseract present,
they are rendered and read.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import tempfile

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pypdfium2 as pdfium

from tocsin.errors import CorruptFile, EmptyFile, EncryptedFile
from tocsin.ingest.base import Limits, ReadResult, suffix

_MIN_CHARS = 16
_SENT_END = re.compile(r"[.:;!?\u201d\"')]$")


class PdfReader:
    name = "pdf"
    media_type = "application/pdf"

    def score(self, filename: str, head: bytes) -> float:
        if head[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in head[:1024]:
            return 1.0
        return 0.6 if suffix(filename) == "pdf" else 0.0

    def read(self, data: bytes, filename: str, limits: Limits) -> ReadResult:
        if not data:
            raise EmptyFile("the PDF is empty")
        import pypdfium2 as pdfium  # imported on the first PDF, not at start-up

        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            msg = str(exc).lower()
            if "password" in msg or getattr(exc, "err_code", None) == 4:
                raise EncryptedFile("the PDF is protected by a password") from exc
            raise CorruptFile(f"the PDF cannot be read: {exc}") from exc
        try:
            n = len(doc)
            if n == 0:
                raise CorruptFile("the PDF has no pages")
            pages: list[str] = []
            flags: list[bool] = []
            for i in range(min(n, limits.max_pages)):
                page = doc[i]
                tp = page.get_textpage()
                text = layout_text(tp)
                tp.close()
                empty = len(text.strip()) < _MIN_CHARS
                if empty and limits.ocr:
                    ocr_text = _ocr(page)
                    if ocr_text:
                        text, empty = reflow(ocr_text), False
                page.close()
                pages.append(text)
                flags.append(empty)
            meta: dict = {"page_count": n}
            if n > limits.max_pages:
                meta["truncated_pages"] = n - limits.max_pages
            try:
                info = doc.get_metadata_dict(skip_empty=True)
            except Exception:  # metadata is optional; a broken Info dict must not lose the text
                info = {}
            title = info.get("Title") or None
            meta.update({k.lower(): v for k, v in info.items() if k in {"Author", "CreationDate", "Producer"}})
            return ReadResult(pages=pages, media_type=self.media_type, title=title, needs_ocr=flags, metadata=meta)
        finally:
            doc.close()


def layout_text(tp: "pdfium.PdfTextPage") -> str:
    """The page's text with a blank line wherever the gap between two lines is wider than usual.

    PDFium's text already breaks lines; the loose box of each line's first character tells where
    the line sits, so paragraphs come from the vertical gaps at the cost of one lookup per line.
    """
    raw = tp.get_text_range()
    if len(raw) != tp.count_chars():  # cannot map lines to boxes: fall back on line lengths
        return reflow(raw)
    lines: list[tuple[str, float, float, int]] = []  # text, top, bottom, its first character's index
    pos = 0
    for piece in raw.split("\n"):
        line = piece.rstrip("\r")
        if line.strip():
            try:
                _, bottom, _, top = tp.get_charbox(pos + len(line) - len(line.lstrip()), loose=True)
            except Exception:  # a missing box: keep the line, without geometry
                bottom = top = float("nan")
            lines.append((line, top, bottom, pos))
        pos += len(piece) + 1
    gaps = sorted(a[2] - b[1] for a, b in zip(lines, lines[1:]) if a[2] - b[1] > -1)
    heights = sorted(t - b for _, t, b, _start in lines if not math.isnan(t))
    height = heights[len(heights) // 2] if heights else 0.0
    small = max(gaps[len(gaps) // 10], 0.0) if gaps else 0.0
    threshold = min(small * 1.5 + 1.5, height * 0.5 + small) if height else 0.0
    wide = _wide_gaps(tp)
    out: list[str] = []
    for i, (line, top, _bottom, start) in enumerate(lines):
        if i:
            gap = lines[i - 1][2] - top
            out.append("\n\n" if threshold and (gap > threshold or gap < -height) else "\n")
        cuts = [k - start for k in wide if start < k < start + len(line)]
        for k in sorted(cuts, reverse=True):
            # a wide gap between two runs of one line (table cells, two columns): four spaces, as a page in two
            # columns or a table typed with spaces sets them apart
            line = line[:k].rstrip(" ") + "    " + line[k:].lstrip(" ")
        out.append(line)
    # PDFium marks a word hyphenated at a line's end with U+FFFE and gives it whole ("connec\ufffetion"): the mark goes
    # (before a capital it was a real hyphen, at which the line was broken: "Haut\ufffeTessi" is "Haut-Tessi")
    return _SOFT_BEFORE_CAPITAL.sub("-", "".join(out)).replace("\ufffe", "")


_SOFT_BEFORE_CAPITAL = re.compile(r"(?<=[^\W\d_])\ufffe(?=[A-ZÀ-ÝА-ЯЁ])")


def _wide_gaps(tp: "pdfium.PdfTextPage") -> set[int]:
    """Indexes of the characters that open a run of text set well apart from the run before it on the same
    line (PDFium's text rectangles: a table's cells, a second column)."""
    out: set[int] = set()
    try:
        rects = [tp.get_rect(i) for i in range(min(tp.count_rects(), 5000))]
    except Exception:  # no rectangles: the text as PDFium gives it
        return out
    for (l0, b0, r0, t0), (l1, b1, r1, t1) in zip(rects, rects[1:]):
        h = max(t0 - b0, t1 - b1, 1.0)
        if abs(b1 - b0) < 0.5 * h and l1 - r0 > 2 * h:
            k = tp.get_index(l1 + 0.5, (b1 + t1) / 2, 1.0, h)
            if k >= 0:
                out.add(k)
    return out


def reflow(raw: str) -> str:
    """Join a PDF page's hard-wrapped lines into paragraphs separated by blank lines.

    A line ends its paragraph when it is clearly shorter than the page's usual line and ends a
    sentence; a line that opens with a marker ("1.", "(a)") starts a new one (segment.py does that).
    """
    lines = [ln.rstrip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lengths = sorted(len(ln) for ln in lines if len(ln) > 20)
    if not lengths:
        return "\n".join(lines)
    typical = lengths[int(len(lengths) * 0.8)] if len(lengths) > 4 else max(lengths)
    out: list[str] = []
    for ln in lines:
        out.append(ln)
        stripped = ln.strip()
        if stripped and len(stripped) < 0.75 * typical and _SENT_END.search(stripped):
            out.append("")
    return "\n".join(out)


def _ocr(page: "pdfium.PdfPage") -> str:
    exe = shutil.which("tesseract")
    if not exe:
        return ""
    image = page.render(scale=300 / 72).to_pil()
    with tempfile.NamedTemporaryFile(suffix=".png") as tmp:
        image.save(tmp.name)
        try:
            res = subprocess.run([exe, tmp.name, "-", "-l", "eng"], capture_output=True, timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return ""
    return res.stdout.decode("utf-8", errors="replace")
