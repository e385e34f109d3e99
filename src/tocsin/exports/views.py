"""Plain JSON views of analyses, shared by the CLI, the API and the pages' JSON twins."""

from __future__ import annotations

from typing import Any

from tocsin.analyse.deadlines import DeadlineStatus
from tocsin.analyse.flags import Flag
from tocsin.analyse.indicators import IndicatorFinding, Triage
from tocsin.analyse.ledger import Ledger
from tocsin.analyse.timeline import Timeline


def _d(x: Any) -> str | None:
    return x.isoformat() if hasattr(x, "isoformat") else (str(x) if x is not None else None)


def deadline_view(st: DeadlineStatus | None) -> dict | None:
    if st is None:
        return None
    return {"due": _d(st.due), "state": st.state.value, "reply_id": st.reply_id, "reply_date": _d(st.reply_date),
            "late_days": st.late_days, "overdue_days": st.overdue_days, "days_left": st.days_left}


def ledger_view(ledger: Ledger) -> dict:
    letters = []
    for x in ledger.letters:
        reqs = []
        for r in x.requests:
            st = ledger.states.get(r.id)
            history = [{"letter_id": lt.document_id, "date": _d(lt.date), "marker": rq.marker, "status": s.status}
                       for lt, rq, s in ledger.history(r.id)]
            reqs.append({"id": r.id, "marker": r.marker, "text": r.text, "topics": list(r.topics),
                         "repeats": r.repeats, "status": st.status if st else None,
                         "reply_id": st.reply_id if st else None,
                         "evidence_paragraphs": list(st.evidence_paragraphs) if st else [],
                         "missing": list(st.missing) if st else [], "confidence": st.confidence if st else None,
                         "by_person": st.by_person if st else False, "history": history})
        letters.append({"document_id": x.document_id, "title": x.title, "date": _d(x.date),
                        "reference_code": x.reference_code, "session": x.session, "addressee": x.addressee,
                        "legal_basis": list(x.legal_basis), "deadline": deadline_view(ledger.deadlines.get(x.document_id)),
                        "requests": reqs,
                        "cited": [{"kind": c.kind, "date": _d(c.date), "symbol": c.symbol, "in_store": c.in_store}
                                  for c in x.cited]})
    return {"today": _d(ledger.today), "letters": letters,
            "replies": [{"document_id": r.document_id, "title": r.title, "date": _d(r.date), "letter_id": r.letter_id,
                         "link_basis": r.link_basis} for r in ledger.replies],
            "cited": [{"kind": c.kind, "date": _d(c.date), "symbol": c.symbol, "cited_by": c.cited_by,
                       "in_store": c.in_store} for c in ledger.cited]}


def timeline_view(tl: Timeline) -> dict:
    return {"entries": [{"date": e.date.iso(), "precision": e.precision, "kind": e.kind, "title": e.title,
                         "document_id": e.document_id, "detail": e.detail, "fact_ids": list(e.fact_ids)}
                        for e in tl.entries],
            "figures": [{"category": fs.category, "conflicting": fs.conflicting,
                         "figures": [{"number": f.number, "qualifier": f.qualifier, "source": f.source,
                                      "document_id": f.document_id, "document_date": f.document_date,
                                      "fact_id": f.fact_id, "confirmed": f.confirmed, "label": f.label}
                                     for f in fs.figures]} for fs in tl.figures]}


def indicators_view(findings: tuple[IndicatorFinding, ...] | list[IndicatorFinding], tri: Triage,
                    flags: tuple[Flag, ...] | list[Flag]) -> dict:
    return {"triage": {"level": tri.level, "reasons": list(tri.reasons)},
            "indicators": [{"id": f.id, "description": f.description, "strength": f.strength, "sources": f.sources,
                            "evidence": [{"fact_id": e.fact_id, "document_id": e.document_id, "document": e.document,
                                          "what": e.what, "quote": e.quote, "hedged": e.hedged,
                                          "confirmed": e.confirmed, "date": e.date} for e in f.evidence]}
                           for f in findings],
            "flags": [{"kind": fl.kind, "message": fl.message, "document_ids": list(fl.document_ids),
                       "fact_ids": list(fl.fact_ids)} for fl in flags]}
