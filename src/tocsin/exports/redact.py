"""Redacted public exports: personal names, e-mail addresses and phone numbers out, stable pseudonyms in.

Pure functions of domain objects (no database): services/redaction.py gathers the documents, their
facts and the names known from every fact (confidential ones included: they are used to find names,
never shown), and calls `public_export`.

Names are found from:
- person facts (sender, recipient, signatory, witness, victim, source, ... and any fact value that
  holds a "name");
- honorifics: Mr., Mrs., Ms., Miss, Dr., Prof., Sir, Madam, Her/His Excellency, H.E. ... and the
  capitalised words after them;
- "named X Y", "called X", "known as X";
- signature blocks (the name lines after "Yours sincerely");
- a capitalised-name heuristic: two to four capitalised words within a few words of a victim or
  witness word (victim, witness, killed, detained, son of, aged ...).
Each person found gets "Person N" in order of first appearance, the same across every document of
the export; a part of a full name (the surname alone) maps to the same person. Matching ignores
case and diacritics. The heuristics err on the side of removing: a place may become a "Person".
What stays: the text with those substitutions, non-confidential facts with substituted values,
kinds and dates. What never appears: file names, metadata (e-mail headers), confidential documents
and facts, the pseudonym table.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tocsin.domain.documents import Confidentiality, StoredDocument
from tocsin.domain.facts import Fact, FactStatus

VERSION = "1"

#: Fact fields whose values name people.
PERSON_FIELDS = {"sender", "recipient", "signatory", "witness", "victim", "source", "author", "person",
                 "complainant", "petitioner", "contact", "perpetrator", "defender", "interviewee"}

_UP = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ]"
_LOW = r"[a-zß-öø-ÿā-žа-яё'’\-]"
_CAP = rf"{_UP}{_LOW}+(?:-{_UP}{_LOW}+)?"  # Aigerim, Oskenbayeva, Jean-Paul
_INITIAL = rf"{_UP}\."
_PARTICLE = r"(?:bin|ibn|binti|al|el|van|von|der|de|da|du|di|la|le|dos|das|del|ter|ten|mac|ben)"
_NAME = rf"(?:{_CAP}|{_INITIAL})(?:\s+(?:{_PARTICLE}[\s-]+)?(?:{_CAP}|{_INITIAL})){{0,3}}"
_HONORIFIC = (r"(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sir|Dame|Madam|Madame|Mme|Mlle|M|Monsieur|Sr|Sra|Srta|"
              r"Herr|Frau|Rev|Father|Sister|Sheikh|Imam|Judge|Justice|Ambassador|Minister|Senator|"
              r"(?:Her|His|Your)\s+(?:Excellency|Majesty|Highness|Honour|Honor)|H\.\s?E\.|Hon)")
_HONORIFIC_NAME = re.compile(rf"\b{_HONORIFIC}\.?\s+(?P<name>{_NAME})")
_NAMED = re.compile(rf"\b(?:named|called|known\s+as|identified\s+as|alias|nicknamed|née|nee)\s+(?P<name>{_NAME})")
_SIGNOFF = re.compile(r"(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|Respectfully|"
                      r"Kind\s+regards|Best\s+regards|Regards|Signed|\(signed\)|\(Signed\))[,.]?\s*\n", re.IGNORECASE)
_OF = re.compile(r"\s+(?:of|to|at|for|in|on|from|with)\s+")
_CANDIDATE = re.compile(rf"\b{_NAME}\b")
_CUES = re.compile(
    r"\b(?:victims?|witness(?:es)?|testif\w*|survivors?|complainants?|petitioners?|detained|arrested|killed|"
    r"murdered|shot|beaten|tortured|injured|wounded|disappeared|abducted|kidnapped|missing|raped|assaulted|"
    r"threatened|harassed|evicted|displaced|deceased|died|dead|body|funeral|defenders?|journalists?|activists?|"
    r"lawyers?|sources?|informants?|interviewee|resident|villagers?|farmers?|herders?|students?|teachers?|"
    r"elders?|sons?|daughters?|wife|husband|widow|mother|father|brother|sister|child|children|relatives?|"
    r"family|aged|years?\s+old|year-old|Mr|Mrs|Ms|according\s+to|told|said|stated|reported)\b", re.IGNORECASE)
_CUE_WINDOW = 80  # characters either side of a cue word

#: Capitalised words that are not names (sentence openers, institutions, places, months ...).
_NOT_NAME = {w.lower() for w in """
The A An And Or But If In On At Of For To From By With Without Within Under Over After Before During Since Until
This That These Those There Their They Them He She His Her Its It We Our Us You Your I Me My Mine Who Whom Whose
When Where Which What Why How All Any Some Each Every Both Either Neither No Not None Also However Moreover
Furthermore Therefore Thus Then Yet Still Although Though While Whereas Because As Such Other Another Many Most
Several Few More Less Further Please Dear Yours Sincerely Faithfully Regards Excellency Majesty Highness
Committee Committees Council Commission Commissioner Office Secretariat Secretary General Government Governments
State States Party Parties Republic Kingdom Federation Union United Nations Nation National International Human
Rights Right Racial Discrimination Elimination Convention Covenant Article Articles Paragraph Paragraphs Annex
Ministry Minister Mission Permanent Representative Embassy Ambassador Court Courts Supreme Tribunal Police
Army Military Forces Force Security Service Services Prosecutor Prosecutors Office Agency Department Bureau
Parliament Assembly President Prime Chair Chairperson Rapporteur Special Member Members Group Groups Working
Early Warning Urgent Action Procedure Procedures Session Sessions Meeting Report Reports Statement Letter Reply
Note Verbale Communication Decision Recommendation Recommendations Observations Concluding Information Request
Requests Response Follow Up Follow-up Geneva New York Palais Wilson Avenue Street Road District Region Province
Oblast Village Town City County Municipality River Valley Lake Mountain Mountains Dam Reservoir Camp Prison
Centre Center School Hospital University Foundation Association Society Institute Network Movement Coalition
Alliance Organisation Organization NGO NGOs Watch Amnesty Centre Indigenous Peoples People Minority Minorities
Community Communities Roma Sinti Travellers Pastoralists Herders Muslims Christians Jews Buddhists Hindus
January February March April May June July August September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday North South East West Northern Southern Eastern Western Central Upper Lower
Great Old New Saint St Holy Lord God Allah Islamic Christian Catholic Orthodox Protestant Ref Reference CERD
EWUAP OHCHR UN UNHCR UNICEF UNESCO OSCE EU AU ICC ICJ Mr Mrs Ms Dr Prof Sir Madam Her His Names Name Yes
""".split()}
_PLACE_OR_BODY = {w.lower() for w in """District Region Province Oblast Village Town City County Municipality
River Valley Lake Mountain Mountains Dam Reservoir Camp Prison Street Road Avenue Square Committee Council
Commission Ministry Mission Office Court Tribunal Police Army Forces Service Agency Department Bureau Parliament
Assembly Foundation Association Society Institute Network Movement Coalition Alliance Organisation Organization
Watch Group Centre Center School Hospital University Republic Kingdom Federation Union Nations State Government
Party Community Peoples Minority Rights Convention Secretariat Embassy Church Mosque Temple Airport Station
Plant Factory Mine Company Corporation Bank Fund Programme Program Project Initiative Forum Campaign""".split()}

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_PHONE = re.compile(
    r"(?:(?<![\w+])\+\d{1,3}[\s.\-/]?(?:\(\d{1,5}\)[\s.\-/]?)?\d(?:[\s.\-/]?\d){5,13}(?!\d))"
    r"|(?:\b(?:tel|telephone|phone|mobile|mob|cell|fax|whatsapp|signal|telegram|viber)\b\.?\s*(?:no\.?|number)?"
    r"\s*[:.]?\s*\(?\d[\d\s().\-/]{5,18}\d)"
    r"|(?:\(\d{2,5}\)\s?\d{2,4}[\s.\-]\d{2,4}(?:[\s.\-]\d{2,4})?)", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without diacritics, one character for one, so offsets stay valid."""
    out = []
    for c in text:
        d = unicodedata.normalize("NFKD", c)
        base = d[0] if d and not unicodedata.combining(d[0]) else c
        out.append(base.lower() if len(base.lower()) == 1 else c)
    return "".join(out)


