"""Split a request into the aspects a reply must address.

"The measures taken to protect the residents of A and B and to allow the safe return of those who
fled to C" asks two things; "the refusal to renew leases and the interruption of water supply"
asks two. A split happens at ";" and at "and"/"as well as"/"," only when what follows opens a new
phrase (a determiner, "to" + verb, a wh-word), so "A and B" or "safe and voluntary" stay whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tocsin.analyse.lexical import ACTION_FAMILY, tokens

_OPENERS = (r"the|a|an|its|their|his|her|any|all|those|these|this|such|each|what|whether|how|which|when|"
            r"where|why|who|to\s+(?!(?:the|a|an|its|their|his|her|those|these|this|all|any|each|such|persons?|families|victims)\b)[a-z]+|on\s+the|about|steps|measures|information|plans?|progress|reasons?|"
            # the same in French and Spanish requests ("et les mesures prises", "y las medidas adoptadas", "y si")
            r"le|la|les|l['\u2019]|une?|ses|leurs?|ces|cette|el|los|las|una|sus?|si|comment|c[oó]mo|quel(?:le)?s?|cu[aá]l(?:es)?|qu[eé]")
# "and", "as well as", "including", "in particular" in French and Spanish
_FR_ES_AND = r"et|y|e|ou|o|ainsi\s+que|as[ií]\s+como"
_FR_ES_SUB = (r"y\s+compris|et\s+en\s+particulier|y\s+en\s+particular|en\s+particulier|en\s+particular|notamment|"
              r"incluid[oa]s?|incluyendo|especialmente|sobre\s+todo")
_SPLIT_RE = re.compile(
    # Russian "а также" ("as well as") opens a new question whatever follows (Russian has no articles)
    r",?\s+а\s+также\s+|"
    # ", in view of the reported contamination of the river": the ground of the request, an aspect of its own (a reply
    # that speaks only to the ground has answered part of it)
    r",\s+(?:in\s+view\s+of|in\s+(?:the\s+)?light\s+of|compte\s+tenu\s+d[eu]s?|habida\s+cuenta\s+de)\s+(?=(?:the|la|le|les|el|los|las)\b)|"
    rf"\s*;\s*(?:and\s+|or\s+|et\s+|y\s+)?|,?\s+(?:and|as\s+well\s+as|including|in\s+particular|or|{_FR_ES_AND})\s+"
    rf"(?=(?:{_OPENERS})(?:\b|(?<=['\u2019])))"
    rf"|,\s+(?=(?:{_OPENERS})(?:\b|(?<=['\u2019])))|,\s+(?:including|in\s+particular|notably|especially|{_FR_ES_SUB})\s+",
    re.IGNORECASE,
)
_CONNECTIVE_RE = re.compile(r"^(?:furthermore|moreover|in addition|additionally|also|further|finally|lastly|similarly|"
                            r"in this (?:regard|connection|context)|in particular)\s*,?\s+", re.IGNORECASE)
_LEAD_RE = re.compile(
    r"^\s*(?:please\s+)?(?:(?:(?:detailed|updated|further)\s+)?information\s+(?:on|about|regarding|concerning)\s+|(?:to\s+)?provide\s+(?:(?:detailed|updated|further)\s+)?information\s+(?:on|about|regarding)\s+|"
    r"(?:to\s+)?(?:inform|indicate|explain|clarify|describe|specify)\s+(?:the\s+committee\s+)?(?:of|about|on)?\s*)",
    re.IGNORECASE,
)
_SENTENCE_LEAD_RE = re.compile(
    r"^(?:the committee|it|the state party is|the government is)\b[^.;]{0,120}?\b(?:requests?|asks?|wishes|invites?|urges?|"
    r"would (?:be grateful|appreciate|like)|encourages?)\b[^.;]{0,80}?\b(?:(?:information|details|clarification|data)"
    r"\s+(?:on|about|regarding|concerning|as to|in respect of)|to know|to (?:provide|indicate|explain|inform|clarify|specify)"
    r"(?: the committee)?(?: (?:of|on|about))?)\s+",
    re.IGNORECASE,
)
_CHUNK_SPLIT_RE = re.compile(r"\b(?:of|for|to|into|in|on|at|with|against|from|before|after|by|about|regarding|"
                             r"concerning|since|during|under|between|among|within|towards?|"
                             # French and Spanish prepositions, and the elided "d'"
                             r"de|du|des|del|pour|par|avec|sur|dans|aux?|\u00e0|lors|contre|entre|depuis|sous|selon|envers|"
                             r"para|por|con|en|sobre|ante|antes|contra|desde|hacia|hasta|sin|tras|durante|seg[u\u00fa]n|mediante|"
                             # Russian prepositions
                             r"о|об|в|во|на|по|с|со|к|от|до|за|из|для|при|после|против|между|без|перед)\b|"
                             r"\bd['\u2019](?=\w)", re.IGNORECASE)
MIN_TOKENS = 1  # an aspect needs a content word that is not a frame word ("its outcome" joins the one before)


def clean_request(text: str) -> str:
    t = " ".join(text.split())
    t = re.sub(r"^\(?[a-z0-9ivx]{1,4}[.)]\s+|^[-\u2013\u2014\u2022*]\s*", "", t, flags=re.IGNORECASE)
    t = re.sub(r"[\s;,.:]+(?:and|or)?\s*$", "", t)
    t = _CONNECTIVE_RE.sub("", t)
    t = _SENTENCE_LEAD_RE.sub("", t)
    t = _LEAD_RE.sub("", t)
    return _LEAD_RE.sub("", t).strip()


def frame_tokens(aspect: str) -> frozenset[str]:
    """Frame words before the head phrase ("the results", "the number", "the status" in "the results of the
    tests"): what kind of information is asked for."""
    out: set[str] = set()
    for chunk in _CHUNK_SPLIT_RE.split(aspect):
        toks = tokens(chunk)
        if any(not t.startswith("_") for t in toks):
            break
        out.update(toks)
    return frozenset(out)


def head_tokens(aspect: str) -> frozenset[str]:
    """Tokens of the aspect's head phrase: the first stretch between prepositions that holds a
    non-frame content word ("the consultations held" in "the consultations held with X before Y").
    Evidence that misses all of them is about the circumstances, not the thing asked."""
    # "the measures taken to ensure that the families living in X have access to safe drinking water": the families
    # are whom the measures are for; what they should have is what is asked
    ensured = _ENSURE_THAT_RE.search(aspect) or _ENSURE_ACCESS_RE.search(aspect)
    if ensured and head_tokens(ensured.group("obj")):
        return head_tokens(ensured.group("obj"))
    for chunk in _CHUNK_SPLIT_RE.split(aspect):
        heavy = frozenset(t for t in tokens(_HEDGE_RE.sub(" ", chunk)) if not t.startswith("_"))
        if heavy:
            if heavy <= _PEOPLE_ONLY:
                # "whether those responsible have been brought to justice": the people are the subject, what was
                # done to them (prosecuted, sanctioned) is what is asked, so its outcome words are head words too
                heavy |= frozenset(t for t in tokens(aspect) if t in ACTION_FAMILY)
            return heavy
    return frozenset()


_PEOPLE_ONLY = frozenset({"~perpetrator"})
# "the measures taken to ensure access of the communities to safe drinking water": the same, said with a noun
_ENSURE_ACCESS_RE = re.compile(r"\b(?:ensure|guarantee|secure|provide)\s+(?:(?:effective|equal|full|adequate)\s+)?access\s+(?:of|for)\s+"
                               r"\S.{0,120}?\s+to\s+(?P<obj>\S.*)$", re.IGNORECASE)
_ENSURE_THAT_RE = re.compile(r"\b(?:ensure|guarantee|make sure)\s+that\s+\S.{0,120}?\s(?:have|has|enjoy|enjoys|receive|receives|obtain|"
                             r"obtains|get|gets|(?:are|is) provided with|can access)\s+(?:(?:effective|equal|full|adequate)\s+)?"
                             r"(?:access\s+to\s+)?(?P<obj>\S.*)$", re.IGNORECASE)


# "the alleged practice of ethnic profiling": the hedge is the letter's, a reply never repeats it; "the general
# measures adopted to protect X": "general" says which measures, it is not what the reply must name
_HEDGE_RE = re.compile(r"\b(?:alleged|allegedly|reported|reportedly|purported|purportedly|presumed|suspected|general|overall)\b",
                       re.IGNORECASE)


def _heavy(text: str) -> int:
    return sum(1 for t in tokens(text) if not t.startswith("_"))


@dataclass(frozen=True)
class Aspect:
    """One thing a request asks. `parent` is the aspect a ", including ..." / ", in particular ..." piece
    details (it is about the same incident); `breakdown` marks "disaggregated by X"."""

    text: str
    parent: int | None = None
    breakdown: bool = False
    item: str = ""  # the words of its own sub-item ("to health services" of "the access of X (i) to water and (ii) to
    # health services"): they, not the lead the items share, must be met


_TWO_ADDRESSEES_RE = re.compile(r"^(?P<pre>.+?\bto\s+)(?P<a>(?:the|their|those)\s+.+?)\s+and\s+to\s+"
                                r"(?P<b>(?:the|their|those)\s+.+)$", re.IGNORECASE)
_SUB_SEP_RE = re.compile(rf"\b(?:including|in\s+particular|notably|especially|{_FR_ES_SUB})\s*$", re.IGNORECASE)
# "the Tesh Stone", "the Equality Board": a name coordinated with the object before it, not a new question.
_NAME_ONLY_RE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'.-]*\s*){1,5}$")
# the criteria a breakdown lists after the first ("by ethnic origin, sex and age")
_CRITERION = (r"(?:the\s+)?(?:ethnic(?:ity|\s+origin)?|national(?:ity|\s+origin)|origin|sex|gender|age(?:\s+groups?)?|"
              r"region|religion|language|disability|year|district|municipality|province|type|citizenship|place\s+of\s+residence)\b")
_BREAKDOWN_RE = re.compile(r"[,\s]\s*(?:each\s+|all\s+)?(?P<clause>(?:disaggregated|broken\s+down|дезагрегированн\w*|в\s+разбивке)\s+"
                           rf"(?:by|according\s+to|по)\s+[^,;]+?(?:\s*,\s*(?:and\s+)?{_CRITERION}[^,;]*?)*)"
                           r"(?:,|(?=;)|$)", re.IGNORECASE)
_CRITERIA_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|и)\s+", re.IGNORECASE)


