"""States concerned: ISO 3166-1 alpha-3 codes, or the name of a State that has none.

Mentions come from names and adjectives (pycountry plus `data/countries*.yaml`), codes inside UN
symbols (CERD/C/KAZ/CO/8-10), and "the Republic of X" / "the Government of X" / "Permanent
Representative (Mission) of X" for States that ISO does not know (fictional or historical). A State
is *concerned* when the document is addressed to it or from it, names its Government or mission,
carries it in a symbol, or mentions it at least twice in running text; a country named once only
as a destination ("fled to neighbouring X") is a place, not a State concerned.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from tocsin.extract import rx
from tocsin.extract import data as vocabulary

from tocsin.domain.facts import Fact
from tocsin.extract.lexicon import Lexicon
from tocsin.extract.pipeline import Context, fact
from tocsin.extract.text import body_paragraphs, scan_text

NAME = "states"
VERSION = "1.16"

_AMBIGUOUS = {"Chad", "Jordan", "Georgia", "Guinea", "Turkey", "Niger", "Dominica", "Israel", "Mali", "Togo",
              "Jersey", "Man", "Cook", "Christmas", "Norfolk", "Heard", "Wallis", "French"}


@lru_cache(maxsize=1)
def country_lexicon() -> Lexicon:
    import pycountry

    entries: dict[str, str] = {}
    for c in pycountry.countries:
        for nm in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if nm and "," not in nm and nm not in _AMBIGUOUS:
                entries[nm] = c.alpha_3
    for fname in ("countries.yaml", "countries_i18n.yaml"):
        data = vocabulary.load(fname) or {}
        for code, names in data.items():
            for nm in names or []:
                entries[str(nm)] = code
    for nm in ("Georgia", "Jordan", "Chad", "Niger", "Israel", "Mali", "Guinea", "Togo"):
        entries[f"Government of {nm}"] = pycountry.countries.lookup(nm).alpha_3
        entries[f"State of {nm}"] = pycountry.countries.lookup(nm).alpha_3
    return Lexicon(entries)


@lru_cache(maxsize=1)
def alpha3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


_SYMBOL_CODE = rx.compile(r"\b(?:CERD|CCPR|CAT|CRC|CEDAW|CMW|CRPD|CED|E/C\.12)/C/(?P<c>[A-Z]{3})/")
_FICTIONAL = rx.compile(
    r"\b(?:(?:Government|Permanent\s+(?:Representative|Mission)|Ministry\s+of\s+\w+(?:\s+Affairs)?|authorities|"
    r"Embassy|President|Parliament|Constitution)\s+of\s+(?:the\s+)?)?"
    r"(?P<form>(?:Republic|Kingdom|Federation|Principality|Sultanate|Emirate|Commonwealth|Federal\s+Republic|"
    r"Democratic\s+Republic|People's\s+Republic|United\s+Republic|United\s+Provinces|United\s+States|Plurinational\s+State|Islamic\s+Republic)\s+of\s+"
    r"|(?:R[ée]publique|Royaume|F[ée]d[ée]ration|Principaut[ée])\s+(?:de\s+|du\s+|d['’])(?:la\s+|l['’])?"
    r"|(?:Rep[úu]blica|Reino|Federaci[óo]n|Principado|Estado\s+Plurinacional|[ÉE]tat\s+plurinational)\s+(?:de\s+|del\s+|du\s+)(?:la\s+)?)"
    # a two-word name stays on one line ("Republic of Velmora\n\nIstral, 18 March": the town of the date line)
    # and on one column: "Republic of Vardessa        Republic of Oltria" is two letterheads side by side
    r"(?P<n>[A-Z][a-z\u00e0-\u00ff]{2,}(?:[ \t][A-Z][a-z\u00e0-\u00ff]{2,})?)"
)
# a letterhead in capitals: "PERMANENT MISSION OF THE UNITED REPUBLIC OF OSKARA"
_FICTIONAL_CAPS = rx.compile(r"(?-i:\b(?P<form>(?:REPUBLIC|KINGDOM|FEDERATION|PRINCIPALITY|SULTANATE|EMIRATE|COMMONWEALTH)\s+OF\s+)"
                             r"(?P<n>[A-Z]{4,}(?:[ \t][A-Z]{4,})?))\b(?![ \t]+(?:TO|AT|IN)\b)")
# Russian: "Республика Валдория", "Правительства Республики Валдория": the name after the form of
# government stays in the nominative
_FICTIONAL_RU = rx.compile(r"(?<!\w)(?P<form>(?:Республик[аиеуой]{1,2}|Королевств[оауе]|Федераци[яиюей])\s+)"
                           r"(?P<n>[А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")
_GOVT_FICTIONAL = rx.compile(r"\b(?:Government|Permanent\s+(?:Representative|Mission)|authorities|Gouvernement|Gobierno|"
                             r"autorités|autoridades|gouvernement|gobierno)"
                             r"\s+(?:of|de|du|del)\s+(?:la\s+|l['’])?(?P<n>[A-Z][a-z\u00e0-\u00ff]{3,})(?![\w-]|\s+[A-Z]|\s+(?:district|region|province))")
_GOVT_OF = rx.compile(r"\b(?:Government|Permanent\s+(?:Representative|Mission)|authorities|Embassy)\s+of\s+(?:the\s+)?"
                      r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})")
# "the situation of the Mennet minority in Lunaria", "the periodic reports of Lunaria": the State a
# committee text is about, even when no ISO name or "Government of X" formula gives it
_SITUATION_IN = rx.compile(
    r"\b(?:situation\s+of|information\s+(?:concerning|regarding|on|about))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:minorit(?:y|ies)|people|peoples|communit(?:y|ies)|population|"
    r"Roma|refugees|indigenous\s+peoples?)\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:highlands|valley|region|district|province|"
    r"area|mountains|lowlands)\s+of\s+(?:the\s+)?)?(?P<n>[A-Z][a-z\u00e0-\u00ff]{3,})(?=\s*[,.;:()]|\s+(?:under|and|since|as|has|was|is)\b|[ \t]*\n)"
    r"|\bperiodic\s+reports?\s+of\s+(?:the\s+)?(?P<n2>[A-Z][a-z\u00e0-\u00ff]{3,})\b(?!\s+[A-Z])")
# "Decision on the situation of the Halvi in Tirvenia, adopted ...": a committee title naming the State
_SITUATION_TITLE = rx.compile(r"\bsituation\s+of\s+the\s+[A-Z][\w'’-]+(?:\s+minority|\s+people|\s+community)?\s+in\s+(?P<n>[A-Z][a-z\u00e0-\u00ff]{3,})(?=\s*[,.;:]|\s+under\b|[ \t]*\n)")
# special-procedure references carry the State's ISO code: "AL KAZ 3/2023", "UA RUS 12/2022", "JOL OTH 4/2021"
# \b(?:J?AL|J?UA|J?OL)\s+..., written to open on its first letter so that `re` skips ahead (same matches)
_SP_REF = rx.compile(r"(?:J(?<!\wJ)(?:AL|UA|OL)|A(?<!\wA)L|U(?<!\wU)A|O(?<!\wO)L)\s+(?P<c>[A-Z]{3})\s+\d{1,3}/\d{4}\b")
_GOVT_RU = rx.compile(r"(?<!\w)(?:власт[иьяейм]\w*|правительств[оау]\w*|посольств[оау]\w*)\s+(?P<n>[А-ЯЁ][а-яё]{3,}ии)(?!\w)")
_IS_STATE_PARTY = rx.compile(r"\b(?P<n>[A-Z][a-z\u00e0-\u00ff]{3,})\s+(?:is|became|has\s+been)\s+a\s+State\s+party\s+to\b")
_NOT_STATE = {"Geneva", "Canada", "National", "Interior", "Justice", "Defence", "Education", "Health", "Foreign",
              # month and day names hold a code's letters too ("September" for SMB)
              "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
              "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_ADDRESS_OR_REGISTER = rx.compile(r",\s*(?:[A-Z]{1,3}-)?\d{4,6}\s+[A-Z][a-z]+|\bregistered\s+(?:under|as\s+an?\s+(?:association|NGO|charity)|with\s+the|"
                                  r"in\s+the\s+Register)\b|\bRegister\s+of\b|\b(?:Tel|Phone|Fax)\b\.?\s*:?\s*\+|@\w")
_PAIRED_STATE = rx.compile(r"\b(?:to|in|of|by|between|from)\s+(?P<a>[A-Z][a-z]{3,})\s+and\s+(?P<b>[A-Z][a-z]{3,})\b(?!\s+[A-Z])")
_VENUE_BEFORE = rx.compile(r"\b(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s*(?:the\s+)?$")
_DESTINATION = rx.compile(r"\b(?:fled|flee|fleeing|escaped|crossed|(?:in)?to\s+(?:the\s+)?neighbou?ring|"
                          r"refuge\s+in|asylum\s+in|deported\s+to|"
                          # "cruzaron a la República de X", "ont fui vers le X", "huyeron hacia"
                          r"cruzaron|huyeron|se\s+refugiaron|ont\s+fui|se\s+sont\s+r[ée]fugi[ée]s|traversé)\W+(?:\w+\W+){0,2}$", re.I)


# a nationality given to people, alone or in a list: "Afghan, Syrian, Sudanese and Eritrean nationals"
NATIONALS_AFTER = rx.compile(r"(?:\s*(?:,|and|or)\s*[A-Z][\w'’-]+){0,6}\s+(?:nationals?|citizens?|migrants?|refugees?|"
                             r"asylum[- ]seekers?)\b")
_IN_COUNTRY_SHAPE = rx.compile(r"\b(?:in|of|to|from|across)\s+(?P<n>[A-Z][a-z]{2,}(?:ia|land|stan|ania|esia|ova|ica|aria|ary|ay))\b")
_CAP_WORD = rx.compile(r"\b[A-Z][a-z\u00e0-\u00ff]{3,}(?:\b|(?=\d))")  # "Dravenia4": a footnote's number glued on


def _is_subsequence(code: str, word: str) -> bool:
    it = iter(word.lower())
    return all(ch in it for ch in code.lower())


_AS_STATE_BEFORE = rx.compile(r"\b(?:Government|Republic|Kingdom|authorities|State\s+party)\s+of\s+(?:the\s+)?$")


def _named_as_state(text: str, pos: int) -> bool:
    """Once is enough for a name given as a State's: "adopted by the Government of Tervania"."""
    return _AS_STATE_BEFORE.search(text, max(0, pos - 40), pos) is not None


