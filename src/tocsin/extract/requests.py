"""Requests a letter puts to the State: lettered or numbered lists, dash bullets, requests in sentences.

Rules, in order:
1. A *list* counts only when the text just before it asks for something ("requests the State party
   to provide information on:", "would be grateful for your observations on the following
   matters:", "recommends that the State party:"). A list in a paragraph that summarises what the
   State said ("takes note of ... (i) ... (ii) ...") is not a request list.
2. List items are lines that open with a marker in sequence ((a), (b), ... / 1., 2., ... / (i),
   (ii), ... / dash bullets). A marker of another type inside an item (a sub-list) stays part of
   the item; a marker out of sequence or a new unmarked paragraph ends the list.
3. A list written inside the request sentence ("... information on: (a) X; (b) Y") is split on its
   markers.
4. With no list at all, each sentence in which the Committee (or a mandate holder) requests,
   urges, invites or asks the State is one request; these and dash bullets are *unmarked* and get
   the markers "1", "2", ... in order (EVAL.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tocsin.extract import rx
from tocsin.domain.documents import SourceDocument
from tocsin.extract.text import OVERDUE_REPORT, PAGE_FURNITURE, Segment, is_furniture, lines, scan_text, sentences, squash

NAME = "requests"
VERSION = "1.15"

MAX_ITEMS = 200  # per document: 100,000 "(a)" markers give at most this many requests
MAX_ITEM_CHARS = 4_000
MAX_RUNS = 100


@dataclass(frozen=True, slots=True)
class RequestItem:
    marker: str  # "a", "1", "iv" as written (no brackets); "1", "2", ... for unmarked requests
    text: str
    start: int  # character span of the item (marker included) in doc.text
    end: int
    marked: bool = True  # False for dash bullets and requests in sentences
    cut: bool = False  # runs into the end of a text cut off mid-sentence: its text is incomplete


# A marker opening a line: "(a)", "a)", "a.", "1.", "(iv)", "- (b)", "• 2." ...; or a bare bullet.
_LINE_MARKER = rx.compile(
    r"[ \t]{0,40}(?:[-\u2013\u2014\u2022\u00b7\u25aa\u25cf*][ \t]{0,4})?"
    r"(?:\((?P<p>[a-zA-Zа-яА-Я]|[ivxlcIVX]{1,6}|\d{1,3})\)|(?P<b>[a-zа-я]|[ivx]{1,6}|\d{1,3})[.)](?!\d))"
    r"[ \t]+(?=\S)"
)
_BULLET = rx.compile(r"[ \t]{0,12}(?P<bullet>[-\u2013\u2014\u2022\u00b7\u25aa\u25cf*])[ \t]+(?=\S)")
_INLINE_MARKER = rx.compile(r"(?:^|(?<=[\s:;,]))\((?P<m>[a-z]|[ivx]{1,5}|\d{1,2})\)[ \t]+(?=\S)"
                            # "... on: 1. the measures ...; 2. the legal grounds ...; and 3. the ..."
                            r"|(?:(?<=[:;][ \t])|(?<=[:;]\n)|(?<=\band[ \t]))(?P<d>\d{1,2})\.[ \t\n]+(?=[a-z])")
_ROMAN = rx.compile(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")

# What introduces a request list (searched in the text just before the list).
_LIST_CUE = rx.compile(
    r"\b(?:requests?|request(?:ing)?\s+(?:the|that|your)|urges?|invites?|asks?|calls?\s+(?:up)?on|"
    r"recommends?|would\s+(?:be\s+grateful|appreciate|welcome|like)|grateful|appreciate|"
    r"please|kindly|encourages?|following\s+(?:matters|questions|points)|wish(?:es)?\s+to\s+(?:know|receive)|"
    r"prie|demande|souhaiterait|serait\s+reconnaissant|invite|recommande|"
    r"solicita|pide|agradecer[íi]a|agradecer[íi]amos|agradecid[oa]s?|insta|exhorta|recomienda|s[íi]rvase|"
    r"(?:asuntos|cuestiones|puntos)\s+siguientes|(?:questions|points)\s+suivant(?:e)?s|reconnaissants?|veuillez|"
    r"просит|призывает|рекомендует)\b",
    re.IGNORECASE,
)
# A request stated in a sentence of a letter (no list): the Committee or a mandate holder asks.
_SENTENCE_REQUEST = rx.compile(
    r"\b(?:(?:Committee|it|Rapporteurs?|Working\s+Group|experts?|mandate\s+holders?|I)\s+"
    r"(?:(?:also|further|therefore|again|hereby|kindly|once\s+again|would\s+(?:also\s+)?like\s+to)\s+)?"
    r"(?:requests?|urges?|invites?|asks?|calls?\s+(?:up)?on|encourages?|reiterates?\s+its\s+request)"
    r"|(?:Committee|it|I|we)\s+would\s+(?:also\s+|further\s+)?(?:be\s+grateful|appreciate|welcome)"
    r"|(?:Committee|it|I|we)\s+(?:also\s+|further\s+|therefore\s+)?(?:wishes|would\s+(?:also\s+)?like|seeks)\s+to\s+"
    r"(?:know|receive|be\s+informed|learn|obtain)"
    r"|(?:Committee|it|I|we)\s+(?:also\s+|further\s+)?seeks\s+(?:information|clarification|details)"
    r"|(?:^|[.;]\s+)(?:(?:finally|also|further(?:more)?|lastly|moreover|in\s+addition),?\s+)?(?:please|kindly)\s+(?:provide|indicate|explain|clarify|inform|submit|describe|specify)"
    r"|Comit[ée]\s+(?:prie|demande|invite|souhaiterait|serait\s+reconnaissant)"
    r"|Comit[ée]\s+(?:solicita|pide|insta|agradecer[íi]a|invita)"
    r"|Комитет\s+(?:просит|призывает))\b",
    re.IGNORECASE,
)
# Procedural history: what the Committee asked before is not a request of this letter.
_PAST = rx.compile(r"\b(?:previous|earlier|last)\s+(?:letter|communication|decision)s?\b.{0,80}\b(?:requested|asked)\b",
                   re.IGNORECASE)


def _marker_of(line: str) -> tuple[str, str, int] | None:
    """(kind, marker, end of marker) for a line opening with a marker; kind: alpha|num|bullet."""
    m = _LINE_MARKER.match(line, 0, min(len(line), 60))
    if m:
        mk = m.group("p") or m.group("b")
        return ("num" if mk.isdigit() else "alpha"), mk, m.end()
    b = _BULLET.match(line, 0, min(len(line), 20))
    if b:
        return "bullet", "-", b.end()
    return None


_JOINED = rx.compile(r"(?:[,;]|\band|\bor|\bet|\by|\bи)\s*$", re.IGNORECASE)


def _continued(text: str, start: int, end: int, expect: str, style: str) -> list[tuple[str, int, int]]:
    """Markers written inside one item that go on with its list ("(b) Whether ..., and (c) the
    results ..."): (marker, start, body start) of each, in sequence from `expect`, each after a
    comma, semicolon or "and"."""
    out: list[tuple[str, int, int]] = []
    if style not in ("alpha", "num"):
        return out
    for m in _INLINE_MARKER.finditer(text, start, end):
        if m.group("m") != expect or not _JOINED.search(text, max(start, m.start() - 8), m.start()):
            continue
        out.append((expect, m.start(), m.end()))
        expect = _next(expect, style)
        if len(out) >= MAX_ITEMS:
            break
    return out


def _sub_list_start(text: str, start: int, end: int) -> int:
    """The newline before the first line of text[start:end], after its first, that opens with a marker (a
    paragraph's sub-list, its lead-in wrapped over one line or more), or -1."""
    first = nl = text.find("\n", start, end)
    while nl > 0:
        # on the second line, or after a lead-in that ends with a colon ("... le Comité demande à l'État partie :")
        if (nl == first or _ends_with_colon(text, start, nl)) and _marker_of(text[nl + 1:end].lstrip("\n")):
            return nl
        nl = text.find("\n", nl + 1, end)
    return -1


def _ends_with_colon(text: str, start: int, end: int) -> bool:
    j = _rstrip_end(text, start, end)
    return j > start and text[j - 1] == ":"


def _next(marker: str, style: str) -> str:
    if style == "num":
        return str(int(marker) + 1)
    if style == "roman":
        return _int_to_roman(_roman_to_int(marker) + 1, upper=marker.isupper())
    if style == "bullet":
        return "-"
    k = _CYRILLIC_LETTERS.find(marker.lower())
    if k >= 0:  # "а)", "б)", "в)" ...: the Russian alphabet as lists use it (no ё, й, ъ, ы, ь)
        nxt = _CYRILLIC_LETTERS[k + 1:k + 2] or "-"
        return nxt.upper() if marker.isupper() else nxt
    return chr(ord(marker) + 1)


_CYRILLIC_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"


def _roman_to_int(s: str) -> int:
    vals = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    s = s.lower()
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total


def _int_to_roman(n: int, *, upper: bool = False) -> str:
    out = ""
    for v, sym in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out += sym
            n -= v
    return out.upper() if upper else out


def _is_roman(m: str) -> bool:
    return bool(_ROMAN.match(m.lower())) and m != ""


def _opens_mid_list(text: str, pos: int) -> bool:
    """A fragment that begins inside a list: the text opens on the lower-case tail of an item whose marker was
    on a page that is not here ("of the Dalit families ...;" then "(d) ..."), and the list comes right after."""
    head = text.lstrip()
    if pos == len(text) - len(head) and _PLEASE_ITEM.match(text, pos):
        return True  # the last page of a special-procedures letter: "4.    Please provide ..." opens the text
    return pos < 2000 and head[:1].islower() and pos - (len(text) - len(head)) < 1200


_PLEASE_ITEM = re.compile(r"\(?\w{1,3}[.)]\)?\s+(?:Please|Kindly|S[íi]rvase|Veuillez|Pri[èe]re\s+de)\b")


def _style_of_first(kind: str, marker: str) -> str | None:
    """The list style a first marker opens, or None if a list cannot start with it."""
    if kind == "bullet":
        return "bullet"
    if kind == "num":
        return "num" if marker == "1" else None
    if marker.lower() in ("a", "а"):  # Latin or Cyrillic "a"
        return "alpha"
    if marker.lower() == "i":
        return "roman"
    return None


@dataclass
class _Item:
    marker: str
    start: int
    body_start: int
    end: int
    gaps: list[tuple[int, int]] = field(default_factory=list)  # page breaks inside the item: not its text


# The rule above a page's footnotes ("____________________"), and a footnote's opening number ("1 Joint
# submission ...", "¹ Information ...")
_FOOTNOTE_RULE = rx.plain(r"[ \t\f]*[_\u2017\u2014\u2013-]{5,}[ \t]*")
_FOOTNOTE_NUMBER = rx.plain(r"[ \t\f]*(?:\d{1,2}|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2})[ \t]+\S")


_SUB_HEADING = rx.plain(r"[ \t]*(?:To\s+|For\s+)?(?:the\s+)?[A-Z][^\n:.;()]{2,90}:[ \t]*")


def _runs(text: str, whole: str | None = None) -> list[tuple[str, list[_Item]]]:
    """Marker lists at line starts, each as (style, items); `whole`: the text `text` is a part of, where a
    page's running head or foot is seen repeated."""
    whole = text if whole is None else whole
    runs: list[tuple[str, list[_Item]]] = []
    style: str | None = None
    items: list[_Item] = []
    expect = ""
    blank_before = False
    footnote = False  # inside the footnotes at the foot of a page, in the middle of a list
    page_break = -1  # where the page break inside the current item began (-1: none)
    total = 0
    repeated: dict[str, int] = {}  # filled on first use

    def close() -> None:
        nonlocal style, items
        if style is not None and items:
            runs.append((style, items))
        style, items = None, []

    for ln in lines(text):
        body = ln.text
        if not body.strip():
            blank_before = True
            continue
        mk = _marker_of(body)
        if style is not None and footnote:
            if not blank_before or _FOOTNOTE_NUMBER.match(body) or _is_furniture(body, whole, repeated):
                blank_before = False
                continue  # a footnote, its wrapped lines, the page's furniture
            footnote = False  # after a blank line: the next page
        if style is not None:
            if mk is not None:
                kind, marker, mend = mk
                same = (
                    (style == "bullet" and kind == "bullet")
                    or (style == "num" and kind == "num" and marker == expect)
                    or (style == "alpha" and kind == "alpha" and marker == expect)
                    or (style == "roman" and kind == "alpha" and marker.lower() == expect.lower())
                )
                if not same and kind == style and marker != expect:
                    # "(b) ..., and (c) ..." on one line, then "(d)": the list goes on
                    inner = _continued(text, items[-1].body_start, ln.start, expect, style)
                    same = bool(inner) and _next(inner[-1][0], style) == marker
                if same:
                    # the item before ends where its page ended, not after the page's furniture
                    items[-1].end = _rstrip_end(text, items[-1].start, page_break if page_break >= 0 else ln.start)
                    items.append(_Item(marker, ln.start, ln.start + mend, ln.end))
                    page_break = -1
                    expect = _next(marker, style)
                    total += 1
                    if total >= MAX_ITEMS:
                        break
                    blank_before = False
                    continue
                nested = (
                    (style == "alpha" and (kind in ("num", "bullet") or (_is_roman(marker) and marker != expect)))
                    or (style == "roman" and kind in ("num", "bullet"))
                    or (style == "num" and kind in ("alpha", "bullet"))
                    or (style == "bullet" and kind in ("alpha", "num") and not blank_before)
                )
                if nested and kind == "num" and style == "alpha" and blank_before \
                        and text[_rstrip_end(text, items[-1].start, items[-1].end) - 1] == ".":
                    nested = False  # "(c) ... (2020)." | blank line | "10. The State party is also requested ...": the
                    # document's next numbered paragraph, not a sub-list of (c)
                if nested and ln.end - items[-1].start < MAX_ITEM_CHARS:
                    items[-1].end = ln.end
                    page_break = -1  # the item goes on after the page break: its sub-list is its text
                    blank_before = False
                    continue
                close()
            elif not blank_before and ln.end - items[-1].start < MAX_ITEM_CHARS:
                items[-1].end = ln.end  # a wrapped line of the current item
                page_break = -1
                continue
            elif blank_before and _SUB_HEADING.fullmatch(body):
                # "The Government of the Kingdom of X:", "Both Governments:": a heading inside the list, whose
                # lettering goes on under it; not the text of the item before
                items[-1].gaps.append((ln.start, ln.end))
                continue
            elif _FOOTNOTE_RULE.fullmatch(body) or _is_furniture(body, whole, repeated):
                # a page break inside the list: footnotes under their rule, page number, running header
                # ("CERD/EWUAP/115th session/2025/UL/TM/ks" again): the list goes on after it
                footnote = footnote or _FOOTNOTE_RULE.fullmatch(body) is not None
                if page_break < 0:
                    page_break = items[-1].end
                blank_before = True
                continue
            elif page_break >= 0 and body.lstrip()[:1].islower() and ln.end - items[-1].start < MAX_ITEM_CHARS:
                # "(c) ... their access to" | page break | "legal counsel, and ...": the item goes on
                items[-1].gaps.append((page_break, ln.start))
                items[-1].end = ln.end
                page_break = -1
                blank_before = False
                continue
            elif blank_before and body.lstrip()[:1].islower() and text[items[-1].end - 1] not in ".;:!?" \
                    and ln.end - items[-1].start < MAX_ITEM_CHARS:
                # "(f) ... are not taught in segregated" | blank line | "classes;": a PDF's wide line gap in the
                # middle of the item's sentence, not its end
                items[-1].end = ln.end
                blank_before = False
                continue
            else:
                close()
        if mk is not None and style is None:
            kind, marker, mend = mk
            st = _style_of_first(kind, marker)
            if st is None and not runs and kind in ("alpha", "num") and _opens_mid_list(text, ln.start):
                st = "num" if kind == "num" else "alpha"  # a fragment that begins inside a list: "(d) ..., (e) ..."
            if st is None and runs and runs[-1][0] in ("alpha", "num") and marker == _next(runs[-1][1][-1].marker, runs[-1][0]) \
                    and (kind == "alpha") == (runs[-1][0] == "alpha"):
                # "(a) ... (b) ...", then "The Committee further requests ... on the following:" "(c) ...": the
                # lettering goes on from the list before
                st = runs[-1][0]
            if st is not None:
                style = st
                items = [_Item(marker, ln.start, ln.start + mend, ln.end)]
                page_break = -1
                expect = _next(marker, st)
                total += 1
                if total >= MAX_ITEMS or len(runs) >= MAX_RUNS:
                    break
        blank_before = False
    close()
    return runs



def _is_furniture(line: str, text: str, repeated: dict[str, int]) -> bool:
    """Page furniture (`text.is_furniture`) that is not a list item."""
    return is_furniture(line, text, repeated) and (PAGE_FURNITURE.fullmatch(line.strip()) is not None
                                                   or _marker_of(line) is None)


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _clean_item(s: str) -> str:
    s = squash(s)
    s = re.sub(r"(?:[;,]\s*(?:and|or|et|ou|y|o|и)?|\s+(?:and|or))\s*$", "", s)
    return s.rstrip(" ;,")


def _has_cue_before(text: str, pos: int) -> bool:
    """Does the text introducing a list at `pos` ask for something?"""
    intro_start = max(0, pos - 500)
    intro = text[intro_start:pos].rstrip()
    last = intro.rfind("\n\n")
    if last >= 0 and _SUB_HEADING.fullmatch(intro[last:].strip()) and not _LIST_CUE.search(intro[last:]):
        # "... on the following:" | "The Government of the Republic of X:" | "(a) ...": the heading of the
        # list's first part stands between the request and its items
        intro = intro[:last].rstrip()
    # Only the last sentence or two of the paragraph just before the list.
    para = intro.rfind("\n\n")
    if para >= 0 and len(intro) - para > 40:
        intro = intro[para:]
    if not intro:
        return False
    tail = intro[-300:]
    return bool(_LIST_CUE.search(tail)) and not _PAST.search(tail) and (
        intro.endswith(":") or intro.endswith(":-") or bool(_LIST_CUE.search(intro[-160:]))
    )


def _inline_items(text: str, start: int, end: int) -> list[RequestItem]:
    """A list written inside one request paragraph: "... on: (a) X; (b) Y; and (c) Z."."""
    marks = []
    expect: str | None = None
    style = ""
    for m in _INLINE_MARKER.finditer(text, start, end):
        mk = m.group("m") or m.group("d")
        if expect is None:
            st = _style_of_first("num" if mk.isdigit() else "alpha", mk)
            if st is None:
                continue
            style, expect = st, mk
        if mk.lower() != expect.lower():
            continue
        marks.append((mk, m.start(), m.end()))
        expect = _next(mk, style)
        if len(marks) >= MAX_ITEMS:
            break
    if len(marks) < 2:
        return []
    out = []
    for i, (mk, s, bs) in enumerate(marks):
        e = marks[i + 1][1] if i + 1 < len(marks) else _end_of_sentence(text, bs, end)
        body = _clean_item(text[bs:e])
        if body:
            out.append(RequestItem(mk, body, s, _rstrip_end(text, s, e)))
    return out


_FULL_STOP = rx.compile(r"\.(?=\s|$)")


def _end_of_sentence(text: str, pos: int, limit: int) -> int:
    m = _FULL_STOP.search(text, pos, limit)
    return m.end() if m else limit


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n\n", max(0, pos - 5000), pos)
    s = 0 if s < 0 else s + 2
    e = text.find("\n\n", pos, pos + 5000)
    e = min(len(text), pos + 5000) if e < 0 else e
    return s, e


def extract_requests(doc: SourceDocument) -> list[RequestItem]:
    """The requests a document makes, in order; see the module docstring for the rules."""
    text = scan_text(doc.text)
    out: list[RequestItem] = []
    runs = _runs(text)
    k = 0
    while k < len(runs) and k < MAX_RUNS * 2:
        style, items = runs[k]
        k += 1
        if not _has_cue_before(text, items[0].start) and not (k == 1 and _opens_mid_list(text, items[0].start)
                                                               and _style_of_first("num" if style == "num" else "alpha",
                                                                                   items[0].marker) is None):
            # numbered paragraphs of a decision ("4. ... urges the State party to:") may hold the
            # request list as a sub-list: look inside each item, after its first line
            if style in ("num", "roman") and len(runs) < MAX_RUNS * 2:
                for it in items:
                    nl = _sub_list_start(text, it.body_start, it.end)
                    if nl > 0:
                        runs[k:k] = [(st, [_Item(x.marker, x.start + nl + 1, x.body_start + nl + 1, x.end + nl + 1)
                                           for x in its]) for st, its in _runs(text[nl + 1:it.end], text) if st != style]
                    elif style == "num" and _OPERATIVE.match(text, it.body_start, it.end) and not _ends_cut(text, it.end):
                        # resolution style: "6. Urges the State party to ...", "10. Requests the State party to ..."
                        body = _clean_item(text[it.body_start:it.end])
                        if body and not _REPORT_BACK.search(body) and not _SOFT_OPERATIVE.match(body):
                            out.append(RequestItem(it.marker, body, it.start, it.end, marked=True))
            continue
        if style == "bullet" and len(items) < 2:
            continue
        if _quoted_list(text, items):
            continue  # the list of an earlier letter the text quotes ("... (e) The measures taken ...".)
        for j, it in enumerate(items):
            for mk, s, bs, e in _split_continued(text, it, style, items[j + 1].marker if j + 1 < len(items) else None):
                body = _clean_item(_without(text, bs, e, it.gaps))
                cut = _ends_cut(text, e)
                if not body or (cut and len(body.split()) < MIN_CUT_WORDS):
                    continue  # a list item cut off before it says what is asked is not a request we can state
                out.append(RequestItem(mk, body, s, e, marked=style != "bullet", cut=cut))
            if len(out) >= MAX_ITEMS:
                break
    if not out:
        out = _inline_or_sentences(text)
    else:
        out += _further_requests(text, max(it.end for it in out))
    # Unmarked requests are numbered "1", "2", ... in order.
    n = 0
    numbered: list[RequestItem] = []
    for it in out:
        if not it.marked:
            n += 1
            it = RequestItem(str(n), it.text, it.start, it.end, marked=False)
        numbered.append(it)
    return numbered


def _quoted_list(text: str, items: list[_Item]) -> bool:
    """A list inside a quotation: an odd number of straight double quotes (or more opening than closing curly
    ones) before it, and a closing quote at the end of its last item."""
    end = _rstrip_end(text, items[-1].start, items[-1].end)
    if not text[max(0, end - 3):end].rstrip(" .;").endswith(('"', "”", "»")):
        return False
    before = text[max(0, items[0].start - 6000):items[0].start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count("»")


def _without(text: str, start: int, end: int, gaps: list[tuple[int, int]]) -> str:
    """text[start:end] without the page breaks inside it."""
    parts, pos = [], start
    for gs, ge in gaps:
        if start <= gs < ge <= end:
            parts.append(text[pos:gs])
            pos = ge
    parts.append(text[pos:end])
    return " ".join(parts)


def _split_continued(text: str, it: _Item, style: str, following: str | None) -> list[tuple[str, int, int, int]]:
    """An item as (marker, start, body start, end) pieces: itself, and the markers written inside it
    that go on with the list, when the list's next line marker (if any) comes right after them."""
    inner = _continued(text, it.body_start, it.end, _next(it.marker, style), style)
    while inner and following is not None and _next(inner[-1][0], style) != following:
        inner.pop()  # "(a) ... as in (b) above", then "(b)": not a continuation
    pieces = [(it.marker, it.start, it.body_start)] + inner
    out = []
    for k, (mk, s, bs) in enumerate(pieces):
        e = _rstrip_end(text, s, pieces[k + 1][1]) if k + 1 < len(pieces) else it.end
        out.append((mk, s, bs, e))
    return out


def _inline_or_sentences(text: str) -> list[RequestItem]:
    out: list[RequestItem] = []
    overdue = OVERDUE_REPORT.search(text) is not None
    for sent in sentences(text):
        m = _SENTENCE_REQUEST.search(sent.text)
        if not m or _GENERIC_ADDRESSEE.match(sent.text, m.end()):
            continue  # "in which it calls upon States parties to ...": a general recommendation quoted
        ps, pe = _paragraph_bounds(text, sent.start)
        inline = _inline_items(text, sent.start + m.end(), pe)
        if inline:
            out.extend(inline)
        elif (_ONLY_A_RESPONSE.search(sent.text) and not _SUBJECT.search(sent.text)) or _DEADLINE_ONLY.search(sent.text) \
                or _not_a_new_request(sent.text, overdue):
            continue  # "would be grateful to receive a response by ...": the deadline, not a request
        elif _FOLLOWING_END.search(sent.text):
            continue  # "we would be grateful for your observations on the following matters.": the requests follow
        elif not _cut_off(text, sent):
            out.append(RequestItem("", squash(sent.text), sent.start, sent.end, marked=False))
        elif len(sent.text.split()) >= 2 * MIN_CUT_WORDS and not _ANNOUNCES_LIST.search(sent.text):
            # cut off after it says what is asked ("... would be grateful to receive information on the above
            # by 30"): the request stands, the deadline does not
            out.append(RequestItem("", squash(sent.text), sent.start, sent.end, marked=False, cut=True))
        if len(out) >= MAX_ITEMS:
            break
    # A sentence inside an inline list already taken is not a request of its own.
    uniq: list[RequestItem] = []
    for it in out:
        if any(u.start <= it.start < u.end or it.start <= u.start < it.end for u in uniq if u is not it):
            if it.marked:
                uniq = [u for u in uniq if not (u.start <= it.start < u.end) or u.marked]
            else:
                continue
        uniq.append(it)
    return uniq


# After a list: "the Committee also requests the State party to provide information on ...", "17. The
# Committee urges the State party to ...": a request of its own in a sentence (an invitation to submit
# periodic reports is not one)
_FURTHER_REQUEST = rx.compile(r"\b(?:Committee|it|Rapporteurs?|we)\s+(?:(?:also|further|additionally|furthermore|"
                              r"therefore|again)\s+)?(?:requests|urges|asks|recommends\s+that\s+the\s+State)\b"
                              r"|\bwould\s+also\s+be\s+grateful\b"
                              # an opinion's last paragraphs: "The State party is also requested to give wide publicity"
                              r"|\bState\s+party\s+is\s+(?:also|further|furthermore)\s+(?:requested|invited|urged)\s+to\b"
                              r"|\bComit[ée]\s+(?:(?:également|aussi|tambi[ée]n)\s+)?(?:demande|prie|recommande|invite\s+instamment|"
                              r"solicita|pide|recomienda|insta)\s+(?:à\s+l['’]|a\s+l|al\s+)?(?:État|Estado)", re.I)


# A sentence that asks for nothing new: the reporting cycle ("submit its combined periodic reports by ...", "the
# limit of 21,200 words for periodic reports"), or the repeat of an earlier letter's request ("reiterates its
# request for the information sought in its letter of ..."). (A call to report within a year on the recommendations
# of other paragraphs stays a request: the blind golds split on it.)
_REPORTING_CYCLE = rx.compile(r"\bperiodic\s+reports?\b|\brapports?\s+p[ée]riodiques?\b|\binformes?\s+peri[óo]dicos?\b", re.I)
_REPEATED_REQUEST = rx.compile(r"\b(?:reiterates|renews|recalls)\s+its\s+requests?\s+for\s+(?:the\s+)?information\s+"
                               r"(?:sought|requested|set\s+out|contained|listed)\s+in\s+(?:paragraphs?\s+\(?[a-z]\)?(?:\s+(?:to|and)\s+\(?[a-z]\)?)?\s+of\s+)?"
                               r"its\s+(?:previous\s+|earlier\s+)?letters?\b", re.I)


def _not_a_new_request(sentence: str, overdue: bool = False) -> bool:
    """`overdue`: the text is a reminder that a periodic report is overdue, so asking for it is its request."""
    return bool((not overdue and _REPORTING_CYCLE.search(sentence)) or _REPEATED_REQUEST.search(sentence))



def _further_requests(text: str, after: int) -> list[RequestItem]:
    out: list[RequestItem] = []
    for sent in sentences(text, after, len(text)):
        if not _FURTHER_REQUEST.search(sent.text):
            continue
        if (_ONLY_A_RESPONSE.search(sent.text) and not _SUBJECT.search(sent.text)) or _DEADLINE_ONLY.search(sent.text) \
                or _not_a_new_request(sent.text) or _cut_off(text, sent):
            continue
        out.append(RequestItem("", squash(sent.text), sent.start, sent.end, marked=False))
        if len(out) >= MAX_ITEMS:
            break
    return out


_ANNOUNCES_LIST = rx.compile(r"\b(?:the\s+following|as\s+follows|ci-apr[èe]s|suivants?|siguientes?)\b", re.I)
_FOLLOWING_END = rx.compile(r"\bthe\s+following\s+(?:matters|questions|points|issues)\s*[.:]?\s*$", re.I)
_GENERIC_ADDRESSEE = rx.compile(r"\s+(?:all\s+)?States(?:\s+parties)?\b")
_ONLY_A_RESPONSE = rx.compile(r"\b(?:receive|receiving|have|send|submit|transmit|provide)\s+(?:a\s+|an\s+|its\s+|your\s+|the\s+)?"
                              r"(?:(?:Excellency['’]s\s+)?Government['’]s\s+|State\s+party['’]s\s+)?"
                              r"(?:response|reply|answer|réponse|respuesta)\b", re.I)
_SUBJECT = rx.compile(r"\b(?:information|on\s+the|regarding|concerning|about|measures|steps|to\s+these|"
                      r"to\s+the\s+(?:above|allegations|questions|concerns))\b", re.I)


# An operative paragraph of a decision written in resolution style opens with its verb.
_OPERATIVE = rx.compile(r"(?:(?:Also|Further|Again|Once\s+again|Strongly|Reiterates\s+its\s+request\s+and)\s+"
                        r"(?:urges|requests|calls\s+(?:up)?on|recommends|invites|demands|asks|encourages)"
                        r"|(?:Urges|Requests|Calls\s+(?:up)?on|Recommends|Invites|Demands|Asks|Encourages))\s+"
                        # addressed to the State ("Recommends that the State party ..."), not "Requests the
                        # Secretary-General to bring the present decision to the attention of ..."
                        r"(?:that\s+)?the\s+(?:State\b|Government\b|authorities\b|competent\b|relevant\b)")


# "3. Requests the State party to provide, by 15 November 2024, information on the steps taken to give
# effect to paragraph 2 above": a call to report on requests the decision made in another paragraph (it
# sets the deadline; a call to report on "the present decision" as a whole is kept as a request: the blind
# golds split evenly on it)
# "Encourages the State party to engage in dialogue", "Invites the State party to submit its overdue periodic
# reports": encouragement and the reporting cycle, not requests for information (as the dev gold reads them)
_SOFT_OPERATIVE = rx.compile(r"(?:Also\s+|Further\s+)?(?:Encourages\b|Invites\s+the\s+State\s+party\s+to\s+submit\b[^;]*\breports?\b)")
_REPORT_BACK = rx.compile(r"\b(?:give\s+effect\s+to|implementation\s+of|implement|follow(?:ed)?[- ]up\s+(?:to|on|of))\s+"
                          r"(?:the\s+)?(?:recommendations?\s+(?:in|of|contained\s+in)\s+)?paragraphs?\s+\d{1,2}\b", re.I)


# A list item that runs into the end of a truncated text is kept (its marker and the words it has are in
# the text; the list had it) when it already says what is asked: this many words at least.
MIN_CUT_WORDS = 6


def _ends_cut(text: str, end: int) -> bool:
    """Does the item ending at `end` run into the end of a truncated text?"""
    tail = text.rstrip()
    if end < len(tail):
        return False
    return tail[-1:] not in ".!?:;)\"”"


_DEADLINE_ONLY = rx.compile(
    r"\b(?:receive|submit|provide|transmit|send|have)\s+(?:this|the|such|these|all\s+(?:this|the))\s+"
    r"(?:requested\s+|above\s+|above-mentioned\s+)?information(?:\s+requested)?\s*,?\s*"
    r"(?:by|no\s+later\s+than|before|within|at\s+(?:its|your|the)\s+earliest)\b[^;:]{0,120}$", re.I)


def _cut_off(text: str, sent: Segment) -> bool:
    """A sentence that runs into the end of a truncated text: not a request we can state."""
    return sent.end >= len(text.rstrip()) and sent.text.rstrip()[-1:] not in ".!?:;)\"”"


def request_segments(items: list[RequestItem]) -> list[Segment]:
    return [Segment(i.start, i.end, i.text) for i in items]
