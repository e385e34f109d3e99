"""Affected groups: ethnic, national, indigenous and religious, singular name as written.

Two sources: the vocabulary `data/groups.yaml` (names, aliases, plurals), and patterns that name a
group the vocabulary does not know: "the X minority", "the X community", "X people(s)", "persons
belonging to the X", "of X origin", "ethnic Xs (from Y)". The majority of a State concerned
("Kazakhstani officials", "of Arendian origin") is not an affected group unless the text says
"ethnic X" or "the X minority".
"""

from __future__ import annotations

import re
from functools import lru_cache

from tocsin.extract import rx
from tocsin.extract import data as vocabulary

from tocsin.domain.facts import Fact
from tocsin.extract.lexicon import Lexicon
from tocsin.extract.pipeline import Context, fact
from tocsin.extract.states import NATIONALS_AFTER, country_lexicon
from tocsin.extract.text import body_paragraphs, scan_text

NAME = "groups"
VERSION = "1.18"

_NAME = r"[A-Z\u00c0-\u00dd][\w'’-]+"
_GROUP_WORDS = (r"minority|minorities|community|communities|people|peoples|population|populations|ethnic\s+group|"
                r"ethnic\s+minority|indigenous\s+peoples?|tribe|tribes|clan|nation|villagers|farmers|herders|"
                r"refugees|origin|descent|ethnicity|diaspora")
_PATTERNS = [
    (rx.compile(r"\b(?:the\s+)?(?P<n>" + _NAME + r"(?:\s+" + _NAME + r")?)\s+(?P<w>" + _GROUP_WORDS + r")\b"), "noun"),
    (rx.compile(r"\bpersons?\s+belonging\s+to\s+(?:the\s+)?(?P<n>" + _NAME + r")"), "belonging"),
    (rx.compile(r"\bethnic\s+(?P<n>" + _NAME + r")"), "ethnic"),
    # "the Mirrani Indigenous people", "the Tavi ethnic minority"
    (rx.compile(r"\b(?P<n>" + _NAME + r")\s+(?:[Ii]ndigenous|ethnic|national|religious|linguistic|tribal|nomadic|semi-nomadic|"
                r"pastoralist|pastoral)\s+"
                r"(?P<w>(?i:people|peoples|minority|minorities|community|communities|group|groups))\b"), "noun"),
    # not the ombudsman's office: "la Defensoría del Pueblo acompañó el operativo"
    (rx.compile(r"\b(?<!Defensor[ií]a\sdel\s)(?<!Defensor\sdel\s)(?:minorit[ée]|communaut[ée]|peuple|minor[íi]a|comunidad|pueblo)\s+"
                r"(?:(?:ind[íi]gena|autochtone|originario|aut[óo]ctono|ethnique|[ée]tnic[oa]|pastorale?|nomade|pastoril|"
                r"campesin[oa]|paysanne)\s+)?"
                r"(?P<n>(?!de\b|des\b|du\b|del\b|d['’])"
                r"[\w\u00e0-\u00ff-]{3,})\b", re.IGNORECASE), "romance"),
    (rx.compile(r"\bof\s+(?P<n>" + _NAME + r")\s+(?:and\s+\w+\s+(?:of\s+)?)?(?:origin|descent|ethnicity|nationality)\b"), "origin"),
    # "whether of Arab, Ruhali or other origin": each name of the list
    (rx.compile(r"\bof\s+(?:[A-Z][\w'’-]+,\s+)+(?P<n>" + _NAME + r")\s+(?:or|and)\s+(?:other|another|any\s+other)\s+"
                r"(?:origin|descent|ethnicity)\b"), "origin"),
    # "the Halvi, a religious and linguistic minority": a name in apposition to a group noun
    (rx.compile(r"\bthe\s+(?P<n>" + _NAME + r"),\s+an?\s+(?:[\w-]+\s+){0,4}?(?P<w>minority|people|community|"
                r"ethnic\s+group|indigenous\s+people|tribe)\b"), "apposition"),
    # "both Renni and non-Renni residents"
    (rx.compile(r"\b(?P<n>" + _NAME + r")\s+and\s+non-(?P=n)\b"), "non"),
]
# a vocabulary name that is part of a person's name ("Mr. Sami Orhal") or of a general recommendation's
# title ("general recommendation No. 27 (2000) on discrimination against Roma") is not a group concerned
_PERSON_TITLE = rx.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Mme|Sr|Sra)\.?|\bM\.)\s+$")
_GR_TITLE = rx.compile(r"\bgeneral\s+recommendations?\s+No\.\s*\d+\s*(?:\(\d{4}\)\s*)?on\s+[^.;()]{0,100}$", re.I)
# a mandate's title: "Working Group of Experts on People of African Descent", "Groupe de travail d'experts sur les
# personnes d'ascendance africaine"
_MANDATE_OF = rx.compile(r"\b(?:Working\s+Group\s+of\s+Experts\s+on|Groupe\s+de\s+travail\s+d['’]experts\s+sur|"
                         r"Grupo\s+de\s+Trabajo\s+de\s+Expertos\s+sobre)\s+(?:the\s+|les\s+|los\s+|las\s+)?$", re.I)
