"""Reply coverage: which of a letter's requests a State's reply answers, partly answers or skips.

Three signals behind one function:
- structure: "with regard to paragraph (c)", "in reply to request (b)", "concerning item 3", or
  reply paragraphs lettered like the requests, tie a passage to a request;
- lexical overlap of content words (light stemming, a small domain thesaurus, IDF weights, and a
  discount for words the request shares with other requests);
- semantic similarity from an `Embedder` (bge-small ONNX, or the hashing stand-in in tests).

A request is split into aspects; each aspect needs its own evidence among the reply's substantive
sentences. Deferrals, general assurances and courtesy text never count as evidence. When unsure the
verdict leans to "unanswered"/"partial": a skipped request must not be reported as answered.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from tocsin.analyse.aspects import (
    Aspect,
    action_tokens,
    asks_for_law,
    asks_for_measures,
    asks_for_number,
    asks_for_outcome,
    asks_for_reason,
    aspect_parts,
    breakdown_criteria,
    clean_request,
    done_to_law,
    event_days,
    event_tokens,
    frame_tokens,
    gives_outcome,
    gives_reason,
    head_tokens,
    participle_qualifiers,
    qualifier_tokens,
    target_tokens,
)
from tocsin.analyse.lexical import ACTION_FAMILY, QUALITY_WORDS, Idf, fold, foreign_share, token_set
from tocsin.analyse.reply import (
    NON_ANSWERS,
    ReplyBody,
    Sentence,
    SentenceKind,
    denies_premise,
    read_reply,
    refers_elsewhere,
)
from tocsin.analyse.similarity import Embedder, HashingEmbedder, cosine_matrix
from tocsin.domain.documents import Paragraph

ANSWERED = "answered"
PARTIAL = "partial"
UNANSWERED = "unanswered"


@dataclass(frozen=True)
class CoverageSettings:
    """Thresholds; `semantic_floor`/`semantic_ceiling` map an embedder's cosine to 0..1."""

    semantic_weight: float = 0.3
    semantic_floor: float | None = None
    semantic_ceiling: float | None = None
    cover_threshold: float = 0.42  # combined score an aspect needs, anywhere in the reply
    pointed_threshold: float = 0.22  # ... inside a passage that names the request
    min_lexical: float = 0.25  # lexical share an aspect needs, whatever the embedder says
    pointed_min_lexical: float = 0.1
    shared_token_discount: float = 0.3  # weight of a word the request shares with other requests
    paragraph_discount: float = 0.9  # evidence spread over a paragraph's sentences counts a bit less
    head_bonus: float = 0.08  # evidence holding every word of the aspect's head phrase
    headless_min_lexical: float = 0.65 # evidence without the aspect's head words must match this well

    def calibration(self, embedder: Embedder) -> tuple[float, float]:
        if self.semantic_floor is not None and self.semantic_ceiling is not None:
            return self.semantic_floor, self.semantic_ceiling
        if isinstance(embedder, HashingEmbedder):
            return 0.15, 0.6
        return 0.6, 0.82


@dataclass(frozen=True)
class RequestInput:
    marker: str
    text: str


@dataclass(frozen=True)
class AspectCoverage:
    text: str
    covered: bool
    score: float
    evidence_paragraphs: tuple[int | str, ...] = ()
    passage: str = ""
    half: bool = False  # one of two services asked together is answered: the request is partly answered


@dataclass(frozen=True)
class RequestCoverage:
    marker: str
    text: str
    status: str
    evidence_paragraphs: list[int | str]
    confidence: float
    missing: list[str]
    evidence: list[str]
    aspects: list[AspectCoverage] = field(default_factory=list)
    non_answers: list[str] = field(default_factory=list)  # deferrals / assurances that touch the request
    pointed: bool = False  # the reply names this request explicitly

    def record(self) -> dict:
        return {
            "marker": self.marker,
            "status": self.status,
            "evidence_paragraphs": self.evidence_paragraphs,
            "confidence": round(self.confidence, 2),
            "missing": "; ".join(self.missing),
            "evidence": self.evidence,
            "aspects": [{"text": a.text, "covered": a.covered, "score": round(a.score, 3),
                         "evidence_paragraphs": list(a.evidence_paragraphs)} for a in self.aspects],
            "non_answers": self.non_answers,
        }


@dataclass(frozen=True)
class CoverageReport:
    requests: list[RequestCoverage]
    reply_late_days: int | None
    embedder: str = ""

    def record(self) -> dict:
        return {"requests": [r.record() for r in self.requests], "reply_late_days": self.reply_late_days}


def late_days(*, deadline: dt.date | None, reply_date: dt.date | None) -> int | None:
    """Days the reply came after the deadline; 0 when on time; None when either date is unknown."""
    if deadline is None or reply_date is None:
        return None
    return max(0, (reply_date - deadline).days)


@dataclass
class _Unit:
    """A place evidence can sit: one substantive sentence, or a paragraph's substantive sentences."""

    text: str
    tokens: frozenset[str]
    context: frozenset[str]  # words of the topical heading above it: they count half
    paragraph: int
    label: int | str
    is_paragraph: bool
    policy: bool = False  # restated law or policy: evidence only for a question about the law itself
    numeric: bool = False  # holds a figure
    table: bool = False  # part of a table of figures
    para_tokens: frozenset[str] = frozenset()  # every word of its paragraph (and heading), whatever the sentence kind
    asserted: frozenset[str] = frozenset()  # words of the general assurances in its paragraph
    echo_context: bool = False  # the heading above is the request quoted: its words say nothing of the answer
    law_only: frozenset[str] = frozenset()  # words only its restated-law sentences hold: they are no head word of a question
    # that is not about the law (the facts beside them must name what was asked)


# Dates, years and law numbers are not the figures "the number of ..." asks for.
_NOT_FIGURES = re.compile(r"\b\d+\s+(?:hours?|days?|weeks?|months?|years?|horas|d[i\u00ed]as|semanas|meses|a[n\u00f1]os|heures|jours|"
                          r"semaines|mois|ans)\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December)\s+\d{1,2}\b|\b(?:1[89]|20)\d\d(?:/\d\d)?\b|\b(?:article|art\.|section|No\.|rule|paragraph|"
                          r"chapter|case|decree|resolution|art[i\u00ed]culo|ley|loi|d[e\u00e9]cret|decreto|n[o\u00ba\u00b0])\s*\d[\w/.-]*", re.IGNORECASE)
