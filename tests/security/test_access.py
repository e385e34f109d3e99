"""Confidentiality and per-situation access, enforced on every service path (issue 6)."""

from __future__ import annotations

import json

import pytest

from tocsin.errors import NotFound, PermissionDenied
from tocsin.services import LOCAL_ADMIN


def _dump(obj) -> str:
    """Everything a result holds, as text, to grep for a secret."""
    return json.dumps(obj, default=lambda o: getattr(o, "__dict__", None) or repr(o), ensure_ascii=False)


def _blob(*objs) -> str:
    return " ".join(repr(o) for o in objs)


# --- clearance: a viewer cleared for internal never sees confidential material ------------------

def test_viewer_cannot_get_confidential_document(world):
    svc = world.svc
    with pytest.raises(NotFound):
        svc.documents.get(world.viewer, world.doc_conf)
    with pytest.raises(NotFound):
        svc.documents.original(world.viewer, world.doc_conf)
    with pytest.raises(NotFound):
        svc.documents.resolve(world.viewer, world.doc_conf)


def test_viewer_list_and_search_hide_confidential(world):
    svc = world.svc
    docs, total = svc.documents.list(world.viewer, limit=1000)
    ids = {d.id for d in docs}
    assert world.doc_conf not in ids and world.doc_pub in ids and total == len(ids)
    for q in (world.marker, "threats", "Tulpar", "testimony"):
        res = svc.documents.search(world.viewer, q)
        assert world.doc_conf not in {h.document.id for h in res.hits}
        assert world.marker not in _blob(res.hits)
    # The search index never holds confidential paragraphs, even for an admin.
    res = svc.documents.search(LOCAL_ADMIN, world.marker)
    assert not res.hits


def test_viewer_never_sees_confidential_fact(world):
    svc = world.svc
    doc = svc.documents.get(world.viewer, world.doc_pub)
    assert world.fact_pub in {f.id for f in doc.facts}
    assert world.fact_conf not in {f.id for f in doc.facts}
    assert world.witness not in _blob(doc)
    facts, total = svc.facts.list(world.viewer, limit=1000)
    assert world.fact_conf not in {f.id for f in facts} and total == len(facts)
    assert world.witness not in _blob(facts)
    facts, _ = svc.facts.list(world.viewer, field="witness")
    assert facts == []
    with pytest.raises(NotFound):
        svc.facts.get(world.viewer, world.fact_conf)


def test_viewer_dossier_hides_confidential(world):
    d = world.svc.situations.dossier(world.viewer, world.sit_a)
    assert {doc.id for doc in d.documents} == {world.doc_pub}
    assert world.witness not in _blob(d.documents, d.facts)
    assert world.marker not in _blob(d.documents, d.facts)


def test_cleared_viewer_sees_confidential(world):
    svc = world.svc
    assert world.marker in svc.documents.get(world.conf_viewer, world.doc_conf).text
    _, data = svc.documents.original(world.conf_viewer, world.doc_conf)
    assert data == world.conf_original
    assert world.witness in _blob(svc.documents.get(world.conf_viewer, world.doc_pub).facts)
    d = svc.situations.dossier(world.conf_viewer, world.sit_a)
    assert {doc.id for doc in d.documents} == {world.doc_pub, world.doc_conf}


# --- situations: a user without access to a situation gets nothing of it -------------------------

@pytest.mark.parametrize("who", ["outsider", "stranger"])
def test_no_access_to_situation_gives_nothing(world, who):
    svc, actor = world.svc, getattr(world, who)
    assert world.sit_a not in {s.id for s in svc.situations.list(actor)}
    for ref in (world.sit_a, "Kordavia pastoralists", "kordavia-pastoralists"):
        with pytest.raises(NotFound):
            svc.situations.get(actor, ref)
        with pytest.raises(NotFound):
            svc.situations.dossier(actor, ref)
    for doc_id in (world.doc_pub, world.doc_conf):
        with pytest.raises(NotFound):
            svc.documents.get(actor, doc_id)
        with pytest.raises(NotFound):
            svc.documents.original(actor, doc_id)
        assert svc.situations.of_document(actor, doc_id) == []
    docs, total = svc.documents.list(actor, limit=1000)
    assert not {world.doc_pub, world.doc_conf} & {d.id for d in docs}
    for q in ("Kordavia", "Tulpar", "undertakings", world.marker):
        assert not svc.documents.search(actor, q).hits
    facts, total = svc.facts.list(actor, limit=1000)
    assert not {world.fact_pub, world.fact_conf} & {f.id for f in facts}
    for fid in (world.fact_pub, world.fact_conf):
        with pytest.raises(NotFound):
            svc.facts.get(actor, fid)
    from tocsin.services.web_support import WebViews

    review = WebViews(svc).awaiting_review(actor, limit=100)
    assert not {world.doc_pub, world.doc_conf} & {a["document"]["id"] for a in review}