def breakdown_criteria(clause: str) -> list[str]:
    """"disaggregated by ethnic origin, sex and age" -> ["ethnic origin", "sex", "age"]: each is asked for."""
    m = re.match(r"^\S+(?:\s+down)?\s+(?:by|according\s+to|по)\s+", clause, re.IGNORECASE)
    rest = clause[m.end():] if m else clause
    return [c.strip() for c in _CRITERIA_SPLIT_RE.split(rest) if c and c.strip()]


_ITEM_MARK_RE = re.compile(r"\s*\((?P<n>i|ii|iii|iv|v|vi|vii|viii)\)\s*")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")


def _sub_items(text: str) -> list[tuple[str, str]]:
    """("The access of X (i) to water and (ii) to health services") -> [("The access of X to water", "to water"), ("The
    access of X to health services", "to health services")]: the lead before "(i)" joined to each sub-item; empty when the
    request has no (i), (ii) ... list."""
    marks = list(_ITEM_MARK_RE.finditer(text))
    if len(marks) < 2 or [m.group("n") for m in marks] != list(_ROMAN[:len(marks)]):
        return []
    lead = text[:marks[0].start()].strip(" ,;:")
    out = []
    for m, nxt in zip(marks, marks[1:] + [None]):
        item = text[m.end():nxt.start() if nxt else len(text)]
        item = re.sub(r"[\s,;]+(?:and|or|et|ou|y|o)?\s*$", "", item).strip(" ,;:")
        if item:
            out.append((f"{lead} {item}".strip(), item))
    return out if len(out) >= 2 else []


