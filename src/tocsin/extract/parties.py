"""Sender, signatory and recipient, as written.

- A note verbale names both: "The Permanent Mission of X ... presents its compliments to the Y and".
- A letter's addressee block ("His Excellency Mr. ... / Permanent Representative of X / to the
  United Nations Office at Geneva") may stand anywhere; its honorifics are dropped.
- The signature block after "Yours sincerely" gives the signatory (name) and sender (the body it
  signs for, else the title).
- An NGO statement's sender is the organisation that speaks ("Statement of the X Foundation"),
  else the first letterhead line that names an organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tocsin.extract import rx
from tocsin.domain.documents import DocumentKind, SourceDocument
from tocsin.extract.text import lines, scan_text

NAME = "parties"
VERSION = "1.4"

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Party:
    value: str
    start: int
    end: int
    confidence: float


_COMPLIMENTS = rx.compile(
    r"(?P<s>(?:Permanent\s+Mission|Embassy|Ministry\s+of\s+Foreign\s+Affairs|Mission\s+permanente|"
    r"Misi[óo]n\s+Permanente|Office\s+of\s+the\s+United\s+Nations\s+High\s+Commissioner)[^,\n]{0,80}?)"
    r"(?:\s+to\s+the\s+United\s+Nations[^\n]{0,120}?)?\s+(?:presents\s+its\s+compliments|présente\s+ses\s+compliments|"
    r"saluda\s+atentamente)\s+(?:to|à|a)\s+(?:the\s+|la\s+|l['’]|le\s+)?(?P<r>[^,\n]{3,160}?)\s*(?:,|\s+and\b|\s+et\b|\s+y\b)",
    _I,
)
_ADDRESSEE = rx.compile(r"^\s*(?:His|Her|Their)\s+Excellency\b|^\s*H\.\s?E\.\s|^\s*S\.\s?E\.\s|^\s*Son\s+Excellence\b|"
                        r"^\s*Su\s+Excelencia\b", _I)
_HONORIFIC = rx.compile(r"^(?:(?:His|Her|Their)\s+Excellency|H\.\s?E\.|S\.\s?E\.|Son\s+Excellence|Su\s+Excelencia)\s+"
                        r"(?:(?:Mr|Mrs|Ms|Dr|Madame|Monsieur|M|Mme|Sr|Sra|Ambassador)\.?\s+)?", _I)
_CLOSING = rx.compile(r"^\s*(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|Respectfully|"
                      r"Please\s+accept|Veuillez\s+agr[ée]er|Je\s+vous\s+prie|Nous\s+vous\s+prions|Le\s+saluda|Atentamente|"
                      r"Reciba|С\s+уважением)", _I)
_ORG = rx.compile(r"\b(?:Committee|Foundation|Association|Centre|Center|Council|Network|Watch|Institute|Coalition|"
                  r"Society|Union|League|Ligue|Liga|Consejo|Conseil|Movement|Mouvement|Movimiento|Réseau|Red|Observatoire|Observatorio|Organi[sz]ation|Alliance|Federation|Forum|Initiative|Memorial|"
                  r"International|Mission|Ministry|Office|Commission|Group|Monitor|Collective|Collectif|Colectivo|Fondation|Comit[ée]|Fundaci[óo]n|"
                  r"Asociaci[óo]n|Комитет|Фонд)\b")
_TITLE = rx.compile(r"^\s*(?:Chair|Chairperson|Chairman|Vice-Chair|Rapporteur|Special\s+Rapporteur|Secretary|"
                    r"Director|President|Executive\s+Director|General\s+Secretary|Secretary[- ]General|Coordinator|Président[e]?|Presidente?|Председатель)\b", _I)
_STATEMENT_OF = rx.compile(r"\b(?:Statement|Submission|Declaration|Press\s+release|Report|Communication)\s+(?:of|by|from)\s+"
                           r"(?:the\s+)?(?P<o>[A-Z][\w'’&.-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w'’&.-]*)){0,8})", )


_AFTER_SIGNATURE = rx.compile(r"\s*(?:CC|Cc|c\.c\.|Copy(?:\s+to)?|Copies(?:\s+to)?|Encl(?:osures?)?\.?|Annex(?:es)?|Attachments?)\b\s*[:.]?", _I)
_PLACE_DATE_LINE = rx.compile(r"\s*(?:Place|Date|Dated|Lieu|Fecha|Lugar)\s*:", _I)
# a paper's title in capitals ("SUBMISSION TO THE COMMITTEE ON THE ELIMINATION ..."), not its author
_PAPER_TITLE = rx.compile(r"^(?:JOINT\s+)?(?:SUBMISSION|REPORT|STATEMENT|ALTERNATIVE|SHADOW|PARALLEL|BRIEFING|PRESS|URGENT|"
                          r"ANNEX|APPEAL|OPEN\s+LETTER)\b|\bCOMMITTEE\s+ON\s+THE\b")


def _clean(s: str) -> str:
    return " ".join(s.split()).strip(" ,;.")


def find_parties(doc: SourceDocument, kind: DocumentKind) -> dict[str, Party]:
    text = scan_text(doc.text)
    out: dict[str, Party] = {}
    m = _COMPLIMENTS.search(text[:20000])
    if m:
        out["sender"] = Party(_clean(m.group("s")), m.start("s"), m.end("s"), 0.85)
        out["recipient"] = Party(_clean(m.group("r")), m.start("r"), m.end("r"), 0.8)
    segs = lines(text)
    # the addressee block of a letter
    if "recipient" not in out:
        for i, ln in enumerate(segs):
            if _ADDRESSEE.match(ln.text) and len(ln.text) < 120:
                parts = [_HONORIFIC.sub("", ln.text.strip())]
                end = ln.end
                for nxt in segs[i + 1:i + 6]:
                    t = nxt.text.strip()
                    if not t or re.match(r"(?:e-?mail|tel|fax|www\.)", t, _I) or "@" in t or len(t) > 120:
                        break
                    if re.match(r"(?:to|of|and|at)\b", t):
                        parts[-1] += " " + t
                    else:
                        parts.append(t)
                    end = nxt.end
                out["recipient"] = Party(_clean(", ".join(parts)), ln.start, end, 0.75)
                break
    # the signature block
    for i, ln in enumerate(segs):
        if _CLOSING.match(ln.text):
            block = []
            for s in segs[i + 1:i + 12]:
                if _AFTER_SIGNATURE.match(s.text):
                    break  # "CC: National Commission ...", "Encl.": copies and enclosures, not the signer
                if s.text.strip() and not _PLACE_DATE_LINE.match(s.text):
                    block.append(s)
            block = block[:5]
            name = next((s for s in block if not _TITLE.match(s.text) and not _ORG.search(s.text)
                         and 1 <= len(s.text.split()) <= 5 and len(s.text) < 60), None)
            org = next((s for s in block if _ORG.search(s.text) and len(s.text) < 150), None)
            title = next((s for s in block if _TITLE.match(s.text)), None)
            if name is not None:
                out["signatory"] = Party(_clean(name.text), name.start, name.end, 0.7)
            if "sender" not in out:
                src = org or title
                if src is not None:
                    out["sender"] = Party(_clean(src.text), src.start, src.end, 0.7)
            break
    if "sender" not in out and kind is DocumentKind.NGO_STATEMENT:
        sm = _STATEMENT_OF.search(text[:5000])
        if sm:
            org = re.sub(r"(?:\s+(?:of|for|on|and|the|at|in))+$", "", _clean(sm.group("o")))
            out["sender"] = Party(org, sm.start("o"), sm.start("o") + len(org), 0.7)
        else:
            for ln in segs[:15]:
                t = ln.text.strip()
                # "From: Norvania Minorities Forum <forum@example.org>", "Tesk Rights Watch, Lindau, 12 June 2023"
                t = re.sub(r"^(?:From|De|Von|От)\s*:\s*|\s*<[^>]*>\s*$", "", t)
                if re.match(r"(?:To|À|A|Para|Attn|Attention|c/o|Cc|Кому)\s*[:.]|(?:Al|Au|To\s+the|À\s+l['’]attention\s+d[eu])\s+(?:Comit|Committee|Chair|Pr[ée]sident)", t, _I):
                    continue  # the addressee, not the sender
                if re.search(r"\d", t):
                    t = t.split(",")[0].strip()
                if t and (_ORG.search(t) or (t.isupper() and _ORG.search(t.title()) and not _PAPER_TITLE.search(t))) \
                        and len(t) < 100 \
                        and not re.search(r"\d|@", t):
                    s0 = ln.text.find(t)
                    out["sender"] = Party(_clean(t), ln.start + max(0, s0), ln.start + max(0, s0) + len(t), 0.5)
                    break
    if "sender" not in out and kind is DocumentKind.COMMITTEE_LETTER:
        cm = re.search(r"Committee\s+on\s+the\s+Elimination\s+of\s+Racial\s+Discrimination", text)
        if cm:
            out["sender"] = Party(cm.group(0), cm.start(), cm.end(), 0.6)
    return out