def _name_for_code(text: str, code: str, lex) -> tuple[str, tuple[int, int]] | None:
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for m in _CAP_WORD.finditer(text, 0, min(len(text), 50_000)):
        w = m.group(0)
        if w[0] != code[0] or not _is_subsequence(code, w) or w in _NOT_STATE:
            continue
        counts[w] += 1
        first.setdefault(w, (m.start(), m.end()))
    for w in list(counts):
        # "Dravenian Home Guard" twice and "Dravenia" once: the adjective counts for the country's name
        noun = next((w[:-k] for k in (1, 2) if w[:-k] in counts and w[-k:] in ("n", "an")), None)
        if noun is not None:
            counts[noun] += counts.pop(w)
    cands = [(n, w) for w, n in counts.items() if (n >= 2 or _named_as_state(text, first[w][0]))
             and not any(h.start == 0 for h in lex.find(w))]
    if len(cands) != 1:
        return None  # none, or several: too unsure
    w = cands[0][1]
    return w, first[w]


_CAP_PAIR = rx.plain(r"\b[A-Z][a-zà-ÿ]+(?:[ \t][A-Z][a-zà-ÿ]+)?")


def _name_spelling_code(text: str, code: str, lex) -> str | None:
    """A name of one or two capitalised words, written twice at least, that ISO does not know and whose letters
    spell the code in order from its first letter ("Nueva Calandria" for NCL)."""
    counts: Counter[str] = Counter()
    for m in _CAP_PAIR.finditer(text, 0, min(len(text), 50_000)):
        w = m.group(0)
        if w[0] == code[0] and _is_subsequence(code, w.replace(" ", "")) and w not in _NOT_STATE \
                and w.split()[0] not in _NOT_STATE:
            counts[w] += 1
    cands = [w for w, n in counts.items() if n >= 2 and not any(h.start == 0 for h in lex.find(w))]
    return cands[0] if len(cands) == 1 else None


