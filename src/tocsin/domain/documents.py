"""Documents as read from files: text, pages, paragraphs, with character offsets into the text."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Confidentiality(enum.IntEnum):
    """Ordered: a user cleared for a level sees that level and every lower one."""

    PUBLIC = 0
    INTERNAL = 1
    CONFIDENTIAL = 2

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | int | Confidentiality) -> Confidentiality:
        if isinstance(value, cls):
            return value
        if isinstance(value, int):
            return cls(value)
        return cls[str(value).strip().upper()]


class DocumentKind(enum.StrEnum):
    COMMITTEE_LETTER = "committee_letter"
    STATE_REPLY = "state_reply"
    DECISION = "decision"
    NGO_STATEMENT = "ngo_statement"
    OTHER = "other"


class IngestStatus(enum.StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"  # an e-mail attachment of a format tocsin does not read (an image, say)
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # from 1
    start: int  # character offsets into SourceDocument.text
    end: int
    needs_ocr: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int  # from 1, in reading order over the whole document
    start: int
    end: int
    page: int = 1
    number: str | None = None  # the paragraph's own marker as written: "1", "a", "iv"; None if unnumbered
    text: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file carried inside another (an e-mail attachment)."""

    filename: str
    data: bytes
    media_type: str = "application/octet-stream"


@dataclass(frozen=True)
class SourceDocument:
    """A file turned into text. `text` is what extractors read; spans index into it."""

    sha256: str
    filename: str
    media_type: str
    size: int
    text: str
    pages: tuple[Page, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    title: str | None = None
    metadata: dict = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()

    @property
    def needs_ocr(self) -> bool:
        return any(p.needs_ocr for p in self.pages)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None


@dataclass(frozen=True)
class StoredDocument:
    """A document as the store holds it: identity, metadata, text and (when loaded) its facts."""

    id: str
    sha256: str
    filename: str
    media_type: str
    size: int
    confidentiality: Confidentiality
    created_at: str  # ISO timestamp of ingest
    title: str | None = None
    language: str | None = None
    kind: str | None = None  # DocumentKind value, from the confirmed or proposed kind fact
    date: str | None = None  # the document's own date, ISO, as precise as written
    parent_id: str | None = None  # the e-mail a document was attached to
    text: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    pages: tuple[Page, ...] = ()
    metadata: dict = field(default_factory=dict)
    facts: tuple = ()  # tuple[Fact, ...], each with id and document_id set

    def as_source(self) -> SourceDocument:
        return SourceDocument(sha256=self.sha256, filename=self.filename, media_type=self.media_type,
                              size=self.size, text=self.text, pages=self.pages, paragraphs=self.paragraphs,
                              title=self.title, metadata=self.metadata)