def split_aspects(text: str) -> list[str]:
    """The request's aspects, in order; a request with one subject gives one aspect."""
    return [a.text for a in aspect_parts(text)]


def aspect_parts(text: str) -> list[Aspect]:
    """The request's aspects with how they hang together (see `Aspect`)."""
    t = clean_request(text)
    items = _sub_items(t)
    if items:
        # "The measures taken (i) to investigate X, (ii) to suspend Y and (iii) to provide redress to Z": each sub-item,
        # with the words that lead to the list, is a part of its own
        out: list[Aspect] = []
        for item, own in items:
            off = len(out)
            out += [Aspect(text=a.text, parent=None if a.parent is None else a.parent + off, breakdown=a.breakdown,
                           item=own) for a in aspect_parts(item)]
        return out
    # "Data, disaggregated by ethnic origin, on ...": the breakdown is asked for on its own; totals
    # without it answer only part of the request.
    breakdown: tuple[str, str] | None = None
    bm = _BREAKDOWN_RE.search(t)
    if bm and bm.start() > 0:
        before = t[:bm.start()].rstrip(" ,")
        t = " ".join((before + " " + t[bm.end():]).split())
        breakdown = (before.split()[-1] if before.split() else "", bm.group("clause").strip())
    pieces: list[tuple[str, bool]] = []  # (text, introduced by "including" ...)
    pos, sub = 0, False
    for m in _SPLIT_RE.finditer(t):
        piece = t[pos:m.start()]
        if piece.strip(" ,;:."):
            pieces.append((piece.strip(" ,;:."), sub))
        sub = bool(_SUB_SEP_RE.search(m.group(0).rstrip(" ,")))
        pos = m.end()
    if t[pos:].strip(" ,;:."):
        pieces.append((t[pos:].strip(" ,;:."), sub))
    # "the compensation granted to the families of the dead and to the owners of the houses destroyed": two
    # addressees of one measure, each an aspect with the measure named
    split_pieces: list[tuple[str, bool]] = []
    for p, is_sub in pieces:
        m = _TWO_ADDRESSEES_RE.match(p)
        if m and _heavy(m.group("a")) and _heavy(m.group("b")):
            split_pieces += [(m.group("pre") + m.group("a"), is_sub), (m.group("pre") + m.group("b"), is_sub)]
        else:
            split_pieces.append((p, is_sub))
    pieces = split_pieces
    merged: list[list] = []  # [text, sub]
    for p, is_sub in pieces:
        if merged and _OWN_OUTCOME_RE.match(p):
            # "the number of prosecutions and their outcome": how many were brought and what came of them are two
            # things asked; a count of prosecutions says nothing of convictions or acquittals
            trimmed = _ANTECEDENT_TRIM_RE.sub("", merged[-1][0]).strip()
            asked = _WHETHER_NP_RE.match(trimmed)
            antecedent = (f"the {asked.group('np')}" if asked else _COUNT_LEAD_RE.sub("", trimmed).strip()
                          if _COUNT_LEAD_RE.match(trimmed) else merged[-1][0])
            merged.append([f"the {_OWN_OUTCOME_RE.match(p).group('what').lower()} of {antecedent}", True])
            continue
        if merged and (_heavy(p) < MIN_TOKENS or _NAME_ONLY_RE.match(p)):
            merged[-1][0] = f"{merged[-1][0]} and {p}"
        else:
            merged.append([p, is_sub])
    if len(merged) > 1 and _heavy(merged[0][0]) < MIN_TOKENS:
        merged[1][0] = f"{merged[0][0]} {merged[1][0]}"
        merged.pop(0)
    # "... and any investigation into them": the pronoun stands for the aspect before; without it
    # the aspect would be answered by any investigation at all.
    for i in range(1, len(merged)):
        pron = _ANAPHOR_RE.search(merged[i][0])
        if pron:
            antecedent = _ANTECEDENT_TRIM_RE.sub("", merged[i - 1][0]).strip()
            merged[i][0] = merged[i][0][:pron.start("pron")] + antecedent + merged[i][0][pron.end("pron"):]
    out = [Aspect(text=p, parent=(i - 1 if is_sub and i else None))
           for i, (p, is_sub) in enumerate(merged)] or [Aspect(t)]
    if breakdown is not None:
        last_word, clause = breakdown
        at = max((i for i, a in enumerate(out) if last_word and last_word in a.text.split()), default=len(out) - 1)
        out = [a if a.parent is None or a.parent <= at else Aspect(text=a.text, parent=a.parent + 1, breakdown=a.breakdown,
                                                                   item=a.item) for a in out]
        out.insert(at + 1, Aspect(text=clause, parent=at, breakdown=True))
    return out


