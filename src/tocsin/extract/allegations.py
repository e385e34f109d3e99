"""Allegations tagged with DOMAIN.md's vocabulary, each with its evidence sentence and hedging.

Rules in `data/allegation_rules.yaml` (per tag, regular expressions searched per sentence of running
text). Hedging: "alleged" ("it is alleged", "allegations of"), "reported" ("reportedly",
"according to information received"), else "established" (stated as fact). A State's reply makes
no allegations: it is not tagged. A sentence that only asks about a topic ("measures taken to
investigate allegations of torture") still evidences the allegation, with lower confidence.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from tocsin import cache
from tocsin.extract import rx
from tocsin.extract import data as vocabulary

from tocsin.domain.documents import DocumentKind
from tocsin.domain.facts import Fact
from tocsin.domain.vocab import allegation_tags
from tocsin.extract.pipeline import Context, fact
from tocsin.extract.text import body_paragraphs, scan_text, sentences

NAME = "allegations"
VERSION = "1.25"

_ALLEGED = rx.compile(r"\b(?:alleg\w*|purported\w*|prétendu\w*|présumé\w*|presunt\w*|denuncia\w*|якобы)", re.I)
_REPORTED = rx.compile(r"\breport(?:ed|edly|s)?\b|\baccording to\b|\binformation received\b|\bselon\b|\bsegún\b|"
                       r"\bпо\s+(?:имеющимся\s+)?(?:данным|сообщениям)", re.I)
_NEGATED = rx.compile(r"\b(?:no|not|never|without\s+any|denies|deny|denied\s+that|refute[sd]?)\s+(?:\w+\s+)?$", re.I)


@lru_cache(maxsize=1)
def _compiled_rules() -> tuple[tuple[str, re.Pattern], ...]:
    """(tag, pattern) for every rule, in rule order, tried only where its opening words occur (rx)."""
    data = vocabulary.load("allegation_rules.yaml")
    known = allegation_tags()
    for tag in data:
        if tag not in known:
            raise ValueError(f"allegation_rules.yaml: unknown tag {tag}")
    raw = [p for tag in data for p in data[tag]]
    # the rules as `re` reads them, kept in the cache (a Python step per character of ~750 rules: 30 ms a start)
    key = cache.source_key("flex-spaces", _flex_spaces.__code__.co_code, _flex_spaces.__code__.co_consts, raw)
    flexed = cache.value("allegation-rules", key, lambda: [_flex_spaces(p) for p in raw])
    tags = [tag for tag in data for _p in data[tag]]
    return tuple((tag, _compile_rule(p)) for tag, p in zip(tags, flexed))


@lru_cache(maxsize=1)
def _rule_positions() -> tuple[dict[int, int], list[int]]:
    """Each anchored rule's position by its pattern id, and the positions of rules without anchors."""
    by_id: dict[int, int] = {}
    always: list[int] = []
    for k, (_tag, p) in enumerate(_compiled_rules()):
        if type(p) is rx.Rx:
            by_id[p._id] = k
        else:
            always.append(k)
    return by_id, always


_SHORT_ANCHORS = frozenset({"no", "не"})  # two-letter openings worth looking for: rarer than every position


def _compile_rule(pattern: str) -> re.Pattern:
    """A rule opening on "no" ("no independent investigation ...") has no literal of three letters at a bounded
    distance from its start (a space in a rule matches any run of white space): it would be tried at every
    position of the text; "no" itself is far rarer, so it anchors the rule (the matches are the same)."""
    short = rx.anchor_literals(pattern, re.IGNORECASE, 2) if rx.anchor_literals(pattern, re.IGNORECASE) is None else None
    if short and all(len(lit) >= 3 or lit in _SHORT_ANCHORS for lit in short):
        return rx.compile(pattern, re.IGNORECASE, min_literal=2)
    return rx.compile(pattern, re.IGNORECASE)


def _flex_spaces(pattern: str) -> str:
    """A space in a rule matches any run of whitespace: wrapped PDF lines, OCR-joined words."""
    out = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif ch == " " and not in_class:
            out.append(r"\s+")
            continue
        out.append(ch)
    return "".join(out)


def hedging(sentence: str) -> str:
    if _ALLEGED.search(sentence):
        return "alleged"
    if _REPORTED.search(sentence):
        return "reported"
    return "established"