_NUMBER_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                        r"dozens?|none|no one|nobody|"
                        # French and Spanish ("dix-sept personnes", "neuf morts", "veintitrés heridos"); not "un", "une",
                        # "once" or "sept", which are English words or articles too
                        r"deux|trois|quatre|cinq|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|"
                        r"dix-neuf|vingt|trente|quarante|cinquante|soixante|cents|mille|aucune?|dos|tres|cuatro|cinco|seis|"
                        r"siete|ocho|nueve|diez|doce|trece|catorce|quince|veinte|treinta|cuarenta|cincuenta|cien|ciento|"
                        r"ninguno|ninguna)\b", re.IGNORECASE)


def _numeric(text: str) -> bool:
    return bool(_NUMBER_RE.search(_NOT_FIGURES.sub(" ", text)))


_DIGITS_RE = re.compile(r"\d[\d,.]*\d|\d")


def _figures(text: str) -> set[str]:
    return {re.sub(r"[,.]", "", f) for f in _DIGITS_RE.findall(_NOT_FIGURES.sub(" ", text))}


def _new_figure(text: str, known: set[str]) -> bool:
    """A figure the letter did not give already: "the 48 persons arrested" repeats the letter's figure, it does not
    say how many are still detained."""
    stripped = _NOT_FIGURES.sub(" ", text)
    if _NUMBER_RE.search(_DIGITS_RE.sub(" ", stripped)):
        return True  # a number in words ("none", "two")
    return bool(_figures(text) - known)


def _units(body: ReplyBody) -> list[_Unit]:
    out: list[_Unit] = []
    for pi, p in enumerate(body.paragraphs):
        head = token_set(p.heading) if p.heading else frozenset()
        ptoks = (frozenset() if p.echo_heading else head) | token_set(
            " ".join(s.text for s in p.sentences if s.kind is not SentenceKind.ECHO))
        asserted = token_set(" ".join(s.text for s in p.sentences if s.kind is SentenceKind.ASSURANCE))
        subs = [s for s in p.sentences if s.kind in (SentenceKind.SUBSTANTIVE, SentenceKind.POLICY)]
        # "El Gobierno rechaza que exista contaminación. La Autoridad del Agua realiza un monitoreo ...": the premise
        # denied names what the facts after it are about, as a heading does
        denied = [i for i, s in enumerate(p.sentences) if s.kind is SentenceKind.DENIAL and denies_premise(s.text)]
        if denied and any(s.kind is SentenceKind.SUBSTANTIVE for s in p.sentences[denied[0] + 1:]):
            head = head | token_set(" ".join(p.sentences[i].text for i in denied))
        for s in subs:
            out.append(_Unit(s.text, token_set(s.text), head, pi, p.label, False, s.kind is SentenceKind.POLICY,
                             _numeric(s.text), p.table, ptoks, asserted, p.echo_heading))
        if len(subs) > 1:
            text = " ".join(s.text for s in subs)
            all_policy = all(s.kind is SentenceKind.POLICY for s in subs)
            # "86 households were evicted. Citizens in need of housing may apply for the social housing programme":
            # read together, the facts would borrow the restated law's words ("housing")
            facts = token_set(" ".join(s.text for s in subs if s.kind is SentenceKind.SUBSTANTIVE))
            out.append(_Unit(text, token_set(text), head, pi, p.label, True, all_policy, _numeric(text), p.table, ptoks,
                             asserted, p.echo_heading, frozenset() if all_policy else token_set(text) - facts))
    return out


_TITLE_NAME_RE = re.compile(r"\b(?:Mr|Ms|Mrs|Mme|Dr|Mx|Messrs)\.?\s+([A-Z][\w'-]+)(?:\s+([A-Z][\w'-]+))?")
_NAME_PAIR_RE = re.compile(r"\b([A-Z][a-z'-]+)\s+([A-Z][\w'-]+)\b")


def _given_names(aspect: str, reply_surnames: set[str]) -> dict[str, str]:
    """Given-name token -> surname token, for "Davi Oroma" when the reply says "Mr. Oroma" and for "Ms. Marta
    Quenze". Replies name people by title and surname: where the surname is, the given name counts as found."""
    out: dict[str, str] = {}
    pairs = [(m.group(1), m.group(2)) for m in _TITLE_NAME_RE.finditer(aspect) if m.group(2)]
    pairs += [(m.group(1), m.group(2)) for m in _NAME_PAIR_RE.finditer(aspect) if fold(m.group(2)) in reply_surnames]
    for given, surname in pairs:
        g, sn = token_set(given), token_set(surname)
        if len(g) == 1 and len(sn) == 1:
            out[next(iter(g))] = next(iter(sn))
    return out


# One person named before ("the complaint lodged against him"); "them"/"their" is too often a class of people.
_PRONOUN_RE = re.compile(r"\b(?:him|her|his)\b", re.IGNORECASE)
_MONTHS = frozenset(token_set("January February March April May June July August September October November December"))


def _anchors(aspect: str, group: frozenset[str]) -> frozenset[str]:
    """Words that pin an aspect to one incident: names (capitalised words after the first) and figures that
    are not dates, less the group's name that every request shares."""
    words = re.findall(r"[\w'-]+", aspect)
    picked = [w for i, w in enumerate(words) if i and (w[:1].isupper() or w[:1].isdigit())]
    toks = token_set(" ".join(picked))
    return frozenset(t for t in toks if t not in group and t not in _MONTHS and not re.fullmatch(r"\d{4}|\d{1,2}", t)
                     and not t.startswith("_") and t not in _INSTRUMENTS)


# "the compatibility of the law with the Convention, in particular whether ...": a treaty or the Constitution names no
# incident, so the paragraph answering the detail need not name it
_INSTRUMENTS = frozenset(token_set("Convention Covenant Constitution Charter"))


_NAME = r"[A-Z][\w'\u00c0-\u017f-]+"
_NAME_LIST_RE = re.compile(rf"\b{_NAME}(?:\s*,\s*{_NAME}){{1,}},?\s+(?:and|or)\s+{_NAME}\b")


def _listed_names(aspect: str, group: frozenset[str]) -> frozenset[str]:
    """Three or more places or people listed ("the communities of Yurata, Pashin and Kelluma"): each is asked about."""
    out: set[str] = set()
    for m in _NAME_LIST_RE.finditer(aspect):
        names = [n for n in re.split(r"\s*,\s*|\s+(?:and|or)\s+", m.group(0)) if n]
        toks = [token_set(n) for n in names]
        if len(names) >= 3 and all(len(t) == 1 for t in toks):
            out.update(t for ts in toks for t in ts if t not in group)
    return frozenset(out)


