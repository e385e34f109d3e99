"""Shared text helpers for the extractors: a bounded scan window, lines, sentences.

Every extractor reads at most `MAX_SCAN_CHARS` characters of a document and looks at sentences of
at most `MAX_SENTENCE_CHARS`; all patterns are anchored or bounded, so hostile input (one 50 MB
line, 100,000 markers) costs linear time and bounded memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tocsin.extract import rx

MAX_SCAN_CHARS = 200_000  # about 50 pages: longer documents are read from the start only
MAX_SENTENCE_CHARS = 1_500
MAX_LINE_CHARS = 4_000


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str


def scan_text(text: str) -> str:
    """The part of a document that extractors read."""
    return text if len(text) <= MAX_SCAN_CHARS else text[:MAX_SCAN_CHARS]


@lru_cache(maxsize=8)
def lines(text: str) -> tuple[Segment, ...]:
    """Lines with offsets; very long lines are cut into pieces of MAX_LINE_CHARS (computed once per text)."""
    return tuple(_lines(text))


def _lines(text: str) -> list[Segment]:
    out: list[Segment] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s = pos
        while end - s > MAX_LINE_CHARS:
            out.append(Segment(s, s + MAX_LINE_CHARS, text[s:s + MAX_LINE_CHARS]))
            s += MAX_LINE_CHARS
        out.append(Segment(s, end, text[s:end]))
        if nl < 0:
            break
        pos = nl + 1
    return out


# A sentence ends at . ! ? followed by space and an upper-case letter, digit, quote or bracket,
# or at a blank line. Abbreviations that end in a full stop are not ends.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "no", "nos", "art", "arts", "para", "paras", "st", "e.g", "i.e", "cf",
    "vol", "p", "pp", "ref", "h.e", "u.s", "u.n", "prof", "gen", "col", "lt", "sr", "jr", "etc", "op",
    "cit", "approx", "fig", "sect", "ch", "cap", "km", "v", "vs", "mme", "m", "sra", "sr", "sres",
    "г", "ул", "им", "rs", "shri", "smt", "adv", "regd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
# Written to open on one character class, so that `re` skips ahead to the candidates; the same
# matches as r"[.!?;:]?\n[ \t]*\n|[.!?](?=[\"'\u201d\u2019)\]]?\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u0400-\u042f\u00c0-\u00dd])"
# (tests/extract/test_rx.py compares them).
# (a blank line before a lower-case word ends no sentence: a PDF's wide line gap, "some 1,250 persons" | "were displaced")
_SENT_END = rx.compile(r"[.!?;:\n](?:(?<=[.!?;:])\n[ \t]*\n|(?<=\n)[ \t]*\n(?![ \t]*[a-zß-ÿа-яё])|"
                       r"(?<=[.!?])(?=[\"'\u201d\u2019)\]]?\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u0400-\u042f\u00c0-\u00dd]))")


def sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Segment, ...]:
    """Sentences of text[start:end] with offsets; each at most MAX_SENTENCE_CHARS long.

    Extractors ask for the sentences of the same paragraphs: the last few answers are kept."""
    end = len(text) if end is None else end
    return _sentences(text, start, end)


@lru_cache(maxsize=256)
def _sentences(text: str, start: int, end: int) -> tuple[Segment, ...]:
    out: list[Segment] = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        if m.group(0)[0] == ".":
            # "Mr. X", "No. 04/117", "art. 9": not the end of a sentence.
            w = _word_before(text, m.start())
            if w.lower() in _ABBREV or (len(w) == 1 and w.isalpha()):
                continue
        e = m.start() + (1 if text[m.start()] in ".!?" else 0)
        _emit(text, s, e, out)
        s = m.end() if text[m.start()] not in ".!?" else m.start() + 1
    _emit(text, s, end, out)
    return tuple(out)


def _word_before(text: str, i: int) -> str:
    j = i
    while j > 0 and i - j < 12 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    return text[j:i]


def _emit(text: str, s: int, e: int, out: list[Segment]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", s, s + MAX_SENTENCE_CHARS)
        if cut <= s:
            cut = s + MAX_SENTENCE_CHARS
        out.append(Segment(s, cut, text[s:cut]))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if s < e:
        out.append(Segment(s, e, text[s:e]))


def squash(s: str) -> str:
    return " ".join(s.split())


@lru_cache(maxsize=8)
def _cached_sentences(text: str) -> tuple[Segment, ...]:
    return sentences(text)


def doc_sentences(text: str) -> tuple[Segment, ...]:
    """Sentences of the scan window, computed once per text and shared by extractors."""
    return _cached_sentences(scan_text(text))


def sentence_at(sents: tuple[Segment, ...] | list[Segment], offset: int) -> Segment | None:
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sents) and sents[lo].start <= offset < sents[lo].end:
        return sents[lo]
    return None


# (a year after "since", "in", "from" ... is no postcode: "Since 2024 Pasht children have been taught apart")
_YEAR_LEAD = "".join(f"(?<!{w}\\s)" for w in ("[Ss]ince", "[Ii]n", "[Ff]rom", "[Uu]ntil", "[Oo]f", "[Bb]y", "[Dd]uring",
                                                "[Bb]efore", "[Aa]fter", "[Ee]arly", "[Ll]ate", "[Yy]ear", "[Ee]nd"))
_POSTCODE = rx.compile(r"(?-i:\b(?!(?:19|20)\d\d,)" + _YEAR_LEAD + r"\d{4,5},?[ \t]+[A-Z][a-z]+\b(?![ \t]+\d{4}))|\bP\.?\s?O\.?\s+Box\b|\bBox\s+\d|\bPalais\s+des\s+Nations\b|"
                       # "14 Kaltor Street", not "cleaned street by street"
                       r"(?-i:\b(?:Rue|Avenue|Street|Str\.|Road)\b)|\bul\.|www\.|@|\bTel\b|\bFax\b|\bE-mail\b", re.IGNORECASE)


_BLANK_LINE = rx.compile(r"\n[ \t]*\n")
# a page number on its own line ("- 2 -", "Page 2 of 3"), or a UN page's foot with its job number
PAGE_FURNITURE = rx.plain(r"\s*(?:[-–—]\s*)?(?:(?:Page|Pág\.?|p\.)\s*)?\d{1,4}(?:\s*(?:of|/|de|sur)\s*\d{1,4})?(?:\s*[-–—])?\s*"
                          # a UN page's foot: its number beside the job number ("2      GE.25-19877", "GE.25-19877 (F)    3")
                          r"|\s*(?:\d{1,4}\s+)?GE\.\d{2}-\d{3,6}(?:\s*\([A-Z]\))?(?:\s+\d{1,4}(?:\s*/\s*\d{1,4})?)?\s*"
                          # a running foot that ends on the page's number: "Note No. 1129/MPS - Page 1 sur 2"
                          r"|[^\n]{0,100}?(?<!\w)(?:Page|P[áa]gina|Pág\.?|Стр\.?|Страница)\s*\d{1,4}\s*(?:of|/|de|sur|из)\s*\d{1,4}\s*"
                          # a running head beside its page number: "CERD/EWUAP/112th session/2024/HLD/RB/ks    - 2 -"
                          r"|[^\n]{0,100}?\S[ \t]{2,}[-–—][ \t]*\d{1,4}[ \t]*[-–—]\s*|\s*[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]{2,}[^\n]{0,100}", re.I)


def body_paragraphs(text: str, titles: bool = False) -> tuple[Segment, ...]:
    """Paragraphs of running text: not letterheads, addresses, addressee blocks or signatures.

    A body paragraph has at least six words, ends like a sentence (or is long) and holds no
    postal-address marks; one very long paragraph is cut into pieces of MAX_SCAN_CHARS at most.
    With `titles`, one-line paragraphs that do not end like a sentence (headings) count too.
    """
    return _bodies(scan_text(text))[1 if titles else 0]


@lru_cache(maxsize=8)
def _bodies(text: str) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """(body paragraphs, body paragraphs and titles) of a text, in one pass."""
    plain: list[Segment] = []
    with_titles: list[Segment] = []
    blocks = []
    pos = 0
    for m in _BLANK_LINE.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, len(text)))
    repeated: dict[str, int] = {}
    k = 0
    while k < len(blocks):
        s, e = blocks[k]
        k += 1
        # a paragraph a page break cuts mid-sentence ("... and held for up to" | "- 1 -" | running header |
        # "48 hours at the police station ..."): one paragraph, its page's foot and head inside it; so is one a
        # blank line cuts
        while k < len(blocks) and _cut_at_page_end(text, s, e):
            j = k
            while j < len(blocks) and j < k + 3 and "\n" not in text[blocks[j][0]:blocks[j][1]].strip() \
                    and is_furniture(text[blocks[j][0]:blocks[j][1]], text, repeated):
                j += 1
            # (no furniture at all: a PDF's wide line gap in the middle of a sentence, "some 1,250 persons" |
            # "were displaced")
            if j >= len(blocks) or not _continues(text, *blocks[j]):
                break
            e = blocks[j][1]
            k = j + 1
        if _MAIL_HEADER_LINE.search(text, s, e):
            _subject(text, s, e, plain, with_titles)
        _body(text, s, e, plain, with_titles)
    return tuple(plain), tuple(with_titles)


# an e-mail's header block: its subject line is read as running text ("Subject: URGENT: 3 killed and 12 injured in
# the eviction of the Roma camp of Kelvane"), where an alert often states its facts and its body only "the facts above"
_MAIL_HEADER_LINE = re.compile(r"(?m)^[ \t>]*(?:From|De|Von|От|Sent|Envoyé|Enviado(?:\s+el)?|Date|Fecha)[ \t]*:")
_SUBJECT_LINE = re.compile(r"(?m)^[ \t>]*(?:Subject|Objet|Asunto|Тема|Betreff)[ \t]*:[ \t]*(?:(?:RE|TR|FW|FWD|RV|AW|WG)[ \t]*:[ \t]*)*"
                           r"(?P<v>[^\n]+)")


def _subject(text: str, s: int, e: int, plain: list[Segment], with_titles: list[Segment]) -> None:
    m = _SUBJECT_LINE.search(text, s, e)
    if m is None or len(m.group("v").split()) < 6:
        return
    seg = Segment(m.start("v"), m.end("v"), m.group("v"))
    plain.append(seg)
    with_titles.append(seg)


# a reminder of an overdue periodic report, whose request and deadline are the report's (requests, dates): "the combined ninth to eleventh periodic reports ..., which were due on 4 January 2021, have not yet been received"
OVERDUE_REPORT = rx.compile(r"\bperiodic\s+reports?\b[^.]{0,120}\b(?:(?:ha(?:ve|s)|had)\s+not\s+(?:yet\s+)?been\s+"
                            r"(?:received|submitted)|(?:is|are|was|were|remains?)\s+(?:long\s+)?overdue)\b|"
                            r"\boverdue\s+(?:combined\s+)?(?:[\w-]+\s+){0,6}periodic\s+reports?\b", re.I)


def _wrapped_title(t: str) -> bool:
    """A subject line wrapped over a few lines ("Letter of the Committee ... dated 14 March 2025 (ref. ...),\\n
    concerning the situation of the Halvi minority"): every line but the last filled to the margin, running
    words in lower case, no full stop at its end. An address or a letterhead has short lines."""
    rows = t.split("\n")
    if not 2 <= len(rows) <= 4 or any(len(r.strip()) < 55 for r in rows[:-1]):
        return False
    return sum(w.islower() for w in t.split()) >= 6


def _cut_at_page_end(text: str, s: int, e: int) -> bool:
    """A block whose last line stops mid-sentence: a word or a comma, no closing punctuation (and not a row
    of a table, whose cells stand apart)."""
    t = text[s:e].rstrip()
    if not (len(t) > 60 and (t[-1:].isalnum() or t.endswith(","))):
        return False
    last = t[t.rfind("\n") + 1:]
    return "|" not in last and "\t" not in last and _CELL_GAP.search(last) is None


_CELL_GAP = re.compile(r"\S {2,}\S")
_FOOTNOTE_AFTER_STOP = re.compile(r"[a-zà-ÿ)][.!?][\"”’]?\d{1,2}\s*$")


FURNITURE_CHARS = 160  # the longest running head or foot ("Document de test synthétique : l'État, les personnes ...")


def is_furniture(line: str, text: str, repeated: dict[str, int]) -> bool:
    """A page number or a page's foot (PAGE_FURNITURE), a short line written more than once in the text (a
    running head or foot), or a symbol standing alone that the text also gives elsewhere
    ("CERD/EWUAP/97th session/2018/MV/ks" under "REFERENCE: CERD/EWUAP/97th session/2018/MV/ks").
    `repeated`: the text's short lines counted, filled on first use and passed again for the same text."""
    s = line.strip()
    if PAGE_FURNITURE.fullmatch(s):
        return True
    if not 5 <= len(s) <= FURNITURE_CHARS:
        return False
    if not repeated:
        for ln in lines(text):
            t = ln.text.strip()
            if 5 <= len(t) <= FURNITURE_CHARS:
                repeated[t] = repeated.get(t, 0) + 1
        repeated.setdefault("", 0)  # filled, even when empty
    return repeated.get(s, 0) >= 2 or ("/" in s and text.count(s) >= 2)


