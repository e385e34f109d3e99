"""Read a State's reply: which paragraphs are body, which sentences say something, which defer.

A deferral ("will provide information in due course"), a general assurance ("live in peace and
harmony", "reaffirms its commitment", "enjoyed the procedural guarantees") or courtesy text is kept
apart from substantive sentences: only the latter can answer a request. Explicit pointers such as
"with regard to paragraph (c)" or "concerning item 3" tie a passage to a request.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tocsin.domain.documents import Paragraph


class SentenceKind(enum.StrEnum):
    SUBSTANTIVE = "substantive"
    DEFERRAL = "deferral"
    ASSURANCE = "assurance"
    COURTESY = "courtesy"


_COURTESY = re.compile(
    r"presents its compliments|avails itself|assurances of its (?:highest|high) consideration|"
    r"has the honou?r to|SYNTHETIC TEST DOCUMENT|^\s*(?:Geneva|New York|Vienna)?,?\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\.?\s*$|"
    r"^\s*(?:No\.|Ref\.?|Note No\.)\s*[\w/.-]+\s*$|^\s*(?:Excellency|Sir|Madam|Dear)\b|^\s*Yours\b|^\s*Annex\b",
    re.IGNORECASE,
)
_DEFERRAL = re.compile(
    r"\bin due course\b|\bat a later (?:stage|date|time)\b|\bwill (?:be )?(?:provide[ds]?|submit(?:ted)?|transmit(?:ted)?|"
    r"communicate[ds]?|forward(?:ed)?|share[ds]?|inform(?:ed)?|report(?:ed)?|sen[dt]|furnish(?:ed)?|present(?:ed)?)\b|"
    r"\b(?:shall|will) (?:keep|revert|come back|return to)\b|\bas soon as (?:it|they|this|the \w+) (?:is|are|become|becomes)\b|"
    r"\bonce (?:the|it|they|this) \w+(?: \w+)? (?:is|are|has been|have been) (?:complete|available|finali[sz]ed|concluded)|"
    r"\b(?:is|are) (?:currently |still )?(?:being (?:examined|considered|studied|reviewed|finali[sz]ed|prepared|collected|"
    r"gathered|verified|clarified)|under (?:consideration|review|examination|study))\b|"
    r"\bno (?:information|data) (?:is|are|was|were) (?:yet )?available\b|\bnot (?:yet )?(?:available|in a position)\b|"
    r"\bpending (?:the )?(?:outcome|completion|results?)\b|"
    r"\b(?:is|are|remains?) (?:still )?(?:at an? (?:early|initial|preliminary) stage|under (?:discussion|preparation|"
    r"development|drafting|elaboration))\b|\bwill be (?:clarified|examined|considered|reviewed)\b",
    re.IGNORECASE,
)
_ASSURANCE = re.compile(
    r"peace and harmony|(?:inter-?ethnic|interethnic|national) (?:harmony|accord|concord|unity)|multi-?ethnic|"
    r"reaffirms? (?:its )?(?:full |firm |strong )?commitment|(?:remains|is|are) (?:fully |firmly |deeply )?committed to|"
    r"(?:enjoy|enjoyed|enjoys) (?:all )?(?:the )?(?:procedural |legal |constitutional |same )?(?:guarantees|rights)|"
    r"constructive dialogue|attaches (?:great|particular|the utmost) importance|spares? no effort|"
    r"without (?:any )?distinction as to|(?:are|is) equal before the law|equal rights (?:and freedoms|regardless)|"
    r"(?:prohibits?|prohibited|prohibition of) (?:any |all )?(?:form of )?discrimination|no (?:form of )?discrimination|"
    r"(?:stable|calm) and under (?:the )?control|situation (?:in|of) [\w ]{0,40}(?:is|remains) (?:stable|calm|normal)|"
    r"fully (?:complies|comply|in line|in conformity)|in full (?:compliance|conformity) with|"
    r"rejects? (?:the|these|such) (?:allegations|claims)|(?:allegations|claims) (?:are|is) (?:unfounded|baseless|groundless)|"
    r"(?:is|are) (?:guaranteed|protected) by (?:the )?(?:Constitution|law)|respect(?:s)? for (?:the )?human rights of all|"
    r"readiness to (?:continue|cooperate)|ensures? (?:that )?the (?:cultural|linguistic) identity",
    re.IGNORECASE,
)
# A sentence giving a fact specific enough to count: a number, a date, a named case, an act done.
_SPECIFIC = re.compile(r"\d|\b(?:case|decision|order|judgment|verdict|opened|charged|released|sentenced|paid|"
                       r"allocated|restored|reconnected|established|deployed|appointed|dismissed|granted)\b",
                       re.IGNORECASE)


def classify_sentence(text: str) -> SentenceKind:
    if _COURTESY.search(text):
        return SentenceKind.COURTESY
    if _DEFERRAL.search(text):
        return SentenceKind.DEFERRAL
    if _ASSURANCE.search(text) and not re.search(r"\d", text):
        return SentenceKind.ASSURANCE
    return SentenceKind.SUBSTANTIVE


_ABBREV = "".join(rf"(?<!\b{a}\.)" for a in ("No", "no", "Art", "art", "Mr", "Ms", "Mrs", "Dr", "para", "paras", "vol",
                                               "p", "pp", "St", "Nos", "Ref", "ref", "cf", "e.g", "i.e", "Inc", "Co"))
_SENT_RE = re.compile(rf"(?<=[.;!?]){_ABBREV}\s+(?=[\"'(\u201c]?[A-Z0-9])")
_OWN_MARK_RE = re.compile(r"^\s*(?:[-\u2013\u2014\u2022*]\s*)?(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|\d{1,3}[.)]|[a-z][.)])\s+",
                          re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT_RE.split(" ".join(text.split())) if s.strip()]


_MARK = r"\(?([a-z]|[ivx]{1,5}|\d{1,2})\)?"
_REF_RE = re.compile(
    r"\b(?:with (?:regard|respect|reference) to|regarding|concerning|as (?:regards|to)|in (?:reply|response|relation) to|"
    r"on|under|re:?|turning to|relating to)?\s*(?:the\s+)?"
    r"(?:(?:sub)?paragraphs?|requests?|items?|points?|questions?|recommendations?)\s+"
    rf"(?P<m>{_MARK}(?:\s*(?:,|and|to|-|\u2013)\s*{_MARK})*)",
    re.IGNORECASE,
)
_HEAD_MARK_RE = re.compile(r"^\s*(?:\((?P<a>[a-z])\)|(?P<b>[a-z])\))\s+")


@dataclass(frozen=True)
class Sentence:
    text: str
    kind: SentenceKind
    paragraph: int  # position in the ReplyBody.paragraphs list


@dataclass(frozen=True)
class BodyParagraph:
    label: int | str  # what evidence_paragraphs reports: the paragraph's own number, else its index
    text: str
    heading: str = ""  # text of the topical heading above it, if any
    refs: tuple[str, ...] = ()  # request markers this paragraph explicitly answers
    sentences: tuple[Sentence, ...] = field(default_factory=tuple)


def paragraph_label(paragraphs: Sequence[Paragraph]) -> list[int | str]:
    """The paragraph's own number when the reply numbers its paragraphs, else its 1-based index.

    An unnumbered paragraph inside a numbered reply continues the numbered paragraph above it.
    """
    numbered = sum(1 for p in paragraphs if p.number and p.number.isdigit())
    labels: list[int | str] = []
    current: int | None = None
    for p in paragraphs:
        if numbered >= 2 and p.number and p.number.isdigit():
            current = int(p.number)
            labels.append(current)
        elif numbered >= 2 and current is not None:
            labels.append(current)
        else:
            labels.append(p.index)
    return labels


def _is_heading(text: str) -> bool:
    words = text.split()
    if not 0 < len(words) <= 20:
        return False
    return not text.rstrip().endswith((".", ";", "!", "?")) or (len(words) <= 12 and text.rstrip().endswith(":"))


def expand_markers(raw: str) -> list[str]:
    marks = re.findall(r"[a-z]+|\d+", raw.lower())
    out: list[str] = []
    ranged = re.search(r"(?:to|-|\u2013)", raw)
    if ranged and len(marks) == 2 and all(len(m) == 1 and m.isalpha() for m in marks):
        a, b = marks
        return [chr(c) for c in range(ord(a), ord(b) + 1)] if ord(a) < ord(b) <= ord(a) + 10 else marks
    for m in marks:
        if m not in ("and", "to"):
            out.append(m)
    return out


def find_refs(text: str, markers: Sequence[str]) -> list[str]:
    """Request markers a passage names near its start ("With regard to paragraph (c) ...")."""
    known = {m.lower() for m in markers}
    found: list[str] = []
    head = text[:160]
    for m in _REF_RE.finditer(head):
        for mk in expand_markers(m.group("m")):
            if mk in known and mk not in found:
                found.append(mk)
    hm = _HEAD_MARK_RE.match(text)
    if hm and not any(k.isdigit() for k in known):
        mk = (hm.group("a") or hm.group("b")).lower()
        if mk in known and mk not in found:
            found.append(mk)
    return found


@dataclass(frozen=True)
class ReplyBody:
    paragraphs: tuple[BodyParagraph, ...]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]


def read_reply(paragraphs: Sequence[Paragraph], *, markers: Sequence[str]) -> ReplyBody:
    """The reply's body paragraphs with sentence kinds, topical headings and explicit request pointers."""
    labels = paragraph_label(paragraphs)
    out: list[BodyParagraph] = []
    heading = ""
    section_refs: tuple[str, ...] = ()
    for p, label in zip(paragraphs, labels):
        text = p.text
        if not text.strip():
            continue
        refs = tuple(find_refs(text, markers))
        if _COURTESY.search(text) and len(text.split()) < 80 and not refs:
            section_refs = ()
            continue
        if _is_heading(_OWN_MARK_RE.sub("", text)) and not re.search(r"\d{2}", _OWN_MARK_RE.sub("", text)):
            heading = text
            section_refs = refs
            continue
        if refs:
            section_refs = refs
        sents = split_sentences(_OWN_MARK_RE.sub("", text))
        idx = len(out)
        out.append(BodyParagraph(
            label=label, text=text, heading=heading, refs=refs or section_refs,
            sentences=tuple(Sentence(text=s, kind=classify_sentence(s), paragraph=idx) for s in sents)))
    return ReplyBody(paragraphs=tuple(out))
