"""Dates in running text (English, French, Spanish, Russian), the document's own date, the reply deadline.

Dates stay as precise as written (PartialDate). A day and month without a year ("its reply of 30
October") take the year from the document's date: the latest such date not after it (for earlier
correspondence and events) or the earliest not before it (for deadlines).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from tocsin.extract import rx
from tocsin.domain.dates import PartialDate
from tocsin.domain.documents import SourceDocument
from tocsin.extract.text import OVERDUE_REPORT, REGISTRY_STAMP, Segment, doc_sentences, lines, scan_text

NAME = "dates"
VERSION = "1.20"
MAX_DATES = 5_000  # per call: hostile text with millions of dates stays bounded

_MONTHS: dict[str, int] = {}
for _names in (
    # English (full and abbreviated)
    "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sept sep|"
    "october oct|november nov|december dec",
    # French
    "janvier janv|février fevrier févr fevr|mars|avril avr|mai|juin|juillet juil|août aout|septembre|"
    "octobre|novembre|décembre decembre",
    # Spanish
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre setiembre|octubre|noviembre|diciembre",
    # Russian: genitive (7 февраля), nominative, prepositional (в феврале)
    "января январь январе|февраля февраль феврале|марта март марте|апреля апрель апреле|мая май мае|"
    "июня июнь июне|июля июль июле|августа август августе|сентября сентябрь сентябре|"
    "октября октябрь октябре|ноября ноябрь ноябре|декабря декабрь декабре",
):
    for _i, _group in enumerate(_names.split("|")):
        for _n in _group.split():
            _MONTHS.setdefault(_n, _i + 1)
# OCR reads "m" as "rn": "Decernber", "Novernber", "Septernber", "novernbre"
for _n, _i in list(_MONTHS.items()):
    if "m" in _n and len(_n) > 4:
        _MONTHS.setdefault(_n.replace("m", "rn"), _i)
    if "l" in _n and len(_n) > 3 and _n.isascii():
        _MONTHS.setdefault(_n.replace("l", "1"), _i)  # and "l" as "1": "Apri1", "Ju1y"

# a scan's lost accent read as "?": "d?cembre", "ao?t", "f?vrier"
for _n, _i in list(_MONTHS.items()):
    if not _n.isascii() and all(ord(c) < 0x400 for c in _n):
        _MONTHS.setdefault("".join(c if c.isascii() else "?" for c in _n), _i)
_EN_MONTHS = {"january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
              "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november",
              "nov", "december", "dec", "septernber", "novernber", "decernber"}
_M = "|".join(re.escape(n) for n in sorted(_MONTHS, key=len, reverse=True))
_Y = r"(?P<y>1[89]\d\d|20\d\d)"
_D = r"(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|º|°|\.º|\.°|o)?"

# 7 February 2020 · 1er mars 2021 · 3 de marzo de 2021 · 7 февраля 2020 г. · 7 and 8 February 2020
_DMY = rx.compile(
    r"(?<![\d/.])(?:(?P<d0>[0-3]?\d)(?:st|nd|rd|th)?\s{0,3}(?:and|et|y|и|to|au|al|-|–|—)\s{0,3})?"
    + _D + r"(?:(?<=st|nd|rd|th)\s{1,3}(?:day\s{1,3})?of)?[»\"”]?(?:\s{0,3}|[ \t]*\n[ \t]{0,12})(?:de\s+)?(?P<m>" + _M + r")\.?(?:\s{0,3},?\s{0,3}(?:de\s+|del\s+)?" + _Y
    + r"(?:\s?(?:г\.|года))?)?(?:(?![\w])|(?<=\d)(?=\d{1,2}(?![\w])))",  # "3 February 20161": a footnote's number glued on
    re.IGNORECASE,
)
# May 25, 2020 · February 7 2020 · May 25 (no year)
_MDY = rx.compile(r"\b(?P<m>" + _M + r")\.?\s{1,3}" + _D + r"(?!\d)(?:,?\s{1,3}" + _Y + r")?(?![\w])",
                  re.IGNORECASE)
# 14.07.2021 · 14/07/2021 · 2021-07-14
_NUM = rx.compile(r"(?<![\d/.])(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./]" + _Y + r"(?![\d/]|\.\d)")
_ISO = rx.compile(r"(?<![\d/.-])" + _Y + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
# February 2020 · février 2020 · marzo de 2021 · в феврале 2020
_MY = rx.compile(r"\b(?P<m>" + _M + r")\.?\s{1,3}(?:de\s+|of\s+)?" + _Y + r"(?!\d)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    date: PartialDate
    first: PartialDate | None = None  # "7 and 8 February 2020": the first day of the range
    year_inferred: bool = False  # the text gave no year
    text: str = ""


def _mk(y: int, m: int, d: int | None) -> PartialDate | None:
    if not 1 <= m <= 12:
        return None
    if d is not None and not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return PartialDate(y, m, d)


def _month(name: str) -> int | None:
    return _MONTHS.get(name.lower().rstrip("."))


def find_dates(text: str, start: int = 0, end: int | None = None, *, base: PartialDate | None = None,
               future: bool = False) -> list[DateMention]:
    """Every date in text[start:end], by position; overlapping matches keep the most precise.

    `base` is the document's date: a day and month with no year get the year that puts them on or
    before it (or on or after it when `future` is set). Without a base they are dropped. The text is
    scanned once (cached, whatever the base); year-less dates are resolved per call.
    """
    end = len(text) if end is None else end
    raw = _raw_dates(text) if len(text) >= 3000 or (start == 0 and end == len(text)) else None
    if raw is None:
        raw = _scan(text, start, end)
        lo = 0
    else:
        lo = bisect.bisect_left(raw, start, key=lambda r: r[0])
    out: list[DateMention] = []
    for r in raw[lo:]:
        if r[0] >= end:
            break
        if r[1] > end:
            continue
        m = _resolve(r, base, future)
        if m is not None:
            out.append(m)
    return out


# A raw date: (start, end, year or None, month, day or None, first day or None, text)
_Raw = tuple


@lru_cache(maxsize=16)
def _raw_dates(text: str) -> tuple[_Raw, ...]:
    return tuple(_scan(text, 0, len(text)))


def _resolve(r: _Raw, base: PartialDate | None, future: bool) -> DateMention | None:
    s, e, y, mon, d, d0, txt = r
    inferred = False
    if y is None:
        if base is None:
            return None
        y = _infer_year(base, mon, d, future=future)
        inferred = True
    pd = _mk(y, mon, d)
    if pd is None:
        return None
    first = _mk(y, mon, d0) if d0 is not None else None
    return DateMention(s, e, pd, first, inferred, txt)


def _scan(text: str, start: int, end: int) -> list[_Raw]:
    """Every date-like mention in text[start:end], base-independent; overlaps keep the first pattern."""
    found: list[_Raw] = []
    occupied = bytearray(max(0, end - start))  # characters already inside a date

    def add(s: int, e: int, y: int | None, mon: int, d: int | None, d0: int | None = None) -> None:
        if len(found) >= MAX_DATES or any(occupied[s - start:e - start]):
            return
        if y is not None and _mk(y, mon, d) is None:
            return
        if y is None and (d is None or not 1 <= d <= 31 or not 1 <= mon <= 12):
            return
        occupied[s - start:e - start] = b"\x01" * (e - s)
        found.append((s, e, y, mon, d, d0, text[s:e]))

    # Patterns are tried only where a date can start (a run of digits, a month name): far faster
    # than scanning every position with a lookbehind-led pattern.
    digit_pos = [m.start() for m in _DIGIT_RUN.finditer(text, start, end)]
    # month-first forms need a digit right after the month: only such words are looked up
    month_pos = [m.start() for m in _WORD_THEN_DIGIT.finditer(text, start, end) if m.group(1).lower() in _MONTHS]
    for m in _anchored(_ISO, text, digit_pos, end):
        add(m.start(), m.end(), int(m.group("y")), int(m.group("m")), int(m.group("d")))
    nums = list(_anchored(_NUM, text, digit_pos, end))
    # "04/07/2025" in a text that also writes "11/18/2024" and "03/21/2025" is 7 April: slashed dates read month
    # first when some cannot be read otherwise and none can only be read day first
    slashed = [(int(m.group("d")), int(m.group("m"))) for m in nums if "/" in m.group(0)]
    month_first = any(b > 12 >= a for a, b in slashed) and not any(a > 12 >= b for a, b in slashed)
    for m in nums:
        a, b = int(m.group("d")), int(m.group("m"))
        if (b > 12 and a <= 12) or (month_first and "/" in m.group(0) and a <= 12):
            a, b = b, a  # 07/14/2021
        add(m.start(), m.end(), int(m.group("y")), b, a)
    for m in _anchored(_DMY, text, digit_pos, end):
        mon = _month(m.group("m"))
        if mon is None:
            continue
        name = m.group("m")
        if name.lower() in _SHORT_AMBIGUOUS and not m.group("y") and not name[0].isupper():
            continue  # "10 may be" is not a date
        d = int(m.group("d"))
        y = int(m.group("y")) if m.group("y") else None
        add(m.start(), m.end(), y, mon, d, int(m.group("d0")) if m.group("d0") else None)
    for m in _anchored(_MDY, text, month_pos, end):
        name = m.group("m")
        if name.lower() not in _EN_MONTHS or not name[0].isupper():
            continue
        mon = _month(name)
        add(m.start(), m.end(), int(m.group("y")) if m.group("y") else None, mon, int(m.group("d")))  # type: ignore[arg-type]
    for m in _anchored(_MY, text, month_pos, end):
        name = m.group("m")
        if name.lower() in _EN_MONTHS and not name[0].isupper():
            continue
        add(m.start(), m.end(), int(m.group("y")), _month(name), None)  # type: ignore[arg-type]
    found.sort(key=lambda x: x[0])
    return found


_SHORT_AMBIGUOUS = frozenset(("may", "mar", "jan", "jun", "jul", "dec", "sep", "oct", "nov", "aug", "apr", "feb"))
# a month name (a whole word of 3 to 10 letters) with a digit after it: the names are the pattern's
# anchors, so it is tried only where one occurs
_WORD_THEN_DIGIT = rx.compile(r"(?<![^\W\d_])(" + "|".join(re.escape(n) for n in sorted((n for n in _MONTHS if 3 <= len(n) <= 10), key=len, reverse=True))
                              + r")(?![^\W\d_])\.?\s{1,3}(?=\d|(?:de|of)\s+\d)", re.IGNORECASE)


_DIGIT_RUN = rx.compile(r"\d+")


def _anchored(rx: re.Pattern, text: str, positions: list[int], end: int):
    last_end = -1
    for pos in positions:
        if pos < last_end:
            continue
        m = rx.match(text, pos, end)
        if m:
            last_end = m.end()
            yield m


def _infer_year(base: PartialDate, month: int, day: int, *, future: bool) -> int:
    y = base.year
    key = (month, day)
    bkey = (base.month or 12, base.day or 31) if not future else (base.month or 1, base.day or 1)
    if future:
        return y if key >= bkey else y + 1
    return y if key <= bkey else y - 1


def parse_date(s: str) -> PartialDate | None:
    """The single date a short string states ("Geneva, 20 January 2025"), or None."""
    found = find_dates(s)
    return found[0].date if found else None


# --- the document's own date --------------------------------------------------------------------

_DATE_LABEL = rx.compile(r"^(?:(?!By\s)[^|\n]{1,30}\|\s*)?(?:(?:date[d]?|fecha|дата|от|le|el|on|sent|for\s+immediate\s+release\s*[-–—:]?)\s*:?\s*)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?,?\s*)?",
                         re.IGNORECASE)
# "Geneva, ", "Genève, le ", and "Tesk Rights Watch, Lindau, " (an organisation, then its place)
_PLACE_PREFIX = rx.compile(r"^(?:[A-ZÀ-ÝА-Я][\w'’.\-&/ ]{0,60}?,\s*)?[A-ZÀ-ÝА-Я][\w'’.\-/ ]{0,30}?,\s*(?:le\s+|el\s+|den\s+|the\s+)?$")
# a decision's foot: "Adopted at its 2950th meeting, on 25 April 2023", "Adoptée à sa 2703e séance, le ..."
_ADOPTED_ON = rx.plain(r"[ \t]*(?:Adopted|Adopt[ée]e?s?|Aprobad[oa]s?|Approved)\b[^\n]{0,60}?(?:\bon|\ble|\bel)[ \t]+",
                       re.I)
_ADOPTION_LINE = rx.plain(r"(?m)^[ \t]*\*?[ \t]*(?:Adopted|Adopt[ée]e?s?|Aprobad[oa]s?)\b[^\n]{0,80}?"
                          r"\b(?:meeting|s[ée]ance|sesi[óo]n)\b[^\n]{0,20}?(?:\bon|\ble|\bel)[ \t]+|"
                          # an opinion on an individual communication: "Date of adoption of Opinion: 26 November 2024"
                          r"^[ \t]*(?:Date\s+of\s+adoption\s+of\s+(?:the\s+)?(?:Opinion|Views|decision)|"
                          r"Date\s+d['’]adoption\s+(?:de\s+l['’]avis|des\s+constatations|de\s+la\s+d[ée]cision)|"
                          r"Fecha\s+de\s+aprobaci[óo]n\s+(?:de\s+la\s+opini[óo]n|del\s+dictamen|de\s+la\s+decisi[óo]n))[ \t]*:[ \t]*", re.I)
# a decision as an annual report prints it: "The Committee ..., at its 2038th meeting, held on 24 August 2010,
# adopted the following decision:"
_MEETING_HELD_ON = rx.plain(r"\bat[ \t\n]+its[ \t\n]+\d{2,4}(?:st|nd|rd|th)[ \t\n]+meeting,?[ \t\n]+(?:held[ \t\n]+)?on[ \t\n]+",
                            re.I)
_ADOPTED_FOLLOWING = rx.plain(r",?[ \t\n]+adopted[ \t\n]+the[ \t\n]+following\b", re.I)
_DATE_RECEIVED = rx.plain(r"\[[ \t]*(?:Date\s+received|Fecha\s+de\s+recepci[óo]n|Date\s+de\s+r[ée]ception)[ \t]*:[ \t]*", re.I)
_SESSION_ON = rx.plain(r"\bat[ \t\n]+its[ \t\n]+[\w-]+[ \t\n]+session,?[ \t\n]+(?:held[ \t\n]+)?on[ \t\n]+", re.I)
_ADOPTED_FOLLOWING_NEAR = rx.plain(r"[^.]{0,60}?\badopted[ \t\n]+the[ \t\n]+following[ \t\n]+(?:decision|statement)\b", re.I)
_MAIL_DATE = rx.plain(r"[ \t>]*(?:Date|Sent|Envoyé|Enviado(?:[ \t]+el)?|Fecha|Datum|Дата|Отправлено)[ \t]*:", re.I)
_FORWARDED = rx.compile(r"^[ \t>]*(?:-{2,}[ \t]*(?:Forwarded\s+message|Original\s+Message|Message\s+d['’]origine|Message\s+transf[ée]r[ée]|"
                        r"Mensaje\s+(?:original|reenviado)|Пересылаемое\s+сообщение)[ \t]*-{2,}|Begin\s+forwarded\s+message:|"
                        r"(?:De|From)[ \t]*:[^\n]*\n[ \t>]*(?:Envoyé|Enviado(?:[ \t]+el)?|Sent)[ \t]*:)", re.I | re.M)
_BYLINE = rx.plain(r"^By\s+[^|\n]{2,60}\|(?:[^|\n]{1,40}\|)?\s*$")
_REF_BEFORE_DATE = rx.plain(r"^(?:Ref|R[ée]f|No|N[º°o]|Note)\.?\s*:?\s*[\w./-]*\d[\w./-]*\s*[–—,-]\s*$", re.I)
_DATELINE_BEFORE = rx.plain(r"[ \t]*[A-ZÀ-ÝА-ЯЁ][\w .'’/-]{1,40}(?:(?:[ \t]*\([\w ]{1,20}\))?,[ \t]*(?:le[ \t]+|el[ \t]+)?"
                            r"|[ \t]*\()")  # "VALMERE, 4 November 2025 –" or "GENEVA (21 May 2024) –"
_DASH = rx.plain(r"[–—-]")  # every dateline holds one (_DATELINE_AFTER): lines without are not read twice
_DATELINE_AFTER = rx.plain(r"\)?\.?[ \t]*(?:[–—]|--?)[ \t]")  # "Santa Inés del Monte, 10 de julio de 2025. — La ..."
_DONE_AT = rx.plain(r"^(?:(?:dated|done|signed|given|fait|hecho)\s+)?(?:at|in|à|en)\s+[A-ZÀ-Ý][\w'’.\- ]{1,40}?,?\s+"
                    r"(?:this|on|le|el)(?:\s+the)?$", re.I)
_COLUMN_GAP = rx.compile(r"\S[ \t]{4,}(?=\S)")


_ISSUE_BEFORE = re.compile(r"\b(?:Bulletin|Newsletter|Update|Digest|Bolet[íi]n|Lettre\s+d['’]information)\b[^\n]{0,40}[·•|–—][ \t]*$", re.I)
_PUBLISHED = re.compile(r"(?:published|posted|first\s+published|publi[ée]e?|publicado|mis\s+[àa]\s+jour|updated|actualizado)\s*:?\s*(?:(?:on|le|el)\b\s*)?", re.I)


# what a relative deadline is for: "a response within 60 days", "information ... within three months"
_REPLY_WORD = rx.compile(r"\b(?:respon[sd]\w*|repl\w*|answer\w*|information|observations|comments|views|"
                         r"r[ée]ponse|r[ée]pondre|informations|commentaires|respuesta|responder|informaci[óo]n|"
                         r"comentarios|observaciones|ответ\w*|информаци\w*|provide|submit|transmit|fournir|transmettre|"
                         r"proporcionar|presentar|представить)", re.IGNORECASE)
_LETTER_DATED = rx.compile(r"^[ \t]*(?:\d{1,2}\.[ \t]+)?(?:Letter|Lettre|Carta)\s+(?:dated|dat[ée]e\s+du|de\s+fecha)\s+", re.M)
_ADDRESSED_AFTER = rx.compile(r"\s+(?:addressed|sent|adress[ée]e|dirigida|enviada)\b", re.I)
_CONTINUES_TITLE = re.compile(r"\b(?:dated|of|du|en\s+date\s+du|de\s+fecha|del?|от)\s*$", re.I)
_OTHER_CALENDAR = re.compile(r"\s*\d{1,2}\s+[^\W\d_]+\s+\d{3,4}\s*$")
_TIME_AFTER = re.compile(r"^\s*,?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[–-]\s*\d{1,2}[:.h]\d{2})?"
                         r"(?:\s*(?:[+-]\d{4}|[A-Z]{2,4}|\([A-Z]{2,5}\)))*\s*$")
_TABLE_GAP = re.compile(r"\S[ \t]{3,}(?=\S)")


def _is_date_line(line: str, m: DateMention, offset: int) -> bool:
    """A line that holds only a date, maybe behind a place ("Geneva, 20 January 2025")."""
    if len(_TABLE_GAP.findall(line)) >= 2:
        return False  # a row of a table in aligned columns ("... Affairs      28.09.2024      with ..."): a cell
    raw_before = line[: m.start - offset]
    raw_after = line[m.end - offset:]
    if raw_before.rstrip().endswith("(") and raw_after.lstrip().startswith(")"):
        # "Sabzabad, 14 Esfand 1403 (4 March 2025)": the date in another calendar, then ours in brackets
        raw_before = _OTHER_CALENDAR.sub("", raw_before.rstrip()[:-1].rstrip())
        raw_after = raw_after.lstrip()[1:]
    raw_after = _TIME_AFTER.sub("", raw_after, count=1)  # "12 March 2025, 13:00–14:00": a meeting's hours
    before = "" if re.search(r"\S[ \t]{4,}$", raw_before) else raw_before.strip().rstrip("«\"“").rstrip()  # "«14» октября"
    # two columns read across ("Qasrun, 17 June 2025   vivors and their fami-"): the other column is not this line's
    after = "" if re.match(r"[ \t]{3,}\S", raw_after) else raw_after.strip(" .\t")
    # a head in two columns ("the Elimination of all Forms      20 May 2022"): the right column counts
    gap = None
    for gap in _COLUMN_GAP.finditer(before):
        pass
    if gap is not None:
        before = before[gap.end():].strip()
    if _ISSUE_BEFORE.search(before):
        # a newsletter's masthead: "Observatory for Minority Rights Monthly Bulletin · No. 31 · 3 November 2025"
        return True
    if _PUBLISHED.fullmatch(before):
        # a news page: "Published 14.10.2025 07:42 | Updated 15.10.2025 11:05", "Publicado el 10 de julio de 2025 ·
        # Santa Inés del Monte · Categoría: ..."
        return True
    if re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{4}|\s*[A-Z]{2,4})?(?:\s*\([A-Z]{2,5}\))?", after):
        after = ""  # an e-mail header: "Date: Tue, 20 Jun 2023 16:05:00 +0000"
    if len(after) > 3 and not re.fullmatch(r"\(?[\w\s]{0,12}\)?", after):
        return False
    if not before:
        return True
    before = _DATE_LABEL.sub("", before)
    before = _REF_BEFORE_DATE.sub("", before)  # "Ref: 4/2017 – 12 June 2017": the note's number, then its date
    before = _BYLINE.sub("", before)  # "By Ines Kovar | Geneva | 17 December 2018": a news byline
    before = _DONE_AT.sub("", before)  # "Dated at Mbeleni this 14th day of March, 2025", "Done at Lorvik on ..."
    return not before or bool(_PLACE_PREFIX.match(before + " ")) or bool(_PLACE_PREFIX.match(before))


def document_date_mention(doc: SourceDocument) -> DateMention | None:
    """The date the document gives itself: a date line in the head, else one at the foot."""
    text = scan_text(doc.text)
    segs = [ln for ln in lines(text) if ln.text.strip()]
    head = segs[:30]
    foot = segs[-15:] if len(segs) > 30 else segs[len(head):]
    # labelled dates that name the document's own day, each read right after its label (and checked by what follows):
    # a decision's adoption line, even as a footnote under a "Distr." date ("* Adoptée par le Comité à sa 2941e
    # séance, le 25 novembre 2022", "Adopted at its 2950th meeting, on 25 April 2023"); "The Committee ..., at its
    # 2038th meeting, held on 24 August 2010, adopted the following decision"; a State's report as a UN document
    # ("[Date received: 15 September 2025]"); "At its 116th session, on 20 August 2025 (3162nd meeting), the Committee
    # adopted the following decision"; an annual report reproducing a letter ("3.  Letter dated 9 March 2007 addressed
    # to the Permanent Representative")
    for label, reach, back, single, after in _LABELLED_DATES:
        for m in label.finditer(text, 0, min(len(text), reach)):
            found = [d for d in find_dates(text, m.end() - back, min(len(text), m.end() + 40))
                     if d.start == m.end() and d.date.precision == "day" and not d.year_inferred
                     and (not single or d.first is None)]
            if found and (after is None or after.match(text, found[0].end)):
                return found[0]
    header: DateMention | None = None  # an e-mail's "Date:" header: used only when the body gives no date line
    foot_from = len(segs) - len(foot)
    for group, indices in ((head, range(len(head))), (foot[::-1], range(len(segs) - 1, foot_from - 1, -1))):
        for k, ln in zip(indices, group):
            if REGISTRY_STAMP.search(ln.text) or (k and REGISTRY_STAMP.search(segs[k - 1].text)) or \
                    ("|" in ln.text and any(REGISTRY_STAMP.search(segs[b].text) for b in range(max(0, k - 3), k))):
                continue  # a registry's stamp ("RECEIVED 22 JAN. 2025", a box's lines): the day the note arrived, not its date
            if k and _CONTINUES_TITLE.search(segs[k - 1].text):
                continue  # "... TO THE LETTER OF THE COMMITTEE DATED / 29 NOVEMBER 2024": a title's cited date
            if group is head and _DASH.search(ln.text):  # a press release: "VALMERE, 4 November 2025 – The ..."
                for m in find_dates(text, ln.start, min(ln.end, ln.start + 80)):
                    if m.date.precision == "day" and not m.year_inferred and m.first is None \
                            and _DATELINE_BEFORE.fullmatch(text, ln.start, m.start) \
                            and _DATELINE_AFTER.match(text, m.end, ln.end):
                        return m
            if len(ln.text) > 120:
                continue
            for m in find_dates(text, ln.start, ln.end):
                # a range ("5-23 August 2024" under a session's name) is a period, not the day of issue
                if m.date.precision == "day" and not m.year_inferred and m.first is None \
                        and (_is_date_line(ln.text, m, ln.start)
                             or _ADOPTED_ON.fullmatch(text, ln.start, m.start)):
                    if _MAIL_DATE.match(ln.text):
                        header = header or m
                        continue
                    return m
    # a letter forwarded in an e-mail ("---------- Forwarded message ---------", "-----Original Message-----",
    # "De : ... Envoyé : ... Objet :" blocks): the letter's own date line, further down than the head that is read
    fwd = _FORWARDED.search(text, 0, min(len(text), 20_000))
    if fwd is not None:
        k = next((i for i, ln in enumerate(segs) if ln.start >= fwd.start()), len(segs))
        for ln in segs[k:k + 80]:
            if len(ln.text) > 120 or _MAIL_DATE.match(ln.text) or REGISTRY_STAMP.search(ln.text):
                continue
            for m in find_dates(text, ln.start, ln.end):
                if m.date.precision == "day" and not m.year_inferred and m.first is None and _is_date_line(ln.text, m, ln.start):
                    return m
    # a note verbale dated under its closing formula, the annex after it longer than the foot that is read
    for c in _CLOSING_FORMULA.finditer(text, 0, min(len(text), 200_000)):
        k = next((i for i, ln in enumerate(segs) if ln.end > c.end()), len(segs))
        for ln in segs[k:k + 4]:
            for m in find_dates(text, ln.start, ln.end):
                if m.date.precision == "day" and not m.year_inferred and m.first is None and _is_date_line(ln.text, m, ln.start):
                    return m
    return header


# "... avails itself of this opportunity to renew ... the assurances of its highest consideration."
# (label, how far into the text it is looked for, how far back the date may start, a single day only, what must follow)
_LABELLED_DATES = (
    (_ADOPTION_LINE, 200_000, 1, True, None),
    (_MEETING_HELD_ON, 20_000, 0, True, _ADOPTED_FOLLOWING),
    (_DATE_RECEIVED, 5000, 0, False, None),
    (_SESSION_ON, 20_000, 0, True, _ADOPTED_FOLLOWING_NEAR),
    (_LETTER_DATED, 3000, 0, False, _ADDRESSED_AFTER),
)
_CLOSING_FORMULA = rx.compile(r"\bavails\s+itself\s+of\s+this\s+opportunity\b[^.]{0,300}\.|\bsaisit\s+cette\s+occasion\b[^.]{0,300}\.|"
                              r"\baprovecha\s+(?:la|esta)\s+oportunidad\b[^.]{0,300}\.|\bпользуется\s+(?:случаем|возможностью)\b[^.]{0,300}\.",
                              re.I)


def document_date(doc: SourceDocument) -> PartialDate | None:
    m = document_date_mention(doc)
    return m.date if m else None


# --- the reply deadline ------------------------------------------------------------------------

_ASK = rx.compile(
    r"\b(?:respon[sd]|repl|answer|information|observations|comments|views|provide|submit|grateful|"
    r"request|invite|transmit|report(?!edly|ed\b)|clarification|receive|"
    r"réponse|répondre|informations|fournir|commentaires|observations|"
    r"respuesta|responder|información|proporcionar|comentarios|"
    r"ответ|информаци|представить)",
    re.IGNORECASE,
)
# "has agreed to extend the deadline for the submission of the State party's reply to 2 May 2025"
_EXTENDED_TO = rx.compile(r"\bextend\w*\s+(?:the\s+)?(?:deadline|time[- ]limit)\b[^.]{0,100}?\s(?:to|until)\s+$|"
                          r"\bprolong\w*\s+(?:le\s+)?d[ée]lai\b[^.]{0,100}?\s(?:au|jusqu['’]au)\s+$|"
                          r"\bprorrog\w*\s+(?:el\s+)?plazo\b[^.]{0,100}?\s(?:al|hasta\s+el)\s+$", re.IGNORECASE)
_BEFORE_DATE = rx.compile(
    r"(?:\bno\s+later\s+than|\bnot\s+later\s+than|\bat\s+the\s+latest\s+by|\bat\s+the\s+latest\s+on|"
    r"\bbefore|\bby|\buntil|\bon\s+or\s+before|"
    # "before the opening of its seventy-fourth session on 16 February 2009"
    r"\b(?:before|by)\s+the\s+(?:opening|beginning|start)\s+of\s+(?:its|the)\s+[\w-]+\s+session,?\s+(?:on|\(|,)|"
    r"\bau\s+plus\s+tard\s+(?:le\s+)?|\bavant\s+le|\bd['’]ici\s+(?:au\s+|le\s+)?|"
    r"\ba\s+m[áa]s\s+tardar\s+(?:el\s+)?|\bantes\s+del?|\bhasta\s+el|"
    r"(?:^|\s)до|\bне\s+позднее)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_WITHIN = rx.compile(
    r"\b(?:within|in\s+the\s+next|dans\s+un\s+d[ée]lai\s+de|dans\s+les|(?:en|dentro\s+de)\s+un\s+plazo\s+de|dentro\s+de|"
    r"в\s+течение)\s+(?P<n>\d{1,3}|[a-z\u00e0-\u00ff\u0430-\u044f\-]+(?:[\s-][a-z\u0430-\u044f]+)?)\s+(?:\(\d{1,3}\)\s+)?"
    r"(?P<u>days?|weeks?|months?|hours?|jours|semaines|mois|heures|d[íi]as|semanas|meses|horas|дн[ея]й|недел[ьи]|"
    r"месяц[аев]*|час(?:а|ов)?)\b",
    re.IGNORECASE,
)
_PAST_ASK_BY = rx.compile(r"\b(?:which|that|where\s+it|in\s+which\s+it)\s+(?:had\s+)?(?:requested|asked\s+for)\b[^.;]{0,50}$"
                          # "(the letter) also expressed concern ... and requested information by 15 November 2024"; not
                          # "the State party is requested to provide ... by"
                          r"|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)\b(?:and|also|had)\s+requested\b[^.;]{0,50}$",
                          re.IGNORECASE)
_PERIODIC_REPORT = rx.compile(r"\bperiodic\s+reports?\b|\brapports?\s+p[ée]riodiques?\b|\binformes?\s+peri[óo]dicos?\b|"
                              r"\bпериодическ\w+\s+доклад", re.IGNORECASE)
_PUBLICATION = rx.compile(r"\bmade\s+public\b|\bbe\s+published\b|\breporting\s+website\b|\brendu(?:e|s|es)?\s+publi(?:c|que)s?\b|"
                          r"\bse\s+har[áa]n?\s+p[úu]blic[oa]s?\b", re.IGNORECASE)
_PAST_ASK = rx.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:requested|asked\s+for|expected|due)\b|\b(?:sent|transmitted)\s+on\b",
                       re.IGNORECASE)
_PAST_REF = rx.compile(r"(?:letter|reply|note|communication|decision|lettre|réponse|carta|respuesta)\s+(?:of|dated|du|de)\s*$",
                       re.IGNORECASE)
_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60,
    "ninety": 90, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "six_": 6, "soixante": 60, "trente": 30,
    "quatre-vingt-dix": 90, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "seis": 6, "sesenta": 60,
    "treinta": 30, "noventa": 90, "quinze": 15, "quince": 15,
}


@dataclass(frozen=True, slots=True)
class Deadline:
    date: dt.date
    start: int
    end: int
    confidence: float
    relative: bool = False


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def find_deadline(doc: SourceDocument, doc_date: PartialDate | None) -> Deadline | None:
    """The date by which the document asks for a reply, if it states one precisely."""
    text = scan_text(doc.text)
    best: Deadline | None = None
    overdue: bool | None = None  # a reminder of an overdue periodic report: the date it asks the report by counts
    for sent in doc_sentences(doc.text):
        # searched in place (the text's anchors are found once) unless the sentence was cut mid-word,
        # where a word boundary would read differently than at the start of the sentence alone
        if sent.start > 0 and (text[sent.start - 1].isalnum() or text[sent.start - 1] == "_"):
            if not _ASK.search(sent.text):
                continue
        elif not _ASK.search(text, sent.start, sent.end):
            continue
        cand = _deadline_in(text, sent, doc_date)
        if cand is not None and _PERIODIC_REPORT.search(text, sent.start, cand.start):
            if overdue is None:
                overdue = OVERDUE_REPORT.search(text) is not None
            if not overdue:
                continue  # "submit its combined periodic reports ... by 4 January 2029": the reporting cycle
        if cand is not None and (best is None or cand.confidence > best.confidence):
            best = cand
            if cand.confidence >= 0.9:
                break
    return best


def _deadline_in(text: str, sent: Segment, doc_date: PartialDate | None) -> Deadline | None:
    for m in find_dates(text, sent.start, sent.end, base=doc_date, future=True):
        if m.date.precision != "day":
            continue
        lead = text[max(sent.start, m.start - 60):m.start]
        if _PAST_REF.search(lead) or _PAST_ASK_BY.search(lead):
            continue  # "its letter of ...", "the latter of which requested information by 14 November 2025"
        if not _BEFORE_DATE.search(lead) and not _EXTENDED_TO.search(text, max(sent.start, m.start - 160), m.start):
            continue
        d = m.date.as_date()
        if d is None:
            continue
        if doc_date is not None and doc_date.as_date() is not None and d < doc_date.as_date():  # type: ignore[operator]
            continue  # a deadline lies after the letter
        conf = 0.9 if re.search(r"respon|repl|réponse|respuesta|ответ|grateful|reconnaissant|agradecer",
                                 sent.text, re.IGNORECASE) else 0.75
        if m.year_inferred:
            conf -= 0.15
        return Deadline(d, m.start, m.end, conf)
    w = _WITHIN.search(sent.text)
    if w and not _REPLY_WORD.search(sent.text):
        w = None  # "notices ordering them to leave their homes within 30 days": no reply is asked for
    if w and (_PAST_ASK.search(sent.text, 0, w.start()) or _PUBLICATION.search(sent.text)):
        # "... will be made public via the communications reporting website within 60 days": when the letter is
        # published, not when a reply is due
        # "AL ORV 7/2021, sent on 11 November 2021, to which a reply was requested within 60 days": an earlier
        # letter's deadline
        w = None
    if w and doc_date is not None and doc_date.as_date() is not None:
        raw = w.group("n").lower()
        n = int(raw) if raw.isdigit() else _NUM_WORDS.get(raw)
        if n is None:
            try:
                from text_to_num import text2num

                n = int(text2num(raw, "en"))
            except Exception:
                n = None
        if n is None or n <= 0 or n > 400:
            return None
        unit = w.group("u").lower()
        base = doc_date.as_date()
        assert base is not None
        if unit.startswith(("hour", "heure", "hora", "час")):
            d = base + dt.timedelta(days=-(-n // 24))  # "within 48 hours" of the letter: two days on
        elif unit.startswith(("day", "jour", "d", "дн")):
            d = base + dt.timedelta(days=n)
        elif unit.startswith(("week", "semaine", "semana", "недел")):
            d = base + dt.timedelta(weeks=n)
        else:
            d = _add_months(base, n)
        # "a response within 60 days" outranks "to re-register ... within six months and to submit annual reports"
        conf = 0.72 if re.search(r"respon|repl|r[ée]ponse|respuesta|ответ", sent.text, re.IGNORECASE) else 0.68
        return Deadline(d, sent.start + w.start(), sent.start + w.end(), conf, relative=True)
    return None


def reply_deadline(doc: SourceDocument, doc_date: PartialDate | None) -> dt.date | None:
    found = find_deadline(doc, doc_date)
    return found.date if found else None
