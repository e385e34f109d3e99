from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "coverage"
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
ARENDIA_LETTER = CORPUS / "synthetic-arendia-letter-2024-08-30.txt"
ARENDIA_REPLY = CORPUS / "synthetic-arendia-reply-2025-01-20.txt"


HELDOUT = FIXTURES / "heldout"


def fixture_pairs(base: Path = FIXTURES) -> list[dict]:
    return [{**json.loads(line), "base": str(base)}
            for line in (base / "expected.jsonl").read_text().splitlines() if line.strip()]



def make_doc(doc_id: str, kind: str, date: str | None, text: str = "", facts: list | None = None,
             title: str | None = None):
    """A StoredDocument with hand-made facts: (field, value[, key[, status]]) tuples."""
    from tocsin.domain.documents import Confidentiality, StoredDocument
    from tocsin.domain.facts import Fact, FactStatus
    from tocsin.ingest.segment import split_paragraphs

    built = []
    for i, spec in enumerate(facts or []):
        field, value, *rest = spec
        key = rest[0] if rest else ""
        status = FactStatus(rest[1]) if len(rest) > 1 else FactStatus.PROPOSED
        f = Fact(field=field, value=value, extractor="hand", version="1", confidence=0.9, key=key, status=status)
        built.append(Fact(**{**f.__dict__, "id": f.fact_id(doc_id) + f"{i:02d}", "document_id": doc_id}))
    return StoredDocument(id=doc_id, sha256=doc_id, filename=f"{doc_id}.txt", media_type="text/plain",
                          size=len(text), confidentiality=Confidentiality.INTERNAL, created_at="2024-01-01T00:00:00",
                          title=title or doc_id, kind=kind, date=date, text=text,
                          paragraphs=split_paragraphs(text), facts=tuple(built))


def norvel_docs():
    """A fictional situation over two rounds of letters (the shape of a real EWUAP file)."""
    l1 = make_doc("L1", "committee_letter", "2020-08-07", "Letter one.\n\nIn accordance with article 9 (1) of the "
                  "Convention and rule 65 of its rules of procedure, the Committee requests information.", [
        ("reference_code", "CERD/EWUAP/101st session/2020/NV/ks"), ("deadline", "2020-10-15"),
        ("request", {"marker": "a", "text": "The investigation into the attack on the village of Tessa"}, "a"),
        ("request", {"marker": "b", "text": "The compensation provided to the Kessi families whose homes were burned"}, "b"),
        ("session", 101), ("recipient", "Permanent Representative of Norvel")])
    r1 = make_doc("R1", "state_reply", "2020-10-30", "1. The prosecutor opened criminal case No. 12 into the attack "
                  "on Tessa on 9 February 2020; six persons were charged.\n\n2. The Government reaffirms its "
                  "commitment to the Convention.", [("reference_code", "CERD/EWUAP/101st session/2020/NV/ks")])
    l2 = make_doc("L2", "committee_letter", "2021-04-30", "Letter two.", [
        ("deadline", "2021-07-14"), ("reference_code", "CERD/EWUAP/103rd session/2021/NV/ks"),
        ("reference", {"kind": "letter", "date": "2020-08-07", "symbol": None}, "letter:2020-08-07:"),
        ("reference", {"kind": "reply", "date": "2020-10-30", "symbol": None}, "reply:2020-10-30:"),
        ("reference", {"kind": "letter", "date": "2019-11-20", "symbol": None}, "letter:2019-11-20:"),
        ("request", {"marker": "a", "text": "The compensation provided to the Kessi families whose homes were burned in Tessa"}, "a"),
        ("request", {"marker": "b", "text": "The protection of Kessi witnesses from reprisals"}, "b")])
    r2 = make_doc("R2", "state_reply", "2021-07-19", "1. Witnesses in case No. 12 are under the state protection "
                  "programme; 4 witnesses received police protection from reprisals since March 2021.", [
        ("reference", {"kind": "letter", "date": "2021-04-30", "symbol": None}, "letter:2021-04-30:")])
    ngo = make_doc("N1", "ngo_statement", "2021-06-02", "Statement.", [
        ("sender", "Open Plains Watch"),
        ("event_date", "2021-05"), ("casualty", {"category": "killed", "number": 11, "qualifier": None, "source": None}, "k11", "confirmed"),
        ("casualty", {"category": "injured", "number": 180, "qualifier": "more than", "source": None}, "i180", "confirmed"),
        ("allegation", {"tag": "killing", "hedging": False, "evidence": "11 people were killed"}, "killing", "confirmed"),
        ("allegation", {"tag": "impunity", "hedging": True, "evidence": "no one was prosecuted"}, "impunity", "confirmed"),
        ("allegation", {"tag": "displacement", "hedging": False, "evidence": "thousands fled"}, "displacement")])
    ngo2 = make_doc("N2", "ngo_statement", "2021-06-20", "Another statement.", [
        ("sender", "Steppe Rights Centre"),
        ("casualty", {"category": "injured", "number": 200, "qualifier": "more than", "source": None}, "i200", "confirmed"),
        ("allegation", {"tag": "injury", "hedging": True, "evidence": "more than 200 injured"}, "injury", "confirmed")])
    return [l1, r1, l2, r2, ngo, ngo2]


def blind_set_score(folder: Path, kind: str) -> tuple[int, int]:
    """(requests given an accepted status, requests) of a blind coverage set through the CLI path (requests, deadline
    and dates extracted from the letters); fails at once if a request the gold calls unanswered is reported answered."""
    from tocsin.analyse.coverage import ANSWERED, UNANSWERED
    from tocsin.analyse.pairs import assess_documents
    from tocsin.analyse.similarity import make_embedder
    from tocsin.ingest import read_path

    ok = n = 0
    for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        pair = json.loads(line)
        rep = assess_documents(read_path(folder / pair["letter"]), read_path(folder / pair["reply"]),
                               embedder=make_embedder(kind))
        got = {r.marker.strip("()").lower(): r.status for r in rep.requests}
        for g in pair["requests"]:
            accepted = g["status"] if isinstance(g["status"], list) else [g["status"]]
            status = got.get(g["marker"])
            ok += status in accepted
            n += 1
            if accepted[0] == UNANSWERED:
                assert status != ANSWERED, (pair["letter"], g["marker"])
    return ok, n