def _first_named_twice(pattern, text: str, limit: int, lex, strong: dict[str, tuple[int, int]]) -> None:
    """The first name the pattern gives (group "n") that ISO does not know and the text writes twice at least."""
    for m in pattern.finditer(text, 0, min(len(text), limit)):
        name = m.group("n")
        if name in _NOT_STATE or any(h.start == 0 for h in lex.find(name)):
            continue
        if len(re.findall(r"\b" + re.escape(name) + r"\b", text[:200_000])) >= 2:
            strong.setdefault(name, (m.start("n"), m.end("n")))
            return


_LANGUAGE_WORD = rx.plain(r"(?:i|ese|ian|ish|ic|ali)$")  # the word found ends as a language's name does
_IN_LANGUAGE_BEFORE = rx.plain(r"\b(?:in|into|from|speak|speaks|spoken|speaking)\s+(?:[A-Z][\w-]+\s+(?:and|or)\s+)?$")
_LANGUAGE_AFTER = rx.plain(r"(?:\s+|-)(?:language|languages|speakers?|speaking|medium|translation|interpretation|version|dialect)\b")


_STATE_PARTY_FIELD = rx.compile(r"^[ \t]*(?:State\s+party|[ÉE]tat\s+partie|Estado\s+parte)[ \t]*:[ \t]*"
                                r"(?P<n>[A-ZÀ-Ý][\w'’-]+(?:[ \t][A-ZÀ-Ý][\w'’-]+){0,3})[ \t]*$", re.M)


