from __future__ import annotations

import datetime as dt

from analyse_helpers import make_doc, norvel_docs

from tocsin.analyse.deadlines import DeadlineState, deadline_status, due_within, parse_days
from tocsin.analyse.figures import casualty_figures
from tocsin.analyse.flags import escalation_flags
from tocsin.analyse.indicators import indicator_findings, triage
from tocsin.analyse.ledger import build_ledger, request_id
from tocsin.analyse.similarity import HashingEmbedder
from tocsin.analyse.timeline import build_timeline
from tocsin.clock import FixedClock

CLOCK = FixedClock(dt.date(2021, 8, 1))


def ledger(docs=None, clock=CLOCK):
    return build_ledger(docs or norvel_docs(), clock=clock, embedder=HashingEmbedder())


def test_deadline_states():
    today = dt.date(2021, 8, 1)
    assert deadline_status(letter_id="x", due=dt.date(2021, 7, 14), reply_id="r", reply_date=dt.date(2021, 7, 19),
                           today=today).late_days == 5
    assert deadline_status(letter_id="x", due=dt.date(2021, 7, 14), reply_id="r", reply_date=dt.date(2021, 7, 1),
                           today=today).state is DeadlineState.MET
    st = deadline_status(letter_id="x", due=dt.date(2021, 7, 14), today=today)
    assert st.state is DeadlineState.OVERDUE and st.overdue_days == 18
    assert deadline_status(letter_id="x", due=dt.date(2021, 7, 14), today=today, followed_up=True).state \
        is DeadlineState.NEVER_ANSWERED
    due = deadline_status(letter_id="x", due=dt.date(2021, 8, 20), today=today)
    assert due.days_left == 19 and due_within([due], days=30, today=today) == [due]
    assert parse_days("30d") == 30 and parse_days("2w") == 14


def test_ledger_links_replies_and_deadlines():
    lg = ledger()
    assert [x.document_id for x in lg.letters] == ["L1", "L2"]
    links = {r.document_id: (r.letter_id, r.link_basis) for r in lg.replies}
    assert links == {"R1": ("L1", "reference_code"), "R2": ("L2", "letter_date")}
    assert lg.deadlines["L1"].state is DeadlineState.LATE and lg.deadlines["L1"].late_days == 15
    assert lg.deadlines["L2"].late_days == 5
    l1 = lg.letter("L1")
    assert l1.session == 101 and any("article 9 (1)" in b for b in l1.legal_basis)
    assert l1.requests[0].id == request_id("L1", "a")


def test_person_link_wins():
    docs = norvel_docs()
    r2 = docs[3]
    docs[3] = make_doc("R2", "state_reply", "2021-07-19", r2.text, [
        ("reference", {"kind": "letter", "date": "2021-04-30"}, "x"), ("reply_to", "L1", "", "confirmed")])
    lg = ledger(docs)
    assert next(r for r in lg.replies if r.document_id == "R2").link_basis == "person"


def test_repeated_request_history_and_flag():
    lg = ledger()
    later = lg.letter("L2").requests[0]
    assert later.repeats == request_id("L1", "b")
    hist = lg.history(later.id)
    assert [le.document_id for le, _, _ in hist] == ["L1", "L2"]
    assert lg.states[request_id("L1", "a")].status == "answered"
    assert lg.states[request_id("L1", "b")].status == "unanswered"
    flags = escalation_flags(lg, norvel_docs())
    kinds = {f.kind for f in flags}
    assert "request_unanswered_twice" in kinds
    assert "new_violence_after_letter" in kinds
    msg = next(f.message for f in flags if f.kind == "request_unanswered_twice")
    assert "2020-08-07 and 2021-04-30" in msg


def test_overdue_flag():
    docs = [d for d in norvel_docs() if d.id != "R2"]
    lg = ledger(docs)
    assert lg.deadlines["L2"].state is DeadlineState.OVERDUE
    assert any(f.kind == "reply_overdue" for f in escalation_flags(lg, docs))


def test_person_coverage_verdict_wins():
    docs = norvel_docs()
    r1 = docs[1]
    docs[1] = make_doc("R1", "state_reply", r1.date, r1.text, [
        ("reference_code", "CERD/EWUAP/101st session/2020/NV/ks"),
        ("coverage", {"marker": "a", "status": "partial", "missing": ["number of victims"]}, "a", "confirmed")])
    st = ledger(docs).states[request_id("L1", "a")]
    assert st.status == "partial" and st.by_person and st.missing == ("number of victims",)


def test_timeline_orders_with_precision_and_cited_items():
    docs = norvel_docs()
    lg = ledger(docs)
    tl = build_timeline(docs, ledger=lg)
    kinds = [(e.date.iso(), e.kind) for e in tl.entries]
    assert ("2019-11-20", "cited_letter") in kinds  # cited, not in the store
    assert ("2020-08-07", "cited_letter") not in kinds  # cited but stored: shown once, as the letter
    assert ("2021-05", "event") in kinds
    assert ("2021-07-14", "deadline") in kinds
    firsts = [e.date.first_day() for e in tl.entries]
    assert firsts == sorted(firsts)
    ev = next(e for e in tl.entries if e.kind == "event")
    assert ev.precision == "month"


def test_conflicting_figures_side_by_side():
    sets = {s.category: s for s in casualty_figures(norvel_docs())}
    inj = sets["injured"]
    assert inj.conflicting
    assert [f.label for f in inj.figures] == ["more than 180 injured (per Open Plains Watch)",
                                              "more than 200 injured (per Steppe Rights Centre)"]
    assert not sets["killed"].conflicting


def test_indicators_use_confirmed_facts_by_default():
    docs = norvel_docs()
    ids = {f.id for f in indicator_findings(docs)}
    assert "b_escalating_hatred" in ids and "f_impunity" in ids
    assert "g_refugee_flows" not in ids  # the displacement allegation is only proposed
    assert "g_refugee_flows" in {f.id for f in indicator_findings(docs, include_proposed=True)}
    b = next(f for f in indicator_findings(docs) if f.id == "b_escalating_hatred")
    assert b.strength == "strong" and b.sources == 2
    t = triage(indicator_findings(docs))
    assert t.level == "urgent_action"
    assert any("b_escalating_hatred" in r for r in t.reasons)
    assert triage([]).level == "none"
