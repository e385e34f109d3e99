"""Reference codes, the session, and earlier correspondence cited.

- Reference codes: what follows "REFERENCE:" / "Ref.:" / "(ref. ...)", UN document symbols
  (CERD/C/KAZ/CO/8-10, A/HRC/45/12, CERD/C/USA/DEC/1) and note numbers in the head ("No. 04/117").
- Session: "in the course of its 103rd session", "CERD/EWUAP/103rd session/...", "CERD/92nd/EWUAP",
  "Decision 1 (68)"; only for the Committee's own letters and decisions.
- References: "its previous letter of 7 August 2020", "its reply of 30 October" (year from the
  document's date), "the letter ... dated 30 August 2024", "note verbale No. 12 of ...",
  "Decision 2 (100)", "its concluding observations (CERD/C/KAZ/CO/8-10)". The document's own date
  and its deadline are never references.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from tocsin.extract import rx
from tocsin.domain.dates import PartialDate
from tocsin.domain.documents import DocumentKind, SourceDocument
from tocsin.extract.dates import find_dates
from tocsin.extract.text import UN_MASTHEAD, lines, scan_text

NAME = "references"
VERSION = "1.19"
CODES_NAME = "reference_codes"
SESSION_NAME = "session"

_I = re.IGNORECASE
_REF_LABEL = rx.compile(
    r"(?:^|\(|\s)(?i:reference|our\s+ref(?:erence)?|ref|r[ée]f[ée]rence|r[ée]f|referencia|ссылка|исх)"
    r"\s*(?:No\.?\s*)?[.:]?\s*(?::\s*)?(?P<code>[A-Z0-9][^\n()]{1,90}?)(?=\)|\s*$|\s{2,}|;)",
    re.M,
)
# (?<![\w/])(?:A/HRC|A/RES|A|E/C\.12|E/CN\.4|E|CERD/C|CCPR/C|CAT/C|CRC/C|CEDAW/C|CMW/C|CRPD/C|CED/C|S)/...
# written to open on its first letter (A, E, C or S), so that `re` skips ahead to those letters; the
# same matches (tests/extract/test_rx.py compares them)
_UN_SYMBOL = rx.compile(
    r"(?:A(?<![\w/]A)(?:/HRC|/RES|)|E(?<![\w/]E)(?:/C\.12|/CN\.4|)|"
    r"C(?<![\w/]C)(?:ERD/C|CPR/C|AT/C|RC/C|EDAW/C|MW/C|RPD/C|ED/C)|S(?<![\w/]S))"
    r"/(?:[A-Z0-9]{1,12}[./-]?){1,8}(?<![./-])(?:/(?:Add|Corr|Rev)\.\d{1,2})*(?![\w/])"
)
_REF_LINE = re.compile(r"^\s{0,8}CERD/(?:[^/\s]+/){2,}[^\n]{0,60}$|^\s{0,8}CERD/(?:EWUAP|\d{2,3}(?:st|nd|rd|th)?)/[^\n]{0,70}$")
_NOTE_NO = rx.compile(r"^\s{0,8}(?:Note\s+(?:verbale\s+)?)?(?:No|N°|Nº|№|Ref\.?\s*No)\.?\s*(?P<n>[\w-]*\d[\w./-]{0,30})\s*$", _I)

# a session number in digits ("116th", "116e", "116º") or an ordinal in words ("ninety-seventh",
# "quatre-vingt-dix-septième"): the words are checked by numbers.ordinal_to_int
_ORD = (r"(?:(?P<n>\d{2,3})\s?(?:st|nd|rd|th|d|e|ème|º|°|-?[йяг]|\.º)?"
        r"|(?P<w>[a-zà-ÿ]{3,}(?:[ -](?:and[ -])?[a-zà-ÿ]{2,}){0,4}?(?:th|ième|first|second|third)))")
_SESSION = [
    rx.compile(r"\b(?:D[ée]cisi[óo]n|Statement|D[ée]claration)\s+\d{1,2}\s*\((?P<n>\d{2,3})\)", _I),
    # a UN document's head: "Committee on the Elimination of Racial Discrimination / One hundred and eleventh session"
    rx.compile(r"\b(?:Racial\s+Discrimination|discrimination\s+raciale|Discriminaci[óo]n\s+Racial)[ \t]*\n[ \t]*" + _ORD
               + r"\s+(?:session|per[íi]odo\s+de\s+sesiones)\b", _I),
    rx.compile(r"\b(?:in\s+the\s+course\s+of|during)\s+its\s+" + _ORD + r"\s+session\b", _I),
    # "which, at its sixty-fifth session, held from 2 to 20 August 2004, considered"; "At its ninety-fifth session,
    # the Committee considered the follow-up information"
    # "which, at its 116th session, reviewed the status of the periodic reports"
    rx.compile(r"\bat\s+its\s+" + _ORD + r"\s+session,?\s+(?:held\s+(?:from|on|in)\b|(?:the\s+Committee\s+)?(?:considered|examined|"
               r"adopted|decided|discussed|reviewed)\b)", _I),
    rx.compile(r"\b(?:adopted|considered|examined)\b[^.\n]{0,60}?\bat\s+its\s+" + _ORD + r"\s+session\b", _I),
    rx.compile(r"\b(?:à|lors\s+de|au\s+cours\s+de)\s+sa\s+" + _ORD + r"\s+session\b", _I),
    rx.compile(r"\b(?:en|durante)\s+(?:el\s+curso\s+de\s+)?su\s+" + _ORD + r"\s+per[íi]odo\s+de\s+sesiones\b", _I),
    rx.compile(r"\bна\s+своей\s+" + _ORD + r"\s+сессии\b", _I),
    rx.compile(r"\bCERD/(?:EWUAP/)?" + _ORD + r"(?:\s+session)?/", _I),
    rx.compile(r"\b" + _ORD + r"\s+session\s+of\s+the\s+Committee\b", _I),
    # "at its 99th session" last: "decides to keep the situation under review at its 99th session" is
    # a future session, so it counts only when nothing above names the current one and no such verb leads
    rx.compile(r"(?<!review\s)(?<!consider\s)(?<!examine\s)\bat\s+its\s+" + _ORD + r"\s+session\b", _I),
]
_EARLIER_LETTER = rx.compile(r"\b(?:letter|decision|communication|statement)s?\s+(?:of|dated)\s+(?:[^.;]|(?<=ref)\.|(?<=No)\.){0,40}$|"
                             # "Letter of the Committee ... to the Permanent Representative ..., dated 14 March 2025 (ref. ..."
                             r"\bdated\s+\d{1,2}\s+[A-Za-z]+\s+\d{4},?\s*\(\s*(?:ref(?:erence)?\.?\s*:?\s*)?$", _I)
_FUTURE_SESSION = rx.compile(r"\b(?:review|consider|examine|next|future|postpone|decides|will|to\s+be)\b[^.]{0,80}$", _I)

_CORR = rx.compile(
    r"(?P<kw>\bnotes?\s+verbales?|(?<!press\s)\bnot[ea](?=\s+(?:No\.?|N\.?[º°o]\.?|number)\s*[\w./-]*\d|\s+(?:de|du|of|dated)\s+\d|\s+(?-i:[A-Z]{2,}[A-Z0-9]*[-/])[\w/-]*\d)|\bnotas?\s+verbal(?:es)?|\bletters?|\bcommunications?|\breply|\breplies|\bresponses?|\banswers?|"
    r"\bcomments|\bdecisions?|\bconcluding\s+observations|\breports?|\blettres?|\bréponses?|\breponses?|\bcartas?|\bcomunicaci[óo]n(?:es)?|"
    r"\brespuestas?|\breminders?|\brappels?|\brecordatorios?|\bsubmissions?|\b(?:e-?mails?|courriels?|correos?\s+electr[óo]nicos?)(?![ \t]*:)|\bписьм\w*|\bответ\w*|\bнот(?:[аыеу]|ой)(?=\s+(?:№|N|Постоянного|Посольства|Министерства|Представительства|Миссии))|\b(?:wrote|written)(?=\s+to\b)|\breplied(?=\s+on\b)|\banswered(?=\s+on\b)|\bresponded(?=\s+on\b)|\brespondi[óo](?=\s+el\b)|\br[ée]pondu(?=\s+le\b))\b",
    _I,
)
_OF = rx.compile(r"\s*(?:of|dated|dated\s+of|from|sent\s+on|du|en\s+date\s+du|de\s+fecha|del?|от|"
                 r"(?:envoy|adress|transmis)[ée]*e?s?\s+le|(?:enviad|remitid|dirigid)[oa]s?\s+el)\s+$"
                 # "a communication sent to your Excellency's Government on 14 March 2024", "(it) wrote to the
                 # Government of X on 22 October 2025"
                 r"|^\s*(?:(?:sent|transmitted|addressed)\s+)?(?:to|by)\s+[^.;]{0,80}?\bon\s+$"
                 # "the reply received on 11 December 2023"; "la nota verbal N.º MPA-GIN/2024/012, de 15 de enero"
                 r"|^\s*(?:received|sent|transmitted|dated)\s+on\s+$|^\s*on\s+$|^\s*(?:el|le)\s+$|"
                 # "la lettre que le Comité a adressée à l'État partie le 13 décembre 2024", "que el Comité dirigió al Estado parte el"
                 r"^\s*que\s+(?:le\s+Comit[ée]\s+a\s+adress[ée]e?|el\s+Comit[ée]\s+(?:dirigi[óo]|envi[óo]))\s+[^.;]{0,60}?\b(?:le|el)\s+$|^\s*(?:N\.?[º°o]\.?|No\.?)\s*[\w./-]+(?:\s+of\s+(?:this|the|our|its)\s+(?:Mission|Embassy|Ministry))?,?\s+(?:of|de|du|dated)\s+$"
                 # "нотой Постоянного представительства № 12-3/1184 от 9 октября 2024 года"
                 r"|^\s*(?:[А-ЯЁа-яё]+\s+){0,3}№\s*[\w./-]+\s+от\s+$",
                 _I)
_JOIN = rx.compile(r"^\s*(?:,|and|et|y|и|as\s+well\s+as|,\s*and)\s*(?:(?:its|the|their)\s+(?:\w+\s+){0,2}(?:of|dated)\s+|of\s+)?$", _I)
_ADDRESSED_TO = rx.compile(r"\b(?:to|from)\s+(?:the\s+|your\s+(?:Excellency['’]s\s+)?|its\s+)?(?:State\s+party|Government|Permanent\s+(?:Mission|Representative)|Committee|Secretariat)\b"
                           r"|\bto\s+(?-i:[A-Z][a-z]{3,})\s+(?=on\s+$)"
                           # "addressed a letter to Sundara under its early warning procedure on 25 August 2023"
                           r"|\bto\s+(?-i:[A-Z][a-z]{3,})\b(?=[^.;]{0,70}\bon\s+$)", _I)  # "the Committee wrote to Varnesia on 28 April 2025"
_ADOPTED = rx.compile(r"^[\s)\]]*,?\s*(?:para(?:graph)?s?\.?\s*\d{1,3}\s*)?\(?\s*(?:concluding\s+observations\s+)?"
                      r"(?:(?:which\s+(?:it|the\s+Committee)\s+)?adopted|issued|dated|of|submitted)\s+(?:on\s+)?$", _I)
_COURT_AFTER = rx.compile(r"[,\s]+(?:the\s+)?(?:[A-Z]\w+\s+){0,3}(?:Court|Tribunal|Government|Ministry|Cabinet|Council\s+of\s+Ministers|Mayor|[Mm]unicipality)\b")  # "... of 16 January 2025, the Constitutional Court"
_PERIODIC_REPORT = rx.compile(r"CERD/C/[A-Z]{3}/\d{1,2}(?:-\d{1,2})?")
_OTHER_AUTHORITY = rx.compile(r"\s*(?:of|by)\s+(?:the\s+)?(?!Committee\b|CERD\b)[A-Z]")
_POSSESSIVE = rx.compile(r"\b(?!Committee)[A-Z]\w*['’]s\s+$|\b(?:court|mayor|municipality|governor|ministry|prosecutor)['’]s\s+$", _I)
_ADOPTED_ON_BEFORE = rx.compile(r"\b(?:adopted|submitted|received|transmitted)\b[^.;]{0,50}?\bon\s+$", _I)
_INQUIRY_BEFORE = rx.compile(r"\b(?:enquiry|inquiry|investigation|autopsy|post-mortem|necropsy|medical|forensic|police|"
                             r"ballistic|expert)\s+$", _I)
_DOMESTIC_ISSUER = rx.compile(r"\b(?:administration|Commission|Ombudsman|Ombudsperson|Defensor[íi]a|[Hh]ospital|[Pp]olice|Ministry|"
                              r"[Mm]unicipality|[Pp]refecture|Institution|Inspectorate|Prosecutor['’]?s?(?:\s+Office)?)\b[^.;\n]{0,45}$")
_ON_BEFORE = rx.compile(r"(?:^|[.:;]\s+|\n\s*|\d\s+)(?:On|on)\s+$")
_SENT_AFTER = rx.compile(r",?\s+(?!the\s+(?:police|authorities|attackers)\b)(?:[^.;]{0,100}?\s)?(?:sent|addressed|transmitted)\s+"
                         r"(?:an?\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?P<kw>letter|communication|note\s+verbale|"
                         r"urgent\s+appeal|reply|response)\b", _I)
_SP_CODE_FIRST = re.compile(r"^\s*(?:J?(?:AL|UA|OL)\s+[A-Z]{3}\s+\d{1,3}/\d{4}|\(ref\.?[^)]{1,40}\)|[A-Z]{2,}[A-Z0-9]*[-/][\w/-]*\d(?<![.,])|"
                            r"(?:No\.?|N\.?[º°o]\.?|№)\s*[\w./-]*\d[\w./-]*(?<![.,]))\s*,?")
# "the Commission for Protection against Discrimination, decision No. 07-311/24 of 2 October 2024": a national body's
_AUTHORITY_BEFORE = rx.compile(r"\b(?:Commission|Court|Tribunal|Ombuds\w+|Ministry|Council|Prosecutor\w*|Mayor|Government)\b"
                               r"[^.;]{0,60}$")
_CORRECTION = rx.compile(r"\b(?:For|Au\s+lieu\s+de|Donde\s+dice)\s*[:]?\s*[\"“«][^\"”»\n]{1,300}[\"”»]\s*,?\s*"
                         r"(?:read|lire|debe\s+decir)\s*[:]?\s*[\"“«][^\"”»\n]{1,300}[\"”»]")
# "Letter of the Committee ... to the Permanent Representative of the Republic of Dornavia, dated 14 March 2025":
# a long way from the letter to its date, which "dated" ties back to it
_DATED_END = rx.compile(r",\s+dated\s+$")
_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
_DEADLINE_WORD = re.compile(r"\b(?:d[ée]lai|deadline|plazo|time[- ]limit|date\s+limite|fecha\s+l[íi]mite)\b", re.I)
# "(the Committee) wrote to the Government ... about the pastures on 2 June 2025": what it wrote about, then when
_WROTE_ON = re.compile(r"(?:wrote|written|replied|answered|responded)\b[^.;]{0,100}\bon\s+$", re.I)
_OPEN_LETTER = rx.compile(r"\b(?:open|public)\s+$", _I)


@dataclass(frozen=True, slots=True)
class Reference:
    kind: str  # letter | reply | decision | report
    date: PartialDate | None
    symbol: str | None
    start: int
    end: int
    confidence: float


def reference_codes(doc: SourceDocument) -> list[tuple[str, int, int]]:
    """(code as written, start, end) in order of appearance, each code once."""
    text = scan_text(doc.text)
    out: list[tuple[str, int, int]] = []
    seen: set[str] = set()

    def add(code: str, s: int, e: int) -> None:
        code = code.strip().rstrip(".,;")
        if len(code) < 3 or code in seen or not re.search(r"\d|/", code):
            return
        if any(code in c and c != code for c in seen):
            return
        seen.add(code)
        out.append((code, s, e))

    for m in _REF_LABEL.finditer(text, 0, min(len(text), 200_000)):
        add(m.group("code"), m.start("code"), m.end("code"))
    for ln in lines(text[:6000])[:40]:
        nm = _NOTE_NO.match(ln.text)
        if nm and len(ln.text) < 60:
            add(ln.text.strip(), ln.start + (len(ln.text) - len(ln.text.lstrip())), ln.end)
        elif _REF_LINE.match(ln.text):
            # the letter's reference on a line of its own, with no "Reference:" before it
            add(ln.text.strip(), ln.start + (len(ln.text) - len(ln.text.lstrip())), ln.end)
    for m in _UN_SYMBOL.finditer(text):
        sym = m.group(0)
        if sym.count("/") >= 2 and not any(sym in c for c in seen):
            add(sym, m.start(), m.end())
        if len(out) > 100:
            break
    out.sort(key=lambda t: t[1])
    return out


# an NGO paper's session is the one it is written for: "Parallel report to CERD, 117th session", "submitted for the
# Committee's 117th session", "to consider the situation at its 115th session" (never a cited letter's)
_NGO_SESSION = [
    # an oral statement's head: "Committee on the Elimination of Racial Discrimination / 116th session, 11-29 August"
    rx.compile(r"\A(?:[^\n]*\n){0,8}?[ \t]*" + _ORD + r"\s+(?:session|per[íi]odo\s+de\s+sesiones)\b", _I),
    # "Submitted for the consideration of the Committee at its 117th session", "para su examen en el 117.º período de
    # sesiones", "en vue de sa 117e session"
    rx.compile(r"\b(?:submitted|presented|prepared)\s+for\s+(?:the\s+)?consideration\b[^.\n]{0,40}?\bat\s+its\s+" + _ORD
               + r"\s+session\b", _I),
    rx.compile(r"\bpara\s+su\s+examen\s+en\s+(?:el|su)\s+" + _ORD + r"\s+per[íi]odo\s+de\s+sesiones\b", _I),
    # "Note to the UN Committee on the Elimination of Racial Discrimination, 117th session", "(к 117-й сессии Комитета)"
    rx.compile(r"\A[^\n]{0,40}\bCommittee\b[^\n]{0,80}?,\s*" + _ORD + r"\s+session\b", _I),
    rx.compile(r"\bк\s+" + _ORD + r"\s+сесси[иия]\b", _I),
    rx.compile(r"\b(?:en\s+vue\s+de|pour)\s+(?:l['’]examen\s+\w+\s+)?(?:sa|la)\s+" + _ORD + r"\s+session\b", _I),
    rx.compile(r"\b(?:Parallel|Shadow|Alternative)\s+report\s+(?:to|for)\s+(?:CERD|the\s+Committee)\b[^\n]{0,70}?" + _ORD
               + r"\s+session\b", _I),
    rx.compile(r"\b(?:for|to|during)\s+the\s+(?:Committee['’]s\s+|CERD['’]s\s+)?" + _ORD + r"\s+session\b", _I),
    rx.compile(r"\b(?:consider|consideration|examine|examination|review|discuss)\b[^.]{0,80}?\b(?:at|during)\s+(?:its|the)\s+" + _ORD + r"\s+session\b", _I),
]


_MASTHEAD_SESSION = rx.plain(r"(?m)^[ \t]*(?P<n>\d{1,3})(?:st|nd|rd|th|e|ème|ª|°|\.)?[ \t]+(?:session|período[ \t]+de[ \t]+sesiones)[ \t]*$",
                             re.I)


def session_number(doc: SourceDocument, kind: DocumentKind) -> tuple[int, int, int] | None:
    """(session, start, end) for the Committee's own letters and decisions, and the session an NGO paper is
    written for; else None."""
    if kind is DocumentKind.NGO_STATEMENT:
        text = scan_text(doc.text)[:50_000]
        for rx_ in _NGO_SESSION:
            for m in rx_.finditer(text):
                if _EARLIER_LETTER.search(text, max(0, m.start() - 90), m.start()):
                    continue
                n = int(m.group("n")) if m.group("n") else 0
                if 1 <= n <= 400:
                    return n, m.start("n"), m.end("n")
        return None
    if kind is DocumentKind.OTHER:
        # a UN document's masthead ("Distr.: General" ... "Committee on the Elimination of Racial Discrimination /
        # 117th session"): the session it belongs to, written alone on its line (a report's list of sessions, each
        # with its dates, names none)
        head = scan_text(doc.text)[:1500]
        m = _MASTHEAD_SESSION.search(head) if UN_MASTHEAD.search(head) else None
        return (int(m.group("n")), m.start("n"), m.end("n")) if m and 1 <= int(m.group("n")) <= 400 else None
    if kind not in (DocumentKind.COMMITTEE_LETTER, DocumentKind.DECISION):
        return None
    text = scan_text(doc.text)[:50_000]
    order = list(_SESSION)
    if kind is not DocumentKind.DECISION:
        # a letter citing "Decision 1 (118)" was not written at that session
        order.append(order.pop(0))
    for rx in order:
        for m in rx.finditer(text):
            if rx is _SESSION[-1] and _FUTURE_SESSION.search(text, max(0, m.start() - 120), m.start()):
                continue
            if _EARLIER_LETTER.search(text, max(0, m.start() - 90), m.start()):
                continue  # "its letter of 12 March 2004, adopted at its sixty-fourth session": an earlier session
            if m.group("n"):
                n = int(m.group("n"))
            else:
                from tocsin.extract.numbers import ordinal_to_int

                n = ordinal_to_int(m.group("w")) or 0
            if 1 <= n <= 400:
                g = "n" if m.group("n") else "w"
                return n, m.start(g), m.end(g)
            break
    return None


def _kind_of(keyword: str, doc_kind: DocumentKind) -> str:
    k = keyword.lower()
    if k.startswith(("repl", "respon", "answer", "comment", "répon", "repon", "respuesta", "ответ")):
        return "reply"
    if k.startswith(("note", "nota", "нот")):
        # the State's notes: cited by the Committee, or by the State in a later reply
        return "reply" if doc_kind in (DocumentKind.COMMITTEE_LETTER, DocumentKind.DECISION, DocumentKind.STATE_REPLY) \
            else "letter"
    if k.startswith("decision"):
        return "decision"
    if k.startswith("concluding"):
        return "decision"  # the Committee's concluding observations, as their symbols are read
    if k.startswith("report"):
        return "report"
    return "letter"


def find_references(doc: SourceDocument, *, doc_kind: DocumentKind, doc_date: PartialDate | None,
                    exclude: tuple[tuple[int, int], ...] = ()) -> list[Reference]:
    text = scan_text(doc.text)
    if "\n>" in text:
        # an e-mail's quoted lines ("> Government of the Republic of X, dated 9 May 2025"): read without their marks
        text = _QUOTE_MARKS.sub(lambda m: " " * len(m.group(0)), text)
    out: list[Reference] = []
    # a corrigendum's 'For "its reply of 3 October 2024" read "its reply of 3 December 2024"' quotes the words of the
    # letter it corrects: they cite nothing
    quoted = tuple((m.start(), m.end()) for m in _CORRECTION.finditer(text)) if "read" in text else ()
    dates = [d for d in find_dates(text, base=doc_date) if not any(s <= d.start < e for s, e in exclude + quoted)]
    kws = list(_CORR.finditer(text))
    ki = 0
    last_ref: Reference | None = None
    last_inferred = False
    prev_start = -1
    for d in dates:
        # the nearest correspondence keyword before the date, in the same sentence
        while ki < len(kws) and kws[ki].end() <= d.start:
            ki += 1
        kw = kws[ki - 1] if ki > 0 else None
        if kw is not None and kw.end() <= prev_start:
            # another date stands between: "the reply of 21 November 2019, received after the deadline of
            # 15 October 2019" (a list of dates is joined below)
            kw = None
        prev_start = d.start
        between = text[kw.end():d.start] if kw else ""
        # "communication AL DRV 4/2020, dated 21 July 2020", "communication UA TSK 3/2021, sent to the Government of
        # X on 2 September 2021": the communication's reference between its name and its date
        coded = kw is not None and _SP_CODE_FIRST.match(between) is not None
        between = _SP_CODE_FIRST.sub("", between, count=1)
        if kw is not None and _DEADLINE_WORD.search(between):
            kw = None  # "la présente réponse par rapport au délai du 15 décembre 2025": a deadline, not a letter
        if kw is not None and len(between) <= (170 if _DATED_END.search(between) else 110) and "\n\n" not in between and not re.search(r"[.;](?:\s|$)", re.sub(r"\b(?:No|Nos|Ref|ref)\.", "No", between)) \
                and _OF.search(between) and (_WROTE_ON.match(kw.group("kw") + between) or not re.search(r"\b(?:to|about|concerning|events?|sur|concernant|faits|sobre|hechos|selon|seg[úu]n|according)\b", _ADDRESSED_TO.sub(" ", between), _I)) \
                and (coded or not re.search(r"\bin\s+$", text[max(0, kw.start() - 4):kw.start()])) and not _OPEN_LETTER.search(text[max(0, kw.start() - 10):kw.start()]):
            if doc_date is not None and d.date == doc_date and not d.year_inferred and kw.start() < 0:
                continue
            kind = _kind_of(kw.group("kw"), doc_kind)
            if kw.group("kw").lower().startswith("submission") and doc_kind in (DocumentKind.COMMITTEE_LETTER,
                                                                              DocumentKind.DECISION):
                continue  # an NGO's submission that the Committee's letter cites: its source, not its correspondence
            if kind == "decision" and (_OTHER_AUTHORITY.match(between) or _POSSESSIVE.search(text, max(0, kw.start() - 40), kw.start())
                                       or _AUTHORITY_BEFORE.search(text, max(0, kw.start() - 80), kw.start())
                                       or _COURT_AFTER.match(text, d.end, min(len(text), d.end + 40))):
                continue  # "the decision of the Mayor of Hronsk of 4 January 2019", "the court's decision of ...": not the Committee's
            if d.date.precision == "year":
                continue
            if kind == "report" and (_INQUIRY_BEFORE.search(text, max(0, kw.start() - 30), kw.start())
                                     or _DOMESTIC_ISSUER.search(text, max(0, kw.start() - 70), kw.start())):
                continue  # "the enquiry report dated 4 November 2024", "the post-mortem report", "the National Commission
                # ..., in its preliminary report of", "district administration, report of": no correspondence
            ref = Reference(kind, d.date, None, kw.start(), d.end, 0.85 if not d.year_inferred else 0.7)
            out.append(ref)
            last_ref = ref
            last_inferred = d.year_inferred
            continue
        # "its letters of 7 August 2020 and 30 April 2021": a date joined to the previous reference
        if last_ref is not None and _JOIN.match(text[last_ref.end:d.start]) and d.start - last_ref.end < 60:
            ref = Reference(last_ref.kind, d.date, None, d.start, d.end, 0.7)
            if last_inferred and not d.year_inferred and last_ref.date is not None and last_ref.date.month is not None \
                    and (last_ref.date.month, last_ref.date.day or 0) <= (d.date.month or 12, d.date.day or 31):
                # "its letters of 12 March and 9 October 2019": the first date takes the year written after it
                fixed = Reference(last_ref.kind, dataclasses.replace(last_ref.date, year=d.date.year), None,
                                  last_ref.start, last_ref.end, last_ref.confidence)
                out[out.index(last_ref)] = fixed
            out.append(ref)
            last_ref = ref
            last_inferred = d.year_inferred
            continue
        last_ref = None
    # "On 5 May 2025 the Committee ... addressed a letter to", "On 4 March 2025, several mandate holders sent an
    # allegation letter": the date first, the correspondence after it in the same sentence
    for d in dates:
        if d.date.precision != "day" or not _ON_BEFORE.search(text, max(0, d.start - 12), d.start):
            continue
        m = _SENT_AFTER.match(text, d.end, min(len(text), d.end + 160))
        if m and not any(r.date == d.date for r in out):
            kind = "reply" if m.group("kw").lower().startswith(("repl", "respon")) else "letter"
            out.append(Reference(kind, d.date, None, d.start, m.end(), 0.7))
    for m in re.finditer(r"\bDecision\s+(\d{1,2}\s*\(\d{2,3}\))", text):
        ls, le = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if text[ls:le if le >= 0 else len(text)].strip(" \t*") == m.group(0):
            continue  # "Decision 2 (77)" alone on its line: the document's own heading, not a decision it cites
        out.append(Reference("decision", None, f"Decision {m.group(1)}", m.start(), m.end(), 0.7))
    for m in _UN_SYMBOL.finditer(text):
        sym = m.group(0)
        if "/CO/" in sym or "/DEC/" in sym or _PERIODIC_REPORT.fullmatch(sym):
            # concluding observations are the Committee's findings; their "/Add.1" is the State's follow-up reply
            kind = "reply" if re.search(r"/CO/.*/Add\.\d", sym) else "decision"
            if _PERIODIC_REPORT.fullmatch(sym):
                kind = "report"  # the State's periodic report ("CERD/C/OND/22-24")
            # "(CERD/C/LNM/CO/12-14), adopted on 1 December 2022": the date the text gives it
            when = next((d for d in dates if 0 <= d.start - m.end() <= 60 and d.date.precision == "day"
                         and _ADOPTED.match(text[m.end():d.start])), None)
            if when is None:
                # "the concluding observations adopted by the Committee on 7 December 2016, at its ninety-first
                # session, ... (CERD/C/TRV/CO/18-20)", "information submitted by the State party on 22 January 2018
                # (CERD/C/TRV/CO/18-20/Add.1)": the date before the symbol, in its sentence
                when = next((d for d in reversed(dates) if 0 <= m.start() - d.end <= 250 and d.date.precision == "day"
                             and not re.search(r"[.;]\s", text[d.end:m.start()])
                             and _ADOPTED_ON_BEFORE.search(text, max(0, d.start - 60), d.start)), None)
            if when is not None:
                out = [r for r in out if not (r.date == when.date and r.start > m.start())]
            out.append(Reference(kind, when.date if when else None, sym, m.start(), when.end if when else m.end(), 0.6))
    out.sort(key=lambda r: r.start)
    # each (kind, date, symbol) once
    seen: set[tuple] = set()
    uniq = []
    for r in out:
        key = (r.kind, r.date, r.symbol)
        if key in seen:
            continue
        seen.add(key)
        uniq.append(r)
    return uniq