def _group_tokens(reqs: Sequence[RequestInput]) -> frozenset[str]:
    """Capitalised names most requests share (the group concerned: "Karesh", "Tesh")."""
    if len(reqs) < 2:
        return frozenset()
    counts: dict[str, int] = {}
    lower: set[str] = set()
    for r in reqs:
        seen: set[str] = set()
        for w in re.findall(r"[\w'-]+", clean_request(r.text)):
            (seen if w[:1].isupper() else lower).update(token_set(w))
        for t in seen:
            counts[t] = counts.get(t, 0) + 1
    return frozenset(t for t, c in counts.items()
                     if c >= 2 and c * 2 >= len(reqs) and t not in lower and not t.startswith("_"))


def _as_inputs(requests: Sequence[RequestInput | tuple[str, str]]) -> list[RequestInput]:
    return [r if isinstance(r, RequestInput) else RequestInput(marker=r[0], text=r[1]) for r in requests]


def assess_coverage(
    requests: Sequence[RequestInput | tuple[str, str]],
    reply: Sequence[Paragraph],
    *,
    deadline: dt.date | None = None,
    reply_date: dt.date | None = None,
    letter_date: dt.date | None = None,
    embedder: Embedder | None = None,
    settings: CoverageSettings | None = None,
) -> CoverageReport:
    """Coverage of each request by the reply's paragraphs (as `ingest` splits them). With the letter's date, a
    consolidated reply's sections headed for other letters ("I. Reply to the letter of 23 August 2024") are left
    out: their lettered items and their facts answer those letters."""
    cfg = settings or CoverageSettings()
    emb = embedder or HashingEmbedder()
    reqs = _as_inputs(requests)
    if letter_date is not None:
        reply = _own_sections(reply, letter_date)
    body = read_reply(reply, markers=[r.marker for r in reqs], requests=[clean_request(r.text) for r in reqs])
    units = _units(body)
    if foreign_share(" ".join(s.text for s in body.sentences)) > 0.5:
        # A reply in French or Spanish to an English letter: the embedder compares English with English, so
        # only the (bilingual) lexical match is trusted.
        cfg = replace(cfg, semantic_weight=0.0)
    parts = [aspect_parts(r.text) for r in reqs]
    aspects = [[a.text for a in asp] for asp in parts]
    surnames = {fold(m.group(2) or m.group(1)) for p in body.paragraphs for m in _TITLE_NAME_RE.finditer(p.text)}
    aspect_tokens = [[token_set(a) for a in asp] for asp in aspects]
    aliases = [[_given_names(a, surnames) for a in asp] for asp in aspects]
    group = _group_tokens(reqs)
    request_tokens = [token_set(clean_request(r.text)) for r in reqs]
    units = _ocr_aliases(units, frozenset().union(*aspect_tokens_flat(aspect_tokens)) if aspect_tokens else frozenset())
    idf = Idf([t for ts in aspect_tokens for t in ts] + [token_set(s.text) for s in body.sentences])

    flat_aspects = [a for asp in aspects for a in asp]
    floor, ceil = cfg.calibration(emb)
    if flat_aspects and units:
        # Only sentences are embedded; a paragraph unit takes the best of its sentences.
        sent_idx = [i for i, u in enumerate(units) if not u.is_paragraph]
        sims = cosine_matrix(emb.embed(flat_aspects), emb.embed([units[i].text for i in sent_idx]))
        sem = np.zeros((len(flat_aspects), len(units)), dtype=np.float32)
        sem[:, sent_idx] = np.clip((sims - floor) / (ceil - floor), 0.0, 1.0)
        for i, u in enumerate(units):
            if u.is_paragraph:
                members = [j for j in sent_idx if units[j].paragraph == u.paragraph]
                sem[:, i] = sem[:, members].max(axis=1) if members else 0.0
    else:
        sem = np.zeros((len(flat_aspects), len(units)), dtype=np.float32)

    results: list[RequestCoverage] = []
    markers = {r.marker.lower() for r in reqs}
    row = 0
    for ri, req in enumerate(reqs):
        others: set[str] = set().union(*(request_tokens[j] for j in range(len(reqs)) if j != ri)) if len(reqs) > 1 else set()
        pointed_pars = {pi for pi, p in enumerate(body.paragraphs) if req.marker.lower() in p.refs}
        borrowed = _borrowed(pointed_pars, body, req.marker.lower(), markers)
        results.append(_assess_one(req, parts[ri], aspect_tokens[ri], sem[row:row + len(aspects[ri])],
                                   units=units, body=body, idf=idf, others=others, pointed=pointed_pars, cfg=cfg,
                                   borrowed=borrowed,
                                   group=group, aliases=aliases[ri],
                                   other_requests=[request_tokens[j] for j in range(len(reqs)) if j != ri]))
        row += len(aspects[ri])
    return CoverageReport(requests=results, reply_late_days=late_days(deadline=deadline, reply_date=reply_date),
                          embedder=emb.name)


_MONTH_WORDS = ("january february march april may june july august september october november december "
                "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
                "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")
_MONTH_NUM = {m: i % 12 + 1 for i, m in enumerate(_MONTH_WORDS.split())}
# "I. REPLY TO THE LETTER OF 23 AUGUST 2024", "Respuesta a la carta de fecha 1 de septiembre de 2023"
_SECTION_LETTER_RE = re.compile(r"^(?:[IVX]+|\d+|[A-Z])?[.)]?\s*(?:consolidated\s+)?(?:reply|response|answer|information|"
                                r"r[eé]ponse|respuesta)\b.{0,80}?\b(?:letter|communication|lettre|carta|comunicaci[oó]n)\s+"
                                r"(?:of\s+the\s+committee\s+)?(?:of|dated|du|en\s+date\s+du|de(?:\s+fecha)?)\s+"
                                r"(\d{1,2})(?:er)?\s+(?:de\s+)?([A-Za-z\u00e9\u00fb]+)\s+(?:de\s+)?(\d{4})\s*$", re.IGNORECASE)


def _section_letter_date(text: str) -> dt.date | None:
    t = " ".join(text.split())
    if len(t) > 160:
        return None
    m = _SECTION_LETTER_RE.match(t)
    if not m:
        return None
    month = _MONTH_NUM.get(fold(m.group(2)))
    try:
        return dt.date(int(m.group(3)), month, int(m.group(1))) if month else None
    except ValueError:
        return None


def _own_sections(reply: Sequence[Paragraph], letter_date: dt.date) -> list[Paragraph]:
    """A consolidated reply to several letters, one section each: keep the text before the first section and the
    section headed for this letter; drop the sections headed for the others. Needs two sections for two different
    letters and one for this letter, so a title naming the letter answered never removes anything."""
    dates = [_section_letter_date(p.text) for p in reply]
    named = {d for d in dates if d is not None}
    if len(named) < 2 or letter_date not in named:
        return list(reply)
    out: list[Paragraph] = []
    current: dt.date | None = None
    for p, d in zip(reply, dates):
        if d is not None:
            current = d
        if current is None or current == letter_date:
            out.append(p)
    return out


