"""Facts with provenance: review, and re-extraction that never touches what a person decided."""

from __future__ import annotations

import pytest

from tocsin.errors import InvalidInput, PermissionDenied
from tocsin.services import LOCAL_ADMIN, Actor, Role

LETTER = "cerd-ewuap-letter-kazakhstan-2021-04-30.txt"


def test_facts_carry_provenance(services, shared_corpus):
    [out] = services.ingest.ingest_paths(LOCAL_ADMIN, [shared_corpus / LETTER])
    doc = services.documents.get(LOCAL_ADMIN, out.document_id)
    assert doc.kind == "committee_letter" and doc.date == "2021-04-30" and doc.language == "en"
    deadline = next(f for f in doc.facts if f.field == "deadline")
    assert deadline.value == "2021-07-14"
    assert doc.text[deadline.span.start:deadline.span.end] == "14 July 2021"
    assert deadline.extractor and deadline.version and 0 < deadline.confidence <= 1
    assert deadline.status.value == "proposed"
    requests = [f for f in doc.facts if f.field == "request"]
    assert [f.key for f in requests] == list("abcdefg")


def test_reextract_is_idempotent_and_keeps_human_verdicts(services, shared_corpus):
    [out] = services.ingest.ingest_paths(LOCAL_ADMIN, [shared_corpus / LETTER])
    doc = services.documents.get(LOCAL_ADMIN, out.document_id)
    before = {f.id for f in doc.facts}
    deadline = next(f for f in doc.facts if f.field == "deadline")
    group = next(f for f in doc.facts if f.field == "group")
    state = next(f for f in doc.facts if f.field == "state")
    services.facts.review(LOCAL_ADMIN, deadline.id, status="corrected", value="2021-07-15")
    services.facts.review(LOCAL_ADMIN, group.id, status="confirmed")
    services.facts.review(LOCAL_ADMIN, state.id, status="rejected")
    n, added, removed = services.facts.reextract(LOCAL_ADMIN)
    assert (n, added, removed) == (1, 0, 0)  # same extractors, same ids: nothing changes
    again = {f.id: f for f in services.documents.get(LOCAL_ADMIN, out.document_id).facts}
    assert set(again) == before
    assert again[deadline.id].status.value == "corrected" and again[deadline.id].effective_value == "2021-07-15"
    assert again[group.id].status.value == "confirmed"
    assert again[state.id].status.value == "rejected"


def test_review_rules(services, shared_corpus):
    [out] = services.ingest.ingest_paths(LOCAL_ADMIN, [shared_corpus / LETTER])
    fact = services.documents.get(LOCAL_ADMIN, out.document_id).facts[0]
    with pytest.raises(InvalidInput):
        services.facts.review(LOCAL_ADMIN, fact.id, status="corrected")  # a correction needs a value
    with pytest.raises(InvalidInput):
        services.facts.review(LOCAL_ADMIN, fact.id, status="proposed")
    viewer = Actor(username="v", role=Role.VIEWER)
    with pytest.raises(PermissionDenied):
        services.facts.review(viewer, fact.id, status="confirmed")
    # a corrected document date moves the document's own date
    date = next(f for f in services.documents.get(LOCAL_ADMIN, out.document_id).facts if f.field == "date")
    services.facts.review(LOCAL_ADMIN, date.id, status="corrected", value="2021-05-01")
    assert services.documents.get(LOCAL_ADMIN, out.document_id).date == "2021-05-01"


def test_reclassify_a_document_as_confidential(services, shared_corpus):
    import sqlalchemy as sa

    from tocsin.domain.documents import Confidentiality
    from tocsin.store.tables import blobs, documents, facts

    [out] = services.ingest.ingest_paths(LOCAL_ADMIN, [shared_corpus / LETTER])
    original = services.documents.original(LOCAL_ADMIN, out.document_id)[1]
    assert services.documents.search(LOCAL_ADMIN, '"signed guarantees"').hits
    doc = services.documents.set_confidentiality(LOCAL_ADMIN, out.document_id, "confidential")
    assert doc.confidentiality is Confidentiality.CONFIDENTIAL
    assert services.documents.search(LOCAL_ADMIN, '"signed guarantees"').hits == ()  # out of the index
    assert services.documents.original(LOCAL_ADMIN, out.document_id)[1] == original
    assert "signed guarantees" in services.documents.get(LOCAL_ADMIN, out.document_id).text
    with services.core.read() as conn:
        assert conn.execute(sa.select(documents.c.text).where(documents.c.id == out.document_id)).scalar().startswith("enc1:")
        assert conn.execute(sa.select(blobs.c.encrypted)).scalar()
        values = [r[0] for r in conn.execute(sa.select(facts.c.value).where(facts.c.document_id == out.document_id))]
        assert values and all(v.startswith("enc1:") for v in values)
    viewer = Actor(username="v", role=Role.VIEWER)  # internal clearance
    from tocsin.errors import NotFound

    with pytest.raises(NotFound):
        services.documents.get(viewer, out.document_id)
    back = services.documents.set_confidentiality(LOCAL_ADMIN, out.document_id, "internal")
    assert back.confidentiality is Confidentiality.INTERNAL
    assert services.documents.search(LOCAL_ADMIN, '"signed guarantees"').hits