def _continues(text: str, s: int, e: int) -> bool:
    """A block that opens inside a sentence: a lower-case word or a figure ("48 hours at ...")."""
    t = text[s:e].lstrip()
    return t[:1].islower() or (t[:1].isdigit() and not re.match(r"\d{1,3}[.)]\s", t))


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_ASCII_UPPER = bytes(range(65, 91))


def _letters(s: str) -> tuple[int, int]:
    """(letters, upper-case letters) in s, as str.isalpha / str.isupper count them."""
    if s.isascii():  # deleting bytes is one C call; counting character by character is 2 per character
        b = s.encode("ascii")
        return len(b) - len(b.translate(None, _ASCII_LETTERS)), len(b) - len(b.translate(None, _ASCII_UPPER))
    return sum(map(str.isalpha, s)), sum(map(str.isupper, s))


def _body(text: str, s: int, e: int, plain: list[Segment], with_titles: list[Segment]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s < 30:
        return
    t = text[s:e]
    head = t[:400]
    if len(head.split()) < 6:
        return
    last = t.rstrip()[-1:]
    # a resolution's preambular paragraph ("Concerned at information that ..., ") ends with a comma
    # ("... ont fui vers Ménar.2": a footnote's number after the full stop ends the sentence too)
    sentence_like = last in ".:;)\"”!?" or len(t) > 300 or (last == "," and len(head.split()) >= 10) \
        or (last.isdigit() and _FOOTNOTE_AFTER_STOP.search(t) is not None) \
        or (e >= len(text.rstrip()) and len(head.split()) >= 12)  # the last paragraph of a text cut off mid-sentence
    if not (sentence_like or "\n" not in t or _wrapped_title(t)):
        return
    n_letters, n_upper = _letters(head)
    if n_letters and n_upper > 0.6 * n_letters:
        return  # a letterhead in capitals
    if len(t) < 400 and t.count(".") < 2 and _POSTCODE.search(text, s, e):
        return
    seg = Segment(s, e, t)
    if sentence_like:
        plain.append(seg)
    with_titles.append(seg)


# --- OCR clean-up that keeps every offset ------------------------------------------------------------
# Scans and PDF conversions bring "l" for "1" and "O" for "0" in numbers ("l4 July 202l"), words
# hyphenated at line ends ("Com-\nmittee"), and page furniture (job numbers "GE.21-12345", running
# headers ending in a page number). `ocr_clean` repairs these with substitutions of equal length, so
# spans found in the cleaned text index the original text unchanged.

_OCR_DIGIT = rx.compile(r"(?<=\d)[lIO]+(?=\d|\b)|(?<![^\W\d_])[lI](?=\d)|(?<=\d)[lIO]+(?=[lIO]*(?:st|nd|rd|th)\b)|"
                        r"(?<=\()l(?=\))")
# letters read as digits inside words: "Repub1ic", "1ives", "0ffice", "MlSSION" (a lower-case l between capitals)
_OCR_LETTER = rx.compile(r"(?<=[a-z])1(?=[a-zà-ÿ])|(?<=(?<![\w/.-])[A-Z])1(?=[a-z]{2,})|(?<![\w/.-])1(?=[a-z]{3,})|(?<![\w/.-])0(?=[A-Za-z]{3,})|(?<=[A-Z])l(?=[A-Z]{2})")
_OCR_LA = rx.plain(r"(?<![\w'’])Ia(?=[ \t]+[a-zàâçéèêëîïôûùü])")
# "Ie Comité", "Genève, Ie 2 mai 2025": the French article "le" read with a capital I
_OCR_LE = rx.plain(r"(?<![\w'’])Ie(?=[ \t]+(?:[a-zàâçéèêëîïôûùü]|\d))")
_OCR_LETTER_FIX = {"1": "l", "0": "O", "l": "I"}
# "3,OOO" (thousands read as letters); "(b}" and "(c]" (a list marker's bracket misread)
_OCR_THOUSANDS = rx.compile(r"(?<=\d[,.])[lIO0]{3}\b|(?<=\d[ \u00a0])(?=[lIO0]{0,2}[O])[lIO0]{3}\b|"
                            r"(?<![\w,.])[lI](?=[,.][\dO]{3}\b)")  # "l2 OOO personnes", "l,2OO residents"
_OCR_MARKER = rx.compile(r"(?m)^([ \t]*\((?:[a-z]|[ivx]{1,4}|\d{1,2}))[}\]]")
_OCR_ONE_MARKER = rx.compile(r"(?m)^([ \t]*)[lI](?=[.)][ \t]+\S)")
_TWO_MARKER = rx.compile(r"(?m)^[ \t]*2[.)][ \t]+\S")
_OCR_OPEN_MARKER = rx.compile(r"(?m)^([ \t]*)[{\[]((?:[a-z]|[ivx]{1,4}|\d{1,2}))[)}\]]")  # "{c)", "[d]"
_HYPHEN_BREAK = rx.compile(r"(?<=[a-zß-öø-ÿа-яё])-[ \t]*\n[ \t]*(?=[a-zß-öø-ÿа-яё])")
# a Latin letter that looks like a Cyrillic one inside a Cyrillic word ("cвое": OCR, or a typist's keyboard)
_MIXED_CYRILLIC = rx.plain(r"[а-яё][aceopxyACEHKMOPTX]|[aceopxyACEHKMOPTX][а-яё]")
_CYRILLIC_WORD = re.compile(r"[^\W\d_]*(?:[а-яё][aceopxyACEHKMOPTX]|[aceopxyACEHKMOPTX][а-яё])[^\W\d_]*")
_TO_CYRILLIC = str.maketrans("aceopxyACEHKMOPTX", "асеорхуАСЕНКМОРТХ")
_FURNITURE = rx.compile(
    r"^[ \t]*(?:GE\.\d{2}-\d{4,6}[^\n]{0,40}|[^\n]{0,100}?\S[ \t]{3,}(?:page[ \t]+)?\d{1,3}|page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?"
    r"|-[ \t]*\d{1,3}[ \t]*-|\d{1,3})[ \t]*$", re.M | re.I)
# a symbol standing alone on its line ("CERD/EWUAP/97th session/2018/MV/ks", "CERD/C/99/3"): when the
# text gave it before, this is the running header of a later page
_SYMBOL_LINE = rx.compile(r"^[ \t\f]*(?P<s>[A-Z]{2,}[A-Za-z0-9.()-]*/[^\n]{1,60}?)[ \t]*$", re.M)
# blank lines (furniture already blanked) between a line that stops mid-sentence (a letter or a comma)
# and one that goes on in lower case
_PAGE_GAP = rx.plain(r"(?<=[^\W\d_,])[ \t]*\n(?:[ \t]*\n){2,}[ \t]*(?=[a-z])")
# Signs that a text needs `ocr_clean`, each a pattern `re` can skip ahead for (a digit, "l", "-\n",
# white space first): a digit next to l/O, l before a digit, a hyphen at a line end, a job number,
# a running header ending in a page number.
_OCR_CUES = (
    rx.plain(r"\d(?:[lLoO]|[,.][lIO]{3})"),
    rx.plain(r"[lL](?<![^\W\d_][lL])\d"),
    rx.plain(r"-[ \t]*\n[ \t]*[a-zß-öø-ÿа-яё]", re.I),
    rx.plain(r"(?<![\w'’])I[ae](?=[ \t]+[a-zàâçéèêëîïôûùü])"),  # "Ia region", "Ie Comité": the French article
    rx.plain(r"[10](?:(?<=[a-z]1)[a-z]|(?<![\w/.-][10])[A-Za-z]{3}|(?<=(?<![\w/.-])[A-Z]1)[a-z]{2})"),  # "U1men"  # "Repub1ic", "0ffice" ("MlSSION" rides along)
    rx.plain(r"[Gg][Ee]\.\d"),  # a job number (the clean-up itself wants it at a line start)
    rx.plain(r"(?m)^[ \t]*(?:[lI][.)][ \t]|[{\[](?:[a-z]|\d{1,2})[)}\]]|\((?:[a-z]|\d{1,2})[}\]])"),  # "l. Please", "{c)", "(e]"
    # a gap of 3+ blanks after a non-blank character (checked after the first blank, so `re` skips ahead)
    rx.plain(r"[ \t](?<=\S[ \t])[ \t]{2,}(?:page[ \t]+)?\d{1,3}[ \t]*$", re.M | re.I),
)


# "rn" read for "m" in words the extractors read ("Cornmittee", "inforrnation", "rnen", "sorne"): a word of this
# list written with "rn" for one or more of its "m"s is repaired in place, the letters saved becoming spaces after
# it (offsets after the word are unchanged). Only these words: "rn" is common in real words ("government").
_M_WORDS = (
    "committee committees commission commissioner government governments information permanent compliments "
    "criminal medical medically transmit transmits transmitted mission member members community communities "
    "minority minorities complaint complaints demolition demolitions demolished municipal municipality ministry "
    "minister human number numbers family families women men some from them more most many time times military "
    "mosque mosques camp camps home homes homeless month months remain remains remained immediately measures "
    "comments documents movement murder murdered murders among impunity amount crime crimes claim claims victim "
    "victims muslim muslims roma romani embassy mandate mandates communication communications compensation "
    "recommendation recommendations submit submitted system systematic systematically maintain may must made "
    "make militia militias massacre mass demonstration demonstrations demonstrators implementation immigrant "
    "immigrants migrant migrants migration economic employment emergency harm arms armed ammunition premises "
    "common smoke summoned summons imprisoned imprisonment mainly image images "
    # French and Spanish: months and the words of the Committee's formulas
    "mai mars novembre septembre décembre mayo marzo noviembre septiembre diciembre comité gouvernement mesures "
    "élimination eliminación minorité minoría communauté comunidad gobierno ministère ministerio homme hombres "
    "femmes mujeres morts muertos nombre número permanente mission misión").split()


_M_TITLES = frozenset("committee committees commission commissioner government governments permanent mission ministry "
                      "minister embassy roma romani muslim muslims member members municipality human".split())
_SENTENCE_START = rx.plain(r"(?:[.!?:;][\s\"'“”]*|\n[ \t]*|^[ \t]*)$")


# "cl" read for "d" ("clisplaced", "clemolished", "cletained"): the words the extractors read that hold a "d"
_D_WORDS = frozenset((
    "displaced displacement demolished demolition demolitions detained detention detainees died dead death deaths "
    "destroyed destruction decision deadline discrimination discriminatory indigenous including evidence injured "
    "disappeared disappearance defenders dispersed deported deportation denied demand demanded idps evicted "
    "reportedly allegedly reported alleged killed wounded hospitalized hospitalised arrested fled").split())


@lru_cache(maxsize=1)
def _lookalike_variants() -> dict[str, str]:
    """Each misreading of a word of `_M_WORDS` ("rn" for up to three "m") and of `_D_WORDS` ("cl" for one "d")."""
    out: dict[str, str] = {}
    for w in _M_WORDS:
        at = [i for i, c in enumerate(w) if c == "m"][:3]
        for mask in range(1, 1 << len(at)):
            v = "".join("rn" if i in at and mask >> at.index(i) & 1 else c for i, c in enumerate(w))
            out[v] = w
    for w in _D_WORDS:
        for i, c in enumerate(w):
            if c == "d":
                out.setdefault(w[:i] + "cl" + w[i + 1:], w)
    return out


def _lookalike_fixes(text: str, pairs: tuple[str, ...] = ("rn", "cl")) -> list[tuple[int, int, str]]:
    """(start, end, repaired word padded to the same length) for each word of `_M_WORDS` written with "rn" and
    each word of `_D_WORDS` written with "cl"."""
    out: list[tuple[int, int, str]] = []
    fix = _lookalike_variants()
    n = len(text)
    for pair in pairs:
        i = text.find(pair)
        while i >= 0:
            s, e = i, i + 2
            while s > 0 and text[s - 1].isalpha():
                s -= 1
            while e < n and text[e].isalpha():
                e += 1
            word = text[s:e]
            good = fix.get(word.lower())
            if good is not None and word[0].isupper() and not word.isupper() and good not in _M_TITLES \
                    and not _SENTENCE_START.search(text, max(0, s - 4), s) and s > 0:
                good = None  # "de Sorne": a capitalised word inside a sentence may be a name
            if good is not None:
                if word.isupper():
                    good = good.upper()
                elif word[0].isupper():
                    good = good.capitalize()
                out.append((s, e, good + " " * (len(word) - len(good))))
            i = text.find(pair, e)
    out.sort()
    return out


def ocr_clean(text: str) -> str:
    """The text with OCR slips repaired, same length and same line structure for untouched lines."""
    mixed = not text.isascii() and _MIXED_CYRILLIC.search(text) is not None  # only a non-ASCII text can mix scripts
    if not mixed and not any(cue.search(text) for cue in _OCR_CUES):
        rn = _lookalike_fixes(text, ("rn",))  # "cl" for "d" is looked for only where other OCR slips show
        return _apply(text, rn) if rn else text
    out = _OCR_DIGIT.sub(lambda m: m.group(0).replace("l", "1").replace("I", "1").replace("O", "0"), text)
    out = _OCR_LETTER.sub(lambda m: _OCR_LETTER_FIX[m.group(0)], out)
    out = _OCR_LA.sub("la", out)
    if "Ie " in out and (" le " in out or " la " in out):
        out = _OCR_LE.sub("le", out)  # in a French text
    out = _OCR_THOUSANDS.sub(lambda m: m.group(0).replace("l", "1").replace("I", "1").replace("O", "0"), out)
    out = _OCR_MARKER.sub(lambda m: m.group(1) + ")", out)
    out = _OCR_OPEN_MARKER.sub(lambda m: m.group(1) + "(" + m.group(2) + ")", out)
    if _OCR_ONE_MARKER.search(out) and _TWO_MARKER.search(out):
        out = _OCR_ONE_MARKER.sub(lambda m: m.group(1) + "1", out)  # "l. Please provide ..." before "2. Please ..."
    if mixed:
        out = _CYRILLIC_WORD.sub(lambda m: m.group(0).translate(_TO_CYRILLIC) if _mostly_cyrillic(m.group(0)) else m.group(0), out)
    out = _FURNITURE.sub(_blank_furniture, out)
    out = _SYMBOL_LINE.sub(lambda m: " " * len(m.group(0)) if out.find(m.group("s"), 0, m.start("s")) >= 0
                           else m.group(0), out)
    out = _HYPHEN_BREAK.sub(_join_hyphen, out)
    # a sentence broken by a page break ("some 42 men were\n\nGE.23-24518\n\n- 2 -\n\narrested"): once
    # the furniture is blank, the blank lines between its halves become spaces, one paragraph again
    out = _PAGE_GAP.sub(lambda m: " " * len(m.group(0)), out)
    out = _shift_joined(out)
    rn = _lookalike_fixes(out)  # after the joins: "trans-\nrnitted" is one word now
    return _apply(out, rn) if rn else out


def _mostly_cyrillic(word: str) -> bool:
    cyr = sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in word)
    return cyr * 2 > len(word)


