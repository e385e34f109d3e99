"""One reader per format behind one protocol; the reader with the highest score reads the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from tocsin.domain.documents import Attachment


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024
    max_expanded_bytes: int = 200 * 1024 * 1024
    max_pages: int = 2000
    max_text_chars: int = 20_000_000
    ocr: bool = False


@dataclass
class ReadResult:
    """What a reader returns: page texts (one string per page) and what it learnt of the file."""

    pages: list[str]
    media_type: str
    title: str | None = None
    needs_ocr: list[bool] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)


class Reader(Protocol):
    name: str
    media_type: str

    def score(self, filename: str, head: bytes) -> float:
        """0 when the reader cannot read the file; higher is a better fit."""

    def read(self, data: bytes, filename: str, limits: Limits) -> ReadResult: ...


def suffix(filename: str) -> str:
    dot = filename.rfind(".")
    return filename[dot + 1:].lower() if dot >= 0 else ""