def find_allegations(ctx: Context) -> list[tuple[dict, int, int, float]]:
    """Each pattern runs once over the scan window; matches outside running text are dropped."""
    text = scan_text(ctx.doc.text)
    bodies = body_paragraphs(ctx.doc.text)
    if not bodies:
        return []
    starts = [b.start for b in bodies]
    sent_cache: dict[int, list] = {}

    def sentence_of(pos: int, end: int):
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or not (bodies[i].start <= pos and end <= bodies[i].end):
            return None
        if i not in sent_cache:
            sent_cache[i] = sentences(text, bodies[i].start, bodies[i].end)
        for sent in sent_cache[i]:
            if sent.start <= pos < sent.end:
                return sent
        return None

    titles: dict[int, bool] = {}  # per sentence: a mandate title, not an allegation
    asking: dict[int, bool] = {}  # per sentence: asks about the topic
    found: dict[str, tuple[dict, int, int, float]] = {}
    lo, hi = bodies[0].start, bodies[-1].end
    annex = _LEGAL_ANNEX.search(text, 0, hi)
    if annex:
        hi = annex.start()  # the annex on international law a special-procedure letter ends with: no facts
    done: set[str] = set()
    rules = _compiled_rules()  # compiled before asking which patterns are live
    live = rx.live(text)  # the rules whose literals occur in this text (None: all may match)
    if live is not None:
        # only the rules whose literals occur, in rule order (a few hundred of ~750 on a letter), plus any rule
        # without literals: not a Python step per rule
        by_id, always = _rule_positions()
        order = sorted([pos for i in live if (pos := by_id.get(i)) is not None] + always)
        todo = [rules[k] for k in order]
    else:
        todo = list(rules)
    for tag, p in todo:
        if tag in done:
            continue
        for m in p.finditer(text, lo, hi):
            sent = sentence_of(m.start(), m.end())
            if sent is None:
                continue
            if sent.start not in titles:
                titles[sent.start] = _MANDATE_TITLES.search(sent.text) is not None
            if titles[sent.start]:
                continue  # "in our capacities as Special Rapporteur on ... displaced persons": a title
            if tag in _NOT_OF_VICTIMS and _NOT_OF_VICTIMS[tag].search(text, max(sent.start, m.start() - 60), m.start()) \
                    and not _INSTEAD.search(text, max(sent.start, m.start() - 80), m.start()):
                continue  # ("Instead of arresting the attackers, police arrested 27 men": the men are victims)
            if tag == "persecution_of_defenders" and _OMBUDSMAN.search(m.group(0)):
                continue  # "the country's Human Rights Defender" (an ombudsman's title) counted five deaths
            if tag == "killing" and _OF_ANIMALS.match(text, m.end(), min(sent.end, m.end() + 30)):
                continue  # "the death of livestock"  # "no person has been arrested", "the suspects were detained": not an allegation
            if tag not in ("failure_to_protect", "impunity", "arbitrary_arrest_detention", "lack_of_consultation") and (
                    _NEGATED.search(text[max(sent.start, m.start() - 30):m.start()])
                    or _NEGATED_WIDE.search(text, max(sent.start, m.start() - 60), m.start())):
                continue
            if tag not in ("failure_to_protect", "impunity") and _MEASURE_AGAINST.search(
                    text, max(sent.start, m.start() - 70), m.start()):
                continue  # "a national action plan against hate speech", "the Penal Code criminalizes torture"
            if sent.start not in asking:
                asking[sent.start] = _ASKING.search(sent.text) is not None
            if asking[sent.start] and tag == "unfair_trial":
                continue  # "measures taken to ensure access to a lawyer of his choice": a safeguard asked for
            conf = 0.6 if asking[sent.start] else 0.8
            if tag not in found or conf > found[tag][3] or (conf == found[tag][3] and m.start() < found[tag][1]):
                value = {"tag": tag, "hedging": hedging(sent.text), "evidence": " ".join(sent.text.split())[:500]}
                found[tag] = (value, m.start(), m.end(), conf)
            if conf >= 0.8:
                done.add(tag)
                break
    return sorted(found.values(), key=lambda t: t[1])


_MANDATE_TITLES = rx.compile(r"\bin\s+(?:our|my)\s+capacit(?:y|ies)\s+as\b|^\s*Mandates?\s+of\s+the\b|"
                             # the legal framework of a special-procedure letter: "we would like to draw the
                             # attention of your Excellency's Government to articles 9, 14 ... of the ICCPR"
                             r"\bdraw\s+the\s+attention\s+of\s+your\s+Excellency['’]s\s+Government\s+to\s+(?:the\s+)?"
                             r"(?:articles?|international|relevant|applicable|following)\b|"
                             r"\ben\s+(?:nuestra|mi)\s+calidad\s+de\b|\ben\s+(?:notre|ma)\s+qualit[ée]\s+de\b", re.I)