def _borrowed(pointed: set[int], body: ReplyBody, marker: str, markers: set[str]) -> set[int]:
    """The paragraphs the request's own passage refers the reader to: "Question (b). See paragraph 4 above." makes paragraph
    4 the answer to (b); "As indicated in reply to question (a)" makes the passage answering (a) the answer. What they say
    is weighed as any paragraph is (a paragraph referred to that does not deal with the matter answers nothing)."""
    out: set[int] = set()
    for pi in pointed:
        bp = body.paragraphs[pi]
        for lab in bp.xrefs:
            out |= {qi for qi, q in enumerate(body.paragraphs) if q.label == lab}
        for mk in bp.xref_requests:
            if mk in markers and mk != marker:
                out |= {qi for qi, q in enumerate(body.paragraphs) if mk in q.refs}
    return out - pointed


def aspect_tokens_flat(aspect_tokens: list[list[frozenset[str]]]) -> list[frozenset[str]]:
    return [t for ts in aspect_tokens for t in ts]


# A scan reads "m" as "rn" ("Kerarnpur" for "Kerampur"): a reply word that is not in the requests but becomes a
# request word once read back counts as that word.
_OCR_PAIRS = (("rn", "m"),)


def _ocr_aliases(units: list[_Unit], vocab: frozenset[str]) -> list[_Unit]:
    seen = frozenset().union(*(u.para_tokens | u.tokens for u in units)) if units else frozenset()
    alias = {}
    for t in seen - vocab:
        for bad, good in _OCR_PAIRS:
            if bad in t and t.replace(bad, good) in vocab:
                alias[t] = t.replace(bad, good)
    if not alias:
        return units

    def fix(ts: frozenset[str]) -> frozenset[str]:
        return frozenset(alias.get(t, t) for t in ts)

    return [replace(u, tokens=fix(u.tokens), context=fix(u.context), para_tokens=fix(u.para_tokens)) for u in units]


def _weights(tokens: frozenset[str], *, idf: Idf, others: set[str], cfg: CoverageSettings) -> dict[str, float]:
    return {t: idf.weight(t) * (cfg.shared_token_discount if t in others else 1.0) for t in tokens}


