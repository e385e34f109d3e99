"""HTML pages through lexbor (selectolax): scripts, navigation and other boilerplate removed.

The walk is iterative, so deeply nested markup cannot exhaust Python's stack. The HTML5 tree
builder itself is quadratic in the nesting depth (100,000 nested <div>s take lexbor ~45 s), so
markup nested deeper than MAX_DEPTH is not parsed into a tree: its tags are stripped by a linear
scan instead, which keeps every word of text.
"""

from __future__ import annotations

from typing import Any

import html as htmllib
import re


from tocsin.errors import EmptyFile
from tocsin.ingest.base import Limits, ReadResult, suffix
from tocsin.ingest.text import decode_text

_DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, template, svg, button, select"
MAX_DEPTH = 1024
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "keygen", "command"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})\b[^<>]{0,4096}?(/?)>")
_DROP_RE = re.compile(r"<(head|title|script|style|noscript|template|svg|iframe|nav|header|footer|aside|form)\b[^>]{0,4096}>.*?(?:</\1\s*>|\Z)",
                      re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]{0,4096}>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK = {"p", "div", "section", "article", "main", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br",
          "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "address", "hr", "td", "th", "body"}


class HtmlReader:
    name = "html"
    media_type = "text/html"

    def score(self, filename: str, head: bytes) -> float:
        if suffix(filename) in {"html", "htm", "xhtml"}:
            return 1.0
        low = head[:2048].lower()
        if b"<!doctype html" in low or b"<html" in low:
            return 0.85
        return 0.0

    def read(self, data: bytes, filename: str, limits: Limits) -> ReadResult:
        if not data.strip():
            raise EmptyFile("the HTML file is empty")
        text, enc = decode_text(data)
        title, body = html_to_text(text)
        if not body.strip():
            raise EmptyFile("the HTML page holds no text")
        return ReadResult(pages=[body], media_type=self.media_type, title=title, metadata={"encoding": enc})


def nesting_depth(markup: str, *, stop_at: int = MAX_DEPTH) -> int:
    """How deep the tags nest (an over-estimate: unclosed <p> and <li> count), stopping at stop_at."""
    depth = deepest = 0
    for m in _TAG.finditer(markup):
        name = m.group(2).lower()
        if m.group(1):
            depth = max(0, depth - 1)
        elif not m.group(3) and name not in _VOID:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest >= stop_at:
                    break
    return deepest


def strip_tags(markup: str) -> tuple[str | None, str]:
    """Linear fallback for pathological markup: blocks become paragraph breaks, other tags vanish."""
    t = _TITLE.search(markup)
    title = " ".join(htmllib.unescape(t.group(1)).split()) or None if t else None
    markup = _COMMENT.sub(" ", _DROP_RE.sub(" ", markup))

    def tag(m: re.Match) -> str:
        return "\n\n" if m.group(2).lower() in _BLOCK else " "

    raw = htmllib.unescape(_TAG.sub(tag, markup))
    paragraphs = [" ".join(p.split()) for p in raw.split("\n\n")]
    return title, "\n\n".join(p for p in paragraphs if p)


_ROW, _CELL = "\ue000", "\ue001"  # private-use marks for a table's row and cell edges while the text is built
_NO_MARKS = {ord(_ROW): None, ord(_CELL): None}


def _in_table(tag: str) -> str:
    """What an element's edge writes inside a table: rows end lines, cells are parted by " | ", other
    blocks (a <p> in a cell) are spaces."""
    return _ROW if tag == "tr" else _CELL if tag in ("td", "th") else " "


def _table_lines(block: str) -> str:
    """A table's text: one line per row, its cells between " | " (empty cells kept: figures stay under
    their column's header)."""
    rows = []
    for row in block.split(_ROW):
        cells = [" ".join(c.split()) for c in row.split(_CELL)]
        # each cell writes a mark where it opens and where it closes: cells lie between the pairs
        cells = cells[1::2] if len(cells) > 2 else cells
        if any(cells):
            rows.append(" | ".join(cells).strip())
    return "\n".join(rows)


def _is_letterhead(node) -> bool:
    """A <header> that heads a letter, not a site: no menu in it, and little of its text under links."""
    if node.css_first("nav") is not None or node.css_first("form") is not None:
        return False
    text = " ".join((node.text(separator=" ") or "").split())
    if len(text) < 20:
        return False
    linked = sum(len(" ".join((a.text(separator=" ") or "").split())) for a in node.css("a"))
    return linked < 0.2 * len(text)


def _inside(node, root) -> bool:
    p = node.parent
    while p is not None:
        if p == root:
            return True
        p = p.parent
    return False


def html_to_text(markup: str) -> tuple[str | None, str]:
    if nesting_depth(markup) >= MAX_DEPTH:
        return strip_tags(markup)
    from selectolax.lexbor import LexborHTMLParser  # imported on the first HTML file, not at start-up

    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else None
    # a page's <header> is mostly its menu and logo, but an organisation's letter put on the web heads it with
    # its name, reference and date ("<header><h1>National Forum ...</h1> ... Ref. No.: ...</header>"): such a
    # header, with no menu and little linked text, is kept
    letterheads = [h for h in tree.css("header") if _is_letterhead(h)]
    kept = {h.mem_id for h in letterheads}
    for node in tree.css(_DROP):
        if node.mem_id not in kept:
            node.decompose()
    root = tree.css_first("main") or tree.css_first("article") or tree.body or tree.root
    if root is None:
        return title, ""
    parts: list[str] = []
    ol_counters: list[int] = []
    tables = 0  # depth of <table> elements around the node: a table is one block, a row one line
    marker = False  # an ordered list's number just written: the item's first block follows it on its line
    # Iterative depth-first walk with explicit enter/leave events; a kept letterhead outside <main> first.
    heads = [h for h in letterheads if not _inside(h, root)] if root.tag in ("main", "article") else []
    stack: list[tuple[Any, bool]] = [(root, False)] + [(h, False) for h in reversed(heads)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag  # type: ignore[attr-defined]
        if leaving:
            if tag == "ol" and ol_counters:
                ol_counters.pop()
            if tag == "table":
                tables -= 1
            if tag in _BLOCK:
                parts.append(_in_table(tag) if tables else "\n\n")
            continue
        if tag == "-text":
            t = (node.text_content or "").translate(_NO_MARKS)  # type: ignore[attr-defined]
            parts.append(t)
            marker = marker and not t.strip()
            continue
        if tag in _BLOCK and not (marker and tag != "li"):
            parts.append(_in_table(tag) if tables else "\n\n")
        if tag == "table":
            tables += 1
        if tag == "ol":
            ol_counters.append(0)
        if tag == "li" and ol_counters:
            ol_counters[-1] += 1
            parts.append(f"{ol_counters[-1]}. ")
            marker = True
        stack.append((node, True))
        children = []
        child = node.child  # type: ignore[attr-defined]
        while child is not None:
            children.append(child)
            child = child.next
        for c in reversed(children):
            stack.append((c, False))
    raw = "".join(parts)
    paragraphs = [_table_lines(p) if _ROW in p else " ".join(p.split()) for p in raw.split("\n\n")]
    return title, "\n\n".join(p for p in paragraphs if p)