_OWN_OUTCOME_RE = re.compile(r"^(?:its|their|the)\s+(?P<what>outcomes?|results?)$", re.IGNORECASE)
# "whether an investigation has been opened into X and its outcome": the outcome of the investigation
_WHETHER_NP_RE = re.compile(r"^whether\s+(?:an?|the|any)\s+(?P<np>[\w-]+)\s+(?:has|have|had|was|were|is|are)\b", re.IGNORECASE)
_COUNT_LEAD_RE = re.compile(r"^(?:(?:total\s+)?numbers?\s+of|data\s+on|statistics\s+on|figures\s+on)\s+", re.IGNORECASE)


# "to them", "for them", "against them" stand for persons, not for the thing asked before.
_ANAPHOR_RE = re.compile(r"\b(?:into|of|on|in|about|concerning|regarding)\s+"
                         r"(?P<pron>them|it|thereof)\b", re.IGNORECASE)
_ANTECEDENT_TRIM_RE = re.compile(r"^(?:the|a|an|any|all)\s+", re.IGNORECASE)


_LAW_RE = re.compile(r"\b(?:legal|law|laws|legislation|legislative|lawful|procedures?|safeguards?|grounds?|basis|framework|"
                     r"regulations?|compatib\w*|criteria|polic(?:y|ies)|rules?|statutory|mandate|"
                     r"правов\w+\s+основани\w+|законн\w+|"
                     r"loi|lois|ley|leyes|l[e\u00e9]gal(?:e|es)?|juridiques?|jur[i\u00ed]dic[oa]s?|fundamento|l[e\u00e9]gislation|legislaci[o\u00f3]n|"
                     r"(?:mechanisms?|remedies|avenues|channels)\s+(?:available|open|in place))\b", re.IGNORECASE)