def _assess_one(req: RequestInput, parts: list[Aspect], aspect_tokens: list[frozenset[str]], sem: np.ndarray, *,
                units: list[_Unit], body: ReplyBody, idf: Idf, others: set[str], other_requests: list[frozenset[str]],
                pointed: set[int], group: frozenset[str], aliases: list[dict[str, str]],
                cfg: CoverageSettings, borrowed: frozenset[int] | set[int] = frozenset()) -> RequestCoverage:
    covered: list[AspectCoverage] = []
    margins: list[float] = []
    req_figures = _figures(req.text)
    n_others = len(other_requests)
    aspects = [a.text for a in parts]
    counted = any(asks_for_number(a) for a in aspects)  # the request asks how many of something
    evidence_units: dict[int, set[int]] = {}  # aspect -> paragraphs of its evidence
    for ai, (atext, atoks) in enumerate(zip(aspects, aspect_tokens)):
        part = parts[ai]
        alias = aliases[ai]
        # ", including whether any officer was suspended", "the complaint lodged against him": about the
        # incident or person named before, so the evidence must be in a paragraph that names them (a name or
        # a figure of theirs), not in figures or rules in general.
        refers_back = ai > 0 and ((part.parent is not None and not part.breakdown) or bool(_PRONOUN_RE.search(atext)))
        anchors = frozenset().union(*(_anchors(a, group) for a in aspects[:ai])) if refers_back else frozenset()
        criteria = [_criterion_tokens(c, group) for c in breakdown_criteria(atext)] if part.breakdown else []
        needs_measures = asks_for_measures(atext)
        frame = frame_tokens(atext)
        subject = frozenset(t for t in atoks if not t.startswith("_"))
        full_head = head = head_tokens(atext)
        if part.item and head_tokens(part.item) and len(parts) > 1:
            # "the access of X (i) to safe drinking water and (ii) to health services": what tells the items apart
            full_head = head = head_tokens(part.item)
        actions = action_tokens(atext)
        # "criminal measures against the officers": a justice outcome aimed at someone ("protection against
        # attacks" names no one)
        targets = (target_tokens(atext) if any(ACTION_FAMILY.get(a) == "justice" for a in actions)
                   else frozenset())
        if n_others:
            head = frozenset(t for t in head if sum(t in o for o in other_requests) * 2 < n_others)
        needs_law, needs_number, needs_reason = asks_for_law(atext), asks_for_number(atext), asks_for_reason(atext)
        needs_outcome = asks_for_outcome(atext)
        # "the compatibility of the Act with the Convention, in particular its provisions restricting X": the detail of a
        # question on the law is on the law too, so the law restated names what it asks
        on_law = needs_law or (part.parent is not None and asks_for_law(aspects[part.parent]))
        done_act = done_to_law(atext)
        # "the statements of Mr. Dalibor Hrast": the reply names the person, not "the statements"
        persons = frozenset(t for m in _TITLE_NAME_RE.finditer(atext) for t in token_set(m.group(2) or m.group(1)))
        qualifier = qualifier_tokens(atext)
        event = event_tokens(atext)
        services = (full_head | atoks) & _SERVICES if _SERVICE_PAIR_RE.search(atext) else frozenset()
        days = event_days(atext)
        singled_out = participle_qualifiers(atext)
        listed = _listed_names(atext, group)
        period = _period(atext)
        # "the circumstances of the dispersal ... on 28 October 2024": the reply tells the day's events in its own
        # words, so a paragraph that names the day stands for the head ("dispersal")
        narrative = ([f"{int(d)} {m.lower()}" for d, m in _DAY_MONTH.findall(atext)]
                     if "_circumstanc" in frame else [])
        # "whether their consent was sought": "the consent of occupants is not a legal requirement" says no
        yes_no = bool(_YES_NO_RE.match(atext))
        # a sub-item's lead ("the access of the communities remaining in the valley") is its siblings' too: its words
        # weigh as words shared with other requests do
        lead = atoks - token_set(part.item) if part.item and len(parts) > 1 else frozenset()
        w = _weights(atoks, idf=idf, others=others | lead, cfg=cfg)
        total = sum(w.values()) or 1.0
        alternatives = _alternatives(atext)
        # "Statistical data on unemployment among the Mirdani": figures for "the province where most Mirdani live" are a
        # stand-in for the group, not figures on it
        named_group = group & atoks
        # "the persons detained during the operation of 22 June 2024": a reply that has named "the operation of 22 June
        # 2024" once goes on with "during the operation": the date set the scene for what follows
        scene = _scene(atext, atoks, group, units, body)
        best: tuple[float, float, int] | None = None  # (score, lexical, unit index)
        half: tuple[float, int] | None = None  # evidence for one of two services asked together
        ok = False
        if part.breakdown:
            # "disaggregated by ethnic origin": figures for the groups (the group's name or the criterion) in a
            # paragraph that answers the figures asked for; totals alone, or "we do not record origin", do not.
            parent_pars = evidence_units.get(part.parent if part.parent is not None else -1, set())
            # The figure and the group go together in one sentence or one row of a table: a total in one sentence and
            # "never on the basis of ethnic origin" in the next are no breakdown.
            # Each criterion asked ("by ethnic origin, sex and age") must be there: figures by sex alone answer part.
            rows = [ui for ui, u in enumerate(units) if u.paragraph in parent_pars and u.numeric and not u.policy
                    and not u.is_paragraph]
            hits = [next((ui for ui in rows if toks & units[ui].tokens), None) for toks in criteria]
            hits = [h for h in hits if h is not None] if criteria and all(h is not None for h in hits) else []
            if hits:
                ui = hits[0]
                covered.append(AspectCoverage(text=atext, covered=True, score=0.1, evidence_paragraphs=(units[ui].label,),
                                              passage=units[ui].text))
                margins.append(0.1)
            else:
                covered.append(AspectCoverage(text=atext, covered=False, score=-0.1))
                margins.append(-0.1)
            continue
        for ui, u in enumerate(units):
            # For a question about the law ("the compatibility of the amendments with the Convention") the
            # State's assertion beside its reasons ("are therefore in conformity with the Convention") names
            # the point the reasons answer: it counts as a heading does.
            ctx = u.context | u.asserted if needs_law else u.context
            ctx = ctx | scene.get(u.paragraph, frozenset())
            found = u.tokens | {g for g, sn in alias.items() if sn in u.tokens}
            if needs_number and _COUNTED_PEOPLE_RE.search(u.text):
                # "the number of land defenders arrested": "the police arrested 14 persons during the protests" counts
                # them by what was done to them; the role the letter gives them is not the reply's word
                found = found | (atoks & _PEOPLE_ROLES)
            # "persons without citizenship or identity documents": either alternative named answers for both
            skip = _unmet_alternatives(alternatives, found)
            lex = (sum(v if t in found else 0.5 * v for t, v in w.items() if (t in found or t in ctx) and t not in skip)
                   / ((total - sum(w.get(t, 0.0) for t in skip)) or 1.0))
            # "criminal proceedings" met by "investigation ... accused": an outcome of the same family counts half
            lex += sum(_FAMILY_CREDIT * v for t, v in w.items() if t in ACTION_FAMILY and t not in found and t not in ctx
                       and _acts_match(frozenset({t}), u.tokens) and not _earlier_stage_only(t, u.tokens)) / total
            score = (1 - cfg.semantic_weight) * lex + cfg.semantic_weight * float(sem[ai, ui]) if sem.size else lex
            in_pointed = u.paragraph in pointed
            # Inside a passage that names the request, words it shares with other requests still count
            # for its head; a topical heading above the passage ("II. Measures taken to ensure
            # accountability") names what the passage is about; the outcome asked for ("charged") must
            # still be in the passage itself.
            # A quoted request above the passage holds every aspect's words: the head must be in the passage.
            # A measure is something done: a head word met only in a denied clause ("checks are carried out ... and
            # never on the basis of ethnic origin") says the wrong does not happen, it describes no measure against it.
            said = (_affirmed_tokens(u.text) if needs_measures else u.tokens) - (frozenset() if on_law else u.law_only)
            seen = said if u.echo_context else said | ctx
            u_head = full_head if in_pointed else head
            head_hit = (bool(u_head & seen) or bool(actions and _acts_match(actions, u.tokens))
                        # "the reasons for the closure of the school": in the passage answering it, "the building was
                        # damaged by fire and declared unsafe" gives the reason without naming the closure
                        or bool(needs_reason and in_pointed and _CONDITION_REASON_RE.search(u.text))
                        or bool(not in_pointed and persons & u.tokens)
                        or bool(narrative and _names_day(narrative, body, u.paragraph)))
            if head - QUALITY_WORDS and head - QUALITY_WORDS <= u.tokens:
                score += cfg.head_bonus  # (a quality asked for, "safe", is seldom repeated)
            if u.is_paragraph:
                score *= cfg.paragraph_discount
            passes = (score >= cfg.pointed_threshold and lex >= cfg.pointed_min_lexical) if in_pointed else (
                score >= cfg.cover_threshold and lex >= cfg.min_lexical)
            if passes and u_head and not head_hit and (lex < cfg.headless_min_lexical or part.item):
                passes = False  # (a sub-item's lead and circumstances are its siblings' too: its own head must be met)
            # "Whether the State envisages suspending operations": "no suspension of operations is envisaged" answers
            # it, in whatever terms the sentence frames the law around it
            stated = bool(yes_no and not u.is_paragraph and head and head <= u.tokens
                          and (_STATED_INTENT_RE.search(u.text) or _NEGATION_RE.search(u.text))
                          and score >= cfg.pointed_threshold and lex >= cfg.min_lexical)
            if not passes and stated:
                passes = True
            elif (not passes and "lawbasi" in head and "lawbasi" in u.tokens and not in_pointed
                  and any(t.startswith("~") and t in u.tokens for t in atoks)
                  and score >= cfg.pointed_threshold and lex >= cfg.min_lexical):
                # "the legal basis for the demolition": "their removal was ordered ... on the basis of article 52 of
                # the Construction Act" names the basis and the act, in the reply's own words
                passes = True
            elif passes and u.policy and not needs_law and not stated:
                passes = False  # restated law answers "the legal basis", not "the steps taken"
            if passes and needs_number and not (u.numeric and _new_figure(u.text, req_figures)):
                passes = False  # "the number of ..." needs a figure, not the one the letter gave
            if passes and actions and not in_pointed and not _acts_match(actions, u.tokens) and not (
                    needs_measures and actions <= _PURPOSE_ACTIONS and (head - actions) & u.tokens):
                # "the investigation into X" is not answered by words about X alone; but in "the measures taken
                # to protect X" protection is the purpose, and a measure about X itself ("the graves of X will
                # be moved") is what was asked
                passes = False
            if passes and targets and not in_pointed and not targets & (u.tokens | u.context):
                passes = False  # "measures against the officers": a case opened into the events is not that
            if passes and needs_outcome and not (gives_outcome(u.text) or (_figures(u.text) - req_figures and not counted)):
                # (when the request also asks how many, the figures are the count, not what came of it)
                passes = False  # "the outcome of any consultation held": that hearings were held is not what came of them
            if passes and needs_reason and not gives_reason(u.text):
                passes = False  # "the reasons for X" needs a reason, not a description of X or of the law
            if passes and qualifier and not qualifier & u.tokens:
                passes = False  # "children without documents" is not answered by figures on all children
            if passes and event and not event & u.para_tokens and not _names_day(days, body, u.paragraph):
                passes = False  # "consulted before the aerial spraying": consultations in general do not say
            if passes and any(not (part_t & u.tokens or rest_t <= u.tokens) for part_t, rest_t in singled_out):
                passes = False  # "the children evicted from X" is not answered by figures on all children
            if passes and listed and not listed <= u.para_tokens:
                passes = False  # "the communities of A, B and C": water trucked to A and B leaves C out
            if passes and anchors and not in_pointed and not anchors & u.para_tokens:
                passes = False  # a detail of one incident is not answered by figures or rules in general
            if passes and period and _other_period(period, u.text):
                passes = False  # "a strategy for 2025-2030" is not answered by the results of the 2021-2024 one
            if passes and done_act and not done_act & (u.tokens - u.law_only) and not stated:
                passes = False  # "whether the Act has been reviewed": "every law is subject to review" does not say
            if passes and needs_measures and u.table:
                passes = False  # a table of figures describes no measure
            proxy = False
            if passes and named_group and _proxy_only(named_group, u.text):
                passes, proxy = False, True  # figures for a place where the group lives: a stand-in, part of an answer
            gap = proxy
            if passes and frame and _deferred(frame, subject, body, u.paragraph, pointed):
                passes = False  # "the results of the tests ... will be published in due course"
                gap = needs_number
            elif passes and needs_number and _data_gap(subject, body, u.paragraph):
                passes, gap = False, True
            elif _referred_away(full_head, u, body) and (passes or (
                    score >= cfg.pointed_threshold and lex >= cfg.min_lexical and (head_hit or lex >= cfg.headless_min_lexical))):
                # "As regards Ms. V., information on the protection measures is set out in Annex I [not attached]. The
                # police has been instructed to respond to any request from her": what was asked is sent elsewhere and
                # one thing is given. The referral names the aspect as a pointer does, so what the paragraph reports
                # beside it counts at the lower threshold, and at most for part of the answer.
                passes, gap = False, True
            if gap:
                # "41 police officers are Brenic; the collection of data on the courts is under way": figures for part,
                # the rest not recorded or still to come -- answered in part
                threshold = cfg.pointed_threshold if in_pointed else cfg.cover_threshold
                if half is None or score - threshold > half[0]:
                    half = (score - threshold, ui)
            threshold = cfg.pointed_threshold if in_pointed else cfg.cover_threshold
            if passes and len(services) > 1 and not services <= u.para_tokens:
                passes = False  # "access to health care and education": schooling alone answers half of it
                if services & u.para_tokens and (half is None or score - threshold > half[0]):
                    half = (score - threshold, ui)
            key = (passes, score - threshold)
            if best is None or key > (ok, best[0]):
                best, ok = (score - threshold, lex, ui), passes
        if (not ok and best is not None and part.parent is not None and not needs_number
                and part.parent in evidence_units):
            # ", in particular to the 160 children" after "the housing provided to the evicted families": the
            # paragraph that answers the main question and names those singled out answers it for them too
            # (the figure the letter gives is not one the reply must repeat).
            sub_head = frozenset(t for t in full_head if not t[:1].isdigit())
            own = frozenset(t for t in _anchors(atext, group) if not t[:1].isdigit())
            for ui, u in enumerate(units):
                if (u.paragraph in evidence_units[part.parent] and sub_head and sub_head <= u.tokens
                        and (needs_law or not u.policy) and not (actions and not _acts_match(actions, u.tokens))
                        and not (anchors and not anchors & u.para_tokens) and own <= u.para_tokens
                        and not (len(services) > 1 and not services <= u.para_tokens)
                        and not (needs_outcome and not gives_outcome(u.text))
                        and not (frame and _deferred(frame, subject, body, u.paragraph, pointed))):
                    best, ok = (0.01, 0.0, ui), True
                    break
        if best is None:
            covered.append(AspectCoverage(text=atext, covered=False, score=0.0))
            margins.append(-cfg.cover_threshold)
            continue
        margin, _lex, ui = best
        u = units[ui]
        if ok:
            evidence_units[ai] = {u.paragraph}
        if not ok and half is not None:
            # "the housing and livelihood of the families": a rent allowance answers the housing half
            hu = units[half[1]]
            covered.append(AspectCoverage(text=atext, covered=False, score=round(margin, 4), evidence_paragraphs=(hu.label,),
                                          passage=hu.text, half=True))
            margins.append(margin)
            continue
        covered.append(AspectCoverage(text=atext, covered=ok, score=round(margin, 4),
                                      evidence_paragraphs=(u.label,) if ok else (), passage=u.text if ok else ""))
        margins.append(margin)

    n_cov = sum(a.covered for a in covered)
    # (the paragraphs its passage refers to count as its passage: "See paragraph 4 above" is no deferral)
    pointed_substance = any(s.kind is SentenceKind.SUBSTANTIVE for pi in pointed | set(borrowed)
                            for s in body.paragraphs[pi].sentences)
    if n_cov == len(covered) and covered:
        status = ANSWERED
    elif n_cov or any(a.half for a in covered):
        status = PARTIAL
    else:
        status = UNANSWERED
    non_answers = _non_answers(req, body=body, pointed=pointed, idf=idf)
    if pointed and not pointed_substance and status != UNANSWERED:
        status = UNANSWERED  # the passage that names the request only defers or reassures
        covered = [AspectCoverage(text=a.text, covered=False, score=a.score) for a in covered]
    evidence_labels: list[int | str] = []
    evidence: list[str] = []
    for a in covered:
        for lab in a.evidence_paragraphs:
            if lab not in evidence_labels:
                evidence_labels.append(lab)
        if a.passage and a.passage not in evidence:
            evidence.append(a.passage)
    missing = [a.text for a in covered if not a.covered]
    if status == UNANSWERED and non_answers:
        missing = [f"{m} (the reply only defers or restates general assurances)" for m in missing]
    confidence = _confidence(margins, covered=covered, status=status)
    return RequestCoverage(marker=req.marker, text=req.text, status=status,
                           evidence_paragraphs=sorted(evidence_labels, key=_label_key), confidence=confidence,
                           missing=missing, evidence=evidence, aspects=covered, non_answers=non_answers,
                           pointed=bool(pointed))


