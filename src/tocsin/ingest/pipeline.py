"""Turn bytes into a SourceDocument: choose the reader, read, normalise, split into paragraphs."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path

from tocsin.domain.documents import Page, SourceDocument
from tocsin.errors import EmptyFile, FileTooLarge, IngestError, TocsinError, UnreadableFile, UnsupportedFormat
from tocsin.ingest.base import Limits, Reader
from tocsin.ingest.docx import DocxReader
from tocsin.ingest.email import EmailReader
from tocsin.ingest.html import HtmlReader
from tocsin.ingest.pdf import PdfReader
from tocsin.ingest.segment import normalise, split_paragraphs
from tocsin.ingest.text import TextReader

READERS: tuple[Reader, ...] = (PdfReader(), DocxReader(), HtmlReader(), EmailReader(), TextReader())

SUPPORTED_SUFFIXES = {"pdf", "docx", "html", "htm", "xhtml", "eml", "txt", "text", "md", "markdown", "rst"}


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def choose_reader(filename: str, head: bytes) -> Reader:
    scored = sorted(((r.score(filename, head), i, r) for i, r in enumerate(READERS)), key=lambda t: (-t[0], t[1]))
    best_score, _, best = scored[0]
    if best_score <= 0:
        raise UnsupportedFormat(f"no reader for {filename}")
    return best


def read_bytes(data: bytes, filename: str, limits: Limits | None = None) -> SourceDocument:
    limits = limits or Limits()
    if len(data) > limits.max_file_bytes:
        raise FileTooLarge(f"{len(data)} bytes is over the limit of {limits.max_file_bytes}")
    if not data:
        raise EmptyFile("the file is empty")
    reader = choose_reader(filename, data[:4096])
    try:
        result = reader.read(data, filename, limits)
    except IngestError:
        raise
    except (MemoryError, RecursionError) as exc:
        raise IngestError(f"the file is too complex to read: {type(exc).__name__}", code="too_complex") from exc
    except Exception as exc:  # a reader library failing on hostile bytes
        raise IngestError(f"{reader.name} reader failed: {exc}", code="corrupt_file") from exc
    metadata = dict(result.metadata)
    pages: list[Page] = []
    chunks: list[str] = []
    pos = 0
    for i, raw in enumerate(result.pages):
        text = normalise(raw)
        if pos + len(text) > limits.max_text_chars:
            text = text[: max(0, limits.max_text_chars - pos)]
            metadata["text_truncated"] = True
        if chunks:
            chunks.append("\n\n")
            pos += 2
        ocr = result.needs_ocr[i] if i < len(result.needs_ocr) else False
        pages.append(Page(number=i + 1, start=pos, end=pos + len(text), needs_ocr=ocr))
        chunks.append(text)
        pos += len(text)
        if metadata.get("text_truncated"):
            break
    full = "".join(chunks)
    if not full.strip() and not any(p.needs_ocr for p in pages) and not result.attachments:
        raise EmptyFile("the file holds no text")
    return SourceDocument(
        sha256=sha256_of(data),
        filename=os.path.basename(filename),
        media_type=result.media_type,
        size=len(data),
        text=full,
        pages=tuple(pages),
        paragraphs=split_paragraphs(full, tuple(pages)),
        title=result.title,
        metadata=metadata,
        attachments=tuple(result.attachments),
    )


def read_path(path: str | Path, limits: Limits | None = None) -> SourceDocument:
    limits = limits or Limits()
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > limits.max_file_bytes:
            raise FileTooLarge(f"{size} bytes is over the limit of {limits.max_file_bytes}")
        data = p.read_bytes()
    except IngestError:
        raise
    except OSError as exc:
        raise UnreadableFile(f"cannot read {p.name}: {exc.strerror or exc}") from exc
    return read_bytes(data, p.name, limits)


def iter_files(paths: list[str | Path]):
    """Files under the given paths, in a stable order; hidden files and folders skipped."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield Path(root) / f
        else:
            yield p


def with_attachments(doc: SourceDocument) -> SourceDocument:
    """An e-mail's record covers what the message conveys: the text of each attachment that can be read (a note
    verbale sent with a two-line cover) follows the body, under a line naming it. In the store, attachments are
    documents of their own, linked to the message (`services.ingest`); this is for the record of a file (`tocsin extract`,
    `tocsin eval`, `tocsin coverage`)."""
    if not doc.attachments:
        return doc
    parts = [doc.text]
    for att in doc.attachments:
        try:
            inner = read_bytes(att.data, att.filename)
        except TocsinError:
            continue  # an image, an archive, a damaged part: nothing to read
        if inner.text.strip():
            parts.append(f"Attachment: {att.filename}\n\n{inner.text}")
    if len(parts) == 1:
        return doc
    text = "\n\n".join(parts)
    return dataclasses.replace(doc, text=text)