_NUMBER_ASK_RE = re.compile(r"^\W*(?:(?:the|any)\s+)?(?:(?:total\s+)?numbers?\s+of|how\s+many|statistics|(?:statistical\s+)?data|"
                            r"figures)\b|^\W*(?:(?:le|el|les|los)\s+)?(?:nombre\s+(?:de|d['\u2019]|des)|n[u\u00fa]mero\s+de|"
                            r"combien|cu[a\u00e1]nt[oa]s|statistiques|donn[e\u00e9]es|estad[i\u00ed]sticas|datos)|"
                            r"^\W*(?:(?:дезагрегированн|статистическ)\w+\s+)?(?:данные|число|количество|статистик\w*|сколько)\b|"
                            r"^\W*(?:the\s+)?disaggregated\s+(?:data|statistics|figures)\b", re.IGNORECASE)


_LAW_OBJECT_RE = re.compile(r"\b(?:acts?|laws?|legislation|legislative|amendments?|decrees?|codes?|bills?|regulations?|"
                            r"provisions?|constitution|ordinances?|polic(?:y|ies)|rules?|statutes?|loi|lois|ley|leyes|d[e\u00e9]crets?|"
                            r"decretos?)\b", re.IGNORECASE)


def asks_for_law(aspect: str) -> bool:
    """The aspect asks about the law, a procedure or a policy itself: restating them answers it.

    "The compatibility of the amendments with the Convention" asks about a law; "their compatibility
    with the right to peaceful assembly" (of criminal proceedings) asks about acts in a case."""
    if _ASKS_IF_DONE.match(aspect):
        return False  # "whether the Act has been reviewed for its compatibility": was it done? "every law is subject to review" does not say
    hits = [m.group(0).lower() for m in _LAW_RE.finditer(aspect)]
    if hits and all(h.startswith("compatib") for h in hits):
        return bool(_LAW_OBJECT_RE.search(aspect))
    return bool(hits)


