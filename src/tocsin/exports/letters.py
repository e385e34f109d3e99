"""A follow-up letter in the Committee's form, drafted from the ledger.

Every sentence carries the facts (and documents) it rests on, so a reviewer can trace it:
`LetterDraft.sentences` is the list of (sentence, fact ids). Nothing is sent: this is a draft for
the working group to edit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tocsin.analyse.coverage import ANSWERED, PARTIAL, UNANSWERED
from tocsin.analyse.indicators import VIOLENCE_TAGS
from tocsin.analyse.ledger import NO_REPLY, Ledger, LedgerLetter, LedgerRequest, RequestState
from tocsin.analyse.selection import usable
from tocsin.domain.documents import StoredDocument
from tocsin.exports.documents import Block, docx_bytes, pdf_bytes

COMMITTEE = "Committee on the Elimination of Racial Discrimination"
DEFAULT_LEAD_DAYS = 75


@dataclass(frozen=True)
class DraftSentence:
    text: str
    fact_ids: tuple[str, ...] = ()
    document_ids: tuple[str, ...] = ()
    section: str = ""


@dataclass(frozen=True)
class DraftRequest:
    letter: str  # the new marker: a, b, c ...
    text: str
    origin: str  # "(c) of the letter of 2024-08-30"
    request_id: str
    fact_ids: tuple[str, ...] = ()


@dataclass
class LetterDraft:
    situation: str
    reference: str
    date: dt.date
    deadline: dt.date
    addressee: str | None
    sections: list[tuple[str, list[DraftSentence]]] = field(default_factory=list)
    requests: list[DraftRequest] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)

    @property
    def sentences(self) -> list[tuple[str, tuple[str, ...]]]:
        out = [(s.text, s.fact_ids) for _, ss in self.sections for s in ss]
        out += [(f"({r.letter}) {r.text}", r.fact_ids) for r in self.requests]
        return out

    def blocks(self) -> list[Block]:
        b = [Block("small", "DRAFT prepared with tocsin: for review by the working group"),
             Block("right", f"Reference: {self.reference}"), Block("right", _long_date(self.date))]
        if self.addressee:
            b.append(Block("para", self.addressee))
        b.append(Block("para", "Excellency,"))
        for name, sents in self.sections:
            if sents:
                b.append(Block("para", " ".join(s.text for s in sents)))
            if name == "requests_intro":
                b.extend(Block("item", f"({r.letter}) {r.text}") for r in self.requests)
        b.extend(Block("para", c) for c in self.closing)
        return b

    def text(self) -> str:
        return "\n\n".join(x.text for x in self.blocks())

    def write_docx(self, path: str | Path) -> Path:
        p = Path(path)
        p.write_bytes(docx_bytes(self.blocks(), title=f"Follow-up letter: {self.situation}"))
        return p

    def write_pdf(self, path: str | Path) -> Path:
        p = Path(path)
        p.write_bytes(pdf_bytes(self.blocks(), title=f"Follow-up letter: {self.situation}"))
        return p


def _long_date(d: dt.date | None) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}" if d else "(date unknown)"


def _pdate(letter_or_reply: object) -> str:
    d = getattr(letter_or_reply, "date", None)
    if d is None:
        return "(date unknown)"
    return _long_date(d.as_date()) if d.as_date() else d.iso()


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _lower_first(text: str) -> str:
    t = text.strip().rstrip(";.")
    return t[0].lower() + t[1:] if len(t) > 1 and t[0].isupper() and t[1].islower() else t


def as_object(aspect: str) -> str:
    """An aspect as the object of "no information on ...": "to allow X" -> "the measures to allow X"."""
    t = _lower_first(re.sub(r"\s*\(the reply only.*\)$", "", aspect))
    t = re.sub(r"^(?:on|about|regarding)\s+", "", t)
    if t.startswith("to "):
        return f"the measures {t}"
    return t


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    if any("," in x for x in items):  # items with their own commas read better apart
        return "; ".join(items[:-1]) + "; and " + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _marks(reqs: Sequence[LedgerRequest]) -> str:
    return _join([f"({r.marker})" for r in reqs])


def draft_followup_letter(situation_name: str, ledger: Ledger, *, docs: Sequence[StoredDocument] = (),
                          today: dt.date, lead_days: int = DEFAULT_LEAD_DAYS, letter_id: str | None = None,
                          session: int | None = None, state_name: str | None = None, chair: str = "Chair",
                          include_proposed: bool = True) -> LetterDraft:
    """Draft the follow-up to a letter (default: the latest) of a situation's ledger."""
    if not ledger.letters:
        raise ValueError("the ledger holds no letter to follow up")
    letter = ledger.letter(letter_id) if letter_id else ledger.letters[-1]
    if letter is None:
        raise ValueError(f"no letter {letter_id} in the ledger")
    deadline = today + dt.timedelta(days=lead_days)
    sess = session or (letter.session + 1 if letter.session else None)
    reference = f"CERD/EWUAP/{_ordinal(sess) + ' session/' if sess else ''}{today.year}/[initials]/ks (draft)"
    draft = LetterDraft(situation=situation_name, reference=reference, date=today, deadline=deadline,
                        addressee=letter.addressee)
    draft.sections.append(("opening", _opening(situation_name, sess)))
    draft.sections.append(("history", _history(letter, ledger)))
    draft.sections.append(("gaps", _gaps(letter, ledger)))
    draft.sections.append(("since", _since(letter, docs, include_proposed=include_proposed)))
    open_reqs = [(r, ledger.states.get(r.id, RequestState(r.id, NO_REPLY))) for r in letter.requests]
    open_reqs = [(r, s) for r, s in open_reqs if s.status != ANSWERED]
    for i, (r, st) in enumerate(open_reqs):
        text = r.text.strip().rstrip(";.")
        if st.status == PARTIAL and st.missing:
            text = "; ".join(as_object(m) for m in st.missing)
            text = text[0].upper() + text[1:]
        draft.requests.append(DraftRequest(letter=chr(ord("a") + i) if i < 26 else str(i + 1), text=text + ";",
                                           origin=f"({r.marker}) of the letter of {_pdate(letter)}",
                                           request_id=r.id, fact_ids=r.fact_ids + st.fact_ids))
    if draft.requests:
        last = draft.requests[-1]
        draft.requests[-1] = DraftRequest(last.letter, last.text.rstrip(";") + ".", last.origin, last.request_id,
                                          last.fact_ids)
        basis = "In accordance with article 9 (1) of the Convention and rule 65 of its rules of procedure, the " \
                f"Committee requests the State party to provide information on the following by {_long_date(deadline)}:"
        draft.sections.append(("requests_intro", [DraftSentence(basis, letter.fact_ids.get("deadline", ()),
                                                                (letter.document_id,), "requests")]))
    state = state_name or "the State party"
    draft.closing = [f"Allow me, Excellency, to reiterate the wish of the Committee to continue its constructive "
                     f"dialogue with the Government of {state}." if state_name else
                     "Allow me, Excellency, to reiterate the wish of the Committee to continue its constructive "
                     "dialogue with the Government.", "Yours sincerely,", chair, "Chair", COMMITTEE]
    return draft