_NOT_OF_VICTIMS = {
    # "charged with 'incitement to separatism'": a charge against the victims, not hate speech against them
    "hate_speech_incitement": rx.compile(r"\b(?:charged|accused|convicted|prosecuted|indicted|sentenced|offences?|"
                                         r"charges?|proceedings|criminal\s+cases?|prosecution)\b[^.]{0,80}$|\barticles?\s+\d[^.]{0,80}$", re.I),
    # "mass fish deaths": animals, not people
    "killing": rx.compile(r"\b(?:fish|livestock|cattle|animals?|sheep|goats?|birds?|bees?|reindeer|camels?)\s+$", re.I),
    "arbitrary_arrest_detention": rx.compile(
        r"(?:\b(?:no|none|nobody|not\s+a\s+single|neither)\b(?:\s+[\w-]+){0,3}\s+(?:(?:has|have|had|was|were)\s+(?:yet\s+|ever\s+)?(?:been\s+)?)?"
        r"|\b(?:suspects?|perpetrators?|attackers|assailants|those\s+responsible|the\s+officers?)\b[^.]{0,30})$", re.I),
}
_LEGAL_ANNEX = rx.compile(r"^[ \t]*(?:Annex[ \t]*\n\s*)?Reference\s+to\s+international\s+human\s+rights\s+law\b|"
                          r"^[ \t]*(?:Annexe?[ \t]*\n\s*)?R[ée]f[ée]rences?\s+au\s+droit\s+international\s+relatif\s+aux\s+droits\s+de\s+l|"
                          r"^[ \t]*(?:Anexo[ \t]*\n\s*)?Referencias?\s+al\s+derecho\s+internacional\s+de\s+los\s+derechos\s+humanos\b",
                          re.I | re.M)
# "No tenemos conocimiento de que ninguno de los detenidos haya sufrido malos tratos", "aucun ... n'a subi"
_INSTEAD = rx.compile(r"\binstead\s+of\s+(?:arresting|detaining|pursuing|prosecuting|charging)\b", re.I)
_OMBUDSMAN = rx.compile(r"\bHuman\s+Rights\s+Defender\b(?!s)")
_OF_ANIMALS = rx.compile(r"\s+(?:of|among)\s+(?:the\s+|their\s+)?(?:livestock|cattle|fish|animals|sheep|goats|camels|reindeer|"
                         r"herds|poultry|bees)\b", re.I)
_NEGATED_WIDE = rx.compile(r"\b(?:ning[úu]n[oa]?|nadie|aucun[e]?|jam[áa]is|nunca|none\s+of\s+the)\b[^.;]{0,50}$", re.I)
# a measure against the topic, or a law that forbids it: not an allegation that it happened
_MEASURE_AGAINST = rx.compile(
    r"\b(?:plan|strategy|programme|program|campaign|legislation|policy|lutte|lucha)\s+(?:[\w-]+\s+){0,2}"
    r"(?:against|on\s+combating|to\s+combat|for\s+combating|contre|contra|para\s+combatir)\s+(?:[\w'’-]+\s+){0,5}$"
    r"|\b(?:prohibits|prohibiting|criminali[sz]es|punishes|penali[sz]es|incrimine|proh[íi]be|sanciona|tipifica)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I)
_ASKING = rx.compile(r"\b(?:measures|steps)\s+taken\b|\bplease\b", re.I)


class AllegationsExtractor:
    name = NAME
    version = VERSION

    def run(self, ctx: Context) -> list[Fact]:
        if ctx.kind is DocumentKind.STATE_REPLY:
            return []
        found = find_allegations(ctx)
        tags = {v["tag"] for v, *_ in found}
        # a figure of deaths or injuries the document states (in a table, say, that no rule reads) alleges killing or
        # injury: the figure's own sentence is the evidence
        for f in ctx.facts:
            tag = _OF_FIGURE.get(f.value["category"]) if f.field == "casualty" else None
            if tag and tag not in tags and f.span is not None:
                tags.add(tag)
                value = {"tag": tag, "hedging": hedging(f.value["evidence"]), "evidence": f.value["evidence"]}
                found.append((value, f.span.start, f.span.end, min(f.confidence, 0.7)))
        found.sort(key=lambda t: t[1])
        return [fact(self, "allegation", v, confidence=c, span=(s, e), key=v["tag"]) for v, s, e, c in found]


_OF_FIGURE = {"killed": "killing", "injured": "injury"}