def _apply(text: str, fixes: list[tuple[int, int, str]]) -> str:
    parts, pos = [], 0
    for s, e, rep in fixes:
        parts += [text[pos:s], rep]
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def _blank_furniture(m: re.Match) -> str:
    s = m.group(0)
    # a line of running text that happens to end in a number is not furniture: keep lines with a full stop
    # or with many words before the number
    if "." in s.rstrip()[:-4] and not s.lstrip().upper().startswith("GE."):
        return s
    if len(s.split()) > 12:
        return s
    if len([c for c in re.split(r"[ \t]{2,}", s.strip()) if c]) >= 3:
        return s  # a row of a table in columns ("11 Jun 2022   Tolbeni   9   22"), not a running header
    return " " * len(s)


_JOIN_MARK = "\x00"


def _join_hyphen(m: re.Match) -> str:
    # "Com-\n   mittee" -> the hyphen, newline and indentation become marks moved after the word
    return _JOIN_MARK * len(m.group(0))


_JOINED = rx.compile(_JOIN_MARK + r"+([^\W\d_]*)")


def _shift_joined(s: str) -> str:
    if _JOIN_MARK not in s:
        return s
    # move the marks after the rest of the word, turning them into spaces: "Com\0\0mittee considered"
    # -> "Committee   considered"; offsets after the word are unchanged.
    return _JOINED.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), s)