# "Whether the Public Order Act has been reviewed ...": a question on an act done, even when its object is a law
_ASKS_IF_DONE = re.compile(r"^\W*whether\b[^,;]{0,120}?\b(?:has|have|had) (?:ever |already |yet )?been\s+[a-z]+(?:ed|en)\b",
                           re.IGNORECASE)


def done_to_law(aspect: str) -> frozenset[str]:
    """"Whether the Public Order Act has been reviewed for its compatibility with the Convention" -> the words of the act
    asked about ("reviewed"): the evidence must report that act, not the law or the review procedure in general."""
    m = _ASKS_IF_DONE.match(aspect)
    if not m or not _LAW_RE.search(aspect) or not _LAW_OBJECT_RE.search(m.group(0)):
        return frozenset()
    verb = m.group(0).split()[-1]
    return frozenset(t for t in tokens(verb) if not t.startswith("_"))


_MEASURES_ASK_RE = re.compile(r"^\W*(?:(?:the|any|all)\s+)?(?:(?:specific|concrete|other|practical)\s+)?"
                              r"(?:measures?|steps?|actions?|efforts?|initiatives?)\b|"
                              r"^\W*(?:(?:les|las|los)\s+)?(?:mesures|medidas|acciones|actions|d[e\u00e9]marches)\b|^\W*(?:меры|шаги|действия)\b",
                              re.IGNORECASE)


def asks_for_measures(aspect: str) -> bool:
    """"The measures taken to ...": evidence must describe something done, not figures alone."""
    return bool(_MEASURES_ASK_RE.search(aspect))


_OUTCOME_ASK_RE = re.compile(r"^\W*(?:(?:the|any)\s+)?(?:outcomes?|results?)\s+of\b|"
                             r"^\W*(?:(?:le|les|el|los)\s+)?(?:r[e\u00e9]sultats?|resultados?|issue)\s+d", re.IGNORECASE)
_OUTCOME_GIVEN_RE = re.compile(
    r"\b(?:agreed|agreements?|signed|accepted|approved|endorsed|rejected|objected|objections?|concluded|conclusions?|found|"
    r"findings?|decided|decisions?|resulted|led to|outcomes?|results?|recommend\w*|opinions?|convicted|acquitted|sentenced|"
    r"dismissed|discontinued|closed|ruled|rulings?|judgments?|verdicts?|upheld|charged|indicted|suspended|fined|released|"
    r"established|confirmed|revealed|showed|shown|identified|ongoing|pending|"
    r"acuerdos?|acta|firmar\w*|firm[oó]|concluy\w*|resultados?|decidi\w*|decisi[oó]n|accords?|sign[eé]\w*|conclu\w*|"
    r"d[eé]cid\w*|constat\w*|r[eé]sultats?|avis)\b", re.IGNORECASE)


def asks_for_outcome(aspect: str) -> bool:
    """"The outcome of any consultation held", "the results of the investigation": what came of it is asked, so evidence
    that X took place is not enough."""
    return bool(_OUTCOME_ASK_RE.search(aspect))


def gives_outcome(text: str) -> bool:
    return bool(_OUTCOME_GIVEN_RE.search(text))


def asks_for_number(aspect: str) -> bool:
    """"The number of ...", "how many", "data on ...": evidence must hold a figure."""
    return bool(_NUMBER_ASK_RE.search(aspect))


_TARGET_RE = re.compile(r"\bagainst\s+(?P<t>[^,;]+?)(?=\s+(?:under|for|in|on|at|since|during|and|or|before|after|by)\b|[,;]|$)",
                        re.IGNORECASE)
_PRONOUN_TARGET_RE = re.compile(r"^(?:him|her|them|it|those|these|this|that)\b", re.IGNORECASE)


