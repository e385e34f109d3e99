"""Documents, originals, paragraphs and facts: domain objects in, domain objects out.

Confidential material is encrypted here and nowhere else: a confidential document's text, original,
file name, title and metadata, and the value, key and meta of a confidential fact. Its paragraphs
keep only offsets (their text is cut from the decrypted document), so nothing of it reaches the
search index.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tocsin.domain.documents import Confidentiality, Page, Paragraph, SourceDocument, StoredDocument
from tocsin.domain.facts import Fact, FactStatus, Span
from tocsin.store.crypto import Cipher
from tocsin.store.engine import placeholder
from tocsin.store.tables import blobs, documents, facts, paragraphs

_CHUNK = 500


def document_id_for(sha256: str) -> str:
    return sha256[:20]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


class Repository:
    def __init__(self, cipher: Cipher) -> None:
        self.cipher = cipher

    # --- originals -------------------------------------------------------------------------
    def put_blob(self, conn: Connection, *, sha256: str, data: bytes, encrypt: bool) -> None:
        stored = self.cipher.encrypt_bytes(data, aad=f"blob:{sha256}") if encrypt else data
        mark = placeholder(conn)
        conn.exec_driver_sql(f"INSERT INTO blobs (sha256, size, encrypted, data) VALUES ({mark}, {mark}, {mark}, {mark}) "
                             "ON CONFLICT (sha256) DO NOTHING", (sha256, len(data), encrypt, stored))

    def get_blob(self, conn: Connection, sha256: str) -> bytes | None:
        row = conn.execute(sa.select(blobs.c.data, blobs.c.encrypted).where(blobs.c.sha256 == sha256)).first()
        if row is None:
            return None
        data = bytes(row.data)
        return self.cipher.decrypt_bytes(data, aad=f"blob:{sha256}") if row.encrypted else data

    # --- documents -------------------------------------------------------------------------
    def find_by_sha(self, conn: Connection, sha256: str) -> str | None:
        return conn.execute(sa.select(documents.c.id).where(documents.c.sha256 == sha256)).scalar()

    def _described(self, doc_id: str, *, filename: str, title: str | None, metadata: dict,
                   secret: bool) -> dict[str, Any]:
        """The filename, title and metadata columns. A confidential document's file name, title and
        metadata (an e-mail's sender and subject) name people too: they go, encrypted, into the
        metadata column; the clear columns keep only a neutral name and no title."""
        if not secret:
            return {"filename": filename, "title": title, "metadata": _dumps(metadata)}
        hidden = {**metadata, "_filename": filename, "_title": title}
        dot = filename.rfind(".")
        ext = filename[dot:][:12] if dot > 0 else ""
        return {"filename": f"confidential-{doc_id}{ext}", "title": None,
                "metadata": self.cipher.encrypt(_dumps(hidden), aad=f"documents.metadata:{doc_id}")}

    def insert_document(self, conn: Connection, src: SourceDocument, *, doc_id: str,
                        confidentiality: Confidentiality, created_at: str, parent_id: str | None = None,
                        language: str | None = None, kind: str | None = None, doc_date: str | None = None) -> None:
        secret = confidentiality >= Confidentiality.CONFIDENTIAL
        text = self.cipher.encrypt(src.text, aad=f"documents.text:{doc_id}") if secret else src.text
        conn.execute(documents.insert().values(
            id=doc_id, sha256=src.sha256, media_type=src.media_type, size=src.size,
            language=language, kind=kind, doc_date=doc_date, confidentiality=int(confidentiality),
            parent_id=parent_id, needs_ocr=src.needs_ocr, created_at=created_at, text=text,
            **self._described(doc_id, filename=src.filename, title=src.title, metadata=src.metadata,
                              secret=secret),
            pages=json.dumps([[p.number, p.start, p.end, p.needs_ocr] for p in src.pages])))
        self._insert_paragraphs(conn, doc_id, src.paragraphs, secret=secret)

    def _insert_paragraphs(self, conn: Connection, doc_id: str, paras: Sequence[Paragraph], *, secret: bool) -> None:
        """The hot path of ingest: one driver-level executemany, no per-row statement building."""
        rows = [(doc_id, p.index, p.page, p.number, p.start, p.end, not secret, "" if secret else p.text)
                for p in paras]
        if not rows:
            return
        mark = placeholder(conn)
        sql = (f'INSERT INTO paragraphs (document_id, idx, page, number, start, "end", searchable, text) '
               f"VALUES ({', '.join([mark] * 8)})")
        for i in range(0, len(rows), _CHUNK):
            conn.exec_driver_sql(sql, rows[i:i + _CHUNK])

    def update_document(self, conn: Connection, doc_id: str, **values: Any) -> None:
        allowed = {"language", "kind", "doc_date", "title"}
        values = {k: v for k, v in values.items() if k in allowed}
        if values:
            conn.execute(documents.update().where(documents.c.id == doc_id).values(**values))

    def set_confidentiality(self, conn: Connection, doc_id: str, level: Confidentiality) -> None:
        """Re-encrypt or decrypt the text, original and search entries to match the new level."""
        doc = self.get_document(conn, doc_id)
        if doc is None:
            return
        secret = level >= Confidentiality.CONFIDENTIAL
        original = self.get_blob(conn, doc.sha256)
        text = self.cipher.encrypt(doc.text, aad=f"documents.text:{doc_id}") if secret else doc.text
        conn.execute(documents.update().where(documents.c.id == doc_id)
                     .values(confidentiality=int(level), text=text,
                             **self._described(doc_id, filename=doc.filename, title=doc.title,
                                               metadata=doc.metadata, secret=secret)))
        if original is not None:
            conn.execute(blobs.delete().where(blobs.c.sha256 == doc.sha256))
            self.put_blob(conn, sha256=doc.sha256, data=original, encrypt=secret)
        conn.execute(paragraphs.delete().where(paragraphs.c.document_id == doc_id))
        self._insert_paragraphs(conn, doc_id, doc.paragraphs, secret=secret)
        # Facts are never less protected than their document (lowering the document keeps theirs).
        for f in self.facts_for(conn, [doc_id]):
            if int(f.confidentiality) < int(level):
                lvl = int(level)
                conn.execute(facts.update().where(facts.c.id == f.id).values(
                    confidentiality=lvl,
                    value=self._value_in(f.value, fact_id=f.id, column="value", level=lvl),
                    corrected_value=(None if f.corrected_value is None else
                                     self._value_in(f.corrected_value, fact_id=f.id, column="corrected_value",
                                                    level=lvl)),
                    key=self._text_in(f.key, fact_id=f.id, column="key", level=lvl),
                    meta=self._text_in(_dumps(f.meta), fact_id=f.id, column="meta", level=lvl)))

    def get_document(self, conn: Connection, doc_id: str, *, with_text: bool = True,
                     with_facts: bool = False) -> StoredDocument | None:
        cols = [c for c in documents.c if with_text or c.name != "text"]
        row = conn.execute(sa.select(*cols).where(documents.c.id == doc_id)).first()
        if row is None:
            return None
        text = ""
        paras: tuple[Paragraph, ...] = ()
        if with_text:
            text = self.cipher.decrypt(row.text, aad=f"documents.text:{doc_id}")
            prow = conn.execute(sa.select(paragraphs.c.idx, paragraphs.c.page, paragraphs.c.number,
                                          paragraphs.c.start, paragraphs.c.end)
                                .where(paragraphs.c.document_id == doc_id).order_by(paragraphs.c.idx)).all()
            paras = tuple(Paragraph(index=r.idx, start=r.start, end=r.end, page=r.page, number=r.number,
                                    text=" ".join(text[r.start:r.end].split())) for r in prow)
        fs = tuple(self.facts_for(conn, [doc_id])) if with_facts else ()
        return self._doc(row, text=text, paras=paras, facts=fs)

    def _doc(self, row: Any, *, text: str = "", paras: tuple = (), facts: tuple = ()) -> StoredDocument:
        pages = tuple(Page(number=n, start=s, end=e, needs_ocr=bool(o)) for n, s, e, o in json.loads(row.pages))
        filename, title, raw_meta = row.filename, row.title, row.metadata or "{}"
        if Cipher.is_encrypted(raw_meta):
            meta = json.loads(self.cipher.decrypt(raw_meta, aad=f"documents.metadata:{row.id}"))
            filename = meta.pop("_filename", None) or filename
            title = meta.pop("_title", None)
        else:
            meta = json.loads(raw_meta)
        return StoredDocument(
            id=row.id, sha256=row.sha256, filename=filename, media_type=row.media_type, size=row.size,
            confidentiality=Confidentiality(row.confidentiality), created_at=row.created_at, title=title,
            language=row.language, kind=row.kind, date=row.doc_date, parent_id=row.parent_id, text=text,
            paragraphs=paras, pages=pages, metadata=meta, facts=facts)

    def list_documents(self, conn: Connection, *, where: Sequence[Any] = (), limit: int = 50, offset: int = 0,
                       order: str = "created") -> list[StoredDocument]:
        cols = [c for c in documents.c if c.name != "text"]
        q = sa.select(*cols).where(*where)
        if order == "date":
            q = q.order_by(documents.c.doc_date.desc().nulls_last(), documents.c.id)
        else:
            q = q.order_by(documents.c.created_at.desc(), documents.c.id)
        return [self._doc(r) for r in conn.execute(q.limit(limit).offset(offset))]

    def count_documents(self, conn: Connection, *, where: Sequence[Any] = ()) -> int:
        return int(conn.execute(sa.select(sa.func.count()).select_from(documents).where(*where)).scalar() or 0)

    # --- facts -----------------------------------------------------------------------------
    def _value_out(self, row: Any, column: str) -> Any:
        raw = getattr(row, column)
        if raw is None:
            return None
        if Cipher.is_encrypted(raw):
            raw = self.cipher.decrypt(raw, aad=f"facts.{column}:{row.id}")
        return json.loads(raw)

    def _value_in(self, value: Any, *, fact_id: str, column: str, level: int) -> str:
        raw = _dumps(value)
        if level >= Confidentiality.CONFIDENTIAL:
            return self.cipher.encrypt(raw, aad=f"facts.{column}:{fact_id}")
        return raw

    def _text_in(self, value: str, *, fact_id: str, column: str, level: int) -> str:
        """A confidential fact's key and meta may repeat its value (a reference code, a name)."""
        if level >= Confidentiality.CONFIDENTIAL and value not in ("", "{}"):
            return self.cipher.encrypt(value, aad=f"facts.{column}:{fact_id}")
        return value

    def _text_out(self, row: Any, column: str) -> str:
        raw = getattr(row, column) or ""
        return self.cipher.decrypt(raw, aad=f"facts.{column}:{row.id}") if Cipher.is_encrypted(raw) else raw

    def _fact(self, row: Any) -> Fact:
        span = Span(row.span_start, row.span_end) if row.span_start is not None else None
        return Fact(field=row.field, value=self._value_out(row, "value"), extractor=row.extractor,
                    version=row.version, confidence=row.confidence, span=span, key=self._text_out(row, "key"),
                    status=FactStatus(row.status), confidentiality=Confidentiality(row.confidentiality),
                    corrected_value=self._value_out(row, "corrected_value"),
                    meta=json.loads(self._text_out(row, "meta") or "{}"), id=row.id, document_id=row.document_id)

    def facts_for(self, conn: Connection, doc_ids: Iterable[str], *, fields: Sequence[str] = ()) -> list[Fact]:
        ids = list(doc_ids)
        out: list[Fact] = []
        for i in range(0, len(ids), _CHUNK):
            q = sa.select(facts).where(facts.c.document_id.in_(ids[i:i + _CHUNK]))
            if fields:
                q = q.where(facts.c.field.in_(list(fields)))
            out.extend(self._fact(r) for r in conn.execute(q.order_by(facts.c.document_id, facts.c.span_start,
                                                                        facts.c.field, facts.c.id)))
        return out

    def get_fact(self, conn: Connection, fact_id: str) -> Fact | None:
        row = conn.execute(sa.select(facts).where(facts.c.id == fact_id)).first()
        return self._fact(row) if row else None

    def replace_proposed(self, conn: Connection, doc_id: str, new: Sequence[Fact], *, now: str,
                         default_level: Confidentiality) -> tuple[int, int]:
        """Swap the proposed facts of a document for `new`; facts a person set are never touched."""
        existing = {r.id: r.status for r in conn.execute(
            sa.select(facts.c.id, facts.c.status).where(facts.c.document_id == doc_id))}
        wanted: dict[str, Fact] = {}
        for f in new:
            wanted.setdefault(f.fact_id(doc_id), f)
        stale = [fid for fid, st in existing.items() if st == FactStatus.PROPOSED and fid not in wanted]
        for i in range(0, len(stale), _CHUNK):
            conn.execute(facts.delete().where(facts.c.id.in_(stale[i:i + _CHUNK])))
        rows = []
        updated = 0
        for fid, f in wanted.items():
            level = int(max(f.confidentiality, default_level)) if f.confidentiality else int(default_level)
            values = dict(
                document_id=doc_id, field=f.field, key=self._text_in(f.key, fact_id=fid, column="key", level=level),
                value=self._value_in(f.value, fact_id=fid, column="value", level=level),
                extractor=f.extractor, version=f.version, confidence=float(f.confidence),
                span_start=f.span.start if f.span else None, span_end=f.span.end if f.span else None,
                status=FactStatus.PROPOSED.value, confidentiality=level,
                meta=self._text_in(_dumps(f.meta), fact_id=fid, column="meta", level=level))
            if fid not in existing:
                rows.append({"id": fid, "created_at": now, "corrected_value": None, **values})
            elif existing[fid] == FactStatus.PROPOSED:
                conn.execute(facts.update().where(facts.c.id == fid).values(updated_at=now, **values))
                updated += 1
        for i in range(0, len(rows), _CHUNK):
            conn.execute(facts.insert(), rows[i:i + _CHUNK])
        return len(rows), len(stale)

    def add_fact(self, conn: Connection, doc_id: str, fact: Fact, *, now: str, actor: str) -> str:
        """A fact a person adds by hand (a corrected link, a missed value)."""
        fid = fact.fact_id(doc_id)
        level = int(fact.confidentiality)
        conn.execute(facts.delete().where(facts.c.id == fid))
        conn.execute(facts.insert().values(
            id=fid, document_id=doc_id, field=fact.field,
            key=self._text_in(fact.key, fact_id=fid, column="key", level=level),
            value=self._value_in(fact.value, fact_id=fid, column="value", level=level),
            corrected_value=None, extractor=fact.extractor, version=fact.version, confidence=fact.confidence,
            span_start=fact.span.start if fact.span else None, span_end=fact.span.end if fact.span else None,
            status=fact.status.value, confidentiality=level,
            meta=self._text_in(_dumps(fact.meta), fact_id=fid, column="meta", level=level), created_at=now,
            updated_at=now, updated_by=actor))
        return fid

    def review_fact(self, conn: Connection, fact_id: str, *, status: FactStatus, corrected_value: Any, now: str,
                    actor: str, level: Confidentiality | None = None) -> None:
        row = conn.execute(sa.select(facts.c.confidentiality).where(facts.c.id == fact_id)).one()
        lvl = int(level) if level is not None else int(row.confidentiality)
        values: dict[str, Any] = {"status": status.value, "updated_at": now, "updated_by": actor,
                                  "confidentiality": lvl}
        values["corrected_value"] = (self._value_in(corrected_value, fact_id=fact_id, column="corrected_value",
                                                    level=lvl) if status is FactStatus.CORRECTED else None)
        if level is not None and int(level) != int(row.confidentiality):
            current = self.get_fact(conn, fact_id)
            if current is not None:
                values["value"] = self._value_in(current.value, fact_id=fact_id, column="value", level=lvl)
                values["key"] = self._text_in(current.key, fact_id=fact_id, column="key", level=lvl)
                values["meta"] = self._text_in(_dumps(current.meta), fact_id=fact_id, column="meta", level=lvl)
        conn.execute(facts.update().where(facts.c.id == fact_id).values(**values))