def _clean_name(raw: str) -> str | None:
    words = raw.replace("\u00a0", " ").split()
    while words and words[0].lower().rstrip(".") in _NOT_NAME:
        words.pop(0)
    while words and words[-1].lower().rstrip(".") in _NOT_NAME:
        words.pop()
    if not words or any(w.lower().strip(".,") in _PLACE_OR_BODY for w in words):
        return None
    name = " ".join(words).strip(" ,.;:")
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3:
        return None
    return name


def _looks_like_person(value: str) -> bool:
    words = value.split()
    return 1 <= len(words) <= 6 and not any(w.lower().strip(".,") in _PLACE_OR_BODY for w in words)


def _values(value: Any) -> Iterable[str]:
    """The strings inside a fact value that name a person."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k in ("name", "names", "person", "full_name", "signatory", "value"):
            v = value.get(k)
            if isinstance(v, str):
                yield v
            elif isinstance(v, list):
                yield from (x for x in v if isinstance(x, str))
    elif isinstance(value, list):
        for v in value:
            yield from _values(v)


def names_from_facts(facts: Iterable[Fact]) -> list[str]:
    """Person names stated by facts: person fields, and any value with a "name"."""
    out = []
    for f in facts:
        values = [f.value, f.corrected_value]
        for v in values:
            if v is None:
                continue
            if f.field in PERSON_FIELDS:
                for s in _values(v):
                    for part in re.split(r"\s*(?:,|;|\band\b|&|\n)\s*", s):
                        part = _OF.split(part, maxsplit=1)[0]  # "Permanent Representative of X": a title
                        part = _HONORIFIC_NAME.sub(lambda m: m.group("name"), part).strip()
                        name = _clean_name(part)
                        if name and _looks_like_person(name):
                            out.append(name)
            elif isinstance(v, dict) and isinstance(v.get("name"), str):
                name = _clean_name(v["name"])
                if name and _looks_like_person(name) and f.field not in {"state", "group", "place", "kind"}:
                    out.append(name)
    return out


def names_in_text(text: str) -> list[str]:
    """Person names the patterns find in a text, in order of appearance."""
    found: list[tuple[int, str]] = []
    for rx in (_HONORIFIC_NAME, _NAMED):
        for m in rx.finditer(text):
            name = _clean_name(m.group("name"))
            if name:
                found.append((m.start("name"), name))
    for m in _SIGNOFF.finditer(text):
        block = text[m.end():m.end() + 200].split("\n")
        for line in block[:3]:
            line = line.strip()
            if not line:
                continue
            cand = re.fullmatch(rf"(?:{_HONORIFIC}\.?\s+)?(?P<name>{_NAME})", line)
            if cand:
                name = _clean_name(cand.group("name"))
                if name and len(name.split()) >= 2:
                    found.append((m.end(), name))
            break
    for cue in _CUES.finditer(text):
        lo, hi = max(0, cue.start() - _CUE_WINDOW), min(len(text), cue.end() + _CUE_WINDOW)
        for m in _CANDIDATE.finditer(text, lo, hi):
            name = _clean_name(m.group(0))
            if name and len([w for w in name.split() if not w.endswith(".")]) >= 2:
                found.append((m.start(), name))
    found.sort()
    return [n for _, n in found]


@dataclass
class Redactor:
    """Stable pseudonyms for one export. Feed it every name first, then redact texts."""

    people: dict[str, int] = field(default_factory=dict)  # folded full name -> person number
    parts: dict[str, int] = field(default_factory=dict)  # folded single word of a name -> person number
    counts: dict[str, int] = field(default_factory=lambda: {"names": 0, "emails": 0, "phones": 0})
    _pattern: re.Pattern | None = None
    _numbers: dict[int, int] = field(default_factory=dict)  # internal id -> "Person N" in order of appearance
    keep: set[str] = field(default_factory=set)  # folded words never taken for a name (the State, places)

    def add(self, names: Iterable[str]) -> None:
        for name in names:
            key = " ".join(w for w in fold(name).split() if w.strip(".,") not in self.keep)
            if len(key.replace(" ", "")) < 3 or key in self.people:
                continue
            pid = self.parts.get(key) or len(self.people) + 1
            self.people[key] = pid
            for word in key.split():
                word = word.strip(".")
                if len(word) >= 3 and word not in _NOT_NAME:
                    self.parts.setdefault(word, pid)
        self._pattern = None

    def _compiled(self) -> re.Pattern | None:
        if self._pattern is None:
            keys = sorted(set(self.people) | set(self.parts), key=len, reverse=True)
            if not keys:
                return None
            alts = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in keys)
            # an honorific before a name goes with it, so "Ms. Person 1" does not hint at more
            self._pattern = re.compile(rf"(?:\b{fold(_HONORIFIC)}\.?\s+){{0,3}}(?<![\w])(?:{alts})(?![\w])")
        return self._pattern

    def _person(self, folded: str) -> str:
        words = folded.split()
        # strip a leading honorific for the lookup
        key = " ".join(words)
        pid = self.people.get(key)
        if pid is None:
            for i in range(len(words)):
                sub = " ".join(words[i:])
                pid = self.people.get(sub) or self.parts.get(sub)
                if pid:
                    break
        pid = pid or 0
        n = self._numbers.setdefault(pid, len(self._numbers) + 1)
        return f"Person {n}"

    def redact(self, text: str) -> str:
        if not text:
            return text
        text, n = _EMAIL.subn("[e-mail removed]", text)
        self.counts["emails"] += n
        text, n = _PHONE.subn(lambda m: self._phone(m), text)
        pattern = self._compiled()
        if pattern is None:
            return text
        folded = fold(text)
        out, pos = [], 0
        for m in pattern.finditer(folded):
            out.append(text[pos:m.start()])
            out.append(self._person(" ".join(m.group(0).split())))
            self.counts["names"] += 1
            pos = m.end()
        out.append(text[pos:])
        return "".join(out)

    def _phone(self, m: re.Match) -> str:
        digits = sum(c.isdigit() for c in m.group(0))
        if digits < 7 or re.fullmatch(r"\d{4}[-/.]\d{2}[-/.]\d{2}|\d{2}[-/.]\d{2}[-/.]\d{4}", m.group(0).strip()):
            return m.group(0)  # a date or a short number, not a phone
        self.counts["phones"] += 1
        cue = re.match(r"[A-Za-z]+\.?\s*(?:no\.?|number)?\s*[:.]?\s*", m.group(0))
        return (cue.group(0) if cue else "") + "[phone removed]"

    def redact_value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, dict):
            return {k: self.redact_value(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.redact_value(v) for v in value]
        return value


def _public(level: Confidentiality | int) -> bool:
    return int(level) < int(Confidentiality.CONFIDENTIAL)


def public_export(*, title: str, documents: list[StoredDocument], names: Iterable[str] = (),
                  texts_for_names: Iterable[str] = (), subject: dict | None = None,
                  keep: Iterable[str] = ()) -> dict:
    """The public version of some documents: what may leave the secretariat.

    `names` are people known from elsewhere (every fact of the situation, confidential ones
    included); `texts_for_names` are further texts to harvest names from (confidential documents),
    never shown; `keep` are words never taken for a person's name (the State, the group, places).
    """
    red = Redactor(keep={w for k in keep for w in fold(k).split()})
    red.add(names)
    for d in documents:
        red.add(names_from_facts(d.facts))
    for t in texts_for_names:
        red.add(names_in_text(t))
    for d in documents:
        red.add(names_in_text(d.text))
        if d.title:
            red.add(names_in_text(d.title))
    out_docs = []
    removed_facts = 0
    withheld = 0
    for d in documents:
        if not _public(d.confidentiality):
            withheld += 1
            continue
        facts = []
        for f in d.facts:
            if not _public(f.confidentiality) or f.status is FactStatus.REJECTED:
                removed_facts += 1
                continue
            facts.append({"field": f.field, "value": red.redact_value(f.effective_value),
                          "status": f.status.value})
        out_docs.append({
            "id": d.id,
            "kind": d.kind,
            "date": d.date,
            "language": d.language,
            "title": red.redact(d.title) if d.title else None,
            "paragraphs": [{"number": p.number, "page": p.page, "text": red.redact(p.text)} for p in d.paragraphs],
            "facts": facts,
        })
    return {
        "format": f"tocsin-public-export-{VERSION}",
        "title": red.redact(title),
        **({"subject": red.redact_value(subject)} if subject else {}),
        "documents": out_docs,
        "redaction": {"people": len(red._numbers), "names_replaced": red.counts["names"],
                      "emails_removed": red.counts["emails"], "phones_removed": red.counts["phones"],
                      "confidential_facts_removed": removed_facts, "documents_withheld": withheld,
                      "note": "Names are replaced by stable pseudonyms (Person N); e-mail addresses, phone numbers, "
                              "file names, e-mail headers and confidential material are removed."},
    }


def render_text(export: dict) -> str:
    """The export as plain text."""
    lines = [export["title"], "=" * min(len(export["title"]), 78), ""]
    for d in export["documents"]:
        head = " · ".join(x for x in (d.get("kind"), d.get("date"), d.get("title")) if x)
        lines += [head or d["id"], "-" * min(len(head or d["id"]), 78)]
        for p in d["paragraphs"]:
            lines += [p["text"], ""]
        if d["facts"]:
            lines.append("Facts:")
            for f in d["facts"]:
                v = f["value"]
                lines.append(f"  {f['field']}: {v if isinstance(v, str) else _flat(v)}")
            lines.append("")
    r = export["redaction"]
    lines.append(f"[Redacted: {r['people']} people pseudonymised, {r['emails_removed']} e-mail addresses and "
                 f"{r['phones_removed']} phone numbers removed, {r['confidential_facts_removed']} facts and "
                 f"{r['documents_withheld']} documents withheld.]")
    return "\n".join(lines) + "\n"


def _flat(v: Any) -> str:
    if isinstance(v, dict):
        return ", ".join(f"{k}={_flat(x)}" for k, x in v.items())
    if isinstance(v, list):
        return "; ".join(_flat(x) for x in v)
    return str(v)