def _opening(situation: str, session: int | None) -> list[DraftSentence]:
    when = f"in the course of its {_ordinal(session)} session, " if session else ""
    return [DraftSentence(f"I write to inform you that {when}the {COMMITTEE} considered further, under its early "
                          f"warning and urgent action procedure, the situation of {situation}.", section="opening")]


def _history(letter: LedgerLetter, ledger: Ledger) -> list[DraftSentence]:
    out: list[DraftSentence] = []
    earlier = [x for x in ledger.letters if x.document_id != letter.document_id
               and x.date and letter.date and x.date.first_day() < letter.date.first_day()]
    for x in earlier:
        reps = ledger.replies_to(x.document_id)
        thanks = f" and its reply of {_join([_pdate(r) for r in reps])}" if reps else ""
        out.append(DraftSentence(f"The Committee recalls its letter of {_pdate(x)}{thanks}.",
                                 x.fact_ids.get("date", ()), (x.document_id, *(r.document_id for r in reps)), "history"))
    ref = f" (ref. {letter.reference_code})" if letter.reference_code else ""
    reps = ledger.replies_to(letter.document_id)
    ids = letter.fact_ids.get("date", ()) + letter.fact_ids.get("reference_code", ())
    docs = (letter.document_id, *(r.document_id for r in reps))
    if reps:
        out.append(DraftSentence(f"The Committee refers to its letter of {_pdate(letter)}{ref} and thanks the "
                                 f"Government for its reply of {_join([_pdate(r) for r in reps])}.", ids, docs, "history"))
        st = ledger.deadlines.get(letter.document_id)
        if st is not None and st.late_days:
            out.append(DraftSentence(f"The reply was received {st.late_days} days after the date requested "
                                     f"({_long_date(st.due)}).", letter.fact_ids.get("deadline", ()), docs, "history"))
    else:
        due = f", by {_long_date(letter.deadline)}" if letter.deadline else ""
        out.append(DraftSentence(f"The Committee refers to its letter of {_pdate(letter)}{ref}, in which it requested "
                                 f"a reply{due}, and regrets that no reply has been received to date.",
                                 ids + letter.fact_ids.get("deadline", ()), docs, "history"))
    return out