def test_outsider_sees_own_situation(world):
    svc = world.svc
    assert {s.id for s in svc.situations.list(world.outsider)} == {world.sit_b}
    assert svc.documents.get(world.outsider, world.doc_b).id == world.doc_b
    assert [h.document.id for h in svc.documents.search(world.outsider, "zebrafinch").hits] == [world.doc_b]


def test_confidential_situation_hidden_from_uncleared_member(world):
    """A situation marked confidential is invisible to a user cleared for internal, even if shared."""
    svc = world.svc
    s = svc.situations.create(LOCAL_ADMIN, name="Secret inquiry Zhetysu", confidentiality="confidential")
    svc.situations.add_document(LOCAL_ADMIN, s.id, world.doc_pub)
    svc.accounts.grant(LOCAL_ADMIN, "viewer", s.id)
    viewer = svc.accounts.actor_for(world.viewer.user_id)
    assert s.id not in {x.id for x in svc.situations.list(viewer)}
    with pytest.raises(NotFound):
        svc.situations.dossier(viewer, s.id)
    assert "Secret inquiry Zhetysu" not in _blob(svc.situations.of_document(viewer, world.doc_pub))


# --- roles: editors change, viewers read ---------------------------------------------------------

def test_viewer_cannot_write(world):
    svc, v = world.svc, world.viewer
    attempts = [
        lambda: svc.ingest.ingest_bytes(v, filename="x.txt", data=b"some text here"),
        lambda: svc.ingest.ingest_paths(v, []),
        lambda: svc.facts.review(v, world.fact_pub, status="confirmed"),
        lambda: svc.facts.add(v, world.doc_pub, field="place", value="X"),
        lambda: svc.facts.reextract(v, doc_ids=[world.doc_pub]),
        lambda: svc.situations.create(v, name="New one"),
        lambda: svc.situations.add_document(v, world.sit_a, world.doc_pub, status="rejected"),
        lambda: svc.situations.merge(v, world.sit_a, world.sit_b),
        lambda: svc.situations.split(v, world.sit_a, name="Part", doc_ids=[world.doc_pub]),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()


def test_only_admins_administer(world, tmp_path):
    svc = world.svc
    for actor in (world.viewer, world.editor, world.conf_viewer):
        for attempt in (
            lambda: svc.admin.verify_audit(actor),
            lambda: svc.admin.rotate_keys(actor),
            lambda: svc.admin.backup(actor, tmp_path / "b.zip"),
            lambda: svc.admin.restore(actor, tmp_path / "b.zip"),
            lambda: svc.accounts.add(actor, username="mallory", password="0123456789ab", role="admin"),
            lambda: svc.accounts.set_role(actor, "viewer", role="admin"),
            lambda: svc.accounts.grant(actor, "outsider", world.sit_a),
            lambda: svc.accounts.list(actor),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
    assert not (tmp_path / "b.zip").exists()


def test_editor_changes_within_reach(world):
    svc, e = world.svc, world.editor
    f = svc.facts.review(e, world.fact_pub, status="corrected", value="Tulpar district")
    assert f.effective_value == "Tulpar district"
    added = svc.facts.add(e, world.doc_pub, field="place", value="Ak-Su")
    assert added.document_id == world.doc_pub
    # Out of reach: the other situation's document and the confidential fact are "not found".
    with pytest.raises(NotFound):
        svc.facts.add(e, world.doc_b, field="place", value="X")
    with pytest.raises(NotFound):
        svc.facts.review(e, world.fact_conf, status="rejected")
    with pytest.raises(NotFound):
        svc.situations.add_document(e, world.sit_b, world.doc_pub)
    with pytest.raises(NotFound):
        svc.facts.add(e, world.doc_conf, field="place", value="X")