_NATIONALS_WORD = rx.compile(r"\b(?:nationals?|citizens?|migrants?|refugees?|asylum)\b", re.I)
_STOP = {
    "Another", "Various", "Different", "Certain", "Numerous", "Most", "Few", "Main", "Small", "Large", "Smaller",
    "Larger", "Largest", "Those", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
    "Twelve", "Dozens", "Hundreds", "Thousands", "Which", "What", "Whose",
    "The", "This", "That", "These", "Local", "International", "Business", "Affected", "Entire", "Whole", "Our",
    "Their", "His", "Her", "Its", "A", "An", "Civil", "Human", "Rights", "Committee", "State", "Government",
    "Muslim", "Christian", "Jewish", "Catholic", "Orthodox", "Protestant", "Religious", "Ethnic", "National",
    "Indigenous", "Minority", "Minorities", "European", "African", "Asian", "Western", "Eastern", "Southern",
    "Northern", "Central", "Rural", "Urban", "LGBT", "LGBTI", "LGBTQ", "Deaf", "Other", "All", "Some", "Many",
    "Several", "Both", "Each", "Every", "Such", "Same", "New", "Old", "Young", "In", "On", "At", "For", "With",
    "From", "By", "To", "And", "Or", "Of", "United", "Nations", "UN", "OSCE", "NGO", "Assembly", "Peoples",
    "People", "Republic", "Kingdom", "Federation", "Agricultural", "Farming", "Roma", "Non", "Foreign",
    "Majority", "Host", "Dominant", "Titular", "Mixed", "Multi", "Multi-ethnic", "Ukrainian-speaking",
    # sentence openers before "community members", "people": "When community members attempted to ..."
    "When", "While", "Whilst", "After", "Before", "If", "As", "Since", "Although", "Though", "Because", "Where",
    "Once", "Until", "Unless", "Yet", "But", "So", "Then", "Thus", "However", "Meanwhile", "Finally", "Later",
    "One", "No", "Every", "Each", "Any",
    # "Total population" (a table's header), "the Council for Inter-ethnic Relations"
    "Total", "Relations", "Relation", "Inter-ethnic", "Interethnic",
    # "Nineteen community members were arrested": a number
    "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Thirty", "Forty",
    "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred",
}
_ROMANCE_VERB_END = re.compile(r"(?:aron|ieron|eron|aban|[íi]an|ando|iendo|aient|ait|[èe]rent|èrent)$")
_ROMANCE_STOP = {"internationale", "international", "internacional", "nationale", "nacional", "locale", "local",
                 "ethnique", "étnica", "etnica", "religieuse", "religiosa", "autochtone", "indígena", "indigena",
                 "affectée", "afectada", "entière", "entera", "concernée", "visée", "musulmane", "musulmana",
                 "chrétienne", "juive", "rom", "indigène", "indigènes", "autochtones", "indígenas",
                 "vecina", "vecino", "vecinas", "vecinos", "voisine", "voisin", "voisines", "voisins", "que", "qui",
                 "dont", "cuyo", "cuya", "rurale", "rural", "urbaine", "urbana", "tout", "toute", "toda", "todo",
                 "ante", "habría", "habrían", "había", "habían", "ha", "han", "fue", "fueron", "est", "sont", "était",
                 "a", "ont", "avait", "avaient", "para", "por", "con", "sin", "sobre", "pour", "par", "avec", "sans",
                 "sur", "dans", "en", "al", "entre"}