# The condition of a thing that makes it closed, suspended or removed: its reason, in the reply's own words
_CONDITION_REASON_RE = re.compile(r"\b(?:damaged|destroyed|burn(?:ed|t)(?: down)?) (?:by|in)\b|\bdeclared (?:unsafe|unfit|"
                                  r"uninhabitable|dangerous|structurally unsound|a danger)\b", re.IGNORECASE)
# A yes/no question, and a sentence that states the answer ("no suspension ... is envisaged", "consent ... is not required")
_YES_NO_RE = re.compile(r"^\s*whether\b", re.IGNORECASE)
_STATED_INTENT_RE = re.compile(r"\b(?:is|are|was|were|has been|have been)\s+(?:not\s+)?(?:envisaged|planned|intended|contemplated|"
                               r"foreseen|under consideration)\b|\b(?:does|do|will)\s+not\s+(?:envisage|intend|plan|contemplate)\b",
                               re.IGNORECASE)
_NEGATION_RE = re.compile(r"\b(?:not|no|never|none)\b", re.IGNORECASE)
_YEAR_RANGE_RE = re.compile(r"\b((?:19|20)\d\d)\s*[-\u2013/]\s*((?:19|20)?\d\d)\b")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _ranges(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _YEAR_RANGE_RE.finditer(text):
        lo, hi = int(m.group(1)), m.group(2)
        hi_n = int(hi) if len(hi) == 4 else lo // 100 * 100 + int(hi)
        if lo <= hi_n:
            out.append((lo, hi_n))
    return out


def _period(aspect: str) -> tuple[int, int] | None:
    """The years an aspect is about when it names a span ("the strategy for the period 2025-2030")."""
    spans = _ranges(aspect)
    return spans[0] if len(spans) == 1 else None


def _other_period(period: tuple[int, int], text: str) -> bool:
    """The evidence names spans of years, none of them within the one asked about, and no year of that span."""
    spans = _ranges(text)
    if not spans or any(lo <= period[1] and hi >= period[0] for lo, hi in spans):
        return False
    return not any(period[0] <= int(y) <= period[1] for y in _YEAR_RE.findall(_YEAR_RANGE_RE.sub(" ", text)))


def _deferred(frame: frozenset[str], heavy: frozenset[str], body: ReplyBody, paragraph: int, pointed: set[int]) -> bool:
    """A deferral next to the evidence names what the aspect asks for ("the results", "the number") and
    what it bears on: the State says that part is still to come."""
    places = {paragraph} | (pointed if paragraph in pointed else set())
    for pi in places:
        for s in body.paragraphs[pi].sentences:
            if s.kind is SentenceKind.DEFERRAL:
                st = token_set(s.text)
                # "the outcome of the prosecutions" / "data on the outcome of court proceedings are not collected": the
                # same stage of justice named in other words
                if frame & st and (heavy & st or _same_family(heavy, st)):
                    return True
    return False


def _scene(aspect: str, atoks: frozenset[str], group: frozenset[str], units: list[_Unit], body: ReplyBody
           ) -> dict[int, frozenset[str]]:
    """Paragraph -> the aspect's date words that an earlier paragraph of the reply gives for the event this paragraph
    names again without its date ("the police operation of 22 June 2024" ... "During the operation, 37 persons were
    detained"). They count as a heading's words do (half)."""
    m = _DATED_EVENT_RE.search(aspect)
    if not m:
        return {}
    day = f"{int(m.group('d'))} {m.group('m').lower()}"
    date_toks = token_set(m.group("date"))
    nouns = frozenset(t for t in token_set(m.group("event")) if not t.startswith("_")) - group - date_toks
    if not nouns or not nouns <= atoks:
        return {}
    paras: dict[int, frozenset[str]] = {}
    for u in units:
        paras[u.paragraph] = paras.get(u.paragraph, frozenset()) | u.para_tokens
    out: dict[int, frozenset[str]] = {}
    named = False
    for pi in sorted(paras):
        dated = _names_day([day], body, pi) and bool(nouns & paras[pi])
        if named and not dated and nouns & paras[pi]:
            out[pi] = date_toks
        named = named or dated
    return out


# "the operation of 22 June 2024", "the raid on 3 May 2023"
_DATED_EVENT_RE = re.compile(r"\b(?:the|that|this)\s+(?P<event>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:of|on)\s+(?P<date>(?P<d>\d{1,2})\s+"
                             r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)"
                             r"(?:\s+\d{4})?)\b", re.IGNORECASE)