def target_tokens(aspect: str) -> frozenset[str]:
    """Who an outcome is aimed at ("the measures taken *against the officers involved*", "the proceedings
    *against Ms. Norrak*"): a case opened into the events does not say anything was done against them.
    Empty for a pronoun ("against him"), which `coverage` ties to the aspect before."""
    m = _TARGET_RE.search(aspect)
    # only "against" right after the head phrase: in "the investigation into the use of force against the
    # residents" the residents are the victims, not whom the investigation is aimed at
    if not m or _CHUNK_SPLIT_RE.search(aspect[:m.start()]) or _PRONOUN_TARGET_RE.match(m.group("t")):
        return frozenset()
    return frozenset(t for t in tokens(m.group("t")) if not t.startswith("_"))


def action_tokens(aspect: str) -> frozenset[str]:
    """Outcome words of the aspect's head phrase ("investigation", "compensation", "consultations"): the
    evidence must name the same kind of outcome, not only the thing it bears on."""
    from tocsin.analyse.lexical import ACTION_FAMILY

    return frozenset(t for t in head_tokens(aspect) if t in ACTION_FAMILY)


_REASON_ASK_RE = re.compile(r"^\W*(?:(?:the|any)\s+)?(?:reasons?|grounds|motives?)\s+(?:for|why|behind)\b|^\W*why\b|"
                            r"^\W*(?:(?:les|las|los)\s+)?(?:raisons|motifs|razones|motivos)\s+(?:de|du|des|d['\u2019]|del|por)|"
                            r"^\W*(?:pourquoi|por\s+qu[e\u00e9])\b", re.IGNORECASE)
# What a reason is given with: "because of", "owing to", "on the ground that", "in order to" ...
_REASON_GIVEN_RE = re.compile(r"\b(?:because|due to|owing to|as a result of|on (?:the )?grounds? (?:of|that)|in view of|"
                              r"given that|since|following|in order to|so as to|for (?:the )?(?:purpose|reason)s? of|"
                              r"reasons?|motivated by|in the light of|in light of|after|was decided|were decided|"
                              r"in response to|resulted from|caused by|justified by|in connection with|as (?:a )?witness(?:es)?|"
                              r"in the (?:context|framework|course) of|with a view to|aimed at|"
                              # the state of the thing closed or removed is its reason: "the building was damaged by fire
                              # and declared unsafe"
                              r"(?:damaged|destroyed|burn(?:ed|t)(?: down)?) (?:by|in)|declared (?:unsafe|unfit|uninhabitable|"
                              r"dangerous|structurally unsound|a danger))\b", re.IGNORECASE)


def asks_for_reason(aspect: str) -> bool:
    """"The reasons for X", "why X": evidence must give a reason, not only describe X or the law."""
    return bool(_REASON_ASK_RE.search(aspect))


# ... and in French and Spanish replies (matched on accent-folded text)
_FR_ES_REASON_RE = re.compile(r"\b(?:en raison d|du fait d|a cause d|faute d|par suite d|a la suite d|parce qu|puisqu|etant donne|"
                              r"compte tenu d|motive|justifie|debido a|a causa de|por (?:motivos?|razones) de|porque|dado que|"
                              r"ya que|en vista de|habida cuenta de|tras|(?:endommage|detruit|incendie|danado|destruido|incendiado)e?s? (?:par|por)|"
                              r"declarad[oa]s? (?:inhabitable|insegur|en riesgo|peligros)|declare(?:e|s|es)? (?:insalubre|dangereu|inhabitable))",
                              re.IGNORECASE)


def gives_reason(text: str) -> bool:
    from tocsin.analyse.lexical import fold

    return bool(_REASON_GIVEN_RE.search(text) or _FR_ES_REASON_RE.search(fold(text)))


