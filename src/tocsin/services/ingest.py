"""Ingest: files and folders in, documents out, one transaction per file.

A file that fails gets a status with a stable error code and the batch goes on. A file's original,
document, paragraphs, proposed facts and audit record are written in one transaction, so a crash
(even kill -9) leaves either all of them or none; the next run stores what is missing, and files
already stored come back as duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tocsin.domain.documents import Confidentiality, IngestStatus, SourceDocument
from tocsin.domain.facts import Fact
from tocsin.errors import IngestError, TocsinError
from tocsin.ingest.base import Limits
from tocsin.ingest.pipeline import iter_files, read_bytes, read_path
from tocsin.services.app import Core
from tocsin.services.context import Actor
from tocsin.services.documents import DocumentService
from tocsin.store.repository import document_id_for


@dataclass(frozen=True)
class IngestOutcome:
    path: str
    status: IngestStatus
    sha256: str | None = None
    document_id: str | None = None
    parent_id: str | None = None
    error_code: str | None = None
    error: str | None = None
    needs_ocr: bool = False
    facts: int = 0

    def as_dict(self) -> dict:
        return {"path": self.path, "sha256": self.sha256, "document_id": self.document_id,
                "status": self.status.value, "error_code": self.error_code, "error": self.error,
                "parent_id": self.parent_id, "needs_ocr": self.needs_ocr, "facts": self.facts}


@dataclass(frozen=True)
class Extracted:
    facts: tuple[Fact, ...] = ()
    language: str | None = None
    kind: str | None = None
    date: str | None = None


def run_extractors(src: SourceDocument) -> Extracted:
    """The extract stage, if its package is present; ingest works without it."""
    try:
        from tocsin.extract import extract_document
    except ImportError:
        return Extracted()
    result = extract_document(src)
    kind = next((f.value for f in result.facts if f.field == "kind"), None)
    date = next((f.value for f in result.facts if f.field == "date"), None)
    return Extracted(facts=tuple(result.facts), language=result.language, kind=kind, date=date)


class IngestService:
    def __init__(self, core: Core, documents: DocumentService) -> None:
        self.core = core
        self.documents = documents

    @property
    def limits(self) -> Limits:
        s = self.core.settings
        return Limits(max_file_bytes=s.max_file_bytes, max_expanded_bytes=s.max_expanded_bytes,
                      max_pages=s.max_pages, max_text_chars=s.max_text_chars, ocr=s.ocr)

    def ingest_paths(self, actor: Actor, paths: Iterable[str | Path], *, confidentiality: str | None = None,
                     extract: bool | None = None,
                     on_file: Callable[[IngestOutcome], None] | None = None) -> list[IngestOutcome]:
        actor.require_edit()
        out: list[IngestOutcome] = []
        for path in iter_files(list(paths)):
            for outcome in self._ingest_one(actor, path=str(path), data=None, confidentiality=confidentiality,
                                            extract=extract):
                out.append(outcome)
                if on_file:
                    on_file(outcome)
        return out

    def ingest_bytes(self, actor: Actor, *, filename: str, data: bytes, confidentiality: str | None = None,
                     extract: bool | None = None) -> list[IngestOutcome]:
        actor.require_edit()
        return list(self._ingest_one(actor, path=filename, data=data, confidentiality=confidentiality,
                                     extract=extract))

    def _ingest_one(self, actor: Actor, *, path: str, data: bytes | None, confidentiality: str | None,
                    extract: bool | None, parent_id: str | None = None) -> Iterator[IngestOutcome]:
        level = Confidentiality.parse(confidentiality or self.core.settings.default_confidentiality)
        do_extract = self.core.settings.extract_on_ingest if extract is None else extract
        try:
            if data is None:
                src = read_path(path, self.limits)
                raw = Path(path).read_bytes()
            else:
                name = path.rsplit("#", 1)[-1] if parent_id else Path(path).name
                src = read_bytes(data, name, self.limits)
                raw = data
        except IngestError as exc:
            skipped = parent_id is not None and exc.code in {"unsupported_format", "binary_content"}
            yield IngestOutcome(path=path, status=IngestStatus.SKIPPED if skipped else IngestStatus.FAILED,
                                error_code=exc.code, error=exc.message, parent_id=parent_id)
            return
        doc_id = document_id_for(src.sha256)
        with self.core.read() as conn:
            existing = self.core.repo.find_by_sha(conn, src.sha256)
        if existing:
            yield IngestOutcome(path=path, status=IngestStatus.DUPLICATE, sha256=src.sha256, document_id=existing,
                                parent_id=parent_id)
            return
        try:
            ex = run_extractors(src) if do_extract else Extracted()
        except Exception as exc:  # an extractor bug must not lose the document: store it without facts
            ex = Extracted()
            src.metadata["extraction_error"] = f"{type(exc).__name__}: {exc}"[:500]
        try:
            with self.core.write(actor=actor.username, action="ingest", object_type="document",
                                 object_id=doc_id, fields=("original", "text", "facts")) as conn:
                if self.core.repo.find_by_sha(conn, src.sha256):  # another writer stored it meanwhile
                    yield IngestOutcome(path=path, status=IngestStatus.DUPLICATE, sha256=src.sha256,
                                        document_id=doc_id, parent_id=parent_id)
                    return
                self.core.repo.put_blob(conn, sha256=src.sha256, data=raw,
                                        encrypt=level >= Confidentiality.CONFIDENTIAL)
                self.core.repo.insert_document(conn, src, doc_id=doc_id, confidentiality=level,
                                               created_at=self.core.now(), parent_id=parent_id,
                                               language=ex.language, kind=ex.kind, doc_date=ex.date)
                if ex.facts:
                    self.core.repo.replace_proposed(conn, doc_id, ex.facts, now=self.core.now(), default_level=level)
        except TocsinError as exc:
            yield IngestOutcome(path=path, status=IngestStatus.FAILED, sha256=src.sha256, error_code=exc.code,
                                error=exc.message)
            return
        yield IngestOutcome(path=path, status=IngestStatus.STORED, sha256=src.sha256, document_id=doc_id,
                            parent_id=parent_id, needs_ocr=src.needs_ocr, facts=len(ex.facts))
        self._after_store(actor, doc_id)
        for att in src.attachments:
            yield from self._ingest_one(actor, path=f"{path}#{att.filename}", data=att.data,
                                        confidentiality=level.label, extract=extract, parent_id=doc_id)

    def _after_store(self, actor: Actor, doc_id: str) -> None:
        """Propose the situations a new document belongs to (a person confirms)."""
        try:
            self.core_situations().propose_for_document(actor, doc_id)
        except (ImportError, AttributeError):
            pass

    def core_situations(self):  # type: ignore[no-untyped-def]
        from tocsin.services.situations import SituationService

        return SituationService(self.core)