_TABLE_SPLIT = rx.compile(r"\s*\|\s*|\t+|[ ]{2,}")


def table_cells(line: str) -> list[str]:
    """The cells of a table row: between "|" when the row has them (empty cells kept), else between tabs or
    runs of two spaces or more."""
    s = line.strip()
    if "|" in s:
        if s.startswith("|") and s.endswith("|"):
            s = s.strip("|")  # "| a | b |": the borders of a drawn table ("a | 3 |" ends on an empty cell)
        return [c.strip() for c in s.split("|")]
    return [c.strip() for c in _TABLE_SPLIT.split(s) if c.strip()]


# a UN document's masthead: "Distr.: General", "Distr. : générale", "Distr.: Limitada"
UN_MASTHEAD = rx.compile(r"\bDistr\.?\s*:\s*(?:General|Restricted|Limited|g[ée]n[ée]rale|restreinte|limit[ée]e|Reservada|Limitada)\b",
                         re.I)
# a registry's stamp ("OHCHR REGISTRY / R E C E I V E D / 22 JAN. 2025 / Recipients : CERD"): the day a paper arrived and
# the office that took it in, neither the paper's own date nor its issuer
REGISTRY_STAMP = rx.plain(r"\bR[ \t]?E[ \t]?C[ \t]?E[ \t]?I[ \t]?V[ \t]?E[ \t]?D\b|\bRE[ÇC]U\b|\bRECIBID[OA]\b|\bПОЛУЧЕНО\b|"
                          r"\b(?:Received|Reçu|Recibido)\s+(?:on\s+|le\s+|el\s+)?\d|\bRegistry\b[^\n]{0,20}$|\bRecipients?\s*:", re.I)


# BGN/PCGN romanization of Russian (with the Kazakh letters' plain Latin counterparts), used where a record is
# read against Latin-script names: "Верхнеречинск" -> "Verkhnerechinsk", "Акжар" -> "Akzhar", "Зеравия" -> "Zeravia"
_BGN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
        "һ": "h", "і": "i"}
_HAS_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_IA_END = re.compile(r"ия\b", re.I)


def latin(name: str) -> str:
    """`name` in Latin letters when it is written in Cyrillic (BGN/PCGN), else unchanged."""
    if not _HAS_CYRILLIC.search(name):
        return name
    name = _IA_END.sub(lambda m: "ia" if m.group(0).islower() else m.group(0), name)  # "Зеравия" -> "Zeravia"
    out = []
    for c in name:
        lo = c.lower()
        t = _BGN.get(lo)
        if t is None:
            out.append(c)
        else:
            out.append(t.capitalize() if c != lo else t)
    return "".join(out)
