"""The store and search, on SQLite and on the real PostgreSQL server (each test runs on both)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests import makers
from tocsin.errors import InvalidInput, NotFound
from tocsin.services import LOCAL_ADMIN
from tocsin.store.search import HL_END, HL_START, parse_query, to_fts5, to_tsquery


def _ingest(services, name: str, data: bytes, **kw):
    return services.ingest.ingest_bytes(LOCAL_ADMIN, filename=name, data=data, extract=False, **kw)


def test_ingest_stores_original_text_and_paragraphs(services):
    data = makers.pdf_bytes([makers.LETTER])
    [out] = _ingest(services, "letter.pdf", data)
    assert out.status.value == "stored" and out.error_code is None
    doc = services.documents.get(LOCAL_ADMIN, out.document_id)
    assert doc.sha256 == out.sha256 and doc.media_type == "application/pdf"
    assert [p.number for p in doc.paragraphs if p.number] == ["a", "b"]
    assert doc.text[doc.paragraphs[0].start:doc.paragraphs[0].end].startswith("REFERENCE")
    _, original = services.documents.original(LOCAL_ADMIN, out.document_id)
    assert original == data


def test_same_bytes_twice_make_one_document(services):
    [a] = _ingest(services, "one.txt", b"Statement about the Marnish minority.")
    [b] = _ingest(services, "two.txt", b"Statement about the Marnish minority.")
    assert a.status.value == "stored" and b.status.value == "duplicate"
    assert a.document_id == b.document_id
    docs, total = services.documents.list(LOCAL_ADMIN)
    assert total == 1


def test_failed_file_changes_nothing_stored(services):
    [ok] = _ingest(services, "ok.txt", b"Kept safely.")
    [bad] = _ingest(services, "bad.pdf", b"%PDF-1.4 broken")
    assert bad.status.value == "failed" and bad.error_code == "corrupt_file"
    docs, total = services.documents.list(LOCAL_ADMIN)
    assert total == 1 and docs[0].id == ok.document_id


def test_email_attachments_become_linked_documents(services):
    att = makers.docx_bytes(["Annex on the Marnish villages."])
    data = makers.eml_bytes("Cover note.", attachments=[
        ("annex.docx", att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "image/png")])
    outs = _ingest(services, "mail.eml", data)
    assert [o.status.value for o in outs] == ["stored", "stored", "skipped"]
    parent = outs[0].document_id
    assert outs[1].parent_id == parent
    children, _ = services.documents.list(LOCAL_ADMIN, parent_id=parent)
    assert [c.filename for c in children] == ["annex.docx"]


def test_search_ranks_highlights_and_ignores_diacritics(services):
    _ingest(services, "a.txt", "Violence in Kordáy district against the Marnish.\n\nOther paragraph.".encode())
    _ingest(services, "b.txt", b"A report on the weather in Quellmark.")
    res = services.documents.search(LOCAL_ADMIN, "Korday")
    assert [h.document.filename for h in res.hits] == ["a.txt"]
    assert HL_START in res.hits[0].snippets[0] and HL_END in res.hits[0].snippets[0]
    assert services.documents.search(LOCAL_ADMIN, "kordáy").hits


def test_search_phrases_prefixes_and_cyrillic(services):
    _ingest(services, "ru.txt", "Жители села Кордай подписали гарантии.".encode())
    _ingest(services, "en.txt", b"Officers collected signed guarantees from villagers. Guarantees signed later.")
    assert [h.document.filename for h in services.documents.search(LOCAL_ADMIN, '"signed guarantees"').hits] == [
        "en.txt"]
    assert [h.document.filename for h in services.documents.search(LOCAL_ADMIN, "guarant*").hits] == ["en.txt"]
    assert [h.document.filename for h in services.documents.search(LOCAL_ADMIN, "кордай").hits] == ["ru.txt"]
    assert [h.document.filename for h in services.documents.search(LOCAL_ADMIN, "подпис*").hits] == ["ru.txt"]
    assert services.documents.search(LOCAL_ADMIN, '"guarantees signed from"').hits == ()


def test_search_filters_by_kind_language_and_date(services):
    [a] = _ingest(services, "a.txt", b"Marnish villages were attacked.")
    [b] = _ingest(services, "b.txt", b"Marnish farmers lost their leases.")
    with services.core.write(actor="test", action="set", object_type="document") as conn:
        services.core.repo.update_document(conn, a.document_id, kind="committee_letter", doc_date="2021-04-30",
                                           language="en")
        services.core.repo.update_document(conn, b.document_id, kind="ngo_statement", doc_date="2020-05-25",
                                           language="fr")
    names = lambda **kw: sorted(h.document.filename for h in services.documents.search(LOCAL_ADMIN, "marnish", **kw).hits)  # noqa: E731
    assert names() == ["a.txt", "b.txt"]
    assert names(kinds=("ngo_statement",)) == ["b.txt"]
    assert names(language="en") == ["a.txt"]
    assert names(date_from="2021") == ["a.txt"]
    assert names(date_to="2020") == ["b.txt"]


def test_search_query_syntax_is_never_passed_raw(services):
    _ingest(services, "a.txt", b"Text with NEAR and OR words.")
    for q in ['NEAR(a b)', 'a OR', '"unbalanced', "col:umn", "x AND", "-(a)", "'; DROP TABLE documents; --"]:
        services.documents.search(LOCAL_ADMIN, q)  # no engine syntax error
    with pytest.raises(InvalidInput):
        services.documents.search(LOCAL_ADMIN, "  ** \"\" ")
    with services.core.read() as conn:
        assert services.core.repo.count_documents(conn) == 1


def test_query_translation():
    terms = parse_query('Kordáy "signed  guarantees" guar*')
    assert to_fts5(terms) == '"kordáy" AND "signed guarantees" AND "guar"*'
    assert to_tsquery(terms) == "kordáy & (signed <-> guarantees) & guar:*"


def test_unknown_document(services):
    with pytest.raises(NotFound):
        services.documents.get(LOCAL_ADMIN, "nope")


def test_migrations_bring_an_old_home_up_to_date(settings, clock):
    from tocsin.services import build_services
    from tocsin.store.migrate import current_revision, head_revision

    svc = build_services(settings, clock)
    assert current_revision(svc.core.engine) == head_revision()
    with svc.core.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = :v"), {"v": head_revision()})
    svc.close()
    again = build_services(settings, clock)  # idempotent on an up-to-date home
    assert current_revision(again.core.engine) == head_revision()
    again.close()