_GIVEN_NAMES = rx.plain(r"(?-i:[A-Z][a-z]+)[ \t]+(?:(?-i:[A-Z][a-z]+)[ \t]+)?$")
_AGE_AFTER = rx.plain(r"\s*(?:\(\d{1,3}\)|,\s*(?:aged\s+)?\d{1,3}\b)")
_ADJECTIVAL = rx.compile(r"\s+(?:authorities|officials|government|Government|language|police|courts?|"
                         r"law|army|border|state|State|citizens?|national|media|president|President|parliament|"
                         # "the Russian and Tajik versions", "Vlach Roma (Lovára)": a language, or a word naming another group
                         r"versions?|translations?|text|Roma|Romani)\b")
# "Tesk homes", "Tesk men were detained", "Veshi farmers": a name the vocabulary lacks, used at least
# twice right before a word for people or their homes
_BEFORE_PEOPLE = rx.compile(r"\b(?P<n>" + _NAME + r")\s+(?:men|women|children|residents|villagers|villages|homes|houses|"
                            r"families|farmers|herders|detainees|defendants|victims|leaders|activists|settlements|"
                            r"neighbourhoods?|neighborhoods?|protesters|demonstrators|asylum[- ]seekers|refugees|"
                            r"students|workers|fishermen|elders|youths?)\b")
_WORD = rx.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1)
def group_lexicon() -> Lexicon:
    data = vocabulary.load("groups.yaml")
    entries: dict[str, str] = {}
    for _kind, groups in data.items():
        for name, aliases in groups.items():
            name = str(name)
            for s in [name, *(aliases or [])]:
                s = str(s)
                entries.setdefault(s, name)
                if not s.endswith("s") and s[-1:].isalpha() and s[-1:].islower() and s.isascii():
                    entries.setdefault(s + "s", name)
    return Lexicon(entries)


def _singular(n: str) -> str:
    if len(n) > 4 and n.endswith("s") and not n.endswith(("ss", "us")):
        return n[:-1]
    return n


def _is_state_demonym(name: str, states: list[str]) -> bool:
    lex = country_lexicon()
    for h in lex.find(name):
        if h.start == 0 and h.end == len(name):
            return True  # a country name or adjective
    for st in states:
        if len(st) > 3 or not st.isupper():  # a name, not an ISO code
            root = st[:-1] if st.endswith(("a", "e", "o")) else st
            if name.startswith(root) and len(name) - len(root) <= 3:
                return True
    return False


def _noun_form(text: str, adjective: str) -> str:
    """The group's name as a noun when the text also writes it so: "la communauté kaldie" beside "des
    Kaldis" gives "Kaldi", "el pueblo kamaré" beside "los Kamaré" gives "Kamaré"; else as written."""
    stem = adjective[:-1] if adjective.endswith(("e", "a", "o")) and len(adjective) > 4 else adjective
    seen = re.findall(r"(?<![\w-])" + re.escape(stem[:1].upper() + stem[1:]) + r"[a-zà-ÿ]{0,2}(?![\w-])", text[:200_000])
    if not seen:
        return adjective
    best = min(seen, key=len)
    return best[:-1] if best.endswith("s") and len(best) > 4 and best[:-1].lower().startswith(stem) else best


