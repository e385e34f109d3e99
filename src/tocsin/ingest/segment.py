"""Split text into paragraphs, keeping the numbers a document gives its own paragraphs.

A paragraph ends at a blank line, or where a new line opens with a marker ("1.", "(a)", "- (b)",
"iv)"), so lettered requests written one per line come out one per paragraph. Work is linear in
the text's length: hostile input (one 50 MB line, 100,000 markers) stays bounded.
"""

from __future__ import annotations

import re

from tocsin.domain.documents import Page, Paragraph

# A marker at the start of a line: "1.", "12)", "(a)", "a)", "(iv)", optionally behind a dash or bullet.
MARKER_RE = re.compile(
    r"[ \t]*(?:[-\u2013\u2014\u2022\u00b7*][ \t]*)?"
    r"(?:\((?P<p>[a-zA-Z]|[ivxlcIVXLC]{1,6}|\d{1,3})\)|(?P<b>[a-z]|[ivx]{1,6}|\d{1,3})\)|(?P<d>\d{1,3})\.(?!\d))"
    r"(?=[ \t]+\S)"
)
_BLANK = re.compile(r"\n[ \t]*\n")


def marker_of(line: str) -> str | None:
    m = MARKER_RE.match(line)
    if not m:
        return None
    return m.group("p") or m.group("b") or m.group("d")


def split_paragraphs(text: str, pages: tuple[Page, ...] = ()) -> tuple[Paragraph, ...]:
    out: list[Paragraph] = []
    page_starts = [(p.start, p.number) for p in pages] or [(0, 1)]
    page_i = 0

    def page_of(offset: int) -> int:
        nonlocal page_i
        while page_i + 1 < len(page_starts) and page_starts[page_i + 1][0] <= offset:
            page_i += 1
        return page_starts[page_i][1]

    for block_start, block_end in _blocks(text):
        # Within a block, a line that opens with a marker starts a new paragraph.
        starts = [block_start]
        pos = block_start
        while True:
            nl = text.find("\n", pos, block_end)
            if nl < 0:
                break
            line_start = nl + 1
            # Only the first 40 characters decide whether a line opens with a marker.
            if MARKER_RE.match(text, line_start, min(block_end, line_start + 40)):
                starts.append(line_start)
            pos = line_start
        starts.append(block_end)
        for s, e in zip(starts, starts[1:]):
            s, e = _trim(text, s, e)
            if s >= e:
                continue
            body = text[s:e]
            number = marker_of(body[:40])
            out.append(Paragraph(index=len(out) + 1, start=s, end=e, page=page_of(s), number=number,
                                 text=" ".join(body.split())))
    return tuple(out)


def _blocks(text: str):
    pos = 0
    for m in _BLANK.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def normalise(text: str) -> str:
    """Newlines to \\n, no NULs, no trailing spaces; the text extractors and spans see."""
    import unicodedata

    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    return text.strip("\n")
