"""Ingest: files and folders in, documents out, one transaction per file.

A file that fails gets a status with a stable error code and the batch goes on. A file's original,
document, paragraphs, proposed facts and audit record are written in one transaction, so a crash
(even kill -9) leaves either all of them or none; the next run stores what is missing, and files
already stored come back as duplicates.

Reading and extraction are CPU work and run in a pool of worker processes for large batches;
the one writer stays in this process, in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
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

#: Batches smaller than this are read in this process: a pool costs more than it saves.
PARALLEL_FROM = 16


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


@dataclass(frozen=True)
class Prepared:
    """A file read (and extracted) and ready to store, or the reason it cannot be."""

    path: str
    src: SourceDocument | None = None
    extracted: Extracted = Extracted()
    error_code: str | None = None
    error: str | None = None


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


def prepare(path: str, data: bytes | None, name: str, limits: Limits, extract: bool) -> Prepared:
    """Read and extract one file. Runs in a worker process: returns errors, never raises them."""
    try:
        src = read_path(path, limits) if data is None else read_bytes(data, name, limits)
    except IngestError as exc:
        return Prepared(path=path, error_code=exc.code, error=exc.message)
    ex = Extracted()
    if extract:
        try:
            ex = run_extractors(src)
        except Exception as exc:  # an extractor bug must not lose the document: store it without facts
            src = replace(src, metadata={**src.metadata, "extraction_error": f"{type(exc).__name__}: {exc}"[:500]})
    return Prepared(path=path, src=src, extracted=ex)


def _exit_with_parent() -> None:
    """Pool initializer: a reader whose writer died (kill -9) exits instead of lingering."""
    import threading

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # returns once the parent's sentinel closes, that is when it is gone
        os._exit(1)

    threading.Thread(target=watch, name="tocsin-parent-watch", daemon=True).start()


def _prepare_file(args: tuple[str, Limits, bool]) -> Prepared:
    path, limits, extract = args
    return prepare(path, None, Path(path).name, limits, extract)


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
                     extract: bool | None = None, workers: int | None = None,
                     on_file: Callable[[IngestOutcome], None] | None = None) -> list[IngestOutcome]:
        actor.require_edit()
        level = self._level(confidentiality)
        do_extract = self.core.settings.extract_on_ingest if extract is None else extract
        files = [str(p) for p in iter_files(list(paths))]
        out: list[IngestOutcome] = []
        for prepared in self._prepared(files, do_extract, workers):
            for outcome in self._store(actor, prepared, level=level, extract=do_extract):
                out.append(outcome)
                if on_file:
                    on_file(outcome)
        return out

    def _prepared(self, files: list[str], extract: bool, workers: int | None) -> Iterator[Prepared]:
        n = workers if workers is not None else self.core.settings.ingest_workers
        n = n or (os.cpu_count() or 1)
        if n <= 1 or len(files) < PARALLEL_FROM:
            for f in files:
                yield prepare(f, None, Path(f).name, self.limits, extract)
            return
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["tocsin.services.ingest"])
        with ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_exit_with_parent) as pool:
            window: deque[Future[Prepared]] = deque()
            todo = iter(files)
            for f in todo:  # keep a bounded number of files in flight, results in input order
                window.append(pool.submit(_prepare_file, (f, self.limits, extract)))
                if len(window) >= 2 * n:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()

    def ingest_bytes(self, actor: Actor, *, filename: str, data: bytes, confidentiality: str | None = None,
                     extract: bool | None = None) -> list[IngestOutcome]:
        actor.require_edit()
        do_extract = self.core.settings.extract_on_ingest if extract is None else extract
        prepared = prepare(filename, data, Path(filename).name, self.limits, do_extract)
        return list(self._store(actor, prepared, level=self._level(confidentiality), extract=do_extract, raw=data))

    def _level(self, confidentiality: str | None) -> Confidentiality:
        return Confidentiality.parse(confidentiality or self.core.settings.default_confidentiality)

    def _store(self, actor: Actor, p: Prepared, *, level: Confidentiality, extract: bool,
               parent_id: str | None = None, raw: bytes | None = None) -> Iterator[IngestOutcome]:
        path = p.path
        if p.src is None:
            skipped = parent_id is not None and p.error_code in {"unsupported_format", "binary_content"}
            yield IngestOutcome(path=path, status=IngestStatus.SKIPPED if skipped else IngestStatus.FAILED,
                                error_code=p.error_code, error=p.error, parent_id=parent_id)
            return
        src, ex = p.src, p.extracted
        if raw is None:
            try:
                raw = Path(path).read_bytes()
            except OSError as exc:
                yield IngestOutcome(path=path, status=IngestStatus.FAILED, error_code="unreadable_file",
                                    error=str(exc), parent_id=parent_id)
                return
        if len(raw) != src.size:  # the file changed between reading and storing
            yield IngestOutcome(path=path, status=IngestStatus.FAILED, error_code="file_changed",
                                error="the file changed while it was being read", parent_id=parent_id)
            return
        doc_id = document_id_for(src.sha256)
        try:
            with self.core.write(actor=actor.username, action="ingest", object_type="document",
                                 object_id=doc_id, fields=("original", "text", "facts")) as conn:
                existing = self.core.repo.find_by_sha(conn, src.sha256)
                if existing:  # the same bytes are stored: nothing to write, nothing to audit
                    conn.info["audit"]["nothing_changed"] = True
                    duplicate = IngestOutcome(path=path, status=IngestStatus.DUPLICATE, sha256=src.sha256,
                                              document_id=existing, parent_id=parent_id)
                else:
                    duplicate = None
                    self.core.repo.put_blob(conn, sha256=src.sha256, data=raw,
                                            encrypt=level >= Confidentiality.CONFIDENTIAL)
                    self.core.repo.insert_document(conn, src, doc_id=doc_id, confidentiality=level,
                                                   created_at=self.core.now(), parent_id=parent_id,
                                                   language=ex.language, kind=ex.kind, doc_date=ex.date)
                    if ex.facts:
                        self.core.repo.replace_proposed(conn, doc_id, ex.facts, now=self.core.now(),
                                                        default_level=level)
        except TocsinError as exc:
            yield IngestOutcome(path=path, status=IngestStatus.FAILED, sha256=src.sha256, error_code=exc.code,
                                error=exc.message)
            return
        if duplicate is not None:
            yield duplicate
            return
        yield IngestOutcome(path=path, status=IngestStatus.STORED, sha256=src.sha256, document_id=doc_id,
                            parent_id=parent_id, needs_ocr=src.needs_ocr, facts=len(ex.facts))
        if ex.facts:
            self._after_store(actor, doc_id)
        for att in src.attachments:
            child = prepare(f"{path}#{att.filename}", att.data, att.filename, self.limits, extract)
            yield from self._store(actor, child, level=level, extract=extract, parent_id=doc_id, raw=att.data)

    def _after_store(self, actor: Actor, doc_id: str) -> None:
        """Propose the situations a new document belongs to (a person confirms)."""
        from tocsin.services.situations import SituationService

        SituationService(self.core).propose_for_document(actor, doc_id)