def find_states(ctx: Context) -> list[tuple[str, int, int, float]]:
    """(code or name, start, end, confidence) of each State concerned, in order of first mention."""
    text = scan_text(ctx.doc.text)
    lex = country_lexicon()
    strong: dict[str, tuple[int, int]] = {}
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    mentions: list[tuple[str, int, int]] = []
    unknown_codes: list[str] = []
    for rx in (_SYMBOL_CODE, _SP_REF):
        for m in rx.finditer(text, 0, min(len(text), 20_000)):
            if m.group("c") == "OTH":
                continue  # "JOL OTH 4/2021": a letter to a company or other non-State actor
            if m.group("c") in alpha3_codes():
                strong.setdefault(m.group("c"), (m.start("c"), m.end("c")))
            else:
                unknown_codes.append(m.group("c"))
    # a fictional State whose symbol's code is also a real one's ("CERD/C/NCL/CO/18-20" for Nueva Calandria, not New
    # Caledonia): the real country is never named, and the text names the fictional one twice in words that spell the code
    for code in [c for c in strong if c in alpha3_codes()]:
        if any(h.value == code for h in lex.find(text, 0, min(len(text), 100_000))):
            continue
        named = _name_spelling_code(text, code, lex)
        if named:
            pos = strong.pop(code)
            strong[named] = pos
    # an opinion's head: "State party: Velmora"
    for m in _STATE_PARTY_FIELD.finditer(text, 0, min(len(text), 5000)):
        name = m.group("n")
        code = next((h.value for h in lex.find(name) if h.start == 0 and h.end == len(name)), None)
        strong.setdefault(code or name, (m.start("n"), m.end("n")))
    # fictional or historical States named by their form of government
    for m in [*_FICTIONAL.finditer(text), *_FICTIONAL_RU.finditer(text, 0, min(len(text), 50_000)),
              *_FICTIONAL_CAPS.finditer(text, 0, min(len(text), 600))]:
        name = m.group("n")
        if name.isupper():
            name = " ".join(w.capitalize() for w in name.split())  # a letterhead in capitals
        full = m.group("form") + name
        code = None
        for h in lex.find(full):
            if h.start == 0 and h.end == len(full):
                code = h.value
        if code is None:
            for h in lex.find(name):
                if h.start == 0 and h.end == len(name):
                    code = h.value
        if _DESTINATION.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "crossed the border into the neighbouring Republic of Corvath": where people fled
        ls, le = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()))) + 1, text.find("\n", m.end())  # its line and the one before
        if m.start() > 800 and _ADDRESS_OR_REGISTER.search(text, ls, le if le >= 0 else len(text)):
            continue  # "Ul. Kamenna 14, 11040 Velmora, Federation of Kharesh": a signature's address, or the register an
            # NGO is entered in, below the text (a letterhead's address at the top names the State concerned)
        if _VENUE_BEFORE.search(text, max(0, m.start() - 50), m.start()) and text.count(name) == 1:
            continue  # "the talks held in Port Elvane, Republic of Omvala": where a meeting took place
        key = code or name
        strong.setdefault(key, (m.start("n"), m.end("n")))
    for m in _GOVT_OF.finditer(text):
        for h in lex.find(text, m.start("n"), m.end("n")):
            if h.start == m.start("n"):
                strong.setdefault(h.value, (h.start, h.end))
    if not strong:
        for m in _SITUATION_IN.finditer(text, 0, min(len(text), 20_000)):
            g = "n" if m.group("n") else "n2"
            name = m.group(g)
            if name in _NOT_STATE or name.lower() in {x.lower() for x in ctx.groups}:
                continue
            hit = next((h.value for h in lex.find(name) if h.start == 0 and h.end == len(name)), None)
            if hit is None and unknown_codes and not any(_is_subsequence(c, name) for c in unknown_codes):
                continue  # "the situation of Roma in Selmar" under "AL RUV 2/2025": a city, not the State RUV
            strong.setdefault(hit or name, (m.start(g), m.end(g)))
            break
    if not strong:
        _first_named_twice(_SITUATION_TITLE, text, 20_000, lex, strong)
    if not strong and unknown_codes:
        # a symbol or reference with a code ISO does not know ("AL PLC 3/2023", "CERD/C/TRV/DEC/1"): a
        # fictional State, named in the text by a capitalised word that starts with the code's first
        # letter and holds its letters in order ("Pellucia"), used at least twice
        hit = _name_for_code(text, unknown_codes[0], lex)
        if hit:
            strong.setdefault(hit[0], hit[1])
    if not strong:
        # Russian: "власти Корсетии" (genitive) -> "Корсетия", when the nominative is also written
        for m in _GOVT_RU.finditer(text, 0, min(len(text), 50_000)):
            gen = m.group("n")
            nom = gen[:-2] + "ия" if gen.endswith("ии") else None
            if nom and not any(h.start == 0 for h in lex.find(nom)) and re.search(r"(?<!\w)" + nom + r"(?!\w)", text[:200_000]):
                strong.setdefault(nom, (m.start("n"), m.end("n")))
                break
    if not strong:
        # "Dastaria is a State party to the International Convention ...": the State a text is about
        _first_named_twice(_IS_STATE_PARTY, text, 50_000, lex, strong)
    if not strong:
        # a State ISO does not know ("the authorities of Tamaria"), named at least twice
        for m in _GOVT_FICTIONAL.finditer(text):
            name = m.group("n")
            if any(h.start == 0 for h in lex.find(name)) or name in _NOT_STATE:
                continue
            if len(re.findall(r"\b" + re.escape(name) + r"\b", text[:200_000])) >= 2:
                strong.setdefault(name, (m.start("n"), m.end("n")))
    if not strong and not any(h for h in lex.find(text, 0, min(len(text), 20_000))):
        # last resort, when no State is named in any form ISO or the rules know: a name shaped like a
        # country's ("Dastria", "Norvaland") that the text places things "in", three times at least
        seen: Counter[str] = Counter()
        where: dict[str, tuple[int, int]] = {}
        for m in _IN_COUNTRY_SHAPE.finditer(text, 0, min(len(text), 50_000)):
            name = m.group("n")
            if name in _NOT_STATE or name.lower() in {g.lower() for g in ctx.groups}:
                continue
            seen[name] += 1
            where.setdefault(name, (m.start("n"), m.end("n")))
        if seen:
            name, n = seen.most_common(1)[0]
            if n >= 2 and len(re.findall(r"\b" + re.escape(name) + r"\b", text[:200_000])) >= 3:
                strong.setdefault(name, where[name])
    # "its monitoring missions to Harlund and Veskaria": a name joined to a fictional State found above, where both
    # are what things are done "to", "in", "of" or "by", is a State too when the text names it again
    fictional = [k for k in strong if k not in alpha3_codes() and " " not in k]
    pairs = list(_PAIRED_STATE.finditer(text, 0, min(len(text), 50_000))) if fictional else []
    for name in fictional:
        for m in pairs:
            a, b = m.group("a"), m.group("b")
            other = b if a == name else a if b == name else None
            if other is None or other in strong or other in _NOT_STATE or any(h.start == 0 for h in lex.find(other)) \
                    or other.lower() in {g.lower() for g in ctx.groups}:
                continue
            if len(re.findall(r"\b" + re.escape(other) + r"\b", text[:200_000])) >= 2:
                g = "b" if other == b else "a"
                strong.setdefault(other, (m.start(g), m.end(g)))
    bodies = body_paragraphs(ctx.doc.text)
    for seg in bodies:
        for h in lex.find(text, seg.start, seg.end):
            mentions.append((h.value, h.start, h.end))
            first.setdefault(h.value, (h.start, h.end))
            if _DESTINATION.search(text[max(seg.start, h.start - 40):h.start]) or NATIONALS_AFTER.match(text, h.end):
                continue  # "fled to neighbouring X"; "mostly Afghan, Syrian and Sudanese nationals": people's origins
            if _LANGUAGE_WORD.search(text, h.start, h.end) and (
                    _IN_LANGUAGE_BEFORE.search(text, max(seg.start, h.start - 30), h.start) or _LANGUAGE_AFTER.match(text, h.end)):
                continue  # "broadcast in Awadhi and Nepali", "Russian-language schools": a language, not its country
            counts[h.value] += 1
    # "the Veshi minority in the Republic of Arendia": fictional names repeated in the body
    out: dict[str, tuple[int, int, float]] = {}
    for key, span in strong.items():
        out[key] = (span[0], span[1], 0.9)
    for key, n in counts.items():
        if key in out:
            continue
        if n >= 2:
            s, e = first[key]
            out[key] = (s, e, 0.6 + min(0.3, 0.05 * n))
    if not out and counts:
        key, n = counts.most_common(1)[0]
        s, e = first[key]
        out[key] = (s, e, 0.5)
    ctx_mentions = getattr(ctx, "country_mentions", None)
    if ctx_mentions is not None:
        ctx_mentions.extend(mentions)
    return sorted(((k, s, e, c) for k, (s, e, c) in out.items()), key=lambda t: t[1])


class StatesExtractor:
    name = NAME
    version = VERSION

    def run(self, ctx: Context) -> list[Fact]:
        found = find_states(ctx)
        ctx.states = [k for k, *_ in found]
        return [fact(self, "state", k, confidence=c, span=(s, e), key=k) for k, s, e, c in found]