def _gaps(letter: LedgerLetter, ledger: Ledger) -> list[DraftSentence]:
    if not ledger.replies_to(letter.document_id):
        return []
    states = [(r, ledger.states.get(r.id, RequestState(r.id, NO_REPLY))) for r in letter.requests]
    skipped = [(r, s) for r, s in states if s.status in (UNANSWERED, NO_REPLY)]
    partial = [(r, s) for r, s in states if s.status == PARTIAL]
    out: list[DraftSentence] = []
    if skipped:
        what = _join([f"({r.marker}) on {as_object(r.text)}" for r, _ in skipped])
        verb = "requests" if len(skipped) > 1 else "request"
        out.append(DraftSentence(f"The Committee notes, however, that the reply does not address its {verb} {what}.",
                                 tuple(i for r, s in skipped for i in r.fact_ids + s.fact_ids),
                                 (letter.document_id,), "gaps"))
        repeated = [(r, ledger.history(r.id)) for r, _ in skipped if r.repeats]
        for r, hist in repeated:
            dates = _join([_pdate(le) for le, _, _ in hist])
            out.append(DraftSentence(f"The matter raised in request ({r.marker}) was also raised in the Committee's "
                                     f"letters of {dates}, without a reply.",
                                     tuple(i for _, rq, _ in hist for i in rq.fact_ids),
                                     tuple(le.document_id for le, _, _ in hist), "gaps"))
    for r, s in partial:
        out.append(DraftSentence(f"Regarding request ({r.marker}), the reply provides no information on "
                                 f"{_join([as_object(m) for m in s.missing])}.", r.fact_ids + s.fact_ids,
                                 (letter.document_id, s.reply_id or ""), "gaps"))
    return out


def _since(letter: LedgerLetter, docs: Sequence[StoredDocument], *, include_proposed: bool) -> list[DraftSentence]:
    if letter.date is None:
        return []
    after = letter.date.first_day().isoformat()
    out: list[DraftSentence] = []
    for doc in sorted(docs, key=lambda d: d.date or ""):
        if not doc.date or doc.date[:10] <= after or doc.kind in ("committee_letter", "state_reply"):
            continue
        for f in usable(doc.facts, "allegation", include_proposed=include_proposed):
            v = f.effective_value if isinstance(f.effective_value, dict) else {"tag": f.effective_value}
            quote = str(v.get("evidence") or "").strip().rstrip(".")
            if not quote:
                continue
            lead = "It is alleged that" if v.get("hedging") or v.get("tag") in VIOLENCE_TAGS else \
                "According to information received,"
            out.append(DraftSentence(f"{lead} {_lower_first(quote)} (information received on {doc.date}).",
                                     (f.id,) if f.id else (), (doc.id,), "since"))
    if out:
        out.insert(0, DraftSentence("Since its last letter, the Committee has received further information.",
                                    section="since"))
    return out