_WITHOUT_RE = re.compile(r"\b(?:children|persons|people|families|residents|individuals|pupils|students|workers|migrants|"
                         r"members|women|men|those|applicants|refugees|detainees)\s+(?:without|lacking|with no|who (?:have|has) no|who (?:do|does) not (?:have|hold|possess))\s+"
                         r"((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)


_GROUP = (r"(?:children|persons|people|families|residents|individuals|pupils|students|workers|migrants|members|women|men|"
          r"applicants|refugees|detainees|herders|households|villagers|tenants|victims)")
# "the children *evicted from Brenica*", "the 36 children *refused by the school of Keshet*"
_PARTICIPLE_RE = re.compile(rf"\b{_GROUP}\s+(?:who (?:were|have been|had been)\s+)?(?P<part>[a-z]+(?:ed|en))\s+"
                            r"(?P<rest>(?:from|by|at|in|during|on)\s+[^,;]*?)(?=\s+(?:to|and|or|that|who|which|whose|"
                            r"continue|remain|are|were|is|was|have|has)\b|[,;]|$)")


def qualifier_tokens(aspect: str) -> frozenset[str]:
    """Content words of a restrictive qualifier ("children *without identity documents*"): evidence about
    the group as a whole does not tell what happened to those the request singles out."""
    out: set[str] = set()
    for m in _WITHOUT_RE.finditer(aspect):
        out.update(t for t in tokens(m.group(1)) if not t.startswith("_"))
    return frozenset(out)


def participle_qualifiers(aspect: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """("the children *evicted from Brenica*") -> (participle words, words of the phrase after it). Evidence
    names the group the request singles out when it holds the participle ("evicted") or the whole phrase
    ("in special schools for children with mild intellectual disabilities"); "Roma children attended school"
    does not say what happened to the children evicted from Brenica."""
    out = []
    for m in _PARTICIPLE_RE.finditer(aspect):
        part = frozenset(t for t in tokens(m.group("part")) if not t.startswith("_"))
        rest = frozenset(t for t in tokens(m.group("rest")) if not t.startswith("_"))
        if part and rest:
            out.append((part, rest))
    # "the compensation offered to the families *to be relocated*": compensation paid to other people (complainants,
    # victims of another event) is not that; the evidence must name what is to happen to them
    for m in _TO_BE_RE.finditer(aspect):
        part = frozenset(t for t in tokens(m.group("part")) if not t.startswith("_"))
        if part:
            out.append((part, part))
    return out


_TO_BE_RE = re.compile(rf"\b{_GROUP}\s+(?:who (?:are|were|will be) )?(?:(?:due|about|set|scheduled|going) )?to be\s+"
                       r"(?P<part>[a-z]+(?:ed|en))\b", re.IGNORECASE)


_EVENT_RE = re.compile(r"\b(?:consulted|informed|notified|warned|heard)\s+(?:\w+\s+){0,3}?(?:before|prior to|ahead of)\s+"
                       r"(?:the\s+)?(?P<event>[^,;]+)|\bduring\s+the\s+(?P<during>[^,;]+?\bon\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)",
                       re.IGNORECASE)
_DATE_WORDS = re.compile(r"\b(?:carried out|conducted|held|undertaken|in|on|since|of|January|February|March|April|May|June|"
                         r"July|August|September|October|November|December|\d{1,4})\b", re.IGNORECASE)


def event_tokens(aspect: str) -> frozenset[str]:
    """Words naming the event in "whether the communities were consulted *before the aerial spraying of August
    2023*": consultation in general, or a count of consultations held nationwide, does not say whether these
    people were consulted before that event. Likewise "the use of force during the dispersal of the blockade on 19
    March 2024": a protocol on the use of force adopted later is not about that event. Dates are left out: a year
    alone names no event."""
    out: set[str] = set()
    for m in _EVENT_RE.finditer(aspect):
        out.update(t for t in tokens(_DATE_WORDS.sub(" ", m.group("event") or m.group("during"))) if not t.startswith("_"))
    return frozenset(out)


_DAY_RE = re.compile(r"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b",
                     re.IGNORECASE)


def event_days(aspect: str) -> list[str]:
    """The days ("19 March") that date the event of `event_tokens`: evidence naming the day names the event."""
    out = []
    for m in _EVENT_RE.finditer(aspect):
        for d in _DAY_RE.finditer(m.group("event") or m.group("during")):
            out.append(f"{int(d.group(1))} {d.group(2).lower()}")
    return out
