"""Plain text and Markdown in any common encoding."""

from __future__ import annotations

import codecs


from tocsin.errors import BinaryContent, EmptyFile
from tocsin.ingest.base import Limits, ReadResult, suffix

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


_PREFERRED = ("utf_8", "cp1252", "latin_1", "cp1251", "koi8_r", "cp1256", "gb18030", "cp1250")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes to text, returning (text, encoding). Refuses binary content."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    sample = data[:65536]
    if b"\x00" in sample:
        raise BinaryContent("the file holds binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported when a file is not UTF-8: most are

    results = list(from_bytes(data[:2_000_000]))
    if not results:
        raise BinaryContent("the file's bytes are not text in any known encoding")
    best = results[0]
    # Equally good readings are common among the single-byte code pages; prefer the ones UN
    # material arrives in (Western European first, then Cyrillic).
    ties = [r.encoding for r in results if r.chaos == best.chaos and r.coherence == best.coherence]
    enc = next((e for e in _PREFERRED if e in ties), best.encoding)
    text = data.decode(enc, errors="replace")
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise BinaryContent("the file holds control characters, not text")
    return text, enc


class TextReader:
    name = "text"
    media_type = "text/plain"

    def score(self, filename: str, head: bytes) -> float:
        s = suffix(filename)
        if s in {"txt", "text", "md", "markdown", "rst", "csv"}:
            return 0.8
        return 0.05  # the reader of last resort: it refuses binary data itself

    def read(self, data: bytes, filename: str, limits: Limits) -> ReadResult:
        if not data.strip():
            raise EmptyFile("the file holds no text")
        text, enc = decode_text(data)
        media = "text/markdown" if suffix(filename) in {"md", "markdown"} else "text/plain"
        pages = text.split("\f") if "\f" in text else [text]
        return ReadResult(pages=pages, media_type=media, metadata={"encoding": enc})