_ALTERNATIVE_RE = re.compile(r"\b((?:[\w-]+\s+)?[\w-]+)\s+or\s+((?:[\w-]+\s+)?[\w-]+)\b", re.IGNORECASE)


def _alternatives(aspect: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """"without citizenship or identity documents" -> ({without, citizenship}, {identity, document}): either is asked."""
    out = []
    for m in _ALTERNATIVE_RE.finditer(aspect):
        a, b = (frozenset(t for t in token_set(x) if not t.startswith("_")) for x in m.groups())
        if a and b and not a & b:
            out.append((a, b))
    return out


def _unmet_alternatives(alternatives: list[tuple[frozenset[str], frozenset[str]]], found: frozenset[str]) -> set[str]:
    skip: set[str] = set()
    for a, b in alternatives:
        if a <= found and not b <= found:
            skip |= b - a
        elif b <= found and not a <= found:
            skip |= a - b
    return skip


# "in the province, where most Mirdani live", "districts inhabited mainly by X": a place named through the group
_PROXY_RE = re.compile(r"\b(?:where|in which)\s+(?:(?:most|many|the (?:majority|bulk) of|a (?:large |significant )?(?:number|share|"
                       r"proportion|part) of)\s+)?(?:the\s+)?(?:members of the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:live|lives|reside|resides|"
                       r"are concentrated|are settled|are living)\b|\b(?:inhabited|populated)\s+(?:(?:mainly|mostly|largely|"
                       r"predominantly|chiefly)\s+)?by\s+(?:the\s+)?[\w-]+", re.IGNORECASE)


def _proxy_only(group: frozenset[str], text: str) -> bool:
    """The evidence names the group only to say where it lives: its figures are for the place, not for the group."""
    clauses = _PROXY_RE.findall(text)
    return bool(clauses) and bool(group & token_set(" ".join(clauses))) and not group & token_set(_PROXY_RE.sub(" ", text))


def _same_family(asked: frozenset[str], said: frozenset[str]) -> bool:
    fams = {ACTION_FAMILY[t] for t in asked if t in ACTION_FAMILY}
    return any(ACTION_FAMILY.get(t) in fams for t in said)


def _referred_away(head: frozenset[str], u: _Unit, body: ReplyBody) -> bool:
    """Beside the evidence, the reply sends the reader to an earlier note or an annex it does not hold for a head word
    of the aspect that the evidence itself does not name: the answer proper is elsewhere, the evidence is a part."""
    for s in body.paragraphs[u.paragraph].sentences:
        if s.kind is SentenceKind.DEFERRAL and refers_elsewhere(s.text) and (head & token_set(s.text)) - u.tokens:
            return True
    return False


# What a breakdown's criterion looks like in a table or a sentence: "4,390 women and 4,022 men" is by sex, a column
# "Children under 18" by age.
_CRITERION_WORDS = (
    (re.compile(r"\b(?:sex|gender)\b", re.IGNORECASE), "sex gender men women male female boys girls"),
    (re.compile(r"\bage\b", re.IGNORECASE), "age aged children child minors adults elderly youth juveniles"),
)


def _criterion_tokens(criterion: str, group: frozenset[str]) -> frozenset[str]:
    """Words that show figures are broken down by `criterion` ("ethnic origin" -> its words or the group's name)."""
    own = frozenset(t for t in token_set(re.split(r"\bof\b", criterion)[0]) if not t.startswith("_"))
    for rx, words in _CRITERION_WORDS:
        if rx.search(criterion):
            return own | token_set(words)
    return own | group


_PEOPLE_ROLES = frozenset({"~defender", "~journalist", "protest", "demonstrator", "lead", "resident",
                           "participant"})
_COUNTED_PEOPLE_RE = re.compile(r"\b\d[\d,]*\s+(?:\w+\s+)?(?:persons|people|individuals)\b", re.IGNORECASE)


def _data_gap(heavy: frozenset[str], body: ReplyBody, paragraph: int) -> bool:
    """The paragraph that gives the figures also says part of them is not recorded or still being collected ("no record
    of the ethnicity of municipal staff is kept"), about something the aspect names."""
    return any(s.kind is SentenceKind.DEFERRAL and heavy & token_set(s.text) for s in body.paragraphs[paragraph].sentences)


# Services a request can ask about together ("access to health care and education", "housing and water"): each
# is a question of its own, so the evidence must speak of each of them.
_SERVICES = frozenset({"~health", "~school", "~home", "~water", "~livelihood", "~sanitation", "~food"})
_SERVICE = r"(?:health|medical|education|schooling|housing|shelter|water|livelihoods?|sanitation|food)"
# "health care and education", "food, shelter and access to health care"
_SERVICE_PAIR_RE = re.compile(rf"\b{_SERVICE}\b(?:\s+care)?\s*(?:,|and|or)\s+(?:(?:access|acc[eè]s)\s+to\s+)?(?:to\s+)?{_SERVICE}\b",
                              re.IGNORECASE)


def _names_day(days: list[str], body: ReplyBody, paragraph: int) -> bool:
    text = " ".join(s.text for s in body.paragraphs[paragraph].sentences if s.kind is not SentenceKind.ECHO)
    found = {f"{int(d)} {m.lower()}" for d, m in _DAY_MONTH.findall(text)}
    return any(d in found for d in days)


_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\b", re.IGNORECASE)


# Outcomes that, after "the measures taken to ...", name the purpose of the measures rather than the measure
# itself ("to investigate", "to sanction", "to compensate" name the measure asked for).
_FAMILY_CREDIT = 0.5
_PURPOSE_ACTIONS = frozenset({"~protect"})


def _earlier_stage_only(asked: str, tokens: frozenset[str]) -> bool:
    """"Any sanctions imposed", "the charges brought": an inspection or investigation is an earlier stage of the
    same family that does not imply them (charges do imply an investigation), so it earns no credit."""
    if asked not in _LATER_STAGES:
        return False
    return not any(t in ACTION_FAMILY and ACTION_FAMILY[t] == ACTION_FAMILY[asked] and t != "~investigate" for t in tokens)


_LATER_STAGES = frozenset({"~charge", "~sanction"})  # "proceedings" (~trial) is wide enough for an examination


def _acts_match(actions: frozenset[str], tokens: frozenset[str]) -> bool:
    """The evidence names an outcome of the family asked for; a later stage asked ("prosecutions", "sanctions") is not
    met by an investigation or an inspection alone, which does not imply it."""
    return any(ACTION_FAMILY.get(t, t) == ACTION_FAMILY.get(a, a) and not (a in _LATER_STAGES and t == "~investigate")
               for a in actions for t in tokens)


_NEGATED_CLAUSE_RE = re.compile(r"\b(?:never|not|no|nor)\b(?!\s+(?:only|longer)\b)(?!\.)[^,;.]*", re.IGNORECASE)


def _affirmed_tokens(text: str) -> frozenset[str]:
    """The words of a sentence outside its negated clauses ("... and never on the basis of the ethnic origin of
    travellers")."""
    return token_set(_NEGATED_CLAUSE_RE.sub(" ", text))


def _label_key(label: int | str) -> tuple[int, str]:
    return (label, "") if isinstance(label, int) else (10**6, str(label))


def _non_answers(req: RequestInput, *, body: ReplyBody, pointed: set[int], idf: Idf) -> list[str]:
    toks = token_set(req.text)
    out: list[str] = []
    for pi, p in enumerate(body.paragraphs):
        for s in p.sentences:
            if s.kind.value in NON_ANSWERS and (pi in pointed or _touches(s, toks, idf)):
                out.append(s.text)
    return out


def _touches(s: Sentence, toks: frozenset[str], idf: Idf) -> bool:
    st = token_set(s.text)
    total = sum(idf.weight(t) for t in toks) or 1.0
    return sum(idf.weight(t) for t in toks & st) / total >= 0.2


def _confidence(margins: list[float], *, covered: list[AspectCoverage], status: str) -> float:
    """Distance of the deciding aspects from the threshold, squashed to 0.5..0.99."""
    if not margins:
        return 0.5
    if status == ANSWERED:
        m = min(margins)
    elif status == UNANSWERED:
        m = -max(margins)
    else:
        m = min(min(a.score for a in covered if a.covered or a.half), -max(a.score for a in covered if not a.covered))
    return float(min(0.99, 0.5 + 0.5 * np.tanh(4 * m)))