def find_groups(ctx: Context) -> list[tuple[str, int, int, float]]:
    text = scan_text(ctx.doc.text)
    found: dict[str, tuple[int, int, float]] = {}
    lex = group_lexicon()
    clex = country_lexicon() if _NATIONALS_WORD.search(text) else None  # a national group needs its noun
    for seg in body_paragraphs(ctx.doc.text, titles=True):
        for h in clex.find(text, seg.start, seg.end) if clex is not None else ():
            # a national group: "Afghan, Syrian, Sudanese and Eritrean nationals" (an adjective, not the country's name)
            if h.surface[:1].isupper() and h.surface.endswith(("an", "ese", "i", "ish", "ch")) and NATIONALS_AFTER.match(text, h.end):
                found.setdefault(h.surface, (h.start, h.end, 0.7))
        for h in lex.find(text, seg.start, seg.end):
            if _ADJECTIVAL.match(text, h.end, min(len(text), h.end + 40)):
                continue  # "Kazakh authorities", "Uzbek language": an adjective, not the group
            if _GIVEN_NAMES.search(text, max(seg.start, h.start - 40), h.start) and _AGE_AFTER.match(text, h.end):
                continue  # "14. Mohammad Hossein Ahmadi (47)": a person's surname in a list of victims
            if _PERSON_TITLE.search(text, max(seg.start, h.start - 6), h.start) or \
                    _GR_TITLE.search(text, max(seg.start, h.start - 160), h.start) or \
                    _MANDATE_OF.search(text, max(seg.start, h.start - 60), h.start):
                continue
            found.setdefault(h.value, (h.start, h.end, 0.85))
        for rx, how in _PATTERNS:
            for m in rx.finditer(text, seg.start, seg.end):
                raw = m.group("n")
                words = raw.split()
                while words and words[0] in _STOP:
                    words = words[1:]
                if not words or any(w in _STOP for w in words):
                    continue
                n = " ".join(words)
                if len(words) == 1 and len(n) >= 6 and n.endswith("ing"):
                    continue  # "Sending people back across the border": a verb opening the sentence
                if how == "noun" and len(words) > 1:
                    continue  # "Open Dialogue Foundation community": too unsure
                if how in ("ethnic", "belonging"):
                    n = _singular(n)
                known = None
                for h in lex.find(n):
                    if h.start == 0 and h.end == len(n):
                        known = h.value
                if known:
                    found.setdefault(known, (m.start("n"), m.end("n"), 0.85))
                    continue
                if how == "romance" and (n.lower() in _ROMANCE_STOP or (n.islower() and _ROMANCE_VERB_END.search(n))):
                    continue  # "dos miembros de la comunidad murieron": a verb after the noun, no name
                if how == "romance" and n.islower():
                    n = _noun_form(text, n)
                if how != "ethnic" and _is_state_demonym(n[:1].upper() + n[1:], ctx.states):
                    continue
                # a place or a State named before "region", "community": not a group
                if how == "noun" and m.group("w").split()[0] in ("population", "populations", "nation") and \
                        _is_state_demonym(n, []):
                    continue
                found.setdefault(n, (m.start("n"), m.end("n"), 0.65))
    seen: dict[str, list[tuple[int, int]]] = {}
    for seg in body_paragraphs(ctx.doc.text, titles=True):
        for m in _BEFORE_PEOPLE.finditer(text, seg.start, seg.end):
            n = m.group("n")
            if n in _STOP or n in found or _is_state_demonym(n, ctx.states):
                continue
            if m.start() > 0 and text[max(0, m.start() - 2):m.start()].strip() in (".", "") and m.start() - seg.start < 2:
                continue  # a capitalised first word of a paragraph
            seen.setdefault(n, []).append((m.start("n"), m.end("n")))
    for n, spans in seen.items():
        if n.isupper() and len(n) <= 6:
            continue  # "AHD", "CSI": an organisation's acronym
        if len(spans) >= 2 and not any(n.lower() == k.lower() for k in found):
            found[n] = (spans[0][0], spans[0][1], 0.6)
    return sorted(((k, s, e, c) for k, (s, e, c) in found.items()), key=lambda t: t[1])


class GroupsExtractor:
    name = NAME
    version = VERSION

    def run(self, ctx: Context) -> list[Fact]:
        found = find_groups(ctx)
        ctx.groups = [k for k, *_ in found]
        return [fact(self, "group", k, confidence=c, span=(s, e), key=k, meta=_as_written(ctx, k, s, e))
                for k, s, e, c in found]


def _as_written(ctx: Context, name: str, s: int, e: int) -> dict:
    """The name as a document in another language than English writes it, in the singular ("les Roms" ->
    "Rom", "los afrodescendientes" -> "afrodescendiente", "des Peuls" -> "Peul"), when it is not the
    vocabulary's own name; the fact keeps the vocabulary's name, which links documents across languages."""
    if not any(h.start == 0 and h.end == len(name) for h in group_lexicon().find(name)):
        return {}  # a name the text itself gave (not the vocabulary's)
    written = ctx.doc.text[s:e]
    if ctx.language in ("en", "und"):
        # English keeps the vocabulary's name, but for a name written with a prefix ("Batwa", "Abatwa" for Twa):
        # the text's own form is the one its readers know
        w = written.strip()
        if " " in name and w and " " not in w:
            # a descriptive name ("person of African descent") that the text gives as one word ("Afro-descendants")
            return {"as_written": w[:-1] if w.endswith("s") and len(w) > 4 else w}
        return {"as_written": w} if w.lower().endswith(name.lower()) and len(w) > len(name) and " " not in w else {}
    if written.lower() == name.lower() or " " in written.strip() or not written.strip():
        return {}
    if written.endswith("s") and len(written) > 3 and written[-2:-1].isalpha():
        written = written[:-1]
    return {"as_written": written} if written.lower() != name.lower() else {}
